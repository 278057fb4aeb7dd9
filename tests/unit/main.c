/* main.c: the unit-test runner: runs every registered test (or those whose
 * name contains argv[1]) and ends with "N passed, N failed" */
#include "test.h"

#include <stdlib.h>

static struct test_case *tests;
static int ntests, cap;

void test_register(struct test_case t)
{
	if (ntests == cap) {
		cap = cap ? cap * 2 : 256;
		tests = realloc(tests, (size_t)cap * sizeof *tests);
		if (!tests)
			abort();
	}
	tests[ntests++] = t;
}

int main(int argc, char **argv)
{
	int passed = 0, failed = 0;
	for (int i = 0; i < ntests; i++) {
		if (argc > 1 && !strstr(tests[i].name, argv[1]))
			continue;
		int f = 0;
		tests[i].fn(&f);
		if (f) {
			fprintf(stderr, "FAIL %s (%s)\n", tests[i].name, tests[i].file);
			failed++;
		} else {
			passed++;
		}
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
