// SPDX-License-Identifier: GPL-2.0
#include "findings.h"
#include "engines.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Digits at s; returns their value and sets *end, or -1 if none. */
static int number(const char *s, const char **end)
{
	long v = 0;

	if (!isdigit((unsigned char)*s))
		return -1;
	while (isdigit((unsigned char)*s)) {
		v = v * 10 + (*s++ - '0');
		if (v > 100000000)
			return -1;
	}
	*end = s;
	return (int)v;
}

/*
 * Split "FILE:LINE:COL[-COL]: REST" at the first ":LINE:COL" that is
 * followed by ": ".  File names may hold colons; messages may hold
 * "file:1:2" too, which is why the first match wins.
 */
static int split_location(const char *s, size_t *file_len, int *line,
			  int *col, const char **rest)
{
	for (const char *p = strchr(s, ':'); p; p = strchr(p + 1, ':')) {
		const char *q;
		int l, c;

		if (p == s)
			continue;
		l = number(p + 1, &q);
		if (l < 0 || *q != ':')
			continue;
		c = number(q + 1, &q);
		if (c < 0)
			continue;
		if (*q == '-' && number(q + 1, &q) < 0)
			continue;
		if (q[0] != ':' || q[1] != ' ')
			continue;
		*file_len = p - s;
		*line = l;
		*col = c;
		*rest = q + 2;
		return 0;
	}
	return -1;
}

/* "MESSAGE [pgcheck-RULE]" -> message and rule; -1 without the tag. */
static int split_rule(const char *rest, size_t len, char **msg, char **rule)
{
	const char *end = rest + len, *tag, *r;

	while (end > rest && isspace((unsigned char)end[-1]))
		end--;
	if (end == rest || end[-1] != ']')
		return -1;
	for (tag = end - 1; tag > rest && tag[-1] != '['; tag--)
		;
	if (tag == rest || strncmp(tag, "pgcheck-", 8))
		return -1;
	r = tag + 8;
	if (r == end - 1)
		return -1;
	for (const char *c = r; c < end - 1; c++)
		if (!islower((unsigned char)*c) && *c != '-')
			return -1;
	*rule = xstrndup(r, end - 1 - r);
	tag--;			/* the '[' */
	while (tag > rest && isspace((unsigned char)tag[-1]))
		tag--;
	*msg = xstrndup(rest, tag - rest);
	return 0;
}

/* fix-it:"FILE":{L1:C1-L2:C2}:"TEXT" (clang -fdiagnostics-parseable-fixits) */
static int parse_fixit(const char *s, size_t len, const char *dir,
		       struct fix *fx)
{
	const char *end = s + len, *p, *q;
	struct strbuf text = { 0 };
	char *file;

	if (len < 10 || strncmp(s, "fix-it:\"", 8))
		return -1;
	p = s + 8;
	q = memchr(p, '"', end - p);
	if (!q || q + 2 >= end || q[1] != ':' || q[2] != '{')
		return -1;
	file = xstrndup(p, q - p);
	p = q + 3;
	if ((fx->line1 = number(p, &p)) < 0 || *p++ != ':' ||
	    (fx->col1 = number(p, &p)) < 0 || *p++ != '-' ||
	    (fx->line2 = number(p, &p)) < 0 || *p++ != ':' ||
	    (fx->col2 = number(p, &p)) < 0 || strncmp(p, "}:\"", 3)) {
		free(file);
		return -1;
	}
	for (p += 3; p < end && *p != '"'; p++) {
		char c = *p;

		if (c == '\\' && p + 1 < end) {
			c = *++p;
			if (c == 'n')
				c = '\n';
			else if (c == 't')
				c = '\t';
		}
		sb_add(&text, &c, 1);
	}
	sb_add(&text, "", 0);
	fx->file = abs_path(dir, file);
	free(file);
	fx->text = text.buf;
	return 0;
}

int parse_engine_output(const char *out, const char *dir, int engine,
			struct findings *fs)
{
	struct finding *last = NULL;
	int added = 0;

	for (const char *s = out; *s;) {
		size_t len = strcspn(s, "\n"), flen;
		char *line = xstrndup(s, len), *msg, *rule;
		const char *rest;
		int l, c;

		s += len + (s[len] == '\n');
		/* A bound of the analysis was hit: the user must see it. */
		if (!strncmp(line, "pgcheck: limit: ", 16)) {
			fprintf(stderr, "%s [%s]\n", line, engines[engine].name);
			free(line);
			continue;
		}
		if (line[0] == 'f' && last) {
			struct fix fx;

			if (!parse_fixit(line, len, dir, &fx)) {
				GROW(last->fixes, last->nr_fixes + 1,
				     last->cap_fixes);
				last->fixes[last->nr_fixes++] = fx;
			}
		}
		if (split_location(line, &flen, &l, &c, &rest)) {
			free(line);
			continue;
		}
		line[flen] = '\0';
		if (!strncmp(rest, "note: ", 6)) {
			if (last) {
				GROW(last->notes, last->nr_notes + 1,
				     last->cap_notes);
				last->notes[last->nr_notes++] = (struct note){
					.file = abs_path(dir, line),
					.line = l, .col = c,
					.message = xstrdup(rest + 6),
				};
			}
			free(line);
			continue;
		}
		if (!strncmp(rest, "warning: ", 9))
			rest += 9;
		else if (!strncmp(rest, "error: ", 7))
			rest += 7;
		if (split_rule(rest, strlen(rest), &msg, &rule)) {
			/* Not ours (a compiler diagnostic): ends note runs. */
			last = NULL;
			free(line);
			continue;
		}
		GROW(fs->v, fs->n + 1, fs->cap);
		last = &fs->v[fs->n++];
		*last = (struct finding){
			.rule = rule, .file = abs_path(dir, line),
			.line = l, .col = c, .message = msg,
			.engines = 1u << engine,
		};
		added++;
		free(line);
	}
	return added;
}

static int lowest_engine(unsigned mask)
{
	return mask ? __builtin_ctz(mask) : 99;
}

static int cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int r = strcmp(x->file, y->file);

	if (r)
		return r;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	r = strcmp(x->rule, y->rule);
	if (r)
		return r;
	/* The preferred engine's wording first within a group. */
	return lowest_engine(x->engines) - lowest_engine(y->engines);
}

static int same_note(const struct note *a, const struct note *b)
{
	return a->line == b->line && !strcmp(a->file, b->file) &&
	       !strcmp(a->message, b->message);
}

static void free_finding(struct finding *f)
{
	free(f->rule);
	free(f->file);
	free(f->message);
	for (int i = 0; i < f->nr_notes; i++) {
		free(f->notes[i].file);
		free(f->notes[i].message);
	}
	free(f->notes);
	for (int i = 0; i < f->nr_fixes; i++) {
		free(f->fixes[i].file);
		free(f->fixes[i].text);
	}
	free(f->fixes);
	free(f->function);
	free(f->snippet);
	free(f->fingerprint);
}

/* Move what dup adds over into keep, then release dup. */
static void absorb(struct finding *keep, struct finding *dup)
{
	keep->engines |= dup->engines;
	if (!keep->col)
		keep->col = dup->col;
	for (int i = 0; i < dup->nr_notes; i++) {
		int seen = 0;

		for (int j = 0; j < keep->nr_notes && !seen; j++)
			seen = same_note(&keep->notes[j], &dup->notes[i]);
		if (seen)
			continue;
		GROW(keep->notes, keep->nr_notes + 1, keep->cap_notes);
		keep->notes[keep->nr_notes++] = dup->notes[i];
		dup->notes[i].file = dup->notes[i].message = NULL;
	}
	/* One engine's fixes: mixing edits from two could conflict. */
	if (!keep->nr_fixes && dup->nr_fixes) {
		keep->fixes = dup->fixes;
		keep->nr_fixes = dup->nr_fixes;
		keep->cap_fixes = dup->cap_fixes;
		dup->fixes = NULL;
		dup->nr_fixes = 0;
	}
	free_finding(dup);
}

void merge_findings(struct findings *fs)
{
	int out = 0;

	if (!fs->n)
		return;
	qsort(fs->v, fs->n, sizeof(*fs->v), cmp_finding);
	for (int i = 1; i < fs->n; i++) {
		struct finding *k = &fs->v[out];

		if (k->line == fs->v[i].line &&
		    !strcmp(k->file, fs->v[i].file) &&
		    !strcmp(k->rule, fs->v[i].rule))
			absorb(k, &fs->v[i]);
		else
			fs->v[++out] = fs->v[i];
	}
	fs->n = out + 1;
}

void filter_findings(struct findings *fs, const char *keep)
{
	int out = 0;

	for (int i = 0; i < fs->n; i++) {
		if (keep[i])
			fs->v[out++] = fs->v[i];
		else
			free_finding(&fs->v[i]);
	}
	fs->n = out;
}
