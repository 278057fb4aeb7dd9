/* track.h: implementation tracking: users and roles, sessions, assessments
 * with evidence, the hash-chained audit log, compliance figures and reports
 *
 * track keeps its own tables (track_*) in the registry's database, created
 * and migrated by track_open() and versioned in track_meta (the store owns
 * PRAGMA user_version).  The registry's own `assessments` table is left
 * alone: it has no author and no evidence.
 *
 * Who may write what is decided in one place, track_authorize(): every write
 * function here calls it first; a denied write returns ACC_EPERM, changes
 * nothing and appends a "denied" entry to the audit log.  Reading is public.
 *
 *   admin    everything
 *   focal    assess and add evidence for the one state it is bound to
 *   analyst  comment
 *   anyone signed in: change their own password, make their own API token
 *   anonymous (u == NULL or role TRACK_ANON): nothing
 *
 * Assessments are history: every change is a new row of track_assessments,
 * the current assessment of a (clause, state) pair is its latest row (the
 * highest id); a row whose score is NULL sets the pair back to "not
 * assessed".  Evidence items are appended too and belong to the pair.
 *
 * The audit log (track_audit) is append-only; each entry holds the SHA-256
 * of the previous entry and its own, over a canonical serialisation
 * (audit.c), so an edited, inserted or deleted entry breaks the chain and
 * track_audit_verify() names the first such entry.  The head (count and last
 * hash) is kept in track_meta too, so a deleted last entry is found.
 *
 * Times are seconds since the epoch, passed in by the caller (now), stored
 * as ISO 8601 UTC text ("2026-11-23T11:15:26Z").
 *
 * Password hashing: Argon2id (crypto_pwhash_str_alg) with libsodium's
 * INTERACTIVE limits.  ACCORD_PWHASH_FAST=1 in the environment selects the
 * minimum limits instead: for tests only, never in production.
 *
 * For the web layer, per request:
 *   - once per database connection: track_open(db, d);
 *   - who: the session cookie -> track_session_lookup(), or "Authorization:
 *     Bearer T" -> track_token_lookup(); neither: u = NULL (the public);
 *   - POST /login -> track_login() (LOCKED: 429 with Retry-After =
 *     retry_after), set the cookie to out.session; POST /logout ->
 *     track_session_destroy();
 *   - every form carries track_csrf_token(session); every cookie-borne POST
 *     is refused unless track_csrf_check() (Bearer requests need none);
 *   - writes: track_assess(), track_evidence_add(), track_comment_add(),
 *     track_import(), track_user_*(), track_token_create(); ACC_EPERM -> 403
 *     (already audited), ACC_EINVAL / ACC_ETOOBIG -> 400 / 413,
 *     ACC_ENOTFOUND -> 404;  a route of its own that writes (the document
 *     import page) calls track_require(db, u, TRACK_IMPORT, S(""), object,
 *     now, d) first;
 *   - reads: track_pairs_load() + track_figures() (figures, the heatmap
 *     matrix), track_report() (the report page, json, csv),
 *     track_assess_history(), track_evidence_list(), track_comment_list(),
 *     track_upcoming() (home page), track_ical() (/calendar.ics),
 *     track_audit_list() / track_audit_verify().
 */
#ifndef ACCORD_TRACK_H
#define ACCORD_TRACK_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/diag.h"
#include "../store/store.h"

#define TRACK_NAME_MAX 64          /* user name, bytes */
#define TRACK_PASSWORD_MIN 8       /* bytes */
#define TRACK_PASSWORD_MAX 1024    /* bytes */
#define TRACK_NOTE_MAX 4000        /* justification or comment, bytes */
#define TRACK_FIELD_MAX 2000       /* an evidence field, bytes */
#define TRACK_TOKEN_LEN 43         /* base64url (no padding) of 32 random bytes */
#define TRACK_SESSION_TTL (12 * 3600) /* seconds a session lives */
#define TRACK_LOCK_WINDOW 900      /* seconds failures are counted over */
#define TRACK_LOCK_USER 5          /* failures per account in the window before it locks */
#define TRACK_LOCK_ADDR 20         /* failures per address in the window before it locks */
#define TRACK_CSV_MAX_BYTES (16 << 20) /* an import file */
#define TRACK_CSV_MAX_ROWS 100000
#define TRACK_CSV_MAX_COLS 64
#define TRACK_NONE 2               /* score: not assessed */

enum track_role { TRACK_ANON = 0, TRACK_ADMIN, TRACK_FOCAL, TRACK_ANALYST };

enum track_action {
	TRACK_ASSESS = 1,      /* score a (commitment, state) pair; state-bound */
	TRACK_ADD_EVIDENCE,    /* add an evidence item to a pair; state-bound */
	TRACK_COMMENT,         /* comment on a pair */
	TRACK_IMPORT,          /* import documents into the registry (web import page) */
	TRACK_MANAGE_USERS,    /* add, disable users, set others' passwords and tokens */
	TRACK_OWN_CREDENTIALS, /* change one's own password, make one's own API token */
	TRACK_NACTIONS
};

struct track_user {
	int64_t id;            /* 0 for the bootstrap CLI user (no users yet) */
	Str name;
	int role;              /* enum track_role */
	char state[4];         /* ISO alpha-3 of a focal point, else "" */
	bool disabled;
};

/* ---- schema and helpers (schema.c) ---- */

/* Create or migrate track's tables in db (idempotent; each step in its own
 * transaction) and initialise libsodium.  Returns 0 or ACC_EDB. */
int track_open(sqlite3 *db, struct diag *d);
int track_schema_version(void);
/* now as "YYYY-MM-DDTHH:MM:SSZ" in the arena. */
Str track_time_iso(Arena *a, int64_t now);
const char *track_role_name(int role);
int track_role_parse(Str s);             /* TRACK_ADMIN.., or -1 */
const char *track_action_name(int act);
/* A state code: three ASCII upper-case letters. */
bool track_state_ok(Str s);

/* ---- authorization (authz.c) ---- */

/* Whether u may do act for state (state matters for state-bound actions,
 * and may be empty otherwise).  u == NULL is the anonymous public.
 * Returns 0 or ACC_EPERM.  Pure: records nothing. */
int track_authorize(const struct track_user *u, enum track_action act, Str state);
/* track_authorize(), and on denial an audit entry ("denied") naming u, act
 * and object; returns 0, ACC_EPERM (d says who may not do what) or ACC_EDB. */
int track_require(sqlite3 *db, const struct track_user *u, enum track_action act, Str state, Str object,
		  int64_t now, struct diag *d);

/* ---- audit log (audit.c) ---- */

/* Append an entry: who did action on object (before and after are JSON, or
 * empty), result "ok" or "denied".  Runs inside the caller's transaction if
 * one is open.  Returns 0 or ACC_EDB. */
int track_audit_append(sqlite3 *db, const struct track_user *who, Str action, Str object, Str before,
		       Str after, Str result, int64_t now, struct diag *d);

struct track_verify {
	int64_t n;             /* entries checked */
	int64_t bad_id;        /* the first edited, inserted or deleted entry; 0 when intact */
	char why[200];         /* what is wrong with it */
	char head[65];         /* the last entry's hash, hex ("" for an empty log) */
};
/* Walk the whole log.  Returns 0 (look at out->bad_id) or ACC_EDB. */
int track_audit_verify(sqlite3 *db, struct track_verify *out, struct diag *d);
/* The id of the entry whose hash is hash (a head kept outside the
 * database, from an earlier verify), 0 when none.  After an intact verify,
 * finding it proves the log up to it is the one anchored.  0 or ACC_EDB. */
int track_audit_find(sqlite3 *db, Str hash, int64_t *id, struct diag *d);
/* The newest entries first (limit 0: all). */
int track_audit_list(sqlite3 *db, Arena *a, int64_t limit, struct store_table *out, struct diag *d);

/* ---- users, API tokens (users.c) ---- */

/* Argon2id hash of password (see the top) into out; 0 or ACC_EINVAL. */
int track_pwhash(Str password, char *out, size_t cap, struct diag *d);
/* A new user: admin only (but see the CLI's bootstrap: actor->id == 0 with
 * role admin when no users exist).  A focal point needs state; others must
 * not have one.  Returns 0, ACC_EINVAL, ACC_ECONFLICT (name taken),
 * ACC_EPERM or ACC_EDB. */
int track_user_add(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, int role, Str state,
		   Str password, int64_t now, struct diag *d);
/* Look up by name; strings in a.  Returns 0, ACC_ENOTFOUND or ACC_EDB. */
int track_user_get(sqlite3 *db, Arena *a, Str name, struct track_user *out, struct diag *d);
int track_user_count(sqlite3 *db, int64_t *n, struct diag *d);
/* id, name, role, state, disabled, created_at, tokens: one row per user. */
int track_user_list(sqlite3 *db, Arena *a, struct store_table *out, struct diag *d);
/* Set name's password (admin, or the user themself).  Ends the user's sessions. */
int track_user_passwd(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, Str password,
		      int64_t now, struct diag *d);
/* Disable name (admin): no login, sessions and tokens stop working. */
int track_user_disable(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, int64_t now,
		       struct diag *d);
/* A new API token for name (admin, or the user themself) into out (NUL-
 * terminated); only its SHA-256 is kept, so it is shown once. */
int track_token_create(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, int64_t now,
		       char out[TRACK_TOKEN_LEN + 1], struct diag *d);
/* The enabled user holding API token (from "Authorization: Bearer T").
 * Returns 0, ACC_ENOTFOUND (unknown, revoked or disabled) or ACC_EDB. */
int track_token_lookup(sqlite3 *db, Arena *a, Str token, struct track_user *out, struct diag *d);

/* ---- sessions, login, CSRF (session.c) ---- */

enum track_login_result { TRACK_LOGIN_OK = 0, TRACK_LOGIN_BAD, TRACK_LOGIN_LOCKED };

struct track_login {
	int result;             /* enum track_login_result */
	int64_t retry_after;    /* seconds, when locked */
	struct track_user user; /* when ok */
	char session[TRACK_TOKEN_LEN + 1]; /* the new session's token, when ok */
};

/* Check name's password, rate-limited: more than TRACK_LOCK_USER failures
 * for the account or TRACK_LOCK_ADDR for the address (addr: the client's IP
 * as text) within TRACK_LOCK_WINDOW seconds lock it until the window has
 * passed (no password is checked meanwhile).  An unknown or disabled user
 * is "bad", as a wrong password is.  On success a session is created.
 * Returns 0 (see out->result) or ACC_EDB. */
int track_login(sqlite3 *db, Arena *a, Str name, Str password, Str addr, int64_t now,
		struct track_login *out, struct diag *d);
/* A new session for user_id, valid TRACK_SESSION_TTL seconds; its token
 * into out (only its SHA-256 is stored).  Returns 0 or ACC_EDB. */
int track_session_create(sqlite3 *db, int64_t user_id, int64_t now, char out[TRACK_TOKEN_LEN + 1],
			 struct diag *d);
/* The enabled user of a live session.  Returns 0, ACC_ENOTFOUND or ACC_EDB. */
int track_session_lookup(sqlite3 *db, Arena *a, Str token, int64_t now, struct track_user *out,
			 struct diag *d);
/* End a session (logout); unknown tokens are not an error. */
int track_session_destroy(sqlite3 *db, Str token, struct diag *d);
/* The CSRF token of a session: keyed BLAKE2b of the session token, base64url
 * (TRACK_TOKEN_LEN chars); put it in every form, check it on every POST. */
void track_csrf_token(Str session, char out[TRACK_TOKEN_LEN + 1]);
bool track_csrf_check(Str session, Str csrf);

/* ---- assessments, evidence, comments (assess.c) ---- */

struct track_evidence {
	Str date;               /* YYYY, YYYY-MM or YYYY-MM-DD, may be empty */
	Str title;              /* empty: no evidence item */
	Str url;                /* http:// or https://, may be empty */
	Str excerpt;
};

struct track_assess_in {
	int64_t clause_id;
	Str state;              /* ISO alpha-3 */
	int score;              /* -1, 0, 1 or TRACK_NONE */
	Str note;               /* the justification */
	struct track_evidence ev;
};

/* Validate in without writing: the clause exists and is a commitment, it
 * binds the state (its actors; when it names none, its summit's
 * participants), the score, the lengths, the evidence; then authorization
 * (recording nothing).  Returns 0, ACC_ENOTFOUND, ACC_EINVAL, ACC_EPERM or
 * ACC_EDB, with d saying why. */
int track_assess_check(sqlite3 *db, Arena *a, const struct track_user *u, const struct track_assess_in *in,
		       struct diag *d);
/* Append a new assessment row (with its evidence item) and its audit entry
 * in one transaction; a denied one is audited.  *id (may be NULL) is the
 * new row's.  Returns as track_assess_check(). */
int track_assess(sqlite3 *db, Arena *a, const struct track_user *u, const struct track_assess_in *in,
		 int64_t now, int64_t *id, struct diag *d);
/* Append an evidence item to a pair (action add_evidence). */
int track_evidence_add(sqlite3 *db, Arena *a, const struct track_user *u, int64_t clause_id, Str state,
		       const struct track_evidence *ev, int64_t now, struct diag *d);
/* Append a comment on a pair (action comment). */
int track_comment_add(sqlite3 *db, Arena *a, const struct track_user *u, int64_t clause_id, Str state,
		      Str text, int64_t now, struct diag *d);
/* Every assessment row of a pair, oldest first: id, score, note, user, at. */
int track_assess_history(sqlite3 *db, Arena *a, int64_t clause_id, Str state, struct store_table *out,
			 struct diag *d);
/* The evidence items of a pair, oldest first: id, date, title, url, excerpt, user, at. */
int track_evidence_list(sqlite3 *db, Arena *a, int64_t clause_id, Str state, struct store_table *out,
			struct diag *d);

/* The comments on a pair, oldest first: id, text, user, at. */
int track_comment_list(sqlite3 *db, Arena *a, int64_t clause_id, Str state, struct store_table *out,
		       struct diag *d);

/* ---- CSV (csv.c) ---- */

struct track_csv {
	Str *cells;             /* nrows * ncols, row-major, in the arena; row 0 is the header */
	int *lines;             /* the 1-based line each row starts on */
	int ncols, nrows;
};
/* Parse RFC 4180 text (CRLF or LF line ends, quoted fields with doubled
 * quotes, a final line end optional).  Every row must have the header's
 * number of fields.  Pure.  Returns 0, ACC_EINVAL (d->line says where) or
 * ACC_ETOOBIG. */
int track_csv_parse(Arena *a, Str text, struct track_csv *out, struct diag *d);

/* ---- bulk import (import.c) ---- */

enum track_fate { TRACK_APPLIED = 1, TRACK_WOULD_APPLY, TRACK_REJECTED };

struct track_row_fate {
	int line;               /* in the file */
	int fate;               /* enum track_fate */
	int64_t clause_id;
	Str state;
	Str why;                /* when rejected */
};

/* Import assessments from CSV text with the header clause, state, score,
 * note, evidence_date, evidence_title, evidence_url, evidence_excerpt (in
 * any order; the evidence columns may be left out).  Each row is checked
 * and (unless dry_run) applied as track_assess() does, on its own; its fate
 * goes into *fates (n rows).  Returns 0 when the file could be read (look at
 * the fates), ACC_EINVAL for a malformed file or header, or ACC_EDB. */
int track_import(sqlite3 *db, Arena *a, const struct track_user *u, Str csv, bool dry_run, int64_t now,
		 struct track_row_fate **fates, int *n, struct diag *d);

/* ---- compliance figures (figures.c) ---- */

/* One (commitment, state) pair with its current score. */
struct track_pair {
	int64_t clause_id, doc_id, summit_id; /* summit_id 0: none */
	Str section, state, eid, text;
	Str areas;              /* the clause's issue areas, comma-separated */
	int score;              /* -1, 0, 1 or TRACK_NONE */
	Str note, by, at;       /* of the current assessment */
};

enum track_by { TRACK_BY_ALL = 0, TRACK_BY_STATE, TRACK_BY_AREA, TRACK_BY_SUMMIT, TRACK_BY_DOCUMENT,
		TRACK_BY_SECTION, TRACK_BY_CLAUSE };

struct track_fig {
	Str key;                /* the state, area, section ... ("all" for TRACK_BY_ALL) */
	int npairs;             /* pairs in the group */
	int nassessed;          /* of which assessed */
	int sum;                /* of their scores */
	double avg;             /* sum / nassessed, -1..+1; 0 when none assessed */
	double pct;             /* (avg + 1) / 2 * 100 */
};

/* The pairs of every commitment (of one summit, one document, or all when
 * both are 0) and every state it binds, ordered by document, clause, state.
 * Returns 0 or ACC_EDB. */
int track_pairs_load(sqlite3 *db, Arena *a, int64_t summit, int64_t doc, struct track_pair **out, int *n,
		     struct diag *d);
/* Group pairs by `by` (enum track_by), as the G7 and G20 Research Groups
 * do: the average of the scores -1..+1 of the assessed pairs of a group, and
 * as a percentage (avg + 1) / 2 * 100.  A clause in several areas counts in
 * each.  Groups in order of first appearance.  Pure.  Returns the count. */
int track_figures(Arena *a, const struct track_pair *p, int n, int by, struct track_fig **out);

/* ---- reports, calendar (report.c, ical.c) ---- */

enum track_format { TRACK_TEXT = 0, TRACK_JSON, TRACK_CSV };

/* The implementation report of a summit's documents into out: figures
 * overall, by state, by issue area, by section and by document; the
 * commitments x states matrix; the evidence list; and, when compare is a
 * summit id, the change of each state's figure from that summit.  CSV: one
 * row per pair.  Returns 0, ACC_ENOTFOUND (no such summit) or ACC_EDB. */
int track_report(sqlite3 *db, Arena *a, int64_t summit, int64_t compare, int fmt, struct buf *out,
		 struct diag *d);
/* Clause targets and events falling within the next `days` days from now
 * (a target on its last day, an event on any of its days), soonest first:
 * kind (target|event), date, clause, event, document, summary.  For the
 * home page's "deadlines coming soon".  Returns 0 or ACC_EDB. */
int track_upcoming(sqlite3 *db, Arena *a, int64_t now, int days, struct store_table *out, struct diag *d);
/* Every dated clause target and every event dated after now, as an RFC 5545
 * iCalendar into out.  Returns 0 or ACC_EDB. */
int track_ical(sqlite3 *db, Arena *a, int64_t now, struct buf *out, struct diag *d);

#endif
