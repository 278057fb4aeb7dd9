/* clause-words.c: the words and sentences of a paragraph, and word tests */
#include "clause.h"
#include "../base/token.h"

#include <string.h>

void clause_words(Arena *a, Str text, ptrdiff_t off, ptrdiff_t len, struct csent *out)
{
	Str body = { text.s + off, len };
	struct token *t;
	int n = tok_all(a, body, &t);
	out->w = anew(a, struct cword, n > 0 ? n : 1);
	out->n = n;
	out->off = off;
	out->len = len;
	for (int i = 0; i < n; i++) {
		out->w[i].s = (Str){ body.s + t[i].off, t[i].len };
		out->w[i].off = off + t[i].off;
		out->w[i].kind = t[i].kind;
		out->w[i].flags = t[i].flags;
	}
}

/* Words before a full stop that do not end a sentence. */
static const char *const abbrev[] = { "no", "nos", "mr", "mrs", "ms", "dr", "st", "art", "para",
				      "vol", "pp", "p", "ibid", "e", "i", "u", "s", "vs", "etc", NULL };

int clause_sentences(Arena *a, const struct csent *para, struct csent **out)
{
	struct csent *v = anew(a, struct csent, para->n + 1);
	int n = 0, beg = 0;
	for (int i = 0; i < para->n; i++) {
		const struct cword *w = &para->w[i];
		bool stop = w->kind == TOK_PUNCT && w->s.len == 1 &&
			    (w->s.s[0] == '.' || w->s.s[0] == '!' || w->s.s[0] == '?');
		if (!stop)
			continue;
		/* a stop ends a sentence before a capital (or at the end), not after an abbreviation */
		bool next_cap = i + 1 >= para->n || (para->w[i + 1].flags & TOK_CAP) ||
				para->w[i + 1].kind == TOK_PUNCT;
		if (!next_cap || (i > 0 && w->s.s[0] == '.' && clause_in(para, i - 1, abbrev) &&
				  i + 1 < para->n))
			continue;
		if (i + 1 < para->n && para->w[i + 1].kind == TOK_PUNCT &&
		    !(para->w[i + 1].s.len >= 1 && (para->w[i + 1].s.s[0] == '"' ||
						    (unsigned char)para->w[i + 1].s.s[0] >= 0x80)))
			continue;
		int end = i + 1;
		v[n].w = para->w + beg;
		v[n].n = end - beg;
		v[n].off = para->w[beg].off;
		v[n].len = para->w[i].off + para->w[i].s.len - v[n].off;
		n++;
		beg = end;
	}
	if (beg < para->n) {
		v[n].w = para->w + beg;
		v[n].n = para->n - beg;
		v[n].off = para->w[beg].off;
		v[n].len = para->w[para->n - 1].off + para->w[para->n - 1].s.len - v[n].off;
		n++;
	}
	*out = v;
	return n;
}

bool clause_word(const struct csent *s, int i)
{
	return i >= 0 && i < s->n && s->w[i].kind == TOK_WORD;
}

/* Whether the word, folded to lower case, is lower (no strlen: the length is
 * checked by the terminator of lower). */
static inline bool word_is(Str w, const char *lower)
{
	char c0 = w.s[0] >= 'A' && w.s[0] <= 'Z' ? (char)(w.s[0] + 32) : w.s[0];
	if (c0 != lower[0])
		return false;
	for (ptrdiff_t k = 0; k < w.len; k++) {
		if (!lower[k])
			return false;
		char c = w.s[k];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c == '\xe2') /* typographic apostrophe never equals an ASCII word */
			return false;
		if (c != lower[k])
			return false;
	}
	return lower[w.len] == 0;
}

bool clause_is(const struct csent *s, int i, const char *lower)
{
	if (i < 0 || i >= s->n)
		return false;
	return word_is(s->w[i].s, lower);
}

bool clause_in(const struct csent *s, int i, const char *const *set)
{
	if (i < 0 || i >= s->n)
		return false;
	Str w = s->w[i].s;
	for (int k = 0; set[k]; k++)
		if (word_is(w, set[k]))
			return true;
	return false;
}

bool clause_ends(const struct csent *s, int i, const char *suffix)
{
	if (!clause_word(s, i))
		return false;
	Str w = s->w[i].s;
	ptrdiff_t n = (ptrdiff_t)strlen(suffix);
	if (w.len <= n + 1)
		return false;
	for (ptrdiff_t k = 0; k < n; k++) {
		char c = w.s[w.len - n + k];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != suffix[k])
			return false;
	}
	return true;
}

/* Adverbs that sit between a subject and its verb, or a verb and its
 * complement; "-ly" words count too, less the nouns and verbs so spelled. */
static const char *const adverbs[] = {
	"also", "further", "jointly", "together", "again", "still", "hereby", "once", "fully",
	"firmly", "highly", "thus", "therefore", "hence", "now", "already", "always", "even",
	"further", "continuously", "resolutely", "all", "both", "each", "today", "herewith",
	"likewise", "similarly", "collectively", "unanimously", "deeply", "strongly",
	"consistently", "steadily", "vigorously", "duly", "hereafter", "henceforth", "indeed",
	"too", "equally", "particularly", "especially", "well", "much", "very", NULL
};
static const char *const not_adverbs[] = { "only", "early", "family", "italy", "july", "rally", "supply",
					   "apply", "reply", "assembly", "fly", "ally", "anomaly",
					   "monopoly", "italy", "sicily", "bully", "holy", "ugly", NULL };

bool clause_adverb(const struct csent *s, int i)
{
	if (!clause_word(s, i) || (s->w[i].flags & TOK_CAP && i > 0))
		return false;
	if (clause_in(s, i, adverbs))
		return true;
	return clause_ends(s, i, "ly") && !clause_in(s, i, not_adverbs);
}
