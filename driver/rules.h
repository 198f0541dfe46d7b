/* SPDX-License-Identifier: GPL-2.0 */
/* What each rule id means, for the SARIF rule metadata and --help. */
#ifndef PGCHECK_DRIVER_RULES_H
#define PGCHECK_DRIVER_RULES_H

struct rule_info {
	const char *id;
	const char *name;	/* SARIF "name": PascalCase */
	const char *summary;	/* one line */
	const char *help;	/* a short paragraph: what is wrong, what to do */
};

extern const struct rule_info rule_infos[];
extern const int nr_rule_infos;

const struct rule_info *rule_info(const char *id);

#endif
