/* segment.c: typed lines -> the document tree (title, sections, infobox, numbered parts, paragraphs)
 *
 * The tree is built in one forward pass with a stack of open containers
 * (root, sections, infobox, numbered parts, list items).  A container's span
 * runs from its first line to the end of the last content added while it
 * was open; it is fixed when the container closes.  Numbered parts: a
 * paragraph that opens with "IV." / "3." / "(b)" / "三、" opens a DOC_PART
 * when the number continues its style's sequence (the next value, or the
 * one after: a skipped number is tolerated) or starts a new style at 1; the
 * unnumbered paragraphs after it belong to it until a number of the same or
 * an outer style, a heading, or the closing block.  Plain text may be
 * hard-wrapped: when most lines run on without a sentence end, the lines of a
 * block are joined into one paragraph.
 */
#include "doc-int.h"

#include <string.h>
#include <utf8proc.h>

enum open_kind { O_ROOT, O_SECTION, O_INFOBOX, O_PART, O_ITEM };

struct open {
	int node;
	uint8_t kind;    /* enum open_kind */
	uint8_t level;   /* O_SECTION, O_ITEM: line level; O_PART: style */
	int value;       /* O_PART: its number */
};

#define MAX_OPEN 64

struct seg {
	struct doc_build b;
	Str text;
	struct open stack[MAX_OPEN];
	int depth;
	ptrdiff_t last_end;            /* end of the last content added */
	int last_value[NUM_NSTYLES];   /* last accepted number per style */
};

/* Contract: appends n to the tree and returns its index; once DOC_MAX_NODES
 * is reached, drops n, sets b->full and returns 0 (the root). */
int doc_add_node(struct doc_build *b, struct doc_node n)
{
	struct doc *doc = b->doc;
	if (doc->nnodes >= DOC_MAX_NODES) {
		b->full = true;
		return 0;
	}
	ptrdiff_t cnt = doc->nnodes;
	apush(b->a, doc->nodes, cnt, b->cap, n);
	doc->nnodes = (int)cnt;
	return doc->nnodes - 1;
}

static void close_top(struct seg *g)
{
	struct open *o = &g->stack[--g->depth];
	struct doc_node *n = &g->b.doc->nodes[o->node];
	ptrdiff_t end = g->last_end > n->off ? g->last_end : n->off + n->len;
	if (end > n->off + n->len)
		n->len = end - n->off;
	if (o->kind == O_PART || o->kind == O_INFOBOX) {
		if (end > n->body_off)
			n->body_len = end - n->body_off;
	}
}

/* Close containers while keep() says no. */
static void close_while(struct seg *g, bool (*keep)(const struct open *o, int arg), int arg)
{
	while (g->depth > 1 && !keep(&g->stack[g->depth - 1], arg))
		close_top(g);
}

static bool keep_root(const struct open *o, int arg) { return o->kind == O_ROOT; }
static bool keep_sections(const struct open *o, int arg) { return o->kind == O_ROOT || o->kind == O_SECTION; }
static bool keep_outer_sections(const struct open *o, int level)
{
	return o->kind == O_ROOT || (o->kind == O_SECTION && o->level < level);
}
static bool keep_parts(const struct open *o, int arg) { return o->kind != O_ITEM && o->kind != O_INFOBOX; }
static bool keep_outer_items(const struct open *o, int level)
{
	return o->kind != O_INFOBOX && !(o->kind == O_ITEM && o->level >= level);
}

static int push(struct seg *g, int node, enum open_kind kind, int level, int value)
{
	if (g->depth < MAX_OPEN)
		g->stack[g->depth++] = (struct open){ node, (uint8_t)kind, (uint8_t)level, value };
	return node;
}

static int top(const struct seg *g)
{
	return g->stack[g->depth - 1].node;
}

static int add(struct seg *g, enum doc_node_type type, int level, ptrdiff_t off, ptrdiff_t len,
	       ptrdiff_t body_off, ptrdiff_t body_len, Str label)
{
	int i = doc_add_node(&g->b, (struct doc_node){ type, top(g), level, off, len, body_off, body_len, label });
	if (off + len > g->last_end)
		g->last_end = off + len;
	return i;
}

static Str slice(const struct seg *g, ptrdiff_t off, ptrdiff_t len)
{
	return (Str){ g->text.s + off, len };
}

/* "12" for a part numbered "十二、": labels (and the eIds made of them)
 * stay ASCII and equal across the language versions of one text. */
static Str ascii_label(struct seg *g, int v)
{
	char tmp[12];
	int n = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0 && n < (int)sizeof tmp);
	char *s = anew(g->b.a, char, n);
	for (int k = 0; k < n; k++)
		s[k] = tmp[n - 1 - k];
	return (Str){ s, n };
}

/* Whether number v of style fits: the next (or the one after) of an open
 * part of that style (*at = its stack slot), or 1 of a style not open (or
 * the next of its last sequence); *parts = open parts. */
static bool accept(const struct seg *g, int style, int v, int *at, int *parts)
{
	*at = -1, *parts = 0;
	for (int i = 0; i < g->depth; i++)
		if (g->stack[i].kind == O_PART) {
			++*parts;
			if (g->stack[i].level == style)
				*at = i;
		}
	if (*at >= 0) {
		int last = g->stack[*at].value;
		return v == last + 1 || v == last + 2;
	}
	return v == 1 || (g->last_value[style] && v == g->last_value[style] + 1);
}

/* A paragraph [off, end) whose first line is first: a numbered part when
 * its number fits a sequence, else a plain paragraph in the open part. */
static void paragraph(struct seg *g, const struct doc_line *first, ptrdiff_t off, ptrdiff_t end)
{
	close_while(g, keep_parts, 0);
	struct doc_num num;
	if (doc_number(slice(g, first->off, first->len), &num)) {
		/* of two readings ("(i)"), prefer one that continues a sequence */
		int at = -1, parts = 0;
		bool ok = accept(g, num.style, num.value, &at, &parts);
		if (num.alt_style && (!ok || at < 0)) {
			int at2 = -1, parts2 = 0;
			if (accept(g, num.alt_style, num.alt_value, &at2, &parts2) && (!ok || at2 >= 0)) {
				num.style = num.alt_style, num.value = num.alt_value;
				ok = true, at = at2, parts = parts2;
			}
		}
		if (ok) {
			if (at >= 0) {
				while (g->depth > at)
					close_top(g);
				parts = 0;
				for (int i = 0; i < g->depth; i++)
					parts += g->stack[i].kind == O_PART;
			}
			g->last_value[num.style] = num.value;
			ptrdiff_t body = first->off + num.body;
			Str label = slice(g, first->off + num.label_off, num.label_len);
			if (num.style == NUM_HAN || num.style == NUM_HANP)
				label = ascii_label(g, num.value);
			else if (num.style == NUM_CYR) /* "в)" -> "c", as English "(c)" */
				label = num.value <= 26 ? (Str){ &"abcdefghijklmnopqrstuvwxyz"[num.value - 1], 1 }
							: ascii_label(g, num.value);
			int part = add(g, DOC_PART, parts + 1, off, end - off, body, end - body, label);
			push(g, part, O_PART, num.style, num.value);
			int para = add(g, DOC_PARA, 0, off, end - off, body, end - body, STR_NULL);
			doc_sentences(&g->b, para, body, end - body);
			return;
		}
	}
	int para = add(g, DOC_PARA, 0, off, end - off, off, end - off, STR_NULL);
	doc_sentences(&g->b, para, off, end - off);
}

static bool ends_sentence(Str t)
{
	if (!t.len)
		return false;
	unsigned char c = (unsigned char)t.s[t.len - 1];
	if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == ')')
		return true;
	if (c >= 0x80) {
		int n;
		int32_t cp = doc_cp_before(t, t.len, &n);
		return cp == 0x3002 || cp == 0xff01 || cp == 0xff1f || cp == 0xff1b || cp == 0xff1a ||
		       cp == 0x201d || cp == 0x2019 || cp == 0x2026 || cp == 0xbb;
	}
	return false;
}

static bool starts_lower(Str t)
{
	if (!t.len)
		return false;
	unsigned char c = (unsigned char)t.s[0];
	if (c < 0x80)
		return doc_is_lower(c);
	int n;
	int32_t cp = doc_cp(t, 0, &n);
	return doc_cp_alnum(cp) && !doc_cp_upper(cp) && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* A dash that wrapped to the start of a line is no bullet: line j runs on
 * (no sentence end) and line j+1 "- goes on" in lower case. */
static bool dash_goes_on(const struct seg *g, const struct doc_lines *ls, int j)
{
	const struct doc_line *p = &ls->v[j], *q = &ls->v[j + 1];
	return p->kind == LN_TEXT && q->kind == LN_ITEM && q->indent == 0 && g->text.s[q->off] == '-' &&
	       !ends_sentence(slice(g, p->off, p->len)) && starts_lower(slice(g, q->body_off, q->body_len));
}

/* Whether the plain text is hard-wrapped: many lines run on into the next. */
static bool wrapped(const struct seg *g, const struct doc_lines *ls)
{
	int n = 0, runon = 0;
	for (int i = 0; i + 1 < ls->n; i++) {
		const struct doc_line *l = &ls->v[i];
		if (l->kind != LN_TEXT)
			continue;
		n++;
		if (ls->v[i + 1].kind == LN_TEXT && !ends_sentence(slice(g, l->off, l->len)))
			runon++;
	}
	return n >= 4 && runon * 4 >= n;
}

static int words(Str t)
{
	int n = 0;
	bool in = false;
	for (ptrdiff_t i = 0; i < t.len; i++) {
		bool sp = t.s[i] == ' ';
		n += !sp && !in;
		in = !sp;
	}
	return n;
}

static const char *const title_words[] = {
	"Declaration", "Statement", "Communiqu", "Joint", "Treaty", "Agreement", "Summit", "Memorandum",
	"Plan", "Programme", "Program", "Charter", "Protocol", "Convention", "Resolution", "Report",
	"DECLARATION", "STATEMENT", "\xd0\x94\xd0\xb5\xd0\xba\xd0\xbb\xd0\xb0\xd1\x80\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8f",
	"\xd0\xa1\xd0\xbe\xd0\xb2\xd0\xbc\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xbe\xd0\xb5", /* Совместное */
	"\xe5\xae\xa3\xe8\xa8\x80", "\xe5\xa3\xb0\xe6\x98\x8e", "\xe5\x85\xac\xe6\x8a\xa5", /* 宣言 声明 公报 */
	"ДЕКЛАРАЦИЯ", "СОВМЕСТНОЕ", "Заявление", "ЗАЯВЛЕНИЕ", "Коммюнике", "КОММЮНИКЕ", "Меморандум",
	"МЕМОРАНДУМ", "Соглашение", "СОГЛАШЕНИЕ", "Договор", "ДОГОВОР", "План действий", "Программа",
	"备忘录", "协定", "协议", "行动计划", "条约", "公约",
};

/* Plain text: whether line i (the first content line) reads as a title. */
static bool title_like(const struct seg *g, const struct doc_lines *ls, int i)
{
	const struct doc_line *l = &ls->v[i];
	Str t = slice(g, l->off, l->len);
	struct doc_num num;
	if (t.len > 200 || words(t) > 25 || doc_number(t, &num))
		return false;
	char last = t.s[t.len - 1];
	if (last == '.' || last == ',' || last == ';' || last == ':')
		return false;
	int n;
	int32_t cp = doc_cp_before(t, t.len, &n);
	if (cp == 0x3002 || cp == 0xff0c || cp == 0xff1b || cp == 0xff1a)
		return false;
	int more = 0;
	for (int j = i + 1; j < ls->n; j++)
		more += ls->v[j].kind != LN_BLANK && ls->v[j].kind != LN_FURNITURE;
	if (!more)
		return false;
	if (i + 1 < ls->n && ls->v[i + 1].kind == LN_BLANK)
		return true;
	for (size_t k = 0; k < sizeof title_words / sizeof *title_words; k++)
		if (str_find(t, str_c(title_words[k])) >= 0)
			return t.len <= 160;
	return false;
}

/* Plain text: a short unpunctuated line between blank lines is a heading. */
static bool heading_like(const struct seg *g, const struct doc_lines *ls, int i)
{
	const struct doc_line *l = &ls->v[i];
	Str t = slice(g, l->off, l->len);
	if (t.len > 100 || words(t) > 12 || ends_sentence(t) || t.s[t.len - 1] == ',')
		return false;
	if ((i > 0 && ls->v[i - 1].kind != LN_BLANK) || i + 1 >= ls->n || ls->v[i + 1].kind != LN_BLANK)
		return false;
	int n;
	if (!doc_cp_upper(doc_cp(t, 0, &n)) && !doc_is_digit(t.s[0]))
		return false;
	struct doc_num num;
	return !doc_number(t, &num) && !doc_is_placedate(t) && !doc_is_signature(t);
}

/* A dateline: a place-and-date line among the first lines of the text
 * ("Astana, June 17, 2025" under the title) is a DOC_PLACEDATE too. */
static void dateline(const struct seg *g, struct doc_lines *ls)
{
	int seen = 0;
	for (int i = 0; i < ls->n && seen < 3; i++) {
		struct doc_line *l = &ls->v[i];
		if (l->kind == LN_BLANK || l->kind == LN_FURNITURE)
			continue;
		seen++;
		if (l->kind == LN_TEXT && doc_is_placedate(slice(g, l->off, l->len))) {
			l->kind = LN_PLACEDATE;
			return;
		}
	}
}

/* Contract: builds doc->nodes (root first) from the typed lines; returns 0,
 * or ACC_ETOOBIG when the tree would exceed DOC_MAX_NODES. */
int doc_segment(Arena *a, struct doc *doc, struct doc_lines *ls, struct diag *d)
{
	struct seg g = { .b = { a, doc, 0, false }, .text = doc->text };
	doc->nodes = NULL;
	doc->nnodes = 0;
	/* room for the usual tree at once: a paragraph and a sentence per line,
	 * and a sentence per 128 bytes (growing copies the whole array) */
	ptrdiff_t guess = (ptrdiff_t)ls->n * 2 + doc->text.len / 128 + 16;
	g.b.cap = guess < DOC_MAX_NODES ? guess : DOC_MAX_NODES;
	doc->nodes = anew(a, struct doc_node, g.b.cap);
	int root = doc_add_node(&g.b, (struct doc_node){ DOC_ROOT, -1, 0, 0, doc->text.len, 0, doc->text.len, STR_NULL });
	push(&g, root, O_ROOT, 0, 0);

	bool plain = doc->format == DOC_FMT_TEXT || doc->format == DOC_FMT_MARKDOWN;
	bool have_title = false, blanks = false;
	for (int i = 0; i < ls->n; i++) {
		if (ls->v[i].kind == LN_TITLE)
			have_title = true;
		if (ls->v[i].kind == LN_BLANK)
			blanks = true;
	}
	if (doc->format == DOC_FMT_TEXT && !have_title) {
		for (int i = 0; i < ls->n; i++) {
			struct doc_line *l = &ls->v[i];
			if (l->kind == LN_BLANK || l->kind == LN_FURNITURE)
				continue;
			if (l->kind == LN_TEXT && title_like(&g, ls, i))
				l->kind = LN_TITLE;
			break;
		}
	}
	dateline(&g, ls);
	if (doc->format == DOC_FMT_TEXT && blanks)
		for (int i = 0; i < ls->n; i++)
			if (ls->v[i].kind == LN_TEXT && heading_like(&g, ls, i)) {
				ls->v[i].kind = LN_SECTION;
				ls->v[i].level = 1;
			}
	bool wrap = plain && wrapped(&g, ls);
	bool first_field = false;

	for (int i = 0; i < ls->n; i++) {
		struct doc_line *l = &ls->v[i];
		Str body = slice(&g, l->body_off, l->body_len);
		int node;
		switch ((enum doc_line_kind)l->kind) {
		case LN_BLANK:
		case LN_FURNITURE:
		case LN_BREAK:
			break;
		case LN_TITLE:
			close_while(&g, keep_root, 0);
			node = add(&g, DOC_TITLE, 0, l->off, l->len, l->body_off, l->body_len, STR_NULL);
			doc_sentences(&g.b, node, l->body_off, l->body_len);
			break;
		case LN_SECTION:
			close_while(&g, keep_outer_sections, l->level);
			node = add(&g, DOC_SECTION, l->level, l->off, l->len, l->body_off, l->body_len, body);
			push(&g, node, O_SECTION, l->level, 0);
			doc_sentences(&g.b, node, l->body_off, l->body_len);
			break;
		case LN_INFOBOX:
			close_while(&g, keep_sections, 0);
			node = add(&g, DOC_INFOBOX, 0, l->off, l->len, l->off + l->len, 0, STR_NULL);
			push(&g, node, O_INFOBOX, 0, 0);
			first_field = true;
			break;
		case LN_FIELD:
			if (doc->nodes[top(&g)].type == DOC_INFOBOX && first_field) /* the fields are its body */
				doc->nodes[top(&g)].body_off = l->off;
			first_field = false;
			node = add(&g, DOC_FIELD, 0, l->off, l->len, l->body_off, l->body_len,
				   slice(&g, l->key_off, l->key_len));
			doc_sentences(&g.b, node, l->body_off, l->body_len);
			break;
		case LN_ITEM:
			close_while(&g, keep_outer_items, l->level);
			node = add(&g, DOC_ITEM, l->level, l->off, l->len, l->body_off, l->body_len, STR_NULL);
			push(&g, node, O_ITEM, l->level, 0);
			doc_sentences(&g.b, node, l->body_off, l->body_len);
			break;
		case LN_SIGNATURE:
		case LN_PLACEDATE:
			close_while(&g, keep_sections, 0);
			node = add(&g, l->kind == LN_SIGNATURE ? DOC_SIGNATURE : DOC_PLACEDATE, 0, l->off, l->len,
				   l->off, l->len, STR_NULL);
			doc_sentences(&g.b, node, l->off, l->len);
			break;
		case LN_TEXT: {
			int j = i;
			if (wrap) {
				/* join the run of text lines, up to a numbered line (or,
				 * when no blank lines separate paragraphs, a sentence end
				 * on a line clearly shorter than the others) */
				ptrdiff_t longest = l->len;
				while (j + 1 < ls->n && (ls->v[j + 1].kind == LN_TEXT || dash_goes_on(&g, ls, j))) {
					const struct doc_line *p = &ls->v[j], *q = &ls->v[j + 1];
					struct doc_num num;
					if (doc_number(slice(&g, q->off, q->len), &num))
						break;
					if (!blanks && ends_sentence(slice(&g, p->off, p->len)) && p->len * 10 < longest * 6)
						break; /* without blank lines, a short last line ends a paragraph */
					j++;
					if (q->len > longest)
						longest = q->len;
				}
			}
			/* a line broken inside a sentence: the next goes on in lower case */
			while (j + 1 < ls->n && (ls->v[j + 1].kind == LN_TEXT || dash_goes_on(&g, ls, j)) &&
			       !ends_sentence(slice(&g, ls->v[j].off, ls->v[j].len)) &&
			       starts_lower(slice(&g, ls->v[j + 1].body_off, ls->v[j + 1].body_len)))
				j++;
			const struct doc_line *e = &ls->v[j];
			paragraph(&g, l, l->off, e->off + e->len);
			i = j;
			break;
		}
		}
	}
	while (g.depth > 1)
		close_top(&g);
	doc->nodes[0].len = doc->text.len;
	doc->nodes[0].body_len = doc->text.len;
	if (g.b.full)
		return diag_set(d, ACC_ETOOBIG, -1, "more than %d parts, paragraphs and sentences", DOC_MAX_NODES);
	return ACC_OK;
}
