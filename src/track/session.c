/* session.c: login with rate limiting, sessions, CSRF tokens
 *
 * A session token is 32 random bytes (base64url); the database keeps only
 * its SHA-256, so a leaked database gives no live session.  Failed logins
 * are rows of track_login_failures, one per account ('user', name) and one
 * per address ('addr', addr); rows older than the window are pruned at each
 * login.  A locked account or address is refused before any password is
 * checked, so a locked attacker learns nothing and costs no Argon2 time.
 */
#include "track-int.h"

#include <sodium.h>
#include <string.h>

/* Failures of (kind, key) within the window, and the oldest one's time. */
static int failures(sqlite3 *db, const char *kind, Str key, int64_t now, int *n, int64_t *oldest,
		    struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = tk_prepare(db,
			    "SELECT count(*), min(at) FROM track_login_failures WHERE kind = ?1 AND key = ?2 AND at > ?3",
			    &s, d);
	if (rc)
		return rc;
	sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
	tk_bind(s, 2, key);
	sqlite3_bind_int64(s, 3, now - TRACK_LOCK_WINDOW);
	if (sqlite3_step(s) == SQLITE_ROW) {
		*n = sqlite3_column_int(s, 0);
		*oldest = sqlite3_column_int64(s, 1);
	} else {
		rc = store_err(db, d, "cannot read login failures");
	}
	sqlite3_finalize(s);
	return rc;
}

/* Run sql with ?1 = kind, ?2 = key, ?3 = at, those it has (by number: "?3"
 * alone still counts three parameters). */
static int run(sqlite3 *db, const char *sql, const char *kind, Str key, int64_t at, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = tk_prepare(db, sql, &s, d);
	if (rc)
		return rc;
	if (sqlite3_bind_parameter_count(s) >= 1)
		sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
	if (sqlite3_bind_parameter_count(s) >= 2)
		tk_bind(s, 2, key);
	if (sqlite3_bind_parameter_count(s) >= 3)
		sqlite3_bind_int64(s, 3, at);
	if (sqlite3_step(s) != SQLITE_DONE)
		rc = store_err(db, d, "cannot record the login");
	sqlite3_finalize(s);
	return rc;
}

int track_login(sqlite3 *db, Arena *a, Str name, Str password, Str addr, int64_t now,
		struct track_login *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	memset(out, 0, sizeof *out);
	out->result = TRACK_LOGIN_BAD;
	int nu = 0, na = 0, began = 0, rc;
	int64_t ou = 0, oa = 0;
	if ((rc = run(db, "DELETE FROM track_login_failures WHERE at <= ?3", NULL, STR_NULL, now - TRACK_LOCK_WINDOW,
		      d)) ||
	    (rc = failures(db, "user", name, now, &nu, &ou, d)) || (rc = failures(db, "addr", addr, now, &na, &oa, d)))
		return rc;
	if (nu >= TRACK_LOCK_USER || na >= TRACK_LOCK_ADDR) {
		int64_t until = 0;
		if (nu >= TRACK_LOCK_USER)
			until = ou + TRACK_LOCK_WINDOW;
		if (na >= TRACK_LOCK_ADDR && oa + TRACK_LOCK_WINDOW > until)
			until = oa + TRACK_LOCK_WINDOW;
		out->result = TRACK_LOGIN_LOCKED;
		out->retry_after = until > now ? until - now : 1;
		return ACC_OK;
	}
	bool good = false;
	if ((rc = tk_prepare(db, "SELECT id, pwhash, disabled FROM track_users WHERE name = ?1", &s, d)))
		return rc;
	tk_bind(s, 1, name);
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW && password.len <= TRACK_PASSWORD_MAX) {
		const char *h = (const char *)sqlite3_column_text(s, 1);
		good = h && !sqlite3_column_int(s, 2) &&
		       crypto_pwhash_str_verify(h, password.s ? password.s : "", (unsigned long long)password.len) == 0;
	} else if (r != SQLITE_ROW && r != SQLITE_DONE) {
		rc = store_err(db, d, "cannot read users");
	}
	sqlite3_finalize(s);
	if (r == SQLITE_DONE) {
		/* No such user: spend the time a hash check takes, so that the
		 * answer's delay does not tell which names exist. */
		char waste[crypto_pwhash_STRBYTES];
		track_pwhash(S("not a password at all"), waste, sizeof waste, NULL);
	}
	if (rc || (rc = tk_begin(db, &began, d)))
		return rc;
	if (!good) {
		static const char fail[] = "INSERT INTO track_login_failures(kind, key, at) VALUES (?1, ?2, ?3)";
		if (!(rc = run(db, fail, "user", name, now, d)))
			rc = run(db, fail, "addr", addr, now, d);
		goto out;
	}
	if ((rc = run(db, "DELETE FROM track_login_failures WHERE kind = ?1 AND key = ?2", "user", name, 0, d)) ||
	    (rc = track_user_get(db, a, name, &out->user, d)) ||
	    (rc = track_session_create(db, out->user.id, now, out->session, d)))
		goto out;
	out->result = TRACK_LOGIN_OK;
out:
	return tk_end(db, began, rc, d);
}

int track_session_create(sqlite3 *db, int64_t user_id, int64_t now, char out[TRACK_TOKEN_LEN + 1],
			 struct diag *d)
{
	sqlite3_stmt *s = NULL;
	char hash[65];
	tk_random_token(out);
	store_sha256_hex(str_c(out), hash);
	int rc = tk_prepare(db,
			    "INSERT INTO track_sessions(hash, user_id, created, expires) VALUES (?1, ?2, ?3, ?4)",
			    &s, d);
	if (!rc) {
		sqlite3_bind_text(s, 1, hash, 64, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, user_id);
		sqlite3_bind_int64(s, 3, now);
		sqlite3_bind_int64(s, 4, now + TRACK_SESSION_TTL);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = store_err(db, d, "cannot create the session");
	}
	sqlite3_finalize(s);
	if (rc)
		sodium_memzero(out, TRACK_TOKEN_LEN + 1);
	return rc;
}

int track_session_lookup(sqlite3 *db, Arena *a, Str token, int64_t now, struct track_user *out,
			 struct diag *d)
{
	return tk_user_by_hash(db, a,
			       "SELECT u.id, u.name, u.role, u.state FROM track_sessions s"
			       " JOIN track_users u ON u.id = s.user_id"
			       " WHERE s.hash = ?1 AND s.expires > ?2 AND NOT u.disabled",
			       token, now, out, d);
}

int track_session_destroy(sqlite3 *db, Str token, struct diag *d)
{
	char hash[65];
	store_sha256_hex(token, hash);
	return run(db, "DELETE FROM track_sessions WHERE hash = ?2", NULL, str_c(hash), 0, d);
}

void track_csrf_token(Str session, char out[TRACK_TOKEN_LEN + 1])
{
	static const char ctx[] = "accord csrf v1";
	unsigned char key[crypto_generichash_KEYBYTES], md[32];
	/* The key is the session token hashed to the key size (a token of any length works). */
	crypto_generichash(key, sizeof key, (const unsigned char *)session.s, (unsigned long long)session.len, NULL, 0);
	crypto_generichash(md, sizeof md, (const unsigned char *)ctx, sizeof ctx - 1, key, sizeof key);
	sodium_bin2base64(out, TRACK_TOKEN_LEN + 1, md, sizeof md, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(key, sizeof key);
}

bool track_csrf_check(Str session, Str csrf)
{
	char want[TRACK_TOKEN_LEN + 1];
	if (!session.len || csrf.len != TRACK_TOKEN_LEN)
		return false;
	track_csrf_token(session, want);
	return sodium_memcmp(want, csrf.s, TRACK_TOKEN_LEN) == 0;
}
