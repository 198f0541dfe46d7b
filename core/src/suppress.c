// SPDX-License-Identifier: GPL-2.0
/*
 * Suppressions in the source: a comment holding
 *	pgcheck-suppress RULE[,RULE...]: reason
 * on the finding's line or the line above.  Comments are gone after
 * preprocessing, so the core reads the source file itself: both front ends
 * (and pgcheck-ir) get the same behaviour.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

#define MARKER	"pgcheck-suppress"

static void invalid(struct pgc_tu *tu, const char *path, unsigned int line,
		    unsigned int col, const char *why, pgc_diag_fn fn,
		    void *ctx, int *bad)
{
	struct pgc_diag d;
	char msg[512];

	(*bad)++;
	if (!fn)
		return;
	snprintf(msg, sizeof(msg), "malformed suppression: %s", why);
	memset(&d, 0, sizeof(d));
	d.rule = PGC_INVALID_SUPPRESSION;
	d.pos = pgc_pos_make(tu, path, line, col);
	d.message = msg;
	fn(&d, ctx);
}

/* Parse one marker; returns the number of suppressions added. */
static int parse_marker(struct pgc_tu *tu, const char *path, unsigned int line,
			unsigned int col, const char *p, pgc_diag_fn fn,
			void *ctx, int *bad)
{
	const char *colon = strchr(p, ':'), *r, *end;
	char rules[256], reason[512];
	size_t n;
	char *tok, *save;
	int added = 0;

	if (!colon || (size_t)(colon - p) >= sizeof(rules)) {
		invalid(tu, path, line, col, "expected 'pgcheck-suppress RULE: reason'",
			fn, ctx, bad);
		return 0;
	}
	memcpy(rules, p, (size_t)(colon - p));
	rules[colon - p] = '\0';
	r = colon + 1;
	while (isspace((unsigned char)*r))
		r++;
	end = strstr(r, "*/");
	n = end ? (size_t)(end - r) : strlen(r);
	while (n && isspace((unsigned char)r[n - 1]))
		n--;
	if (!n) {
		invalid(tu, path, line, col, "a reason is required after ':'",
			fn, ctx, bad);
		return 0;
	}
	if (n >= sizeof(reason))
		n = sizeof(reason) - 1;
	memcpy(reason, r, n);
	reason[n] = '\0';
	for (tok = strtok_r(rules, ", \t", &save); tok;
	     tok = strtok_r(NULL, ", \t", &save)) {
		if (!strncmp(tok, "pgcheck-", 8) && strcmp(tok, "*"))
			tok += 8;
		if (strcmp(tok, "*") && pgc_rule_lookup(tok) < 0) {
			char why[300];

			snprintf(why, sizeof(why), "unknown rule '%s'", tok);
			invalid(tu, path, line, col, why, fn, ctx, bad);
			continue;
		}
		pgc_tu_add_suppression(tu, pgc_pos_make(tu, path, line, 0), tok,
				       reason);
		added++;
	}
	if (!added && !*bad)
		invalid(tu, path, line, col, "no rule named", fn, ctx, bad);
	return added;
}

static int scan(struct pgc_tu *tu, const char *path, pgc_diag_fn fn,
		void *ctx, int *bad)
{
	FILE *f = fopen(path, "r");
	char buf[4096];
	unsigned int line = 0;
	int added = 0;

	if (!f)
		return -1;
	while (fgets(buf, sizeof(buf), f)) {
		char *m = strstr(buf, MARKER);

		line++;
		if (!m)
			continue;
		buf[strcspn(buf, "\n")] = '\0';
		added += parse_marker(tu, path, line, (unsigned int)(m - buf) + 1,
				      m + strlen(MARKER), fn, ctx, bad);
	}
	fclose(f);
	return added;
}

int pgc_scan_suppressions(struct pgc_tu *tu, const char *path,
			  pgc_diag_fn fn, void *ctx)
{
	int bad = 0;

	return scan(tu, path, fn, ctx, &bad);
}

int pgc_scan_suppressions_counted(struct pgc_tu *tu, const char *path,
				  pgc_diag_fn fn, void *ctx)
{
	int bad = 0;

	scan(tu, path, fn, ctx, &bad);
	return bad;
}
