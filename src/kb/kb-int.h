/* kb-int.h: the kb's frozen in-memory layout, shared by its loader and its lookups */
#ifndef ACCORD_KB_INT_H
#define ACCORD_KB_INT_H

#include "../base/arena.h"
#include "kb.h"

/* One distinct token-sequence key of the name index. */
struct kb_slot {
	uint64_t key;       /* 0: empty slot (a real key of 0 is remapped to 1) */
	int32_t first;      /* index of its first name in kb.names */
	uint16_t n;         /* names with exactly this key (0: prefix only) */
	uint8_t more;       /* some longer name starts with this sequence */
};

/*
 * Everything lives in one arena, the struct kb included; texts (names,
 * handles, roles) point into the compiled-in data files, which are static.
 * Arrays indexed by entity id have nents entries; *_start arrays have
 * nents + 1, so the records of entity i are [start[i], start[i + 1]).
 */
struct kb {
	Arena a;                       /* owns everything below */
	struct kb_entity *ents;
	Str *handles;                  /* per entity, points into the data */
	int nents;

	struct kb_name *names;         /* grouped by key: a slot's names are contiguous */
	int nnames;                    /* entries in names (merged duplicates leave gaps) */
	struct kb_slot *slots;         /* open addressing, power-of-two size */
	uint32_t mask;
	int max_tokens;

	int32_t *by_handle;            /* open addressing over handles: entity ids, -1 empty */
	int32_t *by_name;              /* open addressing over (type, folded canonical name) */
	uint32_t hmask;

	struct kb_office *offices;     /* sorted by person, then from */
	int *off_start;                /* per person */
	int noffices;

	struct kb_membership *mships;  /* sorted by org, then state code, then from */
	int *mem_start;                /* per org */
	int nmships;
};

/* Build all of kb from files (kb-load.c). */
int kb_load(struct kb *kb, const struct kb_file *files, struct diag *d);
/* The compiled-in data files, listed in the arena (kb-load.c). */
const struct kb_file *kb_embedded_files(Arena *a);
/* Entity of type t whose canonical name is name (ASCII case-insensitive), or -1. */
int kb_find_canonical(const struct kb *kb, enum kb_type t, Str name);
/* One generated Russian form (ru-forms.c). */
struct kb_ru_form {
	Str text;              /* in the arena */
	const uint64_t *seqs;  /* the token-sequence key after each token (tok_key_add
				* from TOK_SEQ_SEED), or NULL: tokenize text */
	int ntokens;
};
enum kb_ru_how {
	KB_RU_PERSON = 1, /* the rules of surnames (-ов: -ым; -ова: -ой), every word declined */
	KB_RU_LAST = 2    /* only the last word declines (Chinese names: "Си Цзиньпина") */
};
/* The oblique-case forms of a Russian name in the nominative (ru-forms.c):
 * up to cap distinct forms into out, allocated in a; returns how many.
 * how: enum kb_ru_how bits. */
int kb_ru_forms(Arena *a, Str name, int how, struct kb_ru_form *out, int cap);

#endif
