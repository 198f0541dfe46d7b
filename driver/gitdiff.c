// SPDX-License-Identifier: GPL-2.0
#include "gitdiff.h"
#include "cfuncs.h"

#include <stdlib.h>
#include <string.h>

static char *git_line(char *const argv[], const char *what)
{
	char *out, *err;
	int rc = run_capture(argv, NULL, &out, &err);

	if (rc != 0) {
		if (rc < 0)
			error("--diff: cannot run git (install the Debian "
			      "package git)");
		else
			error("--diff: %s: %s", what,
			      err[0] ? strtok(err, "\n") : "git failed");
		free(out);
		free(err);
		return NULL;
	}
	free(err);
	out[strcspn(out, "\n")] = '\0';
	return out;
}

static char *rev_commit(const char *rev)
{
	char *spec = xasprintf("%s^{commit}", rev), *r;
	char *argv[] = { "git", "rev-parse", "--verify", "--quiet", spec,
			 NULL };
	char *what = xasprintf("%s is not a commit of this repository", rev);

	r = git_line(argv, what);
	if (r && !r[0]) {
		error("--diff: %s", what);
		free(r);
		r = NULL;
	}
	free(what);
	free(spec);
	return r;
}

static struct changed_file *file_for(struct changes *ch, const char *rel)
{
	GROW(ch->v, ch->n + 1, ch->cap);
	ch->v[ch->n] = (struct changed_file){
		.path = xasprintf("%s/%s", ch->top, rel),
	};
	return &ch->v[ch->n++];
}

static void add_int(int **v, int *n, int *cap, int x)
{
	GROW(*v, *n + 1, *cap);
	(*v)[(*n)++] = x;
}

/* Parse "git diff -U0" output: "+++ b/path" and "@@ -a,b +c,d @@". */
static void parse_diff(struct changes *ch, char *text)
{
	struct changed_file *cur = NULL;
	char *save = NULL;

	for (char *l = strtok_r(text, "\n", &save); l;
	     l = strtok_r(NULL, "\n", &save)) {
		long start, count = 1;
		char *p;

		if (!strncmp(l, "+++ ", 4)) {
			cur = strncmp(l + 4, "b/", 2) ? NULL :
			      file_for(ch, l + 6);
			continue;
		}
		if (!cur || strncmp(l, "@@ ", 3))
			continue;
		p = strchr(l + 3, '+');
		if (!p)
			continue;
		start = strtol(p + 1, &p, 10);
		if (*p == ',')
			count = strtol(p + 1, &p, 10);
		if (count == 0)
			add_int(&cur->cuts, &cur->nr_cuts, &cur->cap_cuts,
				start);
		for (long i = 0; i < count; i++)
			add_int(&cur->lines, &cur->nr_lines, &cur->cap_lines,
				start + i);
	}
}

int gitdiff_load(const char *range, struct changes *ch)
{
	char *top_argv[] = { "git", "rev-parse", "--show-toplevel", NULL };
	char *base, *head, *dots, *out, *err = NULL;
	char *at_head = NULL, *lo = NULL, *h = NULL;
	int three = 0, rc = -1;

	out = git_line(top_argv,
			   "not inside a git repository (run pgcheck from "
			   "the work tree, or drop --diff)");
	if (!out)
		return -1;
	ch->top = abs_path(NULL, out);
	free(out);
	out = NULL;
	base = xstrdup(range);
	dots = strstr(base, "..");
	head = xstrdup("HEAD");
	if (dots) {
		three = dots[2] == '.';
		*dots = '\0';
		if (dots[2 + three]) {
			free(head);
			head = xstrdup(dots + 2 + three);
		}
	}
	if (!base[0]) {
		error("--diff %s: no base revision (want BASE..HEAD)", range);
		goto out;
	}
	lo = rev_commit(base);
	if (!lo)
		goto out;
	h = rev_commit(head);
	at_head = rev_commit("HEAD");
	if (!h || !at_head)
		goto out;
	/* The files analysed are the work tree's. */
	if (strcmp(h, at_head)) {
		error("--diff %s: %s is not the checked-out commit; check it "
		      "out first (pgcheck analyses the work tree)", range,
		      head);
		goto out;
	}
	if (three) {
		char *mb_argv[] = { "git", "merge-base", lo, at_head, NULL };
		char *mb = git_line(mb_argv, "no merge base");

		if (!mb)
			goto out;
		free(lo);
		lo = mb;
	}
	{
		char *argv[] = { "git", "-C", ch->top, "diff", "-U0",
				 "--no-color", "--no-ext-diff", "-M",
				 "--diff-filter=AMRC", lo, at_head, NULL };

		rc = run_capture(argv, NULL, &out, &err);
	}
	if (rc != 0) {
		error("--diff %s: git diff failed: %s", range,
		      rc < 0 ? "cannot run git" : err);
		rc = -1;
		goto out;
	}
	parse_diff(ch, out);
out:
	free(out);
	free(err);
	free(h);
	free(lo);
	free(at_head);
	free(base);
	free(head);
	return rc;
}

void gitdiff_sources(const struct changes *ch, struct strvec *out)
{
	for (int i = 0; i < ch->n; i++)
		if (has_suffix(ch->v[i].path, ".c"))
			sv_push(out, ch->v[i].path);
}

int gitdiff_header_changed(const struct changes *ch, const char **which)
{
	for (int i = 0; i < ch->n; i++) {
		if (has_suffix(ch->v[i].path, ".h")) {
			*which = ch->v[i].path;
			return 1;
		}
	}
	return 0;
}

static int has_int(const int *v, int n, int x)
{
	for (int i = 0; i < n; i++)
		if (v[i] == x)
			return 1;
	return 0;
}

/* Any change within [a, b]: a changed line, or lines deleted inside. */
static int touched(const struct changed_file *cf, int a, int b)
{
	for (int i = 0; i < cf->nr_lines; i++)
		if (cf->lines[i] >= a && cf->lines[i] <= b)
			return 1;
	for (int i = 0; i < cf->nr_cuts; i++)
		if (cf->cuts[i] >= a && cf->cuts[i] < b)
			return 1;
	return 0;
}

void gitdiff_select(const struct changes *ch, const struct findings *fs,
		    char *keep)
{
	for (int i = 0; i < fs->n; i++) {
		const struct finding *f = &fs->v[i];
		const struct changed_file *cf = NULL;
		struct cfuncs funcs = { 0 };
		const struct cfunc *fn;
		char *text;

		keep[i] = 0;
		for (int k = 0; k < ch->n && !cf; k++)
			if (!strcmp(ch->v[k].path, f->file))
				cf = &ch->v[k];
		if (!cf)
			continue;
		if (has_int(cf->lines, cf->nr_lines, f->line)) {
			keep[i] = 1;
			continue;
		}
		if (read_whole_file(f->file, &text, NULL) < 0)
			continue;
		cfuncs_scan(text, &funcs);
		fn = cfunc_at(&funcs, f->line);
		keep[i] = fn && touched(cf, fn->start, fn->end);
		free(funcs.v);
		free(text);
	}
}
