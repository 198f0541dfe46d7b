// SPDX-License-Identifier: GPL-2.0
/*
 * The macro a call was written with ("spelled" in the IR).
 *
 * sparse keeps no record of macro expansions, but it gives every token of a
 * macro's body the position of the macro's name at the (outermost)
 * invocation.  So the source text at a call's position names the macro the
 * user wrote, and the call came from it if the callee's name is reachable
 * from that macro through macro bodies (not through its arguments, which
 * the user wrote).  As in the clang front end, only calls of table names
 * are spelled, with the outermost table name on the way:
 * spin_lock_irqsave(l, f) -> raw_spin_lock_irqsave(...) -> a call of
 * _raw_spin_lock_irqsave spelled spin_lock_irqsave.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts.h"
#include "spell.h"
#include "token.h"
#include "walker.h"

#define MAX_CHAIN	8	/* macro bodies deep */
#define MAX_BODY	20000	/* body tokens looked at, per call */

static struct symbol *macro_named(struct ident *id)
{
	struct symbol *m = lookup_symbol(id, NS_MACRO);

	return m && m->namespace == NS_MACRO ? m : NULL;
}

struct search {
	const struct pgc_vocab *vocab;
	struct ident *callee;
	struct symbol *seen[64];
	unsigned int nseen, budget;
	struct ident *found;	/* outermost table name on a path */
	int conflict;
};

static int in_vocab(struct search *s, struct ident *id)
{
	return vocab_has_name(s->vocab, show_ident(id));
}

/*
 * Does the body of macro m (reached through the table name outer, or NULL)
 * write the callee's name?  Records the outermost table name on each path
 * found; two different ones make the spelling ambiguous.
 */
static void search_body(struct search *s, struct symbol *m,
			struct ident *outer, int depth)
{
	struct token *t;
	unsigned int i;

	for (i = 0; i < s->nseen; i++)
		if (s->seen[i] == m)
			return;
	if (s->nseen == sizeof(s->seen) / sizeof(s->seen[0]))
		return;
	s->seen[s->nseen++] = m;
	for (t = m->expansion; t && !eof_token(t); t = t->next) {
		struct symbol *inner;

		if (!s->budget--)
			return;
		if (token_type(t) != TOKEN_IDENT)
			continue;
		if (t->ident == s->callee) {
			if (outer && s->found && s->found != outer)
				s->conflict = 1;
			if (outer)
				s->found = outer;
			continue;
		}
		inner = depth > 0 ? macro_named(t->ident) : NULL;
		if (inner)
			search_body(s, inner, outer ? outer :
				    in_vocab(s, t->ident) ? t->ident : NULL,
				    depth - 1);
	}
}

/* The table name the call of callee written as the macro written was
 * spelled with, or NULL. */
static const char *spelling(const struct pgc_vocab *v, const char *written,
			    const char *callee)
{
	struct ident *w = built_in_ident(written);
	struct symbol *m = macro_named(w);
	struct search s;

	if (!m)
		return NULL;
	memset(&s, 0, sizeof(s));
	s.vocab = v;
	s.callee = built_in_ident(callee);
	s.budget = MAX_BODY;
	search_body(&s, m, vocab_has_name(v, written) ? w : NULL, MAX_CHAIN);
	if (s.conflict || !s.found)
		return NULL;
	return show_ident(s.found);
}

/* The main file's lines, read once. */
struct source {
	char *name;
	char *text;
	char **lines;
	unsigned int nlines;
};

static struct source src;

static int load(const char *name)
{
	FILE *f;
	long size;
	unsigned int i, cap = 0;
	char *p;

	if (src.name && !strcmp(src.name, name))
		return src.text != NULL;
	spell_done();
	src.name = strdup(name);
	if (!src.name)
		return 0;
	f = fopen(name, "rb");
	if (!f)
		return 0;
	if (fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return 0;
	}
	src.text = xrealloc(NULL, size + 1);
	if (fread(src.text, 1, size, f) != (size_t)size) {
		fclose(f);
		free(src.text);
		src.text = NULL;
		return 0;
	}
	fclose(f);
	src.text[size] = '\0';
	for (p = src.text, i = 0; ; i++) {
		GROW(src.lines, src.nlines, cap);
		src.lines[src.nlines++] = p;
		p = strchr(p, '\n');
		if (!p)
			break;
		*p++ = '\0';
	}
	return 1;
}

/* The identifier starting at sparse's column col (tabs to tabstop) of line. */
static int ident_at(unsigned int line, unsigned int col, char *buf,
		    size_t len)
{
	const char *s;
	unsigned int c = 0;
	size_t n = 0;

	if (!line || line > src.nlines)
		return 0;
	for (s = src.lines[line - 1]; *s; s++) {
		if (*s == '\t') {
			c += tabstop - c % tabstop;
			continue;
		}
		if (++c == col)
			break;
	}
	if (!*s || !(*s == '_' || (*s >= 'a' && *s <= 'z') ||
		     (*s >= 'A' && *s <= 'Z')))
		return 0;
	while (n + 1 < len && (s[n] == '_' || (s[n] >= 'a' && s[n] <= 'z') ||
			       (s[n] >= 'A' && s[n] <= 'Z') ||
			       (s[n] >= '0' && s[n] <= '9')))
		n++;
	buf[n] = '\0';
	memcpy(buf, s, n);
	return n > 0;
}

void spell_done(void)
{
	free(src.name);
	free(src.text);
	free(src.lines);
	memset(&src, 0, sizeof(src));
}

void spell_calls(struct pgc_tu *tu, struct pgc_func *f, const char *file,
		 const struct pgc_vocab *v)
{
	unsigned int b, i;
	char name[128];

	for (b = 0; b < f->nblocks; b++) {
		for (i = 0; i < f->blocks[b]->nevents; i++) {
			struct pgc_event *ev = &f->blocks[b]->events[i];
			const char *sp;

			if (ev->kind != PGC_EV_CALL || !ev->callee ||
			    ev->spelled || !ev->pos.file ||
			    strcmp(ev->pos.file, file) ||
			    !vocab_has_name(v, ev->callee) ||
			    !load(ev->pos.file) ||
			    !ident_at(ev->pos.line, ev->pos.col, name,
				      sizeof(name)) ||
			    !strcmp(name, ev->callee))
				continue;
			sp = spelling(v, name, ev->callee);
			if (sp && strcmp(sp, ev->callee))
				ev->spelled = pgc_intern(tu, sp);
		}
	}
}
