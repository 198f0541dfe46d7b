// SPDX-License-Identifier: GPL-2.0
/*
 * pgcheck-ir: run the analysis core on an IR text file.
 *
 *   pgcheck-ir [--config FILE]... [--rt] [--disable RULE|all] [--enable RULE]
 *              [--no-scan] [--summaries] [--dump-ir] [--verify] FILE.ir
 *
 * Prints findings as FILE:LINE:COL: warning: MESSAGE [pgcheck-RULE] (+ notes)
 * and exits 0 (none), 1 (findings) or 2 (bad usage or input).
 *
 * --verify compares the findings with "# expect: RULE[, RULE]" comments on
 * the IR file's lines and exits 0 when they match exactly, 1 otherwise.  An
 * IR file can ask for options in comments: "# pgcheck-rt" and
 * "# pgcheck-config: FILE" (relative to the IR file).
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgcheck/core.h"

struct expect {
	unsigned int line;
	char rule[64];
	int found;
};

struct run {
	const char *path;
	int verify;
	int findings;
	struct expect *exp;
	unsigned int nexp;
	int extra;
};

static void usage(void)
{
	fprintf(stderr,
		"usage: pgcheck-ir [--config FILE] [--rt] [--disable RULE|all]\n"
		"                  [--enable RULE] [--no-scan] [--summaries] [--dump-ir]\n"
		"                  [--verify] FILE.ir\n");
	exit(2);
}

static void on_diag(const struct pgc_diag *d, void *ctx)
{
	struct run *r = ctx;
	unsigned int i;

	r->findings++;
	if (!r->verify) {
		pgc_print_diag(stdout, d);
		return;
	}
	for (i = 0; i < r->nexp; i++) {
		struct expect *e = &r->exp[i];

		if (!e->found && e->line == d->pos.line &&
		    d->pos.file && !strcmp(d->pos.file, r->path) &&
		    !strcmp(e->rule, d->rule)) {
			e->found = 1;
			return;
		}
	}
	r->extra++;
	printf("UNEXPECTED ");
	pgc_print_diag(stdout, d);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t n = 0, cap = 0;
	int c;

	if (!f)
		return NULL;
	while ((c = getc(f)) != EOF) {
		if (n + 2 > cap) {
			char *p = realloc(text, cap = cap * 2 + 4096);

			if (!p) {
				free(text);
				fclose(f);
				return NULL;
			}
			text = p;
		}
		text[n++] = (char)c;
	}
	fclose(f);
	if (!text)
		text = calloc(1, 1);
	else
		text[n] = '\0';
	return text;
}

/* "# expect: a, b", "# pgcheck-rt", "# pgcheck-config: FILE" */
static void scan_directives(struct run *r, const char *text, int *rt,
			    char *config, size_t configlen)
{
	unsigned int line = 1;
	const char *p;

	for (p = text; *p; line++) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char buf[1024];
		char *m, *tok, *save;

		if (n >= sizeof(buf))
			n = sizeof(buf) - 1;
		memcpy(buf, p, n);
		buf[n] = '\0';
		p = nl ? nl + 1 : p + n;
		if (strstr(buf, "# pgcheck-rt"))
			*rt = 1;
		m = strstr(buf, "# pgcheck-config:");
		if (m) {
			m += strlen("# pgcheck-config:");
			while (isspace((unsigned char)*m))
				m++;
			m[strcspn(m, " \t")] = '\0';
			snprintf(config, configlen, "%s", m);
		}
		m = strstr(buf, "# expect:");
		if (!m)
			continue;
		m += strlen("# expect:");
		m[strcspn(m, "#")] = '\0';
		for (tok = strtok_r(m, ", \t", &save); tok;
		     tok = strtok_r(NULL, ", \t", &save)) {
			struct expect *e;

			r->exp = realloc(r->exp, (r->nexp + 1) * sizeof(*r->exp));
			if (!r->exp)
				exit(2);
			e = &r->exp[r->nexp++];
			e->line = line;
			e->found = 0;
			snprintf(e->rule, sizeof(e->rule), "%s", tok);
		}
	}
}

int main(int argc, char **argv)
{
	/* --config may be given several times: loaded in order, like the
	 * plugin's and sparse's; one file checked per run.  Static: kept
	 * for the whole run, reachable at exit (no LeakSanitizer report). */
	static const char **configs;
	const char *path = NULL;
	int nconfigs = 0;
	char err[1024], ir_config[512] = "", config_path[1024];
	struct pgc_options opts;
	struct pgc_vocab *v;
	struct pgc_tu *tu;
	struct run r;
	char *text;
	int i, dump = 0, rt = 0, n;

	configs = calloc(argc, sizeof(*configs));
	if (!configs)
		return 2;
	memset(&r, 0, sizeof(r));
	pgc_options_init(&opts);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--config") && i + 1 < argc) {
			configs[nconfigs++] = argv[++i];
		} else if (!strcmp(a, "--rt")) {
			opts.preempt_rt = 1;
		} else if ((!strcmp(a, "--disable") || !strcmp(a, "--enable")) &&
			   i + 1 < argc) {
			int on = !strcmp(a, "--enable"), rule;
			const char *name = argv[++i];

			if (!strcmp(name, "all")) {
				for (rule = 0; rule < PGC_NRULES; rule++)
					opts.enabled[rule] = on;
				continue;
			}
			rule = pgc_rule_lookup(name);
			if (rule < 0) {
				fprintf(stderr, "pgcheck-ir: unknown rule '%s'\n",
					name);
				return 2;
			}
			opts.enabled[rule] = on;
		} else if (!strcmp(a, "--summaries")) {
			opts.summaries = stdout;
		} else if (!strcmp(a, "--no-scan")) {
			opts.scan_sources = 0;
		} else if (!strcmp(a, "--dump-ir")) {
			dump = 1;
		} else if (!strcmp(a, "--verify")) {
			r.verify = 1;
		} else if (a[0] == '-' && a[1]) {
			usage();
		} else if (!path) {
			path = a;
		} else {
			usage();
		}
	}
	if (!path)
		usage();
	text = read_all(path);
	if (!text) {
		fprintf(stderr, "pgcheck-ir: %s: %s\n", path, strerror(errno));
		return 2;
	}
	r.path = path;
	scan_directives(&r, text, &rt, ir_config, sizeof(ir_config));
	if (rt)
		opts.preempt_rt = 1;
	tu = pgc_ir_read_text(text, path, err, sizeof(err));
	free(text);
	if (!tu) {
		fprintf(stderr, "pgcheck-ir: %s\n", err);
		free(r.exp);
		return 2;
	}
	if (dump) {
		n = pgc_ir_write(stdout, tu);
		pgc_tu_free(tu);
		free(r.exp);
		return n ? 2 : 0;
	}
	v = pgc_vocab_new_default();
	if (!v) {
		pgc_tu_free(tu);
		free(r.exp);
		return 2;
	}
	if (!nconfigs && ir_config[0]) {
		const char *slash = strrchr(path, '/');

		snprintf(config_path, sizeof(config_path), "%.*s%s",
			 slash ? (int)(slash - path + 1) : 0, path, ir_config);
		configs[nconfigs++] = config_path;
	}
	for (i = 0; i < nconfigs; i++) {
		if (!pgc_vocab_load_file(v, configs[i], err, sizeof(err)))
			continue;
		fprintf(stderr, "pgcheck-ir: %s\n", err);
		pgc_tu_free(tu);
		pgc_vocab_free(v);
		free(r.exp);
		return 2;
	}
	n = pgc_analyze(tu, v, &opts, on_diag, &r);
	pgc_tu_free(tu);
	pgc_vocab_free(v);
	if (n < 0) {
		fprintf(stderr, "pgcheck-ir: internal error\n");
		return 2;
	}
	if (r.verify) {
		int bad = r.extra;
		unsigned int k;

		for (k = 0; k < r.nexp; k++) {
			if (!r.exp[k].found) {
				printf("MISSING %s:%u: %s\n", path,
				       r.exp[k].line, r.exp[k].rule);
				bad++;
			}
		}
		free(r.exp);
		printf("%s: %u expected, %d reported, %d mismatches\n", path,
		       r.nexp, r.findings, bad);
		return bad ? 1 : 0;
	}
	free(r.exp);
	return n > 0 ? 1 : 0;
}
