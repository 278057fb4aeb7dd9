/* test.h: the unit-test harness: TEST(name) { EXPECT(...); } registers itself */
#ifndef ACCORD_TEST_H
#define ACCORD_TEST_H

#include <stdio.h>
#include <string.h>
#include "base/str.h"

struct test_case {
	const char *name;
	const char *file;
	void (*fn)(int *failed);
};

void test_register(struct test_case t);

#define TEST(id)                                                               \
	static void test_##id(int *failed_);                                   \
	__attribute__((constructor)) static void reg_##id(void)                \
	{                                                                      \
		test_register((struct test_case){ #id, __FILE__, test_##id }); \
	}                                                                      \
	static void test_##id(int *failed_)

#define EXPECT(cond)                                                                   \
	do {                                                                           \
		if (!(cond)) {                                                         \
			fprintf(stderr, "  %s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
			(*failed_)++;                                                  \
		}                                                                      \
	} while (0)

#define EXPECT_INT(a, b)                                                                     \
	do {                                                                                 \
		long long a_ = (long long)(a), b_ = (long long)(b);                          \
		if (a_ != b_) {                                                              \
			fprintf(stderr, "  %s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, #a, a_, b_); \
			(*failed_)++;                                                        \
		}                                                                            \
	} while (0)

#define EXPECT_STR(a, b)                                                                          \
	do {                                                                                      \
		Str a_ = (a), b_ = str_c(b);                                                      \
		if (!str_eq(a_, b_)) {                                                            \
			fprintf(stderr, "  %s:%d: %s is \"%.*s\", expected \"%.*s\"\n", __FILE__, __LINE__, \
				#a, (int)a_.len, a_.s ? a_.s : "", (int)b_.len, b_.s);             \
			(*failed_)++;                                                             \
		}                                                                                 \
	} while (0)

#endif
