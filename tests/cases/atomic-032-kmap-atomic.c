// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_atomic() disables preemption and page faults until kunmap_atomic();
 * the copy buffer is allocated with GFP_KERNEL inside that window.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/highmem.h>

void *page_snapshot(struct page *page);
void *page_snapshot(struct page *page)
{
	void *vaddr = kmap_atomic(page);
	void *copy = kmalloc(PAGE_SIZE, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */

	if (copy)
		memcpy(copy, vaddr, PAGE_SIZE);
	kunmap_atomic(vaddr);
	return copy;
}
