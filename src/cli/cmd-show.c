/* cmd-show.c: accord show: one record with its provenance */
#include "cli.h"
#include "../base/json.h"
#include "../store/store.h"

#include <string.h>
#include <unistd.h>

const char cmd_show_help[] =
	"usage: accord show [--db PATH] [--format text|json] ID\n"
	"\n"
	"Print one record of the registry and where it comes from: the document\n"
	"(source file and title), the section, the sentence it was read from with the\n"
	"record's words marked (reverse video on a terminal, «like this» otherwise),\n"
	"its byte span in the normalised text and in the original file, and the words\n"
	"and rules that decided each attribute.\n"
	"\n"
	"IDs: doc:3, clause:17, event:5, agreement:2, entity:9, summit:1, paragraph:4,\n"
	"mention:8 (the ids that 'accord list' and 'accord search' print).\n"
	"\n"
	"  --format text   for people (the default)\n"
	"  --format json   one object: record, document, context, span, explain, related\n"
	"  --db PATH       the registry (default: $ACCORD_DB, else ./accord.db)\n"
	"\n"
	"The exit status is 4 when there is no such record.\n"
	"\n"
	"Examples:\n"
	"  accord show clause:17\n"
	"  accord show --format json event:5\n";

static void text(struct buf *b, const struct store_shown *s, Str id, bool tty)
{
	buf_put(b, id);
	buf_putc(b, '\n');
	const struct store_table *f = &s->fields;
	for (int c = 0; c < f->ncols; c++) {
		Str v = store_cell(f, 0, c)->s;
		if (!v.s)
			continue;
		buf_printf(b, "  %-13.*s ", (int)f->cols[c].len, f->cols[c].s);
		buf_put(b, v);
		buf_putc(b, '\n');
	}
	if (s->doc_id) {
		buf_printf(b, "\nfrom doc:%lld  ", (long long)s->doc_id);
		buf_put(b, s->source);
		if (s->title.s) {
			buf_puts(b, "  (");
			buf_put(b, s->title);
			buf_putc(b, ')');
		}
		buf_putc(b, '\n');
	}
	if (s->section.s) {
		buf_puts(b, "section ");
		buf_put(b, s->section);
		buf_putc(b, '\n');
	}
	if (s->context.s) {
		buf_printf(b, "bytes %td+%td of the text, %td+%td of the file:\n  ", s->off, s->len, s->src_off,
			   s->src_len);
		buf_put(b, (Str){ s->context.s, s->mark_off });
		buf_puts(b, tty ? "\033[7m" : "«");
		buf_put(b, (Str){ s->context.s + s->mark_off, s->mark_len });
		buf_puts(b, tty ? "\033[0m" : "»");
		buf_put(b, (Str){ s->context.s + s->mark_off + s->mark_len, s->context.len - s->mark_off - s->mark_len });
		buf_putc(b, '\n');
	}
	if (s->explain.nrows) {
		buf_puts(b, "\nwhy:\n");
		store_table_text(b, &s->explain, 50);
	}
	if (s->extra.nrows) {
		buf_puts(b, "\nrelated:\n");
		store_table_text(b, &s->extra, 60);
	}
}

static void json(struct buf *b, const struct store_shown *s, Str id)
{
	buf_puts(b, "{\n\"id\": \"");
	json_escape(b, id);
	buf_puts(b, "\",\n\"record\": ");
	store_table_json_row(b, &s->fields, 0);
	struct json j;
	json_init(&j, b, false);
	buf_puts(b, ",\n\"document\": ");
	if (s->doc_id) {
		json_obj(&j);
		json_key(&j, "id");
		json_int(&j, s->doc_id);
		json_key(&j, "source");
		json_str(&j, s->source);
		json_key(&j, "title");
		json_str(&j, s->title);
		json_key(&j, "section");
		json_str(&j, s->section);
		json_obj_end(&j);
	} else {
		buf_puts(b, "null");
	}
	json_init(&j, b, false);
	buf_puts(b, ",\n\"context\": ");
	json_str(&j, s->context);
	json_init(&j, b, false);
	buf_puts(b, ",\n\"span\": ");
	json_obj(&j);
	json_key(&j, "off");
	json_int(&j, s->off);
	json_key(&j, "len");
	json_int(&j, s->len);
	json_key(&j, "src_off");
	json_int(&j, s->src_off);
	json_key(&j, "src_len");
	json_int(&j, s->src_len);
	json_key(&j, "context_off");
	json_int(&j, s->mark_off);
	json_obj_end(&j);
	buf_puts(b, ",\n\"explain\": ");
	store_table_json(b, &s->explain);
	buf_puts(b, ",\n\"related\": ");
	store_table_json(b, &s->extra);
	buf_puts(b, "}\n");
}

int cmd_show(int argc, char **argv)
{
	const char *db = NULL, *id = NULL, *v;
	bool as_json = false;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] != '-') {
			if (id) {
				cli_err("one record at a time");
				return cli_usage("show");
			}
			id = argv[i];
		} else if (cli_opt(argc, argv, &i, "--db", &v)) {
			if (!v)
				return cli_usage("show");
			db = v;
		} else if (cli_opt(argc, argv, &i, "--format", &v)) {
			if (v && !strcmp(v, "json"))
				as_json = true;
			else if (!v || strcmp(v, "text")) {
				cli_err("unknown format '%s' (text or json)", v ? v : "");
				return EXIT_USAGE;
			}
		} else {
			cli_err("unknown option '%s'", argv[i]);
			return cli_usage("show");
		}
	}
	if (!id) {
		cli_err("which record (like clause:17)?");
		return cli_usage("show");
	}
	struct store st;
	int rc = cli_db_open(&st, db);
	if (rc)
		return rc;
	Arena a;
	arena_init(&a, 1 << 20);
	struct store_shown s;
	struct diag d;
	diag_clear(&d);
	int r = store_show(&st, &a, str_c(id), &s, &d);
	if (r) {
		cli_err("%s", d.msg);
		rc = r == ACC_ENOTFOUND ? EXIT_NOT_FOUND : r == ACC_EINVAL ? EXIT_USAGE : EXIT_FAILURE_ALL;
	} else {
		struct buf b;
		buf_init(&b);
		if (as_json)
			json(&b, &s, str_c(id));
		else
			text(&b, &s, str_c(id), isatty(1));
		if (buf_flush(&b, stdout)) {
			cli_err("cannot write output");
			rc = EXIT_FAILURE_ALL;
		}
		buf_release(&b);
	}
	arena_release(&a);
	store_release(&st);
	return rc;
}
