// SPDX-License-Identifier: GPL-2.0
/* Does not compile: the plugin must not hide the error. */
#include <linux/slab.h>

void *broken(void)
{
	return kmalloc(64, GFP_KERNEL) +;
}
