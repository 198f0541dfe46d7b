/* Blocks and branch conditions. */
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/gfp.h>

static DEFINE_SPINLOCK(lock);
int ready(void);
void work(int n);

int control(int n)
{
	int i;

	if (!ready())			/* ir: call ready() */
		return -1;		/* ir: ret -1 */
	for (i = 0; i < n; i++) {
		if (i == 3)
			continue;
		work(i);		/* ir: call work(i) */
	}
	do {
		work(0);		/* ir: call work(0) */
	} while (0);
	if (spin_trylock(&lock)) {	/* ir: call spin_trylock(&lock) */
		work(1);		/* ir: call work(1) */
		spin_unlock(&lock);	/* ir: call spin_unlock(&lock) */
	}
	{
		unsigned long flags;

		spin_lock_irqsave(&lock, flags);	/* ir: as spin_lock_irqsave */
		spin_unlock_irqrestore(&lock, flags);	/* ir: call spin_unlock_irqrestore(&lock, flags) */
	}
	switch (n) {
	case 1:
		work(2);		/* ir: call work(2) */
		break;
	default:
		goto out;
	}
	n = ready() && n ? 5 : 6;	/* ir: call ready() */
out:
	return n;			/* ir: ret n */
}
/* The do-while (0) does not loop, and a trylock's result is a branch. */
/* ir-not: br 0 */
/* Only table names are spelled: not the helper the same macro calls. */
/* ir-not: call spinlock_check(&lock) as */
