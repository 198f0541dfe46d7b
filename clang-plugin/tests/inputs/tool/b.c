// SPDX-License-Identifier: GPL-2.0
#include "common.h"

void *b(void)
{
	return common_alloc();
}
