/* cmd-extract.c: accord extract: run the pipeline on files and print records */
#include "cli.h"
#include "../base/os.h"
#include "../record/record.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char cmd_extract_help[] =
	"usage: accord extract [--format eval|json|text|summary] [--explain] [--entities-only]\n"
	"                      [--output DIR] FILE|DIR...\n"
	"\n"
	"Read each document (plain text, Markdown, the wiki-like article form, or HTML),\n"
	"and print what accord finds in it: the document's fields, the summit it reports,\n"
	"its entities and dates, events, agreements and one clause per operative paragraph.\n"
	"A directory stands for every file under it.\n"
	"\n"
	"  --format eval     one JSON record per document, as ../shared/eval/SCHEMA.md\n"
	"                    describes (accord.extract/1); the default when not a terminal\n"
	"  --format json     the full record: the eval record plus byte spans, the reasons\n"
	"                    for each attribute, the document tree and every mention\n"
	"  --format text     for people: outline, entities, and the clauses as a table;\n"
	"                    the default on a terminal\n"
	"  --format summary  one line per document and a total\n"
	"  --explain         instead of the record: for each clause, event and agreement,\n"
	"                    the words that decided each attribute (byte span in the file\n"
	"                    and rule name); with --format json the reasons are in the\n"
	"                    record's \"why\" arrays\n"
	"  --entities-only   stop after entities, dates, document and summit fields\n"
	"  --output DIR      write DIR/NAME.json (or .txt) per input instead of stdout\n"
	"\n"
	"A file that cannot be read (missing, a directory, empty, invalid UTF-8, a NUL\n"
	"byte, binary, over 256 MiB, a line over 1 MiB) gets one line on stderr naming it\n"
	"and the reason; the other files are still processed, and the exit status is 1.\n"
	"\n"
	"Examples:\n"
	"  accord extract ../shared/corpus/seeds/astana-declaration-2025.txt\n"
	"  accord extract --format eval --output out/ ../shared/corpus/seeds\n"
	"  accord extract --explain declaration.txt | less\n";

enum fmt { F_EVAL, F_JSON, F_TEXT, F_SUMMARY, F_EXPLAIN };

struct run {
	enum fmt fmt;
	bool explain;
	enum rec_depth depth;
	const char *outdir;
	const struct kb *kb;
	int ok, failed;
	struct buf out;
	/* summary totals */
	long nentities, nevents, nagreements, nclauses, ncommitments;
	long long bytes;
};

static void summary_line(struct run *r, const char *path, const struct rec *rec)
{
	int commitments = 0;
	for (int i = 0; i < rec->x.nclauses; i++)
		commitments += rec->x.clauses[i].commitment;
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	char date[11];
	date_iso(rec->x.doc.date, date);
	buf_printf(&r->out, "%-28.28s %-11s %-10s %5d entities %4d events %3d agreements %4d clauses %4d commitments\n",
		   base, doc_kind_name(rec->x.doc.kind), date[0] ? date : "-", rec->e.n, rec->x.nevents,
		   rec->x.nagreements, rec->x.nclauses, commitments);
	r->nentities += rec->e.n;
	r->nevents += rec->x.nevents;
	r->nagreements += rec->x.nagreements;
	r->nclauses += rec->x.nclauses;
	r->ncommitments += commitments;
}

static int write_file(const char *dir, const char *path, const char *ext, Str data)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	int stem = dot && dot != base ? (int)(dot - base) : (int)strlen(base);
	size_t len = strlen(dir) + strlen(base) + strlen(ext) + 3;
	char *name = malloc(len);
	if (!name)
		return -1;
	snprintf(name, len, "%s/%.*s%s", dir, stem, base, ext);
	FILE *f = fopen(name, "wb");
	int rc = 0;
	if (!f || fwrite(data.s, 1, (size_t)data.len, f) != (size_t)data.len) {
		cli_err("cannot write '%s': %s", name, strerror(errno));
		rc = -1;
	}
	if (f && fclose(f) != 0)
		rc = -1;
	free(name);
	return rc;
}

static int one(const char *path, void *ctx)
{
	struct run *r = ctx;
	Arena a;
	arena_init(&a, 1 << 20);
	struct rec rec;
	struct diag d;
	diag_clear(&d);
	int rc = rec_extract_file(&a, r->kb, path, r->depth, &rec, &d);
	if (rc) {
		cli_err("cannot read '%s': %s", path, d.msg[0] ? d.msg : acc_strerror(rc));
		r->failed++;
		arena_release(&a);
		return 0;
	}
	r->ok++;
	r->bytes += rec.doc.src.len;
	ptrdiff_t start = r->out.len;
	switch (r->explain ? F_EXPLAIN : r->fmt) {
	case F_EXPLAIN: break;
	case F_EVAL: emit_eval(&r->out, &rec); break;
	case F_JSON: emit_json(&r->out, &rec); break;
	case F_TEXT: emit_text(&r->out, &rec); break;
	case F_SUMMARY: summary_line(r, path, &rec); break;
	}
	if (r->explain && r->fmt != F_JSON)
		emit_explain(&r->out, &rec);
	if (r->outdir) {
		Str data = { r->out.p + start, r->out.len - start };
		if (write_file(r->outdir, path, r->fmt == F_TEXT || r->fmt == F_SUMMARY ? ".txt" : ".json", data))
			r->failed++;
		r->out.len = start;
	}
	if (r->out.len > (1 << 20) && buf_flush(&r->out, stdout))
		r->failed++;
	arena_release(&a);
	return 0;
}

int cmd_extract(int argc, char **argv)
{
	struct run r = { 0 };
	r.depth = REC_FULL;
	r.fmt = isatty(1) ? F_TEXT : F_EVAL;
	buf_init(&r.out);
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o = argv[i];
		if (!strcmp(o, "--")) {
			i++;
			break;
		} else if (!strcmp(o, "--format") || !strncmp(o, "--format=", 9)) {
			const char *v = o[8] == '=' ? o + 9 : (i + 1 < argc ? argv[++i] : NULL);
			if (!v)
				return cli_usage("extract");
			if (!strcmp(v, "eval"))
				r.fmt = F_EVAL;
			else if (!strcmp(v, "json"))
				r.fmt = F_JSON;
			else if (!strcmp(v, "text"))
				r.fmt = F_TEXT;
			else if (!strcmp(v, "summary"))
				r.fmt = F_SUMMARY;
			else {
				cli_err("unknown format '%s' (eval, json, text or summary)", v);
				return EXIT_USAGE;
			}
		} else if (!strcmp(o, "--explain")) {
			r.explain = true;
		} else if (!strcmp(o, "--entities-only")) {
			r.depth = REC_ENTITIES;
		} else if (!strcmp(o, "--output") || !strcmp(o, "-o")) {
			if (i + 1 >= argc)
				return cli_usage("extract");
			r.outdir = argv[++i];
		} else {
			cli_err("unknown option '%s'", o);
			return cli_usage("extract");
		}
	}
	if (i >= argc) {
		cli_err("no input files");
		return cli_usage("extract");
	}
	if (r.outdir && !os_is_dir(r.outdir) && mkdir(r.outdir, 0777) != 0) {
		cli_err("cannot create '%s': %s", r.outdir, strerror(errno));
		return EXIT_FAILURE_ALL;
	}
	r.kb = kb_default();
	int64_t t0 = os_now_ms();
	for (; i < argc; i++) {
		if (os_is_dir(argv[i]))
			os_walk(argv[i], one, &r);
		else
			one(argv[i], &r);
	}
	if (r.fmt == F_SUMMARY) {
		double secs = (double)(os_now_ms() - t0) / 1000.0;
		buf_printf(&r.out, "%d documents (%d failed), %.1f MB in %.2f s: %ld entities, %ld events, "
			   "%ld agreements, %ld clauses, %ld commitments\n",
			   r.ok, r.failed, (double)r.bytes / 1e6, secs, r.nentities, r.nevents, r.nagreements,
			   r.nclauses, r.ncommitments);
	}
	if (buf_flush(&r.out, stdout)) {
		cli_err("cannot write output");
		r.failed++;
	}
	buf_release(&r.out);
	return r.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
