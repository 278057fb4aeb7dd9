/* schema.c: track's own tables as numbered migrations, and shared helpers
 *
 * steps[i] takes track from version i to i + 1, recorded in
 * track_meta(key = 'version'); each step runs in one BEGIN IMMEDIATE
 * transaction that re-reads the version, so two processes opening the same
 * database migrate it once.  Steps are append-only.
 */
#include "track.h"
#include "../base/date.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

static const char *const steps[] = {
	/* 1: users, sessions, tokens, login failures, assessments, evidence,
	 * comments, the audit log */
	"CREATE TABLE track_users(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  name TEXT NOT NULL UNIQUE,\n"
	"  role TEXT NOT NULL CHECK (role IN ('admin', 'focal', 'analyst')),\n"
	"  state TEXT,                    -- ISO alpha-3, focal points only\n"
	"  pwhash TEXT NOT NULL,          -- crypto_pwhash_str (Argon2id)\n"
	"  disabled INTEGER NOT NULL DEFAULT 0,\n"
	"  created_at TEXT NOT NULL);\n"
	"CREATE TABLE track_sessions(\n"
	"  hash TEXT PRIMARY KEY,         -- SHA-256 of the token, hex\n"
	"  user_id INTEGER NOT NULL REFERENCES track_users(id) ON DELETE CASCADE,\n"
	"  created INTEGER NOT NULL, expires INTEGER NOT NULL) WITHOUT ROWID;\n"
	"CREATE INDEX track_sessions_user ON track_sessions(user_id);\n"
	"CREATE TABLE track_tokens(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  hash TEXT NOT NULL UNIQUE,     -- SHA-256 of the API token, hex\n"
	"  user_id INTEGER NOT NULL REFERENCES track_users(id) ON DELETE CASCADE,\n"
	"  created_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);\n"
	"CREATE TABLE track_login_failures(\n"
	"  kind TEXT NOT NULL,            -- 'user' or 'addr'\n"
	"  key TEXT NOT NULL, at INTEGER NOT NULL);\n"
	"CREATE INDEX track_login_failures_key ON track_login_failures(kind, key, at);\n"
	"CREATE TABLE track_assessments(\n"
	"  id INTEGER PRIMARY KEY,        -- the latest row of a pair is its current assessment\n"
	"  clause_id INTEGER REFERENCES clauses(id) ON DELETE SET NULL,\n"
	"  state TEXT NOT NULL,\n"
	"  score INTEGER CHECK (score IN (-1, 0, 1)), -- NULL: not assessed\n"
	"  note TEXT NOT NULL,\n"
	"  user_id INTEGER, user_name TEXT NOT NULL,\n"
	"  created_at TEXT NOT NULL);\n"
	"CREATE INDEX track_assessments_pair ON track_assessments(clause_id, state, id);\n"
	"CREATE TABLE track_evidence(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  clause_id INTEGER REFERENCES clauses(id) ON DELETE SET NULL,\n"
	"  state TEXT NOT NULL,\n"
	"  assessment_id INTEGER REFERENCES track_assessments(id),\n"
	"  date TEXT, title TEXT NOT NULL, url TEXT, excerpt TEXT,\n"
	"  user_name TEXT NOT NULL, created_at TEXT NOT NULL);\n"
	"CREATE INDEX track_evidence_pair ON track_evidence(clause_id, state);\n"
	"CREATE TABLE track_comments(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  clause_id INTEGER REFERENCES clauses(id) ON DELETE SET NULL,\n"
	"  state TEXT, text TEXT NOT NULL,\n"
	"  user_name TEXT NOT NULL, created_at TEXT NOT NULL);\n"
	"CREATE INDEX track_comments_pair ON track_comments(clause_id, state);\n"
	"CREATE TABLE track_audit(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, object TEXT NOT NULL,\n"
	"  before TEXT NOT NULL, after TEXT NOT NULL, result TEXT NOT NULL,\n"
	"  prev TEXT NOT NULL,            -- hash of the previous entry (64 zeros for the first)\n"
	"  hash TEXT NOT NULL);           -- SHA-256 over prev and this entry (audit.c)\n",
};

#define NSTEPS ((int)(sizeof steps / sizeof *steps))

int track_schema_version(void)
{
	return NSTEPS;
}

static int version(sqlite3 *db, int *v, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = ACC_OK;
	*v = 0;
	if (sqlite3_prepare_v2(db, "SELECT value FROM track_meta WHERE key = 'version'", -1, &s, NULL) !=
	    SQLITE_OK) {
		rc = store_err(db, d, "cannot read track's schema version");
		goto out;
	}
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW)
		*v = sqlite3_column_int(s, 0);
	else if (r != SQLITE_DONE)
		rc = store_err(db, d, "cannot read track's schema version");
out:
	sqlite3_finalize(s);
	return rc;
}

int track_open(sqlite3 *db, struct diag *d)
{
	if (sodium_init() < 0)
		return diag_set(d, ACC_EDB, -1, "cannot initialise libsodium");
	if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS track_meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID",
			 NULL, NULL, NULL) != SQLITE_OK)
		return store_err(db, d, "cannot create track_meta");
	int v, rc = version(db, &v, d);
	if (rc)
		return rc;
	if (v > NSTEPS)
		return diag_set(d, ACC_EDB, -1, "track schema version %d is newer than this accord (%d)", v,
				NSTEPS);
	for (; v < NSTEPS; v++) {
		char bump[128];
		snprintf(bump, sizeof bump,
			 "INSERT INTO track_meta(key, value) VALUES ('version', %d)"
			 " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
			 v + 1);
		if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
			return store_err(db, d, "cannot migrate track's tables");
		int now;
		if ((rc = version(db, &now, d)))
			goto fail;
		if (now > v) {
			v = now - 1;
			sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
			continue;
		}
		if (sqlite3_exec(db, steps[v], NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(db, bump, NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
			rc = store_err(db, d, "cannot migrate track's tables");
			goto fail;
		}
	}
	return ACC_OK;
fail:
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

Str track_time_iso(Arena *a, int64_t now)
{
	int64_t days = now >= 0 ? now / 86400 : -((-now + 86399) / 86400);
	int64_t sec = now - days * 86400;
	struct date dt = date_from_days((int32_t)days);
	return arena_printf(a, "%04d-%02d-%02dT%02d:%02d:%02dZ", dt.y, dt.m, dt.d, (int)(sec / 3600),
			    (int)(sec / 60 % 60), (int)(sec % 60));
}

static const char *const role_names[] = { [TRACK_ANON] = "anonymous", [TRACK_ADMIN] = "admin",
					  [TRACK_FOCAL] = "focal", [TRACK_ANALYST] = "analyst" };

const char *track_role_name(int role)
{
	return role >= 0 && role <= TRACK_ANALYST ? role_names[role] : "?";
}

int track_role_parse(Str s)
{
	for (int r = TRACK_ADMIN; r <= TRACK_ANALYST; r++)
		if (str_eq(s, str_c(role_names[r])))
			return r;
	return -1;
}

static const char *const action_names[] = {
	[TRACK_ASSESS] = "assess",           [TRACK_ADD_EVIDENCE] = "add_evidence",
	[TRACK_COMMENT] = "comment",         [TRACK_IMPORT] = "import",
	[TRACK_MANAGE_USERS] = "manage_users", [TRACK_OWN_CREDENTIALS] = "own_credentials",
};

const char *track_action_name(int act)
{
	return act > 0 && act < TRACK_NACTIONS ? action_names[act] : "?";
}

bool track_state_ok(Str s)
{
	if (s.len != 3)
		return false;
	for (int i = 0; i < 3; i++)
		if (s.s[i] < 'A' || s.s[i] > 'Z')
			return false;
	return true;
}
