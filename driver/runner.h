/* SPDX-License-Identifier: GPL-2.0 */
/* Run every chosen engine's adapter over every unit, N at a time. */
#ifndef PGCHECK_DRIVER_RUNNER_H
#define PGCHECK_DRIVER_RUNNER_H

#include "report.h"
#include "units.h"

struct run_options {
	unsigned engines;		/* mask of enum engine_id */
	const struct strvec *extra;	/* --config/--rt/-D/-I for adapters */
	int jobs;
	int progress;			/* a progress line on stderr */
};

/* Findings go to r->fs (unmerged), failures to r->errors.  -1: fatal. */
int run_engines(const struct units *us, const struct run_options *o,
		struct result *r);

#endif
