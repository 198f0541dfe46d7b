// SPDX-License-Identifier: GPL-2.0
/*
 * Per-TU constants read from the code under analysis: the value of the gfp
 * bit that makes a mask sleep and the span of one entry per level.  Which
 * macros those are comes from the vocabulary (categories gfp-sleep-bit and
 * span); their values come from the macros as this translation unit defines
 * them, evaluated by sparse itself after the file was parsed.
 */
#include <string.h>

#include "consts.h"
#include "expression.h"
#include "evaluate.h"
#include "parse.h"
#include "token.h"

/*
 * The value of macro name, or 0 if the TU does not define it as an
 * integer constant expression.
 */
static int macro_value(const char *name, long long *value)
{
	struct ident *id = built_in_ident(name);
	struct symbol *macro = lookup_symbol(id, NS_MACRO);
	struct expression *expr = NULL;
	struct token *tok, *end;
	char buf[128];
	size_t n;

	if (!macro || macro->namespace != NS_MACRO || macro->arglist)
		return 0;
	n = strlen(name);
	if (n + 2 > sizeof(buf))
		return 0;
	memcpy(buf, name, n);
	buf[n] = '\n';
	buf[n + 1] = '\0';
	tok = tokenize_buffer(buf, n + 1, &end);
	tok = preprocess(tok);
	if (token_type(tok) == TOKEN_STREAMBEGIN)
		tok = tok->next;
	tok = parse_expression(tok, &expr);
	if (!expr || (token_type(tok) != TOKEN_EOF &&
		      token_type(tok) != TOKEN_STREAMEND))
		return 0;
	if (!evaluate_expression(expr) || !(expr->flags & CEF_ICE))
		return 0;
	*value = get_expression_value_silent(expr);
	return expr->type == EXPR_VALUE;
}

static void read_one(const char *name, void *ctx)
{
	struct pgc_tu *tu = ctx;
	long long value;

	if (macro_value(name, &value))
		pgc_tu_set_const(tu, name, value);
}

void read_tu_consts(struct pgc_tu *tu, const struct pgc_vocab *v)
{
	vocab_const_names(v, read_one, tu);
}
