// SPDX-License-Identifier: GPL-2.0
/* Rule ids and the default diagnostic printer (BRIEF §2 format). */
#include <stdio.h>
#include <string.h>

#include "pgcheck/core.h"

static const char *const rule_ids[PGC_NRULES] = {
	[PGC_RULE_PGTABLE_FREE_UNFLUSHED] = "pgtable-free-unflushed",
	[PGC_RULE_FLUSH_RANGE_SHORT] = "flush-range-short",
	[PGC_RULE_SLEEPING_ALLOC_IN_ATOMIC] = "sleeping-alloc-in-atomic",
	[PGC_RULE_ALLOC_IN_NOALLOC] = "alloc-in-noalloc",
};

const char *pgc_rule_id(enum pgc_rule r)
{
	return (unsigned int)r < PGC_NRULES ? rule_ids[r] : NULL;
}

int pgc_rule_lookup(const char *name)
{
	int i;

	for (i = 0; i < PGC_NRULES; i++)
		if (!strcmp(rule_ids[i], name))
			return i;
	return -1;
}

static void put_pos(FILE *out, struct pgc_pos pos)
{
	fprintf(out, "%s:%u:%u", pos.file ? pos.file : "<unknown>", pos.line,
		pos.col ? pos.col : 1);
}

void pgc_print_diag(FILE *out, const struct pgc_diag *d)
{
	unsigned int i;

	put_pos(out, d->pos);
	fprintf(out, ": warning: %s [pgcheck-%s]\n", d->message, d->rule);
	for (i = 0; i < d->nnotes; i++) {
		put_pos(out, d->notes[i].pos);
		fprintf(out, ": note: %s\n", d->notes[i].label);
	}
	if (d->fix) {
		put_pos(out, d->fix->begin);
		fprintf(out, ": note: suggested change: \"%s\"\n", d->fix->text);
	}
}

void pgc_options_init(struct pgc_options *o)
{
	int i;

	memset(o, 0, sizeof(*o));
	for (i = 0; i < PGC_NRULES; i++)
		o->enabled[i] = 1;
	o->scan_sources = 1;
	o->notices = stderr;
}
