/* cmd-ingest.c: accord ingest: run the pipeline on files and keep the records in the registry */
#include "cli.h"
#include "../base/os.h"
#include "../store/store.h"

#include <pthread.h>
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
	"Each document is in the registry whole or not at all, even if accord is\n"
	"killed.  Documents are committed in batches (up to 256, or every half\n"
	"second): a kill loses the last batch, which the next run ingests again.  The\n"
	"next documents are extracted on a second thread while one is written.\n"
	"\n"
	"A document is known by its absolute path: ingesting it again unchanged (same\n"
	"SHA-256) changes nothing; a changed file replaces its facts, and clauses\n"
	"whose text still matches keep their ids (and the assessments attached to\n"
	"them).\n"
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

/* Extraction ahead of the writes: a second thread reads, hashes and
 * extracts the next documents (store_ingest_prepare, looking their sources
 * up through a connection of its own) while this one writes them, in the
 * order of the files.  NSLOTS documents are in flight, each in an arena of
 * its own; a slot is the thread's until made, then the writer's until done.
 * Without the thread (one file, or it could not start) the writer prepares
 * each document itself. */
enum { NSLOTS = 4 };

struct slot {
	Arena a;
	struct arena_mark empty;   /* a with nothing in it */
	int rc;                    /* reading and extracting: 0, or the error d names */
	struct diag d;
	struct store_doc doc;
};

struct ahead {
	struct files *f;
	const struct kb *kb;
	struct store *look;        /* where prepare looks sources up: ro, or the writer's */
	struct store ro;           /* the thread's connection */
	bool threaded;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	ptrdiff_t made, done;      /* documents prepared; documents written */
	bool quit;
	struct slot slot[NSLOTS];
};

static void prepare(struct ahead *p, ptrdiff_t k)
{
	struct slot *s = &p->slot[k % NSLOTS];
	arena_restore(&s->a, s->empty);
	diag_clear(&s->d);
	memset(&s->doc, 0, sizeof s->doc);
	Str src;
	s->rc = os_read_file(&s->a, p->f->v[k], DOC_MAX_BYTES, &src, &s->d);
	if (!s->rc)
		s->rc = store_ingest_prepare(p->look, p->kb, &s->a, absolute(&s->a, p->f->v[k]), src, &s->doc, &s->d);
}

static void *ahead_run(void *arg)
{
	struct ahead *p = arg;
	for (ptrdiff_t k = 0; k < p->f->n; k++) {
		pthread_mutex_lock(&p->mu);
		while (!p->quit && k - p->done >= NSLOTS)
			pthread_cond_wait(&p->cv, &p->mu);
		bool quit = p->quit;
		pthread_mutex_unlock(&p->mu);
		if (quit)
			break;
		prepare(p, k);
		pthread_mutex_lock(&p->mu);
		p->made = k + 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
	return NULL;
}

static void ahead_init(struct ahead *p, struct files *f, const struct kb *kb, struct store *st, const char *db)
{
	memset(p, 0, sizeof *p);
	p->f = f;
	p->kb = kb;
	p->look = st;
	for (int i = 0; i < NSLOTS; i++) {
		arena_init(&p->slot[i].a, 1 << 20);
		p->slot[i].empty = arena_save(&p->slot[i].a);
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	struct diag d;
	diag_clear(&d);
	if (f->n < 2 || store_init(&p->ro, cli_db_path(db), &d))
		return;
	p->look = &p->ro;
	p->threaded = pthread_create(&p->thread, NULL, ahead_run, p) == 0;
	if (!p->threaded) {
		store_release(&p->ro);
		p->look = st;
	}
}

/* Document k, prepared: wait for the thread, or prepare it here. */
static struct slot *ahead_get(struct ahead *p, ptrdiff_t k)
{
	if (!p->threaded) {
		prepare(p, k);
		return &p->slot[k % NSLOTS];
	}
	pthread_mutex_lock(&p->mu);
	while (p->made <= k)
		pthread_cond_wait(&p->cv, &p->mu);
	pthread_mutex_unlock(&p->mu);
	return &p->slot[k % NSLOTS];
}

/* Document k is written: its slot goes back to the thread. */
static void ahead_done(struct ahead *p, ptrdiff_t k)
{
	pthread_mutex_lock(&p->mu);
	p->done = k + 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

static void ahead_release(struct ahead *p)
{
	if (p->threaded) {
		pthread_mutex_lock(&p->mu);
		p->quit = true;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
		pthread_join(p->thread, NULL);
		store_release(&p->ro);
	}
	pthread_cond_destroy(&p->cv);
	pthread_mutex_destroy(&p->mu);
	for (int i = 0; i < NSLOTS; i++)
		arena_release(&p->slot[i].a);
}

/* A bulk ingest commits every BATCH_DOCS documents or BATCH_MS ms: a kill
 * loses at most that much, which the next run ingests again. */
enum { BATCH_DOCS = 256, BATCH_MS = 500 };

struct batch {
	bool on, open;       /* batching; a transaction is open */
	int64_t t0;          /* when it began, os_now_ms() */
	long n;              /* documents written in it */
	long counts[4];      /* their outcomes */
	long long facts, bytes;
};

/* Commit the open batch (commit false: it is gone already, rolled back by
 * SQLite after an I/O error).  Returns the number of documents lost (taken
 * back from the counts), after a message. */
static int batch_end(struct store *st, struct batch *b, bool commit, long counts[4], long long *facts,
		     long long *bytes)
{
	struct diag d;
	diag_clear(&d);
	long lost = 0;
	if (!commit || store_ingest_commit(st, &d)) {
		cli_err("cannot ingest the last %ld documents: %s", b->n, d.msg[0] ? d.msg : "rolled back");
		for (int i = 0; i < 4; i++)
			counts[i] -= b->counts[i];
		*facts -= b->facts;
		*bytes -= b->bytes;
		lost = b->n;
	}
	*b = (struct batch){ .on = b->on };
	return (int)lost;
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
	struct ahead ahead;
	ahead_init(&ahead, &f, kb, &st, db);
	/* Many files commit in batches (store_ingest_begin); --version-of
	 * links each document in a transaction of its own, so not then. */
	struct batch b = { .on = f.n > 1 && !of };
	for (ptrdiff_t k = 0; k < f.n; k++) {
		const char *path = f.v[k];
		if (bar)
			progress((int)k, (int)f.n, path);
		if (b.on && !b.open) {
			struct diag d;
			diag_clear(&d);
			if (store_ingest_begin(&st, &d)) {
				cli_err("cannot ingest: %s", d.msg);
				b.on = false;
			} else {
				b.open = true;
				b.t0 = os_now_ms();
			}
		}
		struct slot *s = ahead_get(&ahead, k);
		struct diag d = s->d;
		struct store_ingested res;
		Str src = s->doc.src;
		int r = s->rc;
		if (!r)
			r = store_ingest_write(&st, kb, &s->a, &s->doc, &res, &d);
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
			if (b.open) {
				b.counts[res.outcome]++;
				b.facts += res.nfacts;
				b.bytes += src.len;
				b.n++;
			}
		}
		ahead_done(&ahead, k);
		if (b.open && sqlite3_get_autocommit(st.db))
			failed += batch_end(&st, &b, false, counts, &facts, &bytes);
		else if (b.open && (k + 1 == f.n || b.n >= BATCH_DOCS || os_now_ms() - b.t0 >= BATCH_MS))
			failed += batch_end(&st, &b, true, counts, &facts, &bytes);
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
	ahead_release(&ahead);
	store_release(&st);
	arena_release(&perm);
	if (fflush(stdout) != 0) {
		cli_err("cannot write output");
		return EXIT_FAILURE_ALL;
	}
	return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
