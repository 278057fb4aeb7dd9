/* catalog.c: GNU .mo message catalogues, read in place
 *
 * The format (GNU gettext manual, "The Format of GNU MO Files"): seven
 * 32-bit words in the writer's byte order -- magic 0x950412de, revision,
 * N (messages), O (offset of the originals' table), T (offset of the
 * translations' table), hash-table size and offset (not used here) --
 * then at O and at T two tables of N (length, offset) pairs.  Each string
 * lies at its offset, its length bytes followed by a NUL.  msgfmt sorts the
 * originals by strcmp, so a lookup is a binary search; a message with a
 * context is stored as "ctx\004msgid".  Plural forms ("one\0other") are not
 * used by accord; such an original is compared up to its first NUL.
 *
 * mo_open checks everything once -- both tables and every string inside
 * the bytes, NUL-terminated, originals strictly ascending -- so mo_get
 * reads with no check left to forget.  A catalogue failing any check is
 * rejected whole: a half-trusted one would be worse than English.
 */
#include "i18n.h"

#include <string.h>

#define MO_MAGIC 0x950412deu
#define MO_HEADER 28 /* seven words */

static uint32_t word(const struct mo *m, uint32_t off)
{
	const unsigned char *p = m->p + off;
	uint32_t le = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
	uint32_t be = (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
	return m->swap ? be : le;
}

/* String i of the table at tab (checked by mo_open). */
static Str entry(const struct mo *m, uint32_t tab, uint32_t i)
{
	uint32_t len = word(m, tab + 8 * i), off = word(m, tab + 8 * i + 4);
	return (Str){ (const char *)m->p + off, (ptrdiff_t)len };
}

/* An original up to its first NUL (a plural's singular). */
static Str singular(Str s)
{
	const char *z = memchr(s.s, 0, (size_t)s.len);
	return z ? (Str){ s.s, z - s.s } : s;
}

/* strcmp order on byte strings that may not be NUL-terminated. */
static int cmp(Str a, Str b)
{
	ptrdiff_t n = a.len < b.len ? a.len : b.len;
	int c = n ? memcmp(a.s, b.s, (size_t)n) : 0;
	return c ? c : a.len < b.len ? -1 : a.len > b.len;
}

/* Every (length, offset) of the table at tab names a NUL-terminated string
 * inside the bytes. */
static int check_table(const struct mo *m, uint32_t tab, const char *what, struct diag *d)
{
	if (tab % 4 || (uint64_t)tab + 8 * (uint64_t)m->n > (uint64_t)m->len)
		return diag_set(d, ACC_EINVAL, tab, "corrupt catalogue: the %s table lies outside the file", what);
	for (uint32_t i = 0; i < m->n; i++) {
		uint64_t len = word(m, tab + 8 * i), off = word(m, tab + 8 * i + 4);
		if (off + len >= (uint64_t)m->len || m->p[off + len] != 0)
			return diag_set(d, ACC_EINVAL, (ptrdiff_t)off, "corrupt catalogue: %s %u lies outside the file "
				       "or is not NUL-terminated", what, (unsigned)i);
	}
	return 0;
}

int mo_open(struct mo *m, Str bytes, struct diag *d)
{
	memset(m, 0, sizeof *m);
	if (bytes.len > MO_MAX_BYTES)
		return diag_set(d, ACC_ETOOBIG, -1, "catalogue over %lld bytes", (long long)MO_MAX_BYTES);
	if (bytes.len < MO_HEADER)
		return diag_set(d, ACC_EINVAL, bytes.len, "corrupt catalogue: %lld bytes, shorter than the header",
				(long long)bytes.len);
	struct mo t = { (const unsigned char *)bytes.s, bytes.len, 0, 0, 0, false };
	if (word(&t, 0) != MO_MAGIC) {
		t.swap = true;
		if (word(&t, 0) != MO_MAGIC)
			return diag_set(d, ACC_EINVAL, 0, "not a catalogue: no .mo magic number");
	}
	/* major revision 0 and 1 share the layout read here */
	if (word(&t, 4) >> 16 > 1)
		return diag_set(d, ACC_EINVAL, 4, "catalogue of unknown revision %u", (unsigned)(word(&t, 4) >> 16));
	t.n = word(&t, 8);
	t.orig = word(&t, 12);
	t.trans = word(&t, 16);
	if (t.n > MO_MAX_STRINGS)
		return diag_set(d, ACC_ETOOBIG, 8, "catalogue of %u messages, over %d", (unsigned)t.n, MO_MAX_STRINGS);
	int rc = check_table(&t, t.orig, "original", d);
	if (!rc)
		rc = check_table(&t, t.trans, "translation", d);
	if (rc)
		return rc;
	for (uint32_t i = 1; i < t.n; i++)
		if (cmp(singular(entry(&t, t.orig, i - 1)), singular(entry(&t, t.orig, i))) >= 0)
			return diag_set(d, ACC_EINVAL, t.orig + 8 * i, "corrupt catalogue: originals out of order at %u",
					(unsigned)i);
	*m = t;
	return 0;
}

Str mo_get(const struct mo *m, Str key)
{
	if (!m || !m->n)
		return STR_NULL;
	uint32_t lo = 0, hi = m->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = cmp(key, singular(entry(m, m->orig, mid)));
		if (!c) {
			Str s = entry(m, m->trans, mid);
			return s.len ? singular(s) : STR_NULL;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return STR_NULL;
}
