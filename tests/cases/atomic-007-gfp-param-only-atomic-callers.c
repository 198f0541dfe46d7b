// SPDX-License-Identifier: GPL-2.0
/*
 * A function that takes a lock and allocates with the caller's mask; every
 * call site in this file passes GFP_ATOMIC.
 *
 * Expectation: clean; no caller supplies a sleeping mask.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct event {
	int type;
	struct event *next;
};

static DEFINE_SPINLOCK(event_lock);
static struct event *event_queue;

static int queue_event(int type, gfp_t gfp)
{
	struct event *ev;
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&event_lock, flags);
	ev = kmalloc(sizeof(*ev), gfp);
	if (ev) {
		ev->type = type;
		ev->next = event_queue;
		event_queue = ev;
	} else {
		ret = -ENOMEM;
	}
	spin_unlock_irqrestore(&event_lock, flags);
	return ret;
}

void irq_event(int type);
void irq_event(int type)
{
	queue_event(type, GFP_ATOMIC);
}

void timer_event(int type);
void timer_event(int type)
{
	queue_event(type, GFP_ATOMIC | __GFP_NOWARN);
}
