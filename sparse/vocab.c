// SPDX-License-Identifier: GPL-2.0
/*
 * What the front end asks the core's vocabulary: the names of the constants
 * it reads from the code (consts.c), and whether a name is in the table
 * (spell.c).  Both go through the core's public API.
 */
#include "consts.h"

void vocab_const_names(const struct pgc_vocab *v,
		       void (*fn)(const char *name, void *ctx), void *ctx)
{
	pgc_vocab_for_each_const(v, fn, ctx);
}

int vocab_has_name(const struct pgc_vocab *v, const char *name)
{
	return pgc_vocab_category(v, name) != NULL;
}
