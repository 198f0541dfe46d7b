// SPDX-License-Identifier: GPL-2.0
/*
 * pgcheck-sparse: sparse, plus pgcheck's rules.
 *
 * For each file it does what sparse does (parse, evaluate, then sparse's own
 * expand/linearize/context checks, with sparse's own diagnostics), and in
 * between translates the evaluated AST of every function defined in the file
 * (and of the functions they call that have a body in the translation unit)
 * into the core's IR and prints the core's findings in sparse's format.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"
#include "allocate.h"
#include "token.h"
#include "parse.h"
#include "symbol.h"
#include "expression.h"
#include "evaluate.h"

#include "consts.h"
#include "pgs_options.h"
#include "spell.h"
#include "walk.h"

/* sparse.c's per-file pass, made global at build time (CMakeLists.txt). */
void check_symbols(struct symbol_list *list);

/* Exit statuses. */
#define EXIT_FINDINGS	1
#define EXIT_TOOL_ERROR	2

/*
 * sparse exits with status 1 when it gives up (die(): no such file, too
 * many errors; -Wsparse-error): that is a tool error here, distinct from
 * "findings".  The link wraps exit() (-Wl,--wrap=exit, CMakeLists.txt), so
 * every exit(1) from inside sparse becomes 2; exit(0) (--version) stays 0.
 */
void __real_exit(int status) __attribute__((noreturn));
void __wrap_exit(int status) __attribute__((noreturn));

void __wrap_exit(int status)
{
	if (status == EXIT_FINDINGS)
		status = EXIT_TOOL_ERROR;
	__real_exit(status);
}

/*
 * Sparse 0.6.4 itself faults or fails an assert() on some invalid C
 * (nested functions with labels; fuzz/regressions/fuzz-sparse/): a tool
 * error too, with a message, not death by a signal.  In sanitizer builds
 * a fault in pgcheck's own code goes to the sanitizer, whose report says
 * more; one in sparse (in_sparse) is reported here in every build.
 */
#ifndef __has_feature
#define __has_feature(x) 0
#endif
#if defined(__SANITIZE_ADDRESS__) || __has_feature(address_sanitizer)
#define SANITIZED 1
#else
#define SANITIZED 0
#endif
static const char *checking = "";
static volatile sig_atomic_t in_sparse;	/* in sparse's own passes */
static const int fault_sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
static struct sigaction prev_fault[sizeof(fault_sigs) / sizeof(int)];

static void say(const char *s)
{
	(void)!write(2, s, strlen(s));
}

static void on_fault(int sig)
{
	unsigned int i;

	if (SANITIZED && !in_sparse) {
		/* Back to the sanitizer's handler: the fault repeats. */
		for (i = 0; i < sizeof(fault_sigs) / sizeof(int); i++)
			if (fault_sigs[i] == sig)
				sigaction(sig, &prev_fault[i], NULL);
		return;
	}
	say("pgcheck-sparse: error: internal error (");
	say(in_sparse ? "sparse" : "pgcheck-sparse");
	say(" crashed) while checking ");
	say(checking);
	say("\n");
	_exit(EXIT_TOOL_ERROR);
}

static void catch_faults(void)
{
	static char stack[1 << 16];	/* a stack overflow faults too */
	stack_t ss = { .ss_sp = stack, .ss_size = sizeof(stack) };
	struct sigaction sa = { .sa_handler = on_fault, .sa_flags = SA_ONSTACK };
	unsigned int i;

	sigaltstack(&ss, NULL);
	for (i = 0; i < sizeof(fault_sigs) / sizeof(int); i++)
		sigaction(fault_sigs[i], &sa, &prev_fault[i]);
}

struct report {
	const struct pgs_options *opts;
	unsigned int findings;
};

static void print_diag(const struct pgc_diag *d, void *ctx)
{
	struct report *r = ctx;
	unsigned int i;

	r->findings++;
	fflush(stdout);
	if (!r->opts->as_errors) {
		pgc_print_diag(stderr, d);
		return;
	}
	fprintf(stderr, "%s:%u:%u: error: %s [pgcheck-%s]\n",
		d->pos.file ? d->pos.file : "<unknown>", d->pos.line,
		d->pos.col, d->message, d->rule);
	for (i = 0; i < d->nnotes; i++)
		fprintf(stderr, "%s:%u:%u: note: %s\n",
			d->notes[i].pos.file ? d->notes[i].pos.file :
					       "<unknown>",
			d->notes[i].pos.line, d->notes[i].pos.col,
			d->notes[i].label);
}

static int defined_in(struct symbol *def, const char *file)
{
	static int stream = -1;

	if (def->pos.stream == stream)
		return 1;
	if (strcmp(stream_name(def->pos.stream), file))
		return 0;
	stream = def->pos.stream;
	return 1;
}

/* Translate file's functions (and their callees) and run the rules. */
static int analyze_file(const char *file, struct symbol_list *list,
			const struct pgc_vocab *vocab, struct report *r)
{
	struct fn_queue q = { NULL, 0, 0, 0, NULL, 0 };
	struct pgc_tu *tu = pgc_tu_new(file);
	struct symbol *sym;
	unsigned int i;
	int n;

	if (!tu)
		die("pgcheck-sparse: out of memory");
	read_tu_consts(tu, vocab);
	FOR_EACH_PTR(list, sym) {
		struct symbol *def;
		unsigned int attrs;

		if (sym->type != SYM_NODE || !sym->ident ||
		    !sym->ctype.base_type ||
		    sym->ctype.base_type->type != SYM_FN)
			continue;
		attrs = sym_annotations(sym);
		if (attrs)
			pgc_func_declare(tu, show_ident(sym->ident), attrs);
		def = fn_body_symbol(sym);
		if (def && defined_in(def, file))
			fn_queue_push(&q, def);
	} END_FOR_EACH_PTR(sym);
	while (q.next < q.n)
		translate_function(tu, q.items[q.next++], &q);
	fn_queue_free(&q);
	for (i = 0; i < tu->nfuncs; i++)
		spell_calls(tu, tu->funcs[i], file, vocab);
	spell_done();

	if (r->opts->dump_ir && pgc_ir_write(stdout, tu))
		die("pgcheck-sparse: cannot write the IR");
	n = pgc_analyze(tu, vocab, &r->opts->analysis, print_diag, r);
	pgc_tu_free(tu);
	if (n < 0)
		die("pgcheck-sparse: analysis failed (out of memory)");
	return n;
}

static struct pgc_vocab *load_vocab(const struct pgs_options *o)
{
	struct pgc_vocab *v = pgc_vocab_new_default();
	char err[512];
	unsigned int i;

	if (!v) {
		fprintf(stderr, "pgcheck-sparse: error: out of memory\n");
		return NULL;
	}
	for (i = 0; i < o->nconfigs; i++) {
		if (access(o->configs[i], R_OK)) {
			fprintf(stderr,
				"pgcheck-sparse: error: cannot read config '%s'\n",
				o->configs[i]);
			pgc_vocab_free(v);
			return NULL;
		}
		if (pgc_vocab_load_file(v, o->configs[i], err, sizeof(err))) {
			fprintf(stderr, "pgcheck-sparse: error: %s\n", err);
			pgc_vocab_free(v);
			return NULL;
		}
	}
	return v;
}

int main(int argc, char **argv)
{
	struct string_list *filelist = NULL;
	struct pgc_vocab *vocab = NULL;
	/* Static: the options live for the whole run and stay reachable at
	 * exit, as LeakSanitizer wants of process-lifetime memory. */
	static struct pgs_options opts;
	struct report r;
	int parse_failed = 0;
	char *file;

	catch_faults();
	if (pgs_parse_options(&opts, &argc, argv))
		return EXIT_TOOL_ERROR;
	if (opts.enabled) {
		vocab = load_vocab(&opts);
		if (!vocab)
			return EXIT_TOOL_ERROR;
	}
	r.opts = &opts;
	r.findings = 0;

	/* As sparse's main(): -o is ignored, files are checked one by one. */
	do_output = 0;
	in_sparse = 1;
	check_symbols(sparse_initialize(argc, argv, &filelist));
	FOR_EACH_PTR(filelist, file) {
		struct symbol_list *list;
		int failed;

		/* sparse says "No such file" for any open failure. */
		if (strcmp(file, "-") && access(file, R_OK) < 0) {
			fprintf(stderr, "pgcheck-sparse: error: %s: %s\n",
				file, strerror(errno));
			if (vocab)
				pgc_vocab_free(vocab);
			return EXIT_TOOL_ERROR;
		}
		checking = file;
		in_sparse = 1;
		list = sparse_keep_tokens(file);
		failed = !!(has_error & ERROR_CURR_PHASE);
		if (failed)
			has_error = ERROR_PREV_PHASE;
		parse_failed |= failed;
		evaluate_symbol_list(list);
		/* Findings on a file that did not parse would be guesses. */
		in_sparse = 0;
		if (opts.enabled && !failed)
			analyze_file(file, list, vocab, &r);
		in_sparse = 1;
		clear_token_alloc();
		check_symbols(list);
	} END_FOR_EACH_PTR(file);
	report_stats();
	if (vocab)
		pgc_vocab_free(vocab);

	fflush(stdout);
	if (parse_failed)
		return EXIT_TOOL_ERROR;
	if (r.findings && (opts.exit_status || opts.as_errors))
		return EXIT_FINDINGS;
	return 0;
}
