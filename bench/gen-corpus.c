/* gen-corpus.c: a synthetic corpus of at least a given size made from real
 * documents: each copy varies the states named, the years and the other
 * numbers, so that no two copies are byte-identical (bench/README.md)
 *
 * usage: gen-corpus OUTDIR MEGABYTES FILE...
 */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Names rotated among themselves in each copy (same grammatical use). */
static const char *states[] = {
	"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "China",
	"India", "Brazil", "Egypt", "Indonesia", "Mexico", "Nigeria", "Argentina", "Viet Nam",
	"Mongolia", "Pakistan", "Ethiopia", "Kenya", "Chile", "Peru", "Norway", "Canada",
};
#define NSTATES (int)(sizeof states / sizeof *states)

static char *slurp(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	*len = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *p = malloc((size_t)*len + 1);
	if (p && fread(p, 1, (size_t)*len, f) != (size_t)*len) {
		free(p);
		p = NULL;
	}
	fclose(f);
	return p;
}

static int match_state(const char *p, const char *end)
{
	for (int i = 0; i < NSTATES; i++) {
		size_t n = strlen(states[i]);
		if ((size_t)(end - p) >= n && !memcmp(p, states[i], n) && (p + n == end || !isalpha((unsigned char)p[n])))
			return i;
	}
	return -1;
}

/* Write one varied copy of src to f: copy k. */
static long vary(FILE *f, const char *src, long len, int k)
{
	long out = 0;
	const char *p = src, *end = src + len;
	while (p < end) {
		if (isupper((unsigned char)*p) && (p == src || !isalpha((unsigned char)p[-1]))) {
			int s = match_state(p, end);
			if (s >= 0) {
				const char *to = states[(s + k) % NSTATES];
				out += (long)fwrite(to, 1, strlen(to), f);
				p += strlen(states[s]);
				continue;
			}
		}
		if (isdigit((unsigned char)*p) && (p == src || !isalnum((unsigned char)p[-1]))) {
			const char *q = p;
			while (q < end && isdigit((unsigned char)*q))
				q++;
			long v = strtol(p, NULL, 10);
			int n = (int)(q - p);
			if (n == 4 && v >= 1950 && v <= 2030)
				v = 1990 + (v - 1990 + k) % 40;        /* a year stays a year */
			else if (n <= 3 && v > 0)
				v = 1 + (v + k) % (n == 1 ? 9 : n == 2 ? 28 : 999); /* days stay days */
			out += fprintf(f, "%ld", v);
			p = q;
			continue;
		}
		fputc(*p++, f);
		out++;
	}
	return out;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: gen-corpus OUTDIR MEGABYTES FILE...\n");
		return 2;
	}
	const char *dir = argv[1];
	long want = atol(argv[2]) * 1000000L, total = 0;
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		perror(dir);
		return 1;
	}
	int nfiles = argc - 3;
	char **text = calloc((size_t)nfiles, sizeof *text);
	long *lens = calloc((size_t)nfiles, sizeof *lens);
	for (int i = 0; i < nfiles; i++)
		text[i] = slurp(argv[3 + i], &lens[i]);
	for (int k = 0; total < want; k++) {
		for (int i = 0; i < nfiles && total < want; i++) {
			if (!text[i])
				continue;
			const char *base = strrchr(argv[3 + i], '/');
			base = base ? base + 1 : argv[3 + i];
			char path[4096];
			snprintf(path, sizeof path, "%s/%04d-%s", dir, k, base);
			FILE *f = fopen(path, "wb");
			if (!f) {
				perror(path);
				return 1;
			}
			total += k == 0 ? (long)fwrite(text[i], 1, (size_t)lens[i], f) : vary(f, text[i], lens[i], k);
			fclose(f);
		}
	}
	printf("%ld bytes\n", total);
	return 0;
}
