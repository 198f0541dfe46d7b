// SPDX-License-Identifier: GPL-2.0
/* The IR text form: reader (docs/architecture.md, "Text form"). */
#include <ctype.h>
#include <limits.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgcheck/core.h"
#include "arena.h"

#define MAX_ARGS	64

struct reader {
	struct pgc_tu *tu;
	const char *name;		/* IR file name */
	const char *file;		/* default file of positions */
	unsigned int lineno;
	const char *p;			/* cursor in the current line */
	char *err;
	size_t errlen;
	jmp_buf fail;
	/* current function */
	struct pgc_func *fn;
	struct pgc_block *bb;
	int bb_closed;			/* goto/br seen */
	unsigned int *call_ids;		/* text %N -> builder id, +1 (0: undefined) */
	unsigned int ncall_ids;
	/* forward block references: checked at "end" */
	unsigned int max_block_ref;
	int any_block_ref;
	int any_func;			/* a "func" was read: no more "const" */
	char *buf;			/* the current line */
};

static void fail(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

static void fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(r->err, r->errlen, "%s:%u: ", r->name, r->lineno);
	if (n < 0 || (size_t)n >= r->errlen)
		n = 0;
	va_start(ap, fmt);
	vsnprintf(r->err + n, r->errlen - n, fmt, ap);
	va_end(ap);
	longjmp(r->fail, 1);
}

static void skip_ws(struct reader *r)
{
	while (*r->p == ' ' || *r->p == '\t' || *r->p == '\r')
		r->p++;
}

static int at_end(struct reader *r)
{
	skip_ws(r);
	return !*r->p || *r->p == '#';
}

static int name_char(int c);

static int accept(struct reader *r, const char *tok)
{
	size_t n = strlen(tok);

	skip_ws(r);
	if (strncmp(r->p, tok, n))
		return 0;
	r->p += n;
	return 1;
}

/* A keyword: tok followed by a blank, the end, '@' or '#'. */
static int accept_word(struct reader *r, const char *tok)
{
	const char *save = r->p;

	if (accept(r, tok) && (!*r->p || *r->p == ' ' || *r->p == '\t' ||
			       *r->p == '\r' || *r->p == '@' || *r->p == '#'))
		return 1;
	r->p = save;
	return 0;
}

static void expect(struct reader *r, const char *tok)
{
	if (!accept(r, tok))
		fail(r, "expected '%s' at '%.20s'", tok, r->p);
}

static int name_char(int c)
{
	return isalnum(c) || c == '_' || c == '$';
}

/* A name (identifier or quoted), or NULL if none here. */
static const char *opt_name(struct reader *r)
{
	char buf[1024];
	size_t n = 0;

	skip_ws(r);
	if (*r->p == '"') {
		r->p++;
		while (*r->p && *r->p != '"') {
			if (*r->p == '\\' && r->p[1])
				r->p++;
			if (n + 1 >= sizeof(buf))
				fail(r, "name too long");
			buf[n++] = *r->p++;
		}
		if (*r->p != '"')
			fail(r, "unterminated quoted name");
		r->p++;
		buf[n] = '\0';
		return pgc_intern(r->tu, buf);
	}
	if (!name_char((unsigned char)*r->p) || isdigit((unsigned char)*r->p))
		return NULL;
	while (name_char((unsigned char)*r->p)) {
		if (n + 1 >= sizeof(buf))
			fail(r, "name too long");
		buf[n++] = *r->p++;
	}
	buf[n] = '\0';
	return pgc_intern(r->tu, buf);
}

static const char *need_name(struct reader *r, const char *what)
{
	const char *s = opt_name(r);

	if (!s)
		fail(r, "expected %s at '%.20s'", what, r->p);
	return s;
}

static int opt_int(struct reader *r, int64_t *out)
{
	const char *s;
	char *end;
	int neg = 0;

	skip_ws(r);
	s = r->p;
	if (*s == '-') {
		neg = 1;
		s++;
	}
	if (!isdigit((unsigned char)*s))
		return 0;
	errno = 0;
	*out = (int64_t)strtoull(s, &end, 0);
	if (errno || name_char((unsigned char)*end))
		fail(r, "bad number '%.20s'", r->p);
	if (neg)
		*out = -*out;
	r->p = end;
	return 1;
}

static int64_t need_int(struct reader *r)
{
	int64_t v;

	if (!opt_int(r, &v))
		fail(r, "expected a number at '%.20s'", r->p);
	return v;
}

static unsigned int need_block(struct reader *r)
{
	int64_t v;

	skip_ws(r);
	if (strncmp(r->p, "bb", 2))
		fail(r, "expected a block 'bbN' at '%.20s'", r->p);
	r->p += 2;
	v = need_int(r);
	if (v < 0 || v > 1000000)
		fail(r, "bad block number");
	if (!r->any_block_ref || v > r->max_block_ref)
		r->max_block_ref = (unsigned int)v;
	r->any_block_ref = 1;
	return (unsigned int)v;
}

static const struct pgc_value *parse_value(struct reader *r);

static const struct pgc_value *parse_call_ref(struct reader *r)
{
	int64_t n = need_int(r);

	if (n < 0 || (uint64_t)n >= r->ncall_ids || !r->call_ids[n])
		fail(r, "%%%lld used before its call", (long long)n);
	return pgc_val_call(r->tu, r->call_ids[n] - 1);
}

static const struct pgc_value *parse_primary(struct reader *r)
{
	const char *name;
	int64_t n;

	skip_ws(r);
	if (accept(r, "(")) {
		const struct pgc_value *v = parse_value(r);

		expect(r, ")");
		return v;
	}
	if (accept(r, "?"))
		return pgc_val_unknown(r->tu);
	if (accept(r, "%"))
		return parse_call_ref(r);
	if (opt_int(r, &n))
		return pgc_val_const(r->tu, n);
	name = opt_name(r);
	if (!name)
		fail(r, "expected a value at '%.20s'", r->p);
	if (pgc_tu_get_const(r->tu, name, &n))
		return pgc_val_const(r->tu, n);
	return pgc_val_var(r->tu, name);
}

static const struct pgc_value *parse_postfix(struct reader *r)
{
	const struct pgc_value *v = parse_primary(r);

	for (;;) {
		skip_ws(r);
		if (accept(r, "->")) {
			v = pgc_val_field(r->tu, pgc_val_deref(r->tu, v),
					  need_name(r, "a field"));
		} else if (*r->p == '.') {
			r->p++;
			v = pgc_val_field(r->tu, v, need_name(r, "a field"));
		} else if (accept(r, "[")) {
			v = pgc_val_index_value(r->tu, v, parse_value(r));
			expect(r, "]");
		} else {
			return v;
		}
	}
}

static const struct pgc_value *parse_term(struct reader *r)
{
	skip_ws(r);
	if (*r->p == '*') {
		r->p++;
		return pgc_val_deref(r->tu, parse_term(r));
	}
	if (*r->p == '&') {
		r->p++;
		return pgc_val_addr(r->tu, parse_term(r));
	}
	return parse_postfix(r);
}

static const struct pgc_value *parse_value(struct reader *r)
{
	const struct pgc_value *v = parse_term(r);

	for (;;) {
		skip_ws(r);
		if (*r->p == '+' || (*r->p == '-' && r->p[1] != '>')) {
			int neg = *r->p == '-';
			int64_t k;

			r->p++;
			if (!opt_int(r, &k)) {
				const char *name = opt_name(r);

				if (!name || !pgc_tu_get_const(r->tu, name, &k))
					fail(r, "expected a number or a const after '%c'",
					     neg ? '-' : '+');
			}
			v = pgc_val_add(r->tu, v, neg ? -k : k);
		} else {
			return v;
		}
	}
}

/* Optional "@POS"; default: the IR line in the default file. */
static struct pgc_pos parse_pos(struct reader *r)
{
	unsigned long a[3];
	const char *file = r->file;
	int n = 0;

	if (!accept(r, "@"))
		return pgc_pos_make(r->tu, r->file, r->lineno, 1);
	if (*r->p == '"') {
		file = opt_name(r);
		expect(r, ":");
	} else {
		/* FILE:LINE:COL with an unquoted file: split at the last colons. */
		const char *end = r->p, *c, *last = NULL, *prev = NULL;

		while (*end && !isspace((unsigned char)*end) && *end != '#')
			end++;
		for (c = r->p; c < end; c++) {
			if (*c == ':') {
				prev = last;
				last = c;
			}
		}
		if (prev) {
			file = pgc_arena_strndup(r->tu->arena, r->p,
						 (size_t)(prev - r->p));
			r->p = prev + 1;
		}
	}
	for (;;) {
		char *end;

		if (!isdigit((unsigned char)*r->p))
			fail(r, "bad position at '%.20s'", r->p);
		a[n++] = strtoul(r->p, &end, 10);
		r->p = end;
		if (n == 3 || *r->p != ':')
			break;
		r->p++;
	}
	if (n == 3)
		fail(r, "bad position: too many numbers");
	/* Line 0 is "no position" to the writer: it would not read back. */
	if (!a[0])
		fail(r, "bad position: lines count from 1");
	if (a[0] > UINT_MAX || (n > 1 && a[1] > UINT_MAX))
		fail(r, "bad position: number too large");
	return pgc_pos_make(r->tu, file, (unsigned int)a[0],
			    n > 1 ? (unsigned int)a[1] : 0);
}

static unsigned int parse_attrs(struct reader *r)
{
	unsigned int attrs = 0;

	for (;;) {
		if (accept(r, "noalloc"))
			attrs |= PGC_FN_NOALLOC;
		else if (accept(r, "may_alloc"))
			attrs |= PGC_FN_MAY_ALLOC;
		else
			return attrs;
	}
}

static void end_of_line(struct reader *r)
{
	if (!at_end(r))
		fail(r, "unexpected '%.20s'", r->p);
}

static void need_block_open(struct reader *r)
{
	if (!r->fn)
		fail(r, "statement outside a function");
	if (!r->bb)
		fail(r, "statement before the first block label");
	if (r->bb_closed)
		fail(r, "statement after the block's goto/br");
}

static void set_call_id(struct reader *r, int64_t text_id, unsigned int id)
{
	if (text_id < 0 || text_id > 10000000)
		fail(r, "bad call id");
	if ((uint64_t)text_id >= r->ncall_ids) {
		unsigned int n = (unsigned int)text_id + 64;
		unsigned int *p = realloc(r->call_ids, n * sizeof(*p));

		if (!p)
			fail(r, "out of memory");
		memset(p + r->ncall_ids, 0, (n - r->ncall_ids) * sizeof(*p));
		r->call_ids = p;
		r->ncall_ids = n;
	}
	if (r->call_ids[text_id])
		fail(r, "%%%lld defined twice", (long long)text_id);
	r->call_ids[text_id] = id + 1;
}

static void parse_call(struct reader *r, int64_t text_id)
{
	const struct pgc_value *args[MAX_ARGS];
	const char *callee, *spelled = NULL;
	unsigned int nargs = 0, flags = 0, id;
	struct pgc_pos pos;

	callee = accept(r, "?") ? NULL : need_name(r, "a callee");
	expect(r, "(");
	if (!accept(r, ")")) {
		do {
			if (nargs == MAX_ARGS)
				fail(r, "too many arguments");
			args[nargs++] = parse_value(r);
		} while (accept(r, ","));
		expect(r, ")");
	}
	for (;;) {
		if (accept_word(r, "as"))
			spelled = need_name(r, "a spelled name");
		else if (accept_word(r, "cleanup"))
			flags |= PGC_EVF_CLEANUP;
		else if (accept_word(r, "noreturn"))
			flags |= PGC_EVF_NORETURN;
		else
			break;
	}
	pos = parse_pos(r);
	end_of_line(r);
	id = pgc_ev_call(r->tu, r->fn, r->bb, pos, callee, spelled, nargs,
			 args);
	r->bb->events[r->bb->nevents - 1].flags |= flags;
	if (text_id >= 0)
		set_call_id(r, text_id, id);
}

static void finish_func(struct reader *r)
{
	if (r->any_block_ref && r->max_block_ref >= r->fn->nblocks)
		fail(r, "bb%u used but not defined in %s", r->max_block_ref,
		     r->fn->name);
	if (!r->fn->nblocks)
		fail(r, "function %s has no blocks", r->fn->name);
	r->fn = NULL;
	r->bb = NULL;
	if (r->call_ids)
		memset(r->call_ids, 0, r->ncall_ids * sizeof(*r->call_ids));
	r->any_block_ref = 0;
	r->max_block_ref = 0;
}

static void parse_func(struct reader *r)
{
	const char *name = need_name(r, "a function name");
	unsigned int attrs;
	struct pgc_pos pos;

	r->fn = pgc_func_define(r->tu, name, pgc_pos_make(r->tu, r->file,
							   r->lineno, 1));
	if (!r->fn)
		fail(r, "function %s defined twice", name);
	expect(r, "(");
	if (!accept(r, ")")) {
		do
			pgc_func_add_param(r->tu, r->fn,
					   need_name(r, "a parameter"));
		while (accept(r, ","));
		expect(r, ")");
	}
	attrs = parse_attrs(r);
	pos = parse_pos(r);
	end_of_line(r);
	r->fn->attrs |= attrs;
	r->fn->pos = pos;
	r->bb = NULL;
}

static void parse_suppress(struct reader *r)
{
	const char *file, *rule, *colon, *s;
	unsigned long line;
	char *end;

	skip_ws(r);
	s = r->p;
	while (*s && !isspace((unsigned char)*s))
		s++;
	colon = s;
	while (colon > r->p && colon[-1] != ':')
		colon--;
	if (colon <= r->p + 1)
		fail(r, "suppress: expected FILE:LINE");
	file = pgc_arena_strndup(r->tu->arena, r->p, (size_t)(colon - 1 - r->p));
	line = strtoul(colon, &end, 10);
	if (end != s || !line)
		fail(r, "suppress: bad line number");
	r->p = s;
	rule = accept(r, "*") ? "*" : need_name(r, "a rule id");
	if (strcmp(rule, "*") && pgc_rule_lookup(rule) < 0) {
		skip_ws(r);
		fail(r, "suppress: unknown rule '%s'", rule);
	}
	skip_ws(r);
	if (!*r->p)
		fail(r, "suppress: a reason is required");
	pgc_tu_add_suppression(r->tu, pgc_pos_make(r->tu, file, (unsigned int)line, 0),
			       rule, r->p);
}

static void parse_line(struct reader *r)
{
	const char *word;
	int64_t text_id;

	if (at_end(r))
		return;
	if (accept(r, "%")) {
		text_id = need_int(r);
		expect(r, "=");
		need_block_open(r);
		if (!accept(r, "call"))
			fail(r, "expected 'call' after '%%N ='");
		parse_call(r, text_id);
		return;
	}
	if (!strncmp(r->p, "bb", 2) && isdigit((unsigned char)r->p[2]) &&
	    strchr(r->p, ':') && !strchr(r->p, '=')) {
		int64_t n;

		if (!r->fn)
			fail(r, "block label outside a function");
		r->p += 2;
		n = need_int(r);
		expect(r, ":");
		end_of_line(r);
		if (n != r->fn->nblocks)
			fail(r, "blocks must be numbered in order: expected bb%u",
			     r->fn->nblocks);
		r->bb = pgc_block_new(r->tu, r->fn);
		r->bb_closed = 0;
		return;
	}
	word = r->p;
	if (accept_word(r, "func")) {
		if (r->fn)
			fail(r, "'func' inside a function (missing 'end')");
		r->any_func = 1;
		parse_func(r);
		return;
	}
	if (accept_word(r, "end") && at_end(r)) {
		if (!r->fn)
			fail(r, "'end' outside a function");
		finish_func(r);
		return;
	}
	r->p = word;
	if (accept_word(r, "const")) {
		const char *name;

		/*
		 * Names fold to their value as they are read, and the writer
		 * prints every const first: a later one would change what
		 * earlier functions read as on a round trip.
		 */
		if (r->any_func)
			fail(r, "'const' after a function: constants come first");
		name = need_name(r, "a constant name");

		pgc_tu_set_const(r->tu, name, need_int(r));
		end_of_line(r);
		return;
	}
	if (accept_word(r, "file")) {
		r->file = need_name(r, "a file name");
		end_of_line(r);
		return;
	}
	if (accept_word(r, "decl")) {
		const char *name = need_name(r, "a function name");

		pgc_func_declare(r->tu, name, parse_attrs(r));
		end_of_line(r);
		return;
	}
	if (accept_word(r, "suppress")) {
		parse_suppress(r);
		return;
	}
	if (accept_word(r, "call")) {
		need_block_open(r);
		parse_call(r, -1);
		return;
	}
	if (accept_word(r, "goto")) {
		need_block_open(r);
		while (!at_end(r))
			pgc_block_add_succ(r->tu, r->bb, need_block(r));
		r->bb_closed = 1;
		return;
	}
	if (accept_word(r, "br")) {
		const struct pgc_value *c;
		unsigned int t, f;

		need_block_open(r);
		c = parse_value(r);
		t = need_block(r);
		f = need_block(r);
		end_of_line(r);
		pgc_block_set_branch(r->tu, r->bb, c, t, f);
		r->bb_closed = 1;
		return;
	}
	r->p = word;
	if (accept_word(r, "ret") && !accept(r, "=")) {
		const struct pgc_value *v = NULL;
		struct pgc_pos pos;

		need_block_open(r);
		skip_ws(r);
		if (!at_end(r) && *r->p != '@')
			v = parse_value(r);
		pos = parse_pos(r);
		end_of_line(r);
		pgc_ev_return(r->tu, r->bb, pos, v);
		return;
	}
	r->p = word;
	{
		const struct pgc_value *lhs, *rhs;
		struct pgc_pos pos;

		need_block_open(r);
		lhs = parse_value(r);
		expect(r, "=");
		rhs = parse_value(r);
		pos = parse_pos(r);
		end_of_line(r);
		pgc_ev_assign(r->tu, r->bb, pos, lhs, rhs);
	}
}

static void parse_all(struct reader *r, const char *text)
{
	const char *line = text;
	size_t bufcap = 0;

	while (*line) {
		const char *nl = strchr(line, '\n');
		size_t n = nl ? (size_t)(nl - line) : strlen(line);

		if (n + 1 > bufcap) {
			bufcap = n + 256;
			free(r->buf);
			r->buf = malloc(bufcap);
			if (!r->buf)
				fail(r, "out of memory");
		}
		memcpy(r->buf, line, n);
		r->buf[n] = '\0';
		r->lineno++;
		r->p = r->buf;
		parse_line(r);
		line = nl ? nl + 1 : line + n;
	}
	if (r->fn)
		fail(r, "missing 'end' of function %s", r->fn->name);
}

struct pgc_tu *pgc_ir_read_text(const char *text, const char *name,
				char *err, size_t errlen)
{
	struct reader r;

	memset(&r, 0, sizeof(r));
	r.name = name;
	r.err = err;
	r.errlen = errlen;
	r.tu = pgc_tu_new(name);
	r.file = r.tu->main_file;
	if (setjmp(r.fail)) {
		free(r.buf);
		free(r.call_ids);
		pgc_tu_free(r.tu);
		return NULL;
	}
	parse_all(&r, text);
	free(r.buf);
	free(r.call_ids);
	return r.tu;
}

struct pgc_tu *pgc_ir_read(FILE *in, const char *name, char *err,
			   size_t errlen)
{
	struct pgc_tu *tu;
	size_t n = 0, cap = 65536;
	char *text = malloc(cap);

	if (!text) {
		snprintf(err, errlen, "%s: out of memory", name);
		return NULL;
	}
	for (;;) {
		size_t got;

		if (n + 1 >= cap) {
			char *p = realloc(text, cap * 2);

			if (!p) {
				free(text);
				snprintf(err, errlen, "%s: out of memory", name);
				return NULL;
			}
			text = p;
			cap *= 2;
		}
		got = fread(text + n, 1, cap - n - 1, in);
		if (!got)
			break;
		n += got;
	}
	if (ferror(in)) {
		free(text);
		snprintf(err, errlen, "%s: read error", name);
		return NULL;
	}
	text[n] = '\0';
	if (memchr(text, '\0', n)) {
		free(text);
		snprintf(err, errlen, "%s: binary file", name);
		return NULL;
	}
	tu = pgc_ir_read_text(text, name, err, errlen);
	free(text);
	return tu;
}
