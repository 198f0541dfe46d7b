/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PGCHECK_SPARSE_CONSTS_H
#define PGCHECK_SPARSE_CONSTS_H

#include "lib.h"
#include "symbol.h"
#include "pgcheck/core.h"

/* Each macro name whose value the core wants from the code (vocab.c). */
void vocab_const_names(const struct pgc_vocab *v,
		       void (*fn)(const char *name, void *ctx), void *ctx);

/* Is name in the table (a function or macro name calls are classified by)? */
int vocab_has_name(const struct pgc_vocab *v, const char *name);

/* Set the TU constants (pgc_tu_set_const) the vocabulary asks for. */
void read_tu_consts(struct pgc_tu *tu, const struct pgc_vocab *v);

#endif
