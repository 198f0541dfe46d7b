// SPDX-License-Identifier: GPL-2.0
/*
 * ref-sim: run the reference kernel paths under the simulator.
 *
 *   ref-sim [--seeds N] [--first S] [--steps K] [--walks W]
 *           [--fail-mode M] [--check-every-step] [--invlpg-all]
 *   ref-sim --expect hazard|sleep|noalloc [--seeds N] ...
 *   ref-sim --fallback
 *
 * Plain runs pass (exit 0) when no seed faults.  With --expect the run
 * passes when the first fault, within N seeds, is of the expected class:
 * that is how a broken variant proves the simulator catches it.  Exit 1
 * on failure, 2 on bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"

#ifndef REF_VARIANT
#define REF_VARIANT "correct"
#endif

static void usage(const char *why)
{
	fprintf(stderr, "ref-sim: %s\n"
		"usage: ref-sim [--seeds N] [--first S] [--steps K] "
		"[--walks W] [--fail-mode 0-3]\n"
		"               [--check-every-step] [--invlpg-all] "
		"[--expect hazard|sleep|noalloc] [--fallback] [-v]\n", why);
	exit(2);
}

static unsigned long num(const char *opt, const char *arg)
{
	char *end;
	unsigned long v;

	if (!arg)
		usage("missing value");
	v = strtoul(arg, &end, 10);
	if (*end || end == arg) {
		fprintf(stderr, "ref-sim: %s: not a number: %s\n", opt, arg);
		exit(2);
	}
	return v;
}

static void print_line(const char *line)
{
	printf("%s\n", line);
}

static int in_class(enum sim_fault f, const char *class)
{
	if (!strcmp(class, "hazard"))
		return sim_fault_is_hazard(f);
	if (!strcmp(class, "sleep"))
		return f == SIM_SLEEP_IN_ATOMIC;
	return f == SIM_ALLOC_IN_NOALLOC;
}

int main(int argc, char **argv)
{
	struct sim_run_opts o = { .steps = 60, .fail_mode = -1 };
	struct sim_run_stats st = { 0 };
	unsigned long seeds = 1000, first = 0, s;
	unsigned long walks = 4;
	const char *expect = NULL;
	int fallback = 0, invlpg_all = 0, verbose = 0;
	int i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--seeds"))
			seeds = num(a, argv[++i]);
		else if (!strcmp(a, "--first"))
			first = num(a, argv[++i]);
		else if (!strcmp(a, "--steps"))
			o.steps = num(a, argv[++i]);
		else if (!strcmp(a, "--walks"))
			walks = num(a, argv[++i]);
		else if (!strcmp(a, "--fail-mode"))
			o.fail_mode = (int)num(a, argv[++i]);
		else if (!strcmp(a, "--check-every-step"))
			o.check_every_step = 1;
		else if (!strcmp(a, "--invlpg-all"))
			invlpg_all = 1;
		else if (!strcmp(a, "--fallback"))
			fallback = 1;
		else if (!strcmp(a, "-v"))
			verbose = 1;
		else if (!strcmp(a, "--expect")) {
			expect = argv[++i];
			if (!expect || (strcmp(expect, "hazard") &&
					strcmp(expect, "sleep") &&
					strcmp(expect, "noalloc")))
				usage("--expect takes hazard, sleep or noalloc");
		} else {
			usage("unknown argument");
		}
	}
	if (o.fail_mode > 3)
		usage("--fail-mode is 0 (none), 1 (every Nth), 2 (random) "
		      "or 3 (none)");

	sim_init(SIM_DEFAULT_FRAMES);
	/* sim_reset() keeps these: they hold for every seed. */
	sim.walks_per_op = walks;
	sim.invlpg_all = invlpg_all;
	if (verbose)
		sim.trace = print_line;

	if (fallback) {
		enum sim_fault f;

		f = sim_test_fallback();
		if (f != SIM_OK) {
			sim_print_report(&sim.report);
			return 1;
		}
		printf("ref-sim[%s]: fallback test passed\n", REF_VARIANT);
		return 0;
	}

	for (s = first; s < first + seeds; s++) {
		enum sim_fault f;

		f = sim_run_seed(s, &o, &st);
		if (f == SIM_OK)
			continue;
		printf("ref-sim[%s]: ", REF_VARIANT);
		sim_print_report(&sim.report);
		if (expect && in_class(f, expect)) {
			printf("ref-sim[%s]: caught (%s) at seed %lu after %lu "
			       "seeds\n", REF_VARIANT, expect, s, s - first + 1);
			return 0;
		}
		if (expect)
			printf("ref-sim[%s]: the first fault is not of class "
			       "%s\n", REF_VARIANT, expect);
		return 1;
	}
	printf("ref-sim[%s]: %lu seeds x %u steps: %lu maps (%lu 1G, %lu 2M "
	       "leaves), %lu unmaps, %lu hot-removes, %lu ENOMEM, %lu "
	       "fallbacks; %lu operations, %lu walks; no fault\n",
	       REF_VARIANT, seeds, o.steps, st.maps, st.huge_puds,
	       st.huge_pmds, st.unmaps, st.removes, st.enomem, st.fallbacks,
	       st.ops, st.walks);
	if (expect) {
		printf("ref-sim[%s]: expected a %s within %lu seeds, none "
		       "caught\n", REF_VARIANT, expect, seeds);
		return 1;
	}
	return 0;
}
