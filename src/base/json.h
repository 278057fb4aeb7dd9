/* json.h: a streaming JSON writer with escaping (reading JSON uses jansson) */
#ifndef ACCORD_JSON_H
#define ACCORD_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include "buf.h"

#define JSON_MAX_DEPTH 64

/* Commas, colons and indentation are inserted by the writer; errors (bad
 * nesting, depth) set out->err, which buf_flush reports. */
struct json {
	struct buf *out;
	int depth;
	bool pretty;                     /* two-space indentation, one item per line */
	bool first[JSON_MAX_DEPTH];      /* no item yet at this depth */
	bool after_key;                  /* a key was written, its value is next */
};

void json_init(struct json *j, struct buf *out, bool pretty);
void json_obj(struct json *j);          /* { */
void json_obj_end(struct json *j);      /* } */
void json_arr(struct json *j);          /* [ */
void json_arr_end(struct json *j);      /* ] */
void json_key(struct json *j, const char *key);
void json_str(struct json *j, Str s);   /* a string; s.s == NULL writes null */
void json_cstr(struct json *j, const char *z); /* NULL writes null */
void json_int(struct json *j, int64_t v);
void json_num(struct json *j, double v);
void json_bool(struct json *j, bool v);
void json_null(struct json *j);
/* Escape s as the inside of a JSON string (no quotes) into b. */
void json_escape(struct buf *b, Str s);

#endif
