/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PGTABLE_H
#define _LINUX_PGTABLE_H

#include <linux/types.h>
#include <linux/mm_types.h>
#include <asm/pgtable.h>
#include <pgcheck/annotations.h>

#define pgd_offset_pgd(pgd, address)	(pgd + pgd_index((address)))
#define pgd_offset(mm, address)		pgd_offset_pgd((mm)->pgd, (address))
#define pgd_offset_k(address)		pgd_offset(&init_mm, (address))

/* End of the entry's span or @end, whichever comes first. */
#define pgd_addr_end(addr, end)						\
({	unsigned long __boundary = ((addr) + PGDIR_SIZE) & PGDIR_MASK;	\
	(__boundary - 1 < (end) - 1)? __boundary: (end);		\
})

#define p4d_addr_end(addr, end)		(end)

#define pud_addr_end(addr, end)						\
({	unsigned long __boundary = ((addr) + PUD_SIZE) & PUD_MASK;	\
	(__boundary - 1 < (end) - 1)? __boundary: (end);		\
})

#define pmd_addr_end(addr, end)						\
({	unsigned long __boundary = ((addr) + PMD_SIZE) & PMD_MASK;	\
	(__boundary - 1 < (end) - 1)? __boundary: (end);		\
})

/* Which levels a vmap/vunmap modified (mm/vmalloc.c). */
typedef unsigned int pgtbl_mod_mask;
#define PGTBL_PTE_MODIFIED	(1U << 0)
#define PGTBL_PMD_MODIFIED	(1U << 1)
#define PGTBL_PUD_MODIFIED	(1U << 2)
#define PGTBL_P4D_MODIFIED	(1U << 3)
#define PGTBL_PGD_MODIFIED	(1U << 4)

/* Huge vmap support (arch/x86/mm/pgtable.c). */
int pud_set_huge(pud_t *pud, phys_addr_t addr, pgprot_t prot);
int pmd_set_huge(pmd_t *pmd, phys_addr_t addr, pgprot_t prot);
int pud_clear_huge(pud_t *pud);
int pmd_clear_huge(pmd_t *pmd);
/* Callers must allow a single page allocation. */
int __pgcheck_may_alloc pud_free_pmd_page(pud_t *pud, unsigned long addr);
int __pgcheck_noalloc pmd_free_pte_page(pmd_t *pmd, unsigned long addr);

#endif /* _LINUX_PGTABLE_H */
