// SPDX-License-Identifier: GPL-2.0
/*
 * guard(mutex)(&m): a scoped mutex, which may sleep.  The GFP_KERNEL
 * allocation under it is fine.
 *
 * Expectation: clean.
 */
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/mutex.h>

struct fw_cache {
	struct mutex lock;
	void *blob;
	size_t len;
};

int fw_cache_fill(struct fw_cache *c, size_t len);
int fw_cache_fill(struct fw_cache *c, size_t len)
{
	guard(mutex)(&c->lock);

	if (c->blob)
		return 0;
	c->blob = kzalloc(len, GFP_KERNEL);
	return c->blob ? 0 : -ENOMEM;
}
