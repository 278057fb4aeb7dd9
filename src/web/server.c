/* server.c: the libmicrohttpd glue: daemon with a thread pool, a request
 * arena per connection, bodies with a size limit, one read-only SQLite
 * connection per worker thread, responses with their headers
 *
 * Threads: MHD_USE_INTERNAL_POLLING_THREAD with MHD_OPTION_THREAD_POOL_SIZE
 * runs w->threads workers; a connection stays on one worker, so the worker's
 * SQLite connection (a pthread key, closed when the thread ends) is never
 * shared.  WAL mode lets every reader run beside the one writer (imports,
 * serialised by w->write_lock), so read-only requests never wait on each
 * other.  Each request's SQLite work is bounded by WEB_QUERY_MS through a
 * progress handler.
 */
#include "web-int.h"
#include "../track/track.h"
#include "../base/os.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

/* Per-connection state between the calls of one request. */
struct conn {
	Arena a;
	struct buf body;
	bool too_big;
	int64_t t0;
};

/* A worker thread's own state: its read-only connection and its cache of
 * whole responses.  Only its thread touches it, so nothing here is locked.
 *
 * The cache keeps finished 200 responses of GET requests (body already
 * gzipped when the client asked for it) under the request line, the
 * language and the encoding.  An entry is valid while the connection's
 * PRAGMA data_version is unchanged: SQLite changes it when any other
 * connection (an import here, `accord ingest` elsewhere) commits, so a
 * cached page is never older than the registry. */
struct cached {
	char *key;              /* malloc'd: "lang|gz|path?query" */
	int64_t version;        /* data_version it was made under */
	struct http_resp resp;  /* body owned here */
};

struct worker {
	sqlite3 *db;
	sqlite3_stmt *version;  /* PRAGMA data_version */
	struct cached slot[WEB_CACHE_SLOTS];
	ptrdiff_t bytes;        /* bodies held, bytes */
};

static void drop(struct worker *wk, struct cached *c)
{
	if (!c->key)
		return;
	wk->bytes -= c->resp.body.len;
	free(c->key);
	buf_release(&c->resp.body);
	memset(c, 0, sizeof *c);
}

static void close_worker(void *p)
{
	struct worker *wk = p;
	for (int i = 0; i < WEB_CACHE_SLOTS; i++)
		drop(wk, &wk->slot[i]);
	sqlite3_finalize(wk->version);
	sqlite3_close(wk->db);
	free(wk);
}

static struct worker *worker(struct web *w, struct diag *d)
{
	struct worker *wk = w->key_made ? pthread_getspecific(w->conn_key) : NULL;
	if (wk)
		return wk;
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(w->db_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		diag_set(d, ACC_EDB, -1, "cannot open '%s': %s", w->db_path, db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, STORE_BUSY_MS);
	sqlite3_exec(db, "PRAGMA query_only = 1", NULL, NULL, NULL);
	wk = calloc(1, sizeof *wk);
	if (!wk) {
		sqlite3_close(db);
		diag_set(d, ACC_EIO, -1, "out of memory");
		return NULL;
	}
	wk->db = db;
	sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &wk->version, NULL);
	if (w->key_made)
		pthread_setspecific(w->conn_key, wk);
	return wk;
}

sqlite3 *web_db(struct web *w, struct diag *d)
{
	struct worker *wk = worker(w, d);
	return wk ? wk->db : NULL;
}

static int64_t data_version(struct worker *wk)
{
	int64_t v = -1;
	if (wk->version && sqlite3_step(wk->version) == SQLITE_ROW)
		v = sqlite3_column_int64(wk->version, 0);
	sqlite3_reset(wk->version);
	return v;
}

/* Whether a Cookie header is empty or carries nothing but lang=: such a
 * request may be answered from the cache. */
bool web_cookie_only_lang(Str cookie)
{
	Str item, rest = cookie;
	while (rest.len) {
		str_cut(rest, ';', &item, &rest);
		item = str_trim(item);
		if (item.len && !str_starts(item, S("lang=")))
			return false;
	}
	return true;
}

/* The cache key of a GET: what the response depends on. */
static char *cache_key(struct http_req *req)
{
	struct buf b;
	buf_init(&b);
	buf_printf(&b, "%s|%d|", req->lang, http_accepts_gzip(req->accept_encoding) ? 1 : 0);
	buf_put(&b, req->path);
	for (int i = 0; i < req->nparams; i++) {
		buf_putc(&b, i ? '&' : '?');
		buf_put(&b, req->params[i].key);
		buf_putc(&b, '=');
		buf_put(&b, req->params[i].value);
	}
	if (b.err || b.len > 2048) {
		buf_release(&b);
		return NULL;
	}
	return b.p; /* malloc'd, NUL-terminated */
}

static struct cached *cache_slot(struct worker *wk, const char *key)
{
	return &wk->slot[str_hash(str_c(key)) % WEB_CACHE_SLOTS];
}

int web_init(struct web *w, const char *db_path, const struct kb *kb, struct diag *d)
{
	memset(w, 0, sizeof *w);
	w->db_path = db_path;
	w->kb = kb;
	w->threads = WEB_THREADS_DEFAULT;
	w->log = stderr;
	const char *strict = getenv("ACCORD_I18N_STRICT");
	w->i18n_strict = strict && !strcmp(strict, "1");
	pthread_mutex_init(&w->write_lock, NULL);
	if (pthread_key_create(&w->conn_key, close_worker))
		return diag_set(d, ACC_EIO, -1, "cannot create a thread key");
	w->key_made = true;
	/* Create and migrate once, read-write, so that workers can open it read-only. */
	struct store st;
	int rc = store_init(&st, db_path, d);
	if (!rc)
		rc = track_open(st.db, d);
	store_release(&st);
	if (rc)
		return rc;
	return ACC_OK;
}

void web_release(struct web *w)
{
	if (w->key_made) {
		struct worker *wk = pthread_getspecific(w->conn_key);
		if (wk)
			close_worker(wk);
		pthread_setspecific(w->conn_key, NULL);
		pthread_key_delete(w->conn_key);
	}
	pthread_mutex_destroy(&w->write_lock);
	w->key_made = false;
}

static int progress(void *ctx)
{
	const struct http_req *req = ctx;
	return os_now_ms() - req->t0 > WEB_QUERY_MS;
}

static enum MHD_Result collect_header(void *ctx, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct http_req *req = ctx;
	if (req->nparams < WEB_MAX_PARAMS)
		req->params[req->nparams++] = (struct http_param){ arena_str(req->a, str_c(key)),
								   arena_str(req->a, str_c(value ? value : "")) };
	return MHD_YES;
}

static Str header(struct MHD_Connection *c, Arena *a, const char *name)
{
	const char *v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
	return v ? arena_str(a, str_c(v)) : STR_NULL;
}

static bool is_loopback(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	if (!ci || !ci->client_addr)
		return false;
	const struct sockaddr *sa = ci->client_addr;
	if (sa->sa_family == AF_INET)
		return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
	if (sa->sa_family == AF_INET6) {
		const struct in6_addr *a6 = &((const struct sockaddr_in6 *)sa)->sin6_addr;
		if (IN6_IS_ADDR_LOOPBACK(a6))
			return true;
		if (IN6_IS_ADDR_V4MAPPED(a6))
			return a6->s6_addr[12] == 127;
	}
	return false;
}

static Str client_addr(struct MHD_Connection *c, Arena *a)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	char tmp[INET6_ADDRSTRLEN] = "";
	if (ci && ci->client_addr) {
		const struct sockaddr *sa = ci->client_addr;
		if (sa->sa_family == AF_INET)
			inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, tmp, sizeof tmp);
		else if (sa->sa_family == AF_INET6)
			inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, tmp, sizeof tmp);
	}
	return arena_str(a, str_c(tmp));
}

static enum MHD_Result reply(struct MHD_Connection *c, struct http_resp *resp)
{
	size_t len = (size_t)resp->body.len;
	void *p = resp->body.p;
	resp->body.p = NULL; /* MHD frees it */
	resp->body.len = resp->body.cap = 0;
	struct MHD_Response *r = MHD_create_response_from_buffer(len, p ? p : (void *)"",
								 p ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (!r) {
		free(p);
		return MHD_NO;
	}
	if (resp->status != 304)
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, resp->type);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	/* the language comes from Accept-Language or the lang cookie */
	MHD_add_response_header(r, MHD_HTTP_HEADER_VARY, "Accept-Encoding, Accept-Language, Cookie");
	if (resp->etag[0])
		MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, resp->etag);
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, resp->no_store ? "no-store" : "no-cache");
	if (resp->gzip)
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_ENCODING, "gzip");
	char tmp[512];
	if (resp->location.len) {
		snprintf(tmp, sizeof tmp, "%.*s", (int)resp->location.len, resp->location.s);
		MHD_add_response_header(r, MHD_HTTP_HEADER_LOCATION, tmp);
	}
	if (resp->filename.len) {
		snprintf(tmp, sizeof tmp, "attachment; filename=\"%.*s\"", (int)resp->filename.len, resp->filename.s);
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_DISPOSITION, tmp);
	}
	if (resp->allow)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, resp->allow);
	if (resp->lang && resp->status != 304)
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_LANGUAGE, resp->lang);
	for (int i = 0; i < 2; i++) {
		if (!resp->set_cookie[i].len)
			continue;
		snprintf(tmp, sizeof tmp, "%.*s", (int)resp->set_cookie[i].len, resp->set_cookie[i].s);
		MHD_add_response_header(r, MHD_HTTP_HEADER_SET_COOKIE, tmp);
	}
	if (resp->retry_after > 0) {
		snprintf(tmp, sizeof tmp, "%lld", (long long)resp->retry_after);
		MHD_add_response_header(r, MHD_HTTP_HEADER_RETRY_AFTER, tmp);
	}
	enum MHD_Result ok = MHD_queue_response(c, (unsigned)resp->status, r);
	MHD_destroy_response(r);
	return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
				  const char *version, const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	struct web *w = cls;
	struct conn *cn = *con_cls;
	if (!cn) {
		cn = calloc(1, sizeof *cn);
		if (!cn)
			return MHD_NO;
		arena_init(&cn->a, 1 << 16);
		buf_init(&cn->body);
		cn->body.max = WEB_MAX_BODY;
		cn->t0 = os_now_ms();
		*con_cls = cn;
		/* A declared length over the limit is refused before reading it. */
		const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl && strtoll(cl, NULL, 10) > WEB_MAX_BODY)
			cn->too_big = true;
		else
			return MHD_YES;
	}
	if (*upload_data_size) {
		if (!cn->too_big) {
			buf_put(&cn->body, (Str){ upload_data, (ptrdiff_t)*upload_data_size });
			if (cn->body.err)
				cn->too_big = true;
		}
		*upload_data_size = 0;
		return MHD_YES;
	}

	struct http_req req = { 0 };
	struct http_resp resp = { 0 };
	struct diag d;
	diag_clear(&d);
	req.a = &cn->a;
	req.w = w;
	req.t0 = cn->t0;
	req.method = !strcmp(method, "GET") ? HTTP_GET : !strcmp(method, "HEAD") ? HTTP_HEAD
		   : !strcmp(method, "POST") ? HTTP_POST : HTTP_OTHER;
	/* MHD gives the path without the query; parameters come decoded. */
	req.path = arena_str(req.a, str_c(url));
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_header, &req);
	req.accept_encoding = header(c, req.a, MHD_HTTP_HEADER_ACCEPT_ENCODING);
	req.if_none_match = header(c, req.a, MHD_HTTP_HEADER_IF_NONE_MATCH);
	req.accept_language = header(c, req.a, MHD_HTTP_HEADER_ACCEPT_LANGUAGE);
	req.content_type = header(c, req.a, MHD_HTTP_HEADER_CONTENT_TYPE);
	req.loopback = is_loopback(c);
	req.addr = client_addr(c, req.a);
	req.cookie = header(c, req.a, MHD_HTTP_HEADER_COOKIE);
	req.authorization = header(c, req.a, MHD_HTTP_HEADER_AUTHORIZATION);
	/* TLS ends at a proxy in front of us, which says so */
	req.tls = str_eq_nocase(str_trim(header(c, req.a, "X-Forwarded-Proto")), S("https"));
	req.body_too_big = cn->too_big;
	req.body = buf_str(&cn->body);
	struct worker *wk = worker(w, &d);
	req.db = wk ? wk->db : NULL;
	req.lang = web_req_lang(&req);
	char *key = NULL;
	int64_t dv = -1;
	/* a request with credentials may see a page made for its user: never
	 * cached; the language cookie alone is no credential (the key has the
	 * language) */
	if (wk && req.method & (HTTP_GET | HTTP_HEAD) && !req.body.len && !req.body_too_big && web_cookie_only_lang(req.cookie) &&
	    !req.authorization.len &&
	    (key = cache_key(&req)) && (dv = data_version(wk)) >= 0) {
		struct cached *hit = cache_slot(wk, key);
		if (hit->key && hit->version == dv && !strcmp(hit->key, key)) {
			resp = hit->resp;
			buf_init(&resp.body);
			buf_put(&resp.body, buf_str(&hit->resp.body));
			if (req.if_none_match.len && web_etag_matches(req.if_none_match, resp.etag)) {
				resp.status = 304;
				buf_reset(&resp.body);
			}
			free(key);
			web_log(w, &req, &resp);
			enum MHD_Result ok = reply(c, &resp);
			http_resp_release(&resp);
			return ok;
		}
	}
	if (req.db)
		sqlite3_progress_handler(req.db, 10000, progress, &req);
	if (req.body.len && !req.body_too_big && web_parse_form(&req)) {
		memset(&resp, 0, sizeof resp);
		buf_init(&resp.body);
		req.lang = web_req_lang(&req);
		web_error(&req, &resp, 400, "malformed form data");
	} else {
		web_handle(&req, &resp);
	}
	if (req.db)
		sqlite3_progress_handler(req.db, 0, NULL, NULL);
	web_finish(&req, &resp);
	web_log(w, &req, &resp);
	if (key && resp.status == 200 && !resp.no_store && resp.etag[0] && resp.body.len <= WEB_CACHE_MAX_BODY) {
		struct cached *slot = cache_slot(wk, key);
		drop(wk, slot);
		if (wk->bytes + resp.body.len <= WEB_CACHE_BYTES) {
			slot->key = key;
			key = NULL;
			slot->version = dv;
			slot->resp = resp;
			buf_init(&slot->resp.body);
			buf_put(&slot->resp.body, buf_str(&resp.body));
			slot->resp.location = STR_NULL; /* points into the request's arena */
			/* type, filename, allow and lang are static strings */
			wk->bytes += slot->resp.body.len;
		}
	}
	free(key);
	enum MHD_Result ok = reply(c, &resp);
	http_resp_release(&resp);
	return ok;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
	struct conn *cn = *con_cls;
	if (!cn)
		return;
	buf_release(&cn->body);
	arena_release(&cn->a);
	free(cn);
	*con_cls = NULL;
}

int web_start(struct web *w, const char *host, int port, struct diag *d)
{
	struct sockaddr_in a4 = { 0 };
	struct sockaddr_in6 a6 = { 0 };
	struct sockaddr *sa;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
	snprintf(w->host, sizeof w->host, "%s", host);
	if (inet_pton(AF_INET, host, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((uint16_t)port);
		sa = (struct sockaddr *)&a4;
	} else if (inet_pton(AF_INET6, host, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((uint16_t)port);
		sa = (struct sockaddr *)&a6;
		flags |= MHD_USE_IPv6;
	} else {
		return diag_set(d, ACC_EINVAL, -1, "not a numeric address '%s'", host);
	}
	if (MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES)
		flags |= MHD_USE_EPOLL;
	struct MHD_Daemon *dm = MHD_start_daemon(
		flags, (uint16_t)port, NULL, NULL, on_request, w,
		MHD_OPTION_SOCK_ADDR, sa,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)w->threads,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, WEB_CONN_MEMORY,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)WEB_CONN_TIMEOUT,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)1000,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, w,
		MHD_OPTION_END);
	if (!dm)
		return diag_set(d, ACC_EIO, -1, "cannot listen on %s:%d", host, port);
	w->daemon = dm;
	const union MHD_DaemonInfo *di = MHD_get_daemon_info(dm, MHD_DAEMON_INFO_BIND_PORT);
	w->port = di ? di->port : port;
	return ACC_OK;
}

void web_stop(struct web *w)
{
	if (w->daemon)
		MHD_stop_daemon(w->daemon);
	w->daemon = NULL;
}
