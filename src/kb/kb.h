/* kb.h: the knowledge base: states, persons and offices, organisations and
 * memberships, places, initiatives, loaded from data/ and frozen
 *
 * kb_open() builds the kb once per process from the data files compiled
 * into the library (see data/README.md for their formats); afterwards it is
 * read-only and may be shared between threads.  Every name the kb knows (the
 * English name, long forms, aliases, acronyms, demonyms and adjectives, and
 * the Russian, Chinese and native forms) is indexed by its token key
 * sequence (base/token.h), so a recognizer can match the longest known name
 * at any token of a text.
 */
#ifndef ACCORD_KB_H
#define ACCORD_KB_H

#include <stdbool.h>
#include <stdint.h>
#include "../base/date.h"
#include "../base/diag.h"
#include "../base/str.h"

enum kb_type {
	KB_STATE = 1,   /* a sovereign state (UN member or observer) */
	KB_PERSON,
	KB_ORG,         /* international or national body, mechanism, company */
	KB_PLACE,       /* city, port, region, building, border crossing, continent */
	KB_INITIATIVE,  /* named initiative, programme, treaty, event series */
	KB_REGION       /* a group of states named as a place ("Central Asia") */
};

/* How a name relates to its entity. */
enum kb_form {
	KB_FORM_NAME = 1,  /* the common English name ("Kazakhstan") */
	KB_FORM_LONG,      /* official long name ("Republic of Kazakhstan") */
	KB_FORM_ALIAS,     /* another spelling or short form ("Tokaev") */
	KB_FORM_ACRONYM,   /* "SCO", "UN" */
	KB_FORM_DEMONYM,   /* demonym or adjective ("Kazakh", "Chinese") */
	KB_FORM_CODE,      /* ISO alpha-3 code written as text ("KAZ") */
	KB_FORM_RU,        /* Russian */
	KB_FORM_ZH,        /* Chinese */
	KB_FORM_NATIVE,    /* in the state's own language(s) */
	KB_FORM_SURNAME    /* a person's surname alone ("Tokayev") */
};

struct kb_entity {
	int id;             /* index in the kb */
	enum kb_type type;
	Str name;           /* canonical English name */
	Str long_name;      /* official long form, or empty */
	Str code;           /* ISO alpha-3 for states, acronym for organisations, else empty */
	Str name_ru, name_zh; /* preferred Russian and Chinese names, or empty */
	int state;          /* for places and national bodies: the state's entity id, or -1 */
};

/* One name's entry in the name index. */
struct kb_name {
	int entity;         /* entity id */
	uint8_t form;       /* enum kb_form */
	uint8_t ntokens;    /* length of the name in tokens */
	Str text;           /* the name as written in the data */
	uint8_t flags;      /* enum kb_name_flag */
};

/* Hints for the recognizer about one name (it decides; the kb only says). */
enum kb_name_flag {
	KB_NAME_CASE = 1,   /* match only as written in the data, case included:
	                     * short upper-case acronyms and codes ("UN", "WHO", "CAN") */
	KB_NAME_WEAK = 2    /* also a common word or a very ambiguous name
	                     * ("Chad", "Turkey", "Jordan", "Guinea"): needs support */
};

/* An office held by a person. */
struct kb_office {
	int person, state;  /* entity ids */
	Str role;           /* "president", "prime-minister", "foreign-minister", ... */
	struct date from, to; /* to unset: still in office */
};

struct kb;

/* Build the kb from the compiled-in data; returns 0 or ACC_EDATA with the
 * file and line in d. */
int kb_open(struct kb **kb, struct diag *d);
void kb_free(struct kb *kb);
/* One data file in memory, as the build embeds them. */
struct kb_file {
	const char *name;  /* "states.tsv": its kind comes from the name (data/README.md) */
	const char *data;
	ptrdiff_t len;
};
/* Build a kb from files (an array ended by a NULL name) instead of the
 * compiled-in data, or from the compiled-in data when files is NULL: for
 * tests and tools.  The kb points into the files' bytes, which must
 * outlive it.  Returns 0 or ACC_EDATA with the file and line in d. */
int kb_open_files(struct kb **kb, const struct kb_file *files, struct diag *d);
/* The process-wide kb, opened on first use (aborts with a message if the
 * compiled-in data is broken, which the tests prevent). */
const struct kb *kb_default(void);

int kb_count(const struct kb *kb);
const struct kb_entity *kb_get(const struct kb *kb, int id);
/* State entity by ISO alpha-3 code, or -1. */
int kb_state(const struct kb *kb, Str code);
/* Entity by exact canonical name (ASCII case-insensitive), or -1. */
int kb_find(const struct kb *kb, enum kb_type type, Str name);

/* Name index.  key is a token sequence key (tok_key_add over the tokens'
 * keys, from TOK_SEQ_SEED).  Returns the number of names with exactly this
 * key, their entries in *out (may be NULL when 0).  *more is set when some
 * longer name starts with this sequence, so a longest-match scan knows
 * whether to extend. */
int kb_names(const struct kb *kb, uint64_t key, const struct kb_name **out, bool *more);
/* The largest ntokens of any name. */
int kb_max_tokens(const struct kb *kb);

/* Offices of a person (all, in date order). */
int kb_offices(const struct kb *kb, int person, const struct kb_office **out);
/* The state a person serves on date on (or at any time if on is unset), or -1. */
int kb_person_state(const struct kb *kb, int person, struct date on);
/* Person holding role in state on date, or -1 ("president", KAZ, 2025-06-17). */
int kb_office_holder(const struct kb *kb, int state, Str role, struct date on);

/* States that are members of organisation or region org on date on (any
 * date if unset): fills out (up to cap) with state ids sorted by code and
 * returns the total count (out may be NULL when cap is 0).  Only the role
 * "member" counts; kb_member_role() tells observers and partners. */
int kb_members(const struct kb *kb, int org, struct date on, int *out, int cap);
bool kb_is_member(const struct kb *kb, int org, int state, struct date on);

const char *kb_type_name(enum kb_type t);

/* Roles in an organisation (data/members.tsv). */
enum kb_role {
	KB_ROLE_MEMBER = 1,
	KB_ROLE_OBSERVER,
	KB_ROLE_PARTNER,        /* BRICS partner country, SCO dialogue partner is below */
	KB_ROLE_DIALOGUE,       /* dialogue partner */
	KB_ROLE_APPLICANT,      /* acceding / applicant */
	KB_ROLE_ASSOCIATE       /* associate member */
};

/* One state's role in an organisation or region over a period. */
struct kb_membership {
	int org, state;         /* entity ids */
	uint8_t role;           /* enum kb_role */
	struct date from, to;   /* unset: open; to at day precision is the first
	                         * day no longer held, coarser is inclusive */
};

/* All membership records of org (every role, every period), sorted by the
 * state's code then date; returns the count. */
int kb_memberships(const struct kb *kb, int org, const struct kb_membership **out);
/* The role state held in org on date on (any time if unset; the latest
 * then), or 0 when none. */
int kb_member_role(const struct kb *kb, int org, int state, struct date on);
const char *kb_role_name(enum kb_role r);
/* Entity by its handle in the data files ("KAZ", "sco", "xi-jinping"), or -1. */
int kb_handle(const struct kb *kb, Str handle);
/* The handle of entity id (points into the compiled-in data). */
Str kb_handle_of(const struct kb *kb, int id);

#endif
