/* accord.h: the public interface of libaccord
 *
 * libaccord turns one document (summit article, declaration, joint
 * statement) into a structured record.  This header is the small, stable
 * surface for programs that embed accord; the stages' own headers under
 * src/ are internal.  Outputs are malloc'd and owned by the caller (free()).
 * Functions return 0 or a negative error code; err receives a one-line
 * message (lower case, no final period).  Thread-safe: the knowledge base is
 * loaded once and then only read.
 */
#ifndef ACCORD_H
#define ACCORD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ACCORD_VERSION "0.1"

enum accord_format {
	ACCORD_FORMAT_EVAL = 1, /* accord.extract/1 JSON (shared/eval/SCHEMA.md) */
	ACCORD_FORMAT_JSON,     /* accord.record/1: eval record plus spans and reasons */
	ACCORD_FORMAT_TEXT,     /* a readable report */
	ACCORD_FORMAT_EXPLAIN   /* the reasons behind every attribute */
};

/* Extract the document held in bytes[0..len) (name is used for messages and
 * to guess the format: .html, .md, .txt).  On success *out holds the record
 * in the asked format (NUL-terminated, *out_len bytes). */
int accord_extract(const char *name, const char *bytes, size_t len, enum accord_format format,
		   char **out, size_t *out_len, char *err, size_t err_len);

/* The same for a file on disk. */
int accord_extract_file(const char *path, enum accord_format format, char **out, size_t *out_len,
			char *err, size_t err_len);

const char *accord_version(void);

#ifdef __cplusplus
}
#endif

#endif
