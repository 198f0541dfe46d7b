// SPDX-License-Identifier: GPL-2.0
/*
 * Fuzz target: the driver's readers.  The first byte picks one (its value
 * modulo 3; the seeds start with the digit), the rest is the file:
 *   '0'  compile_commands.json      units_add_compdb()
 *   '1'  a --baseline JSON result   baseline_apply()
 *   '2'  an engine adapter's output parse_engine_output(), merge_findings()
 */
#include "baseline.h"
#include "findings.h"
#include "units.h"
#include "util.h"
#include "fuzz.h"

static void free_units(struct units *us)
{
	for (int i = 0; i < us->n; i++) {
		free(us->v[i].file);
		free(us->v[i].dir);
		sv_free(&us->v[i].flags);
	}
	free(us->v);
}

static void free_findings(struct findings *fs)
{
	char *keep = calloc(fs->n + 1, 1);

	if (!keep)
		abort();
	filter_findings(fs, keep);	/* keeps none: frees each */
	free(keep);
	free(fs->v);
}

static void compdb(const uint8_t *data, size_t size)
{
	const char *path = fuzz_path("compile_commands.json");
	struct units us = { 0 };

	fuzz_write(path, data, size);
	if (!units_add_compdb(&us, path, NULL))
		units_finish(&us);
	free_units(&us);
}

/* A baseline is matched against findings already fingerprinted. */
static void baseline(const uint8_t *data, size_t size)
{
	static const char *const prints[] = { "a", "", "a" };
	const char *path = fuzz_path("baseline.json");
	struct findings fs = { 0 };
	char keep[3] = { 1, 1, 1 };

	for (int i = 0; i < 3; i++) {
		GROW(fs.v, fs.n + 1, fs.cap);
		fs.v[fs.n++] = (struct finding){
			.rule = xstrdup("pgtable-free-unflushed"),
			.file = xstrdup("/x.c"), .line = 1, .col = 1,
			.message = xstrdup("m"),
			.fingerprint = xstrdup(prints[i]),
		};
	}
	fuzz_write(path, data, size);
	baseline_apply(path, &fs, keep);
	free_findings(&fs);
}

static void engine_output(const uint8_t *data, size_t size)
{
	char *text = fuzz_cstr(data, size);
	struct findings fs = { 0 };

	parse_engine_output(text, "/src", 0, &fs);
	parse_engine_output(text, "/src", 1, &fs);
	merge_findings(&fs);
	free_findings(&fs);
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	switch (data[0] % 3) {
	case 0:
		compdb(data + 1, size - 1);
		break;
	case 1:
		baseline(data + 1, size - 1);
		break;
	default:
		engine_output(data + 1, size - 1);
	}
	return 0;
}
