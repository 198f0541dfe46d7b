// SPDX-License-Identifier: GPL-2.0
/* The IR text form: writer (docs/architecture.md, "Text form"). */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "pgcheck/core.h"

/*
 * Words that open a statement (ir_read.c's parse_line): a variable so
 * named is quoted, or "decl = 0" would read back as a declaration.  "end"
 * and "ret" need not be: the reader tells "end =" and "ret =" apart.
 */
static int keyword(const char *s)
{
	static const char *const words[] = {
		"func", "const", "file", "decl", "suppress", "call", "goto",
		"br",
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (!strcmp(s, words[i]))
			return 1;
	return 0;
}

static int plain_name(const char *s)
{
	if (!*s || isdigit((unsigned char)*s) || keyword(s))
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '$')
			return 0;
	return 1;
}

static void put_name(FILE *out, const char *s)
{
	if (plain_name(s)) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void put_value(FILE *out, const struct pgc_value *v);

/* Operand of a prefix or postfix operator: parenthesise + forms. */
static void put_operand(FILE *out, const struct pgc_value *v)
{
	if (v->kind == PGC_V_ADD || (v->kind == PGC_V_CONST && v->num < 0)) {
		fputc('(', out);
		put_value(out, v);
		fputc(')', out);
	} else {
		put_value(out, v);
	}
}

/* Base of a postfix operator: prefix forms need parentheses too. */
static void put_postfix_base(FILE *out, const struct pgc_value *v)
{
	if (v->kind == PGC_V_DEREF || v->kind == PGC_V_ADDR) {
		fputc('(', out);
		put_value(out, v);
		fputc(')', out);
	} else {
		put_operand(out, v);
	}
}

static void put_value(FILE *out, const struct pgc_value *v)
{
	switch (v->kind) {
	case PGC_V_UNKNOWN:
		fputc('?', out);
		break;
	case PGC_V_CONST:
		fprintf(out, "%" PRId64, v->num);
		break;
	case PGC_V_VAR:
		put_name(out, v->name);
		break;
	case PGC_V_DEREF:
		fputc('*', out);
		put_operand(out, v->base);
		break;
	case PGC_V_ADDR:
		fputc('&', out);
		put_operand(out, v->base);
		break;
	case PGC_V_FIELD:
		put_postfix_base(out, v->base);
		fputc('.', out);
		put_name(out, v->name);
		break;
	case PGC_V_INDEX:
		put_postfix_base(out, v->base);
		if (v->index_known) {
			fprintf(out, "[%" PRId64 "]", v->num);
		} else if (v->index) {
			fputc('[', out);
			put_value(out, v->index);
			fputc(']', out);
		} else {
			fputs("[?]", out);
		}
		break;
	case PGC_V_CALL:
		fprintf(out, "%%%" PRId64, v->num);
		break;
	case PGC_V_ADD:
		put_operand(out, v->base);
		if (v->num < 0)
			fprintf(out, " - %" PRIu64, (uint64_t)0 - (uint64_t)v->num);
		else
			fprintf(out, " + %" PRId64, v->num);
		break;
	}
}

static void put_pos(FILE *out, struct pgc_pos pos)
{
	if (!pos.line)
		return;
	fputs(" @", out);
	if (pos.file) {
		put_name(out, pos.file);
		fputc(':', out);
	}
	fprintf(out, "%u:%u", pos.line, pos.col);
}

static void put_attrs(FILE *out, unsigned int attrs)
{
	if (attrs & PGC_FN_NOALLOC)
		fputs(" noalloc", out);
	if (attrs & PGC_FN_MAY_ALLOC)
		fputs(" may_alloc", out);
}

static void put_event(FILE *out, const struct pgc_event *e)
{
	unsigned int i;

	fputs("  ", out);
	switch (e->kind) {
	case PGC_EV_CALL:
		fprintf(out, "%%%u = call ", e->id);
		if (e->callee)
			put_name(out, e->callee);
		else
			fputc('?', out);
		fputc('(', out);
		for (i = 0; i < e->nargs; i++) {
			if (i)
				fputs(", ", out);
			put_value(out, e->args[i]);
		}
		fputc(')', out);
		if (e->spelled) {
			fputs(" as ", out);
			put_name(out, e->spelled);
		}
		if (e->flags & PGC_EVF_CLEANUP)
			fputs(" cleanup", out);
		if (e->flags & PGC_EVF_NORETURN)
			fputs(" noreturn", out);
		break;
	case PGC_EV_ASSIGN:
		put_value(out, e->lhs);
		fputs(" = ", out);
		put_value(out, e->rhs);
		break;
	case PGC_EV_RETURN:
		fputs("ret", out);
		if (e->rhs) {
			fputc(' ', out);
			put_value(out, e->rhs);
		}
		break;
	}
	put_pos(out, e->pos);
	fputc('\n', out);
}

static void put_func(FILE *out, const struct pgc_func *f)
{
	unsigned int i, j;

	if (!f->has_body) {
		fputs("decl ", out);
		put_name(out, f->name);
		put_attrs(out, f->attrs);
		fputc('\n', out);
		return;
	}
	fputs("func ", out);
	put_name(out, f->name);
	fputc('(', out);
	for (i = 0; i < f->nparams; i++) {
		if (i)
			fputs(", ", out);
		put_name(out, f->params[i]);
	}
	fputc(')', out);
	put_attrs(out, f->attrs);
	put_pos(out, f->pos);
	fputc('\n', out);
	for (i = 0; i < f->nblocks; i++) {
		const struct pgc_block *b = f->blocks[i];

		fprintf(out, "bb%u:\n", b->id);
		for (j = 0; j < b->nevents; j++)
			put_event(out, &b->events[j]);
		if (b->cond) {
			fputs("  br ", out);
			put_value(out, b->cond);
			fprintf(out, " bb%u bb%u\n", b->succs[0], b->succs[1]);
		} else if (b->nsuccs) {
			fputs("  goto", out);
			for (j = 0; j < b->nsuccs; j++)
				fprintf(out, " bb%u", b->succs[j]);
			fputc('\n', out);
		}
	}
	fputs("end\n", out);
}

int pgc_ir_write(FILE *out, const struct pgc_tu *tu)
{
	unsigned int i;

	fputs("# pgcheck IR\n", out);
	for (i = 0; i < tu->nconsts; i++) {
		fputs("const ", out);
		put_name(out, tu->consts[i].name);
		fprintf(out, " %" PRId64 "\n", tu->consts[i].value);
	}
	for (i = 0; i < tu->nsupps; i++) {
		const struct pgc_suppression *s = &tu->supps[i];

		fputs("suppress ", out);
		put_name(out, s->pos.file ? s->pos.file : "?");
		fprintf(out, ":%u %s %s\n", s->pos.line, s->rule, s->reason);
	}
	for (i = 0; i < tu->nfuncs; i++)
		put_func(out, tu->funcs[i]);
	return ferror(out) ? -1 : 0;
}
