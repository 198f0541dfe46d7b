// SPDX-License-Identifier: GPL-2.0
/*
 * Like the 0-day bot, a warning is old when an earlier run had the same
 * warning in the same place, whatever its line number: same rule, file,
 * enclosing function, message (digits dropped: they are often line
 * numbers) and the text of the source line (whitespace collapsed).
 */
#include "baseline.h"
#include "cfuncs.h"
#include "util.h"

#include <ctype.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char *collapse(const char *s, size_t n, int drop_digits)
{
	struct strbuf sb = { 0 };
	int space = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (isspace(c)) {
			space = sb.len > 0;
			continue;
		}
		if (drop_digits && isdigit(c))
			continue;
		if (space)
			sb_add(&sb, " ", 1);
		space = 0;
		sb_add(&sb, (const char *)&c, 1);
	}
	sb_add(&sb, "", 0);
	return sb.buf;
}

static char *fingerprint(const char *rule, const char *file,
			 const char *function, const char *message,
			 const char *snippet)
{
	const char *parts[] = { rule, file, function ? function : "",
				message, snippet ? snippet : "" };
	char *msg = collapse(message, strlen(message), 1);
	uint64_t h = 0xcbf29ce484222325ull;

	parts[3] = msg;
	for (size_t i = 0; i < sizeof(parts) / sizeof(*parts); i++) {
		for (const char *p = parts[i]; *p; p++) {
			h ^= (unsigned char)*p;
			h *= 0x100000001b3ull;
		}
		h ^= 0x1f;		/* separator */
		h *= 0x100000001b3ull;
	}
	free(msg);
	return xasprintf("%016llx", (unsigned long long)h);
}

static const char *line_start(const char *text, int line)
{
	for (int l = 1; l < line && text; l++) {
		text = strchr(text, '\n');
		if (text)
			text++;
	}
	return text;
}

void annotate_findings(struct findings *fs)
{
	const char *cur = NULL;
	struct cfuncs funcs = { 0 };
	char *text = NULL;

	for (int i = 0; i < fs->n; i++) {
		struct finding *f = &fs->v[i];
		const struct cfunc *fn;
		const char *l;

		if (!cur || strcmp(cur, f->file)) {
			free(text);
			text = NULL;
			funcs.n = 0;
			cur = f->file;
			if (!read_whole_file(f->file, &text, NULL))
				cfuncs_scan(text, &funcs);
		}
		fn = cfunc_at(&funcs, f->line);
		free(f->function);
		f->function = fn && fn->name[0] ? xstrdup(fn->name) : NULL;
		l = text ? line_start(text, f->line) : NULL;
		free(f->snippet);
		f->snippet = l ? collapse(l, strcspn(l, "\n"), 0) : NULL;
		free(f->fingerprint);
		f->fingerprint = fingerprint(f->rule, display_path(f->file),
					     f->function, f->message,
					     f->snippet);
	}
	free(text);
	free(funcs.v);
}

int baseline_apply(const char *path, const struct findings *fs, char *keep)
{
	json_error_t jerr;
	json_t *root = json_load_file(path, 0, &jerr), *arr, *e;
	char **old;
	size_t n, i;
	int matched = 0;

	if (!root) {
		error("--baseline %s:%d:%d: not valid JSON: %s", path,
		      jerr.line, jerr.column, jerr.text);
		return -1;
	}
	arr = json_object_get(root, "findings");
	if (!json_is_array(arr)) {
		error("--baseline %s: not a pgcheck JSON result (no "
		      "\"findings\" array; make one with --format=json)", path);
		json_decref(root);
		return -1;
	}
	n = json_array_size(arr);
	old = xmalloc((n + 1) * sizeof(*old));
	json_array_foreach(arr, i, e) {
		const char *rule = json_string_value(json_object_get(e, "rule"));
		const char *file = json_string_value(json_object_get(e, "file"));
		const char *fn = json_string_value(json_object_get(e,
								   "function"));
		const char *msg = json_string_value(json_object_get(e,
								    "message"));
		const char *snip = json_string_value(json_object_get(e,
								     "snippet"));

		if (!rule || !file || !msg) {
			error("--baseline %s: finding %zu lacks \"rule\", "
			      "\"file\" or \"message\"", path, i);
			while (i--)
				free(old[i]);
			free(old);
			json_decref(root);
			return -1;
		}
		old[i] = fingerprint(rule, file, fn, msg, snip);
	}
	json_decref(root);
	for (int k = 0; k < fs->n; k++) {
		if (!keep[k])
			continue;
		for (i = 0; i < n; i++) {
			if (old[i] && !strcmp(old[i], fs->v[k].fingerprint)) {
				free(old[i]);
				old[i] = NULL;	/* used up */
				keep[k] = 0;
				matched++;
				break;
			}
		}
	}
	for (i = 0; i < n; i++)
		free(old[i]);
	free(old);
	return matched;
}
