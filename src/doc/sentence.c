/* sentence.c: split a paragraph's body into sentences
 *
 * A sentence ends at '.', '!', '?' or '…' (with any closing quotes and
 * brackets after it) followed by white space and an upper-case letter (or an
 * opening quote or bracket and one), or by the end of the body; and right
 * after the Chinese 。！？；.  It does not end after an abbreviation ("Mr.",
 * "e.g.", "Jan."), an initial ("J. Smith"), before a number ("No. 5", "p. 12"
 * go on: no capital follows), or inside quotes that close later and go on.
 * Weak abbreviations ("etc.", "Inc.", "U.S.") end a sentence only before a
 * word that usually starts one ("The", "They", ...); "No. We" ends one.
 * ASCII is skipped eight bytes at a time; no call per byte.
 */
#include "doc-int.h"

#include <string.h>

enum { C_NONE, C_TERM, C_DQUOTE, C_HIGH };

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
/* Whether some byte of w (all ASCII) is zero. */
static inline bool zero_byte(uint64_t w)
{
	return ((w - ONES) & ~w & HIGHS) != 0;
}

/* A word list entry with its length known at compile time. */
#define W(lit) { lit, (ptrdiff_t)sizeof(lit) - 1 }

/* Classes of the bytes the scanner stops at. */
static const unsigned char cls[256] = {
	['.'] = C_TERM, ['!'] = C_TERM, ['?'] = C_TERM, ['"'] = C_DQUOTE, [0xc2] = C_HIGH, [0xe2] = C_HIGH, [0xe3] = C_HIGH, [0xef] = C_HIGH,
};

/* Never the end of a sentence when followed by '.'. */
static const Str strong[] = {
	W("Mr"), W("Mrs"), W("Ms"), W("Dr"), W("Prof"), W("St"), W("Mt"), W("Ft"), W("Art"), W("Arts"), W("Para"), W("Paras"),
	W("Vol"), W("Vols"), W("Fig"), W("Sen"), W("Rep"), W("Gen"), W("Col"), W("Lt"), W("Capt"), W("Sgt"), W("Cmdr"), W("Adm"), W("Gov"), W("Amb"),
	W("Hon"), W("Rev"), W("Fr"), W("Sr"), W("Messrs"), W("Mme"), W("Mlle"), W("Jan"), W("Feb"), W("Mar"), W("Apr"), W("Jun"), W("Jul"),
	W("Aug"), W("Sep"), W("Sept"), W("Oct"), W("Nov"), W("Dec"), W("e.g"), W("i.e"), W("cf"), W("vs"), W("viz"), W("approx"), W("incl"),
	W("para"), W("paras"), W("art"), W("arts"), W("vol"), W("ca"), W("op"), W("ibid"), W("al"), W("ed"), W("eds"),
	W("Ph.D"), W("H.E"), W("H.M"), W("H.R.H"),
	W("\xd0\xb3"),                 /* г. */
	W("\xd0\xb3\xd0\xb3"),         /* гг. */
	W("\xd0\xb8\xd0\xbc"),         /* им. */
	W("\xd1\x82.\xd0\xb5"),        /* т.е. */
	W("\xd1\x83\xd0\xbb"),         /* ул. */
	W("\xd1\x81\xd1\x82"),         /* ст. */
	W("\xd1\x81\xd0\xbc"),         /* см. */
	W("\xd0\xb3\xd0\xbe\xd1\x81\xd0\xbf"), /* госп. */
	W("т.ч"),              /* в т.ч. */
};

/* The end of a sentence only before a usual sentence opener. */
static const Str weak[] = {
	W("etc"), W("Inc"), W("Ltd"), W("Co"), W("Corp"), W("Jr"), W("Bros"), W("a.m"), W("p.m"), W("A.M"), W("P.M"),
	W("\xd1\x82.\xd0\xb4"), /* т.д. */
	W("\xd1\x82.\xd0\xbf"), /* т.п. */
	W("др"),               /* и др. */
};

static const Str openers[] = {
	W("The"), W("This"), W("These"), W("That"), W("Those"), W("They"), W("There"), W("It"), W("Its"), W("We"), W("Our"), W("He"), W("She"),
	W("His"), W("Her"), W("In"), W("On"), W("At"), W("As"), W("For"), W("With"), W("A"), W("An"), W("All"), W("But"), W("And"), W("However"),
	W("Therefore"), W("Moreover"), W("Furthermore"), W("Such"), W("Each"), W("Both"), W("I"), W("You"), W("To"), W("By"), W("If"),
	W("When"), W("While"), W("Since"), W("After"), W("Before"), W("Yet"), W("So"), W("Also"), W("Many"), W("Some"), W("Most"),
	/* Russian: Они, Это, Эти, Мы, Стороны, В, На, По, При, Также, Однако, Все, Обе */
	W("Они"), W("Это"), W("Эти"), W("Мы"), W("Стороны"), W("В"), W("На"), W("По"), W("При"), W("Также"),
	W("Однако"), W("Все"), W("Обе"),
};

static bool in_list(Str w, const Str *list, size_t n)
{
	if (w.len > 14) /* longer than any entry ("Стороны": 14 bytes) */
		return false;
	for (size_t i = 0; i < n; i++)
		if (list[i].len == w.len && list[i].s[0] == w.s[0] && !memcmp(w.s, list[i].s, (size_t)w.len))
			return true;
	return false;
}

#define N(a) (sizeof(a) / sizeof *(a))

/* Closing quote or bracket at s[i]: its length, else 0. */
static int closer(Str s, ptrdiff_t i, ptrdiff_t end)
{
	unsigned char c = (unsigned char)s.s[i];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (c < 0x80 || i + 2 > end)
		return 0;
	int n;
	int32_t cp = doc_cp(s, i, &n);
	if (i + n > end)
		return 0;
	switch (cp) {
	case 0x201d: case 0x2019: case 0x00bb: case 0x300d: case 0x300f: case 0xff09: case 0x300b:
		return n;
	}
	return 0;
}

/* Opening quote or bracket at s[i]: its length, else 0. */
static int opener(Str s, ptrdiff_t i, ptrdiff_t end)
{
	unsigned char c = (unsigned char)s.s[i];
	if (c == '"' || c == '\'' || c == '(' || c == '[')
		return 1;
	if (c < 0x80)
		return 0;
	int n;
	int32_t cp = doc_cp(s, i, &n);
	if (i + n > end)
		return 0;
	switch (cp) {
	case 0x201c: case 0x2018: case 0x00ab: case 0x300c: case 0x300e: case 0xff08: case 0x300a:
		return n;
	}
	return 0;
}

/* The word (letters and inner dots) that ends just before s[i]. */
static Str word_before(Str s, ptrdiff_t from, ptrdiff_t i)
{
	if (i > from && s.s[i - 1] == '.')
		return (Str){ s.s + i, 0 }; /* an ellipsis "..." */
	ptrdiff_t b = i;
	while (b > from) {
		unsigned char c = (unsigned char)s.s[b - 1];
		if (doc_is_upper(c) || doc_is_lower(c) || c >= 0x80 || c == '.')
			b--;
		else
			break;
	}
	while (b < i && s.s[b] == '.')
		b++;
	return (Str){ s.s + b, i - b };
}

/* Whether a '.' at s[i] (ending word w) may end a sentence whose next word
 * starts at s[next]. */
static bool period_ends(Str s, Str w, ptrdiff_t next, ptrdiff_t end)
{
	if (!w.len)
		return true; /* "2025." "...)." */
	if (in_list(w, strong, N(strong)))
		return false;
	int n;
	if (w.len == 1 && doc_is_upper(w.s[0]))
		return false; /* an initial: "J. Smith" */
	if (w.len <= 2 && doc_cp_upper(doc_cp(w, 0, &n)) && (ptrdiff_t)n == w.len)
		return false; /* a Cyrillic initial */
	bool dotted = memchr(w.s, '.', (size_t)w.len) != NULL; /* "U.S", "U.N" */
	if (dotted || in_list(w, weak, N(weak))) {
		ptrdiff_t e = next;
		for (;;) {
			if (e < end && (doc_is_upper(s.s[e]) || doc_is_lower(s.s[e])))
				e++;
			else if (e + 1 < end && ((unsigned char)s.s[e] & 0xfe) == 0xd0) /* a Cyrillic letter */
				e += 2;
			else
				break;
		}
		return in_list((Str){ s.s + next, e - next }, openers, N(openers));
	}
	return true;
}

/* Inside quotes: whether the quote closes soon (within 300 bytes of from)
 * and the sentence then goes on in lower case or after a comma ("He said
 * "We agree. We sign." and left."): then no sentence ends inside it. */
static bool quote_continues(Str s, ptrdiff_t from, ptrdiff_t end)
{
	ptrdiff_t lim = from + 300 < end ? from + 300 : end;
	for (ptrdiff_t i = from; i < lim; i++) {
		unsigned char c = (unsigned char)s.s[i];
		int k = 0;
		if (c == '"')
			k = 1;
		else if (c == 0xe2 && i + 3 <= end && !memcmp(s.s + i, "\xe2\x80\x9d", 3))
			k = 3;
		else if (c == 0xc2 && i + 2 <= end && !memcmp(s.s + i, "\xc2\xbb", 2))
			k = 2;
		else if (c == 0xe3 && i + 3 <= end && (!memcmp(s.s + i, "\xe3\x80\x8d", 3) || !memcmp(s.s + i, "\xe3\x80\x8f", 3)))
			k = 3;
		if (!k)
			continue;
		ptrdiff_t j = i + k;
		while (j < end && (s.s[j] == ' ' || s.s[j] == ')'))
			j++;
		if (j >= end)
			return false;
		int n;
		unsigned char d = (unsigned char)s.s[j];
		if (d == ',' || d == ';' || d == ':' || doc_is_lower(d))
			return true;
		return d >= 0x80 && !doc_cp_upper(doc_cp(s, j, &n)) && doc_cp_alnum(doc_cp(s, j, &n));
	}
	return false;
}

/* "(A/66/PV.22, p. 45)." after a quotation: a short parenthesis closed by
 * the sentence's own period belongs to the sentence before it. */
static bool citation(Str s, ptrdiff_t open, ptrdiff_t end)
{
	for (ptrdiff_t i = open + 1; i < end && i - open < 80; i++) {
		if (s.s[i] == ')')
			return i + 1 < end && s.s[i + 1] == '.' && (i + 2 >= end || doc_is_space(s.s[i + 2]));
		if (s.s[i] == '(' || s.s[i] == '\n')
			return false;
	}
	return false;
}

static void add_sent(struct doc_build *b, int parent, Str text, ptrdiff_t from, ptrdiff_t to)
{
	while (from < to && doc_is_space(text.s[from]))
		from++;
	while (to > from && doc_is_space(text.s[to - 1]))
		to--;
	if (to > from)
		doc_add_node(b, (struct doc_node){ DOC_SENT, parent, 0, from, to - from, from, to - from, STR_NULL });
}

/* Contract: appends DOC_SENT children of parent covering the body
 * [off, off+len) of doc->text in order (spaces between sentences are in no
 * sentence); nothing when the body is empty. */
void doc_sentences(struct doc_build *b, int parent, ptrdiff_t off, ptrdiff_t len)
{
	Str s = b->doc->text;
	ptrdiff_t end = off + len, start = off, i = off;
	int depth = 0;          /* open quotes */
	ptrdiff_t opened = 0;   /* where the outermost open quote began */
	bool ascii_open = false;
	while (i < end) {
		/* eight bytes at a time while none is '.', '!', '?', '"' or non-ASCII */
		while (i + 8 <= end) {
			uint64_t w;
			memcpy(&w, s.s + i, 8);
			if ((w & HIGHS) || zero_byte(w ^ (ONES * '.')) || zero_byte(w ^ (ONES * '!')) ||
			    zero_byte(w ^ (ONES * '?')) || zero_byte(w ^ (ONES * '"')))
				break;
			i += 8;
		}
		while (i < end && !cls[(unsigned char)s.s[i]])
			i++;
		if (i >= end)
			break;
		unsigned char c = (unsigned char)s.s[i];
		ptrdiff_t term = -1; /* end of the terminal mark */
		bool cjk = false;
		if (c == '"') {
			if (ascii_open) {
				ascii_open = false;
				depth -= depth > 0;
			} else {
				ascii_open = true;
				if (!depth++)
					opened = i;
			}
			i++;
			continue;
		}
		if (c >= 0x80) {
			int n;
			int32_t cp = doc_cp(s, i, &n);
			switch (cp) {
			case 0x201c: case 0x00ab: case 0x300c: case 0x300e:
				if (!depth++)
					opened = i;
				break;
			case 0x201d: case 0x00bb: case 0x300d: case 0x300f:
				depth -= depth > 0;
				break;
			case 0x3002: case 0xff01: case 0xff1f: case 0xff1b: /* 。！？； */
				term = i + n;
				cjk = true;
				break;
			case 0x2026: /* … */
				term = i + n;
				break;
			}
			if (term < 0) {
				i += n;
				continue;
			}
		} else {
			term = i + 1;
		}
		/* a quote left open for long was never closed: forget it */
		if (depth && i - opened > 400)
			depth = 0, ascii_open = false;
		/* closing quotes and brackets go with the sentence */
		ptrdiff_t j = term;
		int k;
		while (j < end && (k = closer(s, j, end))) {
			if (s.s[j] == '"' && ascii_open)
				ascii_open = false, depth -= depth > 0;
			else if (k > 1)
				depth -= depth > 0;
			j += k;
		}
		if (cjk) {
			if (!depth || !quote_continues(s, j, end)) {
				add_sent(b, parent, s, start, j);
				start = j;
			}
			i = j;
			continue;
		}
		/* more terminal marks: "?!", "..." */
		if (j < end && (s.s[j] == '.' || s.s[j] == '!' || s.s[j] == '?')) {
			i = j;
			continue;
		}
		ptrdiff_t next = j;
		while (next < end && doc_is_space(s.s[next]))
			next++;
		bool ends;
		if (next >= end) {
			ends = true;
		} else if (next == j || (depth > 0 && quote_continues(s, j, end))) {
			ends = false;
		} else {
			ptrdiff_t w = next;
			while (w < end && (k = opener(s, w, end)))
				w += k;
			int n;
			ends = w < end && (doc_is_upper(s.s[w]) || ((unsigned char)s.s[w] >= 0x80 && doc_cp_upper(doc_cp(s, w, &n))));
			if (ends && c == '.')
				ends = period_ends(s, word_before(s, start, i), w, end);
			if (ends && s.s[next] == '(' && citation(s, next, end))
				ends = false;
		}
		if (ends) {
			add_sent(b, parent, s, start, j);
			start = next;
		}
		i = j;
	}
	add_sent(b, parent, s, start, end);
}
