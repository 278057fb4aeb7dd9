/* assess.c: assessments of a commitment per state, evidence and comments, as history */
#include "track-int.h"
#include "../base/date.h"
#include "../base/json.h"
#include "../base/utf8.h"

#include <string.h>

/* Whether clause binds state: one of its actors; when it names none, one of
 * its summit's participants.  (figures.c's pair query follows the same rule.) */
static const char binds_sql[] =
	"SELECT EXISTS(SELECT 1 FROM clause_actors WHERE clause_id = ?1 AND code = ?2)"
	" OR (NOT EXISTS(SELECT 1 FROM clause_actors WHERE clause_id = ?1) AND EXISTS("
	"  SELECT 1 FROM clauses c JOIN documents d ON d.id = c.doc_id"
	"  JOIN summit_participants p ON p.summit_id = d.summit_id WHERE c.id = ?1 AND p.code = ?2))";

static int text_ok(Str s, ptrdiff_t max, const char *what, struct diag *d)
{
	if (s.len > max)
		return diag_set(d, ACC_ETOOBIG, -1, "%s too long (%td bytes, at most %td)", what, s.len, max);
	if (s.len && utf8_invalid(s) >= 0)
		return diag_set(d, ACC_EINVAL, -1, "%s is not valid UTF-8", what);
	for (ptrdiff_t i = 0; i < s.len; i++)
		if ((unsigned char)s.s[i] < 0x20 && s.s[i] != '\n' && s.s[i] != '\t' && s.s[i] != '\r')
			return diag_set(d, ACC_EINVAL, -1, "%s has a control character", what);
	return ACC_OK;
}

static int evidence_ok(const struct track_evidence *ev, struct diag *d)
{
	int rc;
	if (!ev->title.len) {
		if (ev->date.len || ev->url.len || ev->excerpt.len)
			return diag_set(d, ACC_EINVAL, -1, "evidence needs a title");
		return ACC_OK;
	}
	if ((rc = text_ok(ev->title, TRACK_FIELD_MAX, "evidence title", d)) ||
	    (rc = text_ok(ev->url, TRACK_FIELD_MAX, "evidence url", d)) ||
	    (rc = text_ok(ev->excerpt, TRACK_FIELD_MAX, "evidence excerpt", d)))
		return rc;
	if (ev->date.len && !date_ok(date_parse(ev->date)))
		return diag_set(d, ACC_EINVAL, -1, "bad evidence date '%.*s' (YYYY, YYYY-MM or YYYY-MM-DD)",
				(int)(ev->date.len > 40 ? 40 : ev->date.len), ev->date.s);
	if (ev->url.len) {
		if (!str_starts(ev->url, S("https://")) && !str_starts(ev->url, S("http://")))
			return diag_set(d, ACC_EINVAL, -1, "evidence url must start with http:// or https://");
		for (ptrdiff_t i = 0; i < ev->url.len; i++)
			if (ev->url.s[i] == ' ' || ev->url.s[i] == '"' || ev->url.s[i] == '<' || ev->url.s[i] == '>')
				return diag_set(d, ACC_EINVAL, -1, "evidence url has a space, quote or angle bracket");
	}
	return ACC_OK;
}

/* The pair exists: the clause is a commitment binding state.  Returns 0,
 * ACC_ENOTFOUND, ACC_EINVAL or ACC_EDB. */
static int pair_ok(sqlite3 *db, int64_t clause_id, Str state, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	if (!track_state_ok(state))
		return diag_set(d, ACC_EINVAL, -1, "bad state '%.*s' (ISO alpha-3 such as KGZ)",
				(int)(state.len > 20 ? 20 : state.len), state.s ? state.s : "");
	int rc = tk_prepare(db, "SELECT commitment FROM clauses WHERE id = ?1", &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, clause_id);
	int r = sqlite3_step(s);
	if (r == SQLITE_DONE)
		rc = diag_set(d, ACC_ENOTFOUND, -1, "no clause %lld", (long long)clause_id);
	else if (r != SQLITE_ROW)
		rc = store_err(db, d, "cannot read the clause");
	else if (!sqlite3_column_int(s, 0))
		rc = diag_set(d, ACC_EINVAL, -1, "clause %lld is not a commitment", (long long)clause_id);
	sqlite3_finalize(s);
	s = NULL;
	if (rc || (rc = tk_prepare(db, binds_sql, &s, d)))
		return rc;
	sqlite3_bind_int64(s, 1, clause_id);
	tk_bind(s, 2, state);
	if (sqlite3_step(s) != SQLITE_ROW)
		rc = store_err(db, d, "cannot read the clause's actors");
	else if (!sqlite3_column_int(s, 0))
		rc = diag_set(d, ACC_EINVAL, -1, "clause %lld does not bind %.*s", (long long)clause_id, 3, state.s);
	sqlite3_finalize(s);
	return rc;
}

static Str pair_object(Arena *a, int64_t clause_id, Str state)
{
	return arena_printf(a, "clause:%lld/%.*s", (long long)clause_id, (int)state.len, state.s ? state.s : "");
}

int track_assess_check(sqlite3 *db, Arena *a, const struct track_user *u, const struct track_assess_in *in,
		       struct diag *d)
{
	int rc;
	if (in->score != -1 && in->score != 0 && in->score != 1 && in->score != TRACK_NONE)
		return diag_set(d, ACC_EINVAL, -1, "bad score (-1, 0, 1 or none)");
	if (in->score != TRACK_NONE && !str_trim(in->note).len)
		return diag_set(d, ACC_EINVAL, -1, "a score needs a justification (--note)");
	if ((rc = text_ok(in->note, TRACK_NOTE_MAX, "note", d)) || (rc = evidence_ok(&in->ev, d)) ||
	    (rc = pair_ok(db, in->clause_id, in->state, d)))
		return rc;
	if (track_authorize(u, TRACK_ASSESS, in->state))
		return diag_set(d, ACC_EPERM, -1, "permission denied: '%.*s' may not assess %.*s",
				(int)tk_who(u).len, tk_who(u).s, (int)in->state.len, in->state.s);
	return ACC_OK;
}

static void json_score(struct json *j, int score)
{
	if (score == TRACK_NONE)
		json_null(j);
	else
		json_int(j, score);
}

/* The current assessment of the pair as JSON ("" when never assessed). */
static int current_json(sqlite3 *db, Arena *a, int64_t clause_id, Str state, Str *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	*out = S("");
	int rc = tk_prepare(db,
			    "SELECT id, score, note, user_name, created_at FROM track_assessments"
			    " WHERE clause_id = ?1 AND state = ?2 ORDER BY id DESC LIMIT 1",
			    &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, clause_id);
	tk_bind(s, 2, state);
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW) {
		struct buf b;
		struct json j;
		buf_init(&b);
		json_init(&j, &b, false);
		json_obj(&j);
		json_key(&j, "assessment");
		json_int(&j, sqlite3_column_int64(s, 0));
		json_key(&j, "score");
		json_score(&j, sqlite3_column_type(s, 1) == SQLITE_NULL ? TRACK_NONE : sqlite3_column_int(s, 1));
		json_key(&j, "note");
		json_str(&j, tk_col(a, s, 2));
		json_key(&j, "by");
		json_str(&j, tk_col(a, s, 3));
		json_key(&j, "at");
		json_str(&j, tk_col(a, s, 4));
		json_obj_end(&j);
		*out = arena_str(a, buf_str(&b));
		buf_release(&b);
	} else if (r != SQLITE_DONE) {
		rc = store_err(db, d, "cannot read the assessment");
	}
	sqlite3_finalize(s);
	return rc;
}

static void json_evidence(struct json *j, const struct track_evidence *ev)
{
	json_obj(j);
	json_key(j, "date");
	json_str(j, ev->date.len ? ev->date : STR_NULL);
	json_key(j, "title");
	json_str(j, ev->title);
	json_key(j, "url");
	json_str(j, ev->url.len ? ev->url : STR_NULL);
	json_key(j, "excerpt");
	json_str(j, ev->excerpt.len ? ev->excerpt : STR_NULL);
	json_obj_end(j);
}

static int insert_evidence(sqlite3 *db, Arena *a, const struct track_user *u, int64_t clause_id, Str state,
			   int64_t assessment, const struct track_evidence *ev, int64_t now, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = tk_prepare(db,
			    "INSERT INTO track_evidence(clause_id, state, assessment_id, date, title, url, excerpt,"
			    " user_name, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
			    &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, clause_id);
	tk_bind(s, 2, state);
	if (assessment)
		sqlite3_bind_int64(s, 3, assessment);
	tk_bind(s, 4, ev->date.len ? ev->date : STR_NULL);
	tk_bind(s, 5, ev->title);
	tk_bind(s, 6, ev->url.len ? ev->url : STR_NULL);
	tk_bind(s, 7, ev->excerpt.len ? ev->excerpt : STR_NULL);
	tk_bind(s, 8, tk_who(u));
	tk_bind(s, 9, track_time_iso(a, now));
	if (sqlite3_step(s) != SQLITE_DONE)
		rc = store_err(db, d, "cannot add the evidence");
	sqlite3_finalize(s);
	return rc;
}

int track_assess(sqlite3 *db, Arena *a, const struct track_user *u, const struct track_assess_in *in,
		 int64_t now, int64_t *id, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	Str object = pair_object(a, in->clause_id, in->state), before;
	int began = 0, rc = track_assess_check(db, a, u, in, d);
	if (rc == ACC_EPERM)
		return track_require(db, u, TRACK_ASSESS, in->state, object, now, d);
	if (rc || (rc = tk_begin(db, &began, d)))
		return rc;
	if ((rc = current_json(db, a, in->clause_id, in->state, &before, d)))
		goto out;
	if ((rc = tk_prepare(db,
			     "INSERT INTO track_assessments(clause_id, state, score, note, user_id, user_name, created_at)"
			     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
			     &s, d)))
		goto out;
	sqlite3_bind_int64(s, 1, in->clause_id);
	tk_bind(s, 2, in->state);
	if (in->score != TRACK_NONE)
		sqlite3_bind_int(s, 3, in->score);
	tk_bind(s, 4, in->note.s ? in->note : S(""));
	if (u && u->id)
		sqlite3_bind_int64(s, 5, u->id);
	tk_bind(s, 6, tk_who(u));
	tk_bind(s, 7, track_time_iso(a, now));
	if (sqlite3_step(s) != SQLITE_DONE) {
		rc = store_err(db, d, "cannot add the assessment");
		goto out;
	}
	int64_t row = sqlite3_last_insert_rowid(db);
	if (id)
		*id = row;
	if (in->ev.title.len && (rc = insert_evidence(db, a, u, in->clause_id, in->state, row, &in->ev, now, d)))
		goto out;
	struct buf b;
	struct json j;
	buf_init(&b);
	json_init(&j, &b, false);
	json_obj(&j);
	json_key(&j, "assessment");
	json_int(&j, row);
	json_key(&j, "score");
	json_score(&j, in->score);
	json_key(&j, "note");
	json_str(&j, in->note.s ? in->note : S(""));
	if (in->ev.title.len) {
		json_key(&j, "evidence");
		json_evidence(&j, &in->ev);
	}
	json_obj_end(&j);
	Str after = arena_str(a, buf_str(&b));
	buf_release(&b);
	rc = track_audit_append(db, u, S("assess"), object, before, after, S("ok"), now, d);
out:
	sqlite3_finalize(s);
	return tk_end(db, began, rc, d);
}

int track_evidence_add(sqlite3 *db, Arena *a, const struct track_user *u, int64_t clause_id, Str state,
		       const struct track_evidence *ev, int64_t now, struct diag *d)
{
	Str object = pair_object(a, clause_id, state);
	int began = 0, rc;
	if (!ev->title.len)
		return diag_set(d, ACC_EINVAL, -1, "evidence needs a title");
	if ((rc = evidence_ok(ev, d)) || (rc = pair_ok(db, clause_id, state, d)) ||
	    (rc = track_require(db, u, TRACK_ADD_EVIDENCE, state, object, now, d)) || (rc = tk_begin(db, &began, d)))
		return rc;
	if ((rc = insert_evidence(db, a, u, clause_id, state, 0, ev, now, d)))
		goto out;
	struct buf b;
	struct json j;
	buf_init(&b);
	json_init(&j, &b, false);
	json_evidence(&j, ev);
	Str after = arena_str(a, buf_str(&b));
	buf_release(&b);
	rc = track_audit_append(db, u, S("evidence.add"), object, S(""), after, S("ok"), now, d);
out:
	return tk_end(db, began, rc, d);
}

int track_comment_add(sqlite3 *db, Arena *a, const struct track_user *u, int64_t clause_id, Str state,
		      Str text, int64_t now, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	Str object = pair_object(a, clause_id, state);
	int began = 0, rc;
	if (!str_trim(text).len)
		return diag_set(d, ACC_EINVAL, -1, "empty comment");
	if ((rc = text_ok(text, TRACK_NOTE_MAX, "comment", d)) || (rc = pair_ok(db, clause_id, state, d)) ||
	    (rc = track_require(db, u, TRACK_COMMENT, state, object, now, d)) || (rc = tk_begin(db, &began, d)))
		return rc;
	if ((rc = tk_prepare(db,
			     "INSERT INTO track_comments(clause_id, state, text, user_name, created_at)"
			     " VALUES (?1, ?2, ?3, ?4, ?5)",
			     &s, d)))
		goto out;
	sqlite3_bind_int64(s, 1, clause_id);
	tk_bind(s, 2, state);
	tk_bind(s, 3, text);
	tk_bind(s, 4, tk_who(u));
	tk_bind(s, 5, track_time_iso(a, now));
	if (sqlite3_step(s) != SQLITE_DONE) {
		rc = store_err(db, d, "cannot add the comment");
		goto out;
	}
	struct buf b;
	struct json j;
	buf_init(&b);
	json_init(&j, &b, false);
	json_obj(&j);
	json_key(&j, "comment");
	json_str(&j, text);
	json_obj_end(&j);
	Str after = arena_str(a, buf_str(&b));
	buf_release(&b);
	rc = track_audit_append(db, u, S("comment"), object, S(""), after, S("ok"), now, d);
out:
	sqlite3_finalize(s);
	return tk_end(db, began, rc, d);
}

int track_assess_history(sqlite3 *db, Arena *a, int64_t clause_id, Str state, struct store_table *out,
			 struct diag *d)
{
	Str args[2] = { arena_printf(a, "%lld", (long long)clause_id), state };
	return tk_table(db, a,
			"SELECT id, score, note, user_name AS user, created_at AS at FROM track_assessments"
			" WHERE clause_id = CAST(?1 AS INTEGER) AND state = ?2 ORDER BY id",
			args, 2, out, d);
}

int track_evidence_list(sqlite3 *db, Arena *a, int64_t clause_id, Str state, struct store_table *out,
			struct diag *d)
{
	Str args[2] = { arena_printf(a, "%lld", (long long)clause_id), state };
	return tk_table(db, a,
			"SELECT id, date, title, url, excerpt, user_name AS user, created_at AS at FROM track_evidence"
			" WHERE clause_id = CAST(?1 AS INTEGER) AND state = ?2 ORDER BY id",
			args, 2, out, d);
}

int track_comment_list(sqlite3 *db, Arena *a, int64_t clause_id, Str state, struct store_table *out,
		       struct diag *d)
{
	Str args[2] = { arena_printf(a, "%lld", (long long)clause_id), state };
	return tk_table(db, a,
			"SELECT id, text, user_name AS user, created_at AS at FROM track_comments"
			" WHERE clause_id = CAST(?1 AS INTEGER) AND state = ?2 ORDER BY id",
			args, 2, out, d);
}
