/* cmd-versions.c: accord versions: the language versions of a work, aligned */
#include "cli.h"
#include "../store/store.h"

#include <stdlib.h>
#include <string.h>

const char cmd_versions_help[] =
	"usage: accord versions [--db PATH] [--align [LANG]] [--format table|json|csv] DOC\n"
	"\n"
	"A declaration issued in several languages is one work with a version in each\n"
	"(see 'accord help ingest' for how versions are linked).  Without --align, list\n"
	"the versions of DOC's work: its pivot first (the version whose extracted\n"
	"attributes apply to all, the English one when there is one), then the others.\n"
	"\n"
	"With --align, print the pivot's paragraphs beside another version's, aligned\n"
	"by their numbering (parts I, 1 and 一 are the same part; paragraphs pair by\n"
	"order within a part) or by order alone when the numbering differs; each row\n"
	"carries the attributes of the pivot's clause: modality, commitment, actors and\n"
	"issue areas.  A paragraph without a counterpart has empty cells on the other\n"
	"side.\n"
	"\n"
	"  DOC             a document id: 3 or doc:3 (any version of the work)\n"
	"  --align [LANG]  align with the version in LANG (en, ru, zh); default: DOC\n"
	"                  itself, or the first non-pivot version when DOC is the pivot\n"
	"  --format F      table (the default on a terminal), json or csv\n"
	"  --db PATH       the registry (default: $ACCORD_DB, else ./accord.db)\n"
	"\n"
	"The exit status is 4 when DOC does not exist or has no version to align with.\n"
	"\n"
	"Examples:\n"
	"  accord versions doc:3\n"
	"  accord versions --align ru --format csv doc:3 > aligned.csv\n";

/* The version of the work to align with the pivot: lang's, or doc itself
 * when it is not the pivot, or the first other version; 0 when none. */
static int64_t partner(const struct store_table *v, int64_t doc, const char *lang)
{
	int cid = store_table_col(v, "document"), clang = store_table_col(v, "lang");
	for (int r = 1; r < v->nrows; r++) {
		int64_t id = strtoll(store_cell(v, r, cid)->s.s, NULL, 10);
		Str l = store_cell(v, r, clang)->s;
		if (lang ? str_eq(l, str_c(lang)) : id == doc)
			return id;
	}
	if (lang || v->nrows < 2)
		return 0;
	return strtoll(store_cell(v, 1, cid)->s.s, NULL, 10);
}

int cmd_versions(int argc, char **argv)
{
	const char *db = NULL, *v, *lang = NULL;
	bool align = false;
	int64_t doc = 0;
	int fmt = cli_default_format(), rc = EXIT_OK;
	for (int i = 1; i < argc && !rc; i++) {
		if (cli_opt(argc, argv, &i, "--db", &v)) {
			if (!v)
				return cli_missing("versions", "--db");
			db = v;
		} else if (cli_opt(argc, argv, &i, "--format", &v)) {
			if (!v)
				return cli_missing("versions", "--format");
			rc = cli_format(v, &fmt);
		} else if (!strcmp(argv[i], "--align")) {
			align = true;
			/* The language is optional: two letters are one ("ru"), an id is not ("12"). */
			const char *n = i + 1 < argc ? argv[i + 1] : "";
			if (strlen(n) == 2 && n[0] >= 'a' && n[0] <= 'z' && n[1] >= 'a' && n[1] <= 'z')
				lang = argv[++i];
		} else if (argv[i][0] == '-') {
			cli_err("unknown option '%s'", argv[i]);
			return cli_usage("versions");
		} else if (doc) {
			cli_err("one document at a time");
			return cli_usage("versions");
		} else {
			rc = cli_id(argv[i], "doc", &doc);
		}
	}
	if (rc)
		return rc;
	if (!doc) {
		cli_err("which document? (an id as 'accord list documents' shows it)");
		return cli_usage("versions");
	}
	struct store st;
	if ((rc = cli_db_open(&st, db)))
		return rc;
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	struct store_table t;
	int err = store_versions(&st, &a, doc, &t, &d);
	if (!err && align) {
		int64_t other = partner(&t, doc, lang);
		if (!other) {
			cli_err(lang ? "doc:%lld has no version in '%s'" : "doc:%lld has no other version%s",
				(long long)doc, lang ? lang : "");
			rc = EXIT_NOT_FOUND;
			goto out;
		}
		int64_t pivot = strtoll(store_cell(&t, 0, store_table_col(&t, "document"))->s.s, NULL, 10);
		err = store_align(&st, &a, pivot, other, &t, &d);
	}
	if (err) {
		cli_err("%s", d.msg[0] ? d.msg : acc_strerror(err));
		rc = err == ACC_ENOTFOUND ? EXIT_NOT_FOUND : EXIT_FAILURE_ALL;
	} else {
		rc = cli_print(&t, fmt);
	}
out:
	arena_release(&a);
	store_release(&st);
	return rc;
}
