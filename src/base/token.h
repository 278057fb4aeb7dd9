/* token.h: splitting text into word, number and punctuation tokens, and
 * folding them for matching
 *
 * One tokenizer serves the knowledge base (its names) and the recognizers
 * (the text), so that a name and its occurrence fold to the same key.
 * Rules: a word is a run of letters, marks and digits, with an apostrophe
 * inside it kept ("Xi'an") except a final possessive "'s", which is its own
 * token; a number is a run of digits (with inner "," or "." between digits);
 * every other non-space character is one punctuation token; each Han,
 * Hiragana or Katakana character is a token of its own.
 */
#ifndef ACCORD_TOKEN_H
#define ACCORD_TOKEN_H

#include <stdbool.h>
#include <stdint.h>
#include "arena.h"
#include "str.h"

enum tok_kind { TOK_WORD = 1, TOK_NUM, TOK_PUNCT, TOK_CJK };

enum tok_flag {
	TOK_CAP = 1,      /* first letter upper case */
	TOK_UPPER = 2,    /* all letters upper case, at least two ("UNESCO") */
	TOK_SPACE = 4,    /* white space precedes it */
	TOK_NEWLINE = 8   /* a line end precedes it */
};

struct token {
	int32_t off, len;  /* in the text */
	uint8_t kind;      /* enum tok_kind */
	uint8_t flags;     /* enum tok_flag */
	uint64_t key;      /* hash of the folded form (tok_fold) */
};

/* Next token of text at or after *off; returns false at the end. */
bool tok_next(Str text, ptrdiff_t *off, struct token *t);
/* Tokenize all of text into an arena array; returns the count. */
int tok_all(Arena *a, Str text, struct token **out);
/* Fold one token for matching: case folded, diacritics dropped, typographic
 * quotes to ', dashes to -; ASCII is copied without allocation when already
 * folded.  The result lives in the arena (or points into s). */
Str tok_fold(Arena *a, Str s);
/* Hash of the folded form of s (what struct token.key holds). */
uint64_t tok_key(Str s);
/* Key of a sequence: combines token keys in order (order-sensitive). */
static inline uint64_t tok_key_add(uint64_t seq, uint64_t k)
{
	return (seq ^ k) * 0x9e3779b97f4a7c15ull + 0x632be59bd9b4e019ull;
}
#define TOK_SEQ_SEED 0x84222325cbf29ce4ull

#endif
