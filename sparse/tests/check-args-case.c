/*
 * Self-contained (the kernel's argument list has -nostdinc and include
 * paths that do not exist here): a sleeping allocation under a spinlock.
 */
typedef unsigned int gfp_t;
typedef unsigned long size_t;
typedef struct { int raw; } spinlock_t;

#define ___GFP_DIRECT_RECLAIM	0x400u
#define __GFP_DIRECT_RECLAIM	((gfp_t)___GFP_DIRECT_RECLAIM)
#define GFP_KERNEL		(__GFP_DIRECT_RECLAIM | 0xc0u)

void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void *kmalloc(size_t size, gfp_t flags);

static spinlock_t table_lock;
void *grab(void);

void *grab(void)
{
	void *p;

	spin_lock(&table_lock);
	p = kmalloc(64, GFP_KERNEL);
	spin_unlock(&table_lock);
	return p;
}
