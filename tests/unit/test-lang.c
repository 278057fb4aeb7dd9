/* test-lang.c: reading Russian and Chinese text (issue 8, part 3), on
 * sentences of our own in the three scripts: numbering, eIds, sentences,
 * language, dates, states, persons, places and document fields */
#include "test.h"
#include "doc/doc.h"
#include "record/record.h"

/* The eId of the first paragraph whose body starts with prefix, or "". */
static Str eid_of(Arena *a, const struct doc *doc, const char *prefix)
{
	Str *eid = emit_akn_eids(a, doc);
	for (int i = 0; i < doc->nnodes; i++)
		if (doc->nodes[i].type == DOC_PARA && str_starts(doc_node_body(doc, i), str_c(prefix)))
			return eid[i];
	return S("");
}

TEST(lang_label_ordinal)
{
	EXPECT_INT(doc_label_ordinal(S("1")), 1);
	EXPECT_INT(doc_label_ordinal(S("12")), 12);
	EXPECT_INT(doc_label_ordinal(S("IV")), 4);
	EXPECT_INT(doc_label_ordinal(S("XIX")), 19);
	EXPECT_INT(doc_label_ordinal(S("iv")), 4);
	EXPECT_INT(doc_label_ordinal(S("b")), 2);
	EXPECT_INT(doc_label_ordinal(S("一")), 1);
	EXPECT_INT(doc_label_ordinal(S("十")), 10);
	EXPECT_INT(doc_label_ordinal(S("十二")), 12);
	EXPECT_INT(doc_label_ordinal(S("二十三")), 23);
	EXPECT_INT(doc_label_ordinal(S("（三）")), 3);
	EXPECT_INT(doc_label_ordinal(S("四、")), 4);
	EXPECT_INT(doc_label_ordinal(S("VI.")), 6);
	EXPECT_INT(doc_label_ordinal(S("(c)")), 3);
	EXPECT_INT(doc_label_ordinal(S("в")), 3);
	EXPECT_INT(doc_label_ordinal(S("К")), 10);
	/* no numbers */
	EXPECT_INT(doc_label_ordinal(S("")), 0);
	EXPECT_INT(doc_label_ordinal(S("2025")), 0);
	EXPECT_INT(doc_label_ordinal(S("Trade")), 0);
	EXPECT_INT(doc_label_ordinal(S("IIII")), 0);
	EXPECT_INT(doc_label_ordinal(S("合作")), 0);
	EXPECT_INT(doc_label_ordinal(S("ы")), 0);
}

TEST(lang_chinese_parts_get_ascii_labels_and_eids)
{
	Arena a;
	arena_init(&a, 1 << 16);
	Str src = S("中国和湖国联合声明\n\n"
		    "一、双方同意加强合作。\n\n"
		    "二、双方支持贸易发展。\n\n"
		    "（一）双方将扩大投资。\n\n"
		    "（二）双方将举办论坛。\n\n"
		    "十二、双方商定下次会晤。\n");
	struct doc doc;
	struct diag d;
	EXPECT_INT(doc_read(&a, S("zh.txt"), src, &doc, &d), 0);
	EXPECT_STR(eid_of(&a, &doc, "双方同意"), "sec_1__para_1");
	EXPECT_STR(eid_of(&a, &doc, "双方支持"), "sec_2__para_1");
	EXPECT_STR(eid_of(&a, &doc, "双方将扩大"), "sec_2__para_2");
	int labels = 0;
	for (int i = 0; i < doc.nnodes; i++)
		if (doc.nodes[i].type == DOC_PART) {
			Str l = doc.nodes[i].label;
			labels++;
			for (ptrdiff_t k = 0; k < l.len; k++)
				EXPECT((unsigned char)l.s[k] < 0x80);
			EXPECT(doc_label_ordinal(l) > 0);
		}
	EXPECT_INT(labels, 4); /* 十二 skips too far after 二: a paragraph */
	arena_release(&a);
}

TEST(lang_english_roman_eids_unchanged)
{
	Arena a;
	arena_init(&a, 1 << 16);
	Str src = S("Joint Statement of the Lake States\n\n"
		    "I. The parties agree to cooperate.\n\n"
		    "II. The parties support trade.\n");
	struct doc doc;
	struct diag d;
	EXPECT_INT(doc_read(&a, S("en.txt"), src, &doc, &d), 0);
	EXPECT_STR(eid_of(&a, &doc, "The parties support"), "sec_II__para_1");
	arena_release(&a);
}
