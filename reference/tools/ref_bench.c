// SPDX-License-Identifier: GPL-2.0
/*
 * ref-bench: simulated operations per second on the correct build.
 * An operation is one kernel primitive (entry write, allocation, free,
 * flush, lock); each is followed by the speculative walker's turn.
 *
 *   ref-bench [--seconds S] [--walks W]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sim.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	struct sim_run_opts o = { .steps = 60, .fail_mode = -1 };
	struct sim_run_stats st = { 0 };
	double seconds = 2.0, t0, t;
	unsigned long seed = 0;
	int i;

	sim_init(SIM_DEFAULT_FRAMES);
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--seconds") && i + 1 < argc) {
			seconds = atof(argv[++i]);
		} else if (!strcmp(argv[i], "--walks") && i + 1 < argc) {
			sim.walks_per_op = (unsigned int)atoi(argv[++i]);
		} else {
			fprintf(stderr, "usage: ref-bench [--seconds S] "
				"[--walks W]\n");
			return 2;
		}
	}
	if (seconds <= 0) {
		fprintf(stderr, "ref-bench: --seconds must be positive\n");
		return 2;
	}

	t0 = now();
	do {
		if (sim_run_seed(seed++, &o, &st) != SIM_OK) {
			printf("ref-bench: seed %lu faulted: ", seed - 1);
			sim_print_report(&sim.report);
			return 1;
		}
		t = now() - t0;
	} while (t < seconds);

	printf("ref-bench: %lu seeds, %lu steps, %lu operations, %lu walks "
	       "in %.2f s\n", seed, st.steps, st.ops, st.walks, t);
	printf("ref-bench: %.0f simulated operations/s (target >= 10000), "
	       "%.0f walks/s, %.0f sequence steps/s\n",
	       st.ops / t, st.walks / t, st.steps / t);
	return 0;
}
