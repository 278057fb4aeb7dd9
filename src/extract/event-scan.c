/* event-scan.c: trigger words in sentences and each happening's date, part of day, participants and place
 *
 * A sentence may report several happenings ("Xi met X and signed Y";
 * "the Summit held in A on D1, and the Meetings held in B on D2 and in C on
 * D3").  Each trigger is an anchor; an anchor's scope runs to the next
 * anchor, and its details come from its scope first:
 *   - verbs (met, arrived, signed ...) and plain nouns (banquet, ceremony):
 *     the sentence's opening date, else a date in the scope;
 *   - event nouns (Summit, Conference, Forum, Games ...) count only when
 *     licensed: a verb after them ("held", "took place", "hosted by"), a
 *     verb before them ("hosting the", "convening of the"), or a year in
 *     their name ("the 2026 World Nomad Games"); their date is the scope's,
 *     else the one in their name, else the sentence's opening date.
 * In narrative documents (articles) a happening without its own date takes
 * the running date of its section (the last opening date seen), and a part
 * of day carries until the next date.  Declarations carry nothing: an
 * undated happening is dropped.
 */
#include "event-int.h"

#include <pthread.h>
#include <string.h>

enum tkind {
	TK_VERB,   /* a verb or verb phrase */
	TK_NOUN,   /* an event noun that needs a licence */
	TK_SIGN,   /* a signing verb: needs an instrument after it */
	TK_SPEECH, /* a speech noun after a verb of making */
	TK_PLAIN   /* a noun that is an event by itself */
};

static const struct trig {
	const char *words;
	enum event_type type;
	enum tkind kind;
	const char *rule;
} triggers[] = {
	{ "arrived", EV_ARRIVAL, TK_VERB, "event.trigger.arrival" },
	{ "arrives", EV_ARRIVAL, TK_VERB, "event.trigger.arrival" },
	{ "landed in", EV_ARRIVAL, TK_VERB, "event.trigger.arrival" },
	{ "lands in", EV_ARRIVAL, TK_VERB, "event.trigger.arrival" },
	{ "visit begins", EV_ARRIVAL, TK_VERB, "event.trigger.arrival" },
	{ "paid a state visit", EV_ARRIVAL, TK_VERB, "event.trigger.arrival.visit" },
	{ "paid an official visit", EV_ARRIVAL, TK_VERB, "event.trigger.arrival.visit" },
	{ "paid a working visit", EV_ARRIVAL, TK_VERB, "event.trigger.arrival.visit" },
	{ "paid a visit", EV_ARRIVAL, TK_VERB, "event.trigger.arrival.visit" },
	{ "held talks", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "hold talks", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "holds talks", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "had talks", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "talks with", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "met with", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "met", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "meets", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "meeting with", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "conferred with", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "confers with", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "convened with", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "convenes with", EV_MEETING, TK_VERB, "event.trigger.meeting" },
	{ "convened", EV_MEETING, TK_VERB, "event.trigger.meeting.convened" },
	{ "assume his duties", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "assume her duties", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "assumed his duties", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "assumed her duties", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "assumes his duties", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "assume office", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "assumed office", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "assumes office", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "took office", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "takes office", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "take office", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "sworn in", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "appointed", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "inaugurated as", EV_APPOINTMENT, TK_VERB, "event.trigger.appointment" },
	{ "addressed the", EV_ADDRESS, TK_VERB, "event.trigger.address.addressed" },
	{ "signed", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "signs", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "will sign", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "signing", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "inked", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "executed", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "execution", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "formalized", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "formalised", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "ratified", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "concluded", EV_SIGNING, TK_SIGN, "event.trigger.signing" },
	{ "announcement", EV_SIGNING, TK_SIGN, "event.trigger.signing.announced" },
	{ "adopted", EV_SIGNING, TK_SIGN, "event.trigger.signing.adopted" },
	{ "exchanged", EV_SIGNING, TK_SIGN, "event.trigger.signing.exchanged" },
	{ "talks", EV_MEETING, TK_SPEECH, "event.trigger.meeting.talks" },
	{ "speech", EV_ADDRESS, TK_SPEECH, "event.trigger.address" },
	{ "keynote", EV_ADDRESS, TK_SPEECH, "event.trigger.address" },
	{ "address", EV_ADDRESS, TK_SPEECH, "event.trigger.address" },
	{ "remarks", EV_ADDRESS, TK_SPEECH, "event.trigger.address" },
	{ "statement", EV_ADDRESS, TK_SPEECH, "event.trigger.address" },
	{ "lecture", EV_ADDRESS, TK_SPEECH, "event.trigger.address" },
	{ "ceremony", EV_CEREMONY, TK_PLAIN, "event.trigger.ceremony" },
	{ "ceremonies", EV_CEREMONY, TK_PLAIN, "event.trigger.ceremony" },
	{ "banquet", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "welcoming meal", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "meal", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "dinner", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "luncheon", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "lunch", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "breakfast", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "reception", EV_RECEPTION, TK_PLAIN, "event.trigger.reception" },
	{ "summit", EV_SUMMIT, TK_NOUN, "event.trigger.summit" },
	{ "summits", EV_SUMMIT, TK_NOUN, "event.trigger.summit" },
	{ "meeting", EV_MEETING, TK_NOUN, "event.trigger.meeting.noun" },
	{ "meetings", EV_MEETING, TK_NOUN, "event.trigger.meeting.noun" },
	{ "conference", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "conferences", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "forum", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "festival", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "games", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "dialogue", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "expo", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "exhibition", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "congress", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "symposium", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
	{ "olympiad", EV_CONFERENCE, TK_NOUN, "event.trigger.conference" },
};

#define NTRIG ((int)(sizeof triggers / sizeof *triggers))
#define TRIG_SLOTS 256 /* a power of two, well above the distinct first words */

/* The triggers by the token key of their first word (tok_key), so that a
 * token is tried only against the triggers it can begin, in table order.
 * Built once (pthread_once), read-only afterwards. */
static struct {
	bool used[TRIG_SLOTS];
	uint64_t key[TRIG_SLOTS];
	int first[TRIG_SLOTS];  /* first trigger (table order) with this first word */
	int next[NTRIG];        /* next trigger with the same first word, or -1 */
} trig_index;
static pthread_once_t trig_once = PTHREAD_ONCE_INIT;

static int trig_slot(uint64_t key)
{
	unsigned i = (unsigned)(key ^ (key >> 32)) & (TRIG_SLOTS - 1);
	while (trig_index.used[i] && trig_index.key[i] != key)
		i = (i + 1) & (TRIG_SLOTS - 1);
	return (int)i;
}

static void trig_index_build(void)
{
	for (int i = NTRIG - 1; i >= 0; i--) {
		const char *w = triggers[i].words, *sp = strchr(w, ' ');
		uint64_t key = tok_key((Str){ w, sp ? sp - w : (ptrdiff_t)strlen(w) });
		int slot = trig_slot(key);
		if (!trig_index.used[slot]) {
			trig_index.used[slot] = true;
			trig_index.key[slot] = key;
			trig_index.first[slot] = -1;
		}
		trig_index.next[i] = trig_index.first[slot];
		trig_index.first[slot] = i;
	}
}

/* The first trigger that token t may begin, or -1; go on with trig_index.next
 * (after pthread_once(&trig_once, trig_index_build)). */
static int trig_first(const struct xview *v, int t)
{
	int slot = trig_slot(v->tok[t].key);
	return trig_index.used[slot] ? trig_index.first[slot] : -1;
}

/* Instruments a signing verb must have after it. */
static const char *const instruments[] = {
	"agreement", "agreements", "protocol", "protocols", "memorandum", "memoranda", "memorandums",
	"mou", "mous", "treaty", "treaties", "declaration", "declarations", "convention", "conventions",
	"accord", "accords", "contract", "contracts", "deal", "deals", "documents", "charter",
	"communique", "communiqué", "roadmap", NULL
};

static const char *const making_verbs[] = { "made", "make", "makes", "making", "delivered", "deliver",
					    "delivers", "delivering", "gave", "give", "gives", "giving", NULL };

/* What one addresses in a speech ("addressed the summit"), not an issue. */
static const char *const addressees[] = { "summit", "meeting", "conference", "session", "forum", "opening",
					  "plenary", "assembly", "ceremony", "gathering", "nation", "parliament",
					  "congress", "leaders", "participants", "audience", "delegates", "council",
					  "chamber", "students", "university", NULL };

static const char *const talk_verbs[] = { "held", "hold", "holds", "holding", "had", "have", "has",
					  "conducted", "conduct", "began", "opened", NULL };

/* Verbs after an event noun that make it a happening ("the Forum held in ..."). */
static const char *const post_verbs[] = { "held", "hosted", "convened", "occurred", "opened", "organized",
					  "organised", "kicked", "began", "begins", "started", "concluded",
					  "closed", NULL };
static const char *const post_aux[] = { "was", "were", "is", "are", "will", "be", "been", "being", "has",
					"have", "had", "to", "successfully", "also", "officially", "formally",
					"jointly", "would", "shall", NULL };
/* Verbs before an event noun that make it a happening ("hosting the Festival"). */
static const char *const pre_verbs[] = { "hold", "holds", "holding", "host", "hosts", "hosting", "convene",
					 "convenes", "convening", "organize", "organizes", "organizing",
					 "organise", "organising", "stage", "stages", "staging", "opening", "next",
					 "upcoming", "forthcoming", "forward", NULL };
static const char *const pre_past[] = { "held", "hosted", "convened", "organized", "organised", "staged", NULL };
static const char *const determiners[] = { "the", "a", "an", "its", "their", "his", "her", "this", "our", NULL };

static bool is_instrument(const struct xview *v, int t)
{
	return event_tok_in(v, t, instruments);
}

static bool is_year_tok(const struct xview *v, int t)
{
	const struct token *k = &v->x->m->tokens[t];
	if (k->kind != TOK_NUM || k->len != 4)
		return false;
	int y = event_number(event_tok(v, t));
	return y >= 1900 && y <= 2100;
}

/* The licence of an event noun at t (name starting at name0): its rule, or NULL. */
static const char *licence(const struct xview *v, const struct xsent *s, int name0, int t, int *lic_end)
{
	*lic_end = t + 1;
	/* after: optional quoted title, auxiliaries, then a verb */
	int k = t + 1;
	if (k < s->t1 && (event_tok_is(v, k, "on") || event_tok_is(v, k, "entitled") || event_tok_is(v, k, "titled")) &&
	    k + 1 < s->t1 && event_in_quotes(v, s, k + 2) && !event_in_quotes(v, s, k + 1))
		k++;
	if (k < s->t1 && !event_in_quotes(v, s, k) && event_in_quotes(v, s, k + 1)) {
		int q = k + 1;
		while (q < s->t1 && event_in_quotes(v, s, q + 1) && q - k < 40)
			q++;
		k = q + 1;
	}
	/* the rest of the name: "Conference on Glacier Protection held ..." */
	if (k == t + 1 && k + 2 < s->t1 && (event_tok_is(v, k, "on") || event_tok_is(v, k, "of") || event_tok_is(v, k, "for")) &&
	    (event_tok_cap(v, k + 1) || (event_tok_is(v, k + 1, "the") && event_tok_cap(v, k + 2)))) {
		k += event_tok_cap(v, k + 1) ? 1 : 2;
		while (k < s->t1 && (event_tok_cap(v, k) || v->x->m->tokens[k].kind == TOK_NUM ||
				     ((event_tok_is(v, k, "and") || event_tok_is(v, k, "of") || event_tok_is(v, k, "-")) &&
				      event_tok_cap(v, k + 1))))
			k++;
	}
	while (k < s->t1 && event_tok_in(v, k, post_aux))
		k++;
	if (k < s->t1 && event_tok_in(v, k, post_verbs)) {
		*lic_end = k + 1;
		return "event.licence.verb-after";
	}
	if (k + 1 < s->t1 && (event_tok_is(v, k, "took") || event_tok_is(v, k, "take") || event_tok_is(v, k, "takes")) &&
	    event_tok_is(v, k + 1, "place")) {
		*lic_end = k + 2;
		return "event.licence.took-place";
	}
	/* before: a hosting verb within 20 tokens, no "by" between */
	for (int p = name0 - 1; p >= s->t0 && p >= name0 - 20; p--) {
		if (event_tok_is(v, p, "by") || event_tok_is(v, p, ";"))
			break;
		if (event_tok_is(v, p, "opening") && !event_tok_is(v, p + 1, "of"))
			continue;
		if (event_tok_in(v, p, pre_verbs) || (event_tok_in(v, p, pre_past) && event_tok_in(v, p + 1, determiners)))
			return "event.licence.verb-before";
	}
	/* a year in its name */
	for (int p = name0; p < t; p++)
		if (is_year_tok(v, p))
			return "event.licence.year-in-name";
	return NULL;
}

struct anchor {
	const struct trig *tr;
	int t, tend, name0;
	const char *lic;
};

static int find_anchors(const struct xview *v, const struct xsent *s, struct anchor *out, int cap)
{
	int n = 0;
	int nt = s->t1 - s->t0;
	if (nt <= 0)
		return 0;
	bool *used = anew(v->x->a, bool, nt);
	pthread_once(&trig_once, trig_index_build);
	/* the first trigger each token may begin, looked up once for both passes */
	int *first = anew(v->x->a, int, nt);
	for (int t = s->t0; t < s->t1; t++)
		first[t - s->t0] = trig_first(v, t);
	/* event nouns first: their licence verbs are not triggers of their own */
	for (int t = s->t0; t < s->t1; t++) {
		if (first[t - s->t0] < 0 || event_in_quotes(v, s, t))
			continue;
		for (int i = first[t - s->t0]; i >= 0; i = trig_index.next[i]) {
			const struct trig *tr = &triggers[i];
			if (tr->kind != TK_NOUN || !event_match(v, t, s->t1, tr->words))
				continue;
			int name0 = event_name_start(v, s->t0, t), lend;
			const char *lic = licence(v, s, name0, t, &lend);
			int pfor = -1;
			for (int p = name0 - 2; p >= s->t0 && p >= name0 - 6 && pfor < 0; p--)
				if (event_tok_is(v, p, "for") && event_tok_in(v, p + 1, determiners))
					pfor = p;
			if (!lic && tr->type == EV_SUMMIT && pfor >= 0) {
				/* "the leaders met in X for the Nth Summit": the summit itself */
				static const char *const gather[] = { "met", "gathered", "assembled", "convened", "meet", NULL };
				for (int p = pfor - 1; p >= s->t0 && p >= pfor - 12 && !lic; p--)
					if (event_tok_in(v, p, gather)) {
						used[p - s->t0] = true;
						lic = "event.licence.met-for";
					}
			}
			if (!lic)
				break;
			for (int k = t; k < lend && k < s->t1; k++)
				used[k - s->t0] = true;
			for (int p = name0 - 1; p >= s->t0 && p >= name0 - 20; p--)
				if (event_tok_in(v, p, pre_verbs) || event_tok_in(v, p, pre_past)) {
					used[p - s->t0] = true;
					break;
				}
			if (n < cap)
				out[n++] = (struct anchor){ tr, t, t + 1, name0, lic };
			break;
		}
	}
	for (int t = s->t0; t < s->t1; t++) {
		if (first[t - s->t0] < 0 || used[t - s->t0] || event_in_quotes(v, s, t))
			continue;
		for (int i = first[t - s->t0]; i >= 0; i = trig_index.next[i]) {
			const struct trig *tr = &triggers[i];
			if (tr->kind == TK_NOUN)
				continue;
			int m = event_match(v, t, s->t1, tr->words);
			if (!m)
				continue;
			if (tr->kind == TK_SIGN) {
				bool inst = false;
				for (int k = t + m; k < s->t1 && k < t + m + 12 && !inst; k++)
					inst = is_instrument(v, k);
				if (!inst)
					continue;
			}
			/* "the signing ceremony" is the signing */
			if (tr->type == EV_CEREMONY && t > s->t0 && event_tok_is(v, t - 1, "signing"))
				continue;
			if (tr->type == EV_ADDRESS && tr->kind == TK_VERB) {
				/* "addressed the summit", "addressed the Kazakhstan-China Business Council" */
				bool to = event_tok_in(v, t + m, addressees);
				for (int k = t + m; !to && k < s->t1 && k < t + m + 8 && (event_tok_cap(v, k) || event_tok_is(v, k, "-")); k++)
					to = event_tok_cap(v, k) && event_tok_in(v, k, addressees);
				if (!to)
					continue;
			}
			if (tr->kind == TK_SPEECH) {
				bool made = false;
				const char *const *verbs = tr->type == EV_MEETING ? talk_verbs : making_verbs;
				for (int k = t - 1; k >= s->t0 && k >= t - 4 && !made; k--)
					made = event_tok_in(v, k, verbs);
				if (!made)
					continue;
			}
			/* "keynote address": one anchor; "execution of ... agreements" after "proclaimed": one */
			bool dup = false;
			for (int k = 0; k < n; k++)
				if (out[k].tr->type == tr->type && t - out[k].tend >= 0 && t - out[k].tend <= 3)
					dup = true;
			for (int k = t; k < t + m; k++)
				used[k - s->t0] = true;
			if (!dup && n < cap)
				out[n++] = (struct anchor){ tr, t, t + m, t, NULL };
			break;
		}
	}
	/* text order */
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && out[j - 1].t > out[j].t; j--) {
			struct anchor a = out[j];
			out[j] = out[j - 1];
			out[j - 1] = a;
		}
	return n;
}

/* A date that belongs to a resolution ("Resolution 78/266 of March 21, 2024"). */
static bool resolution_date(const struct xview *v, const struct xsent *s, const struct mention *d)
{
	int t = event_tok_at(v, d->off);
	if (t - 2 < s->t0 || !event_tok_is(v, t - 1, "of"))
		return false;
	if (v->x->m->tokens[t - 2].kind == TOK_NUM)
		return true;
	return event_mention_at(v, s, t - 2, M_RESOLUTION) >= 0;
}

/* Dates of the sentence in token range [t0, t1), usable as event dates. */
static int dates_in(const struct xview *v, const struct xsent *s, int t0, int t1, const struct mention **out, int cap)
{
	const struct mentions *m = v->x->m;
	int n = 0;
	ptrdiff_t o0 = t0 < m->ntokens ? m->tokens[t0].off : v->x->doc->text.len;
	ptrdiff_t o1 = t1 < m->ntokens ? m->tokens[t1].off : v->x->doc->text.len;
	for (int i = s->m0; i < s->m1 && n < cap; i++) {
		const struct mention *d = &m->v[v->mi[i]];
		if ((d->type != M_DATE && d->type != M_RELDATE) || !date_ok(d->value) || d->off < o0 || d->off >= o1)
			continue;
		if (resolution_date(v, s, d))
			continue;
		/* a year that begins a name ("the 2030 Agenda") dates that name, not the scope */
		int te = event_tok_at(v, d->off + d->len);
		if (!d->value.m && te < s->t1 && event_tok_cap(v, te) && d->off > o0)
			continue;
		out[n++] = d;
	}
	return n;
}

/* Words that may come before a sentence's opening date ("On the morning of"). */
static const char *const opening_words[] = { "on", "in", "at", "the", "morning", "afternoon", "evening",
					     "night", "of", "early", "late", "later", ",", "during", "from",
					     "since", "by", "that", "same", "day", NULL };

static const struct mention *opening_date(const struct xview *v, const struct xsent *s, int before)
{
	const struct mention *d[4];
	int n = dates_in(v, s, s->t0, before, d, 4);
	if (!n)
		return NULL;
	int t = event_tok_at(v, d[0]->off);
	for (int k = s->t0; k < t; k++)
		if (!event_tok_in(v, k, opening_words))
			return NULL;
	return d[0];
}

static int part_in(const struct xview *v, const struct xsent *s, int t0, int t1, ptrdiff_t *off)
{
	const struct mentions *m = v->x->m;
	ptrdiff_t o0 = t0 < m->ntokens ? m->tokens[t0].off : 0;
	ptrdiff_t o1 = t1 < m->ntokens ? m->tokens[t1].off : v->x->doc->text.len;
	for (int i = s->m0; i < s->m1; i++) {
		const struct mention *d = &m->v[v->mi[i]];
		if (d->type == M_PART_OF_DAY && d->part && d->off >= o0 && d->off < o1) {
			*off = d->off;
			return d->part;
		}
	}
	/* a recognizer without parts of day: the words themselves */
	static const char *const parts[] = { "morning", "afternoon", "evening", NULL };
	for (int t = t0; t < t1; t++)
		for (int p = 0; parts[p] && (m->tokens[t].len == 7 || m->tokens[t].len == 9); p++)
			if (event_tok_is(v, t, parts[p]) && t > t0 && event_tok_is(v, t - 1, "the") && !event_tok_is(v, t + 1, "session")) {
				*off = m->tokens[t].off;
				return p + 1;
			}
	return POD_NONE;
}

/* Words that make a place a venue rather than a city. */
static const char *const venue_words[] = { "centre", "center", "hall", "palace", "residence", "hotel",
					   "stadium", "house", "square", "pavilion", "building", "airport", NULL };

/* The city of the scope: a known place of a state after "in" (not a venue, not a region). */
static const struct mention *place_in(const struct xview *v, const struct xsent *s, int t0, int t1)
{
	for (int t = t0; t < t1; t++) {
		if (event_tok_is(v, t, "which") || event_tok_is(v, t, "where"))
			break;
		int mi = event_mention_at(v, s, t, M_PLACE);
		if (mi < 0 || t != event_tok_at(v, v->x->m->v[mi].off))
			continue;
		const struct mention *pl = &v->x->m->v[mi];
		const struct kb_entity *e = pl->kb >= 0 ? kb_get(v->x->kb, pl->kb) : NULL;
		if (e && (e->type != KB_PLACE || e->state < 0))
			continue;
		bool venue = false;
		for (int k = t; k < event_tok_at(v, pl->off + pl->len); k++)
			venue |= event_tok_in(v, k, venue_words);
		if (!venue && t > s->t0 && event_tok_is(v, t - 1, "in"))
			return pl;
	}
	return NULL;
}

/* A state after "in" in the scope ("in Brazil in 2024"). */
static const struct mention *state_in(const struct xview *v, const struct xsent *s, int t0, int t1)
{
	for (int t = t0 + 1; t < t1; t++) {
		if (!event_tok_is(v, t - 1, "in") && !(event_tok_is(v, t - 1, "the") && event_tok_is(v, t - 2, "in")))
			continue;
		int mi = event_mention_at(v, s, t, M_STATE);
		if (mi >= 0 && event_tok_at(v, v->x->m->v[mi].off) == t)
			return &v->x->m->v[mi];
	}
	return NULL;
}

static bool in_summit(const struct summit *sm, struct date d)
{
	if (!sm->present || !date_ok(sm->start) || !date_ok(d))
		return false;
	struct date end = date_ok(sm->end) ? sm->end : sm->start;
	return date_cmp(d, sm->start) >= 0 && date_cmp(d, date_last_day(end)) <= 0 && d.d;
}

static bool same_date(struct date a, struct date b)
{
	return a.y == b.y && a.m == b.m && a.d == b.d;
}

static void push_state(Arena *a, int **v, int *n, ptrdiff_t *cap, int id)
{
	for (int i = 0; i < *n; i++)
		if ((*v)[i] == id)
			return;
	ptrdiff_t nn = *n;
	apush(a, *v, nn, *cap, id);
	*n = (int)nn;
}

static const char *const group_nouns[] = { "nations", "countries", "states", "members", "leaders",
					   "presidents", "heads", "governments", NULL };
/* "the presidents", "the delegations": the persons of the happening before. */
static const char *const anaphoric_groups[] = { "presidents", "leaders", "delegations", "heads", "sides",
						"ministers", "premiers", "counterparts", NULL };
/* "his guest", "the guests": the visitor of the running visit. */
static const char *const guest_words[] = { "guest", "guests", NULL };
static const char *const guest_owners[] = { "his", "her", "their", "the", "our", "distinguished", "honoured",
					    "honored", "high", NULL };
static const char *const collective_weak[] = { "conference", "summit", "meeting", "sides", "parties",
					       "participants", "leaders", "member", NULL };

/* State ids of kb_state codes in the summit's participants. */
static int summit_states(const struct xview *v, const struct summit *sm, int *out, int cap)
{
	int n = 0;
	for (int i = 0; i < sm->participants.n && n < cap; i++) {
		int id = kb_state(v->x->kb, sm->participants.v[i]);
		if (id >= 0)
			out[n++] = id;
	}
	return n;
}

struct carry {
	int section, para;
	struct date date;       /* running date of the section */
	int part;
	Str place;
	ptrdiff_t place_off;
	struct date first;      /* the section's first day date */
	int last_h;             /* last happening of the section, or -1 */
};

static struct date section_first_date(const struct xview *v, int si)
{
	int sec = v->s[si].section;
	for (int s = si; s < v->ns && v->s[s].section == sec; s++) {
		const struct mention *d[8];
		int n = dates_in(v, &v->s[s], v->s[s].t0, v->s[s].t1, d, 8);
		for (int i = 0; i < n; i++)
			if (d[i]->value.d)
				return d[i]->value;
	}
	return DATE_NONE;
}

static Str series_key(Arena *a, Str name)
{
	Str f = event_fold_name(a, name);
	for (;;) {
		Str head, tail;
		if (!str_cut(f, ' ', &head, &tail))
			break;
		bool year = head.len == 4 && head.s[0] >= '1' && head.s[0] <= '2' && head.s[1] >= '0' && head.s[1] <= '9';
		if (year || event_ordinal(head) || str_eq(head, S("the"))) {
			f = tail;
			continue;
		}
		break;
	}
	if (str_ends(f, S(" summit")))
		f.len -= 7;
	return str_trim(f);
}

/* Parts of the names of known persons the document mentions ("Xi", "Ramaphosa"). */
struct person_parts {
	Str *part;
	int *kb;
	int n;
};

static void person_parts(const struct xview *v, struct person_parts *pp)
{
	const struct mentions *m = v->x->m;
	pp->part = anew(v->x->a, Str, 2 * m->n + 1);
	pp->kb = anew(v->x->a, int, 2 * m->n + 1);
	pp->n = 0;
	for (int i = 0; i < m->n; i++) {
		const struct mention *x = &m->v[i];
		if (x->type != M_PERSON || x->kb < 0)
			continue;
		int t0 = event_tok_at(v, x->off), t1 = event_tok_at(v, x->off + x->len);
		if (t1 - t0 < 2)
			continue;
		pp->part[pp->n] = event_tok(v, t0);
		pp->kb[pp->n++] = x->kb;
		pp->part[pp->n] = event_tok(v, t1 - 1);
		pp->kb[pp->n++] = x->kb;
	}
}

static int person_part(const struct person_parts *pp, Str w)
{
	if (w.len < 2)
		return -1;
	int found = -1;
	for (int i = 0; i < pp->n; i++)
		if (str_eq(pp->part[i], w)) {
			if (found >= 0 && found != pp->kb[i])
				return -1; /* two persons share it: unknown */
			found = pp->kb[i];
		}
	return found;
}

void event_analyze(struct xview *v, const struct extraction *out, struct happenings *h)
{
	struct person_parts pp;
	person_parts(v, &pp);
	struct xctx *x = v->x;
	const struct doc *d = x->doc;
	const struct summit *sm = &out->summit;
	bool narrative = out->doc.kind == DK_ARTICLE;
	Str series = sm->present && sm->name.s ? series_key(x->a, sm->name) : S("");
	int members[64];
	int nmembers = summit_states(v, sm, members, 64);
	struct carry c = { -2, -2, DATE_NONE, 0, STR_NULL, 0, DATE_NONE, -1 };
	int last_subject = -1, last_para = -2, last_para_subject = -1; /* kb person */
	int visitor = -1; /* kb state of the one who arrived last (narrative) */
	memset(h, 0, sizeof *h);
	ptrdiff_t hn = 0;
	for (int si = 0; si < v->ns; si++) {
		const struct xsent *s = &v->s[si];
		int pty = d->nodes[s->parent].type;
		if (pty != DOC_PARA && pty != DOC_ITEM)
			continue;
		if (s->section != c.section) {
			c = (struct carry){ s->section, -2, DATE_NONE, 0, STR_NULL, 0, section_first_date(v, si), -1 };
		}
		/* the sentence's opening date and part of day move the running date */
		const struct mention *od = opening_date(v, s, s->t1);
		ptrdiff_t pod_off = 0;
		int pod = part_in(v, s, s->t0, s->t1, &pod_off);
		if (narrative && od && od->value.d) {
			if (!same_date(od->value, c.date))
				c.place = STR_NULL;
			c.date = od->value;
			c.part = pod;
		} else if (narrative && pod) {
			c.part = pod;
		}
		struct anchor an[16];
		int na = find_anchors(v, s, an, 16);
		if (s->para != last_para)
			last_para_subject = last_subject;
		last_para = s->para;
		for (int ai = 0; ai < na; ai++) {
			const struct anchor *A = &an[ai];
			int scope0 = A->t, scope1 = ai + 1 < na ? an[ai + 1].name0 : s->t1;
			if (scope1 <= scope0)
				scope1 = ai + 1 < na ? an[ai + 1].t : s->t1;
			int win1 = scope1;
			const struct mention *dl[8];
			int nd = dates_in(v, s, scope0, scope1, dl, 8);
			/* several "in City on Date" pairs after one noun: one happening each */
			const struct mention *pairs_d[8], *pairs_p[8], *pairs_s[8];
			int np = 0;
			if (A->tr->kind == TK_NOUN && nd >= 2) {
				int from = scope0;
				for (int k = 0; k < nd; k++) {
					int dt = event_tok_at(v, dl[k]->off);
					const struct mention *pl = place_in(v, s, from, dt);
					const struct mention *sm_in = pl ? NULL : state_in(v, s, from, dt);
					if (!pl && !sm_in)
						break;
					pairs_d[np] = dl[k];
					pairs_s[np] = sm_in;
					pairs_p[np++] = pl;
					from = event_tok_at(v, dl[k]->off + dl[k]->len);
				}
				if (np < nd)
					np = 0;
			}
			int reps = np ? np : 1;
			for (int r = 0; r < reps; r++) {
				struct happening e = { 0 };
				e.type = A->tr->type;
				if (e.type == EV_MEETING && (A->tr->kind == TK_NOUN || A->tr->kind == TK_VERB)) {
					/* a meeting of heads of state or leaders ("We, the Leaders of the G20, met") is their summit */
					bool verb = A->tr->kind == TK_VERB;
					for (int q = s->t0; q < A->t; q++)
						if ((event_tok_is(v, q, "heads") && event_tok_is(v, q + 1, "of") && event_tok_is(v, q + 2, "state") &&
						     !event_tok_is(v, q - 1, "two") &&
						     (!verb || event_tok_is(v, q + 3, "of") || event_match(v, q + 3, A->t, "and government of"))) ||
						    (event_tok_is(v, q, "leaders") && !event_tok_is(v, q - 1, "two") &&
						     (!verb || event_tok_is(v, q + 1, "of"))))
							e.type = EV_SUMMIT;
				}
				if (e.type == EV_MEETING && A->tr->kind == TK_NOUN) {
					/* "the next meeting of the Council of Heads of State", "Meeting of Heads of State" */
					static const char *const of_heads[] = { "of heads of state", "of the heads of state",
										"of the council of heads of state",
										"of the leaders", "of leaders", NULL };
					for (int q = 0; of_heads[q]; q++)
						if (event_match(v, A->t + 1, s->t1, of_heads[q]))
							e.type = EV_SUMMIT;
				}
				e.sent = si;
				e.t = A->t;
				e.tend = A->tend;
				e.name0 = A->name0;
				e.scope0 = scope0;
				e.scope1 = scope1;
				e.rule = A->lic ? A->lic : A->tr->rule;
				e.place_off = -1;
				e.para = s->para;
				if (A->tr->kind == TK_NOUN && A->name0 < A->t) {
					ptrdiff_t o0 = x->m->tokens[A->name0].off;
					e.name = (Str){ d->text.s + o0, x->m->tokens[A->t].off + x->m->tokens[A->t].len - o0 };
				}
				const struct mention *dm = NULL;
				const char *drule = NULL;
				if (np) {
					dm = pairs_d[r];
					drule = "event.date.scope";
				} else if (A->tr->kind == TK_NOUN) {
					const struct mention *nm[2];
					if (nd) {
						dm = dl[0];
						drule = "event.date.scope";
					} else if (dates_in(v, s, A->name0, A->t, nm, 2)) {
						dm = nm[0];
						drule = "event.date.name";
					} else if ((dm = opening_date(v, s, A->name0))) {
						drule = "event.date.sentence";
					}
				} else {
					if ((dm = opening_date(v, s, A->t))) {
						drule = "event.date.sentence";
					} else if (nd) {
						dm = dl[0];
						drule = "event.date.scope";
					}
				}
				bool carried = false;
				if (dm) {
					e.date = dm->value;
					e.end = dm->end;
					e.date_off = dm->off;
					e.date_len = dm->len;
					e.date_rule = drule;
				} else if (narrative && date_ok(c.date)) {
					e.date = c.date;
					e.date_rule = "event.date.paragraph";
					carried = true;
				} else if (narrative && date_ok(c.first)) {
					e.date = c.first;
					e.date_rule = "event.date.section";
					carried = true;
				}
				if (!date_ok(e.date))
					continue;
				/* part of day: this anchor's words, else the running one on the same day */
				ptrdiff_t poff = 0;
				int p = part_in(v, s, s->t0, win1, &poff);
				if (p) {
					e.part_of_day = p;
					e.part_rule = "event.part.sentence";
				} else if (narrative && c.part && same_date(e.date, c.date)) {
					e.part_of_day = c.part;
					e.part_rule = "event.part.carried";
				}
				/* place */
				const struct mention *pl = np ? pairs_p[r] : place_in(v, s, scope0, scope1);
				bool pair_state = np && pairs_s[r];
				if (pl) {
					e.place = (Str){ d->text.s + pl->off, pl->len };
					e.place_off = pl->off;
					e.place_rule = "event.place.sentence";
				} else if (pair_state) {
					/* a state as the place of one of several dates: no city */
				} else if (narrative && c.place.s && same_date(e.date, c.date)) {
					e.place = c.place;
					e.place_off = c.place_off;
					e.place_rule = "event.place.carried";
				} else if (in_summit(sm, e.date) && sm->city.s) {
					e.place = sm->city;
					e.place_off = sm->city.s - d->text.s;
					e.place_rule = "event.place.summit";
				}
				/* participants */
				int *st = NULL;
				int nst = 0;
				ptrdiff_t stcap = 0;
				const char *who = NULL;
				int w0 = s->t0, w1 = win1;
				/* "he"/"she" before the trigger: the person the previous sentence spoke of */
				if (narrative && last_subject >= 0 && e.type != EV_APPOINTMENT) {
					for (int q = s->t0; q < A->t && q < s->t0 + 8; q++)
						if (event_tok_is(v, q, "he") || event_tok_is(v, q, "she")) {
							int sid = kb_person_state(x->kb, last_subject, e.date);
							if (sid < 0)
								sid = kb_person_state(x->kb, last_subject, DATE_NONE);
							if (sid >= 0) {
								push_state(x->a, &st, &nst, &stcap, sid);
								who = "event.who.pronoun";
							}
							break;
						}
				}
				if (e.type == EV_ADDRESS || e.type == EV_APPOINTMENT) {
					w0 = ai > 0 ? an[ai - 1].tend : s->t0;
					w1 = e.type == EV_ADDRESS ? A->t : win1;
				}
				bool collective_strong = false, collective_weak_seen = false, two = false, the_group = false;
				for (int t = w0; t < w1; t++) {
					int mi = event_in_quotes(v, s, t) ? -2 : event_mention_at(v, s, t, 0);
					if (mi == -1 && event_tok_cap(v, t) && e.type != EV_APPOINTMENT) {
						/* "Xi" after "Xi Jinping": a part of a person's name seen before */
						int pk = person_part(&pp, event_tok(v, t));
						int sid = pk >= 0 ? kb_person_state(x->kb, pk, e.date) : -1;
						if (sid < 0 && pk >= 0)
							sid = kb_person_state(x->kb, pk, DATE_NONE);
						if (sid >= 0) {
							push_state(x->a, &st, &nst, &stcap, sid);
							who = "event.who.name-part";
						}
					}
					if (mi >= 0) {
						const struct mention *m = &x->m->v[mi];
						if (t == event_tok_at(v, m->off) && (m->type == M_STATE || m->type == M_PERSON ||
										   ((m->type == M_PLACE || m->type == M_ORG) &&
										    event_tok_in(v, event_tok_at(v, m->off + m->len), group_nouns)))) {
							if (e.type == EV_APPOINTMENT && m->type != M_PERSON)
								continue;
							int ids[64];
							int k = event_mention_states(v, m, e.date, true, ids, 64);
							for (int q = 0; q < k; q++)
								push_state(x->a, &st, &nst, &stcap, ids[q]);
							if (k)
								who = "event.who.mentions";
						}
					}
					if ((event_tok_is(v, t, "they") || event_tok_is(v, t, "both")) && t < A->t && t < s->t0 + 3)
						two = true;
					/* "the presidents signed": the subject is the group of the happening before */
					if (t < A->t && event_tok_is(v, t, "the") && event_tok_in(v, t + 1, anaphoric_groups) &&
					    !event_tok_is(v, t + 2, "of") && !event_tok_is(v, t + 2, "from"))
						the_group = true;
					/* "in honour of his guest", "the visiting President": the visitor */
					if (narrative && visitor >= 0 && ((event_tok_in(v, t, guest_words) && event_tok_in(v, t - 1, guest_owners)) ||
									  (event_tok_is(v, t, "visiting") && event_tok_is(v, t - 1, "the")))) {
						push_state(x->a, &st, &nst, &stcap, visitor);
						who = "event.who.guest";
					}
					if (event_tok_is(v, t, "two") || event_tok_is(v, t, "both"))
						two |= event_tok_in(v, t + 1, group_nouns) || event_tok_is(v, t + 1, "sides") ||
						       event_tok_is(v, t + 1, "heads") ||
						       /* "the two prime ministers", "both foreign ministers" */
						       (t < A->t && (event_tok_in(v, t + 2, anaphoric_groups) || event_tok_in(v, t + 2, group_nouns)));
					if ((event_tok_is(v, t, "heads") && event_tok_is(v, t + 1, "of") && event_tok_is(v, t + 2, "state") &&
					     !event_tok_is(v, t - 1, "two")) ||
					    (event_tok_is(v, t, "leaders") && (event_tok_is(v, t + 1, "of") || event_tok_is(v, t + 1, "from"))))
						collective_strong = true;
					if (event_number(event_tok(v, t)) >= 3 && x->m->tokens[t].kind == TOK_WORD) {
						for (int q = t + 1; q < w1 && q <= t + 4; q++)
							if (event_tok_in(v, q, group_nouns))
								collective_strong = true;
					}
					if (event_tok_in(v, t, collective_weak) && t > s->t0 &&
					    (event_tok_is(v, t - 1, "the") || event_tok_is(v, t - 1, "all")))
						collective_weak_seen = true;
				}
				/* a mechanism's own summits and ministers' meetings: all its members */
				if ((e.type == EV_SUMMIT || e.type == EV_MEETING) && A->tr->kind == TK_NOUN) {
					/* an organisation named in the noun phrase ("the next SCO Summit", "the meeting of the SCO Council of ...") */
					int q0 = A->name0 - 3 > s->t0 ? A->name0 - 3 : s->t0, q1 = A->t + 10 < win1 ? A->t + 10 : win1;
					ptrdiff_t oq0 = x->m->tokens[q0].off, oq1 = q1 < x->m->ntokens ? x->m->tokens[q1].off : d->text.len;
					for (int i = s->m0; i < s->m1; i++) {
						int mi = v->mi[i];
						const struct mention *om = &x->m->v[mi];
						if (om->type != M_ORG || om->kb < 0 || om->off < oq0 || om->off >= oq1)
							continue;
						int ids[64];
						int k = kb_members(x->kb, om->kb, e.date, ids, 64);
						if (k <= 0 && date_ok(e.date))
							k = kb_members(x->kb, om->kb, DATE_NONE, ids, 64);
						if (k <= 0)
							continue;
						nst = 0;
						for (int r2 = 0; r2 < k && r2 < 64; r2++)
							push_state(x->a, &st, &nst, &stcap, ids[r2]);
						who = "event.who.mechanism-org";
						break;
					}
				}
				if ((e.type == EV_SUMMIT || e.type == EV_MEETING) && A->tr->kind == TK_NOUN && nmembers) {
					static const char *const np_start[] = { "the", "a", "an", "its", "their", "this", "of", "next",
										"upcoming", ",", NULL };
					int b = A->t;
					while (b - 1 >= s->t0 && b > A->t - 10 && !event_tok_in(v, b - 1, np_start))
						b--;
					ptrdiff_t o0 = x->m->tokens[b].off;
					Str nm = event_fold_name(x->a, (Str){ d->text.s + o0, x->m->tokens[A->t].off - o0 });
					/* "the second summit", "the next summit": the series' own */
					bool ord_only = e.type == EV_SUMMIT && b < A->t;
					for (int q = b; q < A->t && ord_only; q++)
						ord_only = event_ordinal(event_tok(v, q)) || event_tok_is(v, q, "next");
					if ((b < A->t && series.len && str_find(nm, series) >= 0) || ord_only) {
						nst = 0;
						for (int q = 0; q < nmembers; q++)
							push_state(x->a, &st, &nst, &stcap, members[q]);
						who = "event.who.mechanism";
					}
				}
				if (!nst && two && narrative && c.last_h >= 0) {
					const struct happening *pv = &h->v[c.last_h];
					for (int q = 0; q < pv->nstates; q++)
						push_state(x->a, &st, &nst, &stcap, pv->states[q]);
					who = "event.who.previous";
				}
				if (!nst && pl) {
					const struct kb_entity *pe = pl->kb >= 0 ? kb_get(x->kb, pl->kb) : NULL;
					if (pe && pe->state >= 0 && e.type != EV_APPOINTMENT) {
						push_state(x->a, &st, &nst, &stcap, pe->state);
						who = "event.who.host-of-place";
					}
				}
				bool at_summit = in_summit(sm, e.date) || (!narrative && sm->present);
				if (e.type != EV_ADDRESS && e.type != EV_APPOINTMENT && at_summit &&
				    (collective_strong || (!nst && collective_weak_seen && (narrative || e.type == EV_SIGNING)))) {
					for (int q = 0; q < nmembers; q++)
						push_state(x->a, &st, &nst, &stcap, members[q]);
					who = "event.who.summit";
				}
				/* taking an office of an international body: no state takes part */
				if (e.type == EV_APPOINTMENT && nst) {
					static const char *const intl[] = { "secretary-general", "director-general",
									    "secretariat", "executive secretary",
									    "secretary general", "director general", NULL };
					for (int t = s->t0; t < s->t1 && nst; t++)
						for (int q = 0; intl[q] && nst; q++)
							if (event_match(v, t, s->t1, intl[q]) ||
							    (event_tok_is(v, t, "secretary") && event_tok_is(v, t + 1, "-") &&
							     event_tok_is(v, t + 2, "general"))) {
								nst = 0;
								who = "event.who.international-office";
							}
				}
				if (pair_state && (!who || strcmp(who, "event.who.mechanism"))) {
					/* "meeting again in Brazil in 2024 and in the United States in 2026": each its host */
					int ids[4];
					if (event_mention_states(v, pairs_s[r], e.date, false, ids, 4) == 1) {
						nst = 0;
						push_state(x->a, &st, &nst, &stcap, ids[0]);
						who = "event.who.host-of-date";
					}
				}
				if (!nst && the_group && narrative && c.last_h >= 0) {
					const struct happening *pv = &h->v[c.last_h];
					for (int q = 0; q < pv->nstates; q++)
						push_state(x->a, &st, &nst, &stcap, pv->states[q]);
					if (nst)
						who = "event.who.previous-group";
				}
				/* a verb with nobody taking part ("the theme meets expectations"), or an
				 * undated mention of something with nobody named, is no happening */
				if (!nst && ((A->tr->kind == TK_VERB && e.type == EV_MEETING) || (carried && A->tr->kind != TK_NOUN)))
					continue;
				e.states = st;
				e.nstates = nst;
				e.who_rule = who;
				apush(x->a, h->v, hn, h->cap, e);
				h->n = (int)hn;
				/* the running state */
				if (narrative && !date_ok(c.date) && e.date.d && dm)
					c.date = e.date;
				if (narrative && same_date(e.date, c.date) && e.place.s && e.place_rule &&
				    strcmp(e.place_rule, "event.place.summit"))
					c.place = e.place, c.place_off = e.place_off;
				if (narrative && (same_date(e.date, c.date) || !date_ok(c.date)))
					c.last_h = (int)hn - 1;
				/* the visitor: the first person or state before "arrived" */
				if (narrative && e.type == EV_ARRIVAL) {
					for (int i = s->m0; i < s->m1; i++) {
						const struct mention *pm = &x->m->v[v->mi[i]];
						if (pm->off >= x->m->tokens[A->t].off)
							break;
						if ((pm->type != M_PERSON && pm->type != M_STATE) || (pm->flags & MENTION_NESTED))
							continue;
						int ids[4];
						if (event_mention_states(v, pm, e.date, false, ids, 4) == 1) {
							visitor = ids[0];
							break;
						}
					}
				}
			}
		}
		for (int i = s->m0; i < s->m1; i++) {
			const struct mention *pm = &x->m->v[v->mi[i]];
			if (pm->type == M_PERSON && pm->kb >= 0 && !(pm->flags & MENTION_NESTED)) {
				last_subject = pm->kb;
				break;
			}
		}
		(void)last_para_subject;
	}
}
