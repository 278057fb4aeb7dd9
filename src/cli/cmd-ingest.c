/* cmd-ingest.c: accord ingest: run the pipeline on files and keep the records in the registry */
#include "cli.h"
#include "../base/os.h"
#include "../store/store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char cmd_ingest_help[] =
	"usage: accord ingest [--db PATH] [--stats] [--version-of DOC] FILE|DIR...\n"
	"\n"
	"Extract each document (as 'accord extract' does) and keep its record in the\n"
	"registry, an SQLite database: the document's text and tree, its entities and\n"
	"mentions, summit, events, agreements and clauses, each fact with its byte span\n"
	"in the normalised text and in the original file.  A directory stands for every\n"
	"file under it.\n"
	"\n"
	"Each document is written in one transaction: it is in the registry whole or\n"
	"not at all, even if accord is killed.  A document is known by its absolute\n"
	"path: ingesting it again unchanged (same SHA-256) changes nothing; a changed\n"
	"file replaces its facts, and clauses whose text still matches keep their ids\n"
	"(and the assessments attached to them).\n"
	"\n"
	"  --db PATH   the registry (default: $ACCORD_DB, else ./accord.db); created\n"
	"              when missing\n"
	"  --stats     also print the time taken and the throughput on stderr\n"
	"  --version-of DOC\n"
	"              the files are language versions of document DOC (an id as\n"
	"              'accord list documents' shows it: 3 or doc:3, or the path it\n"
	"              was ingested from): one work in several languages\n"
	"\n"
	"Language versions: a declaration issued in English, Russian and Chinese is one\n"
	"work.  A new document joins a document in another language as its version by\n"
	"itself when their kind, date and place agree and their paragraph counts are\n"
	"close; --version-of links it whatever its fields say.  The English version is\n"
	"the work's pivot: its clauses' attributes apply to every version, aligned\n"
	"paragraph by paragraph ('accord versions --align doc:N').\n"
	"\n"
	"A progress bar is drawn on stderr when it is a terminal and there is more than\n"
	"one file.  The last line says what happened:\n"
	"  N documents: N new, N changed, N unchanged, N failed; N facts added\n"
	"A file that cannot be read or extracted gets one line on stderr; the others are\n"
	"still ingested, and the exit status is 1.  The status is 3 when the database\n"
	"cannot be opened.\n"
	"\n"
	"Examples:\n"
	"  accord ingest ../shared/corpus\n"
	"  accord ingest --db /tmp/reg.db declaration.txt article.txt\n"
	"  ACCORD_DB=reg.db accord ingest ../shared/corpus/seeds && accord list documents\n"
	"  accord ingest --version-of 3 declaration-ru.txt declaration-zh.txt\n";

struct files {
	Arena *a;
	char **v;
	ptrdiff_t n, cap;
};

static int collect(const char *path, void *ctx)
{
	struct files *f = ctx;
	char *p = arena_cstr(f->a, str_c(path));
	apush(f->a, f->v, f->n, f->cap, p);
	return 0;
}

/* The absolute form of path, "." and ".." resolved by name (symbolic links
 * are kept: a link is a document of its own). */
static Str absolute(Arena *a, const char *path)
{
	struct buf b;
	buf_init(&b);
	if (path[0] != '/') {
		char cwd[4096];
		if (getcwd(cwd, sizeof cwd))
			buf_puts(&b, cwd);
	}
	buf_putc(&b, '/');
	buf_puts(&b, path);
	/* resolve in place: segments copied to out, ".." pops one */
	char *s = b.p;
	ptrdiff_t len = b.len, out = 0;
	for (ptrdiff_t i = 0; i < len;) {
		while (i < len && s[i] == '/')
			i++;
		ptrdiff_t j = i;
		while (j < len && s[j] != '/')
			j++;
		ptrdiff_t n = j - i;
		if (n == 0 || (n == 1 && s[i] == '.')) {
			/* skip */
		} else if (n == 2 && s[i] == '.' && s[i + 1] == '.') {
			while (out > 0 && s[out - 1] != '/')
				out--;
			if (out > 0)
				out--;
		} else {
			s[out++] = '/';
			memmove(s + out, s + i, (size_t)n);
			out += n;
		}
		i = j;
	}
	Str r = arena_str(a, out ? (Str){ s, out } : S("/"));
	buf_release(&b);
	return r;
}

/* The document named by arg: an id ("3", "doc:3") or the path it was
 * ingested from.  Returns 0, or an exit status after a message. */
static int find_document(struct store *st, Arena *a, const char *arg, int64_t *id)
{
	const char *num = strncmp(arg, "doc:", 4) ? arg : arg + 4;
	char *end;
	long long n = strtoll(num, &end, 10);
	sqlite3_stmt *s = NULL;
	*id = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT id FROM documents WHERE id = ?1 OR source = ?2", -1, &s, NULL) ==
	    SQLITE_OK) {
		sqlite3_bind_int64(s, 1, *num && !*end && n > 0 ? n : -1);
		Str path = absolute(a, arg);
		sqlite3_bind_text(s, 2, path.s, (int)path.len, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW)
			*id = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	if (*id)
		return EXIT_OK;
	cli_err("--version-of: no document '%s' in the registry (see 'accord list documents')", arg);
	return EXIT_NOT_FOUND;
}

static void progress(int done, int total, const char *path)
{
	const int width = 30;
	int fill = total ? done * width / total : width;
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	fprintf(stderr, "\r\033[K[");
	for (int i = 0; i < width; i++)
		fputc(i < fill ? '#' : '.', stderr);
	fprintf(stderr, "] %d/%d %.40s", done, total, base);
	fflush(stderr);
}

int cmd_ingest(int argc, char **argv)
{
	const char *db = NULL, *v, *version_of = NULL;
	bool stats = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		} else if (cli_opt(argc, argv, &i, "--db", &v)) {
			if (!v)
				return cli_usage("ingest");
			db = v;
		} else if (cli_opt(argc, argv, &i, "--version-of", &v)) {
			if (!v)
				return cli_usage("ingest");
			version_of = v;
		} else if (!strcmp(argv[i], "--stats")) {
			stats = true;
		} else {
			cli_err("unknown option '%s'", argv[i]);
			return cli_usage("ingest");
		}
	}
	if (i >= argc) {
		cli_err("no input files");
		return cli_usage("ingest");
	}
	Arena perm;
	arena_init(&perm, 1 << 16);
	struct files f = { &perm, NULL, 0, 0 };
	int failed = 0;
	for (; i < argc; i++) {
		if (os_is_dir(argv[i]))
			os_walk(argv[i], collect, &f);
		else
			collect(argv[i], &f);
	}
	struct store st;
	int rc = cli_db_open(&st, db);
	if (rc) {
		arena_release(&perm);
		return rc;
	}
	int64_t of = 0;
	if (version_of && (rc = find_document(&st, &perm, version_of, &of))) {
		store_release(&st);
		arena_release(&perm);
		return rc;
	}
	const struct kb *kb = kb_default();
	bool bar = f.n > 1 && isatty(2);
	long counts[4] = { 0 };
	long long facts = 0, bytes = 0;
	int64_t t0 = os_now_ms();
	Arena a;
	arena_init(&a, 1 << 20);
	for (ptrdiff_t k = 0; k < f.n; k++) {
		const char *path = f.v[k];
		if (bar)
			progress((int)k, (int)f.n, path);
		struct arena_mark m = arena_save(&a);
		struct diag d;
		diag_clear(&d);
		Str src;
		struct store_ingested res;
		int r = os_read_file(&a, path, DOC_MAX_BYTES, &src, &d);
		if (!r)
			r = store_ingest(&st, kb, &a, absolute(&a, path), src, &res, &d);
		if (!r && of)
			r = store_version_attach(&st, of, res.doc_id, &d);
		if (r) {
			if (bar)
				fputs("\r\033[K", stderr);
			cli_err("cannot ingest '%s': %s", path, d.msg[0] ? d.msg : acc_strerror(r));
			failed++;
		} else {
			counts[res.outcome]++;
			facts += res.nfacts;
			bytes += src.len;
		}
		arena_restore(&a, m);
	}
	if (bar)
		fputs("\r\033[K", stderr);
	printf("%ld documents: %ld new, %ld changed, %ld unchanged, %d failed; %lld facts added\n",
	       (long)f.n, counts[STORE_NEW], counts[STORE_CHANGED], counts[STORE_UNCHANGED], failed, facts);
	if (stats) {
		double secs = (double)(os_now_ms() - t0) / 1000.0;
		fprintf(stderr, "%.2f MB in %.2f s: %.2f MB/s, %.0f documents/s\n", (double)bytes / 1e6, secs,
			secs > 0 ? (double)bytes / 1e6 / secs : 0.0, secs > 0 ? (double)f.n / secs : 0.0);
	}
	arena_release(&a);
	store_release(&st);
	arena_release(&perm);
	if (fflush(stdout) != 0) {
		cli_err("cannot write output");
		return EXIT_FAILURE_ALL;
	}
	return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
