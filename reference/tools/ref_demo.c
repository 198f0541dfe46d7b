// SPDX-License-Identifier: GPL-2.0
/*
 * ref-demo: narrate one run of the pmd path, the 2018 hazard case.
 * Built once per variant of reference/mm; `ref-demo` (the fixed order)
 * and `ref-demo-order2018` tell the same story with different endings.
 */
#include <stdio.h>

#include "sim.h"

#ifndef REF_VARIANT
#define REF_VARIANT "correct"
#endif

static void print_line(const char *line)
{
	printf("  %s\n", line);
}

int main(void)
{
	enum sim_fault f;

	printf("== ref-demo, kernel paths built as: %s ==\n", REF_VARIANT);
	sim_init(SIM_DEFAULT_FRAMES);
	sim.trace = print_line;
	f = sim_demo();
	if (f == SIM_OK) {
		printf("result: no hazard: clear, flush, then free.\n");
		return 0;
	}
	printf("result: ");
	sim_print_report(&sim.report);
	/* A reproduced hazard is the story told, not a failure. */
	return sim_fault_is_hazard(f) ? 0 : 1;
}
