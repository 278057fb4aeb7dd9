/* list.c: the registry's records of one kind, filtered (accord list, export)
 *
 * Each kind is a fixed SELECT; filters append fixed fragments with ?
 * parameters, never the user's text, and each kind says which filters apply
 * (one that does not is an error, not silently ignored).
 */
#include "store.h"

#include <string.h>

enum {
	F_DOCUMENT = 1, F_SUMMIT = 2, F_AREA = 4, F_ACTOR = 8, F_MODALITY = 16, F_TYPE = 32,
	F_SECTION = 64, F_DATES = 128, F_COMMITMENT = 256
};

struct kind {
	const char *name;
	unsigned filters;
	const char *select;    /* ends in a WHERE clause, filters add " AND ..." */
	const char *order;
	/* the SQL expressions filters compare */
	const char *id;        /* the record's id column */
	const char *document, *summit, *date, *type, *owner; /* owner: the row id the EXISTS filters use */
	const char *actor;     /* an EXISTS over ?, or NULL */
};

#define CODES(tab, col, id) "(SELECT group_concat(code, ' ') FROM (SELECT code FROM " tab " x WHERE x." col " = " id " ORDER BY code))"

static const struct kind kinds[] = {
	{ "documents", F_DOCUMENT | F_SUMMIT | F_AREA | F_ACTOR | F_TYPE | F_DATES,
	  "SELECT d.id, d.source, d.title, d.kind, d.date, d.place, d.lang, d.work_id AS work,"
	  " d.summit_id AS summit, d.bytes,"
	  " (SELECT count(*) FROM clauses c WHERE c.doc_id = d.id) AS clauses,"
	  " (SELECT count(*) FROM clauses c WHERE c.doc_id = d.id AND c.commitment) AS commitments,"
	  " d.sha256, d.ingested_at FROM documents d WHERE 1",
	  " ORDER BY d.date, d.id", "d.id", "d.id", "d.summit_id", "d.date", "d.kind", NULL,
	  "EXISTS (SELECT 1 FROM clauses c JOIN clause_actors x ON x.clause_id = c.id WHERE c.doc_id = d.id AND x.code = ?)" },
	{ "summits", F_SUMMIT | F_ACTOR | F_DATES,
	  "SELECT s.id, s.name, s.ordinal, s.host, s.city, s.venue, s.start_date AS start, s.end_date AS \"end\","
	  " " CODES("summit_participants", "summit_id", "s.id") " AS participants, s.chair,"
	  " (SELECT count(*) FROM documents d WHERE d.summit_id = s.id) AS documents FROM summits s WHERE 1",
	  " ORDER BY s.start_date, s.id", "s.id", NULL, "s.id", "s.start_date", NULL, NULL,
	  "EXISTS (SELECT 1 FROM summit_participants x WHERE x.summit_id = s.id AND x.code = ?)" },
	{ "events", F_DOCUMENT | F_SUMMIT | F_ACTOR | F_TYPE | F_DATES,
	  "SELECT e.id, e.doc_id AS document, e.type, e.date, e.end_date AS \"end\", e.part_of_day, e.place,"
	  " " CODES("event_participants", "event_id", "e.id") " AS participants, e.summary"
	  " FROM events e JOIN documents d ON d.id = e.doc_id WHERE 1",
	  " ORDER BY e.date, e.id", "e.id", "e.doc_id", "d.summit_id", "e.date", "e.type", NULL,
	  "EXISTS (SELECT 1 FROM event_participants x WHERE x.event_id = e.id AND x.code = ?)" },
	{ "agreements", F_DOCUMENT | F_SUMMIT | F_ACTOR | F_TYPE | F_DATES,
	  "SELECT g.id, g.doc_id AS document, g.kind, g.date, g.count,"
	  " " CODES("agreement_parties", "agreement_id", "g.id") " AS parties,"
	  " (SELECT group_concat(field, '; ') FROM (SELECT field FROM agreement_fields x WHERE x.agreement_id = g.id ORDER BY seq)) AS fields,"
	  " g.title FROM agreements g JOIN documents d ON d.id = g.doc_id WHERE 1",
	  " ORDER BY g.date, g.id", "g.id", "g.doc_id", "d.summit_id", "g.date", "g.kind", NULL,
	  "EXISTS (SELECT 1 FROM agreement_parties x WHERE x.agreement_id = g.id AND x.code = ?)" },
	{ "clauses", F_DOCUMENT | F_SUMMIT | F_AREA | F_ACTOR | F_MODALITY | F_SECTION | F_DATES | F_COMMITMENT,
	  "SELECT c.id, c.doc_id AS document, c.eid, c.section, c.modality, c.commitment, c.scope,"
	  " " CODES("clause_actors", "clause_id", "c.id") " AS actors,"
	  " (SELECT group_concat(area, ' ') FROM (SELECT area FROM clause_areas x WHERE x.clause_id = c.id ORDER BY area)) AS areas,"
	  " (SELECT group_concat(date, ' ') FROM (SELECT date FROM clause_targets x WHERE x.clause_id = c.id ORDER BY date)) AS targets,"
	  " c.text FROM clauses c JOIN documents d ON d.id = c.doc_id WHERE 1",
	  " ORDER BY c.doc_id, c.seq, c.id", "c.id", "c.doc_id", "d.summit_id", "d.date", NULL, "c.id",
	  "EXISTS (SELECT 1 FROM clause_actors x WHERE x.clause_id = c.id AND x.code = ?)" },
	{ "commitments", F_DOCUMENT | F_SUMMIT | F_AREA | F_ACTOR | F_MODALITY | F_SECTION | F_DATES,
	  "SELECT c.id, c.doc_id AS document, c.eid, c.section, c.modality, c.scope,"
	  " " CODES("clause_actors", "clause_id", "c.id") " AS actors,"
	  " (SELECT group_concat(area, ' ') FROM (SELECT area FROM clause_areas x WHERE x.clause_id = c.id ORDER BY area)) AS areas,"
	  " (SELECT group_concat(date, ' ') FROM (SELECT date FROM clause_targets x WHERE x.clause_id = c.id ORDER BY date)) AS targets,"
	  " c.text FROM clauses c JOIN documents d ON d.id = c.doc_id WHERE c.commitment",
	  " ORDER BY c.doc_id, c.seq, c.id", "c.id", "c.doc_id", "d.summit_id", "d.date", NULL, "c.id",
	  "EXISTS (SELECT 1 FROM clause_actors x WHERE x.clause_id = c.id AND x.code = ?)" },
	{ "entities", F_DOCUMENT | F_ACTOR | F_TYPE,
	  "SELECT e.id, e.type, e.name, e.code, e.kb_id AS kb,"
	  " (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,"
	  " (SELECT count(DISTINCT m.doc_id) FROM mentions m WHERE m.entity_id = e.id) AS documents,"
	  " (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM aliases a WHERE a.entity_id = e.id ORDER BY key)) AS aliases"
	  " FROM entities e WHERE 1",
	  " ORDER BY e.type, e.name, e.id", "e.id", NULL, NULL, NULL, "e.type", NULL, "e.code = ?" },
	{ "mentions", F_DOCUMENT | F_TYPE,
	  "SELECT m.id, m.doc_id AS document, m.entity_id AS entity, m.type, m.text, m.value, m.end_date AS \"end\","
	  " m.off, m.len, m.src_off, m.src_len FROM mentions m WHERE 1",
	  " ORDER BY m.doc_id, m.off, m.id", "m.id", "m.doc_id", NULL, NULL, "m.type", NULL, NULL },
	{ "paragraphs", F_DOCUMENT | F_SECTION,
	  "SELECT p.id, p.doc_id AS document, p.eid, p.section, p.clause_id AS clause, p.text,"
	  " p.off, p.len, p.src_off, p.src_len FROM paragraphs p WHERE 1",
	  " ORDER BY p.doc_id, p.node", "p.id", "p.doc_id", NULL, NULL, NULL, NULL, NULL },
};

const char *const store_list_kinds[] = { "documents", "summits", "events", "agreements", "clauses",
					 "commitments", "entities", "mentions", "paragraphs", NULL };

#define MAX_BINDS 16

struct query {
	struct buf sql;
	struct { Str s; int64_t i; bool is_int; } bind[MAX_BINDS];
	int n;
};

static void add_str(struct query *q, const char *frag, Str v)
{
	buf_puts(&q->sql, frag);
	q->bind[q->n].s = v;
	q->bind[q->n++].is_int = false;
}

static void add_int(struct query *q, const char *frag, int64_t v)
{
	buf_puts(&q->sql, frag);
	q->bind[q->n].i = v;
	q->bind[q->n++].is_int = true;
}

static const char *filter_name(unsigned f)
{
	switch (f) {
	case F_DOCUMENT: return "--document";
	case F_SUMMIT: return "--summit";
	case F_AREA: return "--area";
	case F_ACTOR: return "--actor";
	case F_MODALITY: return "--modality";
	case F_TYPE: return "--type";
	case F_SECTION: return "--section";
	case F_DATES: return "--since/--until";
	default: return "--commitment";
	}
}

/* Check f's values; returns the set of filters f uses, or -1 (d says why). */
static int used_filters(Arena *a, const struct store_filter *f, Str *actor, struct diag *d)
{
	unsigned u = 0;
	if (f->document)
		u |= F_DOCUMENT;
	if (f->summit)
		u |= F_SUMMIT;
	if (f->area.s) {
		if (area_parse(f->area) < 0)
			return diag_set(d, ACC_EINVAL, -1, "unknown issue area '%.*s'", (int)f->area.len, f->area.s), -1;
		u |= F_AREA;
	}
	if (f->actor.s) {
		if (f->actor.len != 3)
			return diag_set(d, ACC_EINVAL, -1, "not an ISO alpha-3 code '%.*s'", (int)f->actor.len, f->actor.s), -1;
		char *up = arena_cstr(a, f->actor);
		for (int i = 0; i < 3; i++)
			if (up[i] >= 'a' && up[i] <= 'z')
				up[i] = (char)(up[i] - 'a' + 'A');
		*actor = (Str){ up, 3 };
		u |= F_ACTOR;
	}
	if (f->modality.s) {
		bool ok = false;
		for (int m = MOD_COMMIT; m <= MOD_NOTE && !ok; m++)
			ok = str_eq(f->modality, str_c(modality_name(m)));
		if (!ok)
			return diag_set(d, ACC_EINVAL, -1, "unknown modality '%.*s'", (int)f->modality.len, f->modality.s), -1;
		u |= F_MODALITY;
	}
	if (f->type.s)
		u |= F_TYPE;
	if (f->section.s)
		u |= F_SECTION;
	if (f->since.s || f->until.s) {
		if ((f->since.s && !date_ok(date_parse(f->since))) || (f->until.s && !date_ok(date_parse(f->until))))
			return diag_set(d, ACC_EINVAL, -1, "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '%.*s'",
					(int)(f->since.s && !date_ok(date_parse(f->since)) ? f->since.len : f->until.len),
					f->since.s && !date_ok(date_parse(f->since)) ? f->since.s : f->until.s), -1;
		u |= F_DATES;
	}
	if (f->commitment >= 0)
		u |= F_COMMITMENT;
	return (int)u;
}

static int run_query(struct store *st, Arena *a, struct query *q, struct store_table *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = ACC_OK;
	if (q->sql.err) {
		rc = diag_set(d, ACC_EDB, -1, "out of memory");
		goto out;
	}
	if (sqlite3_prepare_v2(st->db, q->sql.p, (int)q->sql.len, &s, NULL) != SQLITE_OK) {
		rc = store_err(st->db, d, "cannot query");
		goto out;
	}
	for (int i = 0; i < q->n; i++) {
		if (q->bind[i].is_int)
			sqlite3_bind_int64(s, i + 1, q->bind[i].i);
		else
			sqlite3_bind_text(s, i + 1, q->bind[i].s.s, (int)q->bind[i].s.len, SQLITE_STATIC);
	}
	rc = store_table_fill(a, st->db, s, out, d);
out:
	sqlite3_finalize(s);
	return rc;
}

int store_list(struct store *st, Arena *a, const char *name, const struct store_filter *f,
	       struct store_table *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	const struct kind *k = NULL;
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (!strcmp(kinds[i].name, name))
			k = &kinds[i];
	if (!k)
		return diag_set(d, ACC_EINVAL, -1, "cannot list '%s': not a kind of record", name);
	Str actor = STR_NULL;
	int used = used_filters(a, f, &actor, d);
	if (used < 0)
		return ACC_EINVAL;
	for (unsigned bit = 1; bit <= F_COMMITMENT; bit <<= 1)
		if ((used & bit) && !(k->filters & bit))
			return diag_set(d, ACC_EINVAL, -1, "%s does not apply to %s", filter_name(bit), k->name);

	struct query q = { 0 };
	buf_init(&q.sql);
	buf_puts(&q.sql, k->select);
	if (f->id) {
		buf_puts(&q.sql, " AND ");
		buf_puts(&q.sql, k->id);
		add_int(&q, " = ?", f->id);
	}
	if (used & F_DOCUMENT) {
		if (k->document)
			add_int(&q, " AND ", f->document), buf_puts(&q.sql, k->document), buf_puts(&q.sql, " = ?");
		else
			add_int(&q, " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id AND m.doc_id = ?)", f->document);
	}
	if (used & F_SUMMIT) {
		buf_puts(&q.sql, " AND ");
		buf_puts(&q.sql, k->summit);
		add_int(&q, " = ?", f->summit);
	}
	if (used & F_AREA)
		add_str(&q, " AND EXISTS (SELECT 1 FROM clauses c2 JOIN clause_areas x ON x.clause_id = c2.id WHERE x.area = ?",
			f->area),
			buf_puts(&q.sql, k->owner ? " AND c2.id = c.id)" : " AND c2.doc_id = d.id)");
	if (used & F_ACTOR) {
		buf_puts(&q.sql, " AND ");
		add_str(&q, k->actor, actor);
	}
	if (used & F_MODALITY)
		add_str(&q, " AND c.modality = ?", f->modality);
	if (used & F_COMMITMENT)
		add_int(&q, " AND c.commitment = ?", f->commitment ? 1 : 0);
	if (used & F_TYPE) {
		buf_puts(&q.sql, " AND ");
		buf_puts(&q.sql, k->type);
		add_str(&q, " = ?", f->type);
	}
	if (used & F_SECTION)
		add_str(&q, name[0] == 'p' ? " AND p.section = ?" : " AND c.section = ?", f->section);
	if (f->since.s) {
		buf_puts(&q.sql, " AND ");
		buf_puts(&q.sql, k->date);
		add_str(&q, " >= ?", f->since);
	}
	if (f->until.s) {
		/* "--until 2025" keeps 2025-06-17: compare with the bound's last possible text. */
		buf_puts(&q.sql, " AND ");
		buf_puts(&q.sql, k->date);
		add_str(&q, " <= ? || '~'", f->until);
	}
	buf_puts(&q.sql, k->order);
	add_int(&q, " LIMIT ?", f->limit > 0 ? f->limit : -1);
	add_int(&q, " OFFSET ?", f->offset > 0 ? f->offset : 0);
	int rc = run_query(st, a, &q, out, d);
	buf_release(&q.sql);
	return rc;
}

int store_stats(struct store *st, Arena *a, struct store_table *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct query q = { 0 };
	buf_init(&q.sql);
	buf_puts(&q.sql, "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM summits) AS summits,"
			 " (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM agreements) AS agreements,"
			 " (SELECT count(*) FROM clauses) AS clauses,"
			 " (SELECT count(*) FROM clauses WHERE commitment) AS commitments,"
			 " (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM mentions) AS mentions,"
			 " (SELECT count(*) FROM paragraphs) AS paragraphs,"
			 " (SELECT coalesce(sum(bytes), 0) FROM documents) AS bytes");
	int rc = run_query(st, a, &q, out, d);
	buf_release(&q.sql);
	return rc;
}
