// SPDX-License-Identifier: GPL-2.0
#include "units.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void add_unit(struct units *us, char *file, const char *dir)
{
	int seq = us->n;

	GROW(us->v, us->n + 1, us->cap);
	us->v[us->n++] = (struct unit){
		.file = file, .dir = dir ? xstrdup(dir) : NULL, .seq = seq,
	};
}

/* The directories a scan has entered, so a symlink loop ends. */
struct seen_dirs {
	struct { dev_t dev; ino_t ino; } *v;
	int n, cap;
};

static int walk(struct units *us, const char *dir, struct seen_dirs *seen)
{
	struct dirent **ents;
	struct stat st;
	int n;

	/*
	 * Every directory once: with two links back up the tree (a -> ..,
	 * b -> .) the walk would otherwise branch at every level until the
	 * kernel's 40-link limit, 2^40 directories.
	 */
	if (stat(dir, &st) == 0) {
		for (int i = 0; i < seen->n; i++)
			if (seen->v[i].dev == st.st_dev &&
			    seen->v[i].ino == st.st_ino) {
				notice("%s: directory already scanned (a symlink "
				       "loop or a second link to it); skipped",
				       dir);
				return 0;
			}
		GROW(seen->v, seen->n + 1, seen->cap);
		seen->v[seen->n].dev = st.st_dev;
		seen->v[seen->n++].ino = st.st_ino;
	}
	n = scandir(dir, &ents, NULL, alphasort);
	if (n < 0) {
		error("cannot read directory %s: %m", dir);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		const char *name = ents[i]->d_name;
		char *p = xasprintf("%s/%s", dir, name);

		if (name[0] == '.') {
			/* hidden: skipped */
		} else if (stat(p, &st) < 0) {
			notice("%s: %m; skipped", p);
		} else if (S_ISDIR(st.st_mode)) {
			walk(us, p, seen);
		} else if (S_ISREG(st.st_mode) && has_suffix(name, ".c")) {
			add_unit(us, abs_path(NULL, p), NULL);
		}
		free(p);
		free(ents[i]);
	}
	free(ents);
	return 0;
}

int units_add_path(struct units *us, const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0) {
		error("%s: %m", path);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		struct seen_dirs seen = { 0 };
		int rc = walk(us, path, &seen);

		free(seen.v);
		return rc;
	}
	if (!has_suffix(path, ".c")) {
		error("%s: not a C source file (give .c files, directories "
		      "or a compile_commands.json)", path);
		return -1;
	}
	add_unit(us, abs_path(NULL, path), NULL);
	return 0;
}

/* Split a shell command line the way compile_commands.json writers quote. */
static void split_command(const char *s, struct strvec *out)
{
	struct strbuf w = { 0 };

	while (*s) {
		int any = 0;

		while (isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		w.len = 0;
		while (*s && !isspace((unsigned char)*s)) {
			any = 1;
			if (*s == '\\' && s[1]) {
				sb_add(&w, s + 1, 1);
				s += 2;
			} else if (*s == '\'') {
				const char *e = strchr(s + 1, '\'');

				if (!e)
					e = s + strlen(s);
				sb_add(&w, s + 1, e - s - 1);
				s = *e ? e + 1 : e;
			} else if (*s == '"') {
				for (s++; *s && *s != '"'; s++) {
					if (*s == '\\' && s[1])
						s++;
					sb_add(&w, s, 1);
				}
				if (*s)
					s++;
			} else {
				sb_add(&w, s++, 1);
			}
		}
		if (any) {
			sb_add(&w, "", 0);
			sv_push(out, w.buf);
		}
	}
	sb_free(&w);
}

/*
 * Keep what the adapters take (docs/corpus.md): include directories,
 * macro definitions and forced includes.  -isystem and -iquote become -I:
 * the adapters have one include path.
 */
static void pick_flags(const struct strvec *args, const char *dir,
		       struct strvec *flags)
{
	static const char *const with_arg[] = {
		"-I", "-isystem", "-iquote", "-idirafter", "-D", "-include",
	};

	for (int i = 1; i < args->n; i++) {
		const char *a = args->v[i];

		for (size_t k = 0; k < sizeof(with_arg) / sizeof(*with_arg);
		     k++) {
			const char *opt = with_arg[k];
			size_t n = strlen(opt);
			const char *val;
			char *p;

			if (strncmp(a, opt, n))
				continue;
			if (a[n])
				val = a + n;
			else if (i + 1 < args->n)
				val = args->v[++i];
			else
				break;
			if (!strcmp(opt, "-D")) {
				p = xasprintf("-D%s", val);
				sv_push(flags, p);
				free(p);
			} else if (!strcmp(opt, "-include")) {
				sv_push(flags, "-include");
				p = abs_path(dir, val);
				sv_push(flags, p);
				free(p);
			} else {
				sv_push(flags, "-I");
				p = abs_path(dir, val);
				sv_push(flags, p);
				free(p);
			}
			break;
		}
	}
}

static int below(const char *file, const struct strvec *paths)
{
	if (!paths || !paths->n)
		return 1;
	for (int i = 0; i < paths->n; i++) {
		size_t n = strlen(paths->v[i]);

		if (!strncmp(file, paths->v[i], n) &&
		    (file[n] == '/' || file[n] == '\0'))
			return 1;
	}
	return 0;
}

int units_add_compdb(struct units *us, const char *json,
		     const struct strvec *paths)
{
	json_error_t jerr;
	json_t *root = json_load_file(json, 0, &jerr);
	size_t i;
	json_t *e;

	if (!root) {
		error("%s:%d:%d: not a valid compile_commands.json: %s", json,
		      jerr.line, jerr.column, jerr.text);
		return -1;
	}
	if (!json_is_array(root)) {
		error("%s: not a valid compile_commands.json: the top level is "
		      "not an array", json);
		json_decref(root);
		return -1;
	}
	json_array_foreach(root, i, e) {
		const char *dir = json_string_value(json_object_get(e,
								    "directory"));
		const char *file = json_string_value(json_object_get(e, "file"));
		json_t *args = json_object_get(e, "arguments");
		const char *cmd = json_string_value(json_object_get(e,
								    "command"));
		struct strvec argv = { 0 };
		struct unit *u;
		char *abs;
		size_t k;
		json_t *a;

		if (!json_is_object(e) || !dir || !file ||
		    (!json_is_array(args) && !cmd)) {
			error("%s: entry %zu is not valid: it needs "
			      "\"directory\", \"file\" and \"arguments\" or "
			      "\"command\"", json, i);
			json_decref(root);
			return -1;
		}
		if (!has_suffix(file, ".c"))
			continue;
		abs = abs_path(dir, file);
		if (!below(abs, paths)) {
			free(abs);
			continue;
		}
		if (json_is_array(args)) {
			json_array_foreach(args, k, a) {
				if (!json_is_string(a)) {
					error("%s: entry %zu: an argument is "
					      "not a string", json, i);
					json_decref(root);
					return -1;
				}
				sv_push(&argv, json_string_value(a));
			}
		} else {
			split_command(cmd, &argv);
		}
		add_unit(us, abs, dir);
		u = &us->v[us->n - 1];
		pick_flags(&argv, dir, &u->flags);
		sv_free(&argv);
	}
	json_decref(root);
	return 0;
}

void units_restrict(struct units *us, const struct strvec *files)
{
	int out = 0;

	for (int i = 0; i < us->n; i++) {
		int in = 0;

		for (int k = 0; k < files->n && !in; k++)
			in = !strcmp(us->v[i].file, files->v[k]);
		if (in) {
			us->v[out++] = us->v[i];
		} else {
			free(us->v[i].file);
			free(us->v[i].dir);
			sv_free(&us->v[i].flags);
		}
	}
	us->n = out;
}

/* By file; for the same file, the first compile command wins. */
static int cmp_unit(const void *a, const void *b)
{
	const struct unit *x = a, *y = b;
	int r = strcmp(x->file, y->file);

	return r ? r : x->seq - y->seq;
}

void units_finish(struct units *us)
{
	int out = 0;

	if (!us->n)
		return;
	qsort(us->v, us->n, sizeof(*us->v), cmp_unit);
	for (int i = 1; i < us->n; i++) {
		if (!strcmp(us->v[out].file, us->v[i].file)) {
			free(us->v[i].file);
			free(us->v[i].dir);
			sv_free(&us->v[i].flags);
		} else {
			us->v[++out] = us->v[i];
		}
	}
	us->n = out + 1;
}
