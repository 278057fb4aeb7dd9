/* cmd-report.c: accord report: a summit's implementation report; the iCalendar of targets and events */
#include "cli.h"
#include "../store/store.h"
#include "../track/track.h"
#include "../base/os.h"

#include <string.h>

const char cmd_report_help[] =
	"usage: accord report --summit ID [--compare ID] [--format text|json|csv] [--db PATH]\n"
	"       accord report --calendar [--db PATH]\n"
	"\n"
	"The implementation report of a summit's declarations, the document the\n"
	"secretariat brings to the next summit: compliance figures overall, by state,\n"
	"by issue area, by section and by document; the commitments x states matrix;\n"
	"each section's commitments with their states' current scores and\n"
	"justifications; the evidence list.  --compare ID adds the change of each\n"
	"state's figure since another summit.\n"
	"\n"
	"Figures follow the G7 and G20 Research Groups: the mean of the current\n"
	"scores (-1, 0, +1) of the assessed commitment-state pairs, and the same as a\n"
	"percentage, (mean + 1) / 2 * 100; pairs not assessed are counted, not scored.\n"
	"\n"
	"  --format text   the report to read or print (default)\n"
	"  --format json   the same as one JSON object\n"
	"  --format csv    one row per commitment-state pair (RFC 4180)\n"
	"  --calendar      every dated clause target (on its last day) and every\n"
	"                  event still to come, as an RFC 5545 iCalendar\n"
	"\n"
	"Exit status: 0 done; 2 bad command line; 3 database failure; 4 no such summit.\n";

int cmd_report(int argc, char **argv)
{
	const char *db = NULL, *v;
	int64_t summit = 0, compare = 0;
	int fmt = TRACK_TEXT, rc = EXIT_OK;
	bool calendar = false;
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i], *missing = NULL;
#define VAL(n) (cli_opt(argc, argv, &i, n, &v) && (v || (missing = n, 0)))
		if (VAL("--db"))
			db = v;
		else if (VAL("--summit"))
			rc = cli_id(v, "summit", &summit);
		else if (VAL("--compare"))
			rc = cli_id(v, "summit", &compare);
		else if (VAL("--format")) {
			if (!strcmp(v, "text"))
				fmt = TRACK_TEXT;
			else if (!strcmp(v, "json"))
				fmt = TRACK_JSON;
			else if (!strcmp(v, "csv"))
				fmt = TRACK_CSV;
			else {
				cli_err("unknown format '%s' (text, json or csv)", v);
				rc = EXIT_USAGE;
			}
		} else if (!strcmp(o, "--calendar"))
			calendar = true;
		else if (!missing) {
			cli_err("unknown argument '%s'", o);
			return cli_usage("report");
		}
#undef VAL
		if (missing)
			return cli_missing("report", missing);
		if (rc)
			return rc;
	}
	if (calendar == (summit != 0)) {
		cli_err("report needs --summit ID or --calendar");
		return cli_usage("report");
	}
	struct store st;
	if ((rc = cli_track_open(&st, db)))
		return rc;
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	struct buf out;
	buf_init(&out);
	int err = calendar ? track_ical(st.db, &a, os_time(), &out, &d)
			   : track_report(st.db, &a, summit, compare, fmt, &out, &d);
	if (err) {
		cli_err("cannot make the report: %s", d.msg);
		rc = cli_track_status(err);
	} else if (buf_flush(&out, stdout)) {
		cli_err("cannot write output");
		rc = EXIT_FAILURE_ALL;
	}
	buf_release(&out);
	arena_release(&a);
	store_release(&st);
	return rc;
}
