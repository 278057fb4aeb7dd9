/* cmd-audit.c: accord audit: list the audit log, verify its hash chain */
#include "cli.h"
#include "../store/store.h"
#include "../track/track.h"

#include <string.h>

const char cmd_audit_help[] =
	"usage: accord audit verify [--anchor HASH] [--db PATH]\n"
	"       accord audit list [--limit N] [--format table|json|csv] [--db PATH]\n"
	"\n"
	"Every write to the implementation record (users, assessments, evidence,\n"
	"comments) and every denied attempt is an entry of the audit log: when, who,\n"
	"what, on which object, the record before and after (JSON), and the result.\n"
	"Each entry carries the SHA-256 of the previous one, so that editing,\n"
	"inserting or deleting an entry breaks the chain.\n"
	"\n"
	"'verify' walks the whole log and prints 'audit log intact: N entries' and\n"
	"the head hash (keep it somewhere else: a log rewritten from the edited entry\n"
	"on, hashes and all, is only caught against a head kept outside), or names the\n"
	"first edited or deleted entry and exits 1.  --anchor HASH (a head printed\n"
	"by an earlier verify) also requires that entry to be in the log, which\n"
	"catches a log rewritten since.  'list' prints the newest first.\n"
	"\n"
	"Exit status: 0 intact; 1 tampered; 2 bad command line; 3 database failure.\n";

int cmd_audit(int argc, char **argv)
{
	const char *db = NULL, *verb = NULL, *anchor = NULL, *v;
	int64_t limit = 0;
	int fmt = cli_default_format(), rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i], *missing = NULL;
		if (o[0] != '-') {
			if (verb) {
				cli_err("unexpected argument '%s'", o);
				return cli_usage("audit");
			}
			verb = o;
			continue;
		}
#define VAL(n) (cli_opt(argc, argv, &i, n, &v) && (v || (missing = n, 0)))
		if (VAL("--db"))
			db = v;
		else if (VAL("--format"))
			rc = cli_format(v, &fmt);
		else if (VAL("--anchor"))
			anchor = v;
		else if (VAL("--limit"))
			rc = cli_count(v, "--limit", &limit);
		else if (!missing) {
			cli_err("unknown option '%s'", o);
			return cli_usage("audit");
		}
#undef VAL
		if (missing)
			return cli_missing("audit", missing);
		if (rc)
			return rc;
	}
	if (!verb || (strcmp(verb, "verify") && strcmp(verb, "list"))) {
		if (verb)
			cli_err("unknown audit command '%s' (verify, list)", verb);
		return cli_usage("audit");
	}
	struct store st;
	if ((rc = cli_track_open(&st, db)))
		return rc;
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	if (!strcmp(verb, "list")) {
		struct store_table t;
		if (track_audit_list(st.db, &a, limit, &t, &d)) {
			cli_err("%s", d.msg);
			rc = EXIT_FAILURE_ALL;
		} else {
			rc = cli_print(&t, fmt);
		}
		goto out;
	}
	struct track_verify ver;
	if (track_audit_verify(st.db, &ver, &d)) {
		cli_err("cannot verify the audit log: %s", d.msg);
		rc = EXIT_FAILURE_ALL;
	} else if (ver.bad_id) {
		cli_err("audit log tampered: %s", ver.why);
		rc = EXIT_SOME_FAILED;
	} else if (anchor) {
		int64_t at = 0;
		if (track_audit_find(st.db, str_c(anchor), &at, &d)) {
			cli_err("cannot verify the audit log: %s", d.msg);
			rc = EXIT_FAILURE_ALL;
		} else if (!at) {
			cli_err("audit log tampered: no entry has the anchored hash '%.64s' (rewritten since)", anchor);
			rc = EXIT_SOME_FAILED;
		} else {
			printf("audit log intact: %lld entries, the anchor is entry %lld\n", (long long)ver.n, (long long)at);
			printf("head %s\n", ver.head);
		}
	} else {
		printf("audit log intact: %lld entries\n", (long long)ver.n);
		if (ver.n)
			printf("head %s\n", ver.head);
	}
out:
	arena_release(&a);
	store_release(&st);
	return rc;
}
