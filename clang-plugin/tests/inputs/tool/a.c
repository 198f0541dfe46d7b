// SPDX-License-Identifier: GPL-2.0
#include "common.h"

void *a(void)
{
	return common_alloc();
}
