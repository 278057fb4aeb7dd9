/* store.c: opening and closing the registry, and the helpers every part shares */
#include "store.h"
#include "../base/token.h"

#include <sodium.h>
#include <string.h>

int store_err(sqlite3 *db, struct diag *d, const char *what)
{
	return diag_set(d, ACC_EDB, -1, "%s: %s", what, db ? sqlite3_errmsg(db) : "out of memory");
}

/* Pragmas for every connection: foreign keys are per connection; WAL is
 * kept in the file once set; NORMAL sync is durable against a crash of the
 * process (the kill test), and fast. */
static const char pragmas[] =
	"PRAGMA foreign_keys = ON;\n"
	"PRAGMA journal_mode = WAL;\n"
	"PRAGMA synchronous = NORMAL;\n"
	"PRAGMA temp_store = MEMORY;\n";

int store_init(struct store *st, const char *path, struct diag *d)
{
	memset(st, 0, sizeof *st);
	int rc = ACC_OK;
	if (sodium_init() < 0)
		return diag_set(d, ACC_EDB, -1, "cannot initialise libsodium");
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		rc = store_err(st->db, d, "cannot open");
		goto out;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, STORE_BUSY_MS);
	if (sqlite3_exec(st->db, pragmas, NULL, NULL, NULL) != SQLITE_OK) {
		rc = store_err(st->db, d, "cannot set up");
		goto out;
	}
	rc = store_migrate(st->db, d);
out:
	if (rc)
		store_release(st);
	return rc;
}

void store_release(struct store *st)
{
	for (int i = 0; i < STORE_MAX_STMTS; i++)
		sqlite3_finalize(st->stmt[i]);
	for (int t = 0; t < STORE_ROW_TABLES; t++)
		for (int i = 0; i <= STORE_MAX_ROWS; i++)
			sqlite3_finalize(st->rows[t][i]);
	sqlite3_close(st->db);
	memset(st, 0, sizeof *st);
}

void store_sha256_hex(Str data, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, (const unsigned char *)data.s, (unsigned long long)data.len);
	for (int i = 0; i < 32; i++) {
		out[2 * i] = hex[h[i] >> 4];
		out[2 * i + 1] = hex[h[i] & 15];
	}
	out[64] = 0;
}

Str store_fold(Arena *a, Str s)
{
	struct buf b;
	buf_init(&b);
	ptrdiff_t off = 0;
	struct token t;
	while (tok_next(s, &off, &t)) {
		if (t.kind == TOK_PUNCT)
			continue;
		if (b.len)
			buf_putc(&b, ' ');
		buf_put(&b, tok_fold(a, (Str){ s.s + t.off, t.len }));
	}
	Str r = arena_str(a, buf_str(&b));
	buf_release(&b);
	return r;
}
