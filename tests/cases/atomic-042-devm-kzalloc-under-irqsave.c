// SPDX-License-Identifier: GPL-2.0
/*
 * A driver allocating its per-channel state with devm_kzalloc(GFP_KERNEL)
 * while holding its register spinlock with interrupts off.
 *
 * Expectation: reported at devm_kzalloc().
 */
#include <linux/errno.h>
#include <linux/device.h>
#include <linux/spinlock.h>

struct chan_state {
	int id;
	u32 ctrl;
};

struct dma_ctrl {
	struct device *dev;
	spinlock_t reg_lock;
	struct chan_state *chans[8];
};

int dma_ctrl_enable_chan(struct dma_ctrl *c, int id);
int dma_ctrl_enable_chan(struct dma_ctrl *c, int id)
{
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&c->reg_lock, flags);
	if (!c->chans[id]) {
		c->chans[id] = devm_kzalloc(c->dev, sizeof(struct chan_state), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
		if (!c->chans[id])
			ret = -ENOMEM;
	}
	spin_unlock_irqrestore(&c->reg_lock, flags);
	return ret;
}
