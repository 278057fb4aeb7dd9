/* users.c: users, roles, passwords (Argon2id) and API tokens */
#include "track-int.h"
#include "../base/json.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int track_pwhash(Str password, char *out, size_t cap, struct diag *d)
{
	if (cap < crypto_pwhash_STRBYTES)
		return diag_set(d, ACC_EINVAL, -1, "password hash buffer too small");
	if (password.len < TRACK_PASSWORD_MIN)
		return diag_set(d, ACC_EINVAL, -1, "password too short (at least %d bytes)", TRACK_PASSWORD_MIN);
	if (password.len > TRACK_PASSWORD_MAX)
		return diag_set(d, ACC_ETOOBIG, -1, "password too long (at most %d bytes)", TRACK_PASSWORD_MAX);
	/* ACCORD_PWHASH_FAST=1: libsodium's minimum limits, for tests only. */
	const char *fast = getenv("ACCORD_PWHASH_FAST");
	bool cheap = fast && !strcmp(fast, "1");
	unsigned long long ops = cheap ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
	size_t mem = cheap ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
	if (crypto_pwhash_str_alg(out, password.s, (unsigned long long)password.len, ops, mem,
				  crypto_pwhash_ALG_ARGON2ID13))
		return diag_set(d, ACC_EINVAL, -1, "cannot hash the password (out of memory)");
	return ACC_OK;
}

static bool name_ok(Str s)
{
	if (s.len < 1 || s.len > TRACK_NAME_MAX)
		return false;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		char c = s.s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
		      c == '_' || c == '-' || c == '@'))
			return false;
	}
	return true;
}

/* The JSON of a user for the audit log (never the password hash). */
static Str user_json(Arena *a, Str name, int role, Str state, bool disabled)
{
	struct buf b;
	struct json j;
	buf_init(&b);
	json_init(&j, &b, false);
	json_obj(&j);
	json_key(&j, "name");
	json_str(&j, name);
	json_key(&j, "role");
	json_cstr(&j, track_role_name(role));
	json_key(&j, "state");
	json_str(&j, state.len ? state : STR_NULL);
	json_key(&j, "disabled");
	json_bool(&j, disabled);
	json_obj_end(&j);
	Str r = arena_str(a, buf_str(&b));
	buf_release(&b);
	return r;
}

static Str object(Arena *a, Str name)
{
	return arena_printf(a, "user:%.*s", (int)name.len, name.s);
}

int track_user_count(sqlite3 *db, int64_t *n, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = tk_prepare(db, "SELECT count(*) FROM track_users", &s, d);
	if (!rc) {
		if (sqlite3_step(s) == SQLITE_ROW)
			*n = sqlite3_column_int64(s, 0);
		else
			rc = store_err(db, d, "cannot count users");
	}
	sqlite3_finalize(s);
	return rc;
}

int track_user_add(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, int role, Str state,
		   Str password, int64_t now, struct diag *d)
{
	char hash[crypto_pwhash_STRBYTES];
	sqlite3_stmt *s = NULL;
	int rc, began = 0;
	if (!name_ok(name))
		return diag_set(d, ACC_EINVAL, -1,
				"bad user name '%.*s' (1 to %d of letters, digits, '.', '_', '-', '@')",
				(int)(name.len > 80 ? 80 : name.len), name.s ? name.s : "", TRACK_NAME_MAX);
	if (role < TRACK_ADMIN || role > TRACK_ANALYST)
		return diag_set(d, ACC_EINVAL, -1, "bad role (admin, focal or analyst)");
	if (role == TRACK_FOCAL && !track_state_ok(state))
		return diag_set(d, ACC_EINVAL, -1, "a focal point needs its state (ISO alpha-3 such as KGZ)");
	if (role != TRACK_FOCAL && state.len)
		return diag_set(d, ACC_EINVAL, -1, "only a focal point is bound to a state");
	if ((rc = track_require(db, actor, TRACK_MANAGE_USERS, state, object(a, name), now, d)))
		return rc;
	if ((rc = track_pwhash(password, hash, sizeof hash, d)))
		return rc;
	if ((rc = tk_begin(db, &began, d)))
		return rc;
	if ((rc = tk_prepare(db,
			     "INSERT INTO track_users(name, role, state, pwhash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
			     &s, d)))
		goto out;
	tk_bind(s, 1, name);
	sqlite3_bind_text(s, 2, track_role_name(role), -1, SQLITE_STATIC);
	tk_bind(s, 3, state.len ? state : STR_NULL);
	sqlite3_bind_text(s, 4, hash, -1, SQLITE_TRANSIENT);
	tk_bind(s, 5, track_time_iso(a, now));
	int r = sqlite3_step(s);
	if (r == SQLITE_CONSTRAINT_UNIQUE) {
		rc = diag_set(d, ACC_ECONFLICT, -1, "user '%.*s' exists already", (int)name.len, name.s);
		goto out;
	}
	if (r != SQLITE_DONE) {
		rc = store_err(db, d, "cannot add the user");
		goto out;
	}
	rc = track_audit_append(db, actor, S("user.add"), object(a, name), S(""),
				user_json(a, name, role, state, false), S("ok"), now, d);
out:
	sodium_memzero(hash, sizeof hash);
	sqlite3_finalize(s);
	return tk_end(db, began, rc, d);
}

int track_user_get(sqlite3 *db, Arena *a, Str name, struct track_user *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	memset(out, 0, sizeof *out);
	int rc = tk_prepare(db, "SELECT id, name, role, state, disabled FROM track_users WHERE name = ?1", &s, d);
	if (rc)
		return rc;
	tk_bind(s, 1, name);
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW) {
		out->id = sqlite3_column_int64(s, 0);
		out->name = tk_col(a, s, 1);
		out->role = track_role_parse(tk_col(a, s, 2));
		Str st = tk_col(a, s, 3);
		if (track_state_ok(st))
			memcpy(out->state, st.s, 3);
		out->disabled = sqlite3_column_int(s, 4) != 0;
	} else if (r == SQLITE_DONE) {
		rc = diag_set(d, ACC_ENOTFOUND, -1, "no user '%.*s'", (int)(name.len > 80 ? 80 : name.len),
			      name.s ? name.s : "");
	} else {
		rc = store_err(db, d, "cannot read users");
	}
	sqlite3_finalize(s);
	return rc;
}

int track_user_list(sqlite3 *db, Arena *a, struct store_table *out, struct diag *d)
{
	return tk_table(db, a,
			"SELECT u.id, u.name, u.role, u.state, u.disabled, u.created_at,"
			" (SELECT count(*) FROM track_tokens t WHERE t.user_id = u.id AND NOT t.revoked) AS tokens"
			" FROM track_users u ORDER BY u.name",
			NULL, 0, out, d);
}

/* Authorize a change to target's credentials: admin, or the user themself. */
static int may_change(sqlite3 *db, Arena *a, const struct track_user *actor, const struct track_user *target,
		      int64_t now, struct diag *d)
{
	int act = actor && actor->id && actor->id == target->id ? TRACK_OWN_CREDENTIALS : TRACK_MANAGE_USERS;
	return track_require(db, actor, act, S(""), object(a, target->name), now, d);
}

static int exec1(sqlite3 *db, const char *sql, int64_t id, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = tk_prepare(db, sql, &s, d);
	if (!rc) {
		sqlite3_bind_int64(s, 1, id);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = store_err(db, d, "cannot update the user");
	}
	sqlite3_finalize(s);
	return rc;
}

int track_user_passwd(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, Str password,
		      int64_t now, struct diag *d)
{
	struct track_user t;
	char hash[crypto_pwhash_STRBYTES];
	sqlite3_stmt *s = NULL;
	int began = 0, rc = track_user_get(db, a, name, &t, d);
	if (rc || (rc = may_change(db, a, actor, &t, now, d)) || (rc = track_pwhash(password, hash, sizeof hash, d)))
		return rc;
	if ((rc = tk_begin(db, &began, d)))
		return rc;
	if ((rc = tk_prepare(db, "UPDATE track_users SET pwhash = ?2 WHERE id = ?1", &s, d)))
		goto out;
	sqlite3_bind_int64(s, 1, t.id);
	sqlite3_bind_text(s, 2, hash, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(s) != SQLITE_DONE) {
		rc = store_err(db, d, "cannot set the password");
		goto out;
	}
	if ((rc = exec1(db, "DELETE FROM track_sessions WHERE user_id = ?1", t.id, d)))
		goto out;
	rc = track_audit_append(db, actor, S("user.passwd"), object(a, name), S(""), S("{\"password\":\"changed\"}"),
				S("ok"), now, d);
out:
	sodium_memzero(hash, sizeof hash);
	sqlite3_finalize(s);
	return tk_end(db, began, rc, d);
}

int track_user_disable(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, int64_t now,
		       struct diag *d)
{
	struct track_user t;
	int began = 0, rc = track_user_get(db, a, name, &t, d);
	if (rc || (rc = track_require(db, actor, TRACK_MANAGE_USERS, S(""), object(a, name), now, d)))
		return rc;
	if ((rc = tk_begin(db, &began, d)))
		return rc;
	Str st = str_c(t.state);
	if ((rc = exec1(db, "UPDATE track_users SET disabled = 1 WHERE id = ?1", t.id, d)) ||
	    (rc = exec1(db, "DELETE FROM track_sessions WHERE user_id = ?1", t.id, d)) ||
	    (rc = exec1(db, "UPDATE track_tokens SET revoked = 1 WHERE user_id = ?1", t.id, d)))
		goto out;
	rc = track_audit_append(db, actor, S("user.disable"), object(a, name),
				user_json(a, name, t.role, st, t.disabled), user_json(a, name, t.role, st, true),
				S("ok"), now, d);
out:
	return tk_end(db, began, rc, d);
}

int track_token_create(sqlite3 *db, Arena *a, const struct track_user *actor, Str name, int64_t now,
		       char out[TRACK_TOKEN_LEN + 1], struct diag *d)
{
	struct track_user t;
	sqlite3_stmt *s = NULL;
	char hash[65];
	out[0] = 0;
	int began = 0, rc = track_user_get(db, a, name, &t, d);
	if (rc || (rc = may_change(db, a, actor, &t, now, d)))
		return rc;
	if (t.disabled)
		return diag_set(d, ACC_EINVAL, -1, "user '%.*s' is disabled", (int)name.len, name.s);
	if ((rc = tk_begin(db, &began, d)))
		return rc;
	tk_random_token(out);
	store_sha256_hex(str_c(out), hash);
	if ((rc = tk_prepare(db, "INSERT INTO track_tokens(hash, user_id, created_at) VALUES (?1, ?2, ?3)", &s, d)))
		goto out;
	sqlite3_bind_text(s, 1, hash, 64, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, t.id);
	tk_bind(s, 3, track_time_iso(a, now));
	if (sqlite3_step(s) != SQLITE_DONE) {
		rc = store_err(db, d, "cannot store the token");
		goto out;
	}
	rc = track_audit_append(db, actor, S("user.token"), object(a, name), S(""),
				arena_printf(a, "{\"token\":%lld}", (long long)sqlite3_last_insert_rowid(db)),
				S("ok"), now, d);
out:
	sqlite3_finalize(s);
	if (rc)
		sodium_memzero(out, TRACK_TOKEN_LEN + 1);
	return tk_end(db, began, rc, d);
}

int tk_user_by_hash(sqlite3 *db, Arena *a, const char *sql, Str token, int64_t now, struct track_user *out,
		    struct diag *d)
{
	sqlite3_stmt *s = NULL;
	char hash[65];
	memset(out, 0, sizeof *out);
	if (token.len != TRACK_TOKEN_LEN)
		return diag_set(d, ACC_ENOTFOUND, -1, "no such token");
	store_sha256_hex(token, hash);
	int rc = tk_prepare(db, sql, &s, d);
	if (rc)
		return rc;
	sqlite3_bind_text(s, 1, hash, 64, SQLITE_STATIC);
	if (sqlite3_bind_parameter_count(s) >= 2)
		sqlite3_bind_int64(s, 2, now);
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW) {
		out->id = sqlite3_column_int64(s, 0);
		out->name = tk_col(a, s, 1);
		out->role = track_role_parse(tk_col(a, s, 2));
		Str st = tk_col(a, s, 3);
		if (track_state_ok(st))
			memcpy(out->state, st.s, 3);
	} else if (r == SQLITE_DONE) {
		rc = diag_set(d, ACC_ENOTFOUND, -1, "no such token");
	} else {
		rc = store_err(db, d, "cannot look up the token");
	}
	sqlite3_finalize(s);
	return rc;
}

int track_token_lookup(sqlite3 *db, Arena *a, Str token, struct track_user *out, struct diag *d)
{
	return tk_user_by_hash(db, a,
			       "SELECT u.id, u.name, u.role, u.state FROM track_tokens t"
			       " JOIN track_users u ON u.id = t.user_id"
			       " WHERE t.hash = ?1 AND NOT t.revoked AND NOT u.disabled",
			       token, 0, out, d);
}
