/* SPDX-License-Identifier: GPL-2.0 */
/* Fingerprints that survive line moves, and --baseline FILE. */
#ifndef PGCHECK_DRIVER_BASELINE_H
#define PGCHECK_DRIVER_BASELINE_H

#include "findings.h"

/* Fill in function, snippet and fingerprint from the source files. */
void annotate_findings(struct findings *fs);
/*
 * Clear keep[i] for each finding matched by one in the JSON result at path
 * (each old finding matches at most one new one).  Returns how many were
 * matched, or -1 if the file is not a pgcheck JSON result.
 */
int baseline_apply(const char *path, const struct findings *fs, char *keep);

#endif
