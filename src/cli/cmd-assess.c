/* cmd-assess.c: accord assess: score a commitment for a state, or import a CSV of scores */
#include "cli.h"
#include "../store/store.h"
#include "../track/track.h"
#include "../base/os.h"

#include <stdlib.h>
#include <string.h>

const char cmd_assess_help[] =
	"usage: accord assess CLAUSE STATE --score -1|0|1|none --note TEXT\n"
	"                     [--evidence-title T [--evidence-date D] [--evidence-url U]\n"
	"                      [--evidence-excerpt X]] [--as USER] [--db PATH]\n"
	"       accord assess --import FILE.csv [--dry-run] [--as USER] [--db PATH]\n"
	"       accord assess --history CLAUSE STATE [--format table|json|csv] [--db PATH]\n"
	"\n"
	"Record how a state implements a commitment, on the G7/G20 Research Group\n"
	"scale: +1 full compliance, 0 partial or in progress, -1 no compliance, or\n"
	"'none' (not assessed), with a short justification and optionally one\n"
	"evidence item (a dated, titled source with its URL and an excerpt).\n"
	"CLAUSE is a commitment's id (17 or clause:17, see 'accord list\n"
	"commitments'); STATE an ISO alpha-3 code the commitment binds (its actors;\n"
	"when it names none, its summit's participants).\n"
	"\n"
	"Nothing is overwritten: every assessment is a new row, the latest is the\n"
	"current one; --history prints them all.  Every write is checked against the\n"
	"acting user's role (see 'accord help user': a focal point writes only its\n"
	"own state) and goes to the audit log, a denied one too.\n"
	"\n"
	"--import FILE.csv: bulk updates from an RFC 4180 file with a header row\n"
	"  clause,state,score,note,evidence_date,evidence_title,evidence_url,evidence_excerpt\n"
	"(columns in any order; the evidence ones may be left out; '-' reads standard\n"
	"input).  Each row is applied on its own and its fate printed: 'applied',\n"
	"'would apply' (with --dry-run, which writes nothing) or 'rejected: REASON'.\n"
	"\n"
	"Exit status: 0 done; 1 some import rows rejected; 2 bad command line or\n"
	"value; 3 denied or database failure; 4 no such clause.\n"
	"\n"
	"Examples:\n"
	"  accord assess clause:17 KGZ --score 1 --note 'law adopted' --as kgz-focal \\\n"
	"      --evidence-title 'Law No. 12' --evidence-date 2025-09-01 --evidence-url https://example.org/law\n"
	"  accord assess --import scores.csv --dry-run --as secretariat\n";

static int score_arg(const char *v, int *out)
{
	if (!strcmp(v, "-1"))
		*out = -1;
	else if (!strcmp(v, "0"))
		*out = 0;
	else if (!strcmp(v, "1") || !strcmp(v, "+1"))
		*out = 1;
	else if (!strcmp(v, "none"))
		*out = TRACK_NONE;
	else {
		cli_err("bad score '%s' (-1, 0, 1 or none)", v);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static const char *const fate_names[] = { [TRACK_APPLIED] = "applied", [TRACK_WOULD_APPLY] = "would apply",
					  [TRACK_REJECTED] = "rejected" };

static int import(struct store *st, Arena *a, const struct track_user *me, const char *file, bool dry)
{
	struct diag d;
	diag_clear(&d);
	Str csv;
	if (!strcmp(file, "-")) {
		struct buf b;
		buf_init(&b);
		b.max = TRACK_CSV_MAX_BYTES;
		char chunk[8192];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
			buf_put(&b, (Str){ chunk, (ptrdiff_t)n });
		bool err = b.err;
		csv = arena_str(a, buf_str(&b));
		buf_release(&b);
		if (err) {
			cli_err("cannot read standard input: over %d bytes", TRACK_CSV_MAX_BYTES);
			return EXIT_USAGE;
		}
	} else if (os_read_file(a, file, TRACK_CSV_MAX_BYTES, &csv, &d)) {
		cli_err("cannot read '%s': %s", file, d.msg);
		return EXIT_USAGE;
	}
	struct track_row_fate *f;
	int n, rejected = 0, done = 0;
	int rc = track_import(st->db, a, me, csv, dry, os_time(), &f, &n, &d);
	if (rc) {
		cli_err("cannot import '%s': %s", file, d.msg);
		return cli_track_status(rc);
	}
	for (int i = 0; i < n; i++) {
		printf("line %d: clause:%lld %.*s: %s", f[i].line, (long long)f[i].clause_id, (int)f[i].state.len,
		       f[i].state.s ? f[i].state.s : "", fate_names[f[i].fate]);
		if (f[i].fate == TRACK_REJECTED) {
			printf(": %.*s", (int)f[i].why.len, f[i].why.s);
			rejected++;
		} else {
			done++;
		}
		putchar('\n');
	}
	printf("%d rows: %d %s, %d rejected\n", n, done, dry ? "would apply" : "applied", rejected);
	return rejected ? EXIT_SOME_FAILED : EXIT_OK;
}

int cmd_assess(int argc, char **argv)
{
	const char *db = NULL, *as = NULL, *file = NULL, *v, *pos[2] = { 0 };
	struct track_assess_in in = { .score = 99 };
	bool dry = false, history = false;
	int npos = 0, fmt = cli_default_format(), rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i], *missing = NULL;
		if (o[0] != '-' || !o[1]) {
			if (npos == 2) {
				cli_err("unexpected argument '%s'", o);
				return cli_usage("assess");
			}
			pos[npos++] = o;
			continue;
		}
#define VAL(n) (cli_opt(argc, argv, &i, n, &v) && (v || (missing = n, 0)))
		if (VAL("--db"))
			db = v;
		else if (VAL("--as"))
			as = v;
		else if (VAL("--score"))
			rc = score_arg(v, &in.score);
		else if (VAL("--note"))
			in.note = str_c(v);
		else if (VAL("--evidence-date"))
			in.ev.date = str_c(v);
		else if (VAL("--evidence-title"))
			in.ev.title = str_c(v);
		else if (VAL("--evidence-url"))
			in.ev.url = str_c(v);
		else if (VAL("--evidence-excerpt"))
			in.ev.excerpt = str_c(v);
		else if (VAL("--import"))
			file = v;
		else if (VAL("--format"))
			rc = cli_format(v, &fmt);
		else if (!strcmp(o, "--dry-run"))
			dry = true;
		else if (!strcmp(o, "--history"))
			history = true;
		else if (!missing) {
			cli_err("unknown option '%s'", o);
			return cli_usage("assess");
		}
#undef VAL
		if (missing)
			return cli_missing("assess", missing);
		if (rc)
			return rc;
	}
	if (file && npos) {
		cli_err("--import takes no CLAUSE or STATE");
		return cli_usage("assess");
	}
	if (!file && npos != 2) {
		cli_err("assess needs a CLAUSE and a STATE (or --import FILE)");
		return cli_usage("assess");
	}
	if (!file && !history && in.score == 99) {
		cli_err("assess needs --score -1, 0, 1 or none");
		return cli_usage("assess");
	}
	if (dry && !file) {
		cli_err("--dry-run goes with --import");
		return cli_usage("assess");
	}
	if (!file && (rc = cli_id(pos[0], "clause", &in.clause_id)))
		return rc;
	in.state = str_c(pos[1]);
	struct store st;
	if ((rc = cli_track_open(&st, db)))
		return rc;
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	struct track_user me;
	if (history) {
		struct store_table t;
		if ((rc = track_assess_history(st.db, &a, in.clause_id, in.state, &t, &d))) {
			cli_err("%s", d.msg);
			rc = EXIT_FAILURE_ALL;
		} else {
			rc = cli_print(&t, fmt);
		}
		goto out;
	}
	if ((rc = cli_actor(st.db, &a, as, &me)))
		goto out;
	if (file) {
		rc = import(&st, &a, &me, file, dry);
		goto out;
	}
	int64_t id;
	int err = track_assess(st.db, &a, &me, &in, os_time(), &id, &d);
	if (err) {
		cli_err("cannot assess clause:%lld for %s: %s", (long long)in.clause_id, pos[1], d.msg);
		rc = cli_track_status(err);
	} else {
		printf("assessment %lld: clause:%lld %s %s\n", (long long)id, (long long)in.clause_id, pos[1],
		       in.score == TRACK_NONE ? "none" : in.score > 0 ? "+1" : in.score ? "-1" : "0");
	}
out:
	arena_release(&a);
	store_release(&st);
	return rc;
}
