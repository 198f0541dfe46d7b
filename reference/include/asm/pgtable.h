/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Entry accessors (arch/x86/include/asm/pgtable*.h), 4-level, no paravirt.
 * The native_set_*()/native_*_clear() primitives are the hardware writes:
 * the simulator implements them, so every write to a live table is an
 * operation the CPU model observes.
 */
#ifndef _ASM_X86_PGTABLE_H
#define _ASM_X86_PGTABLE_H

#include <linux/types.h>
#include <linux/mm_types.h>
#include <asm/pgtable_types.h>

void native_set_pte(pte_t *ptep, pte_t pte);
pte_t native_ptep_get_and_clear(pte_t *ptep);
void native_set_pmd(pmd_t *pmdp, pmd_t pmd);
void native_pmd_clear(pmd_t *pmd);
void native_set_pud(pud_t *pudp, pud_t pud);
void native_pud_clear(pud_t *pud);
void native_set_p4d(p4d_t *p4dp, p4d_t p4d);
void native_p4d_clear(p4d_t *p4d);

static inline void set_pte_at(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep, pte_t pte)
{
	native_set_pte(ptep, pte);
}

static inline pte_t ptep_get_and_clear(struct mm_struct *mm,
				       unsigned long addr, pte_t *ptep)
{
	return native_ptep_get_and_clear(ptep);
}

static inline void pte_clear(struct mm_struct *mm, unsigned long addr,
			     pte_t *ptep)
{
	native_set_pte(ptep, native_make_pte(0));
}

static inline void set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	native_set_pmd(pmdp, pmd);
}

static inline void pmd_clear(pmd_t *pmd)
{
	native_pmd_clear(pmd);
}

static inline void set_pud(pud_t *pudp, pud_t pud)
{
	native_set_pud(pudp, pud);
}

static inline void pud_clear(pud_t *pud)
{
	native_pud_clear(pud);
}

static inline void set_p4d(p4d_t *p4dp, p4d_t p4d)
{
	native_set_p4d(p4dp, p4d);
}

static inline void p4d_clear(p4d_t *p4d)
{
	native_p4d_clear(p4d);
}

/* ---- predicates ---- */

static inline int pte_none(pte_t pte)
{
	return !pte.pte;
}

static inline int pte_present(pte_t a)
{
	return pte_val(a) & _PAGE_PRESENT;
}

static inline int pmd_none(pmd_t pmd)
{
	return native_pmd_val(pmd) == 0;
}

static inline int pmd_present(pmd_t pmd)
{
	return pmd_flags(pmd) & (_PAGE_PRESENT | _PAGE_PSE);
}

static inline int pmd_large(pmd_t pmd)
{
	return pmd_flags(pmd) & _PAGE_PSE;
}
#define pmd_leaf	pmd_large

static inline int pud_none(pud_t pud)
{
	return native_pud_val(pud) == 0;
}

static inline int pud_present(pud_t pud)
{
	return pud_flags(pud) & _PAGE_PRESENT;
}

static inline int pud_large(pud_t pud)
{
	return (pud_val(pud) & (_PAGE_PSE | _PAGE_PRESENT)) ==
		(_PAGE_PSE | _PAGE_PRESENT);
}
#define pud_leaf	pud_large

static inline int p4d_none(p4d_t p4d)
{
	return native_p4d_val(p4d) == 0;
}

static inline int p4d_present(p4d_t p4d)
{
	return p4d_flags(p4d) & _PAGE_PRESENT;
}

/* The pgd level is folded over the p4d (asm-generic/pgtable-nop4d.h). */
static inline int pgd_none(pgd_t pgd)
{
	return 0;
}

/* ---- the page below an entry ---- */

static inline unsigned long pmd_pfn(pmd_t pmd)
{
	return (pmd_val(pmd) & pmd_pfn_mask(pmd)) >> PAGE_SHIFT;
}

static inline unsigned long pte_pfn(pte_t pte)
{
	return (pte_val(pte) & PTE_PFN_MASK) >> PAGE_SHIFT;
}

static inline pte_t pfn_pte(unsigned long page_nr, pgprot_t pgprot)
{
	return __pte(((phys_addr_t)page_nr << PAGE_SHIFT) | pgprot_val(pgprot));
}

static inline unsigned long pmd_page_vaddr(pmd_t pmd)
{
	return (unsigned long)__va(pmd_val(pmd) & pmd_pfn_mask(pmd));
}

#define pmd_page(pmd)	pfn_to_page(pmd_pfn(pmd))

static inline unsigned long pud_pfn(pud_t pud)
{
	return (pud_val(pud) & pud_pfn_mask(pud)) >> PAGE_SHIFT;
}

#define pud_page(pud)	pfn_to_page(pud_pfn(pud))

static inline pmd_t *pud_pgtable(pud_t pud)
{
	return (pmd_t *)__va(pud_val(pud) & pud_pfn_mask(pud));
}

static inline pud_t *p4d_pgtable(p4d_t p4d)
{
	return (pud_t *)__va(p4d_val(p4d) & PTE_PFN_MASK);
}

static inline unsigned long pte_index(unsigned long address)
{
	return (address >> PAGE_SHIFT) & (PTRS_PER_PTE - 1);
}

static inline unsigned long pmd_index(unsigned long address)
{
	return (address >> PMD_SHIFT) & (PTRS_PER_PMD - 1);
}

static inline unsigned long pud_index(unsigned long address)
{
	return (address >> PUD_SHIFT) & (PTRS_PER_PUD - 1);
}

#define pgd_index(a)	(((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))

static inline pte_t *pte_offset_kernel(pmd_t *pmd, unsigned long address)
{
	return (pte_t *)pmd_page_vaddr(*pmd) + pte_index(address);
}

static inline pmd_t *pmd_offset(pud_t *pud, unsigned long address)
{
	return pud_pgtable(*pud) + pmd_index(address);
}

static inline pud_t *pud_offset(p4d_t *p4d, unsigned long address)
{
	return p4d_pgtable(*p4d) + pud_index(address);
}

static inline p4d_t *p4d_offset(pgd_t *pgd, unsigned long address)
{
	return (p4d_t *)pgd;
}

#endif /* _ASM_X86_PGTABLE_H */
