/* os.h: the seam to the operating system (files, directories, time) */
#ifndef ACCORD_OS_H
#define ACCORD_OS_H

#include <stdbool.h>
#include <stdint.h>
#include "arena.h"
#include "diag.h"

/* Read the whole regular file at path into the arena (NUL-terminated after
 * len).  Fails with ACC_ENOENT, ACC_EISDIR, ACC_EEMPTY, ACC_ETOOBIG (over
 * limit bytes, checked before reading) or ACC_EIO; d names the reason. */
int os_read_file(Arena *a, const char *path, ptrdiff_t limit, Str *out, struct diag *d);
bool os_is_dir(const char *path);
/* Call fn for every regular file under dir (recursively, sorted by name,
 * hidden entries skipped); stops and returns fn's first non-zero result. */
int os_walk(const char *dir, int (*fn)(const char *path, void *ctx), void *ctx);
int64_t os_now_ms(void);      /* monotonic milliseconds */
int64_t os_time(void);        /* seconds since the epoch */

#endif
