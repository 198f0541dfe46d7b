/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/slab.h (SLUB). */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/gfp.h>

struct kmem_cache;

#define KMALLOC_SHIFT_HIGH	(12 + 1)	/* PAGE_SHIFT + 1 */
#define KMALLOC_MAX_CACHE_SIZE	(1UL << KMALLOC_SHIFT_HIGH)
#define KMALLOC_SHIFT_MAX	23
#define KMALLOC_MAX_SIZE	(1UL << KMALLOC_SHIFT_MAX)

#define ZERO_SIZE_PTR ((void *)16)

#define SIZE_MAX	(~(size_t)0)

void *__kmalloc(size_t size, gfp_t flags) __alloc_size(1);
void *kmem_cache_alloc(struct kmem_cache *s, gfp_t flags) __malloc;
void *kmem_cache_alloc_lru(struct kmem_cache *s, void *lru,
			   gfp_t gfpflags) __malloc;
void kmem_cache_free(struct kmem_cache *s, void *objp);
void kfree(const void *objp);

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
			unsigned int align, unsigned long flags,
			void (*ctor)(void *));

void *__kmalloc_node(size_t size, gfp_t flags, int node) __alloc_size(1);
void *kmem_cache_alloc_node(struct kmem_cache *s, gfp_t flags,
			    int node) __malloc;
void *kmalloc_trace(struct kmem_cache *s, gfp_t flags, size_t size)
		    __alloc_size(3);
void *kmalloc_node_trace(struct kmem_cache *s, gfp_t gfpflags,
			 int node, size_t size) __alloc_size(4);
void *kmalloc_large(size_t size, gfp_t flags) __alloc_size(1);
void *kmalloc_large_node(size_t size, gfp_t flags, int node) __alloc_size(1);

enum kmalloc_cache_type {
	KMALLOC_NORMAL = 0,
	KMALLOC_CGROUP,
	KMALLOC_RECLAIM,
	NR_KMALLOC_TYPES
};

extern struct kmem_cache *
kmalloc_caches[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1];

static __always_inline enum kmalloc_cache_type kmalloc_type(gfp_t flags)
{
	if (likely((flags & (__GFP_RECLAIMABLE | __GFP_ACCOUNT)) == 0))
		return KMALLOC_NORMAL;
	if (flags & __GFP_ACCOUNT)
		return KMALLOC_CGROUP;
	return KMALLOC_RECLAIM;
}

/* The 6.1 kmalloc_index() is a ladder of compares; this one computes it. */
static __always_inline unsigned int kmalloc_index(size_t size)
{
	unsigned int i = 3;

	if (!size)
		return 0;
	while (i < KMALLOC_SHIFT_HIGH && (1UL << i) < size)
		i++;
	return i;
}

/**
 * kmalloc - allocate memory
 * @size: how many bytes of memory are required.
 * @flags: the type of memory to allocate.
 */
static __always_inline __alloc_size(1) void *kmalloc(size_t size, gfp_t flags)
{
	if (__builtin_constant_p(size)) {
		unsigned int index;

		if (size > KMALLOC_MAX_CACHE_SIZE)
			return kmalloc_large(size, flags);

		index = kmalloc_index(size);

		if (!index)
			return ZERO_SIZE_PTR;

		return kmalloc_trace(
				kmalloc_caches[kmalloc_type(flags)][index],
				flags, size);
	}
	return __kmalloc(size, flags);
}

static __always_inline __alloc_size(1) void *kmalloc_node(size_t size, gfp_t flags, int node)
{
	if (__builtin_constant_p(size)) {
		unsigned int index;

		if (size > KMALLOC_MAX_CACHE_SIZE)
			return kmalloc_large_node(size, flags, node);

		index = kmalloc_index(size);

		if (!index)
			return ZERO_SIZE_PTR;

		return kmalloc_node_trace(
				kmalloc_caches[kmalloc_type(flags)][index],
				flags, node, size);
	}
	return __kmalloc_node(size, flags, node);
}

/**
 * kmalloc_array - allocate memory for an array.
 * @n: number of elements.
 * @size: element size.
 * @flags: the type of memory to allocate (see kmalloc).
 */
static inline __alloc_size(1, 2) void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	size_t bytes;

	if (unlikely(__builtin_mul_overflow(n, size, &bytes)))
		return NULL;
	if (__builtin_constant_p(n) && __builtin_constant_p(size))
		return kmalloc(bytes, flags);
	return __kmalloc(bytes, flags);
}

/**
 * kcalloc - allocate memory for an array. The memory is set to zero.
 * @n: number of elements.
 * @size: element size.
 * @flags: the type of memory to allocate (see kmalloc).
 */
static inline __alloc_size(1, 2) void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_array(n, size, flags | __GFP_ZERO);
}

void * __must_check krealloc(const void *objp, size_t new_size,
			     gfp_t flags) __alloc_size(2);
extern void *kmemdup(const void *src, size_t len, gfp_t gfp) __alloc_size(2);
extern char *kstrdup(const char *s, gfp_t gfp) __malloc;

/*
 * Shortcuts
 */
static inline void *kmem_cache_zalloc(struct kmem_cache *k, gfp_t flags)
{
	return kmem_cache_alloc(k, flags | __GFP_ZERO);
}

/**
 * kzalloc - allocate memory. The memory is set to zero.
 * @size: how many bytes of memory are required.
 * @flags: the type of memory to allocate (see kmalloc).
 */
static inline __alloc_size(1) void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

#endif	/* _LINUX_SLAB_H */
