/* clause.h: the clause extractor's private seams (clauses.c and clause-*.c)
 *
 * A paragraph is read as a list of sentences, each a list of words (slices
 * of doc.text, tokenized by base/token.c).  clause_parse() finds in each
 * sentence its subjects and their predicates: the main clause after any
 * fronted adverbial ("Based on ..., the parties will ..."), predicates
 * coordinated with it (", and are willing to ..."), and new subjects in
 * coordinated clauses (", and the parties welcome ...").  The attributes are
 * then read off that parse: modality from the first predicate of the first
 * sentence, actors from the subjects, commitment from the predicates.
 * Everything is table-driven (clause-lexicon.c); nothing here knows any one
 * mechanism or document.
 */
#ifndef ACCORD_CLAUSE_H
#define ACCORD_CLAUSE_H

#include "extract.h"

/* A token of a sentence. */
struct cword {
	Str s;               /* points into the text */
	ptrdiff_t off;       /* absolute offset in the text the sentence came from */
	uint8_t kind, flags; /* enum tok_kind, enum tok_flag */
};

struct csent {
	struct cword *w;
	int n;
	ptrdiff_t off, len;  /* the sentence in the text */
};

enum pred_flag {
	PF_NEG = 1,        /* "do not support", "will not" */
	PF_PAST = 2,       /* a past form ("agreed", "reviewed") */
	PF_MODAL = 4,      /* will, shall, must */
	PF_ACTION = 8,     /* an action verb of the actors' own ("strengthen", "implement") */
	PF_ACT = 16,       /* done in the document itself ("adopt", "sign", "launch") */
	PF_COPULA = 32,    /* "is of great significance": no lexicon predicate */
	PF_THAT_WILL = 64, /* "... that they will ...": a pledge inside the complement */
	PF_NARRATIVE = 128,/* "held", "met", "reviewed": reporting */
	PF_STANCE = 256,   /* condemn, oppose, defend: a position, not an action */
	PF_COORD = 512,    /* coordinated with an earlier predicate of the subject */
	PF_OBJ_ACTION = 1024, /* support + an action of one's own as object */
	PF_PLEDGE = 2048   /* reaffirm + commitment/determination to act */
};

struct cpred {
	int w;               /* its first word */
	int end;             /* one past its last word */
	enum modality mod;
	unsigned flags;      /* enum pred_flag */
	const char *rule;    /* static rule name, "modality.support" */
};

#define CLAUSE_MAX_PREDS 12
#define CLAUSE_MAX_SUBJ 6

struct csubj {
	int beg, end;        /* the subject's words [beg, end); beg == end: none */
	struct cpred p[CLAUSE_MAX_PREDS];
	int np;
};

struct cparse {
	struct csubj s[CLAUSE_MAX_SUBJ];
	int n;
};

struct cterm;

/* Context for the parts that need the document (all may be NULL in tests). */
struct cenv {
	const struct kb *kb;
	const struct mentions *m;
	struct codes sigs;   /* the signatories' states */
	struct date date;    /* the document's date */
	struct cterm *terms; /* the issue-area vocabulary, split once per document */
	int nterms;
};

/* clause-words.c */
void clause_words(Arena *a, Str text, ptrdiff_t off, ptrdiff_t len, struct csent *out);
/* Split a paragraph's words into sentences (at ". X", "! X", "? X"). */
int clause_sentences(Arena *a, const struct csent *para, struct csent **out);
bool clause_is(const struct csent *s, int i, const char *lower);
bool clause_in(const struct csent *s, int i, const char *const *set);
bool clause_adverb(const struct csent *s, int i);
bool clause_word(const struct csent *s, int i);   /* a word token */
bool clause_ends(const struct csent *s, int i, const char *suffix);

/* clause-lexicon.c: predicates */
/* A predicate starting at word i (checked in context), or false. */
bool clause_pred_at(const struct csent *s, int i, int from, struct cpred *p);
/* An action verb (base or -s form) at i: strengthen, implement, ... */
bool clause_action_verb(const struct csent *s, int i);
bool clause_action_noun(const struct csent *s, int i);
bool clause_gerund(const struct csent *s, int i);
bool clause_stance_word(const struct csent *s, int i);

/* clause-parse.c */
void clause_parse(const struct csent *s, const struct cenv *env, struct cparse *out);
/* Subject kind of a span of words: SCOPE_ALL for "the parties", "we"...,
 * SCOPE_UNSPECIFIED for "relevant parties", 0 for none; *they set for "they". */
int clause_generic_subject(const struct csent *s, int beg, int end, int *at, bool *they);
/* Length in words of a subject phrase starting at i, or 0. */
int clause_subject_start(const struct csent *s, int i, const struct cenv *env);

/* clause-commit.c */
bool clause_pred_commits(const struct csent *s, const struct cpred *p, const struct cenv *env);

/* clause-areas.c */
/* Split the issue-area vocabulary into words (once per document). */
int clause_area_terms(Arena *a, struct cterm **out);
/* skip_off/skip_len: a span of text not to score (the first subject). */
uint32_t clause_areas_of(Arena *a, const struct csent *para, const struct cenv *env, ptrdiff_t skip_off,
			 ptrdiff_t skip_len, struct whys *why);

/* Test seams: the same rules on plain strings, without kb or mentions. */
enum modality clause_modality(Arena *a, Str sentence, bool *negated);
bool clause_commitment(Arena *a, Str paragraph);
uint32_t clause_areas(Arena *a, Str paragraph);
int clause_scope(Arena *a, Str sentence);

#endif
