/* test-web.c: the web layer through its seams: escaping, routing, limits,
 * ETag and gzip, forms, and whole requests against a small registry */
#include "test.h"
#include "kb/kb.h"
#include "store/store.h"
#include "web/web-int.h"
#include "track/track.h"

#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

static Str esc(struct buf *b, void (*fn)(struct buf *, Str), const char *z)
{
	buf_reset(b);
	fn(b, str_c(z));
	return buf_str(b);
}

TEST(web_escape)
{
	struct buf b;
	buf_init(&b);
	EXPECT_STR(esc(&b, html_txt, "a<b>&\"'"), "a&lt;b&gt;&amp;\"'");
	EXPECT_STR(esc(&b, html_attr, "\"><script>'"), "&quot;&gt;&lt;script&gt;&#39;");
	EXPECT_STR(esc(&b, html_url_arg, "a b&c=d/é\"<"), "a%20b%26c%3Dd%2F%C3%A9%22%3C");
	EXPECT_STR(esc(&b, html_txt, ""), "");
	buf_reset(&b);
	html_txtf(&b, "%d <%s>", 3, "x");
	EXPECT_STR(buf_str(&b), "3 &lt;x&gt;");
	buf_release(&b);
}

TEST(web_match)
{
	Str caps[WEB_MAX_CAPS];
	int n = 0;
	EXPECT(web_match("/", S("/"), caps, &n));
	EXPECT(!web_match("/", S("/x"), caps, &n));
	EXPECT(web_match("/documents/*", S("/documents/12"), caps, &n));
	EXPECT_INT(n, 1);
	EXPECT_STR(caps[0], "12");
	EXPECT(!web_match("/documents/*", S("/documents/"), caps, &n));
	EXPECT(!web_match("/documents/*", S("/documents/1/2"), caps, &n));
	EXPECT(!web_match("/documents", S("/documents/1"), caps, &n));
}

TEST(web_query_and_gzip_header)
{
	Arena a;
	arena_init(&a, 4096);
	struct http_req req = { .a = &a };
	http_parse_query(&req, S("q=trade+route&area=trade&x=%3Cb%3E&bad=%zz&&empty="));
	EXPECT_STR(http_param(&req, "q"), "trade route");
	EXPECT_STR(http_param(&req, "x"), "<b>");
	EXPECT_STR(http_param(&req, "bad"), "%zz");
	EXPECT_STR(http_param(&req, "empty"), "");
	EXPECT(!http_param(&req, "none").s);
	bool bad = false;
	EXPECT_INT(http_param_int(&req, "area", 7, 1, 10, &bad), -1);
	EXPECT(bad);
	EXPECT(http_accepts_gzip(S("gzip, deflate, br")));
	EXPECT(http_accepts_gzip(S("br;q=1.0, gzip;q=0.8")));
	EXPECT(!http_accepts_gzip(S("gzip;q=0")));
	EXPECT(!http_accepts_gzip(S("deflate")));
	EXPECT(!http_accepts_gzip(STR_NULL));
	arena_release(&a);
}

TEST(web_gzip_roundtrip)
{
	struct buf in, z;
	buf_init(&in);
	buf_init(&z);
	for (int i = 0; i < 500; i++)
		buf_printf(&in, "line %d of the declaration\n", i);
	EXPECT_INT(http_gzip(buf_str(&in), &z), 0);
	EXPECT(z.len < in.len);
	char *out = malloc((size_t)in.len + 1);
	z_stream s = { 0 };
	inflateInit2(&s, 15 + 16);
	s.next_in = (Bytef *)z.p;
	s.avail_in = (uInt)z.len;
	s.next_out = (Bytef *)out;
	s.avail_out = (uInt)in.len + 1;
	EXPECT_INT(inflate(&s, Z_FINISH), Z_STREAM_END);
	EXPECT_INT(s.total_out, in.len);
	EXPECT(!memcmp(out, in.p, (size_t)in.len));
	inflateEnd(&s);
	free(out);
	buf_release(&in);
	buf_release(&z);
}

TEST(web_multipart)
{
	Arena a;
	arena_init(&a, 4096);
	struct http_req req = { .a = &a };
	req.content_type = S("multipart/form-data; boundary=XyZ");
	req.body = S("--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nn.txt\r\n"
		     "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../d.txt\"\r\n"
		     "Content-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n--XyZ--\r\n");
	EXPECT_INT(web_parse_form(&req), 0);
	EXPECT_STR(http_param(&req, "name"), "n.txt");
	EXPECT_STR(http_param(&req, "file"), "line 1\r\nline 2");
	EXPECT_STR(req.upload_name, "../d.txt");
	struct http_req r2 = { .a = &a };
	r2.content_type = S("multipart/form-data; boundary=XyZ");
	r2.body = S("--XyZ\r\nno end");
	EXPECT(web_parse_form(&r2) != 0);
	arena_release(&a);
}

static const char doc_text[] =
	"Joint Declaration of the Test Summit\n"
	"\n"
	"Astana, June 17, 2025\n"
	"\n"
	"I. The parties will expand trade and build a <railway> by 2030.\n"
	"\n"
	"II. The parties welcome cooperation in education.\n";

struct fixture {
	char path[64];
	struct web w;
	Arena a;
};

static bool setup(struct fixture *f)
{
	snprintf(f->path, sizeof f->path, "/tmp/accord-test-web-%d.db", (int)getpid());
	unlink(f->path);
	struct store st;
	struct diag d;
	diag_clear(&d);
	if (store_init(&st, f->path, &d))
		return false;
	arena_init(&f->a, 1 << 20);
	struct store_ingested out;
	Str src = arena_str(&f->a, S(doc_text));
	int rc = store_ingest(&st, kb_default(), &f->a, S("/test/decl.txt"), src, &out, &d);
	store_release(&st);
	if (rc)
		return false;
	if (web_init(&f->w, f->path, kb_default(), &d))
		return false;
	f->w.quiet = true;
	return true;
}

static void teardown(struct fixture *f)
{
	web_release(&f->w);
	arena_release(&f->a);
	char tmp[80];
	unlink(f->path);
	snprintf(tmp, sizeof tmp, "%s-wal", f->path);
	unlink(tmp);
	snprintf(tmp, sizeof tmp, "%s-shm", f->path);
	unlink(tmp);
}

/* One request through the dispatcher and web_finish. */
static void request(struct fixture *f, struct http_req *req, struct http_resp *resp, int method, const char *url)
{
	struct diag d;
	diag_clear(&d);
	memset(req, 0, sizeof *req);
	req->a = &f->a;
	req->w = &f->w;
	req->method = method;
	req->loopback = true;
	Str u = str_c(url), path, query;
	if (!str_cut(u, '?', &path, &query))
		path = u, query = STR_NULL;
	req->path = path;
	http_parse_query(req, query);
	req->db = web_db(&f->w, &d);
	web_handle(req, resp);
	web_finish(req, resp);
}

static bool has(const struct http_resp *resp, const char *z)
{
	return str_find(buf_str(&resp->body), str_c(z)) >= 0;
}

TEST(web_requests)
{
	struct fixture f;
	if (!setup(&f)) {
		EXPECT(!"fixture");
		return;
	}
	struct http_req req;
	struct http_resp resp;

	request(&f, &req, &resp, HTTP_GET, "/");
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "<h1>"));
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/documents/1");
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "__para_1\""));
	EXPECT(has(&resp, "&lt;<mark"));
	EXPECT(has(&resp, "&gt;"));
	EXPECT(!has(&resp, "<railway>"));
	EXPECT(has(&resp, "class=\"why\""));
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/commitments?area=trade");
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "data-total=\"1\""));
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/commitments?area=nonsense");
	EXPECT_INT(resp.status, 400);
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/api/v1/commitments?area=bogus");
	EXPECT_INT(resp.status, 400);
	EXPECT_STR(str_c(resp.type), "application/json");
	EXPECT(has(&resp, "{\"error\":{\"status\":400,\"message\":"));
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/api/v1/commitments.csv?q=railway");
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "id,document"));
	EXPECT(has(&resp, "railway"));
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
	EXPECT_INT(resp.status, 200);
	EXPECT(!has(&resp, "<script>alert"));
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/api/v1/nothing");
	EXPECT_INT(resp.status, 404);
	EXPECT(has(&resp, "\"status\":404"));
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_POST, "/documents");
	EXPECT_INT(resp.status, 405);
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/documents/999");
	EXPECT_INT(resp.status, 404);
	http_resp_release(&resp);

	request(&f, &req, &resp, HTTP_GET, "/clauses/1");
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "href=\"/documents/1#"));
	EXPECT(has(&resp, "id=\"clause-text\""));
	http_resp_release(&resp);

	/* ETag, then If-None-Match -> 304 with no body */
	request(&f, &req, &resp, HTTP_GET, "/api/v1/stats");
	EXPECT_INT(resp.status, 200);
	EXPECT(resp.etag[0] == '"');
	char etag[24];
	memcpy(etag, resp.etag, sizeof etag);
	http_resp_release(&resp);
	memset(&req, 0, sizeof req);
	req.a = &f.a;
	req.w = &f.w;
	req.method = HTTP_GET;
	req.path = S("/api/v1/stats");
	req.if_none_match = str_c(etag);
	struct diag d;
	req.db = web_db(&f.w, &d);
	web_handle(&req, &resp);
	web_finish(&req, &resp);
	EXPECT_INT(resp.status, 304);
	EXPECT_INT(resp.body.len, 0);
	http_resp_release(&resp);

	/* gzip when asked and big enough */
	memset(&req, 0, sizeof req);
	req.a = &f.a;
	req.w = &f.w;
	req.method = HTTP_GET;
	req.path = S("/documents/1");
	req.accept_encoding = S("gzip");
	req.db = web_db(&f.w, &d);
	web_handle(&req, &resp);
	web_finish(&req, &resp);
	EXPECT(resp.gzip);
	EXPECT((unsigned char)resp.body.p[0] == 0x1f);
	http_resp_release(&resp);

	/* flags before handlers: import from afar with no account (401),
	 * bodies over the limit */
	memset(&req, 0, sizeof req);
	req.a = &f.a;
	req.w = &f.w;
	req.method = HTTP_POST;
	req.path = S("/api/v1/documents");
	req.body = S("text");
	req.loopback = false;
	req.db = web_db(&f.w, &d);
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 401);
	http_resp_release(&resp);
	req.loopback = true;
	req.body_too_big = true;
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 413);
	http_resp_release(&resp);
	req.body_too_big = false;
	req.path = S("/api/v1/stats");
	req.method = HTTP_GET;
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 413);
	http_resp_release(&resp);
	/* no database: 503 */
	req.body = STR_NULL;
	req.db = NULL;
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 503);
	http_resp_release(&resp);

	/* an import through the API, then found by search */
	memset(&req, 0, sizeof req);
	req.a = &f.a;
	req.w = &f.w;
	req.method = HTTP_POST;
	req.path = S("/api/v1/documents");
	req.loopback = true;
	req.content_type = S("text/plain");
	req.body = S("The parties will build a pipeline of zanzibarite by 2031.\n");
	req.db = web_db(&f.w, &d);
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 201);
	http_resp_release(&resp);
	request(&f, &req, &resp, HTTP_GET, "/api/v1/search?q=zanzibarite");
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "zanzibarite"));
	http_resp_release(&resp);

	teardown(&f);
}

/* Accounts through the dispatcher: flags before handlers, CSRF on
 * cookie-borne POSTs, the session cookie and an API token. */
TEST(web_auth_flags)
{
	struct fixture f;
	if (!setup(&f)) {
		EXPECT(!"cannot set up the registry");
		return;
	}
	struct http_req req;
	struct http_resp resp;
	struct diag d;
	diag_clear(&d);
	setenv("ACCORD_PWHASH_FAST", "1", 1);
	sqlite3 *db = NULL;
	EXPECT(sqlite3_open(f.path, &db) == SQLITE_OK);
	EXPECT_INT(track_open(db, &d), 0);
	struct track_user boot = { .id = 0, .name = S("cli"), .role = TRACK_ADMIN };
	EXPECT_INT(track_user_add(db, &f.a, &boot, S("ana"), TRACK_ANALYST, S(""), S("password-1"), 1, &d), 0);
	char session[TRACK_TOKEN_LEN + 1], token[TRACK_TOKEN_LEN + 1], csrf[TRACK_TOKEN_LEN + 1];
	struct track_user ana;
	EXPECT_INT(track_user_get(db, &f.a, S("ana"), &ana, &d), 0);
	EXPECT_INT(track_session_create(db, ana.id, web_now(), session, &d), 0);
	EXPECT_INT(track_token_create(db, &f.a, &ana, S("ana"), web_now(), token, &d), 0);
	track_csrf_token(str_c(session), csrf);
	sqlite3_close(db);

	/* anonymous: writing needs a user, importing an admin (users exist now) */
	request(&f, &req, &resp, HTTP_GET, "/compliance");
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "id=\"login\""));
	http_resp_release(&resp);
	request(&f, &req, &resp, HTTP_POST, "/clauses/1");
	EXPECT_INT(resp.status, 401);
	http_resp_release(&resp);
	request(&f, &req, &resp, HTTP_GET, "/import");
	EXPECT_INT(resp.status, 401);
	http_resp_release(&resp);
	request(&f, &req, &resp, HTTP_GET, "/calendar.ics");
	EXPECT_INT(resp.status, 200);
	EXPECT(str_starts(str_c(resp.type), S("text/calendar")));
	http_resp_release(&resp);

	/* the session cookie names the user; a POST without its CSRF token is refused */
	memset(&req, 0, sizeof req);
	req.a = &f.a;
	req.w = &f.w;
	req.method = HTTP_GET;
	req.path = S("/");
	req.cookie = arena_printf(&f.a, "other=1; accord_session=%s", session);
	req.db = web_db(&f.w, &d);
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 200);
	EXPECT(has(&resp, "<span id=\"whoami\">ana</span>"));
	EXPECT(resp.no_store);
	http_resp_release(&resp);
	req.method = HTTP_POST;
	req.path = S("/clauses/1");
	req.body = S("state=KGZ&score=1");
	http_parse_query(&req, req.body);
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 403);
	EXPECT(has(&resp, "CSRF"));
	http_resp_release(&resp);
	/* with it, an analyst still may not import: 403 */
	req.path = S("/import");
	http_parse_query(&req, arena_printf(&f.a, "csrf=%s", csrf));
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 403);
	http_resp_release(&resp);

	/* an API token: no CSRF, JSON errors */
	memset(&req, 0, sizeof req);
	req.a = &f.a;
	req.w = &f.w;
	req.method = HTTP_POST;
	req.path = S("/api/v1/clauses/1/assessments");
	req.authorization = arena_printf(&f.a, "Bearer %s", token);
	req.body = S("{\"state\":\"KGZ\",\"score\":1,\"note\":\"x\"}");
	req.db = web_db(&f.w, &d);
	web_handle(&req, &resp);
	EXPECT(resp.status == 403 || resp.status == 404 || resp.status == 400);
	EXPECT(has(&resp, "\"error\""));
	http_resp_release(&resp);
	req.authorization = S("Bearer not-a-token");
	web_handle(&req, &resp);
	EXPECT_INT(resp.status, 401);
	http_resp_release(&resp);
	teardown(&f);
}
