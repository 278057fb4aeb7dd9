/* record.h: the per-document result of the pipeline, and its emitters
 *
 * rec_extract() runs doc -> recognize -> resolve -> extract over one file;
 * everything it produces lives in the arena passed in (one per document).
 * The emitters write a record in the exchange formats: the evaluation record
 * of ../shared/eval/SCHEMA.md, the fuller JSON with spans, a text view for
 * people, and the explanation of every attribute.
 */
#ifndef ACCORD_RECORD_H
#define ACCORD_RECORD_H

#include "../base/buf.h"
#include "../extract/extract.h"

/* How far the pipeline runs. */
enum rec_depth {
	REC_ENTITIES = 1,  /* doc, recognize, resolve, document fields and summit */
	REC_FULL           /* and events, agreements, clauses */
};

struct rec {
	struct doc doc;
	struct mentions m;
	struct entities e;
	struct extraction x;
};

/* Run the pipeline on the file at path.  Returns 0, or the doc stage's
 * error with its detail in d (then r is not usable). */
int rec_extract_file(Arena *a, const struct kb *kb, const char *path, enum rec_depth depth,
		     struct rec *r, struct diag *d);
/* The same on bytes already in memory (src must outlive r). */
int rec_extract(Arena *a, const struct kb *kb, Str path, Str src, enum rec_depth depth,
		struct rec *r, struct diag *d);

/* Emitters append to out; errors are the buffer's sticky bit. */
void emit_eval(struct buf *out, const struct rec *r);     /* accord.extract/1, pretty JSON */
void emit_json(struct buf *out, const struct rec *r);     /* eval record plus spans, tree, mentions */
void emit_text(struct buf *out, const struct rec *r);     /* outline, entities, clauses for a terminal */
void emit_explain(struct buf *out, const struct rec *r);  /* every clause's and event's reasons */

/* CSV (emit-csv.c), RFC 4180: a field (preceded by a comma unless first;
 * quoted when it holds a comma, quote, CR or LF, quotes doubled), the end of
 * a row (CRLF), and a record's clauses as a table with a header. */
void emit_csv_field(struct buf *out, Str s, bool first);
void emit_csv_end(struct buf *out);
void emit_csv(struct buf *out, const struct rec *r);

/* Akoma Ntoso 3.0 (emit-akn.c): the document as a <doc> (temporaries in a),
 * and the eIds it gives nodes: per node, "sec_VI" for an outermost part or
 * section, "sec_VI__para_3" / "preamble__para_1" for paragraphs and list
 * items, empty for the others (an arena array of doc->nnodes). */
void emit_akn(struct buf *out, Arena *a, const struct rec *r);
/* One language version of a work as its Akoma Ntoso expression: the work
 * URI, date and kind come from work (the pivot version, or NULL when r is
 * alone), the expression's language from lang ("en", "ru", "zh"), and the
 * states referred to from the work's clauses, which apply to every version. */
void emit_akn_expression(struct buf *out, Arena *a, const struct rec *r, const struct rec *work, const char *lang);
Str *emit_akn_eids(Arena *a, const struct doc *doc);

/* Write a date as ISO into a JSON writer (null when unset). */
struct json;
void emit_json_date(struct json *j, struct date d);

#endif
