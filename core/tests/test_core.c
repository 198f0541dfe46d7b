// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of the core's C API: value normalisation, the IR text form
 * round trip (write, read back, same findings), and error reporting of the
 * IR reader and the vocabulary parser.  Usage: test_core FILE.ir...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgcheck/core.h"

static int failures;

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, \
			__LINE__, #cond); \
		failures++; \
	} \
} while (0)

struct collected {
	char text[16384];
	size_t len;
};

static void collect(const struct pgc_diag *d, void *ctx)
{
	struct collected *c = ctx;
	int n = snprintf(c->text + c->len, sizeof(c->text) - c->len,
			 "%s:%u:%u %s\n", d->pos.file, d->pos.line, d->pos.col,
			 d->rule);

	if (n > 0 && c->len + (size_t)n < sizeof(c->text))
		c->len += (size_t)n;
}

static void test_values(void)
{
	struct pgc_tu *tu = pgc_tu_new("t.c");
	const struct pgc_value *p = pgc_val_var(tu, "p");
	const struct pgc_value *v;

	CHECK(pgc_val_addr(tu, pgc_val_deref(tu, p)) == p);
	CHECK(pgc_val_deref(tu, pgc_val_addr(tu, p)) == p);
	v = pgc_val_add(tu, pgc_val_add(tu, p, 4096), -1);
	CHECK(v->kind == PGC_V_ADD && v->num == 4095 && v->base == p);
	CHECK(pgc_val_add(tu, p, 0) == p);
	v = pgc_val_add(tu, pgc_val_const(tu, 2), 3);
	CHECK(v->kind == PGC_V_CONST && v->num == 5);
	CHECK(pgc_func_define(tu, "f", pgc_pos_make(tu, "t.c", 1, 1)) != NULL);
	CHECK(pgc_func_define(tu, "f", pgc_pos_make(tu, "t.c", 1, 1)) == NULL);
	pgc_tu_free(tu);
}

static void test_roundtrip(const char *path, const struct pgc_vocab *v)
{
	struct collected a = { "", 0 }, b = { "", 0 };
	struct pgc_options o;
	struct pgc_tu *tu, *tu2;
	char err[512], *buf = NULL;
	size_t len = 0;
	FILE *in = fopen(path, "r"), *mem;

	CHECK(in != NULL);
	if (!in)
		return;
	tu = pgc_ir_read(in, path, err, sizeof(err));
	fclose(in);
	if (!tu) {
		fprintf(stderr, "%s\n", err);
		failures++;
		return;
	}
	mem = open_memstream(&buf, &len);
	CHECK(pgc_ir_write(mem, tu) == 0);
	fclose(mem);
	tu2 = pgc_ir_read_text(buf, path, err, sizeof(err));
	if (!tu2) {
		fprintf(stderr, "re-reading the dump of %s: %s\n", path, err);
		failures++;
		pgc_tu_free(tu);
		free(buf);
		return;
	}
	pgc_options_init(&o);
	o.scan_sources = 0;	/* same suppressions for both: none */
	pgc_analyze(tu, v, &o, collect, &a);
	pgc_analyze(tu2, v, &o, collect, &b);
	if (strcmp(a.text, b.text)) {
		fprintf(stderr, "%s: findings differ after a round trip:\n%s---\n%s",
			path, a.text, b.text);
		failures++;
	}
	pgc_tu_free(tu);
	pgc_tu_free(tu2);
	free(buf);
}

static void expect_ir_error(const char *text, const char *msg)
{
	char err[512] = "";
	struct pgc_tu *tu = pgc_ir_read_text(text, "bad.ir", err, sizeof(err));

	CHECK(tu == NULL);
	if (tu) {
		pgc_tu_free(tu);
		return;
	}
	if (!strstr(err, msg)) {
		fprintf(stderr, "IR error '%s' does not mention '%s'\n", err, msg);
		failures++;
	}
}

static void expect_vocab_error(const char *text, const char *msg)
{
	struct pgc_vocab *v = pgc_vocab_new_empty();
	char err[512] = "";

	CHECK(pgc_vocab_load_text(v, "user.vocab", text, err, sizeof(err)) < 0);
	if (!strstr(err, msg)) {
		fprintf(stderr, "vocab error '%s' does not mention '%s'\n", err,
			msg);
		failures++;
	}
	pgc_vocab_free(v);
}

static void test_errors(void)
{
	expect_ir_error("func f(\nbb0:\nend\n", "bad.ir:1:");
	expect_ir_error("func f()\nbb0:\n  goto bb4\nend\n", "bb4");
	expect_ir_error("func f()\nbb0:\n  call g(%3)\nend\n", "%3 used before");
	expect_ir_error("func f()\nbb0:\n  ret\n", "missing 'end'");
	expect_ir_error("  call g()\n", "outside a function");
	expect_ir_error("suppress t.c:3 no-such-rule: x\n", "unknown rule");
	/* Found by fuzz-ir: positions the writer would not print back. */
	expect_ir_error("func f() @x.c:0:1\nbb0:\n  ret\nend\n", "from 1");
	expect_ir_error("func f()\nbb0:\n  ret @x.c:4294967297:1\nend\n",
			"too large");
	expect_ir_error("func f()\nbb0:\n  call g(X)\n  ret\nend\nconst X 1\n",
			"constants come first");
	expect_vocab_error("clear pmd_clear level=pmd\n", "user.vocab:1: ");
	expect_vocab_error("\nfrobnicate x\n", "user.vocab:2: unknown category");
	expect_vocab_error("free f arg=1 colour=red\n", "unknown key 'colour'");
	expect_vocab_error("free f gfp=1 arg=1\n", "does not apply");
	expect_vocab_error("alloc f gfp=zero\n", "argument number");
	expect_vocab_error("atomic-enter f kind=mutex\n", "unknown atomic kind");
	expect_vocab_error("atomic-enter f kind=spin+mutex\n", "two different");
	expect_vocab_error("atomic-enter f kind=irq+irq\n", "two different");
	expect_vocab_error("atomic-enter f kind=spin+irq+bh\n", "two different");
	expect_vocab_error("flush f start=1\n", "needs start= and end=");
	expect_vocab_error("flush f start=1 end=2 scope=all\n", "only one of");
	/* In one file a name twice is a mistake; a later file overrides. */
	expect_vocab_error("noalloc f\nmay-alloc f\n",
			   "user.vocab:2: f already defined at line 1");
	expect_vocab_error("guard g kind=spin\n\nguard g kind=irq\n",
			   "user.vocab:3: g already");
}

static void count_const(const char *name, void *ctx)
{
	if (!strcmp(name, "__GFP_DIRECT_RECLAIM") || !strcmp(name, "PMD_SIZE"))
		(*(int *)ctx)++;
}

static void test_vocab_queries(const struct pgc_vocab *v)
{
	int n = 0;

	pgc_vocab_for_each_const(v, count_const, &n);
	CHECK(n == 2);
	CHECK(pgc_vocab_category(v, "free_page") &&
	      !strcmp(pgc_vocab_category(v, "free_page"), "free"));
	CHECK(pgc_vocab_category(v, "class_spinlock_irqsave_destructor") &&
	      !strcmp(pgc_vocab_category(v, "class_spinlock_irqsave_destructor"),
		      "guard"));
	CHECK(pgc_vocab_category(v, "no_such_function") == NULL);
}

int main(int argc, char **argv)
{
	struct pgc_vocab *v = pgc_vocab_new_default();
	int i;

	CHECK(v != NULL);
	if (!v)
		return 1;
	test_values();
	test_errors();
	test_vocab_queries(v);
	for (i = 1; i < argc; i++)
		test_roundtrip(argv[i], v);
	pgc_vocab_free(v);
	if (failures)
		fprintf(stderr, "%d failures\n", failures);
	return failures ? 1 : 0;
}
