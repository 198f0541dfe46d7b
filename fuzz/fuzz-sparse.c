// SPDX-License-Identifier: GPL-2.0
/*
 * Fuzz target: the sparse engine on a C file, as pgcheck-sparse checks one:
 * sparse parses and evaluates it, then the front end's analyze_file()
 * translates its functions and runs the core's rules.  Sparse's own
 * linearize/context pass (check_symbols) is sparse's business and is left
 * out.  The input is written to a file in a private directory and parsed
 * with the corpus' include path (tests/include, include/).  Every header
 * there is read once at start-up (-include FUZZ_PRELUDE, made by
 * CMakeLists.txt): sparse keeps what a -include file declares and defines
 * for all files, so an input's own #include lines find their guards set
 * and cost nothing.  Inputs thus see every header's declarations, which a
 * real run sees only for the headers the file includes.
 *
 * Only pgcheck's code is instrumented: libsparse.a is linked as
 * scripts/setup.sh built it (docs/reliability.md says why).
 *
 * Three things make sparse, a one-shot tool, run many files in one process:
 *  - Bad input makes sparse die() (exit(1)): "unable to open 'x.h'",
 *    "redefinition of struct x", ...  pgcheck-sparse turns that into exit
 *    status 2, a clear error, which is right.  Here exit() is wrapped
 *    (-Wl,--wrap=exit) to jump back out of the input instead, and the
 *    scopes the parser had opened are closed.
 *  - Sparse 0.6.4 itself faults or fails an assert() on some bad input
 *    (nested functions: fuzz/regressions/fuzz-sparse/); pgcheck-sparse
 *    reports that as a tool error (exit 2, main.c).  Here a SIGSEGV or
 *    SIGABRT inside sparse's parse and evaluation jumps out the same way;
 *    one in pgcheck's code is a crash as always.
 *  - Every file sparse opens takes a stream number, and positions keep only
 *    14 bits of it: after each input the streams it opened are dropped.
 */
#include <setjmp.h>
#include <signal.h>

/* main.c is the engine's driver: take its analyze_file(), not its main(). */
#define main pgcheck_sparse_main
#define __wrap_exit pgcheck_sparse_wrap_exit
#include "main.c"
#undef main
#undef __wrap_exit

#include "scope.h"
#include "fuzz.h"

static struct pgs_options opts;
static struct pgc_vocab *vocab;
static int init_streams;
static sigjmp_buf bail_out;
static volatile sig_atomic_t in_input;	/* in_sparse: main.c's */
static struct sigaction next_segv, next_abrt;

void __wrap_exit(int status) __attribute__((noreturn));
void __wrap_exit(int status)
{
	if (in_input) {
		in_input = in_sparse = 0;
		siglongjmp(bail_out, 1);
	}
	__real_exit(status);
}

/* A fault or a failed assert() inside sparse. */
static void fuzz_on_fault(int sig, siginfo_t *info, void *uc)
{
	struct sigaction *next = sig == SIGSEGV ? &next_segv : &next_abrt;

	if (in_sparse) {
		in_input = in_sparse = 0;
		siglongjmp(bail_out, 2);
	}
	if (next->sa_flags & SA_SIGINFO)
		next->sa_sigaction(sig, info, uc);
	else if (next->sa_handler != SIG_IGN && next->sa_handler != SIG_DFL)
		next->sa_handler(sig);
	else
		_exit(128 + sig);
}

/*
 * In front of libFuzzer's handlers, which hand on to ASan's.  On the
 * alternate stack, or a stack overflow kills the process without a report.
 */
static void fuzz_catch_faults(void)
{
	static char stack[1 << 16];
	stack_t ss;
	struct sigaction sa;

	if (sigaltstack(NULL, &ss) || (ss.ss_flags & SS_DISABLE)) {
		ss = (stack_t){ .ss_sp = stack, .ss_size = sizeof(stack) };
		if (sigaltstack(&ss, NULL))
			abort();
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fuzz_on_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
	if (sigaction(SIGSEGV, &sa, &next_segv) ||
	    sigaction(SIGABRT, &sa, &next_abrt))
		abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char *args[] = {
		"pgcheck-sparse", "-nostdinc", "-fmax-errors=unlimited",
		"-I", NULL, "-I", NULL, "-include", FUZZ_PRELUDE, NULL,
	};
	static const char *const incs[] = { FUZZ_INCLUDE_DIRS };
	struct string_list *files = NULL;
	int n = sizeof(args) / sizeof(*args) - 1;

	args[4] = (char *)incs[0];
	args[6] = (char *)incs[1];
	if (pgs_parse_options(&opts, &n, args))
		abort();
	vocab = load_vocab(&opts);
	if (!vocab)
		abort();
	do_output = 0;
	sparse_initialize(n, args, &files);
	init_streams = input_stream_nr;
	return 0;
}

/* Forget the streams (files) the last input opened, newest first. */
static void drop_streams(void)
{
	while (input_stream_nr > init_streams) {
		struct stream *s = &input_streams[--input_stream_nr];

		*hash_stream(s->name) = s->next_stream;
	}
}

/* After a die() inside the parser: close what it had open. */
static void close_scopes(void)
{
	while (label_scope)
		end_label_scope();
	while (block_scope != file_scope)
		end_block_scope();
	function_scope = file_scope;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *file = (char *)fuzz_path("input.c");
	struct report r = { &opts, 0 };

	static int caught;

	if (!caught++)
		fuzz_catch_faults();
	fuzz_write(file, data, size);
	has_error = 0;
	in_input = in_sparse = 1;
	if (!sigsetjmp(bail_out, 1)) {
		struct symbol_list *list = sparse_keep_tokens(file);
		int failed = !!(has_error & ERROR_CURR_PHASE);

		if (failed)
			has_error = ERROR_PREV_PHASE;
		evaluate_symbol_list(list);
		in_sparse = 0;
		if (!failed)
			analyze_file(file, list, vocab, &r);
	} else {
		close_scopes();
	}
	in_input = in_sparse = 0;
	clear_token_alloc();
	drop_streams();
	return 0;
}
