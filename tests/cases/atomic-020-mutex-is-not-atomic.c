// SPDX-License-Identifier: GPL-2.0
/*
 * A mutex protects the list; GFP_KERNEL allocations under a mutex are fine
 * because holding a mutex may sleep.
 *
 * Expectation: clean.
 */
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/mutex.h>

struct client {
	int id;
	struct client *next;
};

static DEFINE_MUTEX(clients_mutex);
static struct client *clients;

int client_register(int id);
int client_register(int id)
{
	struct client *c;

	mutex_lock(&clients_mutex);
	c = kzalloc(sizeof(*c), GFP_KERNEL);
	if (c) {
		c->id = id;
		c->next = clients;
		clients = c;
	}
	mutex_unlock(&clients_mutex);
	return c ? 0 : -ENOMEM;
}
