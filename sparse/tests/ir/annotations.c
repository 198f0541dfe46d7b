/* Annotations survive sparse; macros and inline calls keep the caller's line. */
#include <pgcheck/annotations.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <asm/pgtable.h>

int __pgcheck_noalloc drop(pmd_t *pmd);
int __pgcheck_may_alloc needs_page(void);
/* A specifier before a pointer declarator: sparse moves it to the return type. */
__pgcheck_noalloc void *get_table(void);

void *get_table(void)
{
	return (void *)0;
}
/* ir-func: get_table() noalloc */

int drop(pmd_t *pmd)
{
	unsigned long pte = (unsigned long)pmd_page_vaddr(*pmd);	/* ir: call pmd_page_vaddr(*pmd) */

	pmd_clear(pmd);			/* ir: call pmd_clear(pmd) */
	free_page(pte);			/* ir: call free_pages(pte, 0) as free_page */
	return needs_page();		/* ir: call needs_page() */
}
/* ir-func: drop(pmd) noalloc */
/* The header's own functions are there too, at the header's lines. */
/* ir-func: pmd_clear(pmd) */
