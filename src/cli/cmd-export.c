/* cmd-export.c: accord export: the registry (or one document) as JSON, CSV or Akoma Ntoso */
#include "cli.h"
#include "../base/os.h"
#include "../store/store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char cmd_export_help[] =
	"usage: accord export [--db PATH] --format json|csv|akn [--document ID] [--output PATH]\n"
	"\n"
	"Write the whole registry, or one document's records, for other programs.\n"
	"\n"
	"  --format json   one object (schema accord.registry/1) with arrays documents,\n"
	"                  summits, entities, events, agreements, clauses, paragraphs and\n"
	"                  mentions; every fact has its document id and byte spans\n"
	"  --format csv    RFC 4180: the clauses, one row each, with a header; with\n"
	"                  --output DIR, one file per kind (DIR/clauses.csv ...)\n"
	"  --format akn    Akoma Ntoso 3.0 XML, one <doc> per document (a declaration is\n"
	"                  <doc name=\"declaration\">), sections and paragraphs with\n"
	"                  stable eIds (sec_VI__para_3), signatories in the conclusions;\n"
	"                  several documents need --output DIR (DIR/doc-N.xml).  The\n"
	"                  language versions of one work (see 'accord help versions')\n"
	"                  are its expressions: each file carries one, in its language\n"
	"                  (eng, rus, zho), under the work URI of the pivot version\n"
	"  --document ID   one document only (3 or doc:3)\n"
	"  --output PATH   write to PATH (a file, or a directory as said above) instead of\n"
	"                  stdout\n"
	"  --db PATH       the registry (default: $ACCORD_DB, else ./accord.db)\n"
	"\n"
	"Examples:\n"
	"  accord export --format json > registry.json\n"
	"  accord export --format akn --document doc:1 --output astana.xml\n"
	"  accord export --format akn --output akn/\n"
	"  accord export --format csv --output csv/\n";

static const char *const json_kinds[] = { "documents", "summits", "entities", "events", "agreements",
					  "clauses", "paragraphs", "mentions", NULL };

static int write_to(const char *path, struct buf *b)
{
	if (!path || !strcmp(path, "-")) {
		if (buf_flush(b, stdout)) {
			cli_err("cannot write output");
			return EXIT_FAILURE_ALL;
		}
		return EXIT_OK;
	}
	FILE *f = fopen(path, "wb");
	int rc = EXIT_OK;
	if (!f || buf_flush(b, f)) {
		cli_err("cannot write '%s': %s", path, strerror(errno));
		rc = EXIT_FAILURE_ALL;
	}
	if (f && fclose(f) != 0 && !rc) {
		cli_err("cannot write '%s': %s", path, strerror(errno));
		rc = EXIT_FAILURE_ALL;
	}
	return rc;
}

/* The filter for kind when exporting one document (0: all). */
static struct store_filter filter(const char *kind, int64_t doc, int64_t summit)
{
	struct store_filter f = STORE_FILTER_ANY;
	if (!doc)
		return f;
	if (!strcmp(kind, "summits"))
		f.id = summit ? summit : -1;
	else
		f.document = doc;
	return f;
}

static int64_t doc_summit(struct store *st, Arena *a, int64_t doc)
{
	struct store_filter f = STORE_FILTER_ANY;
	f.id = doc;
	struct store_table t;
	struct diag d;
	if (store_list(st, a, "documents", &f, &t, &d) || !t.nrows)
		return 0;
	int c = store_table_col(&t, "summit");
	const struct store_cell *x = store_cell(&t, 0, c);
	return x->s.s ? strtoll(x->s.s, NULL, 10) : 0;
}

static int export_json(struct store *st, Arena *a, int64_t doc, const char *out)
{
	struct buf b;
	buf_init(&b);
	int64_t summit = doc ? doc_summit(st, a, doc) : 0;
	buf_puts(&b, "{\n\"schema\": \"accord.registry/1\"");
	int rc = EXIT_OK;
	for (int k = 0; json_kinds[k] && !rc; k++) {
		struct store_filter f = filter(json_kinds[k], doc, summit);
		struct store_table t;
		struct diag d;
		diag_clear(&d);
		if (store_list(st, a, json_kinds[k], &f, &t, &d)) {
			cli_err("cannot export: %s", d.msg);
			rc = EXIT_FAILURE_ALL;
			break;
		}
		buf_printf(&b, ",\n\"%s\": ", json_kinds[k]);
		store_table_json(&b, &t);
	}
	buf_puts(&b, "}\n");
	if (!rc)
		rc = write_to(out, &b);
	buf_release(&b);
	return rc;
}

static int export_csv(struct store *st, Arena *a, int64_t doc, const char *out)
{
	bool dir = out && os_is_dir(out);
	int64_t summit = doc ? doc_summit(st, a, doc) : 0;
	int rc = EXIT_OK;
	for (int k = 0; json_kinds[k] && !rc; k++) {
		if (!dir && strcmp(json_kinds[k], "clauses"))
			continue;
		struct store_filter f = filter(json_kinds[k], doc, summit);
		struct store_table t;
		struct diag d;
		diag_clear(&d);
		if (store_list(st, a, json_kinds[k], &f, &t, &d)) {
			cli_err("cannot export: %s", d.msg);
			return EXIT_FAILURE_ALL;
		}
		struct buf b;
		buf_init(&b);
		store_table_csv(&b, &t);
		if (dir) {
			Str path = arena_printf(a, "%s/%s.csv", out, json_kinds[k]);
			rc = write_to(path.s, &b);
		} else {
			rc = write_to(out, &b);
		}
		buf_release(&b);
	}
	return rc;
}

static int export_akn(struct store *st, Arena *a, int64_t doc, const char *out)
{
	struct store_filter f = STORE_FILTER_ANY;
	f.id = doc;
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	if (store_list(st, a, "documents", &f, &t, &d)) {
		cli_err("cannot export: %s", d.msg);
		return EXIT_FAILURE_ALL;
	}
	if (doc && !t.nrows) {
		cli_err("no such record 'doc:%lld'", (long long)doc);
		return EXIT_NOT_FOUND;
	}
	bool dir = out && os_is_dir(out);
	if (!doc && !dir) {
		if (t.nrows != 1 && out && mkdir(out, 0777) != 0) {
			cli_err("cannot create '%s': %s", out, strerror(errno));
			return EXIT_FAILURE_ALL;
		}
		if (t.nrows != 1 && !out) {
			cli_err("%d documents: give --document ID, or --output DIR for one file each", t.nrows);
			return EXIT_USAGE;
		}
		dir = t.nrows != 1;
	}
	int rc = EXIT_OK;
	for (int r = 0; r < t.nrows && !rc; r++) {
		int64_t id = strtoll(store_cell(&t, r, 0)->s.s, NULL, 10);
		struct arena_mark m = arena_save(a);
		struct rec rec;
		if (store_load_rec(st, a, id, &rec, &d)) {
			cli_err("cannot export doc:%lld: %s", (long long)id, d.msg);
			rc = EXIT_FAILURE_ALL;
			break;
		}
		/* A language version is an expression of its pivot's work. */
		char lang[4];
		int64_t pivot;
		struct rec work;
		if (store_doc_version(st, id, lang, &pivot, &d) ||
		    (pivot && pivot != id && store_load_rec(st, a, pivot, &work, &d))) {
			cli_err("cannot export doc:%lld: %s", (long long)id, d.msg);
			rc = EXIT_FAILURE_ALL;
			break;
		}
		struct buf b;
		buf_init(&b);
		emit_akn_expression(&b, a, &rec, pivot && pivot != id ? &work : NULL, lang);
		if (dir) {
			Str path = arena_printf(a, "%s/doc-%lld.xml", out, (long long)id);
			rc = write_to(path.s, &b);
		} else {
			rc = write_to(out, &b);
		}
		buf_release(&b);
		arena_restore(a, m);
	}
	return rc;
}

int cmd_export(int argc, char **argv)
{
	const char *db = NULL, *out = NULL, *format = NULL, *v;
	int64_t doc = 0;
	for (int i = 1; i < argc; i++) {
		int rc = EXIT_OK;
		if (cli_opt(argc, argv, &i, "--db", &v) && v)
			db = v;
		else if (cli_opt(argc, argv, &i, "--format", &v) && v)
			format = v;
		else if (cli_opt(argc, argv, &i, "--output", &v) && v)
			out = v;
		else if (cli_opt(argc, argv, &i, "--document", &v) && v)
			rc = cli_id(v, "document", &doc);
		else {
			cli_err("unknown option or missing value '%s'", argv[i]);
			return cli_usage("export");
		}
		if (rc)
			return rc;
	}
	if (!format) {
		cli_err("which format: --format json, csv or akn");
		return cli_usage("export");
	}
	if (strcmp(format, "json") && strcmp(format, "csv") && strcmp(format, "akn")) {
		cli_err("unknown format '%s' (json, csv or akn)", format);
		return EXIT_USAGE;
	}
	struct store st;
	int rc = cli_db_open(&st, db);
	if (rc)
		return rc;
	Arena a;
	arena_init(&a, 1 << 20);
	if (!strcmp(format, "json"))
		rc = export_json(&st, &a, doc, out);
	else if (!strcmp(format, "csv"))
		rc = export_csv(&st, &a, doc, out);
	else
		rc = export_akn(&st, &a, doc, out);
	arena_release(&a);
	store_release(&st);
	return rc;
}
