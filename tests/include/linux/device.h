/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/device.h (devres allocation). */
#ifndef _DEVICE_H_
#define _DEVICE_H_

#include <linux/types.h>
#include <linux/gfp.h>
#include <linux/mutex.h>

struct device {
	struct device		*parent;
	const char		*init_name;
	struct mutex		mutex;	/* mutex to synchronize calls to
					 * its driver.
					 */
	void			*driver_data;
};

void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp) __malloc;

static inline void *devm_kzalloc(struct device *dev, size_t size, gfp_t gfp)
{
	return devm_kmalloc(dev, size, gfp | __GFP_ZERO);
}

void devm_kfree(struct device *dev, const void *p);

#endif /* _DEVICE_H_ */
