/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PGCHECK_SPARSE_SPELL_H
#define PGCHECK_SPARSE_SPELL_H

#include "pgcheck/core.h"

/* Set the spelled macro name of f's calls in file where the source shows
 * it unambiguously (spell.c). */
void spell_calls(struct pgc_tu *tu, struct pgc_func *f, const char *file,
		 const struct pgc_vocab *v);

/* Free the source text spell_calls() read. */
void spell_done(void);

#endif
