// SPDX-License-Identifier: GPL-2.0
/*
 * The names of the constants a front end reads from the code, taken from
 * the core's vocabulary.  core.h has no public accessor for them yet, so
 * this reads the core's parsed table through its internal header; it is the
 * only file that does, and it goes once the core exports one (see
 * docs/sparse.md, "Requests to the core").
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
