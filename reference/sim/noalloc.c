// SPDX-License-Identifier: GPL-2.0
/*
 * Run-time meaning of __pgcheck_noalloc.  In the simulator build the
 * kernel paths are compiled with -finstrument-functions, and kpath_rt.h
 * puts every __pgcheck_noalloc function in its own section; entering a
 * function in that section raises sim.noalloc_depth, which the allocator
 * checks, the way might_sleep() checks the preempt count.  Callees are
 * covered: the depth stays up until the annotated function returns.
 */
#include "sim.h"

extern char __start_pgcheck_noalloc_text[] __attribute__((weak));
extern char __stop_pgcheck_noalloc_text[] __attribute__((weak));

void __cyg_profile_func_enter(void *fn, void *site)
	__attribute__((no_instrument_function));
void __cyg_profile_func_exit(void *fn, void *site)
	__attribute__((no_instrument_function));

static int in_noalloc_section(const void *fn)
{
	const char *p = fn;

	return p >= __start_pgcheck_noalloc_text &&
	       p < __stop_pgcheck_noalloc_text;
}

void __cyg_profile_func_enter(void *fn, void *site)
{
	if (in_noalloc_section(fn))
		sim.noalloc_depth++;
}

void __cyg_profile_func_exit(void *fn, void *site)
{
	if (in_noalloc_section(fn))
		sim.noalloc_depth--;
}
