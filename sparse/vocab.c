// SPDX-License-Identifier: GPL-2.0
/*
 * What the front end asks the core's vocabulary: the names of the constants
 * it reads from the code, and whether a name is in the table (spell.c).
 * core.h has no public accessor for either yet, so this reads the core's
 * parsed table through its internal header; it is the only file that does,
 * and it goes once the core exports them (docs/sparse.md, "Requests to the
 * core").
 */
#include "consts.h"
#include "vocab.h"	/* core/src: struct pgc_vocab */

void vocab_const_names(const struct pgc_vocab *v,
		       void (*fn)(const char *name, void *ctx), void *ctx)
{
	unsigned int i, lvl;

	for (i = 0; i < v->nsleep_bits; i++)
		fn(v->sleep_bit[i], ctx);
	for (lvl = 0; lvl < PGC_NLEVELS; lvl++)
		for (i = 0; i < sizeof(v->spans[lvl]) / sizeof(v->spans[lvl][0]);
		     i++)
			if (v->spans[lvl][i])
				fn(v->spans[lvl][i], ctx);
}

int vocab_has_name(const struct pgc_vocab *v, const char *name)
{
	return pgc_vocab_func(v, name) != NULL;
}
