/* test-lang.c: reading Russian and Chinese text (issue 8, part 3), on
 * sentences of our own in the three scripts: numbering, eIds, sentences,
 * language, dates, states, persons, places and document fields */
#include "test.h"
#include "doc/doc.h"
#include "record/record.h"
#include "kb/kb-int.h"
#include "base/token.h"

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
	/* ASCII parentheses and Arabic digits in full-width ones */
	EXPECT_INT(doc_read(&a, S("zh.txt"),
			    S("一、双方同意加强合作。\n\n(一)双方将扩大投资。\n\n(二)双方将举办论坛。\n\n"
			      "二、双方支持贸易发展。\n\n（1）双方将简化通关。\n\n（2）双方将建设物流中心。\n"),
			    &doc, &d), 0);
	EXPECT_STR(eid_of(&a, &doc, "双方将举办"), "sec_1__para_3");
	EXPECT_STR(eid_of(&a, &doc, "双方将建设"), "sec_2__para_3");
	int want[] = { 1, 1, 2, 2, 1, 2 }, np = 0;
	for (int i = 0; i < doc.nnodes; i++)
		if (doc.nodes[i].type == DOC_PART && np < 6)
			EXPECT_INT(doc_label_ordinal(doc.nodes[i].label), want[np++]);
	EXPECT_INT(np, 6);
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

/* ---- the whole pipeline (entities depth) on sentences of our own ---- */

static int run(Arena *a, const char *text, struct rec *r)
{
	struct diag d;
	return rec_extract(a, kb_default(), S("t.txt"), str_c(text), REC_ENTITIES, r, &d);
}

/* The entity of type t one of whose forms (name or alias) is form, or NULL. */
static const struct entity *entity_with(const struct rec *r, enum entity_type t, const char *form)
{
	for (int i = 0; i < r->e.n; i++) {
		const struct entity *e = &r->e.v[i];
		if (e->type != t)
			continue;
		if (str_eq(e->name, str_c(form)))
			return e;
		for (int k = 0; k < e->naliases; k++)
			if (str_eq(e->aliases[k], str_c(form)))
				return e;
	}
	return NULL;
}

/* The name of the entity of type t that form names, or "" when none. */
static Str name_of(const struct rec *r, enum entity_type t, const char *form)
{
	const struct entity *e = entity_with(r, t, form);
	return e ? e->name : S("");
}

/* The value of the first date mention whose text is text, or DATE_NONE. */
static struct date date_of(const struct rec *r, const char *text)
{
	for (int i = 0; i < r->m.n; i++) {
		const struct mention *m = &r->m.v[i];
		if (m->type == M_DATE && str_eq((Str){ r->doc.text.s + m->off, m->len }, str_c(text)))
			return m->value;
	}
	return DATE_NONE;
}

static bool date_is(struct date d, int y, int m, int dd)
{
	return d.y == y && d.m == m && d.d == dd;
}

TEST(lang_detect_by_script)
{
	EXPECT_INT(doc_lang_detect(S("The parties agree to cooperate.")), DOC_LANG_EN);
	EXPECT_INT(doc_lang_detect(S("Стороны договорились о сотрудничестве.")), DOC_LANG_RU);
	EXPECT_INT(doc_lang_detect(S("双方同意加强合作。")), DOC_LANG_ZH);
	/* a few names in another script do not change the language */
	EXPECT_INT(doc_lang_detect(S("President Xi Jinping (习近平) met President Tokayev in Astana.")), DOC_LANG_EN);
	EXPECT_INT(doc_lang_detect(S("Стороны приветствуют инициативу Belt and Road и проект CASA-1000.")),
		   DOC_LANG_RU);
	EXPECT_INT(doc_lang_detect(S("双方欢迎APEC会议在北京成功举行。")), DOC_LANG_ZH);
	EXPECT_INT(doc_lang_detect(S("2025 - 17.06")), DOC_LANG_EN);
	EXPECT_STR(str_c(doc_lang_code(DOC_LANG_RU)), "ru");
	EXPECT_STR(str_c(doc_lang_code(DOC_LANG_ZH)), "zh");
	EXPECT_STR(str_c(doc_lang_code(DOC_LANG_EN)), "en");
}

TEST(lang_record_json_has_lang_eval_has_not)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	EXPECT_INT(run(&a, "Стороны договорились провести встречу в Бишкеке 3 мая 2026 года.\n", &r), 0);
	EXPECT_INT(r.doc.lang, DOC_LANG_RU);
	struct buf b;
	buf_init(&b);
	emit_json(&b, &r);
	EXPECT(str_find(buf_str(&b), S("\"lang\": \"ru\"")) >= 0);
	buf_reset(&b);
	emit_eval(&b, &r);
	EXPECT(str_find(buf_str(&b), S("\"lang\"")) < 0);
	buf_release(&b);
	arena_release(&a);
}

TEST(lang_chinese_sentence_ends)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	/* 。！？； each end a sentence; a comma does not */
	EXPECT_INT(doc_read(&a, S("zh.txt"), S("双方同意加强合作，扩大贸易。双方欢迎峰会！会议成功吗？双方将继续努力；下次会晤在北京举行。\n"),
			    &doc, &d), 0);
	int n = 0;
	Str first = S(""), last = S("");
	for (int i = 0; i < doc.nnodes; i++)
		if (doc.nodes[i].type == DOC_SENT) {
			if (!n)
				first = doc_node_text(&doc, i);
			last = doc_node_text(&doc, i);
			n++;
		}
	EXPECT_INT(n, 5);
	EXPECT_STR(first, "双方同意加强合作，扩大贸易。");
	EXPECT_STR(last, "下次会晤在北京举行。");
	arena_release(&a);
}

TEST(lang_dates_in_three_scripts)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	EXPECT_INT(run(&a, "The leaders met in Astana on June 17, 2025.\n", &r), 0);
	EXPECT(date_is(date_of(&r, "June 17, 2025"), 2025, 6, 17));
	EXPECT_INT(run(&a, "Лидеры встретились в Астане 17 июня 2025 г. и подписали декларацию.\n", &r), 0);
	EXPECT(date_is(date_of(&r, "17 июня 2025 г."), 2025, 6, 17));
	EXPECT_INT(run(&a, "Следующая встреча пройдет 3 марта 2027 года в Ташкенте.\n", &r), 0);
	EXPECT(date_is(date_of(&r, "3 марта 2027 года"), 2027, 3, 3));
	EXPECT_INT(run(&a, "2025年6月17日，各国元首在阿斯塔纳会晤。\n", &r), 0);
	EXPECT(date_is(date_of(&r, "2025年6月17日"), 2025, 6, 17));
	/* official Chinese texts write the date in Han numerals */
	EXPECT_INT(run(&a, "本宣言于二〇二五年六月十七日在阿斯塔纳签署。\n", &r), 0);
	EXPECT(date_is(date_of(&r, "二〇二五年六月十七日"), 2025, 6, 17));
	EXPECT_INT(run(&a, "会议定于二〇二六年十二月三十一日举行。\n", &r), 0);
	EXPECT(date_is(date_of(&r, "二〇二六年十二月三十一日"), 2026, 12, 31));
	arena_release(&a);
}

TEST(lang_states_in_three_scripts)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	EXPECT_INT(run(&a, "Стороны приветствуют сотрудничество между Казахстаном, Туркменистаном и Китаем.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_STATE, "Казахстаном"), "Kazakhstan");
	EXPECT_STR(name_of(&r, ENT_STATE, "Туркменистаном"), "Turkmenistan");
	EXPECT_STR(name_of(&r, ENT_STATE, "Китаем"), "China");
	/* forms no data file lists, plural ones included */
	EXPECT_INT(run(&a, "Сотрудничество с Пакистаном, Монголией и Объединенными Арабскими Эмиратами.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_STATE, "Пакистаном"), "Pakistan");
	EXPECT_STR(name_of(&r, ENT_STATE, "Монголией"), "Mongolia");
	EXPECT_STR(name_of(&r, ENT_STATE, "Объединенными Арабскими Эмиратами"), "United Arab Emirates");
	EXPECT_INT(run(&a, "Делегация Республики Таджикистан посетила Узбекистан.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_STATE, "Республики Таджикистан"), "Tajikistan");
	EXPECT_STR(name_of(&r, ENT_STATE, "Узбекистан"), "Uzbekistan");
	EXPECT_INT(run(&a, "中方和吉尔吉斯斯坦、乌兹别克斯坦签署了协议。\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_STATE, "吉尔吉斯斯坦"), "Kyrgyzstan");
	EXPECT_STR(name_of(&r, ENT_STATE, "乌兹别克斯坦"), "Uzbekistan");
	arena_release(&a);
}

TEST(lang_persons_with_russian_case_forms)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	EXPECT_INT(run(&a, "Председатель Си Цзиньпин провел переговоры с Касым-Жомартом Токаевым.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PERSON, "Си Цзиньпин"), "Xi Jinping");
	EXPECT_STR(name_of(&r, ENT_PERSON, "Касым-Жомартом Токаевым"), "Kassym-Jomart Tokayev");
	EXPECT_INT(run(&a, "Стороны приветствуют визит Си Цзиньпина и благодарят Токаева.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PERSON, "Си Цзиньпина"), "Xi Jinping");
	EXPECT_STR(name_of(&r, ENT_PERSON, "Токаева"), "Kassym-Jomart Tokayev");
	/* forms no data file lists: the declension rule makes them */
	EXPECT_INT(run(&a, "Переговоры с Садыром Жапаровым и Эмомали Рахмоном прошли в Душанбе.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PERSON, "Садыром Жапаровым"), "Sadyr Japarov");
	EXPECT_STR(name_of(&r, ENT_PERSON, "Эмомали Рахмоном"), "Emomali Rahmon");
	EXPECT_INT(run(&a, "Встреча с Шавкатом Мирзиёевым и Сердаром Бердымухамедовым.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PERSON, "Шавкатом Мирзиёевым"), "Shavkat Mirziyoyev");
	EXPECT_STR(name_of(&r, ENT_PERSON, "Сердаром Бердымухамедовым"), "Serdar Berdimuhamedov");
	/* a Chinese name declines its given name only, never the surname */
	EXPECT_INT(run(&a, "Стороны провели встречу с Ли Цяном и Ван И.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PERSON, "Ли Цяном"), "Li Qiang");
	EXPECT_STR(name_of(&r, ENT_PERSON, "Ван И"), "Wang Yi");
	EXPECT_INT(run(&a, "Дина рассказала о встрече в Ване.\n", &r), 0);
	EXPECT(entity_with(&r, ENT_PERSON, "Дина") == NULL);
	EXPECT_INT(run(&a, "习近平同托卡耶夫举行会谈。\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PERSON, "习近平"), "Xi Jinping");
	EXPECT_STR(name_of(&r, ENT_PERSON, "托卡耶夫"), "Kassym-Jomart Tokayev");
	/* English stays as it was */
	EXPECT_INT(run(&a, "President Xi Jinping met President Kassym-Jomart Tokayev.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PERSON, "Kassym-Jomart Tokayev"), "Kassym-Jomart Tokayev");
	arena_release(&a);
}

TEST(lang_places_with_russian_case_forms)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	EXPECT_INT(run(&a, "Саммит прошел в Астане, делегации прибыли из Пекина и Москвы.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PLACE, "Астане"), "Astana");
	EXPECT_STR(name_of(&r, ENT_PLACE, "Пекина"), "Beijing");
	EXPECT_STR(name_of(&r, ENT_PLACE, "Москвы"), "Moscow");
	/* a one-word name in -ой is a noun; a foreign -оа does not decline
	 * (else "Самое" at a sentence's start would be Samoa) */
	EXPECT_INT(run(&a, "Самое важное: министры встретились в Ханое.\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PLACE, "Ханое"), "Hanoi");
	EXPECT(entity_with(&r, ENT_STATE, "Самое") == NULL);
	EXPECT_INT(run(&a, "Лидеры обсудили развитие Центральной Азии.\n", &r), 0);
	EXPECT(entity_with(&r, ENT_PLACE, "Центральной Азии") != NULL);
	EXPECT_INT(run(&a, "峰会在阿斯塔纳举行，下届峰会将在北京举行。\n", &r), 0);
	EXPECT_STR(name_of(&r, ENT_PLACE, "阿斯塔纳"), "Astana");
	EXPECT_STR(name_of(&r, ENT_PLACE, "北京"), "Beijing");
	arena_release(&a);
}

/* One declaration in three languages: the same kind, date and place, which
 * is what links the versions as one work. */
static const char *const decl_en =
	"Astana Declaration of the Lake States\n\n"
	"The heads of state met in Astana on 17 June 2025.\n\n"
	"I. The parties agree to deepen cooperation in trade.\n\n"
	"II. The parties will hold the next summit in 2027 in China.\n\n"
	"Done at Astana on 17 June 2025 in three originals.\n";
static const char *const decl_ru =
	"Астанинская декларация государств озерного края\n\n"
	"Главы государств встретились в Астане 17 июня 2025 года.\n\n"
	"I. Стороны договорились углублять сотрудничество в торговле.\n\n"
	"II. Стороны проведут следующий саммит в 2027 году в Китае.\n\n"
	"Совершено в городе Астане 17 июня 2025 года в трех подлинных экземплярах.\n";
static const char *const decl_zh =
	"湖区国家阿斯塔纳宣言\n\n"
	"各国元首于2025年6月17日在阿斯塔纳会晤。\n\n"
	"一、双方同意深化贸易合作。\n\n"
	"二、双方将于2027年在中国举行下届峰会。\n\n"
	"二〇二五年六月十七日于阿斯塔纳\n";

static void docinfo_of(Arena *a, const char *text, struct rec *r)
{
	struct diag d;
	rec_extract(a, kb_default(), S("t.txt"), str_c(text), REC_ENTITIES, r, &d);
}

TEST(lang_declaration_versions_agree)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	const char *const texts[] = { decl_en, decl_ru, decl_zh };
	for (int i = 0; i < 3; i++) {
		docinfo_of(&a, texts[i], &r);
		EXPECT_INT(r.doc.lang, i == 0 ? DOC_LANG_EN : i == 1 ? DOC_LANG_RU : DOC_LANG_ZH);
		EXPECT_INT(r.x.doc.kind, DK_DECLARATION);
		EXPECT(date_is(r.x.doc.date, 2025, 6, 17));
		EXPECT_STR(r.x.doc.place, "Astana");
		/* the parts align by number: sec_1 / sec_I hold the same paragraph */
		int parts = 0;
		for (int k = 0; k < r.doc.nnodes; k++)
			if (r.doc.nodes[k].type == DOC_PART)
				EXPECT_INT(doc_label_ordinal(r.doc.nodes[k].label), ++parts);
		EXPECT_INT(parts, 2);
	}
	arena_release(&a);
}

TEST(lang_russian_statement_closing_line)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	/* the opening sentence's place after "в г." */
	docinfo_of(&a,
		   "Совместное заявление\n\nГлавы государств встретились в г. Душанбе 2 апреля 2026 года.\n\n"
		   "1. Стороны договорились развивать торговлю.\n",
		   &r);
	EXPECT_STR(r.x.doc.place, "Dushanbe");
	EXPECT(date_is(r.x.doc.date, 2026, 4, 2));
	docinfo_of(&a,
		   "Совместное заявление Кыргызской Республики и Китайской Народной Республики\n\n"
		   "1. Стороны приветствуют итоги переговоров.\n\n"
		   "2. Стороны поддерживают развитие транспортных коридоров.\n\n"
		   "г. Бишкек, 5 марта 2026 года\n",
		   &r);
	EXPECT_INT(r.x.doc.kind, DK_STATEMENT);
	EXPECT(date_is(r.x.doc.date, 2026, 3, 5));
	EXPECT_STR(r.x.doc.place, "Bishkek");
	/* a title in capitals, run on into its second line */
	docinfo_of(&a,
		   "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ РЕСПУБЛИКИ КАЗАХСТАН И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКИ\n"
		   "о дальнейшем углублении партнерства\n\n"
		   "1. Стороны договорились развивать торговлю.\n\n2. Стороны поддерживают мир.\n\n"
		   "г. Астана, 17 июня 2025 года\n",
		   &r);
	EXPECT(str_starts(r.x.doc.title, S("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ")));
	EXPECT_INT(r.x.doc.kind, DK_STATEMENT);
	EXPECT(date_is(r.x.doc.date, 2025, 6, 17));
	EXPECT_STR(r.x.doc.place, "Astana");
	docinfo_of(&a,
		   "中华人民共和国和塔吉克斯坦共和国联合公报\n\n"
		   "一、双方高度评价两国关系。\n\n"
		   "二、双方同意加强合作。\n\n"
		   "2026年4月2日于杜尚别\n",
		   &r);
	EXPECT_INT(r.x.doc.kind, DK_STATEMENT);
	EXPECT(date_is(r.x.doc.date, 2026, 4, 2));
	EXPECT_STR(r.x.doc.place, "Dushanbe");
	arena_release(&a);
}

/* Every name in the index, generated Russian forms included, is found under
 * the key its own text tokenizes to: the keys ru-forms.c computes without
 * tokenizing are the tokenizer's. */
TEST(lang_kb_generated_forms_have_their_texts_keys)
{
	const struct kb *kb = kb_default();
	int checked = 0, bad = 0, generated = 0;
	for (int i = 0; i < kb->nnames; i++) {
		const struct kb_name *n = &kb->names[i];
		if (!n->text.len)
			continue; /* a gap left by a merged duplicate */
		uint64_t seq = TOK_SEQ_SEED;
		ptrdiff_t off = 0;
		struct token t;
		while (tok_next(n->text, &off, &t))
			seq = tok_key_add(seq, t.key);
		const struct kb_name *v;
		bool more;
		int k = kb_names(kb, seq ? seq : 1, &v, &more), found = 0;
		for (int j = 0; j < k; j++)
			found |= v[j].entity == n->entity;
		bad += !found;
		if (!found && bad < 5)
			fprintf(stderr, "  not found under its key: '%.*s'\n", (int)n->text.len, n->text.s);
		checked++;
		generated += str_eq(n->text, S("Астаной")) || str_eq(n->text, S("Садыром Жапаровым"));
	}
	EXPECT(checked > 10000);
	EXPECT_INT(bad, 0);
	EXPECT_INT(generated, 2);
}

TEST(lang_russian_lettered_items_get_latin_labels)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	EXPECT_INT(doc_read(&a, S("ru.txt"),
			    S("1. Стороны договорились:\n\nа) развивать торговлю;\n\nб) укреплять связи;\n\n"
			      "в) проводить встречи.\n\n2. Стороны поддерживают мир.\n"),
			    &doc, &d), 0);
	const char *want[] = { "1", "a", "b", "c", "2" };
	int n = 0;
	for (int i = 0; i < doc.nnodes; i++)
		if (doc.nodes[i].type == DOC_PART && n < 5) {
			EXPECT_STR(doc.nodes[i].label, want[n]);
			/* "в)" is the third item, as "(c)" in English */
			EXPECT_INT(doc_label_ordinal(doc.nodes[i].label), n == 0 ? 1 : n == 4 ? 2 : n);
			n++;
		}
	EXPECT_INT(n, 5);
	EXPECT_STR(eid_of(&a, &doc, "проводить"), "sec_1__para_4");
	arena_release(&a);
}

TEST(lang_signatories_in_russian_and_chinese)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	docinfo_of(&a,
		   "Астанинская декларация\n\n1. Стороны договорились углублять сотрудничество.\n\n"
		   "2. Стороны поддерживают торговлю.\n\n"
		   "Президент Республики Казахстан К. Токаев\n"
		   "Председатель Китайской Народной Республики Си Цзиньпин\n"
		   "г. Астана, 17 июня 2025 года\n",
		   &r);
	EXPECT_INT(r.x.doc.nsignatories, 2);
	if (r.x.doc.nsignatories == 2) {
		EXPECT_STR(r.x.doc.signatories[0], "Kassym-Jomart Tokayev");
		EXPECT_STR(r.x.doc.signatories[1], "Xi Jinping");
	}
	docinfo_of(&a,
		   "阿斯塔纳宣言\n\n一、双方同意深化合作。\n\n二、双方支持贸易发展。\n\n"
		   "哈萨克斯坦共和国总统 托卡耶夫\n中华人民共和国主席 习近平\n2025年6月17日于阿斯塔纳\n",
		   &r);
	EXPECT_INT(r.x.doc.nsignatories, 2);
	if (r.x.doc.nsignatories == 2) {
		EXPECT_STR(r.x.doc.signatories[0], "Kassym-Jomart Tokayev");
		EXPECT_STR(r.x.doc.signatories[1], "Xi Jinping");
	}
	arena_release(&a);
}

TEST(lang_news_datelines)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct rec r;
	docinfo_of(&a,
		   "Токаев провел переговоры с Си Цзиньпином\n\n"
		   "АСТАНА, 16 июня 2025 года (Казинформ) – Президент Касым-Жомарт Токаев провел переговоры с "
		   "Председателем КНР Си Цзиньпином.\n\nСтороны обсудили торговлю.\n",
		   &r);
	EXPECT_INT(r.x.doc.kind, DK_ARTICLE);
	EXPECT(date_is(r.x.doc.date, 2025, 6, 16));
	docinfo_of(&a,
		   "习近平同托卡耶夫会谈\n\n"
		   "新华社阿斯塔纳2025年6月16日电 国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。\n\n"
		   "双方表示将深化合作。\n",
		   &r);
	EXPECT_INT(r.x.doc.kind, DK_ARTICLE);
	EXPECT(date_is(r.x.doc.date, 2025, 6, 16));
	arena_release(&a);
}

TEST(lang_russian_sentence_ends)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	/* not after an initial, "г." or "т.ч."; after "т.д." before a sentence opener */
	EXPECT_INT(doc_read(&a, S("ru.txt"),
			    S("Президент К. Токаев встретился с гостями 17 июня 2025 г. в Астане. Стороны обсудили "
			      "торговлю, транспорт и т.д. Они также обсудили связи, в т.ч. Образование и науку.\n"),
			    &doc, &d), 0);
	const char *want[] = { "Президент К. Токаев встретился с гостями 17 июня 2025 г. в Астане.",
			       "Стороны обсудили торговлю, транспорт и т.д.",
			       "Они также обсудили связи, в т.ч. Образование и науку." };
	int n = 0;
	for (int i = 0; i < doc.nnodes; i++)
		if (doc.nodes[i].type == DOC_SENT) {
			if (n < 3)
				EXPECT_STR(doc_node_text(&doc, i), want[n]);
			n++;
		}
	EXPECT_INT(n, 3);
	arena_release(&a);
}
