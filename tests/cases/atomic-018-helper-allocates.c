// SPDX-License-Identifier: GPL-2.0
/*
 * A same-file helper allocates with GFP_KERNEL; its caller calls it with a
 * spinlock held.
 *
 * Expectation: reported at the call to the helper, the call that may
 * allocate while atomic.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct mapping {
	unsigned long pfn;
	struct mapping *next;
};

static DEFINE_SPINLOCK(map_lock);
static struct mapping *maps;

static struct mapping *new_mapping(unsigned long pfn)
{
	struct mapping *m = kzalloc(sizeof(*m), GFP_KERNEL);

	if (m)
		m->pfn = pfn;
	return m;
}

int add_mapping(unsigned long pfn);
int add_mapping(unsigned long pfn)
{
	struct mapping *m;

	spin_lock(&map_lock);
	m = new_mapping(pfn);	/* expect: sleeping-alloc-in-atomic */
	if (m) {
		m->next = maps;
		maps = m;
	}
	spin_unlock(&map_lock);
	return m ? 0 : -ENOMEM;
}
