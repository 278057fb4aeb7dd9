/* extract.h: from a resolved document to its facts: document fields, the
 * summit, events, agreements and one clause per operative paragraph
 *
 * Each extractor reads the doc tree, the mentions and the entities and
 * writes only its own part of struct extraction; none calls another.  Every
 * fact carries its span in doc.text and "why" entries: for each attribute,
 * the words that decided it and the name of the rule (accord extract
 * --explain prints them).
 */
#ifndef ACCORD_EXTRACT_H
#define ACCORD_EXTRACT_H

#include "../resolve/resolve.h"

/* The words that decided one attribute. */
struct why {
	const char *attr;     /* "modality", "actors", "date", ... (static string) */
	ptrdiff_t off, len;   /* span in doc.text (len 0: decided by default or context) */
	const char *rule;     /* rule name (static string), e.g. "modality.willing" */
};

struct whys {
	struct why *v;
	int n;
	ptrdiff_t cap;
};

/* A set of states as sorted ISO alpha-3 codes (each a Str of length 3). */
struct codes {
	Str *v;
	int n;
};

enum doc_kind { DK_OTHER, DK_ARTICLE, DK_DECLARATION, DK_STATEMENT };

struct docinfo {
	Str title;            /* empty .s == NULL when none */
	enum doc_kind kind;
	struct date date;
	Str place;
	Str *signatories;     /* person names in text order */
	int nsignatories;
	struct whys why;
};

struct summit_name {
	Str lang;             /* "zh", "ru", ... */
	Str title;
};

struct summit {
	bool present;
	Str name;
	struct summit_name *names;
	int nnames;
	int ordinal;          /* 0: not stated */
	Str host;             /* ISO alpha-3 or empty */
	Str city, venue, chair;
	struct date start, end;
	struct codes participants;
	struct whys why;
};

enum event_type {
	EV_ARRIVAL = 1, EV_MEETING, EV_SUMMIT, EV_SIGNING, EV_ADDRESS,
	EV_CEREMONY, EV_RECEPTION, EV_CONFERENCE, EV_APPOINTMENT
};

struct event {
	enum event_type type;
	struct date date, end;
	int part_of_day;      /* enum part_of_day */
	struct codes participants;
	Str place;            /* city as written, or .s == NULL */
	Str summary;          /* free text */
	ptrdiff_t off, len;   /* the sentence or clause it came from, in doc.text */
	struct whys why;
};

enum agreement_kind { AK_BILATERAL = 1, AK_MULTILATERAL, AK_SISTER_CITY };

struct agreement {
	struct date date;
	struct codes parties;
	int count;            /* -1: not given */
	enum agreement_kind kind;
	Str title;            /* .s == NULL when none */
	Str *fields;          /* lower-case, as written */
	int nfields;
	ptrdiff_t off, len;
	struct whys why;
};

enum actor_scope { SCOPE_ALL = 1, SCOPE_NAMED, SCOPE_UNSPECIFIED };

enum modality {
	MOD_COMMIT = 1, MOD_WILLING, MOD_SUPPORT, MOD_CALL, MOD_REAFFIRM,
	MOD_WELCOME, MOD_APPRECIATE, MOD_NOTE
};

/* Issue areas (ISSUE_AREAS.md), as bits of clause.areas. */
enum issue_area {
	AREA_POLITICAL, AREA_MULTILATERAL, AREA_MECHANISM, AREA_FINANCE, AREA_TRADE,
	AREA_INVESTMENT, AREA_TRANSPORT, AREA_ENERGY, AREA_MINERALS, AREA_AGRICULTURE,
	AREA_SCIENCE_TECH, AREA_ENVIRONMENT, AREA_CULTURE_PEOPLE, AREA_EDUCATION,
	AREA_HEALTH, AREA_DEVELOPMENT, AREA_SECURITY, AREA_REGIONAL, AREA_COUNT
};

struct clause {
	Str section;          /* section number as written ("VI"), .s == NULL before the first */
	int node;             /* the DOC_PARA node */
	Str text;             /* the paragraph's body (without its number) */
	struct codes actors;
	enum actor_scope scope;
	enum modality modality;
	bool commitment;
	uint32_t areas;       /* bit (1u << enum issue_area) */
	struct date *targets; /* sorted, distinct */
	int ntargets;
	ptrdiff_t off, len;   /* the paragraph body in doc.text */
	struct whys why;
};

struct extraction {
	struct docinfo doc;
	struct summit summit;
	struct event *events;
	int nevents;
	struct agreement *agreements;
	int nagreements;
	struct clause *clauses;
	int nclauses;
};

/* The context every extractor reads. */
struct xctx {
	Arena *a;
	const struct doc *doc;
	const struct kb *kb;
	const struct mentions *m;
	const struct entities *e;
};

/* Run every extractor in order (docinfo first: the others read its date and
 * signatories). */
void extract(struct xctx *x, struct extraction *out);

void extract_docinfo(struct xctx *x, struct extraction *out);   /* out->doc */
void extract_summit(struct xctx *x, struct extraction *out);    /* out->summit */
void extract_events(struct xctx *x, struct extraction *out);    /* out->events */
void extract_agreements(struct xctx *x, struct extraction *out);/* out->agreements */
void extract_clauses(struct xctx *x, struct extraction *out);   /* out->clauses */

/* Helpers shared by the extractors. */
void why_add(Arena *a, struct whys *w, const char *attr, ptrdiff_t off, ptrdiff_t len, const char *rule);
/* Build a sorted, distinct code set from kb state ids. */
struct codes codes_from_states(Arena *a, const struct kb *kb, const int *states, int n);
bool codes_has(struct codes c, Str code);

const char *event_type_name(enum event_type t);
const char *agreement_kind_name(enum agreement_kind k);
const char *modality_name(enum modality m);
const char *scope_name(enum actor_scope s);
const char *doc_kind_name(enum doc_kind k);
const char *area_name(enum issue_area a);
int area_parse(Str name); /* enum issue_area or -1 */

#endif
