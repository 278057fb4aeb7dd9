/* test-doc.c: the doc stage: checks, normalisation and its map, formats, furniture, segmentation */
#include "test.h"
#include "doc/doc.h"
#include "doc/doc-int.h"

#include <stdlib.h>

/* Read src as a document named path; returns doc_read's result. */
static int rd(Arena *a, const char *path, const char *src, struct doc *doc, struct diag *d)
{
	diag_clear(d);
	return doc_read(a, str_c(path), str_c(src), doc, d);
}

/* The tree's outline: non-sentence nodes as "type[:label]", children in
 * parentheses, e.g. "title part:I(para para) signature". */
static const char *outline(const struct doc *doc)
{
	static char out[8192];
	int len = 0, depth = 0, prev = 0;
	int stack[64];
	stack[0] = 0;
	out[0] = 0;
	for (int i = 1; i < doc->nnodes && len < (int)sizeof out - 200; i++) {
		const struct doc_node *n = &doc->nodes[i];
		if (n->type == DOC_SENT)
			continue;
		if (n->parent == prev && prev != stack[depth] && depth < 63) {
			len += snprintf(out + len, sizeof out - (size_t)len, "(");
			stack[++depth] = prev;
		} else {
			while (depth > 0 && stack[depth] != n->parent) {
				len += snprintf(out + len, sizeof out - (size_t)len, ")");
				depth--;
			}
			if (len)
				len += snprintf(out + len, sizeof out - (size_t)len, " ");
		}
		len += snprintf(out + len, sizeof out - (size_t)len, "%s", doc_node_type_name(n->type));
		if (n->label.len && n->type == DOC_PART)
			len += snprintf(out + len, sizeof out - (size_t)len, ":%.*s", (int)n->label.len, n->label.s);
		prev = i;
	}
	while (depth-- > 0)
		len += snprintf(out + len, sizeof out - (size_t)len, ")");
	return out;
}

/* Structural invariants: root first, parents before children, text order,
 * children inside their parent, bodies inside nodes, map monotone. */
static int violations(const struct doc *doc)
{
	int bad = 0;
	if (doc->nnodes < 1 || doc->nodes[0].type != DOC_ROOT || doc->nodes[0].parent != -1)
		return 1;
	for (int i = 1; i < doc->nnodes; i++) {
		const struct doc_node *n = &doc->nodes[i], *p = &doc->nodes[n->parent];
		bad += n->parent < 0 || n->parent >= i;
		bad += n->off < doc->nodes[i - 1].off;
		bad += n->off < p->off || n->off + n->len > p->off + p->len;
		bad += n->body_off < n->off || n->body_off + n->body_len > n->off + n->len;
		bad += n->len <= 0 || n->off + n->len > doc->text.len;
		if (n->type == DOC_SENT)
			bad += n->off < p->body_off || n->off + n->len > p->body_off + p->body_len;
	}
	if (doc->map)
		for (ptrdiff_t i = 1; i <= doc->text.len; i++)
			bad += doc->map[i] < doc->map[i - 1] || doc->map[i] > doc->src.len;
	return bad;
}

static int count(const struct doc *doc, enum doc_node_type t)
{
	int n = 0;
	for (int i = 0; i < doc->nnodes; i++)
		n += doc->nodes[i].type == t;
	return n;
}

/* Index of the k-th node (0-based) of type t, or 0. */
static int nth(const struct doc *doc, enum doc_node_type t, int k)
{
	for (int i = 0; i < doc->nnodes; i++)
		if (doc->nodes[i].type == t && k-- == 0)
			return i;
	return 0;
}

static Str src_of(const struct doc *doc, int node)
{
	ptrdiff_t b = doc_src_off(doc, doc->nodes[node].body_off);
	ptrdiff_t e = doc_src_off(doc, doc->nodes[node].body_off + doc->nodes[node].body_len);
	return (Str){ doc->src.s + b, e - b };
}

static const char wiki[] =
	"= 2024 Zenda Trade Forum =\n"
	"\n"
	"Infobox\n"
	"- Forum Name: 2024 Zenda Trade Forum\n"
	"- City: Zenda\n"
	"- Hosts: Ruritania, Freedonia\n"
	"\n"
	"The 2024 Zenda Trade Forum met in Zenda in May 2024. It gathered traders from two kingdoms.\n"
	"\n"
	"== Sessions ==\n"
	"\n"
	"=== Opening Session ===\n"
	"The king of Ruritania opened the forum.\n"
	"\n"
	"=== Closing Session ===\n"
	"The ministers signed a memorandum on grain.\n"
	"\n"
	"== See also==\n"
	"\n"
	"- Ruritania–Freedonia relations\n"
	"  - Zenda grain exchange\n"
	"- Forum of the two kingdoms\n";

TEST(doc_wiki_article)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(rd(&a, "forum.txt", wiki, &doc, &d), 0);
	EXPECT_INT(doc.format, DOC_FMT_WIKI);
	EXPECT_STR(str_c(outline(&doc)), "title infobox(field field field) para section(section(para) section(para)) "
					 "section(item(item) item)");
	int t = nth(&doc, DOC_TITLE, 0);
	EXPECT_STR(doc_node_body(&doc, t), "2024 Zenda Trade Forum");
	int ib = nth(&doc, DOC_INFOBOX, 0);
	EXPECT_STR(doc_node_body(&doc, ib), "- Forum Name: 2024 Zenda Trade Forum\n- City: Zenda\n- Hosts: Ruritania, Freedonia");
	int f = nth(&doc, DOC_FIELD, 2);
	EXPECT_STR(doc.nodes[f].label, "Hosts");
	EXPECT_STR(doc_node_body(&doc, f), "Ruritania, Freedonia");
	int s = nth(&doc, DOC_SECTION, 1);
	EXPECT_STR(doc.nodes[s].label, "Opening Session");
	EXPECT_INT(doc.nodes[s].level, 2);
	s = nth(&doc, DOC_SECTION, 3);
	EXPECT_STR(doc.nodes[s].label, "See also"); /* no space before the closing marks */
	EXPECT_INT(doc.nodes[s].level, 1);
	int it = nth(&doc, DOC_ITEM, 1);
	EXPECT_STR(doc_node_body(&doc, it), "Zenda grain exchange");
	EXPECT_INT(doc.nodes[it].level, 2);
	int p = nth(&doc, DOC_PARA, 0);
	EXPECT_INT(doc.nodes[p + 1].type, DOC_SENT);
	EXPECT_STR(doc_node_text(&doc, p + 2), "It gathered traders from two kingdoms.");
	EXPECT(doc.map == NULL && doc.text.s == doc.src.s); /* nothing to normalise: no copy */
	EXPECT_INT(violations(&doc), 0);
	arena_release(&a);
}

static const char declaration[] =
	"On 3 May 2024, the leaders of Ruritania and Freedonia met in Zenda.\n"
	"They declare as follows:\n"
	"I. The parties value the friendship of their peoples. They will meet every year.\n"
	"The parties will open a joint grain exchange.\n"
	"The parties will build a railway, which will open in 2025. It will carry timber.\n"
	"II. The parties support the Zenda Charter.\n"
	"1. The charter covers trade.\n"
	"2. The charter covers travel.\n"
	"The parties will review it in 2026.\n"
	"IV. The parties thank Ruritania for its hospitality.\n"
	"Rudolf Elphberg, King of Ruritania\n"
	"Rufus T. Firefly, President of Freedonia\n"
	"Zenda, May 3, 2024\n";

TEST(doc_declaration_parts)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(rd(&a, "decl.txt", declaration, &doc, &d), 0);
	EXPECT_INT(doc.format, DOC_FMT_TEXT);
	EXPECT_STR(str_c(outline(&doc)), "para para part:I(para para para) part:II(para part:1(para) part:2(para para)) "
					 "part:IV(para) signature signature placedate");
	EXPECT_INT(count(&doc, DOC_TITLE), 0); /* the first line is a sentence, not a title */
	int p = nth(&doc, DOC_PART, 0);
	EXPECT_STR(doc.nodes[p].label, "I");
	EXPECT_INT(doc.nodes[p].level, 1);
	EXPECT_STR(doc_node_body(&doc, p + 1), "The parties value the friendship of their peoples. They will meet every year.");
	EXPECT_STR(doc_node_text(&doc, p + 2), "The parties value the friendship of their peoples.");
	p = nth(&doc, DOC_PART, 2);
	EXPECT_STR(doc.nodes[p].label, "1");
	EXPECT_INT(doc.nodes[p].level, 2);
	p = nth(&doc, DOC_PART, 4);
	EXPECT_STR(doc.nodes[p].label, "IV"); /* a skipped number is tolerated */
	int s = nth(&doc, DOC_SIGNATURE, 1);
	EXPECT_STR(doc_node_body(&doc, s), "Rufus T. Firefly, President of Freedonia");
	EXPECT_INT(doc.nodes[s].parent, 0);
	EXPECT_STR(doc_node_body(&doc, nth(&doc, DOC_PLACEDATE, 0)), "Zenda, May 3, 2024");
	/* "2025. It" is no paragraph number, and splits there */
	int para = nth(&doc, DOC_PARA, 4);
	EXPECT_INT(doc.nodes[para + 1].type, DOC_SENT);
	EXPECT_INT(doc.nodes[para + 2].type, DOC_SENT);
	EXPECT_INT(violations(&doc), 0);
	arena_release(&a);
}

TEST(doc_numbers_out_of_sequence)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(rd(&a, "n.txt",
		      "I. The first part opens here.\n"
		      "VII. This numeral is out of sequence.\n"
		      "2025. That year was good.\n"
		      "II. The second part opens here.\n"
		      "(a) The first point.\n"
		      "(b) The second point.\n"
		      "c) The third point.\n"
		      "(i) The first sub-point.\n"
		      "(ii) The second sub-point.\n"
		      "(d) The fourth point.\n",
		      &doc, &d), 0);
	EXPECT_STR(str_c(outline(&doc)), "part:I(para para para) part:II(para part:a(para) part:b(para) "
					 "part:c(para part:i(para) part:ii(para)) part:d(para))");
	EXPECT_INT(rd(&a, "n2.txt", "(a) One.\n(b) Two.\n(c) Three.\n(d) Four.\n(e) Five.\n(f) Six.\n(g) Seven.\n"
				    "(h) Eight.\n(i) Nine, a letter here.\n", &doc, &d), 0);
	EXPECT_INT(count(&doc, DOC_PART), 9);
	EXPECT_STR(doc.nodes[nth(&doc, DOC_PART, 8)].label, "i");
	EXPECT_INT(doc.nodes[nth(&doc, DOC_PART, 8)].level, 1);
	struct doc_num num;
	EXPECT(!doc_number(S("2025. Good year"), &num));
	EXPECT(!doc_number(S("I.e. this"), &num));
	EXPECT(doc_number(S("XIV. The parties"), &num) && num.value == 14 && num.style == NUM_ROMAN);
	EXPECT(doc_number(S("\xe5\x8d\x81\xe4\xba\x8c\xe3\x80\x81\xe5\x8f\x8c\xe6\x96\xb9"), &num) && num.value == 12 &&
	       num.style == NUM_HAN); /* 十二、双方 */
	EXPECT_INT(violations(&doc), 0);
	arena_release(&a);
}

TEST(doc_furniture_footer)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(rd(&a, "f.txt",
		      "Share\n"
		      "The two ministers met in Zenda.\n"
		      "They agreed to meet again.\n"
		      "Tel: +99 123 4567 Fax: +99 123 4568\n"
		      "Email: press@zenda.example\n"
		      "Address: 12 Castle Street, Zenda\n"
		      "\xc2\xa9 2024 Ministry of Foreign Affairs of Ruritania\n"
		      "WeChat | Weibo\n"
		      "\xe5\xbe\xae\xe4\xbf\xa1\n" /* 微信 */
		      "Follow us\n",
		      &doc, &d), 0);
	EXPECT_INT(doc.nfurniture, 8);
	EXPECT_STR(str_c(outline(&doc)), "para para");
	EXPECT_STR(str_slice(doc.text, doc.furniture[1].off, doc.furniture[1].len), "Tel: +99 123 4567 Fax: +99 123 4568");
	for (int i = 0; i < doc.nnodes; i++)
		for (int k = 0; k < doc.nfurniture; k++)
			EXPECT(i == 0 || doc.nodes[i].off + doc.nodes[i].len <= doc.furniture[k].off ||
			       doc.nodes[i].off >= doc.furniture[k].off + doc.furniture[k].len);
	/* the same words inside the text are content */
	EXPECT_INT(rd(&a, "f2.txt", "Home | News | About us\nShare\nThe ministers shared a meal.\nFacebook\nThe end came late.\n",
		      &doc, &d), 0);
	EXPECT_INT(doc.nfurniture, 2);
	EXPECT_STR(str_c(outline(&doc)), "para para para");
	EXPECT(doc_is_furniture(S("E-mail:someone@example.org")));
	EXPECT(!doc_is_furniture(S("The telephone rang.")));
	arena_release(&a);
}

TEST(doc_html_page)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	const char *page = "<!DOCTYPE html><html><head><title>Zenda Statement - Ministry</title>"
			   "<script>var s = \"<p>not text</p>\";</script><style>p{}</style></head><body>"
			   "<header><div>Ministry of Foreign Affairs</div></header>"
			   "<nav><a href=\"/\">Home</a></nav>\n"
			   "<div class=\"crumbs breadcrumb\">Home &gt; News</div><div id=\"share-bar\">WeChat Weibo</div>\n"
			   "<h1>Zenda Statement</h1>\n"
			   "<p>The ministers met in Zenda&nbsp;on 3 May.   They  talked.</p>\n"
			   "<h2>Trade &amp; travel</h2>\n"
			   "<p>I. The sides will trade <b>grain</b>.</p>\n"
			   "<ul><li>Grain &#8220;first&#8221;</li><li>Timber</li></ul>\n"
			   "<footer>Copyright 2024</footer></body></html>";
	EXPECT_INT(rd(&a, "page.html", page, &doc, &d), 0);
	EXPECT_INT(doc.format, DOC_FMT_HTML);
	EXPECT_STR(str_c(outline(&doc)), "title para section(part:I(para item item))");
	EXPECT_STR(doc_node_body(&doc, nth(&doc, DOC_TITLE, 0)), "Zenda Statement");
	int p = nth(&doc, DOC_PARA, 0);
	EXPECT_STR(doc_node_body(&doc, p), "The ministers met in Zenda on 3 May. They talked.");
	EXPECT_STR(src_of(&doc, p), "The ministers met in Zenda&nbsp;on 3 May.   They  talked.");
	int s = nth(&doc, DOC_SECTION, 0);
	EXPECT_STR(doc.nodes[s].label, "Trade & travel");
	EXPECT_STR(src_of(&doc, s), "Trade &amp; travel");
	int it = nth(&doc, DOC_ITEM, 0);
	EXPECT_STR(doc_node_body(&doc, it), "Grain \xe2\x80\x9c" "first\xe2\x80\x9d");
	EXPECT_STR(src_of(&doc, it), "Grain &#8220;first&#8221;");
	EXPECT(str_find(doc.text, S("Home")) < 0 && str_find(doc.text, S("not text")) < 0 &&
	       str_find(doc.text, S("Ministry")) < 0 && str_find(doc.text, S("WeChat")) < 0 &&
	       str_find(doc.text, S("Copyright")) < 0);
	EXPECT_INT(violations(&doc), 0);
	/* a byte-order mark before the markup */
	EXPECT_INT(rd(&a, "bom.txt", "\xef\xbb\xbf<html><body><p>The envoy &amp; the king met.</p></body></html>", &doc, &d), 0);
	EXPECT_STR(src_of(&doc, nth(&doc, DOC_PARA, 0)), "The envoy &amp; the king met.");
	arena_release(&a);
}

TEST(doc_normalise_and_map)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	/* BOM, CRLF, NBSP, tab, narrow NBSP, zero-width space, lone CR, decomposed e-acute */
	const char *src = "\xef\xbb\xbfThe envoy\xc2\xa0met\tthe king.\r\n"
			  "Caf\x65\xcc\x81 talks\xe2\x80\xaf\x62\x65gan\xe2\x80\x8b today.\r"
			  "\xe2\x80\x9cQuotes\xe2\x80\x9d \xe2\x80\x94 stay.\n";
	EXPECT_INT(rd(&a, "n.txt", src, &doc, &d), 0);
	EXPECT_STR(doc.text, "The envoy met the king.\nCaf\xc3\xa9 talks began today.\n"
			     "\xe2\x80\x9cQuotes\xe2\x80\x9d \xe2\x80\x94 stay.\n");
	EXPECT(doc.map != NULL);
	EXPECT_INT(doc_src_off(&doc, 0), 3);              /* after the BOM */
	EXPECT_INT(doc_src_off(&doc, 9), 12);             /* the NBSP */
	EXPECT_INT(doc_src_off(&doc, 10), 14);            /* "met" */
	ptrdiff_t cafe = str_find(doc.text, S("Caf"));
	EXPECT_INT(doc_src_off(&doc, cafe + 3), str_find(str_c(src), S("e\xcc\x81"))); /* é -> "e" + U+0301 */
	ptrdiff_t today = str_find(doc.text, S("today"));
	EXPECT_INT(doc_src_off(&doc, today), str_find(str_c(src), S("today")));
	ptrdiff_t q = str_find(doc.text, S("\xe2\x80\x9cQuotes"));
	EXPECT_INT(doc_src_off(&doc, q), str_find(str_c(src), S("\xe2\x80\x9cQuotes")));
	EXPECT_INT(doc_src_off(&doc, doc.text.len), (ptrdiff_t)strlen(src));
	EXPECT_INT(count(&doc, DOC_PARA), 3);
	EXPECT_INT(violations(&doc), 0);
	arena_release(&a);
}

TEST(doc_sentences_abbreviations)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(rd(&a, "s.txt",
		      "Mr. Elphberg met Dr. Sapt at No. 5 Castle St. in Zenda on Jan. 3. "
		      "They spoke of the U.S. Navy and of grain, timber, etc. and of wine. "
		      "J. R. Hentzau said: \"We agree. We sign.\" and left. "
		      "Prices rose 3.5 per cent, i.e. less than feared! Why? "
		      "The talks covered grain, timber, etc. They ended late. "
		      "The king quoted his father: \"Grain is peace.\" (Memoirs, p. 12). We waited... Then he left. "
		      "Was it fair? No. We think not.\n",
		      &doc, &d), 0);
	int p = nth(&doc, DOC_PARA, 0);
	const char *want[] = {
		"Mr. Elphberg met Dr. Sapt at No. 5 Castle St. in Zenda on Jan. 3.",
		"They spoke of the U.S. Navy and of grain, timber, etc. and of wine.",
		"J. R. Hentzau said: \"We agree. We sign.\" and left.",
		"Prices rose 3.5 per cent, i.e. less than feared!",
		"Why?",
		"The talks covered grain, timber, etc.",
		"They ended late.",
		"The king quoted his father: \"Grain is peace.\" (Memoirs, p. 12).",
		"We waited...",
		"Then he left.",
		"Was it fair?",
		"No.",
		"We think not.",
	};
	int n = 0;
	for (int i = p + 1; i < doc.nnodes && doc.nodes[i].type == DOC_SENT; i++, n++)
		if (n < 13)
			EXPECT_STR(doc_node_text(&doc, i), want[n]);
	EXPECT_INT(n, 13);
	EXPECT_INT(violations(&doc), 0);
	arena_release(&a);
}

TEST(doc_chinese_russian)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	/* 一、双方同意加强合作。双方将举行会谈！  二、双方欢迎峰会；会议成功。 */
	EXPECT_INT(rd(&a, "zh.txt",
		      "\xe4\xb8\x80\xe3\x80\x81\xe5\x8f\x8c\xe6\x96\xb9\xe5\x90\x8c\xe6\x84\x8f\xe5\x8a\xa0\xe5\xbc\xba"
		      "\xe5\x90\x88\xe4\xbd\x9c\xe3\x80\x82\xe5\x8f\x8c\xe6\x96\xb9\xe5\xb0\x86\xe4\xb8\xbe\xe8\xa1\x8c"
		      "\xe4\xbc\x9a\xe8\xb0\x88\xef\xbc\x81\n"
		      "\xe4\xba\x8c\xe3\x80\x81\xe5\x8f\x8c\xe6\x96\xb9\xe6\xac\xa2\xe8\xbf\x8e\xe5\xb3\xb0\xe4\xbc\x9a"
		      "\xef\xbc\x9b\xe4\xbc\x9a\xe8\xae\xae\xe6\x88\x90\xe5\x8a\x9f\xe3\x80\x82\n",
		      &doc, &d), 0);
	EXPECT_STR(str_c(outline(&doc)), "part:1(para) part:2(para)"); /* ASCII labels for 一、 二、 */
	EXPECT_INT(count(&doc, DOC_SENT), 4);
	int p = nth(&doc, DOC_PARA, 0);
	EXPECT_STR(doc_node_text(&doc, p + 1), "\xe5\x8f\x8c\xe6\x96\xb9\xe5\x90\x8c\xe6\x84\x8f\xe5\x8a\xa0\xe5\xbc\xba"
					       "\xe5\x90\x88\xe4\xbd\x9c\xe3\x80\x82");
	EXPECT_INT(violations(&doc), 0);

	/* I. Стороны встретились в г. Москве. Они подписали договор.
	 * Стороны обсудили торговлю.
	 * II. Стороны договорились о встрече. */
	EXPECT_INT(rd(&a, "ru.txt",
		      "I. \xd0\xa1\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd1\x8b \xd0\xb2\xd1\x81\xd1\x82\xd1\x80\xd0\xb5"
		      "\xd1\x82\xd0\xb8\xd0\xbb\xd0\xb8\xd1\x81\xd1\x8c \xd0\xb2 \xd0\xb3. \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba"
		      "\xd0\xb2\xd0\xb5. \xd0\x9e\xd0\xbd\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0"
		      "\xd0\xbb\xd0\xb8 \xd0\xb4\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80.\n"
		      "\xd0\xa1\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd1\x8b \xd0\xbe\xd0\xb1\xd1\x81\xd1\x83\xd0\xb4\xd0\xb8"
		      "\xd0\xbb\xd0\xb8 \xd1\x82\xd0\xbe\xd1\x80\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbb\xd1\x8e.\n"
		      "II. \xd0\xa1\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd1\x8b \xd0\xb4\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe"
		      "\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb8\xd1\x81\xd1\x8c \xd0\xbe \xd0\xb2\xd1\x81\xd1\x82\xd1\x80\xd0\xb5\xd1\x87"
		      "\xd0\xb5.\n",
		      &doc, &d), 0);
	EXPECT_STR(str_c(outline(&doc)), "part:I(para para) part:II(para)");
	p = nth(&doc, DOC_PARA, 0);
	EXPECT_INT(doc.nodes[p + 1].type, DOC_SENT);
	EXPECT_INT(doc.nodes[p + 2].type, DOC_SENT); /* not after "г." but after "Москве." */
	EXPECT_INT(doc.nodes[p + 3].type, DOC_PARA);
	EXPECT_INT(violations(&doc), 0);
	arena_release(&a);
}

TEST(doc_title_markdown_wrapped)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(rd(&a, "t.txt", "Joint Statement of Ruritania and Freedonia\n\nThe two kings met.\n", &doc, &d), 0);
	EXPECT_STR(str_c(outline(&doc)), "title para");
	/* a dateline under the title; a short line between blank lines is a heading */
	EXPECT_INT(rd(&a, "t2.txt", "Joint Statement of Ruritania and Freedonia\n\nZenda, 3 May 2024\n\n"
				    "The two kings met.\n\nGrain and timber\n\nThe kings agreed on grain.\n", &doc, &d), 0);
	EXPECT_STR(str_c(outline(&doc)), "title placedate para section(para)");
	EXPECT_INT(rd(&a, "t.md", "# Zenda Notes\n\n## Grain\n\n- wheat\n- rye\n\nThe harvest was good.\n", &doc, &d), 0);
	EXPECT_INT(doc.format, DOC_FMT_MARKDOWN);
	EXPECT_STR(str_c(outline(&doc)), "title section(item item para)");
	/* hard-wrapped text: the lines of a block are one paragraph */
	EXPECT_INT(rd(&a, "w.txt",
		      "The envoys of Ruritania and Freedonia met in the old\n"
		      "castle of Zenda and spoke for many hours about the\n"
		      "grain trade and the new railway across the border.\n"
		      "\n"
		      "They agreed to meet again in the spring, when the\n"
		      "roads are open and the rivers are calm once more.\n",
		      &doc, &d), 0);
	EXPECT_STR(str_c(outline(&doc)), "para para");
	EXPECT_INT(count(&doc, DOC_SENT), 2);
	EXPECT_INT(violations(&doc), 0);
	/* a dash wrapped to the start of a line is no bullet; a line broken
	 * inside a sentence goes on in the next */
	EXPECT_INT(rd(&a, "d.txt",
		      "The envoys of Ruritania and Freedonia met in the old castle of Zenda and spoke for many hours\n"
		      "- and late into the night - about the grain trade and the new railway across the border.\n"
		      "The kings of both lands will meet in the spring, when the roads are open and the rivers\n"
		      "calm once more.\n"
		      "The ministers will prepare the meeting.\n",
		      &doc, &d), 0);
	EXPECT_STR(str_c(outline(&doc)), "para para para");
	EXPECT_INT(count(&doc, DOC_SENT), 3);
	EXPECT_INT(violations(&doc), 0);
	arena_release(&a);
}

TEST(doc_closing_lines)
{
	EXPECT(doc_is_placedate(S("Zenda, 3 May 2024")));
	EXPECT(doc_is_placedate(S("Done at Zenda on 3 May 2024")));
	EXPECT(doc_is_placedate(S("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0, 3 \xd0\xbc\xd0\xb0\xd1\x8f 2024 "
				  "\xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0"))); /* Москва, 3 мая 2024 года */
	EXPECT(!doc_is_placedate(S("In Zenda, the talks of 3 May 2024 went well.")));
	EXPECT(doc_is_signature(S("Jane Doe, Prime Minister of Ruritania")));
	EXPECT(!doc_is_signature(S("Therefore, the parties agree")));
	EXPECT(!doc_is_signature(S("Jane Doe, Prime Minister of Ruritania.")));
	/* Президент Республики Руритания Р. Эльфберг */
	EXPECT(doc_is_signature(S("\xd0\x9f\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82 "
				  "\xd0\xa0\xd0\xb5\xd1\x81\xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xb8 "
				  "\xd0\xa0\xd1\x83\xd1\x80\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f "
				  "\xd0\xa0. \xd0\xad\xd0\xbb\xd1\x8c\xd1\x84\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb3")));
	EXPECT(doc_is_signature(S("President of Ruritania R.Elphberg")));
	EXPECT(!doc_is_signature(S("The parties met in Zenda")));
	/* 鲁里塔尼亚国王 鲁道夫 */
	EXPECT(doc_is_signature(S("\xe9\xb2\x81\xe9\x87\x8c\xe5\xa1\x94\xe5\xb0\xbc\xe4\xba\x9a\xe5\x9b\xbd\xe7\x8e\x8b "
				  "\xe9\xb2\x81\xe9\x81\x93\xe5\xa4\xab")));
}

TEST(doc_errors)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(rd(&a, "u.txt", "The king\xe2\x80 met.", &doc, &d), ACC_EUTF8);
	EXPECT_INT(d.off, 8);
	EXPECT_STR(str_c(d.msg), "invalid UTF-8 at byte 8");
	EXPECT_INT(rd(&a, "o.txt", "Over\xc0\xaflong", &doc, &d), ACC_EUTF8);
	EXPECT_INT(d.off, 4);
	diag_clear(&d);
	EXPECT_INT(doc_read(&a, S("z.txt"), (Str){ "ab\0cd", 5 }, &doc, &d), ACC_ENUL);
	EXPECT_STR(str_c(d.msg), "NUL byte at byte 2");
	EXPECT_INT(doc_read(&a, S("b.bin"), (Str){ "\x7f" "ELF\x02\x01\x01\0\0\0", 10 }, &doc, &d), ACC_EBINARY);
	EXPECT_STR(str_c(d.msg), "binary file");
	char junk[600];
	for (int i = 0; i < 600; i++)
		junk[i] = (char)(i % 7 == 0 ? 1 : 'a' + i % 20);
	EXPECT_INT(doc_read(&a, S("j.dat"), (Str){ junk, 600 }, &doc, &d), ACC_EBINARY);
	EXPECT_INT(rd(&a, "e.txt", " \n\t\r\n\xc2\xa0\n", &doc, &d), ACC_EEMPTY);
	EXPECT_STR(str_c(d.msg), "empty file");
	EXPECT_INT(doc_read(&a, S("none.txt"), STR_NULL, &doc, &d), ACC_EEMPTY);
	ptrdiff_t n = DOC_MAX_LINE + 10;
	char *big = malloc((size_t)n + 8);
	memcpy(big, "short\n", 6);
	memset(big + 6, 'a', (size_t)(n - 6));
	EXPECT_INT(doc_read(&a, S("l.txt"), (Str){ big, n }, &doc, &d), ACC_ELINE);
	EXPECT_STR(str_c(d.msg), "line 2 longer than 1 MiB");
	EXPECT_INT(d.off, 6);
	/* lines that end in a lone CR are lines too */
	for (ptrdiff_t i = 1000; i < n; i += 1000)
		big[i] = '\r';
	EXPECT_INT(doc_read(&a, S("cr.txt"), (Str){ big, n }, &doc, &d), 0);
	free(big);
	/* over the document limit: refused before any byte is read */
	EXPECT_INT(doc_read(&a, S("h.txt"), (Str){ "x", DOC_MAX_BYTES + 1 }, &doc, &d), ACC_ETOOBIG);
	EXPECT(str_starts(str_c(d.msg), S("file too large")));
	arena_release(&a);
}

/* Adversarial: documents stitched from fragments of every construct (markup,
 * numbers, odd spaces, decomposed letters, quotes, CJK, HTML) keep the tree's
 * invariants and a monotone map, in every format. */
TEST(doc_fragments_keep_invariants)
{
	static const char *const frag[] = {
		"I. ", "II. ", "1. ", "(a) ", "(ii) ", "= T =\n", "== S ==\n", "Infobox\n", "- K: V\n", "- item\n",
		"  - sub\n", "The parties agree. ", "Mr. X ", "U.S. ", "\"quote. Next\" ", "\xe2\x80\x9c", "\xe2\x80\x9d",
		"\xe3\x80\x82", "\xe4\xb8\x80\xe3\x80\x81", "\xef\xbc\x88\xe4\xba\x8c\xef\xbc\x89", "\r\n", "\n", "\n\n",
		"\t", "\xc2\xa0", "e\xcc\x81", "\xef\xbb\xbf", "\xe2\x80\x8b", "Jane Doe, President of Zenda\n",
		"Zenda, May 3, 2024\n", "Tel: 123\n", "WeChat\n", "<p>", "</p>", "<h2>", "&amp;", "<li>",
		"<script>x</script>", "&#8217;", "\xd0\x81", "\xd0\xb3. ", "\xe1\x84\x80\xe1\x85\xa1", "\xe0\xa5\x98",
		"...", "?! ", "# H\n", "<div class=\"share\">", "</div>", "\r",
	};
	uint32_t seed = 12345;
	char buf[4096];
	int bad = 0;
	for (int it = 0; it < 3000 && !bad; it++) {
		Arena a;
		arena_init(&a, 1 << 14);
		int len = 0;
		seed = seed * 1103515245u + 12345u;
		int n = (int)(seed >> 16) % 40;
		for (int k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			const char *f = frag[(seed >> 16) % (sizeof frag / sizeof *frag)];
			int l = (int)strlen(f);
			if (len + l >= (int)sizeof buf)
				break;
			memcpy(buf + len, f, (size_t)l);
			len += l;
		}
		static const char *const paths[] = { "f.html", "f.md", "f.txt" };
		struct doc doc;
		struct diag d;
		diag_clear(&d);
		if (doc_read(&a, str_c(paths[it % 3]), (Str){ buf, len }, &doc, &d) == 0)
			bad = violations(&doc);
		if (bad)
			fprintf(stderr, "  fragment document %d breaks the tree: %.*s\n", it, len, buf);
		arena_release(&a);
	}
	EXPECT_INT(bad, 0);
}
