/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Modelled on Linux 6.1 arch/x86/include/asm/pgtable.h, !CONFIG_PARAVIRT,
 * 4-level paging.  One deliberate difference: pmd_clear(), pud_clear() and
 * p4d_clear() are static inlines over native_*_clear() (as on arm64 and in
 * the generic headers) where x86 spells them as macros; set_pmd() and
 * set_pud() stay macros as on x86.
 */
#ifndef _ASM_X86_PGTABLE_H
#define _ASM_X86_PGTABLE_H

#include <asm/page.h>
#include <asm/pgtable_types.h>
#include <asm/pgtable_64.h>

struct mm_struct;
struct vm_area_struct;

#define pgd_val(x)	native_pgd_val(x)
#define __pgd(x)	native_make_pgd(x)
#define pud_val(x)	native_pud_val(x)
#define __pud(x)	native_make_pud(x)
#define pmd_val(x)	native_pmd_val(x)
#define __pmd(x)	native_make_pmd(x)
#define pte_val(x)	native_pte_val(x)
#define __pte(x)	native_make_pte(x)

/* The p4d level is folded into the pgd (asm-generic/pgtable-nop4d.h). */
static inline p4d_t native_make_p4d(p4dval_t val)
{
	return (p4d_t) { native_make_pgd(val) };
}

static inline p4dval_t native_p4d_val(p4d_t p4d)
{
	return native_pgd_val(p4d.pgd);
}

#define p4d_val(x)	native_p4d_val(x)
#define __p4d(x)	native_make_p4d(x)

static inline void native_set_p4d(p4d_t *p4dp, p4d_t p4d)
{
	WRITE_ONCE(*p4dp, p4d);
}

static inline void native_p4d_clear(p4d_t *p4d)
{
	native_set_p4d(p4d, native_make_p4d(0));
}

#define set_pte(ptep, pte)		native_set_pte(ptep, pte)
#define set_pmd(pmdp, pmd)		native_set_pmd(pmdp, pmd)
#define set_pud(pudp, pud)		native_set_pud(pudp, pud)
#define set_p4d(p4dp, p4d)		native_set_p4d(p4dp, p4d)

static inline void pmd_clear(pmd_t *pmd)
{
	native_pmd_clear(pmd);
}

static inline void pud_clear(pud_t *pud)
{
	native_pud_clear(pud);
}

static inline void p4d_clear(p4d_t *p4d)
{
	native_p4d_clear(p4d);
}

/* The folded pgd entry cannot be cleared on its own (pgtable-nop4d.h). */
static inline void pgd_clear(pgd_t *pgd) { }

static inline void set_pte_at(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep, pte_t pte)
{
	native_set_pte(ptep, pte);
}

static inline void pte_clear(struct mm_struct *mm, unsigned long addr,
			     pte_t *ptep)
{
	native_pte_clear(mm, addr, ptep);
}

static inline int pte_none(pte_t pte)
{
	return !pte.pte;
}

static inline int pte_present(pte_t a)
{
	return pte_flags(a) & (_PAGE_PRESENT | _PAGE_PROTNONE);
}

static inline unsigned long pte_pfn(pte_t pte)
{
	return (native_pte_val(pte) & PTE_PFN_MASK) >> PAGE_SHIFT;
}

static inline pte_t pfn_pte(unsigned long page_nr, pgprot_t pgprot)
{
	return __pte(((phys_addr_t)page_nr << PAGE_SHIFT) | pgprot_val(pgprot));
}

static inline pmd_t pfn_pmd(unsigned long page_nr, pgprot_t pgprot)
{
	return __pmd(((phys_addr_t)page_nr << PAGE_SHIFT) | pgprot_val(pgprot));
}

static inline unsigned long pmd_pfn(pmd_t pmd)
{
	return (native_pmd_val(pmd) & pmd_pfn_mask(pmd)) >> PAGE_SHIFT;
}

static inline unsigned long pud_pfn(pud_t pud)
{
	return (native_pud_val(pud) & pud_pfn_mask(pud)) >> PAGE_SHIFT;
}

static inline int pmd_large(pmd_t pte)
{
	return pmd_flags(pte) & _PAGE_PSE;
}
#define pmd_leaf	pmd_large

static inline int pud_large(pud_t pud)
{
	return (native_pud_val(pud) & (_PAGE_PSE | _PAGE_PRESENT)) ==
		(_PAGE_PSE | _PAGE_PRESENT);
}
#define pud_leaf	pud_large

static inline int pmd_present(pmd_t pmd)
{
	/*
	 * Checking for _PAGE_PSE is needed too because
	 * split_huge_page will temporarily clear the present bit (but
	 * the _PAGE_PSE flag will remain set at all times while the
	 * _PAGE_PRESENT bit is clear).
	 */
	return pmd_flags(pmd) & (_PAGE_PRESENT | _PAGE_PROTNONE | _PAGE_PSE);
}

static inline int pmd_none(pmd_t pmd)
{
	return native_pmd_val(pmd) == 0;
}

static inline unsigned long pmd_page_vaddr(pmd_t pmd)
{
	return (unsigned long)__va(pmd_val(pmd) & pmd_pfn_mask(pmd));
}

/*
 * Currently stuck as a macro due to indirect forward reference to
 * linux/mmzone.h's __section_mem_map_addr() definition:
 */
#define pmd_page(pmd)	pfn_to_page(pmd_pfn(pmd))
#define pmd_pgtable(pmd) pmd_page(pmd)

static inline int pud_none(pud_t pud)
{
	return (native_pud_val(pud) & ~(_PAGE_ACCESSED | _PAGE_DIRTY)) == 0;
}

static inline int pud_present(pud_t pud)
{
	return pud_flags(pud) & _PAGE_PRESENT;
}

static inline pmd_t *pud_pgtable(pud_t pud)
{
	return (pmd_t *)__va(pud_val(pud) & pud_pfn_mask(pud));
}

/*
 * Currently stuck as a macro due to indirect forward reference to
 * linux/mmzone.h's __section_mem_map_addr() definition:
 */
#define pud_page(pud)	pfn_to_page(pud_pfn(pud))

static inline int p4d_none(p4d_t p4d)
{
	return (native_p4d_val(p4d) & ~(_PAGE_ACCESSED | _PAGE_DIRTY)) == 0;
}

static inline int p4d_present(p4d_t p4d)
{
	return native_p4d_val(p4d) & _PAGE_PRESENT;
}

static inline pud_t *p4d_pgtable(p4d_t p4d)
{
	return (pud_t *)__va(p4d_val(p4d) & PTE_PFN_MASK);
}

/* asm-generic/pgtable-nop4d.h */
#define pgd_page_vaddr(pgd)	((unsigned long)(p4d_pgtable((p4d_t){ pgd })))

static inline int pgd_none(pgd_t pgd)		{ return 0; }
static inline int pgd_present(pgd_t pgd)	{ return 1; }

static inline pmd_t pmdp_huge_get_and_clear(struct mm_struct *mm,
					    unsigned long addr, pmd_t *pmdp)
{
	return native_pmdp_get_and_clear(pmdp);
}

static inline pud_t pudp_huge_get_and_clear(struct mm_struct *mm,
					    unsigned long addr, pud_t *pudp)
{
	return native_pudp_get_and_clear(pudp);
}

static inline pmd_t pmd_mkhuge(pmd_t pmd)
{
	return native_make_pmd(native_pmd_val(pmd) | _PAGE_PSE);
}

extern int pud_clear_huge(pud_t *pud);
extern int pmd_clear_huge(pmd_t *pmd);
extern int pud_set_huge(pud_t *pud, phys_addr_t addr, pgprot_t prot);
extern int pmd_set_huge(pmd_t *pmd, phys_addr_t addr, pgprot_t prot);

extern pgd_t swapper_pg_dir[PTRS_PER_PGD];

#endif /* _ASM_X86_PGTABLE_H */
