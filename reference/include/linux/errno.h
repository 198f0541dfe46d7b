/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#define ENOMEM		12	/* Out of memory */
#define EBUSY		16	/* Device or resource busy */
#define EINVAL		22	/* Invalid argument */

#endif /* _LINUX_ERRNO_H */
