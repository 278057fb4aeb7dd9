/* furniture.c: recognise page furniture (contact footers, social-media labels) at a page's edges
 *
 * Web pages copied as text carry the site's header and footer: phone and
 * e-mail lines, a street address, a copyright line, labels of social-media
 * accounts ("WeChat", "公众号").  They are not part of the document, so the
 * lines they fill are marked LN_FURNITURE and recorded in doc.furniture;
 * no node covers them.  Only runs at the start or the end of the page are
 * taken: the same words inside the text are content.
 */
#include "doc-int.h"

#include <string.h>

/* Labels that name a contact detail when followed by ':' (or a number). */
static const char *const contact_keys[] = {
	"phone", "telephone", "tel", "mobile", "mob", "cell", "fax", "e-mail", "email", "mail", "add",
	"address", "addr", "hotline", "wechat id", "qq", "website", "web", "url",
	"\xe7\x94\xb5\xe8\xaf\x9d",                         /* 电话 */
	"\xe6\x89\x8b\xe6\x9c\xba",                         /* 手机 */
	"\xe4\xbc\xa0\xe7\x9c\x9f",                         /* 传真 */
	"\xe9\x82\xae\xe7\xae\xb1",                         /* 邮箱 */
	"\xe5\x9c\xb0\xe5\x9d\x80",                         /* 地址 */
	"\xe7\x94\xb5\xe5\xad\x90\xe9\x82\xae\xe4\xbb\xb6", /* 电子邮件 */
	"\xd1\x82\xd0\xb5\xd0\xbb",                         /* тел */
	"\xd1\x84\xd0\xb0\xd0\xba\xd1\x81",                 /* факс */
	"\xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81",         /* адрес */
	"\xd0\xa2\xd0\xb5\xd0\xbb",                         /* Тел */
	"\xd0\x90\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81",         /* Адрес */
	"editor", "\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91", /* 责任编辑 */
};

/* Whole-line labels of social-media accounts and sharing widgets. */
static const char *const social[] = {
	"wechat", "weibo", "douyin", "facebook", "twitter", "x", "telegram", "instagram", "youtube",
	"linkedin", "tiktok", "vk", "vkontakte", "whatsapp", "line", "rss", "share", "share this",
	"follow us", "follow", "print", "back to top", "top", "subscribe", "qr code",
	/* navigation labels of a site's header, seen when a page is saved as text */
	"home", "news", "about us", "about", "contact us", "search", "login", "log in", "sign in", "menu",
	"sitemap", "site map", "english", "print this page", "email this", "back",
	"\xe9\xa6\x96\xe9\xa1\xb5",                         /* 首页 */
	"\xe4\xb8\xad\xe6\x96\x87",                         /* 中文 */
	"\xd1\x80\xd1\x83\xd1\x81\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9", /* русский */
	"\xe5\x85\xac\xe4\xbc\x97\xe5\x8f\xb7",             /* 公众号 */
	"\xe5\xbe\xae\xe4\xbf\xa1\xe5\x85\xac\xe4\xbc\x97\xe5\x8f\xb7", /* 微信公众号 */
	"\xe6\x8a\x96\xe9\x9f\xb3",                         /* 抖音 */
	"\xe5\xbe\xae\xe4\xbf\xa1",                         /* 微信 */
	"\xe5\xbe\xae\xe5\x8d\x9a",                         /* 微博 */
	"\xe5\xbf\xab\xe6\x89\x8b",                         /* 快手 */
	"\xe5\x88\x86\xe4\xba\xab",                         /* 分享 */
	"\xe5\x85\xb3\xe6\xb3\xa8\xe6\x88\x91\xe4\xbb\xac", /* 关注我们 */
	"\xe6\x89\xab\xe4\xb8\x80\xe6\x89\xab",             /* 扫一扫 */
	"\xd0\x9f\xd0\xbe\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb8\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f", /* Поделиться */
};

static bool starts_nocase(Str t, const char *word, ptrdiff_t *n)
{
	*n = (ptrdiff_t)strlen(word);
	return t.len >= *n && str_eq_nocase((Str){ t.s, *n }, (Str){ word, *n });
}

/* "Phone:...", "Tel +7 ...", "E-mail: a@b.c", "ADD:2nd Floor ...". */
static bool contact_line(Str t)
{
	for (size_t i = 0; i < sizeof contact_keys / sizeof *contact_keys; i++) {
		ptrdiff_t n;
		if (!starts_nocase(t, contact_keys[i], &n))
			continue;
		Str rest = { t.s + n, t.len - n };
		while (rest.len && rest.s[0] == ' ')
			rest.s++, rest.len--;
		if (rest.len && (rest.s[0] == '.' || rest.s[0] == ')'))
			rest.s++, rest.len--;
		if (rest.len && (rest.s[0] == ':' || (rest.len >= 3 && !memcmp(rest.s, "\xef\xbc\x9a", 3))))
			return true; /* ':' or '：' */
		/* "Tel +86 10 ...": a number right after the label */
		if (rest.len && rest.s != t.s + n && (rest.s[0] == '+' || doc_is_digit(rest.s[0])) && n <= 6)
			return true;
	}
	return false;
}

/* A line that is only an e-mail address or a web address. */
static bool address_only(Str t)
{
	if (t.len > 120 || memchr(t.s, ' ', (size_t)t.len))
		return false;
	ptrdiff_t n;
	if (starts_nocase(t, "http://", &n) || starts_nocase(t, "https://", &n) || starts_nocase(t, "www.", &n))
		return true;
	const char *at = memchr(t.s, '@', (size_t)t.len);
	return at && at > t.s && memchr(at, '.', (size_t)(t.s + t.len - at));
}

static bool copyright_line(Str t)
{
	if (t.len > 300)
		return false;
	return str_find(t, S("\xc2\xa9")) >= 0 || str_find(t, S("Copyright")) >= 0 ||
	       str_find(t, S("COPYRIGHT")) >= 0 || str_find(t, S("All rights reserved")) >= 0 ||
	       str_find(t, S("All Rights Reserved")) >= 0 || str_find(t, S("\xe7\x89\x88\xe6\x9d\x83\xe6\x89\x80\xe6\x9c\x89")) >= 0 ||
	       str_find(t, S("\xd0\x92\xd1\x81\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x89\xd0\xb5\xd0\xbd\xd1\x8b")) >= 0;
}

/* A short line made only of social-media labels, separated by spaces, '|',
 * '/', ',', '·' ("WeChat | Weibo", "Follow us:"). */
static bool social_line(Str t)
{
	if (t.len > 80)
		return false;
	ptrdiff_t i = 0;
	int words = 0;
	while (i < t.len) {
		while (i < t.len && (t.s[i] == ' ' || t.s[i] == '|' || t.s[i] == '/' || t.s[i] == ',' || t.s[i] == ':'))
			i++;
		if (i + 2 <= t.len && !memcmp(t.s + i, "\xc2\xb7", 2)) {
			i += 2;
			continue;
		}
		if (i >= t.len)
			break;
		/* the longest label that matches here and ends at a separator */
		ptrdiff_t best = 0;
		for (size_t k = 0; k < sizeof social / sizeof *social; k++) {
			ptrdiff_t n;
			if (starts_nocase((Str){ t.s + i, t.len - i }, social[k], &n) && n > best) {
				char c = i + n < t.len ? t.s[i + n] : ' ';
				if (c == ' ' || c == '|' || c == '/' || c == ',' || c == ':' || (unsigned char)c == 0xc2 ||
				    ((unsigned char)social[k][0] >= 0x80 && (unsigned char)c >= 0x80))
					best = n;
			}
		}
		if (!best)
			return false;
		i += best;
		words++;
	}
	return words > 0;
}

/* Contract: whether the (trimmed) line t is page furniture on its own. */
bool doc_is_furniture(Str t)
{
	return t.len && (contact_line(t) || address_only(t) || copyright_line(t) || social_line(t));
}

static void mark(Arena *a, struct doc *doc, struct doc_line *l, ptrdiff_t *cap)
{
	l->kind = LN_FURNITURE;
	ptrdiff_t n = doc->nfurniture;
	__typeof__(*doc->furniture) f = { l->off, l->len };
	apush(a, doc->furniture, n, *cap, f);
	doc->nfurniture = (int)n;
}

/* Contract: marks the runs of furniture lines (blank lines may separate
 * them) at the start and at the end of ls, and appends their spans to
 * doc->furniture in text order. */
void doc_furniture(Arena *a, struct doc *doc, struct doc_lines *ls)
{
	Str text = doc->text;
	ptrdiff_t cap = 0;
	int head = 0, tail = ls->n;
	/* leading run */
	for (; head < ls->n; head++) {
		struct doc_line *l = &ls->v[head];
		if (l->kind == LN_BLANK)
			continue;
		if (l->kind != LN_TEXT && l->kind != LN_ITEM)
			break;
		if (!doc_is_furniture((Str){ text.s + l->body_off, l->body_len }))
			break;
	}
	/* trailing run, not into the leading one */
	for (; tail > head; tail--) {
		struct doc_line *l = &ls->v[tail - 1];
		if (l->kind == LN_BLANK)
			continue;
		if (l->kind != LN_TEXT && l->kind != LN_ITEM)
			break;
		if (!doc_is_furniture((Str){ text.s + l->body_off, l->body_len }))
			break;
	}
	for (int i = 0; i < ls->n; i++)
		if ((i < head || i >= tail) && ls->v[i].kind != LN_BLANK)
			mark(a, doc, &ls->v[i], &cap);
}
