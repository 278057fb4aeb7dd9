/* store.h: the registry: documents and their facts in SQLite, with provenance
 *
 * A store is one SQLite database (WAL mode, foreign keys on, a busy
 * timeout), its schema brought up to date by the migrations of schema.c
 * when it is opened.  Every fact row names its document and its byte span in
 * the normalised text (off, len) and in the original bytes (src_off,
 * src_len, from doc_src_off).
 *
 * Lifecycle: store_init() opens (creating the file when missing) and
 * migrates; statements are prepared on first use and kept until
 * store_release().  A store is used by one thread at a time.
 *
 * Ingest: store_ingest() writes one document in one transaction (BEGIN
 * IMMEDIATE ... COMMIT), or under a savepoint of the caller's (bulk
 * ingest, store_ingest_begin): an unchanged document (same source, same
 * SHA-256) is left untouched, not even its timestamp; a changed one has its facts
 * replaced, clauses whose normalised text still matches keep their ids (and
 * so their assessments).
 *
 * Reading: list, search and show fill a struct store_table (rows of cells,
 * all in the caller's arena), which table.c prints as text, JSON or CSV.
 */
#ifndef ACCORD_STORE_H
#define ACCORD_STORE_H

#include <sqlite3.h>
#include <stdint.h>
#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/diag.h"
#include "../record/record.h"

#define STORE_MAX_STMTS 64          /* cached prepared statements */
#define STORE_ROW_TABLES 3          /* tables written by multi-row INSERTs (ingest.c) */
#define STORE_MAX_ROWS 128          /* most rows in one of them */
#define STORE_BUSY_MS 10000         /* busy timeout */
#define STORE_MAX_LIMIT 1000000     /* largest --limit */

struct store {
	sqlite3 *db;
	sqlite3_stmt *stmt[STORE_MAX_STMTS]; /* ingest statements, prepared on first use */
	sqlite3_stmt *rows[STORE_ROW_TABLES][STORE_MAX_ROWS + 1]; /* INSERTs of n rows, likewise */
};

/* Open (or create) the database at path and migrate it to the current
 * schema.  Returns 0, or ACC_EDB with sqlite's message in d (the store is
 * then released).  ":memory:" gives a private in-memory database. */
int store_init(struct store *st, const char *path, struct diag *d);
void store_release(struct store *st);

/* Apply the migrations above the database's user_version, each in its own
 * transaction (schema.c).  Returns 0 or ACC_EDB. */
int store_migrate(sqlite3 *db, struct diag *d);
int store_schema_version(void);      /* the version the code migrates to */

/* Record d from sqlite's current error on db; returns ACC_EDB. */
int store_err(sqlite3 *db, struct diag *d, const char *what);

enum store_outcome { STORE_NEW = 1, STORE_CHANGED, STORE_UNCHANGED };

struct store_ingested {
	int outcome;         /* enum store_outcome */
	int64_t doc_id;
	int64_t nfacts;      /* rows written for the document (0 when unchanged) */
};

/* Ingest the document whose original bytes are src, known as source (an
 * absolute path, say).  Runs the pipeline only when the document is new or
 * changed; everything temporary goes in a (released by the caller).
 * Returns 0, the pipeline's error (the document is not readable: d says
 * why) or ACC_EDB (the transaction was rolled back). */
int store_ingest(struct store *st, const struct kb *kb, Arena *a, Str source, Str src,
		 struct store_ingested *out, struct diag *d);

/* store_ingest() in two halves, for a caller that extracts documents on
 * one thread while it writes others on another.  store_ingest_prepare()
 * writes nothing: it takes the document's SHA-256 and, unless st (which may
 * be a connection of the preparing thread's own, or NULL: no look-up) has
 * the same source with the same SHA-256, runs the pipeline into doc->r (in
 * a, which must outlive the write).  Returns 0 or the pipeline's error.
 * store_ingest_write() then writes doc through st as store_ingest() does
 * (looking the source up again first, and extracting after all when it
 * changed since). */
struct store_doc {
	Str source, src;     /* as given to store_ingest_prepare */
	char sha[65];        /* SHA-256 of src, hex */
	struct rec *r;       /* the record; NULL when unchanged when prepared */
};
int store_ingest_prepare(struct store *st, const struct kb *kb, Arena *a, Str source, Str src,
			 struct store_doc *doc, struct diag *d);
int store_ingest_write(struct store *st, const struct kb *kb, Arena *a, struct store_doc *doc,
		       struct store_ingested *out, struct diag *d);

/* Bulk ingest: store_ingest_begin() opens a write transaction (BEGIN
 * IMMEDIATE) in which each later store_ingest() writes its document under a
 * savepoint, still whole or not at all; store_ingest_commit() commits them
 * (a no-op when no transaction is open; on failure it rolls back, and the
 * documents since the begin are not in the registry).  A crash before the
 * commit loses those documents, which a re-run ingests again.  Committing
 * every few hundred documents instead of each spares WAL writes and
 * checkpoints; the begin also gives the connection a 64 MB page cache and a
 * checkpoint every 8,192 pages.  Both return 0 or ACC_EDB. */
int store_ingest_begin(struct store *st, struct diag *d);
int store_ingest_commit(struct store *st, struct diag *d);

/* SHA-256 of data as 64 lower-case hex digits and a NUL. */
void store_sha256_hex(Str data, char out[65]);
/* Fold a name or a paragraph for matching: its words and numbers folded
 * (tok_fold) and joined by single spaces; punctuation dropped. */
Str store_fold(Arena *a, Str s);

/* ---- results ---- */

struct store_cell {
	Str s;               /* the text (numbers as digits); s.s == NULL for SQL NULL */
	int type;            /* SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT or SQLITE_NULL */
};

struct store_table {
	int ncols;
	Str *cols;           /* column names */
	struct store_cell *cells; /* nrows * ncols, row-major */
	int nrows;
	ptrdiff_t cap;       /* cells allocated */
};

/* Step s to the end, appending every row to t (columns from the statement
 * on the first call).  Returns 0 or ACC_EDB. */
int store_table_fill(Arena *a, sqlite3 *db, sqlite3_stmt *s, struct store_table *t, struct diag *d);
static inline const struct store_cell *store_cell(const struct store_table *t, int row, int col)
{
	return &t->cells[(ptrdiff_t)row * t->ncols + col];
}
/* Column index by name, or -1. */
int store_table_col(const struct store_table *t, const char *name);
void store_table_json(struct buf *out, const struct store_table *t);  /* an array of objects */
void store_table_json_row(struct buf *out, const struct store_table *t, int row); /* one object (null if none) */
void store_table_csv(struct buf *out, const struct store_table *t);   /* RFC 4180, with a header */
/* Aligned columns for a terminal, each cut to maxw characters ("…"). */
void store_table_text(struct buf *out, const struct store_table *t, int maxw);

/* ---- list, search, show ---- */

struct store_filter {
	int64_t id;          /* one record by id; 0: any */
	int64_t document;    /* 0: any */
	int64_t summit;      /* 0: any */
	Str area;            /* issue area name; .s == NULL: any */
	Str actor;           /* ISO alpha-3 */
	Str modality;
	Str type;            /* event type, agreement kind, entity type or document kind */
	Str section;
	Str since, until;    /* ISO dates, inclusive */
	int commitment;      /* -1 any, 0 no, 1 yes */
	int64_t limit;       /* 0: no limit */
	int64_t offset;
};

#define STORE_FILTER_ANY ((struct store_filter){ .commitment = -1 })

/* The kinds store_list() knows, NULL-terminated. */
extern const char *const store_list_kinds[];
/* Rows of one kind ("documents", "summits", "events", "agreements",
 * "clauses", "commitments", "entities", "mentions") matching f.  Returns 0,
 * ACC_EINVAL for an unknown kind or a malformed filter (d says which), or
 * ACC_EDB. */
int store_list(struct store *st, Arena *a, const char *kind, const struct store_filter *f,
	       struct store_table *out, struct diag *d);

/* Full-text search over paragraphs, best first (bm25); a query with Chinese
 * characters is a substring search (Chinese has no spaces between words),
 * in document order with rank 0.  Columns: paragraph,
 * document, clause, section, eid, title, snippet, rank; matches in the
 * snippet are wrapped in open/close.  A query that is not valid FTS5 syntax
 * is searched as plain words.  Returns 0, ACC_EINVAL or ACC_EDB. */
int store_search(struct store *st, Arena *a, Str query, const struct store_filter *f,
		 const char *open, const char *close, struct store_table *out, struct diag *d);

/* One record with its provenance (store_show). */
struct store_shown {
	struct store_table fields;  /* one row: the record's own columns */
	struct store_table explain; /* attr, rule, text, off, len, src_off, src_len */
	struct store_table extra;   /* related rows (a document's clauses, an entity's mentions) */
	int64_t doc_id;             /* 0 for records without one (entity, summit) */
	Str source, title, section; /* the document's */
	Str context;                /* the sentence (or paragraph) the record came from */
	ptrdiff_t mark_off, mark_len; /* the record's span inside context */
	ptrdiff_t off, len, src_off, src_len; /* the record's span in the document */
};

/* Parse "doc:3", "clause:17", "event:5", "agreement:2", "entity:9",
 * "summit:1", "paragraph:4" or "mention:8" and fetch it.  Returns 0,
 * ACC_EINVAL (malformed id), ACC_ENOTFOUND or ACC_EDB. */
int store_show(struct store *st, Arena *a, Str id, struct store_shown *out, struct diag *d);

/* Rebuild from the registry what the AKN emitter reads of a document: the
 * text, the tree, the document fields and the clauses (doc.src = doc.text,
 * no offset map).  Returns 0, ACC_ENOTFOUND or ACC_EDB. */
int store_load_rec(struct store *st, Arena *a, int64_t doc_id, struct rec *r, struct diag *d);

/* ---- language versions of one work (versions.c) ---- */

/* Make doc a version of the work doc `of` belongs to (a lone document
 * becomes a work); the English version is the work's pivot.  One
 * transaction (a savepoint inside the caller's).  Returns 0, ACC_ENOTFOUND, ACC_EINVAL (doc is of itself, or
 * the work already has a version in doc's language) or ACC_EDB. */
int store_version_attach(struct store *st, int64_t of, int64_t doc, struct diag *d);
/* Record doc's language (lang: "en", "ru", "zh") and, when it is in no
 * work, link it to a document in another language with the same kind (not
 * "other"), date and place and about as many paragraphs.  Runs inside the caller's transaction (ingest).
 * Returns 0 or ACC_EDB. */
int store_version_autolink(sqlite3 *db, int64_t doc, const char *lang, struct diag *d);
/* doc's language and its work's pivot (0 when it is alone). */
int store_doc_version(struct store *st, int64_t doc, char lang[4], int64_t *pivot, struct diag *d);
/* The versions of doc's work, the pivot first (doc alone when it is in no
 * work).  Columns: document, lang, pivot, title, kind, date, place, source. */
int store_versions(struct store *st, Arena *a, int64_t doc, struct store_table *out, struct diag *d);
/* Pivot's paragraphs beside version's, aligned by section number and then
 * order (by order alone when the numbering differs), with the attributes
 * of the pivot's clause in each.  Columns: section, eid, clause, modality,
 * commitment, actors, areas, paragraph_LA, text_LA, paragraph_LB, text_LB
 * (LA, LB the two languages); a paragraph without a counterpart has NULLs
 * on the other side.  Returns 0, ACC_ENOTFOUND or ACC_EDB. */
int store_align(struct store *st, Arena *a, int64_t pivot, int64_t version, struct store_table *out, struct diag *d);

/* Counts of the registry's main tables, as one row. */
int store_stats(struct store *st, Arena *a, struct store_table *out, struct diag *d);

#endif
