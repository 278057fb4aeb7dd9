/* cmd-list.c: accord list: the registry's records of one kind, filtered */
#include "cli.h"
#include "../store/store.h"

#include <string.h>

const char cmd_list_help[] =
	"usage: accord list [--db PATH] [FILTERS] [--limit N] [--offset N] [--format table|json|csv]\n"
	"                   documents|summits|events|agreements|clauses|commitments|entities|mentions|paragraphs|stats\n"
	"\n"
	"Print the registry's records of one kind, one row each ('stats': one row of\n"
	"counts: documents, summits, events ... and bytes ingested).\n"
	"\n"
	"Filters (each applies to the kinds that have what it names; another is an error):\n"
	"  --document ID      records of one document (3 or doc:3)\n"
	"  --summit ID        records of the documents of one summit (1 or summit:1)\n"
	"  --area AREA        clauses in an issue area (energy, trade, security ...), or\n"
	"                     documents with such a clause\n"
	"  --actor CODE       a state (ISO alpha-3: KAZ) among the clause's actors, the\n"
	"                     event's participants, the agreement's parties ...\n"
	"  --modality M       commit, willing, support, call, reaffirm, welcome, appreciate, note\n"
	"  --commitment yes|no  clauses that are (not) commitments\n"
	"  --section S        clauses of a section (VI)\n"
	"  --type T           event type, agreement kind, entity type or document kind\n"
	"  --since DATE, --until DATE   by date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive:\n"
	"                     the document's date for clauses, the event's for events ...\n"
	"  --limit N, --offset N   a page of the rows\n"
	"\n"
	"  --format table     aligned columns, long values cut (the default on a terminal)\n"
	"  --format json      an array of objects (the default otherwise)\n"
	"  --format csv       RFC 4180: a header row, CRLF line ends, quoted when needed\n"
	"  --db PATH          the registry (default: $ACCORD_DB, else ./accord.db)\n"
	"\n"
	"Examples:\n"
	"  accord list summits\n"
	"  accord list commitments --area energy --since 2023\n"
	"  accord list clauses --actor KAZ --modality commit --format csv > kaz.csv\n"
	"  accord list events --document doc:2 --type meeting\n";

int cmd_list(int argc, char **argv)
{
	const char *db = NULL, *kind = NULL, *v;
	int fmt = cli_default_format();
	struct store_filter f = STORE_FILTER_ANY;
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i];
		int rc = EXIT_OK;
		if (o[0] != '-') {
			if (kind) {
				cli_err("one kind of record at a time ('%s' and '%s')", kind, o);
				return cli_usage("list");
			}
			kind = o;
			continue;
		}
		const char *missing = NULL;
#define VAL(name) (cli_opt(argc, argv, &i, name, &v) && (v || (missing = name, 0)))
		if (VAL("--db"))
			db = v;
		else if (VAL("--format"))
			rc = cli_format(v, &fmt);
		else if (VAL("--document"))
			rc = cli_id(v, "document", &f.document);
		else if (VAL("--summit"))
			rc = cli_id(v, "summit", &f.summit);
		else if (VAL("--area"))
			f.area = str_c(v);
		else if (VAL("--actor"))
			f.actor = str_c(v);
		else if (VAL("--modality"))
			f.modality = str_c(v);
		else if (VAL("--type"))
			f.type = str_c(v);
		else if (VAL("--section"))
			f.section = str_c(v);
		else if (VAL("--since"))
			f.since = str_c(v);
		else if (VAL("--until"))
			f.until = str_c(v);
		else if (VAL("--limit"))
			rc = cli_count(v, "--limit", &f.limit);
		else if (VAL("--offset"))
			rc = cli_count(v, "--offset", &f.offset);
		else if (VAL("--commitment")) {
			if (!strcmp(v, "yes"))
				f.commitment = 1;
			else if (!strcmp(v, "no"))
				f.commitment = 0;
			else {
				cli_err("--commitment takes yes or no, not '%s'", v);
				rc = EXIT_USAGE;
			}
		} else {
			if (missing)
				cli_err("%s needs a value", missing);
			else
				cli_err("unknown option '%s'", o);
			return cli_usage("list");
		}
#undef VAL
		if (rc)
			return rc;
	}
	if (!kind) {
		cli_err("what to list: documents, summits, events, agreements, clauses, commitments, entities, stats");
		return cli_usage("list");
	}
	struct store st;
	int rc = cli_db_open(&st, db);
	if (rc)
		return rc;
	Arena a;
	arena_init(&a, 1 << 20);
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	int r = strcmp(kind, "stats") ? store_list(&st, &a, kind, &f, &t, &d) : store_stats(&st, &a, &t, &d);
	if (r) {
		cli_err("%s", d.msg);
		rc = r == ACC_EINVAL ? EXIT_USAGE : EXIT_FAILURE_ALL;
	} else {
		rc = cli_print(&t, fmt);
	}
	arena_release(&a);
	store_release(&st);
	return rc;
}
