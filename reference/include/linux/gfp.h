/* SPDX-License-Identifier: GPL-2.0 */
/* The page allocator's interface (include/linux/gfp.h). */
#ifndef __LINUX_GFP_H
#define __LINUX_GFP_H

#include <linux/gfp_types.h>

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
unsigned long get_zeroed_page(gfp_t gfp_mask);
void free_pages(unsigned long addr, unsigned int order);

#define __get_free_page(gfp_mask) \
		__get_free_pages((gfp_mask), 0)

#define free_page(addr) free_pages((addr), 0)

#endif /* __LINUX_GFP_H */
