/* schema.c: the registry's schema as numbered migrations, applied at open
 *
 * migrations[i] takes a database from user_version i to i + 1.  Each runs
 * in its own transaction together with the PRAGMA user_version that records
 * it, so a crash leaves the database at a whole version.  Migrations are
 * append-only: a released one is never edited, a change is a new one.
 *
 * Conventions: every fact table has doc_id (ON DELETE CASCADE from
 * documents) and the span columns off, len (bytes in documents.text) and
 * src_off, src_len (bytes in the original file).  Dates are ISO 8601 text at
 * the precision the document gives ("2025", "2025-06", "2025-06-17").
 * Codes are ISO 3166 alpha-3.
 */
#include "store.h"

static const char *const migrations[] = {
	/* 1: the registry */
	"CREATE TABLE summits(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  key TEXT NOT NULL UNIQUE,      -- folded name without numbers | year\n"
	"  name TEXT, ordinal INTEGER, host TEXT, city TEXT, venue TEXT, chair TEXT,\n"
	"  start_date TEXT, end_date TEXT);\n"
	"CREATE TABLE summit_names(\n"
	"  summit_id INTEGER NOT NULL REFERENCES summits(id) ON DELETE CASCADE,\n"
	"  lang TEXT NOT NULL, title TEXT NOT NULL,\n"
	"  PRIMARY KEY(summit_id, lang)) WITHOUT ROWID;\n"
	"CREATE TABLE summit_participants(\n"
	"  summit_id INTEGER NOT NULL REFERENCES summits(id) ON DELETE CASCADE,\n"
	"  code TEXT NOT NULL,\n"
	"  PRIMARY KEY(summit_id, code)) WITHOUT ROWID;\n"
	"CREATE TABLE documents(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  source TEXT NOT NULL UNIQUE,   -- absolute path as ingested\n"
	"  sha256 TEXT NOT NULL,          -- of the original bytes, hex\n"
	"  bytes INTEGER NOT NULL,\n"
	"  format TEXT NOT NULL,\n"
	"  title TEXT, kind TEXT NOT NULL, date TEXT, place TEXT,\n"
	"  summit_id INTEGER REFERENCES summits(id) ON DELETE SET NULL,\n"
	"  text TEXT NOT NULL,            -- normalised text: off/len point here\n"
	"  nfacts INTEGER NOT NULL,       -- fact rows written with the document\n"
	"  ingested_at TEXT NOT NULL);\n"
	"CREATE INDEX documents_summit ON documents(summit_id);\n"
	"CREATE INDEX documents_date ON documents(date);\n"
	"CREATE TABLE signatories(\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  seq INTEGER NOT NULL, name TEXT NOT NULL,\n"
	"  PRIMARY KEY(doc_id, seq)) WITHOUT ROWID;\n"
	"CREATE TABLE nodes(\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  idx INTEGER NOT NULL, type TEXT NOT NULL, parent INTEGER NOT NULL, level INTEGER NOT NULL,\n"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL, body_off INTEGER NOT NULL, body_len INTEGER NOT NULL,\n"
	"  src_off INTEGER NOT NULL, src_len INTEGER NOT NULL, label TEXT,\n"
	"  PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;\n"
	"CREATE TABLE entities(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  key TEXT NOT NULL UNIQUE,      -- kb:TYPE:folded kb name, or TYPE:folded name\n"
	"  type TEXT NOT NULL, name TEXT NOT NULL, code TEXT,\n"
	"  kb_id INTEGER);                -- index in the kb of the ingesting build, or NULL\n"
	"CREATE TABLE aliases(\n"
	"  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,\n"
	"  key TEXT NOT NULL, alias TEXT NOT NULL,\n"
	"  PRIMARY KEY(entity_id, key)) WITHOUT ROWID;\n"
	"CREATE INDEX aliases_key ON aliases(key);\n"
	"CREATE TABLE mentions(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  entity_id INTEGER REFERENCES entities(id),\n"
	"  type TEXT NOT NULL, flags INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, end_date TEXT,\n"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL, src_off INTEGER NOT NULL, src_len INTEGER NOT NULL);\n"
	"CREATE INDEX mentions_doc ON mentions(doc_id);\n"
	"CREATE INDEX mentions_entity ON mentions(entity_id);\n"
	"CREATE TABLE events(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  seq INTEGER NOT NULL, type TEXT NOT NULL, date TEXT, end_date TEXT, part_of_day TEXT,\n"
	"  place TEXT, summary TEXT,\n"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL, src_off INTEGER NOT NULL, src_len INTEGER NOT NULL);\n"
	"CREATE INDEX events_doc ON events(doc_id);\n"
	"CREATE TABLE event_participants(\n"
	"  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,\n"
	"  code TEXT NOT NULL,\n"
	"  PRIMARY KEY(event_id, code)) WITHOUT ROWID;\n"
	"CREATE TABLE agreements(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  seq INTEGER NOT NULL, kind TEXT NOT NULL, date TEXT, count INTEGER, title TEXT,\n"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL, src_off INTEGER NOT NULL, src_len INTEGER NOT NULL);\n"
	"CREATE INDEX agreements_doc ON agreements(doc_id);\n"
	"CREATE TABLE agreement_parties(\n"
	"  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,\n"
	"  code TEXT NOT NULL,\n"
	"  PRIMARY KEY(agreement_id, code)) WITHOUT ROWID;\n"
	"CREATE TABLE agreement_fields(\n"
	"  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,\n"
	"  seq INTEGER NOT NULL, field TEXT NOT NULL,\n"
	"  PRIMARY KEY(agreement_id, seq)) WITHOUT ROWID;\n"
	"CREATE TABLE clauses(\n"
	"  id INTEGER PRIMARY KEY,        -- stable across re-ingests while normalised_text matches\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  seq INTEGER NOT NULL, node INTEGER NOT NULL, eid TEXT, section TEXT,\n"
	"  text TEXT NOT NULL, normalised_text TEXT NOT NULL,\n"
	"  modality TEXT, commitment INTEGER NOT NULL, scope TEXT,\n"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL, src_off INTEGER NOT NULL, src_len INTEGER NOT NULL);\n"
	"CREATE INDEX clauses_doc ON clauses(doc_id, seq);\n"
	"CREATE TABLE clause_actors(\n"
	"  clause_id INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,\n"
	"  code TEXT NOT NULL,\n"
	"  PRIMARY KEY(clause_id, code)) WITHOUT ROWID;\n"
	"CREATE INDEX clause_actors_code ON clause_actors(code);\n"
	"CREATE TABLE clause_areas(\n"
	"  clause_id INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,\n"
	"  area TEXT NOT NULL,\n"
	"  PRIMARY KEY(clause_id, area)) WITHOUT ROWID;\n"
	"CREATE INDEX clause_areas_area ON clause_areas(area);\n"
	"CREATE TABLE clause_targets(\n"
	"  clause_id INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,\n"
	"  date TEXT NOT NULL,\n"
	"  PRIMARY KEY(clause_id, date)) WITHOUT ROWID;\n"
	"CREATE TABLE explain(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  subject TEXT NOT NULL,         -- document, summit, event, agreement, clause\n"
	"  clause_id INTEGER REFERENCES clauses(id) ON DELETE CASCADE,\n"
	"  event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,\n"
	"  agreement_id INTEGER REFERENCES agreements(id) ON DELETE CASCADE,\n"
	"  attr TEXT NOT NULL, rule TEXT NOT NULL,\n"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL, src_off INTEGER NOT NULL, src_len INTEGER NOT NULL);\n"
	"CREATE INDEX explain_doc ON explain(doc_id);\n"
	"CREATE INDEX explain_clause ON explain(clause_id);\n"
	"CREATE INDEX explain_event ON explain(event_id);\n"
	"CREATE INDEX explain_agreement ON explain(agreement_id);\n"
	"CREATE TABLE paragraphs(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
	"  node INTEGER NOT NULL, eid TEXT, section TEXT,\n"
	"  clause_id INTEGER REFERENCES clauses(id) ON DELETE SET NULL,\n"
	"  text TEXT NOT NULL,\n"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL, src_off INTEGER NOT NULL, src_len INTEGER NOT NULL);\n"
	"CREATE INDEX paragraphs_doc ON paragraphs(doc_id);\n"
	"CREATE INDEX paragraphs_clause ON paragraphs(clause_id);\n"
	"CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, content='paragraphs', content_rowid='id',\n"
	"  tokenize='unicode61 remove_diacritics 2');\n"
	"CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN\n"
	"  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);\n"
	"END;\n"
	"CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN\n"
	"  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);\n"
	"END;\n"
	"CREATE TRIGGER paragraphs_au AFTER UPDATE OF text ON paragraphs BEGIN\n"
	"  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);\n"
	"  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);\n"
	"END;\n"
	"CREATE TABLE assessments(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  clause_id INTEGER REFERENCES clauses(id) ON DELETE SET NULL, -- kept when its clause goes\n"
	"  state TEXT, score INTEGER CHECK (score IN (-1, 0, 1)), note TEXT,\n"
	"  created_at TEXT NOT NULL);\n"
	"CREATE INDEX assessments_clause ON assessments(clause_id);\n",
	/* 2: language versions of one work (Akoma Ntoso's expressions).  A
	 * document alone has work_id NULL; the versions of one work all carry
	 * the id of its pivot, the version whose extracted attributes apply to
	 * all (the English one when there is one), the pivot included.  lang is
	 * "en", "ru" or "zh" by script, NULL until computed. */
	"ALTER TABLE documents ADD COLUMN lang TEXT;\n"
	"ALTER TABLE documents ADD COLUMN work_id INTEGER REFERENCES documents(id) ON DELETE SET NULL;\n"
	"CREATE INDEX documents_work ON documents(work_id);\n",
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof *migrations))

int store_schema_version(void)
{
	return NMIGRATIONS;
}

static int user_version(sqlite3 *db, int *v, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = ACC_OK;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK ||
	    sqlite3_step(s) != SQLITE_ROW) {
		rc = store_err(db, d, "cannot read the schema version");
		goto out;
	}
	*v = sqlite3_column_int(s, 0);
out:
	sqlite3_finalize(s);
	return rc;
}

int store_migrate(sqlite3 *db, struct diag *d)
{
	int v, rc = user_version(db, &v, d);
	if (rc)
		return rc;
	if (v > NMIGRATIONS)
		return diag_set(d, ACC_EDB, -1, "database schema version %d is newer than this accord (%d)",
				v, NMIGRATIONS);
	for (; v < NMIGRATIONS; v++) {
		char bump[64];
		snprintf(bump, sizeof bump, "PRAGMA user_version = %d", v + 1);
		/* BEGIN IMMEDIATE, then re-read: another process may have migrated meanwhile. */
		if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
			return store_err(db, d, "cannot migrate the database");
		int now;
		if ((rc = user_version(db, &now, d)))
			goto fail;
		if (now > v) {
			v = now - 1;
			sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
			continue;
		}
		if (sqlite3_exec(db, migrations[v], NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(db, bump, NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
			rc = store_err(db, d, "cannot migrate the database");
			goto fail;
		}
	}
	return ACC_OK;
fail:
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}
