/* test-versions.c: language versions of one work: linking, the pivot, and
 * the alignment of paragraphs by part number and order, on short texts of
 * our own in English, Russian and Chinese */
#include "test.h"
#include "store/store.h"
#include "kb/kb.h"

#include <stdlib.h>

static const char en[] =
	"Joint Statement on Mountain Tourism\n"
	"\n"
	"The ministers met in Bishkek on 3 May 2026.\n"
	"\n"
	"I. The parties will develop mountain tourism routes.\n"
	"\n"
	"The parties will train mountain guides.\n"
	"\n"
	"II. The parties support a common tourist visa.\n"
	"\n"
	"III. The parties welcome the offer of Kyrgyzstan to host the next meeting.\n";

/* Part I has one paragraph more than the English (a sentence split in
 * two): part II must still pair with part II. */
static const char ru[] =
	"Совместное заявление о горном туризме\n"
	"\n"
	"Министры встретились в Бишкеке 3 мая 2026 года.\n"
	"\n"
	"I. Стороны будут развивать горные туристические маршруты.\n"
	"\n"
	"Стороны будут готовить горных гидов.\n"
	"\n"
	"Стороны обменяются опытом.\n"
	"\n"
	"II. Стороны поддерживают общую туристическую визу.\n"
	"\n"
	"III. Стороны приветствуют предложение Кыргызстана провести следующую встречу.\n";

/* No part numbers at all: paragraphs pair by order. */
static const char zh[] =
	"关于山地旅游的联合声明\n"
	"\n"
	"各国部长于2026年5月3日在比什凯克会晤。\n"
	"\n"
	"各方将开发山地旅游线路。\n"
	"\n"
	"各方将培训山地向导。\n"
	"\n"
	"各方支持共同旅游签证。\n"
	"\n"
	"各方欢迎吉尔吉斯斯坦主办下次会议的提议。\n";

/* The same texts on other days: no version of the others by their fields. */
static const char *dated(Arena *a, const char *text, const char *from, const char *to)
{
	Str t = str_c(text);
	ptrdiff_t at = str_find(t, str_c(from));
	return arena_printf(a, "%.*s%s%s", (int)at, text, to, text + at + strlen(from)).s;
}

static int64_t put(struct store *st, const char *source, const char *text)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	struct store_ingested res;
	int rc = store_ingest(st, kb_default(), &a, str_c(source), str_c(text), &res, &d);
	if (rc)
		fprintf(stderr, "  ingest %s: %s\n", source, d.msg);
	arena_release(&a);
	return rc ? 0 : res.doc_id;
}

static int64_t num(const struct store_table *t, int row, const char *col)
{
	const struct store_cell *c = store_cell(t, row, store_table_col(t, col));
	return c->s.s ? strtoll(c->s.s, NULL, 10) : 0;
}

static Str text(const struct store_table *t, int row, const char *col)
{
	return store_cell(t, row, store_table_col(t, col))->s;
}

/* The row whose pivot text contains needle, or -1. */
static int row_with(const struct store_table *t, const char *col, const char *needle)
{
	for (int r = 0; r < t->nrows; r++)
		if (str_find(text(t, r, col), str_c(needle)) >= 0)
			return r;
	return -1;
}

TEST(versions_attach_makes_english_the_pivot)
{
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, ":memory:", &d), 0);
	/* The Russian comes first; the English joins it and becomes the pivot. */
	int64_t r = put(&st, "/t/ru.txt", ru), e = put(&st, "/t/en.txt", en), z = put(&st, "/t/zh.txt", zh);
	EXPECT(r && e && z);
	EXPECT_INT(store_version_attach(&st, r, e, &d), 0);
	EXPECT_INT(store_version_attach(&st, e, z, &d), 0);
	Arena a;
	arena_init(&a, 1 << 16);
	struct store_table t;
	EXPECT_INT(store_versions(&st, &a, z, &t, &d), 0);
	EXPECT_INT(t.nrows, 3);
	EXPECT_INT(num(&t, 0, "document"), e);
	EXPECT(str_eq(text(&t, 0, "lang"), S("en")));
	EXPECT_INT(num(&t, 0, "pivot"), 1);
	/* A second Chinese version is refused, and a document is not its own version. */
	int64_t z2 = put(&st, "/t/zh2.txt", zh);
	EXPECT_INT(store_version_attach(&st, e, z2, &d), ACC_EINVAL);
	EXPECT(strstr(d.msg, "already has a version"));
	EXPECT_INT(store_version_attach(&st, e, e, &d), ACC_EINVAL);
	EXPECT_INT(store_version_attach(&st, 999, z2, &d), ACC_ENOTFOUND);
	EXPECT_INT(store_versions(&st, &a, z2, &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	arena_release(&a);
	store_release(&st);
}

TEST(versions_align_by_part_number_then_order)
{
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, ":memory:", &d), 0);
	int64_t e = put(&st, "/t/en.txt", en), r = put(&st, "/t/ru.txt", ru);
	EXPECT_INT(store_version_attach(&st, e, r, &d), 0);
	Arena a;
	arena_init(&a, 1 << 16);
	struct store_table t;
	EXPECT_INT(store_align(&st, &a, e, r, &t, &d), 0);
	EXPECT(str_eq(t.cols[8], S("text_en")) && str_eq(t.cols[10], S("text_ru")));
	/* Part II pairs with part II although part I of the Russian is longer. */
	int visa = row_with(&t, "text_en", "tourist visa");
	EXPECT(visa >= 0 && str_find(text(&t, visa, "text_ru"), S("визу")) >= 0);
	EXPECT(visa >= 0 && str_eq(text(&t, visa, "modality"), S("support")));
	/* The Russian paragraph with no English counterpart stands alone, in part I. */
	int extra = row_with(&t, "text_ru", "обменяются");
	EXPECT(extra >= 0 && !text(&t, extra, "text_en").s && str_eq(text(&t, extra, "section"), S("I")));
	int guides = row_with(&t, "text_en", "guides");
	EXPECT(guides >= 0 && str_find(text(&t, guides, "text_ru"), S("гидов")) >= 0);
	EXPECT(guides >= 0 && num(&t, guides, "clause") > 0 && str_eq(text(&t, guides, "modality"), S("commit")));
	arena_release(&a);
	store_release(&st);
}

TEST(versions_align_by_order_without_numbering)
{
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, ":memory:", &d), 0);
	int64_t e = put(&st, "/t/en.txt", en), z = put(&st, "/t/zh.txt", zh);
	EXPECT_INT(store_version_attach(&st, e, z, &d), 0);
	Arena a;
	arena_init(&a, 1 << 16);
	struct store_table t;
	EXPECT_INT(store_align(&st, &a, e, z, &t, &d), 0);
	int welcome = row_with(&t, "text_en", "welcome");
	EXPECT(welcome >= 0 && str_find(text(&t, welcome, "text_zh"), S("欢迎")) >= 0);
	EXPECT(welcome >= 0 && str_eq(text(&t, welcome, "modality"), S("welcome")));
	int routes = row_with(&t, "text_en", "routes");
	EXPECT(routes >= 0 && str_find(text(&t, routes, "text_zh"), S("旅游线路")) >= 0);
	for (int r = 0; r < t.nrows; r++)
		EXPECT(text(&t, r, "text_en").s && text(&t, r, "text_zh").s);
	arena_release(&a);
	store_release(&st);
}

TEST(search_finds_a_chinese_word_inside_a_sentence)
{
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, ":memory:", &d), 0);
	EXPECT(put(&st, "/t/zh.txt", zh) && put(&st, "/t/en.txt", en) && put(&st, "/t/ru.txt", ru));
	Arena a;
	arena_init(&a, 1 << 16);
	struct store_table t;
	struct store_filter f = STORE_FILTER_ANY;
	/* 签证 is two characters inside the run 各方支持共同旅游签证 */
	EXPECT_INT(store_search(&st, &a, S(" 签证 "), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	EXPECT(t.nrows == 1 && str_eq(text(&t, 0, "snippet"), S("各方支持共同旅游[签证]。")));
	EXPECT_INT(store_search(&st, &a, S("山地"), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 2);
	/* Russian words are words: FTS5 finds them, with a prefix for other endings. */
	EXPECT_INT(store_search(&st, &a, S("гид*"), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	EXPECT_INT(store_search(&st, &a, S("签证"), &(struct store_filter){ .commitment = -1, .document = 99 }, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 0);
	arena_release(&a);
	store_release(&st);
}

TEST(versions_a_document_moves_to_another_work)
{
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, ":memory:", &d), 0);
	/* Work A: the Russian pivot (no English) with a Chinese version; work
	 * B: an English text alone.  The Russian moves to B: B's English
	 * stays the pivot, and A is the Chinese alone again. */
	Arena a;
	arena_init(&a, 1 << 16);
	int64_t r = put(&st, "/t/ru.txt", ru), z = put(&st, "/t/zh.txt", dated(&a, zh, "5月3日", "6月3日")),
		e = put(&st, "/t/en.txt", dated(&a, en, "3 May", "4 June"));
	EXPECT_INT(store_version_attach(&st, r, z, &d), 0);
	struct store_table t;
	EXPECT_INT(store_versions(&st, &a, z, &t, &d), 0);
	EXPECT_INT(t.nrows, 2);
	EXPECT_INT(num(&t, 0, "document"), r);
	EXPECT_INT(store_version_attach(&st, e, r, &d), 0);
	EXPECT_INT(store_versions(&st, &a, r, &t, &d), 0);
	EXPECT_INT(t.nrows, 2);
	EXPECT_INT(num(&t, 0, "document"), e);
	EXPECT_INT(store_versions(&st, &a, z, &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	EXPECT(!store_cell(&t, 0, store_table_col(&t, "pivot"))->s.s);
	/* Attaching again changes nothing. */
	EXPECT_INT(store_version_attach(&st, e, r, &d), 0);
	EXPECT_INT(store_versions(&st, &a, e, &t, &d), 0);
	EXPECT_INT(t.nrows, 2);
	arena_release(&a);
	store_release(&st);
}

TEST(versions_link_by_kind_date_and_place)
{
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, ":memory:", &d), 0);
	Arena a;
	arena_init(&a, 1 << 16);
	/* A Russian text of another day stays alone; the three of one day are one work. */
	int64_t other = put(&st, "/t/ru-other.txt", dated(&a, ru, "3 мая", "5 мая"));
	int64_t z = put(&st, "/t/zh.txt", zh), r = put(&st, "/t/ru.txt", ru), e = put(&st, "/t/en.txt", en);
	EXPECT(other && z && r && e);
	struct store_table t;
	EXPECT_INT(store_versions(&st, &a, z, &t, &d), 0);
	EXPECT_INT(t.nrows, 3);
	EXPECT_INT(num(&t, 0, "document"), e);
	EXPECT_INT(store_versions(&st, &a, other, &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	arena_release(&a);
	store_release(&st);
}

TEST(versions_attach_inside_a_bulk_transaction)
{
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, ":memory:", &d), 0);
	Arena a;
	arena_init(&a, 1 << 16);
	int64_t e = put(&st, "/t/en.txt", dated(&a, en, "3 May", "4 June")), r = put(&st, "/t/ru.txt", ru);
	EXPECT_INT(sqlite3_exec(st.db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	EXPECT_INT(store_version_attach(&st, e, e, &d), ACC_EINVAL);
	EXPECT_INT(store_version_attach(&st, e, r, &d), 0);
	EXPECT(!sqlite3_get_autocommit(st.db)); /* the caller's transaction is still open */
	EXPECT_INT(sqlite3_exec(st.db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	struct store_table t;
	EXPECT_INT(store_versions(&st, &a, r, &t, &d), 0);
	EXPECT_INT(t.nrows, 2);
	arena_release(&a);
	store_release(&st);
}
