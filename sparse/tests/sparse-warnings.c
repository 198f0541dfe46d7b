/*
 * sparse's own diagnostics, from each of its phases: pgcheck-sparse must
 * print exactly these (the parity test), besides its own findings.
 */
#define __acquires(x)	__attribute__((context(x, 0, 1)))
#define __releases(x)	__attribute__((context(x, 1, 0)))
#define __acquire(x)	__context__(x, 1)
#define __release(x)	__context__(x, -1)

struct lock { int x; };
void take(struct lock *l) __acquires(l);
void drop(struct lock *l) __releases(l);

int not_static;				/* evaluation: should it be static? */

static int imbalance(struct lock *l, int n)	/* linearize: context imbalance */
{
	take(l);
	if (n)
		return 1;
	drop(l);
	return 0;
}

int use(struct lock *l);
int use(struct lock *l)
{
	int *p = 0;

	return imbalance(l, 1) + (p == 0) + (1 << 40);	/* expand: shift too big */
}
