/* SPDX-License-Identifier: GPL-2.0 */
/* Entry types and bits (arch/x86/include/asm/pgtable_types.h), no paravirt. */
#ifndef _ASM_X86_PGTABLE_TYPES_H
#define _ASM_X86_PGTABLE_TYPES_H

#include <linux/types.h>
#include <asm/pgtable_64_types.h>

#define _PAGE_BIT_PRESENT	0
#define _PAGE_BIT_RW		1
#define _PAGE_BIT_USER		2
#define _PAGE_BIT_PWT		3
#define _PAGE_BIT_PCD		4
#define _PAGE_BIT_ACCESSED	5
#define _PAGE_BIT_DIRTY		6
#define _PAGE_BIT_PSE		7
#define _PAGE_BIT_GLOBAL	8
#define _PAGE_BIT_NX		63

#define _PAGE_PRESENT	(1UL << _PAGE_BIT_PRESENT)
#define _PAGE_RW	(1UL << _PAGE_BIT_RW)
#define _PAGE_USER	(1UL << _PAGE_BIT_USER)
#define _PAGE_PWT	(1UL << _PAGE_BIT_PWT)
#define _PAGE_PCD	(1UL << _PAGE_BIT_PCD)
#define _PAGE_ACCESSED	(1UL << _PAGE_BIT_ACCESSED)
#define _PAGE_DIRTY	(1UL << _PAGE_BIT_DIRTY)
#define _PAGE_PSE	(1UL << _PAGE_BIT_PSE)
#define _PAGE_GLOBAL	(1UL << _PAGE_BIT_GLOBAL)
#define _PAGE_NX	(1UL << _PAGE_BIT_NX)

#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER |	\
			 _PAGE_ACCESSED | _PAGE_DIRTY)
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED |	\
			 _PAGE_DIRTY)

#define PTE_PFN_MASK		((unsigned long)PHYSICAL_PAGE_MASK)
#define PTE_FLAGS_MASK		(~PTE_PFN_MASK)
#define PHYSICAL_PMD_PAGE_MASK	(((signed long)PMD_MASK) & __PHYSICAL_MASK)
#define PHYSICAL_PUD_PAGE_MASK	(((signed long)PUD_MASK) & __PHYSICAL_MASK)

typedef unsigned long	pteval_t;
typedef unsigned long	pmdval_t;
typedef unsigned long	pudval_t;
typedef unsigned long	pgdval_t;
typedef unsigned long	pgprotval_t;

typedef struct { pteval_t pte; } pte_t;
typedef struct { pmdval_t pmd; } pmd_t;
typedef struct { pudval_t pud; } pud_t;
typedef struct { pgdval_t pgd; } pgd_t;
typedef struct { pgd_t pgd; } p4d_t;
typedef struct pgprot { pgprotval_t pgprot; } pgprot_t;

#define pgprot_val(x)	((x).pgprot)
#define __pgprot(x)	((pgprot_t) { (x) } )

#define __PAGE_KERNEL	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED |	\
			 _PAGE_DIRTY | _PAGE_GLOBAL | _PAGE_NX)
#define PAGE_KERNEL	__pgprot(__PAGE_KERNEL)
#define PAGE_KERNEL_LARGE __pgprot(__PAGE_KERNEL | _PAGE_PSE)

static inline pte_t native_make_pte(pteval_t val)
{
	return (pte_t) { .pte = val };
}

static inline pteval_t native_pte_val(pte_t pte)
{
	return pte.pte;
}

static inline pmd_t native_make_pmd(pmdval_t val)
{
	return (pmd_t) { .pmd = val };
}

static inline pmdval_t native_pmd_val(pmd_t pmd)
{
	return pmd.pmd;
}

static inline pud_t native_make_pud(pudval_t val)
{
	return (pud_t) { .pud = val };
}

static inline pudval_t native_pud_val(pud_t pud)
{
	return pud.pud;
}

static inline pgd_t native_make_pgd(pgdval_t val)
{
	return (pgd_t) { .pgd = val };
}

static inline pgdval_t native_pgd_val(pgd_t pgd)
{
	return pgd.pgd;
}

static inline p4d_t native_make_p4d(pgdval_t val)
{
	return (p4d_t) { .pgd = native_make_pgd(val) };
}

static inline pgdval_t native_p4d_val(p4d_t p4d)
{
	return native_pgd_val(p4d.pgd);
}

#define __pte(x)	native_make_pte(x)
#define pte_val(x)	native_pte_val(x)
#define __pmd(x)	native_make_pmd(x)
#define pmd_val(x)	native_pmd_val(x)
#define __pud(x)	native_make_pud(x)
#define pud_val(x)	native_pud_val(x)
#define __pgd(x)	native_make_pgd(x)
#define pgd_val(x)	native_pgd_val(x)
#define __p4d(x)	native_make_p4d(x)
#define p4d_val(x)	native_p4d_val(x)

static inline pmdval_t pmd_pfn_mask(pmd_t pmd)
{
	if (native_pmd_val(pmd) & _PAGE_PSE)
		return PHYSICAL_PMD_PAGE_MASK;
	return PTE_PFN_MASK;
}

static inline pudval_t pud_pfn_mask(pud_t pud)
{
	if (native_pud_val(pud) & _PAGE_PSE)
		return PHYSICAL_PUD_PAGE_MASK;
	return PTE_PFN_MASK;
}

static inline pmdval_t pmd_flags(pmd_t pmd)
{
	return native_pmd_val(pmd) & ~pmd_pfn_mask(pmd);
}

static inline pudval_t pud_flags(pud_t pud)
{
	return native_pud_val(pud) & ~pud_pfn_mask(pud);
}

static inline pgdval_t p4d_flags(p4d_t p4d)
{
	return native_p4d_val(p4d) & PTE_FLAGS_MASK;
}

#endif /* _ASM_X86_PGTABLE_TYPES_H */
