// SPDX-License-Identifier: GPL-2.0
/*
 * pgcheck: one command for pre-submit CI.  Runs the chosen engines over
 * files, directories, a compile_commands.json or what a git range
 * changed, merges their findings and prints text, JSON or SARIF 2.1.0.
 * Exit status: 0 no findings, 1 findings, 2 usage or tool error.
 */
#include "baseline.h"
#include "engines.h"
#include "gitdiff.h"
#include "report.h"
#include "runner.h"
#include "units.h"
#include "util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PGCHECK_ENGINES_FILE
#define PGCHECK_ENGINES_FILE "engines.txt"
#endif
#ifndef PGCHECK_DOCS_DIR
#define PGCHECK_DOCS_DIR "docs"
#endif

enum format { FMT_TEXT, FMT_JSON, FMT_SARIF };

struct options {
	const char *engines;	/* --engine list, NULL: those built */
	enum format format;
	const char *output;
	const char *compdb;
	const char *diff;
	const char *baseline;
	const char *engines_file;
	char *docs;
	int jobs;
	int progress;		/* -1: automatic */
	int quiet;
	struct strvec extra;	/* passed to every adapter */
	struct strvec paths;
};

static const char usage_text[] =
"usage: pgcheck [OPTION]... [FILE.c | DIR | compile_commands.json]...\n"
"Check Linux-kernel C code for page-table and allocation-context bugs with\n"
"every chosen engine, and print their merged findings.\n"
"\n"
"  -e, --engine=LIST       clang,sparse,cocci or all (default: every engine\n"
"                          this build has; a missing one is named)\n"
"  -f, --format=FMT        text (default), json or sarif (SARIF 2.1.0)\n"
"  -o, --output=FILE       write the report to FILE\n"
"  -p, --compile-commands=PATH  a compile_commands.json or its directory;\n"
"                          FILE/DIR arguments then select its entries\n"
"      --diff=BASE..HEAD   only what the range changed: its .c files, and\n"
"                          findings on changed lines or in changed functions\n"
"      --baseline=FILE     only findings not in FILE (an earlier JSON report)\n"
"  -j, --jobs=N            run N engine processes at once (default: CPUs)\n"
"  -I DIR, -D NAME[=VAL]   include directory / macro for every file\n"
"      --config=FILE       a user vocabulary config, passed to the engines\n"
"      --rt                PREEMPT_RT mode\n"
"      --engines-file=FILE the build's engine list (default: the build's,\n"
"                          or $PGCHECK_ENGINES_FILE)\n"
"      --docs-url=URL      where docs/ is published (SARIF help links)\n"
"      --progress, --no-progress  progress line (default: on a terminal\n"
"                          unless $CI is set)\n"
"  -q, --quiet             no notices or summary on stderr\n"
"  -h, --help, -V, --version\n"
"\n"
"Exit status: 0 no findings, 1 findings, 2 usage or tool error (bad input,\n"
"missing engine, a file an engine could not parse).\n";

static int usage_error(const char *fmt, const char *arg)
{
	fputs("pgcheck: error: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'pgcheck --help'.\n", stderr);
	return 2;
}

static int parse_options(int argc, char **argv, struct options *o)
{
	enum { O_DIFF = 256, O_BASELINE, O_CONFIG, O_RT, O_ENGINES_FILE,
	       O_DOCS, O_PROGRESS, O_NO_PROGRESS };
	static const struct option longopts[] = {
		{ "engine", required_argument, NULL, 'e' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "compile-commands", required_argument, NULL, 'p' },
		{ "diff", required_argument, NULL, O_DIFF },
		{ "baseline", required_argument, NULL, O_BASELINE },
		{ "jobs", required_argument, NULL, 'j' },
		{ "config", required_argument, NULL, O_CONFIG },
		{ "rt", no_argument, NULL, O_RT },
		{ "engines-file", required_argument, NULL, O_ENGINES_FILE },
		{ "docs-url", required_argument, NULL, O_DOCS },
		{ "progress", no_argument, NULL, O_PROGRESS },
		{ "no-progress", no_argument, NULL, O_NO_PROGRESS },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ 0 }
	};
	/*
	 * Options with one value: given twice is a mistake (two -o, two
	 * --format in a CI script), not "the last one wins".  -I, -D and
	 * --config add up; flags are idempotent.
	 */
	static const int once[] = { 'e', 'f', 'o', 'p', 'j', O_DIFF,
				    O_BASELINE, O_ENGINES_FILE, O_DOCS };
	unsigned int given = 0;
	int c, li;
	char *end, *p;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":e:f:o:p:j:I:D:qhV", longopts,
				NULL)) != -1) {
		for (unsigned int k = 0; k < sizeof(once) / sizeof(*once); k++) {
			if (once[k] != c)
				continue;
			if (given & (1u << k)) {
				for (li = 0; longopts[li].val != c; li++)
					;
				return usage_error("option --%s given twice",
						   longopts[li].name);
			}
			given |= 1u << k;
		}
		switch (c) {
		case 'e':
			o->engines = optarg;
			break;
		case 'f':
			if (!strcmp(optarg, "text"))
				o->format = FMT_TEXT;
			else if (!strcmp(optarg, "json"))
				o->format = FMT_JSON;
			else if (!strcmp(optarg, "sarif"))
				o->format = FMT_SARIF;
			else
				return usage_error("unknown format '%s' (want "
						   "text, json or sarif)",
						   optarg);
			break;
		case 'o':
			o->output = optarg;
			break;
		case 'p':
			o->compdb = optarg;
			break;
		case O_DIFF:
			o->diff = optarg;
			break;
		case O_BASELINE:
			o->baseline = optarg;
			break;
		case 'j':
			o->jobs = strtol(optarg, &end, 10);
			if (*end || o->jobs < 1 || o->jobs > 1024)
				return usage_error("-j wants a number from 1 "
						   "to 1024, not '%s'", optarg);
			break;
		case 'I':
			sv_push(&o->extra, "-I");
			p = abs_path(NULL, optarg);
			sv_push(&o->extra, p);
			free(p);
			break;
		case 'D':
			p = xasprintf("-D%s", optarg);
			sv_push(&o->extra, p);
			free(p);
			break;
		case O_CONFIG:
			if (access(optarg, R_OK) < 0) {
				error("--config %s: %m", optarg);
				return 2;
			}
			sv_push(&o->extra, "--config");
			p = abs_path(NULL, optarg);
			sv_push(&o->extra, p);
			free(p);
			break;
		case O_RT:
			sv_push(&o->extra, "--rt");
			break;
		case O_ENGINES_FILE:
			o->engines_file = optarg;
			break;
		case O_DOCS:
			free(o->docs);
			o->docs = xasprintf("%s%s", optarg,
					    has_suffix(optarg, "/") ? "" : "/");
			break;
		case O_PROGRESS:
			o->progress = 1;
			break;
		case O_NO_PROGRESS:
			o->progress = 0;
			break;
		case 'q':
			o->quiet = 1;
			break;
		case 'h':
			fputs(usage_text, stdout);
			exit(0);
		case 'V':
			printf("pgcheck %s\n", PGCHECK_VERSION);
			exit(0);
		case ':':
			return usage_error("option '%s' needs an argument",
					   argv[optind - 1]);
		default:
			return usage_error("unknown option '%s'",
					   argv[optind - 1]);
		}
	}
	for (int i = optind; i < argc; i++)
		sv_push(&o->paths, argv[i]);
	return 0;
}

/* Which engines to run: a mask, or -1 after printing why not. */
static int choose_engines(const struct options *o)
{
	unsigned want = 0, have = 0;
	int explicit = o->engines != NULL, bad = 0;

	for (int e = 0; e < NR_ENGINES; e++)
		if (engines[e].adapter)
			have |= 1u << e;
	if (!explicit || !strcmp(o->engines, "all")) {
		want = (1u << NR_ENGINES) - 1;
	} else {
		for (const char *s = o->engines; *s;) {
			size_t n = strcspn(s, ",");
			int e = engine_by_name(s, n);

			if (e < 0) {
				char *name = xstrndup(s, n);

				usage_error("unknown engine '%s' (want clang, "
					    "sparse, cocci or all)", name);
				free(name);
				return -1;
			}
			want |= 1u << e;
			s += n + (s[n] == ',');
		}
	}
	for (int e = 0; e < NR_ENGINES; e++) {
		if (!(want & ~have & (1u << e)))
			continue;
		if (explicit) {
			error("engine %s is not available: %s; to fix: %s",
			      engines[e].name, engines[e].why_missing,
			      engine_fix(e));
			bad = 1;
		} else if (!o->quiet) {
			notice("engine %s not run: %s; to add it: %s",
			       engines[e].name, engines[e].why_missing,
			       engine_fix(e));
		}
	}
	if (bad)
		return -1;
	if (!(want & have)) {
		error("no engine is available; build at least one (see the "
		      "notices above)");
		return -1;
	}
	return want & have;
}

static int compdb_path(const char *p, char **out)
{
	struct stat st;

	if (stat(p, &st) < 0) {
		error("%s: %m", p);
		return -1;
	}
	*out = S_ISDIR(st.st_mode) ? xasprintf("%s/compile_commands.json", p) :
				     xstrdup(p);
	return 0;
}

/* The units to check, from the arguments and --diff. */
static int collect_units(struct options *o, struct changes *ch,
			 struct units *us)
{
	struct strvec filter = { 0 }, changed = { 0 };
	char *db = NULL;
	int rc = 0;

	/* A *.json argument is a compile_commands.json. */
	for (int i = 0; i < o->paths.n; i++) {
		if (has_suffix(o->paths.v[i], ".json")) {
			if (o->compdb) {
				error("give one compile_commands.json");
				return -1;
			}
			o->compdb = o->paths.v[i];
		}
	}
	if (o->compdb && compdb_path(o->compdb, &db) < 0)
		return -1;
	for (int i = 0; i < o->paths.n && !rc; i++) {
		const char *p = o->paths.v[i];

		if (has_suffix(p, ".json"))
			continue;
		if (db) {
			char *abs = abs_path(NULL, p);

			if (access(p, F_OK) < 0) {
				error("%s: %m", p);
				rc = -1;
			}
			sv_push(&filter, abs);	/* pushes a copy */
			free(abs);
		} else {
			rc = units_add_path(us, p);
		}
	}
	if (!rc && db)
		rc = units_add_compdb(us, db, &filter);
	free(db);
	sv_free(&filter);
	if (rc)
		return -1;
	if (o->diff) {
		const char *hdr;

		if (gitdiff_load(o->diff, ch) < 0)
			return -1;
		gitdiff_sources(ch, &changed);
		if (!o->paths.n && !o->compdb) {
			for (int i = 0; i < changed.n; i++)
				if (access(changed.v[i], R_OK) == 0 &&
				    units_add_path(us, changed.v[i]) < 0)
					return -1;
		} else if (gitdiff_header_changed(ch, &hdr)) {
			/* It may be included anywhere: check everything. */
			if (!o->quiet)
				notice("%s changed: checking every file given",
				       display_path(hdr));
		} else {
			units_restrict(us, &changed);
		}
		if (!o->paths.n && !o->compdb && !o->quiet &&
		    gitdiff_header_changed(ch, &hdr))
			notice("%s changed; it is checked only through the "
			       "changed .c files (name the files or the "
			       "compile_commands.json that include it to "
			       "check it everywhere)", display_path(hdr));
		sv_free(&changed);
	} else if (!o->paths.n && !o->compdb) {
		usage_error("%s", "nothing to check: give files, directories, "
			    "a compile_commands.json or --diff");
		return -2;
	}
	units_finish(us);
	return 0;
}

static void summary(const struct options *o, const struct result *r)
{
	if (o->quiet)
		return;
	fprintf(stderr, "pgcheck: %d file%s, engines %s: %d finding%s",
		r->nr_units, r->nr_units == 1 ? "" : "s",
		engine_list(r->ran), r->fs.n, r->fs.n == 1 ? "" : "s");
	if (o->diff)
		fprintf(stderr, ", %d outside the diff", r->out_of_diff);
	if (o->baseline)
		fprintf(stderr, ", %d in the baseline", r->suppressed);
	if (r->nr_errors)
		fprintf(stderr, ", %d error%s", r->nr_errors,
			r->nr_errors == 1 ? "" : "s");
	fputc('\n', stderr);
}

int main(int argc, char **argv)
{
	/* Static: what one run collects lives until exit and stays reachable
	 * then (LeakSanitizer would report it: nothing frees it). */
	static struct options o = { .jobs = 0, .progress = -1 };
	static struct units us;
	static struct changes ch;
	static struct result r;
	struct run_options ro;
	const char *ef;
	FILE *out = stdout;
	char *keep;
	int mask, rc;

	rc = parse_options(argc, argv, &o);
	if (rc)
		return rc;
	ef = o.engines_file ? o.engines_file : getenv("PGCHECK_ENGINES_FILE");
	if (!ef || !ef[0])
		ef = PGCHECK_ENGINES_FILE;
	if (!o.docs)
		o.docs = xstrdup("file://" PGCHECK_DOCS_DIR "/");
	if (engines_load(ef) < 0)
		return 2;
	mask = choose_engines(&o);
	if (mask < 0)
		return 2;
	rc = collect_units(&o, &ch, &us);
	if (rc == -2)
		return 2;
	if (rc < 0)
		return 2;
	if (o.diff && !us.n && !o.quiet)
		notice("--diff %s changed no C file to check", o.diff);
	if (!o.jobs)
		o.jobs = sysconf(_SC_NPROCESSORS_ONLN) > 0 ?
			 sysconf(_SC_NPROCESSORS_ONLN) : 1;
	if (o.progress < 0) {
		const char *ci = getenv("CI");

		o.progress = isatty(2) && !(ci && ci[0]) && !o.quiet;
	}
	ro = (struct run_options){
		.engines = mask, .extra = &o.extra, .jobs = o.jobs,
		.progress = o.progress,
	};
	r.ran = mask;
	r.nr_units = us.n;
	if (run_engines(&us, &ro, &r) < 0)
		return 2;
	merge_findings(&r.fs);
	annotate_findings(&r.fs);
	keep = xmalloc(r.fs.n + 1);
	memset(keep, 1, r.fs.n + 1);
	if (o.diff) {
		gitdiff_select(&ch, &r.fs, keep);
		for (int i = 0; i < r.fs.n; i++)
			r.out_of_diff += !keep[i];
	}
	if (o.baseline) {
		rc = baseline_apply(o.baseline, &r.fs, keep);
		if (rc < 0) {
			free(keep);
			return 2;
		}
		r.suppressed = rc;
	}
	filter_findings(&r.fs, keep);
	free(keep);
	if (o.output && !(out = fopen(o.output, "w"))) {
		error("cannot write %s: %m", o.output);
		return 2;
	}
	if (o.format == FMT_JSON)
		rc = report_json(out, &r);
	else if (o.format == FMT_SARIF)
		rc = report_sarif(out, &r, o.docs);
	else
		report_text(out, &r), rc = 0;
	if (fflush(out) == EOF || (out != stdout && fclose(out) == EOF)) {
		error("cannot write %s: %m", o.output ? o.output : "stdout");
		return 2;
	}
	report_errors(&r);
	summary(&o, &r);
	if (rc < 0 || r.nr_errors)
		return 2;
	return r.fs.n ? 1 : 0;
}
