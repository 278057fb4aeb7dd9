/* track-int.h: helpers the files of track share (SQLite binding, columns) */
#ifndef ACCORD_TRACK_INT_H
#define ACCORD_TRACK_INT_H

#include "track.h"

/* Bind s to parameter i (SQL NULL when s.s is NULL). */
static inline int tk_bind(sqlite3_stmt *s, int i, Str v)
{
	if (!v.s)
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_text(s, i, v.s, (int)v.len, SQLITE_TRANSIENT);
}

/* Column i of the current row as a Str copied into a (NULL -> .s NULL). */
static inline Str tk_col(Arena *a, sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	if (!t)
		return STR_NULL;
	return arena_str(a, (Str){ (const char *)t, sqlite3_column_bytes(s, i) });
}

/* The writer's name for audit entries and author columns. */
static inline Str tk_who(const struct track_user *u)
{
	return u && u->name.len ? u->name : S("anonymous");
}

/* Begin a write transaction unless one is open; *began says whether this
 * call began it (and so must end it with tk_end). */
int tk_begin(sqlite3 *db, int *began, struct diag *d);
/* Commit (rc == 0) or roll back what tk_begin began; returns rc, or
 * ACC_EDB when the commit failed. */
int tk_end(sqlite3 *db, int began, int rc, struct diag *d);
/* Prepare sql, bind the Strs of args (n of them) to ?1..?n. */
int tk_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **s, struct diag *d);
/* Fill a table from sql with Str parameters ?1.. (n of them). */
int tk_table(sqlite3 *db, Arena *a, const char *sql, const Str *args, int n, struct store_table *out,
	     struct diag *d);
/* Make a random token: 32 bytes, base64url without padding. */
void tk_random_token(char out[TRACK_TOKEN_LEN + 1]);
/* The enabled user of the row sql finds with ?1 = the SHA-256 hex of token
 * (and ?2 = now, when sql has it); columns id, name, role, state. */
int tk_user_by_hash(sqlite3 *db, Arena *a, const char *sql, Str token, int64_t now, struct track_user *out,
		    struct diag *d);

#endif
