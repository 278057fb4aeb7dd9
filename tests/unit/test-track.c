/* test-track.c: implementation tracking: figures of a fixture with scores
 * known by hand, every role against every write, the audit chain (intact,
 * then edited and deleted rows named), login rate limits, sessions, CSRF,
 * the CSV reader, the import dry run, the iCalendar */
#include "test.h"
#include "store/store.h"
#include "track/track.h"

#include <math.h>
#include <stdlib.h>

#define NOW 1790000000   /* 2026-09-21T14:13:20Z */

static int64_t q(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *s = NULL;
	int64_t v = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* Two summits.  Summit 1 (participants KGZ, UZB, KAZ), document 1:
 *   c1 section I,  energy + trade, actors KGZ UZB KAZ
 *   c2 section I,  energy,         actors KGZ UZB
 *   c3 section II, trade,          no actors: binds the participants KGZ UZB KAZ
 *   c4 section II, not a commitment, actor KGZ
 * Summit 2, document 2: c5 section I, energy, actors KGZ UZB. */
static const char fixture[] =
	"INSERT INTO summits(id, key, name, start_date) VALUES (1, 's|2025', 'Summit One', '2025-06-17'),"
	" (2, 's|2023', 'Summit Zero', '2023-05-19');\n"
	"INSERT INTO summit_participants VALUES (1, 'KGZ'), (1, 'UZB'), (1, 'KAZ'), (2, 'KGZ'), (2, 'UZB');\n"
	"INSERT INTO documents(id, source, sha256, bytes, format, title, kind, summit_id, text, nfacts, ingested_at)"
	" VALUES (1, '/d1', 'x', 1, 'text', 'Declaration One', 'declaration', 1, 'text', 0, 'now'),"
	" (2, '/d2', 'y', 1, 'text', 'Declaration Zero', 'declaration', 2, 'text', 0, 'now');\n"
	"INSERT INTO clauses(id, doc_id, seq, node, section, text, normalised_text, commitment, off, len, src_off, src_len)"
	" VALUES (1, 1, 1, 1, 'I', 'The parties will build a power line.', 'x', 1, 0, 1, 0, 1),"
	" (2, 1, 2, 2, 'I', 'The parties will build a dam, \"big\"; soon.', 'x', 1, 0, 1, 0, 1),"
	" (3, 1, 3, 3, 'II', 'The parties will cut tariffs by 2030.', 'x', 1, 0, 1, 0, 1),"
	" (4, 1, 4, 4, 'II', 'The parties note the weather.', 'x', 0, 0, 1, 0, 1),"
	" (5, 2, 1, 1, 'I', 'The parties will study energy.', 'x', 1, 0, 1, 0, 1);\n"
	"INSERT INTO clause_actors VALUES (1, 'KGZ'), (1, 'UZB'), (1, 'KAZ'), (2, 'KGZ'), (2, 'UZB'), (4, 'KGZ'),"
	" (5, 'KGZ'), (5, 'UZB');\n"
	"INSERT INTO clause_areas VALUES (1, 'energy'), (1, 'trade'), (2, 'energy'), (3, 'trade'), (5, 'energy');\n"
	"INSERT INTO clause_targets VALUES (3, '2030');\n"
	"INSERT INTO events(id, doc_id, seq, type, date, summary, off, len, src_off, src_len)"
	" VALUES (1, 1, 1, 'summit', '2027-06', 'Third summit; in Beijing, China', 0, 1, 0, 1),"
	" (2, 1, 2, 'meeting', '2020-01-01', 'A past meeting', 0, 1, 0, 1);\n";

static const struct track_user admin = { 0, { "root", 4 }, TRACK_ADMIN, "", false };

static bool open_fixture(struct store *st, int *failed_)
{
	struct diag d;
	diag_clear(&d);
	setenv("ACCORD_PWHASH_FAST", "1", 1);
	if (store_init(st, ":memory:", &d) || track_open(st->db, &d) || track_open(st->db, &d)) {
		fprintf(stderr, "  open: %s\n", d.msg);
		(*failed_)++;
		return false;
	}
	if (sqlite3_exec(st->db, fixture, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "  fixture: %s\n", sqlite3_errmsg(st->db));
		(*failed_)++;
		return false;
	}
	return true;
}

static int assess(struct store *st, Arena *a, const struct track_user *u, int64_t clause, const char *state,
		  int score)
{
	struct track_assess_in in = { .clause_id = clause, .state = str_c(state), .score = score,
				      .note = S("a justification") };
	return track_assess(st->db, a, u, &in, NOW, NULL, NULL);
}

static const struct track_fig *fig(const struct track_fig *g, int n, const char *key)
{
	for (int i = 0; i < n; i++)
		if (str_eq(g[i].key, str_c(key)))
			return &g[i];
	return NULL;
}

#define NEAR(x, y) (fabs((x) - (y)) < 1e-9)

TEST(track_figures_by_hand)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 16);
	if (!open_fixture(&st, failed_))
		return;
	EXPECT_INT(assess(&st, &a, &admin, 1, "KGZ", 1), 0);
	EXPECT_INT(assess(&st, &a, &admin, 1, "UZB", 0), 0);
	EXPECT_INT(assess(&st, &a, &admin, 1, "KAZ", -1), 0);
	EXPECT_INT(assess(&st, &a, &admin, 2, "KGZ", 1), 0);
	EXPECT_INT(assess(&st, &a, &admin, 2, "UZB", -1), 0); /* revised below: history */
	EXPECT_INT(assess(&st, &a, &admin, 2, "UZB", 1), 0);
	EXPECT_INT(assess(&st, &a, &admin, 3, "KGZ", 0), 0);
	EXPECT_INT(assess(&st, &a, &admin, 3, "UZB", 1), 0);
	EXPECT_INT(assess(&st, &a, &admin, 3, "UZB", TRACK_NONE), 0); /* back to not assessed */
	EXPECT_INT(assess(&st, &a, &admin, 5, "KGZ", -1), 0);
	EXPECT_INT(assess(&st, &a, &admin, 5, "UZB", -1), 0);
	/* Not pairs: c4 is no commitment, c2 does not bind KAZ, c3 binds its summit's participants only. */
	EXPECT_INT(assess(&st, &a, &admin, 4, "KGZ", 1), ACC_EINVAL);
	EXPECT_INT(assess(&st, &a, &admin, 2, "KAZ", 1), ACC_EINVAL);
	EXPECT_INT(assess(&st, &a, &admin, 3, "CHN", 1), ACC_EINVAL);
	EXPECT_INT(assess(&st, &a, &admin, 99, "KGZ", 1), ACC_ENOTFOUND);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_assessments"), 11);

	struct track_pair *p;
	int n;
	EXPECT_INT(track_pairs_load(st.db, &a, 1, 0, &p, &n, NULL), 0);
	EXPECT_INT(n, 8); /* c1 x 3, c2 x 2, c3 x 3 */
	struct track_fig *g;
	int ng = track_figures(&a, p, n, TRACK_BY_ALL, &g);
	/* Assessed: +1 0 -1 (c1), +1 +1 (c2), 0 (c3): 6 of 8, sum 2, mean 1/3. */
	EXPECT_INT(ng, 1);
	EXPECT_INT(g[0].npairs, 8);
	EXPECT_INT(g[0].nassessed, 6);
	EXPECT(NEAR(g[0].avg, 2.0 / 6));
	EXPECT(NEAR(g[0].pct, (2.0 / 6 + 1) / 2 * 100));

	ng = track_figures(&a, p, n, TRACK_BY_STATE, &g);
	EXPECT_INT(ng, 3);
	const struct track_fig *f = fig(g, ng, "KGZ"); /* +1 +1 0 */
	EXPECT(f && f->nassessed == 3 && NEAR(f->avg, 2.0 / 3) && NEAR(f->pct, 250.0 / 3));
	f = fig(g, ng, "UZB"); /* 0 +1, c3 not assessed */
	EXPECT(f && f->npairs == 3 && f->nassessed == 2 && NEAR(f->avg, 0.5) && NEAR(f->pct, 75));
	f = fig(g, ng, "KAZ"); /* -1, c3 not assessed */
	EXPECT(f && f->npairs == 2 && f->nassessed == 1 && NEAR(f->avg, -1) && NEAR(f->pct, 0));

	ng = track_figures(&a, p, n, TRACK_BY_AREA, &g);
	f = fig(g, ng, "energy"); /* c1: +1 0 -1, c2: +1 +1 */
	EXPECT(f && f->npairs == 5 && f->nassessed == 5 && NEAR(f->avg, 0.4) && NEAR(f->pct, 70));
	f = fig(g, ng, "trade"); /* c1: +1 0 -1, c3: 0 */
	EXPECT(f && f->npairs == 6 && f->nassessed == 4 && NEAR(f->avg, 0) && NEAR(f->pct, 50));

	ng = track_figures(&a, p, n, TRACK_BY_SECTION, &g);
	f = fig(g, ng, "I");
	EXPECT(f && f->nassessed == 5 && NEAR(f->avg, 0.4));
	f = fig(g, ng, "II");
	EXPECT(f && f->npairs == 3 && f->nassessed == 1 && NEAR(f->avg, 0));

	ng = track_figures(&a, p, n, TRACK_BY_DOCUMENT, &g);
	EXPECT(ng == 1 && fig(g, ng, "doc:1") && NEAR(g[0].avg, 2.0 / 6));
	ng = track_figures(&a, p, n, TRACK_BY_CLAUSE, &g);
	f = fig(g, ng, "clause:1");
	EXPECT(f && NEAR(f->avg, 0));

	/* All summits together: + c5's two -1: 8 assessed of 10, sum 0. */
	EXPECT_INT(track_pairs_load(st.db, &a, 0, 0, &p, &n, NULL), 0);
	EXPECT_INT(n, 10);
	ng = track_figures(&a, p, n, TRACK_BY_SUMMIT, &g);
	EXPECT_INT(ng, 2);
	f = fig(g, ng, "summit:2");
	EXPECT(f && f->nassessed == 2 && NEAR(f->avg, -1) && NEAR(f->pct, 0));
	ng = track_figures(&a, p, n, TRACK_BY_ALL, &g);
	EXPECT(g[0].nassessed == 8 && NEAR(g[0].avg, 0));

	/* The report: JSON figures and the change from summit 2 (KGZ -1 -> 2/3). */
	struct buf b;
	buf_init(&b);
	EXPECT_INT(track_report(st.db, &a, 1, 2, TRACK_JSON, &b, NULL), 0);
	EXPECT(str_find(buf_str(&b), S("\"key\": \"KGZ\",\n      \"pairs\": 3,\n      \"assessed\": 3")) >= 0);
	EXPECT(str_find(buf_str(&b), S("\"change\": 1.66667")) >= 0);
	buf_reset(&b);
	EXPECT_INT(track_report(st.db, &a, 1, 0, TRACK_TEXT, &b, NULL), 0);
	EXPECT(str_find(buf_str(&b), S("Overall: 6 of 8 commitment-state pairs assessed; average +0.33, 66.7%")) >= 0);
	EXPECT(str_find(buf_str(&b), S("  1        I          -1   +1    0")) >= 0); /* KAZ KGZ UZB */
	EXPECT(str_find(buf_str(&b), S("  3        II          .    0    .")) >= 0);
	buf_reset(&b);
	EXPECT_INT(track_report(st.db, &a, 1, 0, TRACK_CSV, &b, NULL), 0);
	EXPECT(str_find(buf_str(&b), S("1,1,2,I,,energy,UZB,+1,a justification,root,2026-09-21T14:13:20Z,0\r\n")) >= 0);
	buf_reset(&b);
	EXPECT_INT(track_report(st.db, &a, 9, 0, TRACK_TEXT, &b, NULL), ACC_ENOTFOUND);
	buf_release(&b);
	store_release(&st);
	arena_release(&a);
}

/* Expected results of track_authorize, by role, for state KGZ and UZB. */
TEST(track_authorize_matrix)
{
	struct track_user anon = { 0, S("anonymous"), TRACK_ANON, "", false };
	struct track_user ad = { 1, S("ad"), TRACK_ADMIN, "", false };
	struct track_user fo = { 2, S("fo"), TRACK_FOCAL, "KGZ", false };
	struct track_user an = { 3, S("an"), TRACK_ANALYST, "", false };
	struct track_user off = { 4, S("off"), TRACK_ADMIN, "", true };
	for (int act = 1; act < TRACK_NACTIONS; act++) {
		bool own = act == TRACK_OWN_CREDENTIALS;
		EXPECT_INT(track_authorize(NULL, act, S("KGZ")), ACC_EPERM);
		EXPECT_INT(track_authorize(&anon, act, S("KGZ")), ACC_EPERM);
		EXPECT_INT(track_authorize(&off, act, S("KGZ")), ACC_EPERM);
		EXPECT_INT(track_authorize(&ad, act, S("UZB")), 0);
		bool fo_kgz = own || act == TRACK_ASSESS || act == TRACK_ADD_EVIDENCE;
		EXPECT_INT(track_authorize(&fo, act, S("KGZ")), fo_kgz ? 0 : ACC_EPERM);
		EXPECT_INT(track_authorize(&fo, act, S("UZB")), own ? 0 : ACC_EPERM);
		EXPECT_INT(track_authorize(&fo, act, S("")), own ? 0 : ACC_EPERM);
		EXPECT_INT(track_authorize(&an, act, S("KGZ")), own || act == TRACK_COMMENT ? 0 : ACC_EPERM);
	}
	EXPECT_INT(track_authorize(&ad, 0, S("")), ACC_EPERM);
	EXPECT_INT(track_authorize(&ad, TRACK_NACTIONS, S("")), ACC_EPERM);
}

enum { W_ASSESS, W_EVIDENCE, W_COMMENT, W_USER_ADD, W_USER_DISABLE, W_PASSWD, W_TOKEN, NWRITES };

/* Do write w as u on the pair (clause 1, state) or on user "victim". */
static int write_as(struct store *st, Arena *a, const struct track_user *u, int w, const char *state)
{
	struct track_evidence ev = { S("2025-09-01"), S("Decree"), S("https://example.org/d"), S("") };
	char tok[TRACK_TOKEN_LEN + 1];
	switch (w) {
	case W_ASSESS: return assess(st, a, u, 1, state, 1);
	case W_EVIDENCE: return track_evidence_add(st->db, a, u, 1, str_c(state), &ev, NOW, NULL);
	case W_COMMENT: return track_comment_add(st->db, a, u, 1, str_c(state), S("why?"), NOW, NULL);
	case W_USER_ADD: return track_user_add(st->db, a, u, S("newbie"), TRACK_ANALYST, S(""), S("password1"), NOW, NULL);
	case W_USER_DISABLE: return track_user_disable(st->db, a, u, S("victim"), NOW, NULL);
	case W_PASSWD: return track_user_passwd(st->db, a, u, S("victim"), S("password2"), NOW, NULL);
	default: return track_token_create(st->db, a, u, S("victim"), NOW, tok, NULL);
	}
}

static int64_t rows_of(sqlite3 *db, int w)
{
	static const char *const sql[] = {
		[W_ASSESS] = "SELECT count(*) FROM track_assessments",
		[W_EVIDENCE] = "SELECT count(*) FROM track_evidence",
		[W_COMMENT] = "SELECT count(*) FROM track_comments",
		[W_USER_ADD] = "SELECT count(*) FROM track_users",
		[W_USER_DISABLE] = "SELECT count(*) FROM track_users WHERE disabled",
		/* 1 while the password is the one snapped before the write */
		[W_PASSWD] = "SELECT count(*) FROM track_users u, snap s WHERE u.name = 'victim' AND u.pwhash = s.pwhash",
		[W_TOKEN] = "SELECT count(*) FROM track_tokens",
	};
	return q(db, sql[w]);
}

TEST(track_every_role_every_write)
{
	/* allowed[role][write] for state KGZ; for UZB only the admin may write pairs. */
	static const bool allowed[4][NWRITES] = {
		[TRACK_ANON] = { 0 },
		[TRACK_ADMIN] = { 1, 1, 1, 1, 1, 1, 1 },
		[TRACK_FOCAL] = { 1, 1, 0, 0, 0, 0, 0 },
		[TRACK_ANALYST] = { 0, 0, 1, 0, 0, 0, 0 },
	};
	for (int role = TRACK_ANON; role <= TRACK_ANALYST; role++) {
		for (int w = 0; w < NWRITES; w++) {
			for (int si = 0; si < 2; si++) {
				const char *state = si ? "UZB" : "KGZ";
				if (si && w >= W_USER_ADD)
					continue;
				struct store st;
				Arena a;
				arena_init(&a, 1 << 14);
				if (!open_fixture(&st, failed_))
					return;
				EXPECT_INT(track_user_add(st.db, &a, &admin, S("actor"), role ? role : TRACK_ANALYST,
							  str_c(role == TRACK_FOCAL ? "KGZ" : ""), S("password0"), NOW, NULL), 0);
				EXPECT_INT(track_user_add(st.db, &a, &admin, S("victim"), TRACK_ANALYST, S(""),
							  S("password0"), NOW, NULL), 0);
				struct track_user u;
				EXPECT_INT(track_user_get(st.db, &a, S("actor"), &u, NULL), 0);
				if (role == TRACK_ANON)
					u = (struct track_user){ 0, S("anonymous"), TRACK_ANON, "", false };
				sqlite3_exec(st.db, "CREATE TEMP TABLE snap AS SELECT pwhash FROM track_users WHERE name = 'victim'",
					     NULL, NULL, NULL);
				int64_t before = rows_of(st.db, w);
				int64_t denied = q(st.db, "SELECT count(*) FROM track_audit WHERE result = 'denied'");
				int64_t audit = q(st.db, "SELECT count(*) FROM track_audit");
				/* Comments are not bound to a state; the pair writes of a focal point are. */
				bool want = allowed[role][w] && (!si || role != TRACK_FOCAL);
				int rc = write_as(&st, &a, &u, w, state);
				if (rc != (want ? 0 : ACC_EPERM))
					fprintf(stderr, "  role %s write %d state %s: %d\n", track_role_name(role), w, state, rc);
				EXPECT_INT(rc, want ? 0 : ACC_EPERM);
				if (want) {
					EXPECT(rows_of(st.db, w) != before);
					EXPECT_INT(q(st.db, "SELECT count(*) FROM track_audit"), audit + 1);
				} else {
					EXPECT_INT(rows_of(st.db, w), before); /* no change */
					EXPECT_INT(q(st.db, "SELECT count(*) FROM track_audit WHERE result = 'denied'"),
						   denied + 1);
				}
				struct track_verify v;
				EXPECT_INT(track_audit_verify(st.db, &v, NULL), 0);
				EXPECT_INT(v.bad_id, 0);
				store_release(&st);
				arena_release(&a);
			}
		}
	}
}

TEST(track_focal_kgz_writing_uzb)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 14);
	if (!open_fixture(&st, failed_))
		return;
	struct track_user fo;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("kgz"), TRACK_FOCAL, S("KGZ"), S("password0"), NOW, NULL), 0);
	EXPECT_INT(track_user_get(st.db, &a, S("kgz"), &fo, NULL), 0);
	EXPECT_INT(assess(&st, &a, &fo, 1, "KGZ", 1), 0);
	struct track_assess_in in = { .clause_id = 1, .state = S("UZB"), .score = 1, .note = S("done") };
	EXPECT_INT(track_assess(st.db, &a, &fo, &in, NOW, NULL, &d), ACC_EPERM);
	EXPECT(str_find(str_c(d.msg), S("'kgz' (focal point of KGZ) may not assess for UZB")) >= 0);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_assessments WHERE state = 'UZB'"), 0);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_audit WHERE who = 'kgz' AND action = 'assess'"
			    " AND object = 'clause:1/UZB' AND result = 'denied'"), 1);
	/* Validation first: a focal point learns nothing new from a bad pair. */
	EXPECT_INT(assess(&st, &a, &fo, 4, "KGZ", 1), ACC_EINVAL);
	/* Assessment rules: a score needs a note, evidence a title and a web URL. */
	in = (struct track_assess_in){ .clause_id = 1, .state = S("KGZ"), .score = 0 };
	EXPECT_INT(track_assess(st.db, &a, &fo, &in, NOW, NULL, NULL), ACC_EINVAL);
	in.note = S("partly");
	in.ev = (struct track_evidence){ .url = S("https://x.org") };
	EXPECT_INT(track_assess(st.db, &a, &fo, &in, NOW, NULL, NULL), ACC_EINVAL);
	in.ev = (struct track_evidence){ .title = S("T"), .url = S("javascript:alert(1)") };
	EXPECT_INT(track_assess(st.db, &a, &fo, &in, NOW, NULL, NULL), ACC_EINVAL);
	in.ev = (struct track_evidence){ .title = S("T"), .date = S("2025-02-30") };
	EXPECT_INT(track_assess(st.db, &a, &fo, &in, NOW, NULL, NULL), ACC_EINVAL);
	in.ev = (struct track_evidence){ .title = S("T"), .date = S("2025-02"), .url = S("https://x.org/a?b=1") };
	EXPECT_INT(track_assess(st.db, &a, &fo, &in, NOW, NULL, NULL), 0);
	struct store_table t;
	EXPECT_INT(track_assess_history(st.db, &a, 1, S("KGZ"), &t, NULL), 0);
	EXPECT_INT(t.nrows, 2); /* history: both rows kept */
	EXPECT_INT(track_evidence_list(st.db, &a, 1, S("KGZ"), &t, NULL), 0);
	EXPECT_INT(t.nrows, 1);
	store_release(&st);
	arena_release(&a);
}

TEST(track_audit_chain)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 14);
	if (!open_fixture(&st, failed_))
		return;
	struct track_verify v;
	EXPECT_INT(track_audit_verify(st.db, &v, NULL), 0);
	EXPECT(v.n == 0 && v.bad_id == 0);
	for (int i = 0; i < 5; i++)
		EXPECT_INT(assess(&st, &a, &admin, 1, "KGZ", i % 3 - 1), 0);
	EXPECT_INT(track_audit_verify(st.db, &v, NULL), 0);
	EXPECT(v.n == 5 && v.bad_id == 0 && strlen(v.head) == 64);
	/* Entries 1..5.  Edit entry 3 (no hash recomputed): named. */
	sqlite3_exec(st.db, "UPDATE track_audit SET after = '{\"score\":1}' WHERE id = 3", NULL, NULL, NULL);
	EXPECT_INT(track_audit_verify(st.db, &v, NULL), 0);
	EXPECT_INT(v.bad_id, 3);
	EXPECT(strstr(v.why, "entry 3 was edited") != NULL);
	/* Edited with its hash recomputed too: the next entry no longer chains to it. */
	sqlite3_exec(st.db, "UPDATE track_audit SET hash = 'f' || substr(hash, 2) WHERE id = 3", NULL, NULL, NULL);
	EXPECT_INT(track_audit_verify(st.db, &v, NULL), 0);
	EXPECT_INT(v.bad_id, 3);
	store_release(&st);

	if (!open_fixture(&st, failed_))
		return;
	for (int i = 0; i < 4; i++)
		EXPECT_INT(assess(&st, &a, &admin, 1, "KGZ", 1), 0);
	sqlite3_exec(st.db, "DELETE FROM track_audit WHERE id = 2", NULL, NULL, NULL);
	EXPECT_INT(track_audit_verify(st.db, &v, NULL), 0);
	EXPECT_INT(v.bad_id, 2);
	EXPECT(strstr(v.why, "entry 2 is missing") != NULL);
	store_release(&st);

	if (!open_fixture(&st, failed_))
		return;
	for (int i = 0; i < 3; i++)
		EXPECT_INT(assess(&st, &a, &admin, 1, "KGZ", 1), 0);
	sqlite3_exec(st.db, "DELETE FROM track_audit WHERE id = 3", NULL, NULL, NULL);
	EXPECT_INT(track_audit_verify(st.db, &v, NULL), 0);
	EXPECT_INT(v.bad_id, 3); /* the last one: caught by the head */
	struct store_table t;
	EXPECT_INT(track_audit_list(st.db, &a, 1, &t, NULL), 0);
	EXPECT_INT(t.nrows, 1);
	store_release(&st);
	arena_release(&a);
}

TEST(track_login_sessions_csrf)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 14);
	if (!open_fixture(&st, failed_))
		return;
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("ann"), TRACK_ANALYST, S(""), S("correct horse"), NOW, NULL), 0);
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("bob"), TRACK_ANALYST, S(""), S("short"), NOW, NULL), ACC_EINVAL);
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("ann"), TRACK_ANALYST, S(""), S("another1"), NOW, NULL),
		   ACC_ECONFLICT);
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("f"), TRACK_FOCAL, S(""), S("password"), NOW, NULL), ACC_EINVAL);
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("a b"), TRACK_ADMIN, S(""), S("password"), NOW, NULL), ACC_EINVAL);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_users WHERE pwhash LIKE '$argon2id$%'"), 1);
	struct track_login l;
	EXPECT_INT(track_login(st.db, &a, S("ann"), S("correct horse"), S("10.0.0.1"), NOW, &l, NULL), 0);
	EXPECT_INT(l.result, TRACK_LOGIN_OK);
	EXPECT_INT((int)strlen(l.session), TRACK_TOKEN_LEN);
	EXPECT_STR(l.user.name, "ann");
	struct track_user u;
	EXPECT_INT(track_session_lookup(st.db, &a, str_c(l.session), NOW + 60, &u, NULL), 0);
	EXPECT_STR(u.name, "ann");
	EXPECT_INT(track_session_lookup(st.db, &a, str_c(l.session), NOW + TRACK_SESSION_TTL + 1, &u, NULL),
		   ACC_ENOTFOUND);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_sessions WHERE length(hash) = 64"), 1);
	char csrf[TRACK_TOKEN_LEN + 1], other[TRACK_TOKEN_LEN + 1];
	track_csrf_token(str_c(l.session), csrf);
	EXPECT(track_csrf_check(str_c(l.session), str_c(csrf)));
	EXPECT(!track_csrf_check(str_c(l.session), S("x")));
	track_csrf_token(S("another session"), other);
	EXPECT(!track_csrf_check(str_c(l.session), str_c(other)));
	EXPECT_INT(track_session_destroy(st.db, str_c(l.session), NULL), 0);
	EXPECT_INT(track_session_lookup(st.db, &a, str_c(l.session), NOW + 60, &u, NULL), ACC_ENOTFOUND);

	/* Five failures lock the account for the rest of the window, even with the right password. */
	for (int i = 0; i < TRACK_LOCK_USER; i++) {
		EXPECT_INT(track_login(st.db, &a, S("ann"), S("wrong pass"), S("10.0.0.2"), NOW + i, &l, NULL), 0);
		EXPECT_INT(l.result, TRACK_LOGIN_BAD);
	}
	EXPECT_INT(track_login(st.db, &a, S("ann"), S("correct horse"), S("10.0.0.3"), NOW + 10, &l, NULL), 0);
	EXPECT_INT(l.result, TRACK_LOGIN_LOCKED);
	EXPECT_INT(l.retry_after, TRACK_LOCK_WINDOW - 10);
	EXPECT_INT(track_login(st.db, &a, S("ann"), S("correct horse"), S("10.0.0.3"), NOW + TRACK_LOCK_WINDOW + 5,
			       &l, NULL), 0);
	EXPECT_INT(l.result, TRACK_LOGIN_OK);
	/* Per address: failures over many (unknown) accounts lock the address. */
	for (int i = 0; i < TRACK_LOCK_ADDR; i++) {
		char name[16];
		snprintf(name, sizeof name, "u%d", i);
		EXPECT_INT(track_login(st.db, &a, str_c(name), S("guess123"), S("10.9.9.9"), NOW + 2000, &l, NULL), 0);
		EXPECT_INT(l.result, TRACK_LOGIN_BAD);
	}
	EXPECT_INT(track_login(st.db, &a, S("ann"), S("correct horse"), S("10.9.9.9"), NOW + 2001, &l, NULL), 0);
	EXPECT_INT(l.result, TRACK_LOGIN_LOCKED);

	/* API tokens: shown once, kept hashed; disabling stops tokens and logins. */
	char tok[TRACK_TOKEN_LEN + 1];
	EXPECT_INT(track_token_create(st.db, &a, &admin, S("ann"), NOW, tok, NULL), 0);
	EXPECT_INT(track_token_lookup(st.db, &a, str_c(tok), &u, NULL), 0);
	EXPECT_STR(u.name, "ann");
	EXPECT_INT(track_token_lookup(st.db, &a, S("nope"), &u, NULL), ACC_ENOTFOUND);
	EXPECT_INT(track_user_passwd(st.db, &a, &admin, S("ann"), S("battery staple"), NOW, NULL), 0);
	EXPECT_INT(track_user_disable(st.db, &a, &admin, S("ann"), NOW, NULL), 0);
	EXPECT_INT(track_token_lookup(st.db, &a, str_c(tok), &u, NULL), ACC_ENOTFOUND);
	EXPECT_INT(track_login(st.db, &a, S("ann"), S("battery staple"), S("10.0.0.7"), NOW + 5000, &l, NULL), 0);
	EXPECT_INT(l.result, TRACK_LOGIN_BAD);
	store_release(&st);
	arena_release(&a);
}

TEST(track_csv_reader)
{
	Arena a;
	arena_init(&a, 1 << 12);
	struct track_csv c;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(track_csv_parse(&a, S("\xEF\xBB\xBF" "a,b,c\r\n1,\"x, \"\"y\"\"\nz\",\r\n\n2,,last"), &c, &d), 0);
	EXPECT_INT(c.nrows, 3);
	EXPECT_INT(c.ncols, 3);
	EXPECT_STR(c.cells[0], "a");
	EXPECT_STR(c.cells[4], "x, \"y\"\nz");
	EXPECT_STR(c.cells[5], "");
	EXPECT_INT(c.lines[2], 5);
	EXPECT_STR(c.cells[8], "last");
	EXPECT_INT(track_csv_parse(&a, S("a,b\n1,2,3\n"), &c, &d), ACC_EINVAL);
	EXPECT_INT(d.line, 2);
	EXPECT_INT(track_csv_parse(&a, S("a,b\n\"1,2\n"), &c, &d), ACC_EINVAL);
	EXPECT_INT(track_csv_parse(&a, S("a,b\n1\"x,2\n"), &c, &d), ACC_EINVAL);
	EXPECT_INT(track_csv_parse(&a, S("a,b\n\"1\"x,2\n"), &c, &d), ACC_EINVAL);
	EXPECT_INT(track_csv_parse(&a, S(""), &c, &d), ACC_EEMPTY);
	arena_release(&a);
}

TEST(track_import_dry_run)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 14);
	if (!open_fixture(&st, failed_))
		return;
	struct track_user fo;
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("kgz"), TRACK_FOCAL, S("KGZ"), S("password0"), NOW, NULL), 0);
	EXPECT_INT(track_user_get(st.db, &a, S("kgz"), &fo, NULL), 0);
	static const char csv[] = "state,clause,score,note,evidence_title,evidence_url\n"
				  "KGZ,clause:1,+1,\"law, adopted\",Law 5,https://example.org/5\n"
				  "UZB,1,1,done,,\n"
				  "KGZ,4,1,not a commitment,,\n"
				  "KGZ,2,2,bad score,,\n"
				  "KGZ,x,1,bad id,,\n"
				  "KGZ,3,0,,,\n";
	struct track_row_fate *f;
	int n;
	int64_t audit = q(st.db, "SELECT count(*) FROM track_audit");
	EXPECT_INT(track_import(st.db, &a, &fo, S(csv), true, NOW, &f, &n, NULL), 0);
	EXPECT_INT(n, 6);
	EXPECT_INT(f[0].fate, TRACK_WOULD_APPLY);
	EXPECT_INT(f[0].line, 2);
	EXPECT_INT(f[1].fate, TRACK_REJECTED);
	EXPECT(str_find(f[1].why, S("permission denied")) >= 0);
	EXPECT(f[2].fate == TRACK_REJECTED && str_find(f[2].why, S("not a commitment")) >= 0);
	EXPECT(f[3].fate == TRACK_REJECTED && str_find(f[3].why, S("bad score")) >= 0);
	EXPECT(f[4].fate == TRACK_REJECTED && str_find(f[4].why, S("bad clause id")) >= 0);
	EXPECT(f[5].fate == TRACK_REJECTED && str_find(f[5].why, S("justification")) >= 0);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_assessments"), 0); /* a dry run writes nothing */
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_audit"), audit);
	EXPECT_INT(track_import(st.db, &a, &fo, S(csv), false, NOW, &f, &n, NULL), 0);
	EXPECT_INT(f[0].fate, TRACK_APPLIED);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_assessments"), 1);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_evidence WHERE url = 'https://example.org/5'"), 1);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_audit WHERE result = 'denied'"), 1); /* the UZB row */
	EXPECT_INT(track_import(st.db, &a, &fo, S("clause,state\n1,KGZ\n"), true, NOW, &f, &n, NULL), ACC_EINVAL);
	store_release(&st);
	arena_release(&a);
}

TEST(track_ical_feed)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 14);
	if (!open_fixture(&st, failed_))
		return;
	struct buf b;
	buf_init(&b);
	EXPECT_INT(track_ical(st.db, &a, NOW, &b, NULL), 0);
	Str s = buf_str(&b);
	EXPECT(str_starts(s, S("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
	EXPECT(str_ends(s, S("END:VCALENDAR\r\n")));
	EXPECT(str_find(s, S("UID:target-3-2030@accord\r\nDTSTAMP:20260921T141320Z\r\n"
			     "DTSTART;VALUE=DATE:20301231\r\nDTEND;VALUE=DATE:20310101\r\n")) >= 0);
	EXPECT(str_find(s, S("SUMMARY:Third summit\\; in Beijing\\, China\r\n")) >= 0);
	EXPECT(str_find(s, S("DTSTART;VALUE=DATE:20270601\r\nDTEND;VALUE=DATE:20270701\r\n")) >= 0);
	EXPECT(str_find(s, S("A past meeting")) < 0);
	/* No content line over 75 octets (RFC 5545 §3.1). */
	ptrdiff_t col = 0, longest = 0;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		if (s.s[i] == '\r')
			col = 0;
		else if (s.s[i] != '\n' && ++col > longest)
			longest = col;
	}
	EXPECT(longest <= 75);
	buf_release(&b);
	EXPECT_STR(track_time_iso(&a, NOW), "2026-09-21T14:13:20Z");
	EXPECT_STR(track_time_iso(&a, 0), "1970-01-01T00:00:00Z");
	store_release(&st);
	arena_release(&a);
}

TEST(track_upcoming_deadlines)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 14);
	if (!open_fixture(&st, failed_))
		return;
	struct store_table t;
	EXPECT_INT(track_upcoming(st.db, &a, NOW, 400, &t, NULL), 0);
	EXPECT_INT(t.nrows, 1); /* the 2027-06 summit; the 2030 target is further, the 2020 meeting past */
	if (t.nrows == 1) {
		EXPECT_STR(store_cell(&t, 0, 0)->s, "event");
		EXPECT_STR(store_cell(&t, 0, 1)->s, "2027-06-01");
		EXPECT_STR(store_cell(&t, 0, 5)->s, "Third summit; in Beijing, China");
	}
	EXPECT_INT(track_upcoming(st.db, &a, NOW, 5000, &t, NULL), 0);
	EXPECT_INT(t.nrows, 2);
	if (t.nrows == 2) {
		EXPECT_STR(store_cell(&t, 1, 0)->s, "target");
		EXPECT_STR(store_cell(&t, 1, 1)->s, "2030-12-31");
		EXPECT_STR(store_cell(&t, 1, 2)->s, "3");
	}
	store_release(&st);
	arena_release(&a);
}

/* Oversized, malformed and hostile input is refused with its own error, and writes nothing. */
TEST(track_adversarial_input)
{
	struct store st;
	Arena a;
	arena_init(&a, 1 << 16);
	if (!open_fixture(&st, failed_))
		return;
	char *big = calloc(TRACK_NOTE_MAX + 2, 1);
	memset(big, 'x', TRACK_NOTE_MAX + 1);
	struct track_assess_in in = { .clause_id = 1, .state = S("KGZ"), .score = 1, .note = str_c(big) };
	EXPECT_INT(track_assess(st.db, &a, &admin, &in, NOW, NULL, NULL), ACC_ETOOBIG);
	in.note = S("bad \xff byte");
	EXPECT_INT(track_assess(st.db, &a, &admin, &in, NOW, NULL, NULL), ACC_EINVAL);
	in.note = S("a \x01 control");
	EXPECT_INT(track_assess(st.db, &a, &admin, &in, NOW, NULL, NULL), ACC_EINVAL);
	in.note = S("ok'); DROP TABLE track_audit; --");
	in.state = S("kgz");
	EXPECT_INT(track_assess(st.db, &a, &admin, &in, NOW, NULL, NULL), ACC_EINVAL); /* codes are upper case */
	in.state = S("KGZ");
	EXPECT_INT(track_assess(st.db, &a, &admin, &in, NOW, NULL, NULL), 0); /* bound, stored as written */
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_assessments WHERE note LIKE '%DROP TABLE%'"), 1);
	EXPECT_INT(q(st.db, "SELECT count(*) FROM track_audit"), 1);
	big[TRACK_PASSWORD_MAX + 1] = 0;
	EXPECT_INT(track_user_add(st.db, &a, &admin, S("long"), TRACK_ADMIN, S(""), str_c(big), NOW, NULL), ACC_ETOOBIG);
	struct track_login l;
	EXPECT_INT(track_login(st.db, &a, S("long"), str_c(big), S("::1"), NOW, &l, NULL), 0);
	EXPECT_INT(l.result, TRACK_LOGIN_BAD);
	EXPECT_INT(track_comment_add(st.db, &a, &admin, 1, S("KGZ"), S("  "), NOW, NULL), ACC_EINVAL);
	EXPECT_INT(track_comment_add(st.db, &a, &admin, 1, S("KGZ"), S("Is the law in force?"), NOW, NULL), 0);
	struct store_table t;
	EXPECT_INT(track_comment_list(st.db, &a, 1, S("KGZ"), &t, NULL), 0);
	EXPECT_INT(t.nrows, 1);
	/* A CSV row count over the limit is its own error. */
	struct buf b;
	buf_init(&b);
	buf_puts(&b, "clause,state,score,note\n");
	for (int i = 0; i <= TRACK_CSV_MAX_ROWS; i++)
		buf_puts(&b, "1,KGZ,1,x\n");
	struct track_csv c;
	EXPECT_INT(track_csv_parse(&a, buf_str(&b), &c, NULL), ACC_ETOOBIG);
	buf_release(&b);
	EXPECT_INT(track_csv_parse(&a, S("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,"
					 "p,q,r,s,t,u,v,w,x,y,z,a,b,c,d,e,f,g,h,i,j,k,l,m\n"), &c, NULL), ACC_ETOOBIG);
	free(big);
	store_release(&st);
	arena_release(&a);
}
