/* ingest.c: writing one document's record into the registry, in one transaction
 *
 * store_ingest() decides by source and SHA-256: unchanged documents are not
 * touched (not even ingested_at, so a dump of the database stays
 * byte-identical); new documents are inserted; changed ones are replaced
 * inside the same transaction: every fact row of the document is deleted
 * and written again, except clauses, which are matched by normalised text
 * (store_fold of the paragraph) and updated in place, so their ids, and the
 * assessments that point at them, survive an edit of the document.  Clauses
 * that no longer match are deleted; their assessments keep their rows with
 * clause_id set to NULL (ON DELETE SET NULL).
 *
 * Entities are shared by all documents: a kb entity is keyed by its kb type
 * and folded canonical name (so every spelling the kb knows lands on one
 * row), an entity unknown to the kb by its type and folded name, or by any
 * folded alias already recorded for an entity of the same type.
 *
 * documents.nfacts counts the fact rows written with the document; with one
 * transaction per document, a document row is present exactly when all its
 * facts are (tests/cli/t-killtest.sh checks this after kill -9).  A bulk
 * ingest (store_ingest_begin) writes many documents in one transaction,
 * each under a savepoint of its own, so the same holds for every document
 * of a committed batch, and a crash loses the open batch whole.
 *
 * Cost (perf, 1,000 synthetic documents): the pipeline is about a quarter of
 * an ingest, SQLite the rest.  Two things dominated SQLite's share.  The FTS5
 * of SQLite 3.40 flushes its pending terms to a new index segment at every
 * statement savepoint, and an INSERT into paragraphs, whose trigger writes
 * the FTS table, is such a statement: one row per statement made one
 * segment per paragraph, and merging them cost more than indexing.  The
 * paragraphs of a document are now inserted by one multi-row statement
 * (one segment per document, the same rows and ids).  And every document's
 * commit wrote its dirty pages to the WAL and every 1,000 pages a
 * checkpoint copied them back with an fsync: batches of documents commit
 * less often.  Nodes and mentions, 200 of a document's 250 rows, go 32 to
 * a statement, which spares most of the per-statement work.
 */
#include "store.h"

#include <stdarg.h>
#include <string.h>

enum {
	S_DOC_BY_SOURCE, S_DOC_INSERT, S_DOC_UPDATE, S_DOC_NFACTS,
	S_DEL_EXPLAIN, S_DEL_PARAS, S_DEL_NODES, S_DEL_MENTIONS, S_DEL_EVENTS, S_DEL_AGREEMENTS,
	S_DEL_SIGNATORIES, S_DEL_ACTORS, S_DEL_AREAS, S_DEL_TARGETS,
	S_OLD_CLAUSES, S_CLAUSE_DELETE, S_CLAUSE_INSERT, S_CLAUSE_UPDATE,
	S_CLAUSE_ACTOR, S_CLAUSE_AREA, S_CLAUSE_TARGET,
	S_SIGNATORY, S_ENTITY_BY_KEY, S_ENTITY_BY_ALIAS, S_ENTITY_INSERT, S_ALIAS,
	S_EVENT, S_EVENT_PART, S_AGREEMENT, S_AGREEMENT_PARTY, S_AGREEMENT_FIELD,
	S_EXPLAIN, S_SUMMIT_BY_KEY, S_SUMMIT_INSERT, S_SUMMIT_FILL, S_SUMMIT_NAME,
	S_SUMMIT_PART, S_ORPHANS, S_ORPHAN_SUMMITS, S_COUNT
};

#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define SPAN "off, len, src_off, src_len"

static const char *const sql[S_COUNT] = {
	[S_DOC_BY_SOURCE] = "SELECT id, sha256 FROM documents WHERE source = ?1",
	[S_DOC_INSERT] = "INSERT INTO documents(source, sha256, bytes, format, title, kind, date, place,"
			 " summit_id, text, nfacts, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, " NOW ")",
	[S_DOC_UPDATE] = "UPDATE documents SET sha256 = ?2, bytes = ?3, format = ?4, title = ?5, kind = ?6,"
			 " date = ?7, place = ?8, summit_id = ?9, text = ?10, nfacts = 0, ingested_at = " NOW
			 " WHERE id = ?1",
	[S_DOC_NFACTS] = "UPDATE documents SET nfacts = ?2 WHERE id = ?1",
	[S_DEL_EXPLAIN] = "DELETE FROM explain WHERE doc_id = ?1",
	[S_DEL_PARAS] = "DELETE FROM paragraphs WHERE doc_id = ?1",
	[S_DEL_NODES] = "DELETE FROM nodes WHERE doc_id = ?1",
	[S_DEL_MENTIONS] = "DELETE FROM mentions WHERE doc_id = ?1",
	[S_DEL_EVENTS] = "DELETE FROM events WHERE doc_id = ?1",
	[S_DEL_AGREEMENTS] = "DELETE FROM agreements WHERE doc_id = ?1",
	[S_DEL_SIGNATORIES] = "DELETE FROM signatories WHERE doc_id = ?1",
	[S_DEL_ACTORS] = "DELETE FROM clause_actors WHERE clause_id IN (SELECT id FROM clauses WHERE doc_id = ?1)",
	[S_DEL_AREAS] = "DELETE FROM clause_areas WHERE clause_id IN (SELECT id FROM clauses WHERE doc_id = ?1)",
	[S_DEL_TARGETS] = "DELETE FROM clause_targets WHERE clause_id IN (SELECT id FROM clauses WHERE doc_id = ?1)",
	[S_OLD_CLAUSES] = "SELECT id, normalised_text FROM clauses WHERE doc_id = ?1 ORDER BY seq, id",
	[S_CLAUSE_DELETE] = "DELETE FROM clauses WHERE id = ?1",
	[S_CLAUSE_INSERT] = "INSERT INTO clauses(doc_id, seq, node, eid, section, text, normalised_text, modality,"
			    " commitment, scope, " SPAN ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[S_CLAUSE_UPDATE] = "UPDATE clauses SET seq = ?2, node = ?3, eid = ?4, section = ?5, text = ?6,"
			    " normalised_text = ?7, modality = ?8, commitment = ?9, scope = ?10, off = ?11, len = ?12,"
			    " src_off = ?13, src_len = ?14 WHERE id = ?1",
	[S_CLAUSE_ACTOR] = "INSERT OR IGNORE INTO clause_actors(clause_id, code) VALUES (?1, ?2)",
	[S_CLAUSE_AREA] = "INSERT OR IGNORE INTO clause_areas(clause_id, area) VALUES (?1, ?2)",
	[S_CLAUSE_TARGET] = "INSERT OR IGNORE INTO clause_targets(clause_id, date) VALUES (?1, ?2)",
	[S_SIGNATORY] = "INSERT INTO signatories(doc_id, seq, name) VALUES (?1, ?2, ?3)",
	[S_ENTITY_BY_KEY] = "SELECT id FROM entities WHERE key = ?1",
	[S_ENTITY_BY_ALIAS] = "SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id"
			      " WHERE a.key = ?1 AND e.type = ?2 ORDER BY a.entity_id LIMIT 1",
	[S_ENTITY_INSERT] = "INSERT INTO entities(key, type, name, code, kb_id) VALUES (?1, ?2, ?3, ?4, ?5)",
	[S_ALIAS] = "INSERT OR IGNORE INTO aliases(entity_id, key, alias) VALUES (?1, ?2, ?3)",
	[S_EVENT] = "INSERT INTO events(doc_id, seq, type, date, end_date, part_of_day, place, summary, " SPAN ")"
		    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
	[S_EVENT_PART] = "INSERT OR IGNORE INTO event_participants(event_id, code) VALUES (?1, ?2)",
	[S_AGREEMENT] = "INSERT INTO agreements(doc_id, seq, kind, date, count, title, " SPAN ")"
			" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[S_AGREEMENT_PARTY] = "INSERT OR IGNORE INTO agreement_parties(agreement_id, code) VALUES (?1, ?2)",
	[S_AGREEMENT_FIELD] = "INSERT INTO agreement_fields(agreement_id, seq, field) VALUES (?1, ?2, ?3)",
	[S_EXPLAIN] = "INSERT INTO explain(doc_id, subject, clause_id, event_id, agreement_id, attr, rule, " SPAN ")"
		      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
	[S_SUMMIT_BY_KEY] = "SELECT id FROM summits WHERE key = ?1",
	[S_SUMMIT_INSERT] = "INSERT INTO summits(key, name, ordinal, host, city, venue, chair, start_date, end_date)"
			    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[S_SUMMIT_FILL] = "UPDATE summits SET name = coalesce(name, ?2), ordinal = coalesce(ordinal, ?3),"
			  " host = coalesce(host, ?4), city = coalesce(city, ?5), venue = coalesce(venue, ?6),"
			  " chair = coalesce(chair, ?7), start_date = coalesce(start_date, ?8),"
			  " end_date = coalesce(end_date, ?9) WHERE id = ?1",
	[S_SUMMIT_NAME] = "INSERT OR IGNORE INTO summit_names(summit_id, lang, title) VALUES (?1, ?2, ?3)",
	[S_SUMMIT_PART] = "INSERT OR IGNORE INTO summit_participants(summit_id, code) VALUES (?1, ?2)",
	[S_ORPHANS] = "DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)",
	[S_ORPHAN_SUMMITS] = "DELETE FROM summits WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.summit_id = summits.id)",
};

_Static_assert(S_COUNT <= STORE_MAX_STMTS, "raise STORE_MAX_STMTS");

/* Tables written by multi-row INSERTs: the statement for n rows (n <= max)
 * is made on first use and kept in st->rows[table][n].  Paragraphs go in
 * as many rows at once as a document has (see the top of the file: one
 * FTS5 segment per document); nodes and mentions, the most numerous rows,
 * 32 at a time, which spares most of the per-statement work. */
enum { R_NODE, R_MENTION, R_PARA, R_COUNT };

static const struct {
	const char *head;    /* up to VALUES */
	int ncols;
	int max;             /* rows per statement */
} rowsql[R_COUNT] = {
	[R_NODE] = { "INSERT INTO nodes(doc_id, idx, type, parent, level, off, len, body_off, body_len, src_off,"
		     " src_len, label) VALUES ", 12, 32 },
	[R_MENTION] = { "INSERT INTO mentions(doc_id, entity_id, type, flags, text, value, end_date, " SPAN ")"
			" VALUES ", 11, 32 },
	[R_PARA] = { "INSERT INTO paragraphs(doc_id, node, eid, section, clause_id, text, " SPAN ") VALUES ", 10,
		     STORE_MAX_ROWS },
};

_Static_assert(R_COUNT <= STORE_ROW_TABLES, "raise STORE_ROW_TABLES");

struct ing {
	struct store *st;
	const struct kb *kb;
	Arena *a;
	const struct rec *r;
	struct diag *d;
	int64_t doc_id;
	int64_t nfacts;        /* fact rows written */
	int64_t *entity_ids;   /* per entity of the record */
	int64_t *node_clause;  /* per node: the clause id of a paragraph node, or 0 */
	Str *eids;             /* per node: AKN eId or empty */
};

static sqlite3_stmt *stmt(struct ing *g, int id)
{
	if (!g->st->stmt[id] &&
	    sqlite3_prepare_v3(g->st->db, sql[id], -1, SQLITE_PREPARE_PERSISTENT, &g->st->stmt[id], NULL) != SQLITE_OK) {
		store_err(g->st->db, g->d, "cannot prepare a statement");
		return NULL;
	}
	return g->st->stmt[id];
}

/* Bind parameters i.. from fmt: 'i' int64_t; 'n' int64_t, 0 as NULL; 'c'
 * int64_t, negative as NULL; 's' Str (.s == NULL: NULL);
 * 'z' C string (NULL: NULL); 'd' struct date (unset: NULL); 'p' a span:
 * ptrdiff_t off, len in doc.text, bound as off, len, src_off, src_len. */
static int bindv(struct ing *g, sqlite3_stmt *s, int i, const char *fmt, va_list ap)
{
	int rc = SQLITE_OK;
	for (; *fmt && rc == SQLITE_OK; fmt++) {
		switch (*fmt) {
		case 'i':
			rc = sqlite3_bind_int64(s, i++, va_arg(ap, int64_t));
			break;
		case 'n': { /* an id: 0 is NULL */
			int64_t v = va_arg(ap, int64_t);
			rc = v ? sqlite3_bind_int64(s, i++, v) : sqlite3_bind_null(s, i++);
			break;
		}
		case 'c': { /* a count or index: negative is NULL */
			int64_t v = va_arg(ap, int64_t);
			rc = v >= 0 ? sqlite3_bind_int64(s, i++, v) : sqlite3_bind_null(s, i++);
			break;
		}
		case 's': {
			Str v = va_arg(ap, Str);
			rc = v.s ? sqlite3_bind_text(s, i++, v.s, (int)v.len, SQLITE_STATIC) : sqlite3_bind_null(s, i++);
			break;
		}
		case 'z': {
			const char *z = va_arg(ap, const char *);
			rc = z ? sqlite3_bind_text(s, i++, z, -1, SQLITE_STATIC) : sqlite3_bind_null(s, i++);
			break;
		}
		case 'd': {
			struct date v = va_arg(ap, struct date);
			char iso[11];
			int n = date_iso(v, iso);
			rc = n ? sqlite3_bind_text(s, i++, iso, n, SQLITE_TRANSIENT) : sqlite3_bind_null(s, i++);
			break;
		}
		case 'p': {
			ptrdiff_t off = va_arg(ap, ptrdiff_t), len = va_arg(ap, ptrdiff_t);
			ptrdiff_t so = doc_src_off(&g->r->doc, off);
			sqlite3_bind_int64(s, i++, off);
			sqlite3_bind_int64(s, i++, len);
			sqlite3_bind_int64(s, i++, so);
			rc = sqlite3_bind_int64(s, i++, doc_src_off(&g->r->doc, off + len) - so);
			break;
		}
		}
	}
	return rc == SQLITE_OK ? ACC_OK : store_err(g->st->db, g->d, "cannot bind");
}

/* Run statement id with the parameters of fmt.  *row (may be NULL) gets
 * the first column of the first row, or 0 when there is none.  Counts the
 * changed rows as facts when fact is set. */
static int run(struct ing *g, int id, bool fact, int64_t *row, const char *fmt, ...)
{
	sqlite3_stmt *s = stmt(g, id);
	if (!s)
		return ACC_EDB;
	va_list ap;
	va_start(ap, fmt);
	int rc = bindv(g, s, 1, fmt, ap);
	va_end(ap);
	if (row)
		*row = 0;
	if (!rc) {
		int st = sqlite3_step(s);
		if (st == SQLITE_ROW && row)
			*row = sqlite3_column_int64(s, 0);
		if (st != SQLITE_ROW && st != SQLITE_DONE)
			rc = store_err(g->st->db, g->d, "cannot write");
		else if (fact && st == SQLITE_DONE)
			g->nfacts += sqlite3_changes(g->st->db);
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc;
}

static int64_t last_id(struct ing *g)
{
	return sqlite3_last_insert_rowid(g->st->db);
}

static int bind(struct ing *g, sqlite3_stmt *s, int i, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = bindv(g, s, i, fmt, ap);
	va_end(ap);
	return rc;
}

/* The INSERT of n rows into table t (R_*), 0 < n <= rowsql[t].max, or NULL
 * after an error in g->d. */
static sqlite3_stmt *rows_stmt(struct ing *g, int t, int n)
{
	sqlite3_stmt **s = &g->st->rows[t][n];
	if (*s)
		return *s;
	struct buf b;
	buf_init(&b);
	buf_puts(&b, rowsql[t].head);
	for (int k = 0; k < n; k++) {
		buf_puts(&b, k ? ",(?" : "(?");
		for (int c = 1; c < rowsql[t].ncols; c++)
			buf_puts(&b, ",?");
		buf_putc(&b, ')');
	}
	if (sqlite3_prepare_v3(g->st->db, b.p, (int)b.len, SQLITE_PREPARE_PERSISTENT, s, NULL) != SQLITE_OK) {
		store_err(g->st->db, g->d, "cannot prepare a statement");
		*s = NULL;
	}
	buf_release(&b);
	return *s;
}

/* Run s, its rows bound (rc: how the binding went), counting them as facts. */
static int rows_run(struct ing *g, sqlite3_stmt *s, int rc)
{
	if (!rc) {
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = store_err(g->st->db, g->d, "cannot write");
		else
			g->nfacts += sqlite3_changes(g->st->db);
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc;
}

static int whys(struct ing *g, const char *subject, int64_t clause, int64_t event, int64_t agreement,
		const struct whys *w)
{
	for (int i = 0; i < w->n; i++) {
		const struct why *y = &w->v[i];
		int rc = run(g, S_EXPLAIN, true, NULL, "iznnnzzp", g->doc_id, subject, clause, event, agreement,
			     y->attr, y->rule, y->off, y->len);
		if (rc)
			return rc;
	}
	return ACC_OK;
}

static const char *const ordinal_words[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "inaugural", "the", NULL
};

/* The summit's key: its folded name without numbers, ordinals and "the",
 * and the year it began (or the document's year): "china central asia
 * summit|2025".  One summit of a mechanism per year is the assumption. */
static Str summit_key(struct ing *g, const struct summit *s)
{
	Str f = store_fold(g->a, s->name);
	struct buf b;
	buf_init(&b);
	Str rest = f, w;
	while (rest.len) {
		if (!str_cut(rest, ' ', &w, &rest)) {
			w = rest;
			rest = STR_NULL;
		}
		bool skip = w.len && w.s[0] >= '0' && w.s[0] <= '9';
		for (int i = 0; !skip && ordinal_words[i]; i++)
			skip = str_eq(w, str_c(ordinal_words[i]));
		if (skip || !w.len)
			continue;
		if (b.len)
			buf_putc(&b, ' ');
		buf_put(&b, w);
	}
	int year = s->start.y ? s->start.y : g->r->x.doc.date.y;
	if (s->ordinal > 0 && !b.len)
		buf_printf(&b, "#%d", s->ordinal);
	buf_printf(&b, "|%d", year);
	Str k = arena_str(g->a, buf_str(&b));
	buf_release(&b);
	return k;
}

static Str orempty(Str s)
{
	return s.len ? s : STR_NULL;
}

static int summit(struct ing *g, int64_t *id)
{
	const struct summit *s = &g->r->x.summit;
	*id = 0;
	if (!s->present)
		return ACC_OK;
	Str key = summit_key(g, s);
	int rc = run(g, S_SUMMIT_BY_KEY, false, id, "s", key);
	if (rc)
		return rc;
	int64_t ord = s->ordinal;
	if (!*id) {
		if ((rc = run(g, S_SUMMIT_INSERT, false, NULL, "ssnssssdd", key, orempty(s->name), ord,
			      orempty(s->host), orempty(s->city), orempty(s->venue), orempty(s->chair), s->start, s->end)))
			return rc;
		*id = last_id(g);
	} else if ((rc = run(g, S_SUMMIT_FILL, false, NULL, "isnssssdd", *id, orempty(s->name), ord,
			     orempty(s->host), orempty(s->city), orempty(s->venue), orempty(s->chair), s->start,
			     s->end))) {
		return rc;
	}
	for (int i = 0; i < s->nnames; i++)
		if ((rc = run(g, S_SUMMIT_NAME, false, NULL, "iss", *id, s->names[i].lang, s->names[i].title)))
			return rc;
	for (int i = 0; i < s->participants.n; i++)
		if ((rc = run(g, S_SUMMIT_PART, false, NULL, "is", *id, s->participants.v[i])))
			return rc;
	return ACC_OK;
}

static int entities(struct ing *g)
{
	const struct entities *e = &g->r->e;
	g->entity_ids = anew(g->a, int64_t, e->n + 1);
	for (int i = 0; i < e->n; i++) {
		const struct entity *x = &e->v[i];
		const char *type = entity_type_name(x->type);
		Str name = x->name;
		Str key;
		const struct kb_entity *k = x->kb >= 0 && g->kb ? kb_get(g->kb, x->kb) : NULL;
		if (k) {
			name = k->name;
			Str f = store_fold(g->a, name);
			key = arena_printf(g->a, "kb:%s:%.*s", kb_type_name(k->type), (int)f.len, f.s);
		} else {
			Str f = store_fold(g->a, name);
			key = arena_printf(g->a, "%s:%.*s", type, (int)f.len, f.s);
		}
		int64_t id;
		int rc = run(g, S_ENTITY_BY_KEY, false, &id, "s", key);
		for (int a = -1; !rc && !id && !k && a < x->naliases; a++) {
			Str form = a < 0 ? x->name : x->aliases[a];
			rc = run(g, S_ENTITY_BY_ALIAS, false, &id, "sz", store_fold(g->a, form), type);
		}
		if (!rc && !id) {
			rc = run(g, S_ENTITY_INSERT, false, NULL, "szssc", key, type, name, orempty(x->code),
				 (int64_t)(k ? x->kb : -1));
			id = last_id(g);
		}
		for (int a = -2; !rc && a < x->naliases; a++) {
			Str form = a == -2 ? name : a == -1 ? x->name : x->aliases[a];
			Str f = store_fold(g->a, form);
			if (f.len)
				rc = run(g, S_ALIAS, false, NULL, "iss", id, f, form);
		}
		if (rc)
			return rc;
		g->entity_ids[i] = id;
	}
	return ACC_OK;
}

static int nodes(struct ing *g)
{
	const struct doc *doc = &g->r->doc;
	for (int i0 = 0; i0 < doc->nnodes; i0 += rowsql[R_NODE].max) {
		int nrows = doc->nnodes - i0 < rowsql[R_NODE].max ? doc->nnodes - i0 : rowsql[R_NODE].max;
		sqlite3_stmt *s = rows_stmt(g, R_NODE, nrows);
		if (!s)
			return ACC_EDB;
		int rc = ACC_OK;
		for (int k = 0; k < nrows && !rc; k++) {
			int i = i0 + k;
			const struct doc_node *n = &doc->nodes[i];
			ptrdiff_t so = doc_src_off(doc, n->off);
			rc = bind(g, s, 1 + k * rowsql[R_NODE].ncols, "iiziiiiiiiis", g->doc_id, (int64_t)i,
				  doc_node_type_name(n->type), (int64_t)n->parent, (int64_t)n->level, (int64_t)n->off,
				  (int64_t)n->len, (int64_t)n->body_off, (int64_t)n->body_len, (int64_t)so,
				  (int64_t)(doc_src_off(doc, n->off + n->len) - so), orempty(n->label));
		}
		if ((rc = rows_run(g, s, rc)))
			return rc;
	}
	const struct docinfo *di = &g->r->x.doc;
	for (int i = 0; i < di->nsignatories; i++) {
		int rc = run(g, S_SIGNATORY, true, NULL, "iis", g->doc_id, (int64_t)i, di->signatories[i]);
		if (rc)
			return rc;
	}
	return ACC_OK;
}

static int mentions(struct ing *g)
{
	const struct rec *r = g->r;
	for (int i0 = 0; i0 < r->m.n; i0 += rowsql[R_MENTION].max) {
		int nrows = r->m.n - i0 < rowsql[R_MENTION].max ? r->m.n - i0 : rowsql[R_MENTION].max;
		sqlite3_stmt *s = rows_stmt(g, R_MENTION, nrows);
		if (!s)
			return ACC_EDB;
		int rc = ACC_OK;
		for (int k = 0; k < nrows && !rc; k++) {
			const struct mention *m = &r->m.v[i0 + k];
			bool dated = m->type == M_DATE || m->type == M_PART_OF_DAY || m->type == M_RELDATE;
			Str text = { r->doc.text.s + m->off, m->len };
			int64_t ent = m->entity >= 0 && m->entity < r->e.n ? g->entity_ids[m->entity] : 0;
			rc = bind(g, s, 1 + k * rowsql[R_MENTION].ncols, "inzisddp", g->doc_id, ent,
				  mention_type_name(m->type), (int64_t)m->flags, text, dated ? m->value : DATE_NONE,
				  dated ? m->end : DATE_NONE, m->off, m->len);
		}
		if ((rc = rows_run(g, s, rc)))
			return rc;
	}
	return ACC_OK;
}

static const char *pod_name(int p)
{
	static const char *const names[] = { NULL, "morning", "afternoon", "evening" };
	return p > 0 && p <= 3 ? names[p] : NULL;
}

static int events(struct ing *g)
{
	const struct extraction *x = &g->r->x;
	for (int i = 0; i < x->nevents; i++) {
		const struct event *e = &x->events[i];
		int rc = run(g, S_EVENT, true, NULL, "iizddzssp", g->doc_id, (int64_t)i, event_type_name(e->type),
			     e->date, e->end, pod_name(e->part_of_day), e->place, e->summary, e->off, e->len);
		if (rc)
			return rc;
		int64_t id = last_id(g);
		for (int k = 0; k < e->participants.n; k++)
			if ((rc = run(g, S_EVENT_PART, true, NULL, "is", id, e->participants.v[k])))
				return rc;
		if ((rc = whys(g, "event", 0, id, 0, &e->why)))
			return rc;
	}
	return ACC_OK;
}

static int agreements(struct ing *g)
{
	const struct extraction *x = &g->r->x;
	for (int i = 0; i < x->nagreements; i++) {
		const struct agreement *a = &x->agreements[i];
		int rc = run(g, S_AGREEMENT, true, NULL, "iizdcsp", g->doc_id, (int64_t)i, agreement_kind_name(a->kind),
			     a->date, (int64_t)a->count, a->title, a->off, a->len);
		if (rc)
			return rc;
		int64_t id = last_id(g);
		for (int k = 0; k < a->parties.n; k++)
			if ((rc = run(g, S_AGREEMENT_PARTY, true, NULL, "is", id, a->parties.v[k])))
				return rc;
		for (int k = 0; k < a->nfields; k++)
			if ((rc = run(g, S_AGREEMENT_FIELD, true, NULL, "iis", id, (int64_t)k, a->fields[k])))
				return rc;
		if ((rc = whys(g, "agreement", 0, 0, id, &a->why)))
			return rc;
	}
	return ACC_OK;
}

struct old_clause {
	int64_t id;
	Str norm;
	bool kept;
};

static int old_clauses(struct ing *g, struct old_clause **out, int *n)
{
	sqlite3_stmt *s = stmt(g, S_OLD_CLAUSES);
	if (!s)
		return ACC_EDB;
	ptrdiff_t cap = 0, nn = 0;
	struct old_clause *v = NULL;
	sqlite3_bind_int64(s, 1, g->doc_id);
	int st;
	while ((st = sqlite3_step(s)) == SQLITE_ROW) {
		struct old_clause c = { sqlite3_column_int64(s, 0), STR_NULL, false };
		c.norm = arena_str(g->a, (Str){ (const char *)sqlite3_column_text(s, 1), sqlite3_column_bytes(s, 1) });
		apush(g->a, v, nn, cap, c);
	}
	sqlite3_reset(s);
	if (st != SQLITE_DONE)
		return store_err(g->st->db, g->d, "cannot read clauses");
	*out = v;
	*n = (int)nn;
	return ACC_OK;
}

static int clauses(struct ing *g, struct old_clause *old, int nold)
{
	const struct extraction *x = &g->r->x;
	g->node_clause = anew(g->a, int64_t, g->r->doc.nnodes + 1);
	for (int i = 0; i < x->nclauses; i++) {
		const struct clause *c = &x->clauses[i];
		Str norm = store_fold(g->a, c->text);
		int64_t id = 0;
		for (int k = 0; k < nold && !id; k++)
			if (!old[k].kept && str_eq(old[k].norm, norm)) {
				old[k].kept = true;
				id = old[k].id;
			}
		Str eid = c->node >= 0 && c->node < g->r->doc.nnodes ? orempty(g->eids[c->node]) : STR_NULL;
		int rc = run(g, id ? S_CLAUSE_UPDATE : S_CLAUSE_INSERT, true, NULL, "iiissssziz" "p",
			     id ? id : g->doc_id, (int64_t)i, (int64_t)c->node, eid, c->section, c->text, norm,
			     modality_name(c->modality), (int64_t)c->commitment, scope_name(c->scope), c->off, c->len);
		if (rc)
			return rc;
		if (!id)
			id = last_id(g);
		if (c->node >= 0 && c->node < g->r->doc.nnodes)
			g->node_clause[c->node] = id;
		for (int k = 0; k < c->actors.n; k++)
			if ((rc = run(g, S_CLAUSE_ACTOR, true, NULL, "is", id, c->actors.v[k])))
				return rc;
		for (int a = 0; a < AREA_COUNT; a++)
			if ((c->areas & (1u << a)) && (rc = run(g, S_CLAUSE_AREA, true, NULL, "iz", id, area_name(a))))
				return rc;
		for (int k = 0; k < c->ntargets; k++)
			if ((rc = run(g, S_CLAUSE_TARGET, true, NULL, "id", id, c->targets[k])))
				return rc;
		if ((rc = whys(g, "clause", id, 0, 0, &c->why)))
			return rc;
	}
	for (int k = 0; k < nold; k++) {
		if (old[k].kept)
			continue;
		int rc = run(g, S_CLAUSE_DELETE, false, NULL, "i", old[k].id);
		if (rc)
			return rc;
	}
	return ACC_OK;
}

/* The section a node belongs to: the label of its outermost numbered part
 * or headed section. */
static Str section_of(const struct doc *doc, int node)
{
	Str label = STR_NULL;
	for (int p = doc->nodes[node].parent; p > 0; p = doc->nodes[p].parent)
		if ((doc->nodes[p].type == DOC_PART || doc->nodes[p].type == DOC_SECTION) && doc->nodes[p].label.len)
			label = doc->nodes[p].label;
	return label;
}

/* Insert the paragraphs of nodes idx[0..n) in one statement: the FTS5
 * index gets one segment for them, not one per row (see the top of the
 * file). */
static int paragraph_rows(struct ing *g, const int *idx, int n)
{
	const struct doc *doc = &g->r->doc;
	sqlite3_stmt *s = rows_stmt(g, R_PARA, n);
	if (!s)
		return ACC_EDB;
	int rc = ACC_OK;
	for (int k = 0; k < n && !rc; k++) {
		int i = idx[k];
		const struct doc_node *nd = &doc->nodes[i];
		Str body = { doc->text.s + nd->body_off, nd->body_len };
		rc = bind(g, s, 1 + k * rowsql[R_PARA].ncols, "iissnsp", g->doc_id, (int64_t)i, orempty(g->eids[i]),
			  section_of(doc, i), g->node_clause[i], body, nd->body_off, nd->body_len);
	}
	return rows_run(g, s, rc);
}

static int paragraphs(struct ing *g)
{
	const struct doc *doc = &g->r->doc;
	int idx[STORE_MAX_ROWS], n = 0;
	for (int i = 0; i < doc->nnodes; i++) {
		const struct doc_node *nd = &doc->nodes[i];
		if (nd->type != DOC_PARA && nd->type != DOC_ITEM)
			continue;
		idx[n++] = i;
		if (n == rowsql[R_PARA].max) {
			int rc = paragraph_rows(g, idx, n);
			if (rc)
				return rc;
			n = 0;
		}
	}
	return n ? paragraph_rows(g, idx, n) : ACC_OK;
}

static int delete_facts(struct ing *g)
{
	static const int del[] = { S_DEL_EXPLAIN, S_DEL_PARAS, S_DEL_NODES, S_DEL_MENTIONS, S_DEL_EVENTS,
				   S_DEL_AGREEMENTS, S_DEL_SIGNATORIES, S_DEL_ACTORS, S_DEL_AREAS, S_DEL_TARGETS };
	for (size_t i = 0; i < sizeof del / sizeof *del; i++) {
		int rc = run(g, del[i], false, NULL, "i", g->doc_id);
		if (rc)
			return rc;
	}
	return ACC_OK;
}

/* Look the source up: *id and *sha (in a) of its row, or 0. */
static int find_source(struct ing *g, Str source, int64_t *id, Str *sha)
{
	sqlite3_stmt *s = stmt(g, S_DOC_BY_SOURCE);
	if (!s)
		return ACC_EDB;
	*id = 0;
	*sha = STR_NULL;
	sqlite3_bind_text(s, 1, source.s, (int)source.len, SQLITE_STATIC);
	int st = sqlite3_step(s);
	if (st == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		*sha = arena_str(g->a, (Str){ (const char *)sqlite3_column_text(s, 1), sqlite3_column_bytes(s, 1) });
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (st != SQLITE_ROW && st != SQLITE_DONE)
		return store_err(g->st->db, g->d, "cannot read documents");
	return ACC_OK;
}

static const char *format_name(enum doc_format f)
{
	switch (f) {
	case DOC_FMT_MARKDOWN: return "markdown";
	case DOC_FMT_WIKI: return "wiki";
	case DOC_FMT_HTML: return "html";
	default: return "text";
	}
}

int store_ingest_prepare(struct store *st, const struct kb *kb, Arena *a, Str source, Str src,
			 struct store_doc *doc, struct diag *d)
{
	struct ing g = { .st = st, .kb = kb, .a = a, .d = d };
	memset(doc, 0, sizeof *doc);
	doc->source = source;
	doc->src = src;
	store_sha256_hex(src, doc->sha);
	int64_t old_id = 0;
	Str old_sha = STR_NULL;
	int rc = st ? find_source(&g, source, &old_id, &old_sha) : ACC_OK;
	if (rc)
		return rc;
	if (old_id && str_eq(old_sha, str_c(doc->sha)))
		return ACC_OK;
	struct rec *r = anew(a, struct rec, 1);
	if ((rc = rec_extract(a, kb, source, src, REC_FULL, r, d)))
		return rc;
	doc->r = r;
	return ACC_OK;
}

int store_ingest(struct store *st, const struct kb *kb, Arena *a, Str source, Str src,
		 struct store_ingested *out, struct diag *d)
{
	struct store_doc doc;
	int rc = store_ingest_prepare(st, kb, a, source, src, &doc, d);
	if (rc) {
		memset(out, 0, sizeof *out);
		return rc;
	}
	return store_ingest_write(st, kb, a, &doc, out, d);
}

int store_ingest_write(struct store *st, const struct kb *kb, Arena *a, struct store_doc *doc,
		       struct store_ingested *out, struct diag *d)
{
	struct ing g = { .st = st, .kb = kb, .a = a, .d = d };
	memset(out, 0, sizeof *out);
	Str source = doc->source, src = doc->src;
	const char *sha = doc->sha;
	int64_t old_id;
	Str old_sha;
	int rc;
	if (!doc->r) {
		/* Unchanged when prepared (perhaps through another connection):
		 * look again, and extract after all if it changed meanwhile. */
		if ((rc = find_source(&g, source, &old_id, &old_sha)))
			return rc;
		if (old_id && str_eq(old_sha, str_c(sha))) {
			out->outcome = STORE_UNCHANGED;
			out->doc_id = old_id;
			return ACC_OK;
		}
		doc->r = anew(a, struct rec, 1);
		if ((rc = rec_extract(a, kb, source, src, REC_FULL, doc->r, d))) {
			doc->r = NULL;
			return rc;
		}
	}
	struct rec *r = doc->r;
	g.r = r;
	g.eids = emit_akn_eids(a, &r->doc);
	/* In a bulk ingest's transaction, a savepoint keeps the document whole. */
	bool nested = !sqlite3_get_autocommit(st->db);
	if (sqlite3_exec(st->db, nested ? "SAVEPOINT ingest" : "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return store_err(st->db, d, "cannot begin a transaction");
	/* Again inside the transaction: another writer may have come first. */
	if ((rc = find_source(&g, source, &old_id, &old_sha)))
		goto out;
	if (old_id && str_eq(old_sha, str_c(sha))) {
		out->outcome = STORE_UNCHANGED;
		out->doc_id = old_id;
		goto out;
	}
	int64_t summit_id;
	if ((rc = summit(&g, &summit_id)))
		goto out;
	const struct docinfo *di = &r->x.doc;
	struct old_clause *old = NULL;
	int nold = 0;
	if (old_id) {
		g.doc_id = old_id;
		if ((rc = run(&g, S_DOC_UPDATE, false, NULL, "izizszdsns", old_id, sha, (int64_t)src.len,
			      format_name(r->doc.format), di->title, doc_kind_name(di->kind), di->date, di->place,
			      summit_id, r->doc.text)) ||
		    (rc = delete_facts(&g)) || (rc = old_clauses(&g, &old, &nold)))
			goto out;
		out->outcome = STORE_CHANGED;
	} else {
		if ((rc = run(&g, S_DOC_INSERT, false, NULL, "szizszdsns", source, sha, (int64_t)src.len,
			      format_name(r->doc.format), di->title, doc_kind_name(di->kind), di->date, di->place,
			      summit_id, r->doc.text)))
			goto out;
		g.doc_id = last_id(&g);
		out->outcome = STORE_NEW;
	}
	if ((rc = nodes(&g)) || (rc = entities(&g)) || (rc = mentions(&g)) ||
	    (rc = whys(&g, "document", 0, 0, 0, &di->why)) || (rc = whys(&g, "summit", 0, 0, 0, &r->x.summit.why)) ||
	    (rc = events(&g)) || (rc = agreements(&g)) || (rc = clauses(&g, old, nold)) || (rc = paragraphs(&g)))
		goto out;
	/* A changed document may have been the last to name an entity or a summit. */
	if (old_id && ((rc = run(&g, S_ORPHANS, false, NULL, "")) || (rc = run(&g, S_ORPHAN_SUMMITS, false, NULL, ""))))
		goto out;
	if ((rc = run(&g, S_DOC_NFACTS, false, NULL, "ii", g.doc_id, g.nfacts)) ||
	    (rc = store_version_autolink(st->db, g.doc_id, doc_lang_code(r->doc.lang), d)))
		goto out;
	out->doc_id = g.doc_id;
	out->nfacts = g.nfacts;
out:
	if (nested) {
		if (rc)
			sqlite3_exec(st->db, "ROLLBACK TO ingest", NULL, NULL, NULL);
		if (sqlite3_exec(st->db, "RELEASE ingest", NULL, NULL, NULL) != SQLITE_OK && !rc)
			rc = store_err(st->db, d, "cannot release a savepoint");
		if (rc)
			memset(out, 0, sizeof *out);
	} else if (rc) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		memset(out, 0, sizeof *out);
	} else if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		rc = store_err(st->db, d, "cannot commit");
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		memset(out, 0, sizeof *out);
	}
	return rc;
}

int store_ingest_begin(struct store *st, struct diag *d)
{
	/* A batch dirties more pages than the default 2 MB cache holds (spilled
	 * to the WAL before the commit), and a checkpoint every 1,000 pages
	 * copied many of them back several times: this connection only. */
	sqlite3_exec(st->db, "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192", NULL, NULL, NULL);
	if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return store_err(st->db, d, "cannot begin a transaction");
	return ACC_OK;
}

int store_ingest_commit(struct store *st, struct diag *d)
{
	if (sqlite3_get_autocommit(st->db))
		return ACC_OK;
	if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK)
		return ACC_OK;
	int rc = store_err(st->db, d, "cannot commit");
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}
