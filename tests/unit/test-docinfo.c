/* test-docinfo.c: document title, kind, date, place and signatories on documents of our own */
#include "test.h"
#include "extract/event-int.h"

#include <string.h>

static void run(Arena *a, const char *path, const char *text, struct extraction *out)
{
	static struct doc doc;
	static struct mentions m;
	static struct entities e;
	struct diag d;
	memset(&m, 0, sizeof m);
	memset(&e, 0, sizeof e);
	doc_read(a, str_c(path), str_c(text), &doc, &d);
	m.ntokens = tok_all(a, doc.text, &m.tokens);
	struct xctx x = { a, &doc, kb_default(), &m, &e };
	memset(out, 0, sizeof *out);
	extract_docinfo(&x, out);
	extract_summit(&x, out);
}

TEST(docinfo_statement_by_title)
{
	Arena a;
	arena_init(&a, 1 << 14);
	struct extraction out;
	run(&a, "s.txt", "= Joint Statement of the Lakeside Ministers =\n\nThe ministers met in Porto.\n", &out);
	EXPECT_STR(out.doc.title, "Joint Statement of the Lakeside Ministers");
	EXPECT_INT(out.doc.kind, DK_STATEMENT);
	arena_release(&a);
}

TEST(docinfo_declaration_by_operative_paragraphs)
{
	Arena a;
	arena_init(&a, 1 << 14);
	struct extraction out;
	run(&a, "d.txt",
	    "The leaders of the lake states met for the third time.\n"
	    "The parties will protect the lake.\n"
	    "The parties support fishing quotas.\n"
	    "The parties call for cleaner boats.\n"
	    "Ada Brook, President of Freedonia\n"
	    "Ben Stone, Prime Minister of Sylvania\n"
	    "Porto, May 2, 2030\n",
	    &out);
	EXPECT(out.doc.title.s == NULL);
	EXPECT_INT(out.doc.kind, DK_DECLARATION);
	EXPECT_INT(out.doc.nsignatories, 2);
	if (out.doc.nsignatories == 2) {
		EXPECT_STR(out.doc.signatories[0], "Ada Brook");
		EXPECT_STR(out.doc.signatories[1], "Ben Stone");
	}
	EXPECT_STR(out.doc.place, "Porto");
	arena_release(&a);
}

TEST(docinfo_article_infobox_summit)
{
	Arena a;
	arena_init(&a, 1 << 14);
	struct extraction out;
	run(&a, "a.txt",
	    "= 2031 Lakeside Summit =\n\nInfobox\n- Name: 2031 Lakeside Summit\n- Native names: Озёрный саммит, 湖畔峰会\n"
	    "- Host: Freedonia\n- Location: Porto\n- Venue: Harbour Hall\n- Chairman: Ada Brook\n\n"
	    "The 2031 Lakeside Summit was held in Porto. It was the fourth Lakeside Summit.\n",
	    &out);
	EXPECT_INT(out.doc.kind, DK_ARTICLE);
	EXPECT(!date_ok(out.doc.date));
	EXPECT(out.summit.present);
	EXPECT_STR(out.summit.name, "2031 Lakeside Summit");
	EXPECT_STR(out.summit.city, "Porto");
	EXPECT_STR(out.summit.venue, "Harbour Hall");
	EXPECT_STR(out.summit.chair, "Ada Brook");
	EXPECT_INT(out.summit.ordinal, 4);
	EXPECT_INT(out.summit.nnames, 2);
	if (out.summit.nnames == 2) {
		EXPECT_STR(out.summit.names[0].lang, "ru");
		EXPECT_STR(out.summit.names[0].title, "Озёрный саммит");
		EXPECT_STR(out.summit.names[1].lang, "zh");
	}
	arena_release(&a);
}

TEST(docinfo_article_dateline)
{
	Arena a;
	arena_init(&a, 1 << 14);
	static struct doc doc;
	static struct mentions m;
	static struct entities e;
	struct diag d;
	memset(&m, 0, sizeof m);
	memset(&e, 0, sizeof e);
	const char *text = "Ferries for the lake\n\nPORTO, May 3, 2031 (Lake News) -- The premier met the mayor.\n";
	doc_read(&a, S("n.txt"), str_c(text), &doc, &d);
	m.ntokens = tok_all(&a, doc.text, &m.tokens);
	struct mention dt = { 0 };
	dt.type = M_DATE;
	dt.off = str_find(doc.text, S("May 3, 2031"));
	dt.len = 11;
	dt.value = (struct date){ 2031, 5, 3 };
	dt.kb = -1;
	for (int i = 0; i < doc.nnodes; i++)
		if (doc.nodes[i].type == DOC_SENT && dt.off >= doc.nodes[i].off && dt.off < doc.nodes[i].off + doc.nodes[i].len)
			dt.sent = i;
	m.v = &dt;
	m.n = 1;
	struct xctx x = { &a, &doc, kb_default(), &m, &e };
	struct extraction out;
	memset(&out, 0, sizeof out);
	extract_docinfo(&x, &out);
	EXPECT_INT(out.doc.kind, DK_ARTICLE);
	EXPECT_INT(out.doc.date.d, 3);
	arena_release(&a);
}
