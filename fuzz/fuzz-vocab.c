// SPDX-License-Identifier: GPL-2.0
/*
 * Fuzz target: the vocabulary format (core/src/vocab.c), both as a user
 * config over the embedded table and as a table of its own, then the
 * queries the front ends make and an analysis that uses what was loaded.
 */
#include "pgcheck/core.h"
#include "fuzz.h"

/* Calls the seed configs (core/tests/config.vocab & co.) give meaning. */
static const char program[] =
	"const __GFP_DIRECT_RECLAIM 0x400\n"
	"const GFP_KERNEL 0xcc0\n"
	"const GFP_ATOMIC 0x820\n"
	"func wrapper(pmd)\n"
	"bb0:\n"
	"  %0 = call pmd_page_vaddr(*pmd)\n"
	"  call pmd_clear(pmd)\n"
	"  call my_free_table(%0)\n"
	"  call flush_tlb_kernel_range(0, 4096)\n"
	"  ret\n"
	"end\n"
	"func pool_locked(l, n)\n"
	"bb0:\n"
	"  call my_lock(l)\n"
	"  %0 = call my_pool_get(n, GFP_KERNEL)\n"
	"  %1 = call kmalloc(n, GFP_ATOMIC)\n"
	"  call my_unlock(l)\n"
	"  call hot_path(%0)\n"
	"  ret\n"
	"end\n"
	"func hot_path(p)\n"
	"bb0:\n"
	"  %0 = call my_pool_get(0, 0)\n"
	"  %1 = call alloc_pages(GFP_KERNEL, 0)\n"
	"  ret\n"
	"end\n";

static const char *const names[] = {
	"my_free_table", "my_pool_get", "my_lock", "my_unlock", "hot_path",
	"kmalloc", "pmd_clear", "spin_lock", "class_spinlock_constructor",
	"GFP_KERNEL", "PAGE_SIZE", "",
};

static void count_const(const char *name, void *ctx)
{
	if (!name)
		abort();
	++*(unsigned long *)ctx;
}

static void use(struct pgc_vocab *v, const char *text)
{
	char err[512] = "";
	unsigned long nconst = 0;
	struct pgc_tu *tu;
	size_t i;

	if (pgc_vocab_load_text(v, "fuzz.vocab", text, err, sizeof(err))) {
		/* Bad input must say why. */
		if (!err[0])
			abort();
		return;
	}
	for (i = 0; i < sizeof(names) / sizeof(*names); i++)
		pgc_vocab_category(v, names[i]);
	pgc_vocab_for_each_const(v, count_const, &nconst);
	tu = pgc_ir_read_text(program, "fuzz.ir", err, sizeof(err));
	if (!tu)
		abort();
	fuzz_analyze(tu, v, 0);
	pgc_tu_free(tu);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_cstr(data, size);
	struct pgc_vocab *v;

	v = pgc_vocab_new_default();
	if (!v)
		abort();
	use(v, text);
	pgc_vocab_free(v);
	v = pgc_vocab_new_empty();
	if (!v)
		abort();
	use(v, text);
	pgc_vocab_free(v);
	free(text);
	return 0;
}
