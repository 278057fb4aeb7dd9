/* web.h: the web application: requests, responses, the route table, the
 * server, and what pages and API handlers share
 *
 * Lifecycle: web_init() checks the database and fills struct web;
 * web_start() starts libmicrohttpd with a pool of worker threads;
 * web_stop() / web_release() tear them down in reverse order.  A request
 * is independent of the server: the glue in server.c turns an MHD
 * connection into a struct http_req (with its own arena and a read-only
 * SQLite connection of its worker thread), web_handle() dispatches it
 * through the route table and web_finish() applies ETag and gzip, so unit
 * tests drive the whole application with synthetic requests and no socket.
 *
 * Limits are named below; exceeding one is its own status (413, 408, 400).
 * Every user-visible string of the pages goes through T(req, "...") and
 * the message catalogues of i18n.c (en, ru, zh-Hans).
 */
#ifndef ACCORD_WEB_H
#define ACCORD_WEB_H

#include <pthread.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/diag.h"

struct track_user;

#define WEB_MAX_BODY ((ptrdiff_t)8 << 20)     /* request body (an uploaded document), bytes */
#define WEB_MAX_RESPONSE ((ptrdiff_t)64 << 20)/* one response body, bytes */
#define WEB_CONN_MEMORY ((size_t)256 << 10)   /* MHD's per-connection memory (headers, buffers) */
#define WEB_CONN_TIMEOUT 30                   /* seconds a connection may stay idle */
#define WEB_QUERY_MS 5000                     /* one request's SQLite work, milliseconds */
#define WEB_PAGE_DEFAULT 50                   /* rows per page of a list */
#define WEB_PAGE_MAX 500                      /* largest page of a list (CSV: WEB_EXPORT_MAX) */
#define WEB_EXPORT_MAX 100000                 /* rows of a CSV or JSON export */
#define WEB_GZIP_MIN 1024                     /* smallest body worth compressing, bytes */
#define WEB_MAX_PARAMS 64                     /* query and form parameters */
#define WEB_THREADS_DEFAULT 4                 /* worker threads */
#define WEB_MAX_CAPS 4                        /* captures of a route pattern */
#define WEB_CACHE_SLOTS 512                   /* cached responses per worker thread */
#define WEB_CACHE_BYTES ((ptrdiff_t)16 << 20) /* their bodies, per worker thread */
#define WEB_CACHE_MAX_BODY ((ptrdiff_t)1 << 20)/* largest body kept */

struct web {
	const char *db_path;      /* the registry (opened read-only per worker; read-write to import) */
	const struct kb *kb;      /* for imports */
	char host[64];            /* listen address, numeric */
	int port;                 /* 0 before web_start: pick a free one */
	int threads;
	bool quiet;               /* no access log */
	void *daemon;             /* struct MHD_Daemon * */
	pthread_key_t conn_key;   /* each worker thread's state: read-only sqlite3 *, response cache */
	bool key_made;
	pthread_mutex_t write_lock; /* imports are serialised */
	FILE *log;                /* access log (stderr) */
	bool i18n_strict;         /* ACCORD_I18N_STRICT=1: a catalogue miss shows as ⟦msgid⟧ and is logged */
	int64_t i18n_misses;      /* catalogue misses since start-up (atomic) */
};

struct http_param {
	Str key, value;
};

enum http_method { HTTP_GET = 1, HTTP_HEAD = 2, HTTP_POST = 4, HTTP_OTHER = 8 };

struct http_req {
	Arena *a;                 /* the request's arena: everything below lives in it */
	struct web *w;
	sqlite3 *db;              /* read-only connection (NULL: none could be opened) */
	int method;               /* enum http_method */
	Str path;                 /* decoded, without the query */
	struct http_param params[WEB_MAX_PARAMS]; /* query string, then form fields */
	int nparams;
	Str accept_encoding, if_none_match, accept_language, content_type;
	Str body;                 /* raw body (form fields are parsed into params) */
	Str upload_name;          /* a multipart file's name, when one came */
	bool loopback;            /* the client is 127.0.0.0/8 or ::1 */
	Str addr;                 /* the client's address as text (login rate limits) */
	Str cookie, authorization;/* the Cookie and Authorization headers */
	bool tls;                 /* came over TLS, or a proxy said X-Forwarded-Proto: https */
	struct track_user *user;  /* who (web_auth); NULL: the anonymous public */
	Str session;              /* the session cookie's token, when it named a live session */
	bool bearer;              /* user came from an API token (no CSRF needed) */
	sqlite3 *rw;              /* read-write connection for track's writes (web_rw), closed by web_handle */
	bool body_too_big;        /* over WEB_MAX_BODY: answered 413 */
	const char *lang;         /* interface language: "en", "ru" or "zh-Hans" (i18n.h) */
	Str caps[WEB_MAX_CAPS];   /* what the route pattern's * matched */
	int ncaps;
	int64_t t0;               /* os_now_ms() when it arrived */
};

struct http_resp {
	int status;
	const char *type;         /* Content-Type */
	struct buf body;
	Str location;             /* for 303 */
	Str filename;             /* Content-Disposition: attachment */
	bool no_store;            /* no ETag, Cache-Control: no-store */
	bool gzip;                /* body was compressed (set by web_finish) */
	char etag[24];            /* "\"<16 hex>\"" */
	const char *allow;        /* Allow: for 405 */
	Str set_cookie[2];        /* Set-Cookie: values, when set */
	int64_t retry_after;      /* Retry-After: seconds, when > 0 */
	const char *lang;         /* Content-Language: of a page (a static tag), or NULL */
};

/* Route flags, checked by the dispatcher before any handler runs. */
enum route_flag {
	R_LOOPBACK = 1,   /* only clients on loopback (until accounts exist) */
	R_BODY = 2,       /* takes a request body */
	R_API = 4,        /* errors as JSON */
	R_DB = 8,         /* needs the database */
	R_USER = 16,      /* needs a signed-in user (401 otherwise) */
	R_IMPORT = 32     /* needs track_require(TRACK_IMPORT): admin (or a loopback
			   * client while the registry has no users at all) */
};

typedef int (*http_handler)(struct http_req *req, struct http_resp *resp);

struct route {
	int method;           /* enum http_method bits */
	const char *pattern;  /* "/documents/{*}": the star matches one path segment */
	http_handler fn;
	unsigned flags;       /* enum route_flag */
};

const struct route *web_routes(int *n);
/* Match path against pattern, filling req->caps; true when it matches. */
bool web_match(const char *pattern, Str path, Str *caps, int *ncaps);

/* Dispatch req through the route table into resp (initialised here).
 * Always produces a response: 404/405/413/403 and handler errors become
 * error pages or JSON errors. */
void web_handle(struct http_req *req, struct http_resp *resp);
/* Whether an If-None-Match header names etag (or is "*"). */
bool web_etag_matches(Str if_none_match, const char *etag);
/* ETag, If-None-Match (304) and gzip, after the handler. */
void web_finish(struct http_req *req, struct http_resp *resp);
void http_resp_release(struct http_resp *resp);

/* An error response: JSON {"error": {"status", "message"}} under /api, an
 * HTML page elsewhere.  Returns 0 (the response is complete). */
int web_error(struct http_req *req, struct http_resp *resp, int status, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Map an acc_err to an HTTP status (ENOTFOUND 404, EINVAL 400, ...). */
int web_status_of(int err);
const char *web_status_text(int status);

/* Parameters: the first value of key, or .s == NULL. */
Str http_param(const struct http_req *req, const char *key);
/* An integer parameter in [lo, hi]; def when absent; -1 and *bad when malformed. */
int64_t http_param_int(const struct http_req *req, const char *key, int64_t def, int64_t lo, int64_t hi, bool *bad);
/* Decode %XX and '+' of a query component into the arena. */
Str http_unescape(Arena *a, Str s);
/* Parse "a=1&b=2" into req->params (for tests and urlencoded bodies). */
void http_parse_query(struct http_req *req, Str q);

/* Parse a form body (application/x-www-form-urlencoded or
 * multipart/form-data) into req->params; a file part is the parameter
 * "file" and its name req->upload_name.  Other types are left as the raw
 * body.  Returns 0 or ACC_EINVAL. */
int web_parse_form(struct http_req *req);

/* gzip s at the default level into out; 0 or ACC_EIO. */
int http_gzip(Str s, struct buf *out);
/* Whether an Accept-Encoding header allows gzip (q > 0). */
bool http_accepts_gzip(Str accept_encoding);

/* The interface's words: the message for msgid in req->lang from the
 * embedded catalogues (i18n.c), msgid itself in English or on a miss.
 * Every user-visible string of the pages goes through it; the result is
 * NUL-terminated and lives as long as the request. */
const char *T(const struct http_req *req, const char *msgid);
/* The best of en, ru and zh-Hans for an Accept-Language header (q-values
 * weigh; ties go to the first listed; "en" when none is ours). */
const char *web_lang(Str accept_language);
/* Whether s is a path of ours to redirect to: "/" then no second "/" or
 * "\" (no open redirect), printable ASCII only (no header splitting),
 * under 1024 bytes. */
bool web_local_path(Str s);

/* The read-only connection of this thread, opened on first use; NULL when
 * the database cannot be opened (d says why). */
sqlite3 *web_db(struct web *w, struct diag *d);

/* Set up w for the database at path (which must exist and carry the
 * schema).  Returns 0 or ACC_EDB / ACC_ENOENT with d. */
int web_init(struct web *w, const char *db_path, const struct kb *kb, struct diag *d);
/* Listen on host:port (port 0 picks one; w->port is then set).  Returns 0
 * or ACC_EIO with d. */
int web_start(struct web *w, const char *host, int port, struct diag *d);
void web_stop(struct web *w);
void web_release(struct web *w);

/* The access log line for one request. */
void web_log(struct web *w, const struct http_req *req, const struct http_resp *resp);

#endif
