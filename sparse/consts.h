/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PGCHECK_SPARSE_CONSTS_H
#define PGCHECK_SPARSE_CONSTS_H

#include "lib.h"
#include "symbol.h"
#include "pgcheck/core.h"

/* Each macro name whose value the core wants from the code (vocab.c). */
void vocab_const_names(const struct pgc_vocab *v,
		       void (*fn)(const char *name, void *ctx), void *ctx);

/* Set the TU constants (pgc_tu_set_const) the vocabulary asks for. */
void read_tu_consts(struct pgc_tu *tu, const struct pgc_vocab *v);

#endif
