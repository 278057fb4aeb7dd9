/* ru-forms.c: the Russian case forms of a name, so that the index matches
 * "Токаевым", "в Астане", "Центральной Азии" as well as the nominative
 *
 * Russian nouns and adjectives change their ending by case; names in the
 * data are nominative singular.  The paradigm of each word is read from its
 * ending (the school grammar's declensions, regular forms only):
 *   consonant (Ташкент, Жапаров)        -а -у -а -ом -е; after ж ш ч щ ц -ем;
 *                                       a person's -ов/-ев/-ин: -ым
 *   -й (Китай), a person's -ий (Юрий: -ии), -ь (Кремль / Казань)     -я -ю -я -ем -е; -и -и -ь -ью -и
 *   -а (Астана), after г к х ж ш ч щ ц -и
 *                                       -ы -е -у -ой -е; a person's -ова/-ина: -ой -у
 *   -ия (Россия), -я                     -ии -ии -ию -ией -ии; -и -е -ю -ей -е
 *   adjectives -ая -яя -ый -ой -ий -ое -ее -ые -ие; a noun in -ы after
 *   plural adjectives (Соединённые Штаты)    -ов -ам -ами -ах
 *   a vowel but а/я (Алматы, Душанбе, Эмомали, Си), a vowel and -а
 *   (Самоа): indeclinable; a name of one word in -ой/-ий is a noun (Ханой).
 * A hyphenated word declines its last part ("Касым-Жомарта", "Алма-Аты").
 * A name of several words yields its forms with every word in the same case
 * ("Китайской Народной Республики", "Садыра Жапарова"), but a place's or
 * state's whose first word is a noun declines that word alone ("Республики
 * Казахстан": the name stays nominative in apposition).  Irregular forms
 * ("Киргизии") stay in the data files.
 */
#include "kb-int.h"

#include <string.h>
#include "../base/token.h"

#define NCASES 5 /* genitive, dative, accusative, instrumental, prepositional */

/* One paradigm: the ending (in bytes) the nominative drops, and the endings
 * of the five oblique cases ("=" for the nominative unchanged). */
struct paradigm {
	int drop;
	const char *end[NCASES];
};

static const struct paradigm
	p_none = { 0, { "=", "=", "=", "=", "=" } },
	p_cons = { 0, { "а", "у", "а", "ом", "е" } },
	p_cons_hush = { 0, { "а", "у", "а", "ем", "е" } },
	p_sur = { 0, { "а", "у", "а", "ым", "е" } },
	p_j = { 2, { "я", "ю", "я", "ем", "е" } },
	p_person_ij = { 2, { "я", "ю", "я", "ем", "и" } },
	p_soft_m = { 2, { "я", "ю", "я", "ем", "е" } },
	p_soft_f = { 2, { "и", "и", "ь", "ью", "и" } },
	p_a = { 2, { "ы", "е", "у", "ой", "е" } },
	p_a_velar = { 2, { "и", "е", "у", "ой", "е" } },
	p_a_hush = { 2, { "и", "е", "у", "ей", "е" } },
	p_sur_f = { 2, { "ой", "ой", "у", "ой", "ой" } },
	p_ija = { 2, { "и", "и", "ю", "ей", "и" } },
	p_ja = { 2, { "и", "е", "ю", "ей", "е" } },
	p_adj_aja = { 4, { "ой", "ой", "ую", "ой", "ой" } },
	p_adj_jaja = { 4, { "ей", "ей", "юю", "ей", "ей" } },
	p_adj_hard = { 4, { "ого", "ому", "=", "ым", "ом" } },
	p_adj_velar = { 4, { "ого", "ому", "=", "им", "ом" } },
	p_adj_soft = { 4, { "его", "ему", "=", "им", "ем" } },
	p_adj_oe = { 4, { "ого", "ому", "=", "ым", "ом" } },
	p_adj_ee = { 4, { "его", "ему", "=", "им", "ем" } },
	p_adj_pl = { 4, { "ых", "ым", "=", "ыми", "ых" } },
	p_adj_pl_soft = { 4, { "их", "им", "=", "ими", "их" } },
	p_pl_noun = { 2, { "ов", "ам", "=", "ами", "ах" } };

/* Whether w ends with the Cyrillic suffix e (a string literal). */
#define ends(w, e) str_ends((w), S(e))

/* The letter before the last n bytes of w (a Cyrillic letter is 2 bytes),
 * as a one-letter string, or "" when there is none. */
static bool before_in(Str w, ptrdiff_t n, const char *const *set)
{
	if (w.len < n + 2)
		return false;
	Str c = { w.s + w.len - n - 2, 2 };
	for (int i = 0; set[i]; i++)
		if (str_eq(c, str_c(set[i])))
			return true;
	return false;
}

static const char *const velar[] = { "г", "к", "х", NULL };
static const char *const hush[] = { "ж", "ш", "ч", "щ", "ц", NULL };
static const char *const velar_hush[] = { "г", "к", "х", "ж", "ш", "ч", "щ", "ц", NULL };
static const char *const vowels[] = { "а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", NULL };
static const char *const consonants[] = { "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п",
					   "р", "с", "т", "ф", "х", "ц", "ч", "ш", "щ", NULL };

/* The paradigm(s) of one word (lower-case ending; the word may be
 * capitalised): fills out[0..] and returns how many (0: not Cyrillic). */
static int paradigms(Str w, bool person, bool lone, const struct paradigm **out)
{
	if (w.len < 4 || (unsigned char)w.s[w.len - 2] < 0xd0 || (unsigned char)w.s[w.len - 2] > 0xd1)
		return 0;
	if (ends(w, "ая")) {
		out[0] = &p_adj_aja;
		return 1;
	}
	if (ends(w, "яя")) {
		out[0] = &p_adj_jaja;
		return 1;
	}
	/* a name of one word in -ой, -ий is a noun: Ханой -> Ханоя (not "Ханого") */
	if (lone && (ends(w, "ой") || ends(w, "ий")) && !person) {
		out[0] = ends(w, "ой") ? &p_j : &p_person_ij;
		return 1;
	}
	if (w.len >= 6 && (ends(w, "ый") || (ends(w, "ой") && !person))) {
		out[0] = &p_adj_hard;
		return 1;
	}
	if (person && ends(w, "ий") && !ends(w, "ский") && !ends(w, "цкий")) {
		out[0] = &p_person_ij; /* Юрий, Дмитрий */
		return 1;
	}
	if (w.len >= 6 && ends(w, "ий")) {
		out[0] = before_in(w, 4, velar_hush) ? &p_adj_velar : &p_adj_soft;
		return 1;
	}
	if (w.len >= 6 && ends(w, "ое")) {
		out[0] = &p_adj_oe;
		return 1;
	}
	if (w.len >= 6 && ends(w, "ее")) {
		out[0] = &p_adj_ee;
		return 1;
	}
	if (w.len >= 6 && ends(w, "ые")) {
		out[0] = &p_adj_pl;
		return 1;
	}
	if (w.len >= 6 && ends(w, "ие")) {
		out[0] = &p_adj_pl_soft;
		return 1;
	}
	if (ends(w, "й")) {
		out[0] = &p_j;
		return 1;
	}
	if (ends(w, "ь")) {
		out[0] = &p_soft_m;
		out[1] = &p_soft_f;
		return 2;
	}
	if (ends(w, "ия")) {
		out[0] = &p_ija;
		return 1;
	}
	if (ends(w, "я")) {
		out[0] = &p_ja;
		return 1;
	}
	if (ends(w, "а") && before_in(w, 2, vowels)) {
		out[0] = &p_none; /* Самоа, Папуа: foreign, indeclinable (and "Самое" is a word) */
		return 1;
	}
	if (ends(w, "а")) {
		if (person && w.len >= 8 &&
		    (ends(w, "ова") || ends(w, "ева") || ends(w, "ёва") || ends(w, "ина") || ends(w, "ына"))) {
			out[0] = &p_sur_f;
			return 1;
		}
		out[0] = before_in(w, 2, velar) ? &p_a_velar : before_in(w, 2, hush) ? &p_a_hush : &p_a;
		return 1;
	}
	if (before_in(w, 0, consonants) || ends(w, "ъ")) {
		if (person && w.len >= 6 &&
		    (ends(w, "ов") || ends(w, "ев") || ends(w, "ёв") || ends(w, "ин") || ends(w, "ын")))
			out[0] = &p_sur;
		else
			out[0] = before_in(w, 0, hush) ? &p_cons_hush : &p_cons;
		return 1;
	}
	out[0] = &p_none;
	return 1;
}

#define MAX_WORDS 6
#define MAX_TOKENS 16

/* FNV-1a over bytes from state h, as tok_key() hashes a folded token; "й"
 * folds to "и" (tok_fold strips the breve), the only change an ending
 * needs. */
static uint64_t fnv(uint64_t h, const char *s, ptrdiff_t len)
{
	for (ptrdiff_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xb9 && i > 0 && (unsigned char)s[i - 1] == 0xd0)
			c = 0xb8;
		h ^= c;
		h *= 0x100000001b3ull;
	}
	return h;
}

/* tok_key() of a word of the Russian alphabet (А..я, Ёё), folded as
 * tok_fold() does (lower case; й -> и and ё -> е, their marks stripped)
 * without utf8proc; other words go to tok_key().  The unit tests check
 * every key of the index against the tokenizer's. */
static uint64_t key_of(Str w)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (ptrdiff_t i = 0; i < w.len; i += 2) {
		if (i + 1 >= w.len)
			return tok_key(w);
		unsigned b0 = (unsigned char)w.s[i], b1 = (unsigned char)w.s[i + 1];
		int32_t cp = (int32_t)(((b0 & 0x1f) << 6) | (b1 & 0x3f));
		if ((b0 & 0xfe) != 0xd0 || (b1 & 0xc0) != 0x80)
			return tok_key(w);
		if (cp >= 0x410 && cp <= 0x42f)
			cp += 0x20;
		else if (cp == 0x401 || cp == 0x451)
			cp = 0x435;
		else if (cp < 0x430 || cp > 0x44f)
			return tok_key(w);
		if (cp == 0x439)
			cp = 0x438;
		h ^= 0xc0 | (unsigned)(cp >> 6);
		h *= 0x100000001b3ull;
		h ^= 0x80 | (unsigned)(cp & 0x3f);
		h *= 0x100000001b3ull;
	}
	return h;
}

/* tok_next() for a name of Cyrillic letters (U+0400..U+047F: all letters),
 * spaces and hyphens: a word is a run of letters, a hyphen a token of its
 * own; without utf8proc's character classes, which made the kb's start-up
 * slower by a tenth.  Anything else goes to tok_next(). */
static bool next_token(Str s, ptrdiff_t *off, struct token *t)
{
	ptrdiff_t i = *off;
	bool space = false;
	while (i < s.len && s.s[i] == ' ')
		i++, space = true;
	if (i >= s.len)
		return false;
	ptrdiff_t j = i;
	if (s.s[i] == '-') {
		j++;
	} else {
		while (j + 1 < s.len && ((unsigned char)s.s[j] & 0xfe) == 0xd0)
			j += 2;
		if (j == i || (j < s.len && s.s[j] != ' ' && s.s[j] != '-'))
			return tok_next(s, off, t); /* not the simple case */
	}
	*t = (struct token){ (int32_t)i, (int32_t)(j - i), s.s[i] == '-' ? TOK_PUNCT : TOK_WORD,
			     (uint8_t)((space || i == 0) && i ? TOK_SPACE : 0), key_of((Str){ s.s + i, j - i }) };
	*off = j;
	return true;
}

/* Contract: see kb-int.h.  The key sequences are computed here from the
 * name's own tokens (the declined word's key continues the hash of its
 * folded stem over the ending), so that the index need not tokenize and
 * fold every generated form again: that would double the kb's start-up. */
int kb_ru_forms(Arena *a, Str name, int how, struct kb_ru_form *out, int cap)
{
	/* a Chinese given name is a plain noun: "Цзиньпином", not "-пиным" */
	bool person = (how & KB_RU_PERSON) && !(how & KB_RU_LAST);
	Str w[MAX_WORDS];
	const struct paradigm *pd[MAX_WORDS][2];
	int npd[MAX_WORDS], nw = 0;
	ptrdiff_t i = 0;
	while (i < name.len) {
		while (i < name.len && name.s[i] == ' ')
			i++;
		ptrdiff_t j = i;
		while (j < name.len && name.s[j] != ' ')
			j++;
		if (j == i)
			break;
		if (nw == MAX_WORDS)
			return 0;
		w[nw++] = (Str){ name.s + i, j - i };
		i = j;
	}
	if (!nw)
		return 0;
	bool any = false;
	for (int k = 0; k < nw; k++) {
		/* the last part of a hyphenated word */
		const char *dash = w[k].s + w[k].len;
		while (dash > w[k].s && dash[-1] != '-')
			dash--;
		Str last = { dash, w[k].s + w[k].len - dash };
		npd[k] = paradigms(last, person, nw == 1, pd[k]);
		if (!npd[k]) {
			if (k == 0)
				return 0; /* not a Russian word */
			pd[k][0] = &p_none, npd[k] = 1;
		}
		/* a plural noun after plural adjectives: "(Соединённые) Штаты" */
		if (k > 0 && (pd[k - 1][0] == &p_adj_pl || pd[k - 1][0] == &p_adj_pl_soft) && ends(last, "ы") &&
		    before_in(last, 2, consonants))
			pd[k][0] = &p_pl_noun, npd[k] = 1;
		any |= pd[k][0] != &p_none;
	}
	if (!any)
		return 0;
	/* the name's tokens; each word's last one is what declines */
	struct token tok[MAX_TOKENS];
	int word_of[MAX_TOKENS], nt = 0;
	uint64_t stem[MAX_TOKENS]; /* declining tokens: hash of the folded stem, per paradigm drop */
	bool keys = true;
	ptrdiff_t off = 0;
	struct token t;
	while (next_token(name, &off, &t)) {
		if (nt == MAX_TOKENS)
			return 0;
		int k = 0;
		while (k < nw - 1 && t.off >= w[k + 1].s - name.s)
			k++;
		word_of[nt] = -1;
		if (t.kind == TOK_WORD && name.s + t.off + t.len == w[k].s + w[k].len) {
			word_of[nt] = k;
			/* tok_key() is FNV-1a over the folded bytes, and folding goes
			 * code point by code point: the stem's key is the hash state
			 * the ending continues */
			int drop = pd[k][0]->drop; /* the same for a word's alternatives */
			if (t.len <= drop)
				keys = false;
			else
				stem[nt] = key_of((Str){ name.s + t.off, t.len - drop });
		}
		tok[nt++] = t;
	}
	int n = 0;
	char buf[512];
	/* every word in case c (alternatives of the last word's paradigm); or,
	 * for a place or state whose first word is a noun, that word alone */
	const struct paradigm *p0 = pd[0][0];
	bool adj0 = p0 == &p_adj_aja || p0 == &p_adj_jaja || p0 == &p_adj_hard || p0 == &p_adj_velar ||
		    p0 == &p_adj_soft || p0 == &p_adj_oe || p0 == &p_adj_ee || p0 == &p_adj_pl || p0 == &p_adj_pl_soft;
	int mode = how & KB_RU_LAST ? 2 : nw > 1 && !(how & KB_RU_PERSON) && !adj0 ? 1 : 0;
	for (int c = 0; c < NCASES; c++)
		for (int alt = 0; alt < npd[nw - 1]; alt++) {
			const char *e[MAX_WORDS];
			ptrdiff_t len = 0;
			bool ok = true;
			for (int k = 0; k < nw && ok; k++) {
				const struct paradigm *p = pd[k][k == nw - 1 ? alt : 0];
				e[k] = mode == 0 || (mode == 1 && k == 0) || (mode == 2 && k == nw - 1) ? p->end[c] : "=";
				bool same = !strcmp(e[k], "=");
				ptrdiff_t keep = same ? w[k].len : w[k].len - p->drop;
				ptrdiff_t el = same ? 0 : (ptrdiff_t)strlen(e[k]);
				if (len + keep + el + 1 > (ptrdiff_t)sizeof buf) {
					ok = false;
					break;
				}
				if (k)
					buf[len++] = ' ';
				memcpy(buf + len, w[k].s, (size_t)keep);
				len += keep;
				memcpy(buf + len, e[k], (size_t)el);
				len += el;
			}
			Str f = { buf, len };
			if (!ok || str_eq(f, name))
				continue;
			bool dup = false;
			for (int k = 0; k < n && !dup; k++)
				dup = str_eq(out[k].text, f);
			if (dup || n == cap)
				continue;
			uint64_t *seqs = NULL;
			if (keys) {
				seqs = anew(a, uint64_t, nt);
				uint64_t seq = TOK_SEQ_SEED;
				for (int k = 0; k < nt; k++) {
					uint64_t key = tok[k].key;
					int wk = word_of[k];
					if (wk >= 0 && strcmp(e[wk], "="))
						key = fnv(stem[k], e[wk], (ptrdiff_t)strlen(e[wk]));
					seq = tok_key_add(seq, key);
					seqs[k] = seq;
				}
			}
			out[n++] = (struct kb_ru_form){ arena_str(a, f), seqs, nt };
		}
	return n;
}
