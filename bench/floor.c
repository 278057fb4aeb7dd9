/* floor.c: the physical floor for throughput: read the same bytes as accord
 * and count newlines with memchr (bench/README.md) */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static long long lines, bytes;

static void count(const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return;
	struct stat st;
	if (fstat(fd, &st) == 0 && st.st_size > 0) {
		char *p = malloc((size_t)st.st_size);
		ssize_t got = p ? read(fd, p, (size_t)st.st_size) : -1;
		for (const char *q = p, *end = p + (got > 0 ? got : 0); q < end; q++) {
			q = memchr(q, '\n', (size_t)(end - q));
			if (!q)
				break;
			lines++;
		}
		bytes += got > 0 ? got : 0;
		free(p);
	}
	close(fd);
}

static void walk(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		count(path);
		return;
	}
	DIR *d = opendir(path);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char sub[4096];
		snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
		walk(sub);
	}
	if (d)
		closedir(d);
}

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		walk(argv[i]);
	printf("%lld bytes, %lld lines\n", bytes, lines);
	return 0;
}
