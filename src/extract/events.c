/* events.c: the dated happenings a document reports, one event per real happening */
#include "event-int.h"

#include <string.h>

static bool same_date(struct date a, struct date b)
{
	return a.y == b.y && a.m == b.m && a.d == b.d;
}

static bool same_codes(struct codes a, struct codes b)
{
	if (a.n != b.n)
		return false;
	for (int i = 0; i < a.n; i++)
		if (!str_eq(a.v[i], b.v[i]))
			return false;
	return true;
}

/* The summary: the sentence, trimmed of white space. */
static Str summary_of(const struct xview *v, const struct happening *h)
{
	const struct xsent *s = &v->s[h->sent];
	return str_trim((Str){ v->x->doc->text.s + s->off, s->len });
}

void extract_events(struct xctx *x, struct extraction *out)
{
	struct xview v;
	event_view(x, &v);
	event_view_quotes(&v);
	struct happenings h;
	event_analyze(&v, out, &h);
	ptrdiff_t n = 0, cap = 0;
	struct event *ev = NULL;
	int *para = anew(x->a, int, h.n + 1);
	Str *name = anew(x->a, Str, h.n + 1);
	for (int i = 0; i < h.n; i++) {
		const struct happening *p = &h.v[i];
		struct event e = { 0 };
		e.type = p->type;
		e.date = p->date;
		e.end = p->end;
		e.part_of_day = p->part_of_day;
		e.participants = codes_from_states(x->a, x->kb, p->states, p->nstates);
		e.place = p->place;
		e.summary = summary_of(&v, p);
		e.off = e.summary.s - x->doc->text.s;
		e.len = e.summary.len;
		const struct mentions *m = x->m;
		ptrdiff_t to = m->tokens[p->t].off;
		ptrdiff_t tl = m->tokens[p->tend - 1].off + m->tokens[p->tend - 1].len - to;
		/* one event per real happening: same type, day, part of day and
		 * states, told in one paragraph, and not two differently named ones */
		int dup = -1;
		for (ptrdiff_t k = 0; k < n; k++)
			if (ev[k].type == e.type && same_date(ev[k].date, e.date) && ev[k].part_of_day == e.part_of_day &&
			    same_codes(ev[k].participants, e.participants) && para[k] == p->para &&
			    (!name[k].len || !p->name.len || str_eq(event_fold_name(x->a, name[k]), event_fold_name(x->a, p->name))))
				dup = (int)k;
		if (dup >= 0) {
			if (!ev[dup].place.s && e.place.s)
				ev[dup].place = e.place;
			if (!date_ok(ev[dup].end) && date_ok(e.end))
				ev[dup].end = e.end;
			why_add(x->a, &ev[dup].why, "type", to, tl, "event.dedupe.merged");
			continue;
		}
		why_add(x->a, &e.why, "type", to, tl, p->rule);
		why_add(x->a, &e.why, "date", p->date_len ? p->date_off : 0, p->date_len, p->date_rule);
		if (p->part_of_day)
			why_add(x->a, &e.why, "part_of_day", 0, 0, p->part_rule);
		if (p->place.s)
			why_add(x->a, &e.why, "place", p->place_off, p->place.len, p->place_rule);
		if (p->who_rule)
			why_add(x->a, &e.why, "participants", 0, 0, p->who_rule);
		para[n] = p->para;
		name[n] = p->name;
		apush(x->a, ev, n, cap, e);
	}
	out->events = ev;
	out->nevents = (int)n;
}
