/* cmd-search.c: accord search: full-text search of the registry's paragraphs */
#include "cli.h"
#include "../store/store.h"

#include <string.h>
#include <unistd.h>

const char cmd_search_help[] =
	"usage: accord search [--db PATH] [--document ID] [--summit ID] [--section S] [--area AREA]\n"
	"                     [--limit N] [--format table|json|csv] QUERY...\n"
	"\n"
	"Search the text of every paragraph in the registry (SQLite FTS5, words folded:\n"
	"case and diacritics do not matter) and print the best matches first (bm25),\n"
	"each with a snippet where the matching words are marked: bold on a terminal,\n"
	"[like this] otherwise.  The words of QUERY must all occur; FTS5 syntax works:\n"
	"\"exact phrase\", OR, NOT, NEAR(a b), prefix*.\n"
	"\n"
	"  --document ID   only this document (3 or doc:3)\n"
	"  --summit ID     only the documents of this summit\n"
	"  --section S     only paragraphs of this section (VI)\n"
	"  --area AREA     only clauses in this issue area\n"
	"  --limit N       at most N results (default 20)\n"
	"  --format F      table (the default on a terminal), json (otherwise) or csv\n"
	"  --db PATH       the registry (default: $ACCORD_DB, else ./accord.db)\n"
	"\n"
	"Examples:\n"
	"  accord search railway\n"
	"  accord search --area energy \"green energy\" OR hydropower\n"
	"  accord search --format json --limit 5 secretariat | jq '.[].clause'\n";

static int table(const struct store_table *t)
{
	struct buf b;
	buf_init(&b);
	int doc = store_table_col(t, "document"), clause = store_table_col(t, "clause"),
	    para = store_table_col(t, "paragraph"), sec = store_table_col(t, "section"),
	    eid = store_table_col(t, "eid"), title = store_table_col(t, "title"),
	    snip = store_table_col(t, "snippet");
	for (int r = 0; r < t->nrows; r++) {
		const struct store_cell *c = store_cell(t, r, clause);
		buf_printf(&b, "doc:%s  ", store_cell(t, r, doc)->s.s);
		if (c->s.s)
			buf_printf(&b, "clause:%s", c->s.s);
		else
			buf_printf(&b, "paragraph:%s", store_cell(t, r, para)->s.s);
		if (store_cell(t, r, eid)->s.s)
			buf_printf(&b, "  %s", store_cell(t, r, eid)->s.s);
		else if (store_cell(t, r, sec)->s.s)
			buf_printf(&b, "  section %s", store_cell(t, r, sec)->s.s);
		if (store_cell(t, r, title)->s.s)
			buf_printf(&b, "  %s", store_cell(t, r, title)->s.s);
		buf_puts(&b, "\n    ");
		buf_put(&b, store_cell(t, r, snip)->s);
		buf_puts(&b, "\n");
	}
	if (!t->nrows)
		buf_puts(&b, "no match\n");
	int rc = buf_flush(&b, stdout);
	buf_release(&b);
	if (rc) {
		cli_err("cannot write output");
		return EXIT_FAILURE_ALL;
	}
	return EXIT_OK;
}

int cmd_search(int argc, char **argv)
{
	const char *db = NULL, *v, *missing = NULL;
	int fmt = cli_default_format();
	struct store_filter f = STORE_FILTER_ANY;
	struct buf q;
	buf_init(&q);
	int rc = EXIT_OK, i = 1;
	for (; i < argc && rc == EXIT_OK; i++) {
		const char *o = argv[i];
		if (o[0] != '-' || !o[1] || !strcmp(o, "--")) {
			if (!strcmp(o, "--"))
				continue;
			if (q.len)
				buf_putc(&q, ' ');
			buf_puts(&q, o);
			continue;
		}
#define VAL(name) (cli_opt(argc, argv, &i, name, &v) && (v || (missing = name, 0)))
		if (VAL("--db"))
			db = v;
		else if (VAL("--format"))
			rc = cli_format(v, &fmt);
		else if (VAL("--document"))
			rc = cli_id(v, "document", &f.document);
		else if (VAL("--summit"))
			rc = cli_id(v, "summit", &f.summit);
		else if (VAL("--section"))
			f.section = str_c(v);
		else if (VAL("--area"))
			f.area = str_c(v);
		else if (VAL("--limit"))
			rc = cli_count(v, "--limit", &f.limit);
		else {
			if (missing)
				cli_err("%s needs a value", missing);
			else
				cli_err("unknown option '%s'", o);
			rc = cli_usage("search");
		}
#undef VAL
	}
	if (!rc && !q.len) {
		cli_err("nothing to search for");
		rc = cli_usage("search");
	}
	if (rc) {
		buf_release(&q);
		return rc;
	}
	struct store st;
	if ((rc = cli_db_open(&st, db))) {
		buf_release(&q);
		return rc;
	}
	Arena a;
	arena_init(&a, 1 << 20);
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	bool tty = fmt == CLI_TABLE && isatty(1);
	int r = store_search(&st, &a, buf_str(&q), &f, tty ? "\033[1m" : "[", tty ? "\033[0m" : "]", &t, &d);
	if (r) {
		cli_err("cannot search: %s", d.msg);
		rc = r == ACC_EINVAL ? EXIT_USAGE : EXIT_FAILURE_ALL;
	} else {
		rc = fmt == CLI_TABLE ? table(&t) : cli_print(&t, fmt);
	}
	arena_release(&a);
	store_release(&st);
	buf_release(&q);
	return rc;
}
