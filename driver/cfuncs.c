// SPDX-License-Identifier: GPL-2.0
/*
 * A brace matcher, not a parser: a '{' at file scope that follows a ')'
 * opens a function body ("int f(void) {", "void g(x) __acquires(l) {");
 * one that follows anything else opens a struct, enum or initializer.
 * The definition starts at the first token after the previous file-scope
 * ';' or '}' or preprocessor line, which is where a diff hunk that changes
 * the return type or the parameters lands.
 */
#include "cfuncs.h"
#include "util.h"

#include <ctype.h>
#include <string.h>

struct scan {
	const char *p;
	int line;
};

/* Skip a comment, a literal or a preprocessor line at s->p; 1 if it did. */
static int skip_noise(struct scan *s, int at_line_start)
{
	const char *p = s->p;

	if (p[0] == '/' && p[1] == '*') {
		for (p += 2; *p && !(p[0] == '*' && p[1] == '/'); p++)
			s->line += *p == '\n';
		s->p = *p ? p + 2 : p;
		return 1;
	}
	if (p[0] == '/' && p[1] == '/') {
		while (*p && *p != '\n')
			p++;
		s->p = p;
		return 1;
	}
	if (*p == '"' || *p == '\'') {
		char q = *p++;

		while (*p && *p != q && *p != '\n') {
			if (*p == '\\' && p[1]) {
				s->line += p[1] == '\n';
				p++;
			}
			p++;
		}
		s->p = *p == q ? p + 1 : p;
		return 1;
	}
	if (*p == '#' && at_line_start) {
		while (*p && *p != '\n') {
			if (*p == '\\' && p[1] == '\n') {
				s->line++;
				p++;
			} else if (p[0] == '/' && p[1] == '*') {
				/* A comment may run past the line: skip it. */
				s->p = p;
				skip_noise(s, 0);
				p = s->p;
				continue;
			}
			p++;
		}
		s->p = p;
		return 1;
	}
	return 0;
}

void cfuncs_scan(const char *text, struct cfuncs *fs)
{
	struct scan s = { .p = text, .line = 1 };
	int depth = 0, line_start = 1, decl_start = 0, paren = 0;
	char last = 0, name[128] = "", ident[128] = "";
	struct cfunc *cur = NULL;

	while (*s.p) {
		char c = *s.p;

		if (c == '\n') {
			s.line++;
			s.p++;
			line_start = 1;
			continue;
		}
		if (isspace((unsigned char)c)) {
			s.p++;
			continue;
		}
		if (skip_noise(&s, line_start)) {
			if (depth == 0 && c == '#')
				decl_start = 0;
			continue;
		}
		line_start = 0;
		if (depth == 0 && !decl_start && c != ';' && c != '}') {
			decl_start = s.line;
			name[0] = '\0';
			paren = 0;
		}
		if (isalpha((unsigned char)c) || c == '_') {
			size_t n = 0;

			while (isalnum((unsigned char)*s.p) || *s.p == '_') {
				if (n + 1 < sizeof(ident))
					ident[n++] = *s.p;
				s.p++;
			}
			ident[n] = '\0';
			last = 'a';
			continue;
		}
		s.p++;
		if (depth == 0 && c == '(') {
			/* The declarator's name comes before the first '('. */
			if (paren++ == 0 && last == 'a' && !name[0] &&
			    strncmp(ident, "__attribute", 11))
				strcpy(name, ident);
		} else if (depth == 0 && c == ')') {
			paren--;
		} else if (c == '{') {
			if (depth++ == 0 && last == ')') {
				GROW(fs->v, fs->n + 1, fs->cap);
				cur = &fs->v[fs->n++];
				cur->start = decl_start ? decl_start : s.line;
				cur->end = 0;
				strcpy(cur->name, name);
			}
		} else if (c == '}') {
			if (depth > 0 && --depth == 0) {
				if (cur)
					cur->end = s.line;
				cur = NULL;
				decl_start = 0;
			}
		} else if (c == ';' && depth == 0) {
			decl_start = 0;
		}
		last = c;
	}
	if (cur)			/* unbalanced braces: runs to the end */
		cur->end = s.line;
}

const struct cfunc *cfunc_at(const struct cfuncs *fs, int line)
{
	for (int i = 0; i < fs->n; i++)
		if (fs->v[i].start <= line && line <= fs->v[i].end)
			return &fs->v[i];
	return NULL;
}
