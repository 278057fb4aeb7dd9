/* page-import.c: upload a text or HTML document and ingest it (admin only,
 * or a loopback client while no account exists; the route's R_IMPORT says
 * so and the dispatcher checks it) */
#include "web-int.h"

#include <string.h>

int web_ingest_upload(struct http_req *req, int64_t *doc_id, bool *is_new, struct diag *d)
{
	Str src = http_param(req, "file");
	Str name = req->upload_name;
	if (!src.len) {
		src = http_param(req, "text");
		if (!name.len)
			name = http_param(req, "name");
	}
	if (!src.len && !str_starts(req->content_type, S("multipart/")) &&
	    !str_starts(req->content_type, S("application/x-www-form-urlencoded")))
		src = req->body;
	if (!src.len)
		return diag_set(d, ACC_EEMPTY, -1, "no document in the request (a file, a text field or a body)");
	if (!name.len)
		name = S("upload.txt");
	/* Only the base name, and only harmless characters: it becomes the document's source. */
	ptrdiff_t slash = -1;
	for (ptrdiff_t i = 0; i < name.len; i++)
		if (name.s[i] == '/' || name.s[i] == '\\')
			slash = i;
	name = str_slice(name, slash + 1, name.len - slash - 1);
	char *clean = arena_cstr(req->a, name);
	for (char *p = clean; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '.' ||
		      *p == '-' || *p == '_'))
			*p = '_';
	if (!clean[0] || clean[0] == '.')
		clean = "upload.txt";
	/* known by content and name: the same bytes again are "unchanged", other
	 * bytes under the same name are another document, not a replacement */
	char sha[65];
	store_sha256_hex(src, sha);
	Str source = arena_printf(req->a, "upload:%.12s/%s", sha, clean);
	pthread_mutex_lock(&req->w->write_lock);
	struct store st;
	int rc = store_init(&st, req->w->db_path, d);
	if (!rc) {
		struct store_ingested out;
		/* the pipeline wants the bytes NUL-terminated after len */
		Str copy = arena_str(req->a, src);
		rc = store_ingest(&st, req->w->kb, req->a, source, copy, &out, d);
		if (!rc) {
			*doc_id = out.doc_id;
			*is_new = out.outcome != STORE_UNCHANGED;
		}
		store_release(&st);
	}
	pthread_mutex_unlock(&req->w->write_lock);
	return rc;
}

static void form(struct http_req *req, struct http_resp *resp)
{
	struct buf *b = &resp->body;
	html_raw(b, "<form id=\"import-form\" method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">");
	if (req->session.len)
		web_csrf_field(req, resp);
	html_raw(b, "\n<p><label for=\"file\">");
	html_txtc(b, T(req, "A text or HTML file"));
	html_raw(b, "</label><br><input id=\"file\" name=\"file\" type=\"file\" accept=\".txt,.html,.htm,.md,text/plain,text/html\"></p>\n<p><label for=\"text\">");
	html_txtc(b, T(req, "or paste its text"));
	html_raw(b, "</label><br><textarea id=\"text\" name=\"text\" rows=\"8\" cols=\"70\"></textarea></p>\n<p><label for=\"name\">");
	html_txtc(b, T(req, "Name of the pasted text"));
	html_raw(b, "</label><br><input id=\"name\" name=\"name\" type=\"text\" value=\"pasted.txt\"></p>\n<p><button type=\"submit\">");
	html_txtc(b, T(req, "Import"));
	html_raw(b, "</button></p>\n</form>\n");
}

int page_import(struct http_req *req, struct http_resp *resp)
{
	html_begin(req, resp, T(req, "Import"), "import");
	html_raw(&resp->body, "<h1>");
	html_txtc(&resp->body, T(req, "Import a document"));
	html_raw(&resp->body, "</h1>\n<p>");
	html_txtc(&resp->body, T(req, "The document is read, its facts extracted and kept in the registry."));
	html_raw(&resp->body, "</p>\n");
	form(req, resp);
	html_end(req, resp);
	resp->no_store = true;
	return 0;
}

int page_import_post(struct http_req *req, struct http_resp *resp)
{
	int64_t id = 0;
	bool is_new = false;
	struct diag d;
	diag_clear(&d);
	int rc = web_ingest_upload(req, &id, &is_new, &d);
	if (rc)
		return web_error(req, resp, rc == ACC_EDB ? 500 : web_status_of(rc), "cannot import: %s", d.msg);
	resp->status = 303;
	resp->no_store = true;
	resp->location = arena_printf(req->a, "/documents/%lld", (long long)id);
	html_raw(&resp->body, "<!doctype html><title>imported</title><a href=\"");
	html_attr(&resp->body, resp->location);
	html_raw(&resp->body, "\">imported</a>\n");
	return 0;
}
