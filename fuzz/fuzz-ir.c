// SPDX-License-Identifier: GPL-2.0
/*
 * Fuzz target: the IR text reader (pgc_ir_read_text) and the whole
 * analysis on what it reads, as pgcheck-ir runs it.  Oracles besides the
 * sanitizers: a rejected input carries a message, and what the writer
 * prints of an accepted one reads back and prints the same.
 */
#include "pgcheck/core.h"
#include "fuzz.h"

static struct pgc_vocab *vocab;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	vocab = pgc_vocab_new_default();
	if (!vocab)
		abort();
	return 0;
}

/* The writer's text of tu (malloc'd). */
static char *dump(const struct pgc_tu *tu)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);

	if (!mem || pgc_ir_write(mem, tu) || fclose(mem))
		abort();
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_cstr(data, size), *out, *again;
	char err[512] = "";
	struct pgc_tu *tu, *tu2;

	tu = pgc_ir_read_text(text, "fuzz.ir", err, sizeof(err));
	if (!tu) {
		if (!err[0])
			abort();
		free(text);
		return 0;
	}
	out = dump(tu);
	tu2 = pgc_ir_read_text(out, "fuzz.ir", err, sizeof(err));
	if (!tu2) {
		fprintf(stderr, "the dump does not read back: %s\n%s", err, out);
		abort();
	}
	again = dump(tu2);
	if (strcmp(out, again)) {
		fprintf(stderr, "the dump changes on a round trip:\n%s---\n%s",
			out, again);
		abort();
	}
	fuzz_analyze(tu, vocab, strstr(text, "# pgcheck-rt") != NULL);
	pgc_tu_free(tu);
	pgc_tu_free(tu2);
	free(out);
	free(again);
	free(text);
	return 0;
}
