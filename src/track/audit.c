/* audit.c: the append-only audit log, hash-chained, and its verification
 *
 * An entry's hash is the SHA-256 of its canonical serialisation: the fields
 * id, at, who, action, object, before, after, result and prev, each written
 * as its byte length in decimal, ':', its bytes and '\n' (a length prefix,
 * so that no choice of field contents can make two entries serialise
 * alike).  prev is the previous entry's hash, 64 zeros for the first.  The
 * ids are dense (1, 2, 3 ...), chosen here and not by SQLite, so a deleted
 * entry leaves a gap.  track_meta keeps the count and the last hash so that
 * deleting the newest entries is seen too.
 *
 * What this proves: that the log is the one written through this code, as
 * long as nobody rewrote the whole tail after an edit (recomputing every
 * later hash and the head).  Anchoring the head outside the database (a
 * printed or mailed head hash) closes that; see `accord audit verify`.
 */
#include "track-int.h"
#include "../base/json.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zeros[] = "0000000000000000000000000000000000000000000000000000000000000000";

int tk_begin(sqlite3 *db, int *began, struct diag *d)
{
	*began = 0;
	if (!sqlite3_get_autocommit(db))
		return ACC_OK;
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return store_err(db, d, "cannot begin a transaction");
	*began = 1;
	return ACC_OK;
}

int tk_end(sqlite3 *db, int began, int rc, struct diag *d)
{
	if (!began)
		return rc;
	if (rc) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		rc = store_err(db, d, "cannot commit");
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	}
	return rc;
}

int tk_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **s, struct diag *d)
{
	if (sqlite3_prepare_v2(db, sql, -1, s, NULL) != SQLITE_OK)
		return store_err(db, d, "cannot prepare a statement");
	return ACC_OK;
}

int tk_table(sqlite3 *db, Arena *a, const char *sql, const Str *args, int n, struct store_table *out,
	     struct diag *d)
{
	sqlite3_stmt *s = NULL;
	memset(out, 0, sizeof *out);
	int rc = tk_prepare(db, sql, &s, d);
	for (int i = 0; !rc && i < n; i++)
		tk_bind(s, i + 1, args[i]);
	if (!rc)
		rc = store_table_fill(a, db, s, out, d);
	sqlite3_finalize(s);
	return rc;
}

void tk_random_token(char out[TRACK_TOKEN_LEN + 1])
{
	unsigned char r[32];
	randombytes_buf(r, sizeof r);
	sodium_bin2base64(out, TRACK_TOKEN_LEN + 1, r, sizeof r, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(r, sizeof r);
}

static void field(crypto_hash_sha256_state *h, Str v)
{
	char n[24];
	int len = snprintf(n, sizeof n, "%td:", v.len);
	crypto_hash_sha256_update(h, (const unsigned char *)n, (unsigned long long)len);
	if (v.len)
		crypto_hash_sha256_update(h, (const unsigned char *)v.s, (unsigned long long)v.len);
	crypto_hash_sha256_update(h, (const unsigned char *)"\n", 1);
}

/* The hash of an entry whose fields are f[0..8] (id .. prev), as hex. */
static void entry_hash(const Str f[9], char out[65])
{
	crypto_hash_sha256_state h;
	unsigned char md[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_init(&h);
	for (int i = 0; i < 9; i++)
		field(&h, f[i]);
	crypto_hash_sha256_final(&h, md);
	sodium_bin2hex(out, 65, md, sizeof md);
}

static int set_meta(sqlite3 *db, const char *key, Str v, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = tk_prepare(db,
			    "INSERT INTO track_meta(key, value) VALUES (?1, ?2)"
			    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
			    &s, d);
	if (!rc) {
		sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
		tk_bind(s, 2, v);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = store_err(db, d, "cannot write track_meta");
	}
	sqlite3_finalize(s);
	return rc;
}

int track_audit_append(sqlite3 *db, const struct track_user *who, Str action, Str object, Str before,
		       Str after, Str result, int64_t now, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int began, rc = tk_begin(db, &began, d);
	if (rc)
		return rc;
	char prev[65], hash[65], idtxt[24], at[32];
	int64_t id = 1;
	memcpy(prev, zeros, 65);
	if ((rc = tk_prepare(db, "SELECT id, hash FROM track_audit ORDER BY id DESC LIMIT 1", &s, d)))
		goto out;
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0) + 1;
		snprintf(prev, sizeof prev, "%s", (const char *)sqlite3_column_text(s, 1));
	} else if (r != SQLITE_DONE) {
		rc = store_err(db, d, "cannot read the audit log");
		goto out;
	}
	sqlite3_finalize(s);
	s = NULL;
	{
		Arena tmp;
		arena_init(&tmp, 256);
		Str t = track_time_iso(&tmp, now);
		snprintf(at, sizeof at, "%.*s", (int)t.len, t.s);
		arena_release(&tmp);
	}
	snprintf(idtxt, sizeof idtxt, "%lld", (long long)id);
	Str f[9] = { str_c(idtxt), str_c(at), tk_who(who), action, object, before, after, result, str_c(prev) };
	for (int i = 0; i < 9; i++)
		if (!f[i].s)
			f[i] = S("");
	entry_hash(f, hash);
	if ((rc = tk_prepare(db,
			     "INSERT INTO track_audit(id, at, who, action, object, before, after, result, prev, hash)"
			     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
			     &s, d)))
		goto out;
	sqlite3_bind_int64(s, 1, id);
	for (int i = 1; i < 9; i++)
		tk_bind(s, i + 1, f[i]);
	sqlite3_bind_text(s, 10, hash, 64, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		rc = store_err(db, d, "cannot append to the audit log");
		goto out;
	}
	if ((rc = set_meta(db, "audit_n", str_c(idtxt), d)) || (rc = set_meta(db, "audit_head", str_c(hash), d)))
		goto out;
out:
	sqlite3_finalize(s);
	return tk_end(db, began, rc, d);
}

static Str col(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? (Str){ (const char *)t, sqlite3_column_bytes(s, i) } : S("");
}

static int meta(sqlite3 *db, const char *key, char *out, size_t cap, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	out[0] = 0;
	int rc = tk_prepare(db, "SELECT value FROM track_meta WHERE key = ?1", &s, d);
	if (!rc) {
		sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
			snprintf(out, cap, "%s", (const char *)sqlite3_column_text(s, 0));
	}
	sqlite3_finalize(s);
	return rc;
}

int track_audit_verify(sqlite3 *db, struct track_verify *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *s = NULL;
	char prev[65], hash[65], head_n[32], head[80];
	int64_t want = 1;
	memcpy(prev, zeros, 65);
	/* One read transaction: a consistent snapshot of the log and its head. */
	int began = sqlite3_get_autocommit(db);
	if (began && sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return store_err(db, d, "cannot read the audit log");
	int rc = tk_prepare(db,
			    "SELECT id, at, who, action, object, before, after, result, prev, hash"
			    " FROM track_audit ORDER BY id",
			    &s, d);
	if (rc)
		goto out;
	int r;
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		char idtxt[24];
		snprintf(idtxt, sizeof idtxt, "%lld", (long long)id);
		Str f[9] = { str_c(idtxt), col(s, 1), col(s, 2), col(s, 3), col(s, 4),
			     col(s, 5), col(s, 6), col(s, 7), col(s, 8) };
		Str stored = col(s, 9);
		if (id != want) {
			out->bad_id = want;
			snprintf(out->why, sizeof out->why, "entry %lld is missing (deleted); the next is %lld",
				 (long long)want, (long long)id);
			goto out;
		}
		entry_hash(f, hash);
		if (!str_eq(stored, str_c(hash))) {
			out->bad_id = id;
			snprintf(out->why, sizeof out->why, "entry %lld was edited: its hash does not match its contents",
				 (long long)id);
			goto out;
		}
		if (!str_eq(f[8], str_c(prev))) {
			out->bad_id = id - 1;
			snprintf(out->why, sizeof out->why,
				 "entry %lld was edited or replaced: entry %lld does not chain to it",
				 (long long)(id - 1), (long long)id);
			goto out;
		}
		memcpy(prev, hash, 65);
		out->n++;
		want++;
	}
	if (r != SQLITE_DONE) {
		rc = store_err(db, d, "cannot read the audit log");
		goto out;
	}
	if ((rc = meta(db, "audit_n", head_n, sizeof head_n, d)) || (rc = meta(db, "audit_head", head, sizeof head, d)))
		goto out;
	long long n = head_n[0] ? atoll(head_n) : 0;
	if (out->n)
		memcpy(out->head, prev, 65);
	if (n > out->n) {
		out->bad_id = out->n + 1;
		snprintf(out->why, sizeof out->why, "entry %lld is missing (deleted): the log had %lld entries",
			 (long long)out->bad_id, n);
	} else if (n < out->n || (n && strcmp(head, prev))) {
		out->bad_id = out->n;
		snprintf(out->why, sizeof out->why, "entry %lld does not match the log's recorded head",
			 (long long)out->n);
	}
out:
	sqlite3_finalize(s);
	if (began)
		sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	return rc;
}

int track_audit_find(sqlite3 *db, Str hash, int64_t *id, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	*id = 0;
	int rc = tk_prepare(db, "SELECT id FROM track_audit WHERE hash = ?1 ORDER BY id LIMIT 1", &s, d);
	if (rc)
		return rc;
	tk_bind(s, 1, hash);
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	else if (r != SQLITE_DONE)
		rc = store_err(db, d, "cannot read the audit log");
	sqlite3_finalize(s);
	return rc;
}

int track_audit_list(sqlite3 *db, Arena *a, int64_t limit, struct store_table *out, struct diag *d)
{
	char lim[24];
	snprintf(lim, sizeof lim, "%lld", (long long)(limit > 0 ? limit : -1));
	Str arg = str_c(lim);
	return tk_table(db, a,
			"SELECT id, at, who, action, object, result, before, after, hash FROM track_audit"
			" ORDER BY id DESC LIMIT CAST(?1 AS INTEGER)",
			&arg, 1, out, d);
}
