/* os.c: files and directories */
#define _POSIX_C_SOURCE 200809L
#include "os.h"

#include <dirent.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int os_read_file(Arena *a, const char *path, ptrdiff_t limit, Str *out, struct diag *d)
{
	*out = STR_NULL;
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		if (errno == ENOENT)
			return diag_set(d, ACC_ENOENT, -1, "no such file");
		return diag_set(d, ACC_EIO, -1, "%s", strerror(errno));
	}
	struct stat st;
	int rc = ACC_OK;
	if (fstat(fd, &st) < 0) {
		rc = diag_set(d, ACC_EIO, -1, "%s", strerror(errno));
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		rc = diag_set(d, ACC_EISDIR, -1, "is a directory");
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = diag_set(d, ACC_EINVAL, -1, "not a regular file");
		goto out;
	}
	if (st.st_size == 0) {
		rc = diag_set(d, ACC_EEMPTY, -1, "empty file");
		goto out;
	}
	if (limit > 0 && st.st_size > limit) {
		rc = diag_set(d, ACC_ETOOBIG, -1, "file too large (%lld bytes; the limit is %td)",
			      (long long)st.st_size, limit);
		goto out;
	}
	char *p = arena_alloc(a, 1, 16, (ptrdiff_t)st.st_size + 1);
	ptrdiff_t got = 0;
	while (got < st.st_size) {
		ssize_t n = read(fd, p + got, (size_t)(st.st_size - got));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = diag_set(d, ACC_EIO, got, "%s", strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		got += n;
	}
	p[got] = 0;
	*out = (Str){ p, got };
out:
	close(fd);
	return rc;
}

bool os_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int os_walk(const char *dir, int (*fn)(const char *path, void *ctx), void *ctx)
{
	DIR *dp = opendir(dir);
	if (!dp)
		return fn(dir, ctx);
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(dp))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = realloc(names, cap * sizeof *names);
			if (!nn)
				break;
			names = nn;
		}
		names[n++] = strdup(e->d_name);
	}
	closedir(dp);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_names);
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		if (!rc && names[i]) {
			size_t len = strlen(dir) + strlen(names[i]) + 2;
			char *path = malloc(len);
			if (path) {
				size_t dl = strlen(dir);
				snprintf(path, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names[i]);
				struct stat st;
				if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
					rc = os_walk(path, fn, ctx);
				else if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
					rc = fn(path, ctx);
				free(path);
			}
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int64_t os_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t os_time(void)
{
	return (int64_t)time(NULL);
}
