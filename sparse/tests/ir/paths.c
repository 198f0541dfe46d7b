/* Access paths, folded constants and linear forms. */
#include <linux/mm.h>
#include <linux/gfp.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

struct walk {
	int level;
	pmd_t *slots[4];
	pmd_t saved[8];
};

void sink(void *p, unsigned long n);

void paths(struct walk *w, pmd_t *pmd, unsigned long addr, int i)
{
	pmd_t local[2];

	sink(&w->level, 1);		/* ir: call sink(&(*w).level, 1) */
	sink(w->slots[2], 2);		/* ir: call sink((*w).slots[2], 2) */
	sink(w->slots[i], 3);		/* ir: call sink((*w).slots[i], 3) */
	sink(&w->saved[1], 4);		/* ir: call sink(&(*w).saved[1], 4) */
	sink(pmd + 1, 5);		/* ir: call sink(&pmd[1], 5) */
	sink(&local[1], 6);		/* ir: call sink(&local[1], 6) */
	sink(pmd, PUD_SIZE);		/* ir: call sink(pmd, 1073741824) */
	flush_tlb_kernel_range(addr, addr + PMD_SIZE - 1); /* ir: call flush_tlb_kernel_range(addr, addr + 2097151) */
	sink((void *)(unsigned long)pmd, 7);	/* ir: call sink(pmd, 7) */
	w->level = 3;			/* ir: (*w).level = 3 */
}
/* ir-func: paths(w, pmd, addr, i) */
