// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgs_options.h"

#define PREFIX "--pgcheck-"

void pgs_usage(FILE *out)
{
	fputs("usage: pgcheck-sparse [SPARSE OPTIONS] [PGCHECK OPTIONS] FILE.c...\n"
	      "Runs sparse on each FILE, then pgcheck's rules; every sparse and\n"
	      "gcc option is accepted (use as make C=1/C=2 CHECK=pgcheck-sparse).\n"
	      "\n"
	      "  --pgcheck-config=FILE   add a user vocabulary/config file\n"
	      "  --pgcheck-rules=LIST    run only these rules (comma-separated ids)\n"
	      "  --pgcheck-rt            PREEMPT_RT mode: raw spinlocks and IRQs-off\n"
	      "                          sections forbid GFP_ATOMIC too\n"
	      "  --pgcheck-dump-ir       print the IR of each file on stdout\n"
	      "  --pgcheck-exit-status   exit 1 when there are findings\n"
	      "  --pgcheck-error         report findings as errors and exit 1\n"
	      "  --pgcheck-off           behave exactly as sparse (no analysis)\n"
	      "  --pgcheck-help          this text\n"
	      "\n"
	      "Exit status: 0 (findings are warnings, so kernel builds go on),\n"
	      "1 findings with --pgcheck-exit-status or --pgcheck-error,\n"
	      "2 the input does not parse, a bad option or config file.\n",
	      out);
}

static int parse_rules(struct pgs_options *o, const char *list)
{
	char buf[256], *tok, *save = NULL;
	int r;

	if (strlen(list) >= sizeof(buf) || !*list) {
		fprintf(stderr, "pgcheck-sparse: error: bad rule list '%s'\n",
			list);
		return -1;
	}
	strcpy(buf, list);
	for (r = 0; r < PGC_NRULES; r++)
		o->analysis.enabled[r] = 0;
	for (tok = strtok_r(buf, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		r = pgc_rule_lookup(tok);
		if (r < 0) {
			fprintf(stderr,
				"pgcheck-sparse: error: unknown rule '%s'\n",
				tok);
			return -1;
		}
		o->analysis.enabled[r] = 1;
	}
	return 0;
}

int pgs_parse_options(struct pgs_options *o, int *argc, char **argv)
{
	int i, out = 1;

	memset(o, 0, sizeof(*o));
	pgc_options_init(&o->analysis);
	o->enabled = 1;
	o->configs = calloc(*argc + 1, sizeof(*o->configs));
	if (!o->configs)
		return -1;
	for (i = 1; i < *argc; i++) {
		const char *a = argv[i];

		if (strncmp(a, PREFIX, strlen(PREFIX))) {
			argv[out++] = argv[i];
			continue;
		}
		a += strlen(PREFIX);
		if (!strncmp(a, "config=", 7) && a[7]) {
			o->configs[o->nconfigs++] = a + 7;
		} else if (!strncmp(a, "rules=", 6)) {
			if (parse_rules(o, a + 6))
				return -1;
		} else if (!strcmp(a, "rt")) {
			o->analysis.preempt_rt = 1;
		} else if (!strcmp(a, "dump-ir")) {
			o->dump_ir = 1;
		} else if (!strcmp(a, "exit-status")) {
			o->exit_status = 1;
		} else if (!strcmp(a, "error")) {
			o->as_errors = 1;
		} else if (!strcmp(a, "off")) {
			o->enabled = 0;
		} else if (!strcmp(a, "help")) {
			pgs_usage(stdout);
			exit(0);
		} else {
			fprintf(stderr,
				"pgcheck-sparse: error: unknown option '%s'\n"
				"(pgcheck-sparse --pgcheck-help lists them)\n",
				argv[i]);
			return -1;
		}
	}
	argv[out] = NULL;
	*argc = out;
	return 0;
}
