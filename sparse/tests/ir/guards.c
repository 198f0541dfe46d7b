/* Scoped guards: the destructor runs at every exit from the scope. */
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/gfp.h>
#include <linux/cleanup.h>

static DEFINE_SPINLOCK(lock);
void work(int n);

int guarded(int n)
{
	if (n) {
		guard(spinlock)(&lock);	/* ir: call class_spinlock_constructor(&lock) */
		if (n > 3)
			return 1;	/* ir: call class_spinlock_destructor( */
		work(n);
	}
	scoped_guard(spinlock_irqsave, &lock) { /* ir: call class_spinlock_irqsave_constructor(&lock) */
		work(2);		/* ir: call work(2) */
	}
	return 0;
}
/* ir-func: class_spinlock_destructor */
