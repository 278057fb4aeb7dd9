/* emit-akn.c: a document as Akoma Ntoso 3.0 XML (a <doc>), with stable eIds
 *
 * The mapping (OASIS LegalDocML Akoma Ntoso 3.0, akomantoso30.xsd):
 *   - <doc name="declaration"> (or the document's kind) with <meta>: the
 *     FRBR identification (work, expression in English, manifestation) and
 *     <references>: TLCPerson for each signatory, TLCOrganization for each
 *     state the record names;
 *   - <preface>: docTitle and docDate;
 *   - <preamble>: the paragraphs before the first numbered part or section,
 *     eIds preamble__para_N;
 *   - <mainBody>: one <section> per outermost numbered part ("VI" ->
 *     sec_VI) or headed section (sec_N by position), holding a <paragraph>
 *     per paragraph or list item inside it: sec_VI__para_3;
 *   - <conclusions>: the place-and-date line and the signature block.
 * eIds depend only on the document tree, so they are stable across runs and
 * across re-ingests of an unchanged text; the store keeps them with every
 * paragraph and clause (emit_akn_eids).
 */
#include "record.h"
#include "../base/utf8.h"

#include <string.h>

/* The outermost numbered part or headed section containing node i (itself
 * included), or -1: one pass, parents come before children. */
static int *groups(Arena *a, const struct doc *doc)
{
	int *g = anew(a, int, doc->nnodes + 1);
	for (int i = 0; i < doc->nnodes; i++) {
		const struct doc_node *n = &doc->nodes[i];
		int up = n->parent >= 0 ? g[n->parent] : -1;
		g[i] = up >= 0 ? up : (n->type == DOC_PART || n->type == DOC_SECTION) ? i : -1;
	}
	return g;
}

/* "VI" -> "VI"; anything but ASCII letters and digits becomes '_'. */
static void id_part(struct buf *b, Str label)
{
	for (ptrdiff_t i = 0; i < label.len; i++) {
		char c = label.s[i];
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		buf_putc(b, ok ? c : '_');
	}
}

static bool is_para(const struct doc_node *n)
{
	return n->type == DOC_PARA || n->type == DOC_ITEM;
}

Str *emit_akn_eids(Arena *a, const struct doc *doc)
{
	Str *eid = anew(a, Str, doc->nnodes + 1);
	int *g = groups(a, doc);
	int *count = anew(a, int, doc->nnodes + 1); /* paragraphs seen per group */
	int nsections = 0, npre = 0, npost = 0;
	bool seen_group = false;
	struct buf b;
	buf_init(&b);
	for (int i = 0; i < doc->nnodes; i++) {
		const struct doc_node *n = &doc->nodes[i];
		buf_reset(&b);
		if (g[i] == i) {
			seen_group = true;
			nsections++;
			buf_puts(&b, "sec_");
			if (n->type == DOC_PART && n->label.len)
				id_part(&b, n->label);
			else
				buf_printf(&b, "%d", nsections);
		} else if (is_para(n) && g[i] >= 0) {
			buf_put(&b, eid[g[i]]);
			buf_printf(&b, "__para_%d", ++count[g[i]]);
		} else if (is_para(n)) {
			if (seen_group)
				buf_printf(&b, "conclusions__para_%d", ++npost);
			else
				buf_printf(&b, "preamble__para_%d", ++npre);
		} else {
			continue;
		}
		eid[i] = arena_str(a, buf_str(&b));
	}
	buf_release(&b);
	return eid;
}

/* XML text or attribute value: escapes the five specials, and replaces
 * what XML 1.0 forbids (C0 controls but tab and line ends, invalid UTF-8). */
static void xml(struct buf *b, Str s)
{
	ptrdiff_t off = 0;
	while (off < s.len) {
		ptrdiff_t at = off;
		int32_t cp = utf8_next(s, &off);
		switch (cp) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		default:
			if (cp < 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF)
				buf_putc(b, ' ');
			else
				buf_put(b, (Str){ s.s + at, off - at });
		}
	}
}

static void xml_z(struct buf *b, const char *z)
{
	xml(b, str_c(z));
}

/* A name for URIs: the file's base name without extension, lower case,
 * [a-z0-9-] only. */
static void slug(struct buf *b, Str s)
{
	bool dash = false;
	ptrdiff_t start = b->len;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		char c = s.s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && b->len > start)
				buf_putc(b, '-');
			buf_putc(b, c);
			dash = false;
		} else {
			dash = true;
		}
	}
	if (b->len == start)
		buf_puts(b, "document");
}

static Str base_name(Str path)
{
	ptrdiff_t s = 0, e = path.len;
	for (ptrdiff_t i = 0; i < path.len; i++)
		if (path.s[i] == '/')
			s = i + 1;
	for (ptrdiff_t i = e - 1; i > s; i--)
		if (path.s[i] == '.') {
			e = i;
			break;
		}
	return (Str){ path.s + s, e - s };
}

struct akn {
	struct buf *out;
	const struct rec *r;
	Str *eid;
	char date[11];     /* full ISO date for FRBRdate */
	struct buf uri;    /* the work URI */
	const struct rec *work; /* the work's pivot version (r itself when alone) */
	const char *lang3; /* the expression's language, ISO 639-2 ("eng") */
};

/* suffix_this and suffix_uri are printf formats of the language. */
static void frbr(struct akn *k, const char *level, const char *suffix_this, const char *suffix_uri,
		 const char *date_name, bool language)
{
	struct buf *o = k->out;
	buf_printf(o, "        <%s>\n", level);
	buf_puts(o, "          <FRBRthis value=\"");
	xml(o, buf_str(&k->uri));
	buf_printf(o, suffix_this, k->lang3);
	buf_puts(o, "\"/>\n          <FRBRuri value=\"");
	xml(o, buf_str(&k->uri));
	buf_printf(o, suffix_uri, k->lang3);
	buf_puts(o, "\"/>\n");
	buf_printf(o, "          <FRBRdate date=\"%s\" name=\"%s\"/>\n", k->date, date_name);
	buf_puts(o, "          <FRBRauthor href=\"#accord\"/>\n");
	if (!strcmp(level, "FRBRWork"))
		buf_puts(o, "          <FRBRcountry value=\"int\"/>\n");
	if (language)
		buf_printf(o, "          <FRBRlanguage language=\"%s\"/>\n", k->lang3);
	buf_printf(o, "        </%s>\n", level);
}

static bool has_code(Str *v, int n, Str c)
{
	for (int i = 0; i < n; i++)
		if (str_eq(v[i], c))
			return true;
	return false;
}

static void meta(struct akn *k, Arena *a)
{
	struct buf *o = k->out;
	const struct rec *r = k->r;
	buf_puts(o, "    <meta>\n      <identification source=\"#accord\">\n");
	frbr(k, "FRBRWork", "/!main", "", "adoption", false);
	frbr(k, "FRBRExpression", "/%s@/!main", "/%s@", "adoption", true);
	frbr(k, "FRBRManifestation", "/%s@/!main.xml", "/%s@.akn", "adoption", false);
	buf_puts(o, "      </identification>\n      <references source=\"#accord\">\n");
	buf_puts(o, "        <TLCOrganization eId=\"accord\" href=\"/ontology/organization/accord\" showAs=\"accord\"/>\n");
	const struct docinfo *di = &r->x.doc;
	for (int i = 0; i < di->nsignatories; i++) {
		buf_printf(o, "        <TLCPerson eId=\"person_%d\" href=\"/ontology/person/", i + 1);
		slug(o, di->signatories[i]);
		buf_puts(o, "\" showAs=\"");
		xml(o, di->signatories[i]);
		buf_puts(o, "\"/>\n");
	}
	/* States: the summit's participants and every clause's actors, once
	 * each; a version's are its work's, whose clauses apply to it. */
	r = k->work;
	Str *codes = NULL;
	ptrdiff_t n = 0, cap = 0;
	for (int i = 0; i < r->x.summit.participants.n; i++)
		if (!has_code(codes, (int)n, r->x.summit.participants.v[i]))
			apush(a, codes, n, cap, r->x.summit.participants.v[i]);
	for (int c = 0; c < r->x.nclauses; c++)
		for (int i = 0; i < r->x.clauses[c].actors.n; i++)
			if (!has_code(codes, (int)n, r->x.clauses[c].actors.v[i]))
				apush(a, codes, n, cap, r->x.clauses[c].actors.v[i]);
	for (ptrdiff_t i = 0; i < n; i++) {
		buf_puts(o, "        <TLCOrganization eId=\"state_");
		slug(o, codes[i]);
		buf_puts(o, "\" href=\"/ontology/organization/state/");
		slug(o, codes[i]);
		buf_puts(o, "\" showAs=\"");
		xml(o, codes[i]);
		buf_puts(o, "\"/>\n");
	}
	buf_puts(o, "      </references>\n    </meta>\n");
}

static Str title_of(const struct rec *r)
{
	if (r->x.doc.title.s && r->x.doc.title.len)
		return r->x.doc.title;
	for (int i = 0; i < r->doc.nnodes; i++)
		if (r->doc.nodes[i].type == DOC_TITLE)
			return doc_node_body(&r->doc, i);
	return base_name(r->doc.path);
}

static void para(struct akn *k, int i, const char *indent, bool hier)
{
	struct buf *o = k->out;
	Str body = doc_node_body(&k->r->doc, i);
	if (hier) {
		buf_printf(o, "%s<paragraph eId=\"", indent);
		xml(o, k->eid[i]);
		buf_printf(o, "\">\n%s  <content>\n%s    <p>", indent, indent);
		xml(o, body);
		buf_printf(o, "</p>\n%s  </content>\n%s</paragraph>\n", indent, indent);
	} else {
		buf_printf(o, "%s<p eId=\"", indent);
		xml(o, k->eid[i]);
		buf_puts(o, "\">");
		xml(o, body);
		buf_puts(o, "</p>\n");
	}
}

/* One signature line: the signatory's name marked as a person. */
static void signature(struct akn *k, int i)
{
	struct buf *o = k->out;
	const struct docinfo *di = &k->r->x.doc;
	Str text = doc_node_body(&k->r->doc, i);
	buf_puts(o, "      <blockContainer>\n        <p>");
	for (int s = 0; s < di->nsignatories; s++) {
		ptrdiff_t at = str_find(text, di->signatories[s]);
		if (at < 0)
			continue;
		ptrdiff_t end = at + di->signatories[s].len;
		buf_puts(o, "<signature>");
		xml(o, (Str){ text.s, at });
		buf_printf(o, "<person refersTo=\"#person_%d\">", s + 1);
		xml(o, di->signatories[s]);
		buf_puts(o, "</person>");
		xml(o, (Str){ text.s + end, text.len - end });
		buf_puts(o, "</signature></p>\n      </blockContainer>\n");
		return;
	}
	xml(o, text);
	buf_puts(o, "</p>\n      </blockContainer>\n");
}

/* ISO 639-2 for the languages accord reads. */
static const char *lang3(const char *lang)
{
	if (lang && !strcmp(lang, "ru"))
		return "rus";
	if (lang && !strcmp(lang, "zh"))
		return "zho";
	return "eng";
}

void emit_akn(struct buf *out, Arena *a, const struct rec *r)
{
	emit_akn_expression(out, a, r, NULL, "en");
}

void emit_akn_expression(struct buf *out, Arena *a, const struct rec *r, const struct rec *work, const char *lang)
{
	const struct doc *doc = &r->doc;
	/* The work's fields name the work: every version shares its URI. */
	const struct rec *w = work ? work : r;
	struct akn k = { out, r, emit_akn_eids(a, doc), "", { 0 }, w, lang3(lang) };
	int *g = groups(a, doc);
	struct date d = date_first_day(w->x.doc.date);
	if (!date_iso(d, k.date) || d.m == 0)
		memcpy(k.date, "1970-01-01", 11);
	buf_init(&k.uri);
	const char *kind = doc_kind_name(w->x.doc.kind);
	buf_printf(&k.uri, "/akn/int/doc/%s/%s/", kind, k.date);
	slug(&k.uri, base_name(w->doc.path));

	buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n");
	buf_puts(out, "  <doc name=\"");
	xml_z(out, kind);
	buf_puts(out, "\">\n");
	meta(&k, a);

	buf_puts(out, "    <preface>\n      <p><docTitle>");
	xml(out, title_of(r));
	buf_puts(out, "</docTitle></p>\n");
	if (date_ok(r->x.doc.date)) {
		char iso[11];
		date_iso(r->x.doc.date, iso);
		buf_printf(out, "      <p><docDate date=\"%s\">%s</docDate></p>\n", k.date, iso);
	}
	buf_puts(out, "    </preface>\n");

	bool any = false;
	for (int i = 0; i < doc->nnodes; i++)
		if (is_para(&doc->nodes[i]) && k.eid[i].len && str_starts(k.eid[i], S("preamble__"))) {
			if (!any)
				buf_puts(out, "    <preamble>\n");
			any = true;
			para(&k, i, "      ", false);
		}
	if (any)
		buf_puts(out, "    </preamble>\n");

	buf_puts(out, "    <mainBody>\n");
	any = false;
	for (int s = 0; s < doc->nnodes; s++) {
		if (g[s] != s)
			continue;
		const struct doc_node *sn = &doc->nodes[s];
		buf_puts(out, "      <section eId=\"");
		xml(out, k.eid[s]);
		buf_puts(out, "\">\n");
		if (sn->type == DOC_PART && sn->label.len) {
			buf_puts(out, "        <num>");
			xml(out, sn->label);
			buf_puts(out, "</num>\n");
		} else if (sn->label.len) {
			buf_puts(out, "        <heading>");
			xml(out, sn->label);
			buf_puts(out, "</heading>\n");
		}
		bool paras = false;
		for (int i = s + 1; i < doc->nnodes; i++)
			if (g[i] == s && is_para(&doc->nodes[i])) {
				para(&k, i, "        ", true);
				paras = true;
			}
		if (!paras)
			buf_puts(out, "        <content>\n          <p/>\n        </content>\n");
		buf_puts(out, "      </section>\n");
		any = true;
	}
	for (int i = 0; i < doc->nnodes; i++)
		if (is_para(&doc->nodes[i]) && str_starts(k.eid[i], S("conclusions__"))) {
			para(&k, i, "      ", true);
			any = true;
		}
	if (!any)
		buf_puts(out, "      <p/>\n");
	buf_puts(out, "    </mainBody>\n");

	any = false;
	for (int i = 0; i < doc->nnodes; i++) {
		enum doc_node_type t = doc->nodes[i].type;
		if (t != DOC_SIGNATURE && t != DOC_PLACEDATE)
			continue;
		if (!any)
			buf_puts(out, "    <conclusions>\n");
		any = true;
		if (t == DOC_SIGNATURE) {
			signature(&k, i);
		} else {
			buf_puts(out, "      <p>");
			xml(out, doc_node_body(doc, i));
			buf_puts(out, "</p>\n");
		}
	}
	if (any)
		buf_puts(out, "    </conclusions>\n");
	buf_puts(out, "  </doc>\n</akomaNtoso>\n");
	buf_release(&k.uri);
}
