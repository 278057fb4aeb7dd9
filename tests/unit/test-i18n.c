/* test-i18n.c: the interface's languages: Accept-Language and the lang
 * cookie, the .mo reader (sound and corrupt catalogues), T() and labels,
 * ICU dates and counts, localised entity names, the switcher, and pages
 * through the dispatcher in three languages */
#include "test.h"
#include "extract/extract.h"
#include "kb/kb.h"
#include "store/store.h"
#include "track/track.h"
#include "web/web-int.h"

#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

TEST(i18n_accept_language)
{
	EXPECT_STR(str_c(web_lang(S("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"))), "ru");
	EXPECT_STR(str_c(web_lang(S("en;q=0.5, zh-CN"))), "zh-Hans");
	EXPECT_STR(str_c(web_lang(S("zh"))), "zh-Hans");
	EXPECT_STR(str_c(web_lang(S("zh-Hans-CN"))), "zh-Hans");
	EXPECT_STR(str_c(web_lang(S("ZH-sg"))), "zh-Hans");
	EXPECT_STR(str_c(web_lang(S("zh_Hans"))), "zh-Hans");
	/* Traditional Chinese is not ours: the next choice, or English */
	EXPECT_STR(str_c(web_lang(S("zh-TW"))), "en");
	EXPECT_STR(str_c(web_lang(S("zh-Hant, ru;q=0.3"))), "ru");
	EXPECT_STR(str_c(web_lang(S("zh-HK;q=1, ru;q=0.2"))), "ru");
	/* q-values weigh, order breaks ties, q=0 refuses */
	EXPECT_STR(str_c(web_lang(S("fr-FR, de;q=0.9, ru;q=0.1"))), "ru");
	EXPECT_STR(str_c(web_lang(S("en;q=0.5, ru;q=0.5"))), "en");
	EXPECT_STR(str_c(web_lang(S("ru;q=0.5, en;q=0.5"))), "ru");
	EXPECT_STR(str_c(web_lang(S("ru;q=0.2, zh;q=0.8"))), "zh-Hans");
	EXPECT_STR(str_c(web_lang(S("ru;q=0"))), "en");
	EXPECT_STR(str_c(web_lang(S("ru;q=0.000, zh;q=0.001"))), "zh-Hans");
	EXPECT_STR(str_c(web_lang(S("*;q=0.1, ru;q=0.05"))), "en");
	EXPECT_STR(str_c(web_lang(S("ru ; q=0.8 ; foo=bar"))), "ru");
	/* garbage: malformed weights and tags are skipped, never fatal */
	EXPECT_STR(str_c(web_lang(S(""))), "en");
	EXPECT_STR(str_c(web_lang(STR_NULL)), "en");
	EXPECT_STR(str_c(web_lang(S(";;;,,,q=;=,"))), "en");
	EXPECT_STR(str_c(web_lang(S("ru;q=abc"))), "en");
	EXPECT_STR(str_c(web_lang(S("ru;q=1.5"))), "en");
	EXPECT_STR(str_c(web_lang(S("ru;q=-1"))), "en");
	EXPECT_STR(str_c(web_lang(S("r\xc3\xbc, <script>, ru-RU;q=0.4"))), "ru");
	EXPECT_STR(str_c(web_lang(S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-ru, ru;q=0.3"))), "ru");
	EXPECT_INT(web_lang_match(S("ru-RU")), WEB_RU);
	EXPECT_INT(web_lang_match(S("en-GB")), WEB_EN);
	EXPECT_INT(web_lang_match(S("russian")), -1);
	EXPECT_INT(web_lang_match(S("zh-Hant-TW")), -1);
}

TEST(i18n_cookie_overrides)
{
	Arena a;
	arena_init(&a, 4096);
	struct http_req req = { .a = &a };
	req.accept_language = S("ru");
	EXPECT_STR(str_c(web_req_lang(&req)), "ru");
	req.cookie = S("accord_csrf=abc; lang=zh-Hans");
	EXPECT_STR(str_c(web_req_lang(&req)), "zh-Hans");
	req.cookie = S("lang=en");
	EXPECT_STR(str_c(web_req_lang(&req)), "en");
	req.cookie = S("lang=fr"); /* not ours: Accept-Language decides */
	EXPECT_STR(str_c(web_req_lang(&req)), "ru");
	req.cookie = S("lang=zh-Hans\r\nX: y");
	EXPECT_STR(str_c(web_req_lang(&req)), "ru");
	/* only a lang cookie keeps a request cacheable */
	EXPECT(web_cookie_only_lang(S("")));
	EXPECT(web_cookie_only_lang(S("lang=ru")));
	EXPECT(web_cookie_only_lang(S(" lang=ru; ")));
	EXPECT(!web_cookie_only_lang(S("lang=ru; accord_session=x")));
	EXPECT(!web_cookie_only_lang(S("accord_csrf=y")));
	arena_release(&a);
}

/* ---- the .mo reader ---- */

struct mo_msg {
	const char *id, *str;
};

static void put32(unsigned char *p, uint32_t v, bool be)
{
	for (int i = 0; i < 4; i++)
		p[be ? 3 - i : i] = (unsigned char)(v >> (8 * i));
}

/* A catalogue as msgfmt writes it (originals sorted), into out (cap bytes);
 * its length. */
static ptrdiff_t make_mo(unsigned char *out, ptrdiff_t cap, const struct mo_msg *m, int n, bool be)
{
	memset(out, 0, (size_t)cap);
	uint32_t O = 28, Tt = O + 8 * (uint32_t)n, at = Tt + 8 * (uint32_t)n;
	put32(out, 0x950412de, be);
	put32(out + 4, 0, be);
	put32(out + 8, (uint32_t)n, be);
	put32(out + 12, O, be);
	put32(out + 16, Tt, be);
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < n; i++) {
			const char *s = k ? m[i].str : m[i].id;
			uint32_t len = (uint32_t)strlen(s);
			put32(out + (k ? Tt : O) + 8 * i, len, be);
			put32(out + (k ? Tt : O) + 8 * i + 4, at, be);
			memcpy(out + at, s, len + 1);
			at += len + 1;
		}
	(void)cap;
	return at;
}

static const struct mo_msg msgs[] = {
	{ "", "Content-Type: text/plain; charset=UTF-8\n" },
	{ "Home", "Главная" },
	{ "Search", "Поиск" },
	{ "modality\004note", "отмечают" },
	{ "zzz", "" }, /* untranslated: a miss */
};

TEST(i18n_mo_reader)
{
	unsigned char buf[1024];
	struct mo m;
	struct diag d;
	diag_clear(&d);
	for (int be = 0; be < 2; be++) {
		ptrdiff_t len = make_mo(buf, sizeof buf, msgs, 5, be);
		EXPECT_INT(mo_open(&m, (Str){ (char *)buf, len }, &d), 0);
		EXPECT_INT(m.n, 5);
		EXPECT_STR(mo_get(&m, S("Home")), "Главная");
		EXPECT_STR(mo_get(&m, S("Search")), "Поиск");
		EXPECT_STR(mo_get(&m, S("modality\004note")), "отмечают");
		EXPECT(!mo_get(&m, S("note")).s);
		EXPECT(!mo_get(&m, S("zzz")).s);
		EXPECT(!mo_get(&m, S("Hom")).s);
		EXPECT(!mo_get(&m, S("Homes")).s);
		EXPECT(!mo_get(&m, S("aaa")).s);
	}
	ptrdiff_t len = make_mo(buf, sizeof buf, msgs, 5, false);
	/* truncated anywhere: rejected, never read past the end */
	for (ptrdiff_t cut = 0; cut < len; cut++) {
		diag_clear(&d);
		EXPECT(mo_open(&m, (Str){ (char *)buf, cut }, &d) != 0);
	}
	EXPECT(!mo_get(&m, S("Home")).s); /* a rejected catalogue is empty */
	unsigned char bad[1024];
	/* wrong magic */
	memcpy(bad, buf, (size_t)len);
	bad[0] ^= 1;
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_EINVAL);
	/* a string's offset beyond the file */
	memcpy(bad, buf, (size_t)len);
	put32(bad + 28 + 8 + 4, 0x7fffffff, false);
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_EINVAL);
	/* a length that wraps around */
	memcpy(bad, buf, (size_t)len);
	put32(bad + 28 + 8, 0xffffffff, false);
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_EINVAL);
	/* a table beyond the file, and a count beyond any table */
	memcpy(bad, buf, (size_t)len);
	put32(bad + 16, 0xfffffff0, false);
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_EINVAL);
	memcpy(bad, buf, (size_t)len);
	put32(bad + 8, 40000, false);
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_EINVAL);
	memcpy(bad, buf, (size_t)len);
	put32(bad + 8, 0xffffffff, false);
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_ETOOBIG);
	/* a string not NUL-terminated */
	memcpy(bad, buf, (size_t)len);
	bad[len - 1] = 'x';
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_EINVAL);
	/* originals out of order: binary search would miss, so rejected */
	static const struct mo_msg unsorted[] = { { "", "h" }, { "b", "B" }, { "a", "A" } };
	len = make_mo(bad, sizeof bad, unsorted, 3, false);
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), ACC_EINVAL);
	EXPECT(str_find(str_c(d.msg), S("out of order")) >= 0);
	/* empty: valid, finds nothing */
	len = make_mo(bad, sizeof bad, msgs, 0, false);
	EXPECT_INT(mo_open(&m, (Str){ (char *)bad, len }, &d), 0);
	EXPECT(!mo_get(&m, S("Home")).s);
	/* the embedded catalogues parse */
	EXPECT(web_catalog(WEB_RU) != NULL);
	EXPECT(web_catalog(WEB_ZH) != NULL);
	EXPECT(web_catalog(WEB_EN) == NULL);
	EXPECT(web_catalog(WEB_RU)->n > 200);
}

TEST(i18n_t_lookup)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct web w;
	memset(&w, 0, sizeof w);
	struct http_req req = { .a = &a, .w = &w };
	const char *home = "Home";
	req.lang = "en";
	EXPECT(T(&req, home) == home);
	req.lang = "ru";
	EXPECT_STR(str_c(T(&req, "Home")), "Главная");
	EXPECT_STR(str_c(T(&req, "%s clauses match")), "Найдено пунктов: %s");
	EXPECT_STR(str_c(web_label(&req, "modality", S("note"))), "отмечают");
	EXPECT_STR(str_c(web_label(&req, "issue area", S("trade"))), "торговля");
	EXPECT_STR(str_c(T(&req, "")), "");
	req.lang = "zh-Hans";
	EXPECT_STR(str_c(T(&req, "Home")), "首页");
	EXPECT_STR(str_c(web_label(&req, "document kind", S("declaration"))), "宣言");
	/* a miss: counted; the msgid itself, or marked when strict */
	EXPECT_INT(web_i18n_misses(&w), 0);
	EXPECT_STR(str_c(T(&req, "No such message here")), "No such message here");
	EXPECT_INT(web_i18n_misses(&w), 1);
	w.i18n_strict = true;
	EXPECT_STR(str_c(T(&req, "No such message here")), "⟦No such message here⟧");
	EXPECT_STR(str_c(web_label(&req, "modality", S("ponder"))), "⟦ponder⟧");
	EXPECT_INT(web_i18n_misses(&w), 3);
	req.lang = "en"; /* English never misses */
	EXPECT_STR(str_c(T(&req, "No such message here")), "No such message here");
	EXPECT_STR(str_c(web_label(&req, "modality", S("ponder"))), "ponder");
	EXPECT_INT(web_i18n_misses(&w), 3);
	/* a translated format must take the msgid's arguments */
	struct buf b;
	buf_init(&b);
	html_txt_with(&b, "Найдено пунктов: %s", S("1 234"));
	EXPECT_STR(buf_str(&b), "Найдено пунктов: 1 234");
	buf_reset(&b);
	html_txt_with(&b, "no format <here>", S("x"));
	EXPECT_STR(buf_str(&b), "no format &lt;here&gt;");
	buf_release(&b);
	arena_release(&a);
}

/* Every value a page can show through web_label is listed in labels.c
 * and translated in both catalogues: a new modality, area or kind in
 * extract fails here before it reaches a page untranslated. */
static bool listed(const char *ctx, const char *v)
{
	for (int i = 0; web_labels[i][0]; i++)
		if (!strcmp(web_labels[i][0], ctx) && !strcmp(web_labels[i][1], v))
			return true;
	fprintf(stderr, "  label %s|%s is not in src/web/labels.c\n", ctx, v);
	return false;
}

TEST(i18n_labels_complete)
{
	for (int m = MOD_COMMIT; m <= MOD_NOTE; m++)
		EXPECT(listed("modality", modality_name(m)));
	for (int k = 0; k < AREA_COUNT; k++)
		EXPECT(listed("issue area", area_name(k)));
	for (int k = EV_ARRIVAL; k <= EV_APPOINTMENT; k++)
		EXPECT(listed("event", event_type_name(k)));
	for (int k = AK_BILATERAL; k <= AK_SISTER_CITY; k++)
		EXPECT(listed("agreement kind", agreement_kind_name(k)));
	for (int k = DK_OTHER; k <= DK_STATEMENT; k++)
		EXPECT(listed("document kind", doc_kind_name(k)));
	for (int k = KB_STATE; k <= KB_PLACE + 2; k++)
		EXPECT(listed("entity type", kb_type_name(k)));
	for (int k = TRACK_ANON; k <= TRACK_ANALYST; k++)
		EXPECT(listed("role", track_role_name(k)));
	Arena a;
	arena_init(&a, 1 << 16);
	struct web w;
	memset(&w, 0, sizeof w);
	w.i18n_strict = true;
	struct http_req req = { .a = &a, .w = &w };
	static const char *const langs[] = { "ru", "zh-Hans" };
	for (int l = 0; l < 2; l++) {
		req.lang = langs[l];
		for (int i = 0; web_labels[i][0]; i++)
			web_label(&req, web_labels[i][0], str_c(web_labels[i][1]));
	}
	EXPECT_INT(web_i18n_misses(&w), 0);
	arena_release(&a);
}

TEST(i18n_icu_dates_and_counts)
{
	Arena a;
	arena_init(&a, 1 << 16);
	/* CLDR's Russian puts a narrow no-break space (U+202F) before "г." (год) */
	EXPECT_STR(web_date_in(&a, WEB_EN, S("2025-06-17")), "17 June 2025");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("2025-06-17")), "17 июня 2025\xe2\x80\xafг.");
	EXPECT_STR(web_date_in(&a, WEB_ZH, S("2025-06-17")), "2025年6月17日");
	EXPECT_STR(web_date_in(&a, WEB_EN, S("2025-06")), "June 2025");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("2025-06")), "июнь 2025\xe2\x80\xafг.");
	EXPECT_STR(web_date_in(&a, WEB_ZH, S("2025-06")), "2025年6月");
	EXPECT_STR(web_date_in(&a, WEB_EN, S("2025")), "2025");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("2025")), "2025");
	EXPECT_STR(web_date_in(&a, WEB_ZH, S("2025")), "2025年");
	/* calendar dates: no time zone moves the first or last day of a year */
	EXPECT_STR(web_date_in(&a, WEB_EN, S("2024-12-31")), "31 December 2024");
	EXPECT_STR(web_date_in(&a, WEB_EN, S("2024-02-29")), "29 February 2024");
	EXPECT_STR(web_date_in(&a, WEB_ZH, S("2030-01-01")), "2030年1月1日");
	/* not a date: as given */
	EXPECT_STR(web_date_in(&a, WEB_RU, S("2025-02-30")), "2025-02-30");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("2023-02-29")), "2023-02-29");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("2025-13")), "2025-13");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("20x5")), "20x5");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("1200")), "1200");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("2025-06-17T10:00")), "2025-06-17T10:00");
	EXPECT_STR(web_date_in(&a, WEB_RU, S("")), "");
	EXPECT_STR(web_count_in(&a, WEB_EN, 12345), "12,345");
	EXPECT_STR(web_count_in(&a, WEB_RU, 12345), "12\xc2\xa0" "345");
	EXPECT_STR(web_count_in(&a, WEB_ZH, 12345), "12,345");
	EXPECT_STR(web_count_in(&a, WEB_RU, 7), "7");
	EXPECT_STR(web_count_in(&a, WEB_EN, -1234567), "-1,234,567");
	EXPECT_STR(web_score_in(&a, WEB_EN, 0.5), "+0.50");
	EXPECT_STR(web_score_in(&a, WEB_RU, 0.5), "+0,50");
	EXPECT_STR(web_score_in(&a, WEB_ZH, -1), "−1.00");
	EXPECT_STR(web_percent_in(&a, WEB_EN, 75), "75%");
	EXPECT_STR(web_percent_in(&a, WEB_RU, 75), "75\xc2\xa0%");
	EXPECT_STR(web_percent_in(&a, WEB_ZH, 75), "75%");
	/* html_date keeps the machine-readable form */
	struct http_req req = { .a = &a, .lang = "ru" };
	struct buf b;
	buf_init(&b);
	html_date(&b, &req, S("2025-06-17"));
	EXPECT_STR(buf_str(&b), "<time datetime=\"2025-06-17\">17 июня 2025\xe2\x80\xafг.</time>");
	buf_reset(&b);
	html_date(&b, &req, S("soon<"));
	EXPECT_STR(buf_str(&b), "soon&lt;");
	buf_release(&b);
	arena_release(&a);
}

/* ICU's formatters are per thread: formatting from several at once gives
 * each the same words. */
static void *format_many(void *p)
{
	int *bad = p;
	Arena a;
	arena_init(&a, 1 << 16);
	struct arena_mark mk = arena_save(&a);
	for (int i = 0; i < 200; i++) {
		int l = i % 3;
		static const char *const want[] = { "17 June 2025", "17 июня 2025\xe2\x80\xafг.", "2025年6月17日" };
		if (!str_eq(web_date_in(&a, l, S("2025-06-17")), str_c(want[l])))
			(*bad)++;
		arena_restore(&a, mk);
	}
	arena_release(&a);
	return NULL;
}

TEST(i18n_icu_threads)
{
	pthread_t t[4];
	int bad[4] = { 0 };
	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, format_many, &bad[i]);
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		EXPECT_INT(bad[i], 0);
	}
}

TEST(i18n_entity_names)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct http_req req = { .a = &a, .lang = "ru" };
	struct buf b;
	buf_init(&b);
	html_entity(&b, &req, S("KAZ"), S("Kazakhstan"));
	EXPECT_STR(buf_str(&b), "<span title=\"Kazakhstan\">Казахстан</span>");
	buf_reset(&b);
	html_entity(&b, &req, S("KAZ"), STR_NULL); /* the English name from the kb */
	EXPECT_STR(buf_str(&b), "<span title=\"Kazakhstan\">Казахстан</span>");
	req.lang = "zh-Hans";
	buf_reset(&b);
	html_entity(&b, &req, STR_NULL, S("Kazakhstan")); /* by name */
	EXPECT_STR(buf_str(&b), "<span title=\"Kazakhstan\">哈萨克斯坦</span>");
	req.lang = "en";
	buf_reset(&b);
	html_entity(&b, &req, S("KAZ"), STR_NULL);
	EXPECT_STR(buf_str(&b), "Kazakhstan");
	req.lang = "ru";
	buf_reset(&b);
	html_entity(&b, &req, S("XXX"), S("Atlantis <x>")); /* unknown: as given, escaped */
	EXPECT_STR(buf_str(&b), "Atlantis &lt;x&gt;");
	EXPECT_STR(web_entity_text(&req, S("CHN"), STR_NULL), "Китай");
	buf_reset(&b);
	html_entity(&b, &req, S("KAZ"), S("KAZ")); /* a code where a name was expected */
	EXPECT_STR(buf_str(&b), "<span title=\"Kazakhstan\">Казахстан</span>");
	buf_release(&b);
	arena_release(&a);
}

/* ---- pages through the dispatcher ---- */

struct fixture {
	char path[64];
	struct web w;
	Arena a;
};

static bool setup(struct fixture *f)
{
	snprintf(f->path, sizeof f->path, "/tmp/accord-test-i18n-%d.db", (int)getpid());
	unlink(f->path);
	struct store st;
	struct diag d;
	diag_clear(&d);
	if (store_init(&st, f->path, &d))
		return false;
	arena_init(&f->a, 1 << 20);
	struct store_ingested out;
	Str src = arena_str(&f->a, S("Joint Declaration of the Test Summit\n\nAstana, June 17, 2025\n\n"
				     "I. China and Kazakhstan will expand trade by 2030.\n\n"
				     "II. The parties welcome cooperation in education.\n"));
	int rc = store_ingest(&st, kb_default(), &f->a, S("/test/decl.txt"), src, &out, &d);
	store_release(&st);
	if (rc || web_init(&f->w, f->path, kb_default(), &d))
		return false;
	f->w.quiet = true;
	f->w.i18n_strict = true;
	return true;
}

static void teardown(struct fixture *f)
{
	web_release(&f->w);
	arena_release(&f->a);
	char tmp[80];
	unlink(f->path);
	snprintf(tmp, sizeof tmp, "%s-wal", f->path);
	unlink(tmp);
	snprintf(tmp, sizeof tmp, "%s-shm", f->path);
	unlink(tmp);
}

static void request(struct fixture *f, struct http_req *req, struct http_resp *resp, const char *url,
		    const char *accept_language, const char *cookie)
{
	struct diag d;
	diag_clear(&d);
	memset(req, 0, sizeof *req);
	req->a = &f->a;
	req->w = &f->w;
	req->method = HTTP_GET;
	req->loopback = true;
	req->accept_language = str_c(accept_language);
	req->cookie = str_c(cookie);
	Str u = str_c(url), path, query;
	if (!str_cut(u, '?', &path, &query))
		path = u, query = STR_NULL;
	req->path = path;
	http_parse_query(req, query);
	req->db = web_db(&f->w, &d);
	web_handle(req, resp);
	web_finish(req, resp);
}

static bool has(const struct http_resp *resp, const char *z)
{
	return str_find(buf_str(&resp->body), str_c(z)) >= 0;
}

TEST(i18n_pages)
{
	struct fixture f;
	if (!setup(&f)) {
		EXPECT(!"fixture");
		return;
	}
	struct http_req req;
	struct http_resp resp;
	static const char *const urls[] = { "/", "/summits", "/summits/1", "/documents", "/documents/1",
					    "/documents/1/versions", "/clauses/1", "/commitments", "/commitments?area=trade",
					    "/entities", "/entities/1", "/search?q=trade", "/compliance", "/report/1",
					    "/login", "/import", "/no/such/page", "/compliance?summit=x",
					    "/charts/areas.svg", "/charts/timeline.svg", "/charts/actors.svg",
					    "/charts/heatmap.svg" };
	char etag[3][24];
	for (int l = 0; l < 3; l++) {
		static const char *const al[] = { "en", "ru-RU,ru;q=0.9", "zh-CN,zh;q=0.9" };
		for (size_t i = 0; i < sizeof urls / sizeof *urls; i++) {
			request(&f, &req, &resp, urls[i], al[l], "");
			EXPECT(resp.status == 200 || resp.status == 404 || resp.status == 400);
			if (!has(&resp, "<svg"))
				EXPECT(has(&resp, l == 0 ? "<html lang=\"en\">" : l == 1 ? "<html lang=\"ru\">" : "<html lang=\"zh-Hans\">"));
			if (has(&resp, "⟦"))
				fprintf(stderr, "  %s in %s: a catalogue miss\n", urls[i], al[l]);
			EXPECT(!has(&resp, "⟦"));
			if (i == 0)
				memcpy(etag[l], resp.etag, sizeof etag[l]);
			http_resp_release(&resp);
		}
	}
	EXPECT_INT(web_i18n_misses(&f.w), 0);
	/* the same URL, three bodies, three tags: no cache can mix them */
	EXPECT(strcmp(etag[0], etag[1]) && strcmp(etag[1], etag[2]) && strcmp(etag[0], etag[2]));
	request(&f, &req, &resp, "/", "ru", "");
	EXPECT(has(&resp, "Главная") && has(&resp, "<span title=\"Kazakhstan\">Казахстан</span>"));
	http_resp_release(&resp);
	request(&f, &req, &resp, "/documents/1", "zh", "");
	EXPECT(has(&resp, "<time datetime=\"2025-06-17\">2025年6月17日</time>"));
	EXPECT(has(&resp, "宣言"));
	http_resp_release(&resp);
	/* the cookie beats Accept-Language */
	request(&f, &req, &resp, "/", "ru", "lang=zh-Hans");
	EXPECT(has(&resp, "<html lang=\"zh-Hans\">") && has(&resp, "首页"));
	http_resp_release(&resp);
	request(&f, &req, &resp, "/no/such/page", "ru", "");
	EXPECT_INT(resp.status, 404);
	EXPECT(has(&resp, "Не найдено") && has(&resp, "нет такой страницы «/no/such/page»"));
	http_resp_release(&resp);
	/* the API stays English whatever the reader's language */
	request(&f, &req, &resp, "/api/v1/documents/999", "ru", "lang=ru");
	EXPECT_INT(resp.status, 404);
	EXPECT(!has(&resp, "нет") && has(&resp, "no such document"));
	http_resp_release(&resp);
	teardown(&f);
}

TEST(i18n_switcher)
{
	struct fixture f;
	if (!setup(&f)) {
		EXPECT(!"fixture");
		return;
	}
	struct http_req req;
	struct http_resp resp;
	request(&f, &req, &resp, "/commitments?area=trade&q=a+b", "en", "");
	EXPECT(has(&resp, "href=\"/lang?to=ru&amp;next=%2Fcommitments%3Farea%3Dtrade%26q%3Da%2520b\""));
	EXPECT(has(&resp, "data-lang=\"en\" href=\"/lang?to=en&amp;next=%2Fcommitments%3Farea%3Dtrade%26q%3Da%2520b\" aria-current=\"true\""));
	http_resp_release(&resp);
	request(&f, &req, &resp, "/lang?to=ru&next=/commitments?area=trade", "en", "");
	EXPECT_INT(resp.status, 303);
	EXPECT_STR(resp.location, "/commitments?area=trade");
	EXPECT(str_starts(resp.set_cookie[0], S("lang=ru; Path=/")));
	EXPECT(resp.no_store);
	http_resp_release(&resp);
	request(&f, &req, &resp, "/lang?to=zh-CN&next=//evil.example/", "en", "");
	EXPECT_INT(resp.status, 303);
	EXPECT_STR(resp.location, "/");
	EXPECT(str_starts(resp.set_cookie[0], S("lang=zh-Hans;")));
	http_resp_release(&resp);
	request(&f, &req, &resp, "/lang?to=en&next=/x%0d%0aSet-Cookie:%20a=b", "en", "");
	EXPECT_STR(resp.location, "/");
	http_resp_release(&resp);
	request(&f, &req, &resp, "/lang?to=fr&next=/", "en", "");
	EXPECT_INT(resp.status, 400);
	http_resp_release(&resp);
	teardown(&f);
}
