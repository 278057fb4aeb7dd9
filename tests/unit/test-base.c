/* test-base.c: arena, Str, JSON writer, dates, UTF-8, tokens */
#include "test.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/json.h"
#include "base/token.h"
#include "base/utf8.h"

TEST(base_arena_grow_keeps_items)
{
	Arena a;
	arena_init(&a, 64);
	int *v = NULL;
	ptrdiff_t n = 0, cap = 0;
	for (int i = 0; i < 1000; i++)
		apush(&a, v, n, cap, i * 3);
	EXPECT_INT(n, 1000);
	EXPECT_INT(v[999], 2997);
	struct arena_mark m = arena_save(&a);
	anew(&a, char, 1 << 20);
	arena_restore(&a, m);
	EXPECT_INT(v[500], 1500);
	arena_release(&a);
}

TEST(base_json_writer_escapes_and_nests)
{
	struct buf b;
	buf_init(&b);
	struct json j;
	json_init(&j, &b, false);
	json_obj(&j);
	json_key(&j, "a\"b");
	json_str(&j, S("line\nbreak \x01"));
	json_key(&j, "list");
	json_arr(&j);
	json_int(&j, 1);
	json_null(&j);
	json_arr(&j);
	json_arr_end(&j);
	json_arr_end(&j);
	json_obj_end(&j);
	EXPECT_STR(buf_str(&b), "{\"a\\\"b\":\"line\\nbreak \\u0001\",\"list\":[1,null,[]]}");
	EXPECT(!b.err);
	buf_release(&b);
}

TEST(base_date_precision_and_ranges)
{
	char iso[11];
	struct date d = date_parse(S("2025-06"));
	EXPECT_INT(d.y, 2025);
	EXPECT_INT(d.m, 6);
	EXPECT_INT(date_iso(d, iso), 7);
	EXPECT(!date_ok(date_parse(S("2025-02-30"))));
	EXPECT(date_within(date_parse(S("2025-06-17")), date_parse(S("2025")), DATE_NONE));
	EXPECT(!date_within(date_parse(S("2024-12-31")), date_parse(S("2025")), DATE_NONE));
	EXPECT(date_cmp(date_parse(S("2025")), date_parse(S("2025-01-01"))) < 0);
}

TEST(base_utf8_finds_first_bad_byte)
{
	EXPECT_INT(utf8_invalid(S("plain ascii text")), -1);
	EXPECT_INT(utf8_invalid(S("Äkim 中国")), -1);
	EXPECT_INT(utf8_invalid(S("abc\xff")), 3);
	EXPECT_INT(utf8_invalid(S("ab\xc0\xaf")), 2);      /* overlong */
	EXPECT_INT(utf8_invalid(S("x\xed\xa0\x80")), 1);   /* surrogate */
}

TEST(base_tokens_split_possessive_and_fold)
{
	Arena a;
	arena_init(&a, 0);
	struct token *t;
	int n = tok_all(&a, S("China's Xi'an, UNESCO 1,000 中国"), &t);
	EXPECT_INT(n, 8);
	EXPECT_INT(t[0].len, 5);            /* China */
	EXPECT_INT(t[1].len, 2);            /* 's */
	EXPECT_INT(t[2].len, 5);            /* Xi'an */
	EXPECT(t[4].flags & TOK_UPPER);     /* UNESCO */
	EXPECT_INT(t[5].kind, TOK_NUM);     /* 1,000 */
	EXPECT_INT(t[6].kind, TOK_CJK);
	EXPECT(tok_key(S("Xi’an")) == tok_key(S("xi'an")));
	EXPECT(tok_key(S("Äkim")) == tok_key(S("akim")));
	EXPECT_STR(tok_fold(&a, S("Tokayev")), "tokayev");
	arena_release(&a);
}
