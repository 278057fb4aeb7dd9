/* clause-lexicon.c: the predicates of operative text and their modality
 *
 * The tables hold the verbs, verb phrases and predicate adjectives with
 * which declarations, joint statements and communiqués state what their
 * authors do: "will", "agree to", "are committed to" (commit), "are ready
 * to" (willing), "support", "condemn" (support), "call on", "urge" (call),
 * "reaffirm" (reaffirm), "welcome", "commend" (appreciate), "note",
 * "stress" (note), narrative "held", "reviewed" (note), and the action verbs
 * of cooperation ("strengthen", "implement") that a subject may take
 * directly.  A verb is matched in its base, -s, -ed forms (and listed
 * irregular ones); words that are also nouns ("support", "call", "note",
 * "welcome", "will") count as verbs only in verb position: not after a
 * determiner, possessive or preposition, not before "of" or "for".
 */
#include "clause.h"

#include <string.h>

enum { LX_EXACT = 1 << 16, LX_NOUNY = 1 << 17, LX_BE = 1 << 18, LX_EXPRESS = 1 << 19 };

struct vlex {
	const char *form;   /* base form (or exact form with LX_EXACT) */
	const char *next;   /* "for|on|upon": the next word must be one of these; NULL: any */
	enum modality mod;
	unsigned flags;     /* enum pred_flag | LX_* */
	const char *rule;
};

static const struct vlex verbs[] = {
	/* commit */
	{ "will", NULL, MOD_COMMIT, PF_MODAL | LX_EXACT | LX_NOUNY, "modality.commit.will" },
	{ "shall", NULL, MOD_COMMIT, PF_MODAL | LX_EXACT, "modality.commit.shall" },
	{ "must", NULL, MOD_COMMIT, PF_MODAL | LX_EXACT, "modality.commit.must" },
	{ "should", NULL, MOD_NOTE, PF_MODAL | LX_EXACT, "modality.note.should" },
	{ "agree", NULL, MOD_COMMIT, 0, "modality.commit.agree" },
	{ "decide", NULL, MOD_COMMIT, 0, "modality.commit.decide" },
	{ "declare", NULL, MOD_COMMIT, 0, "modality.commit.declare" },
	{ "undertake", NULL, MOD_COMMIT, 0, "modality.commit.undertake" },
	{ "undertook", NULL, MOD_COMMIT, PF_PAST | LX_EXACT, "modality.commit.undertake" },
	{ "pledge", NULL, MOD_COMMIT, LX_NOUNY, "modality.commit.pledge" },
	{ "commit", NULL, MOD_COMMIT, 0, "modality.commit.commit" },
	{ "resolve", "to", MOD_COMMIT, 0, "modality.commit.resolve" },
	{ "vow", NULL, MOD_COMMIT, LX_NOUNY, "modality.commit.vow" },
	{ "adopt", NULL, MOD_COMMIT, PF_ACT, "modality.commit.adopt" },
	{ "approve", NULL, MOD_COMMIT, PF_ACT, "modality.commit.approve" },
	{ "sign", NULL, MOD_COMMIT, PF_ACT | LX_NOUNY, "modality.commit.sign" },
	{ "launch", NULL, MOD_COMMIT, PF_ACT | LX_NOUNY, "modality.commit.launch" },
	{ "proclaim", NULL, MOD_COMMIT, PF_ACT, "modality.commit.proclaim" },
	/* giving tasks to one's own ministers and bodies */
	{ "task", "our|the|their|relevant|ministers|officials|senior|experts|sherpas|national", MOD_COMMIT, LX_NOUNY, "modality.commit.task" },
	{ "instruct", NULL, MOD_COMMIT, 0, "modality.commit.task" },
	{ "mandate", "our|the|their|relevant|ministers|officials|senior|experts", MOD_COMMIT, LX_NOUNY, "modality.commit.task" },
	{ "direct", "our|the|their|relevant|ministers|officials|senior|experts", MOD_COMMIT, 0, "modality.commit.task" },
	{ "entrust", NULL, MOD_COMMIT, 0, "modality.commit.task" },
	{ "charge", "our|the|their|relevant|ministers|officials", MOD_COMMIT, LX_NOUNY, "modality.commit.task" },
	/* willing */
	{ "intend", NULL, MOD_WILLING, 0, "modality.willing.intend" },
	{ "stand", "ready", MOD_WILLING, 0, "modality.willing.stand-ready" },
	{ "stood", "ready", MOD_WILLING, PF_PAST | LX_EXACT, "modality.willing.stand-ready" },
	{ "would", "like", MOD_WILLING, LX_EXACT, "modality.willing.would-like" },
	{ "seek", "to", MOD_WILLING, 0, "modality.willing.seek" },
	{ "strive", NULL, MOD_WILLING, 0, "modality.willing.strive" },
	{ "endeavour", "to", MOD_WILLING, LX_NOUNY, "modality.willing.strive" },
	{ "endeavor", "to", MOD_WILLING, LX_NOUNY, "modality.willing.strive" },
	{ "aim", "to", MOD_WILLING, LX_NOUNY, "modality.willing.aim" },
	{ "plan", "to", MOD_WILLING, LX_NOUNY, "modality.willing.plan" },
	/* support */
	{ "support", NULL, MOD_SUPPORT, LX_NOUNY, "modality.support" },
	{ "endorse", NULL, MOD_SUPPORT, 0, "modality.support.endorse" },
	{ "back", "the|a|an|all|efforts|their|its|his|her|our", MOD_SUPPORT, LX_NOUNY, "modality.support.back" },
	{ "advocate", NULL, MOD_SUPPORT, LX_NOUNY, "modality.support.advocate" },
	{ "champion", NULL, MOD_SUPPORT, LX_NOUNY, "modality.support.champion" },
	{ "favour", NULL, MOD_SUPPORT, LX_NOUNY, "modality.support.favour" },
	{ "favor", NULL, MOD_SUPPORT, LX_NOUNY, "modality.support.favour" },
	{ "condemn", NULL, MOD_SUPPORT, PF_STANCE, "modality.support.condemn" },
	{ "denounce", NULL, MOD_SUPPORT, PF_STANCE, "modality.support.condemn" },
	{ "deplore", NULL, MOD_SUPPORT, PF_STANCE, "modality.support.condemn" },
	{ "oppose", NULL, MOD_SUPPORT, PF_STANCE, "modality.support.oppose" },
	{ "reject", NULL, MOD_SUPPORT, PF_STANCE, "modality.support.oppose" },
	{ "defend", NULL, MOD_SUPPORT, PF_STANCE, "modality.support.defend" },
	{ "uphold", NULL, MOD_SUPPORT, PF_STANCE, "modality.support.defend" },
	{ "upheld", NULL, MOD_SUPPORT, PF_STANCE | PF_PAST | LX_EXACT, "modality.support.defend" },
	{ "stand", "for|with|by|firm|firmly|against", MOD_SUPPORT, PF_STANCE, "modality.support.stand" },
	/* call */
	{ "call", "for|on|upon", MOD_CALL, LX_NOUNY, "modality.call" },
	{ "urge", NULL, MOD_CALL, 0, "modality.call.urge" },
	{ "invite", NULL, MOD_CALL, 0, "modality.call.invite" },
	{ "encourage", NULL, MOD_CALL, 0, "modality.call.encourage" },
	{ "appeal", "to|for", MOD_CALL, LX_NOUNY, "modality.call.appeal" },
	{ "request", NULL, MOD_CALL, LX_NOUNY, "modality.call.request" },
	{ "demand", NULL, MOD_CALL, LX_NOUNY, "modality.call.demand" },
	{ "exhort", NULL, MOD_CALL, 0, "modality.call.urge" },
	/* reaffirm */
	{ "reaffirm", NULL, MOD_REAFFIRM, 0, "modality.reaffirm" },
	{ "reiterate", NULL, MOD_REAFFIRM, 0, "modality.reaffirm.reiterate" },
	{ "confirm", NULL, MOD_REAFFIRM, 0, "modality.reaffirm.confirm" },
	{ "reconfirm", NULL, MOD_REAFFIRM, 0, "modality.reaffirm.confirm" },
	{ "renew", NULL, MOD_REAFFIRM, 0, "modality.reaffirm.renew" },
	{ "recommit", NULL, MOD_REAFFIRM, 0, "modality.reaffirm.recommit" },
	{ "restate", NULL, MOD_REAFFIRM, 0, "modality.reaffirm.restate" },
	{ "affirm", NULL, MOD_REAFFIRM, 0, "modality.reaffirm.affirm" },
	/* welcome */
	{ "welcome", NULL, MOD_WELCOME, LX_NOUNY, "modality.welcome" },
	{ "hail", NULL, MOD_WELCOME, LX_NOUNY, "modality.welcome.hail" },
	{ "look", "forward", MOD_WELCOME, 0, "modality.welcome.look-forward" },
	/* appreciate */
	{ "appreciate", NULL, MOD_APPRECIATE, 0, "modality.appreciate" },
	{ "speak", "highly|positively|favourably|favorably|well|warmly", MOD_APPRECIATE, 0, "modality.appreciate.speak-highly" },
	{ "spoke", "highly|positively|favourably|favorably|well|warmly", MOD_APPRECIATE, PF_PAST | LX_EXACT, "modality.appreciate.speak-highly" },
	{ "commend", NULL, MOD_APPRECIATE, 0, "modality.appreciate.commend" },
	{ "praise", NULL, MOD_APPRECIATE, LX_NOUNY, "modality.appreciate.praise" },
	{ "thank", NULL, MOD_APPRECIATE, 0, "modality.appreciate.thank" },
	{ "congratulate", NULL, MOD_APPRECIATE, 0, "modality.appreciate.congratulate" },
	{ "applaud", NULL, MOD_APPRECIATE, 0, "modality.appreciate.applaud" },
	{ "salute", NULL, MOD_APPRECIATE, LX_NOUNY, "modality.appreciate.salute" },
	{ "laud", NULL, MOD_APPRECIATE, 0, "modality.appreciate.laud" },
	{ "acclaim", NULL, MOD_APPRECIATE, 0, "modality.appreciate.laud" },
	{ "pay", "tribute|homage", MOD_APPRECIATE, 0, "modality.appreciate.pay-tribute" },
	{ "paid", "tribute|homage", MOD_APPRECIATE, PF_PAST | LX_EXACT, "modality.appreciate.pay-tribute" },
	{ "value", "the|a|an|their|its|his|her|our", MOD_APPRECIATE, LX_NOUNY, "modality.appreciate.value" },
	/* express: decided by its object */
	{ "express", NULL, MOD_NOTE, LX_EXPRESS, "modality.express" },
	/* note */
	{ "note", NULL, MOD_NOTE, LX_NOUNY, "modality.note" },
	{ "take", "note", MOD_NOTE, 0, "modality.note.take-note" },
	{ "took", "note", MOD_NOTE, PF_PAST | LX_EXACT, "modality.note.take-note" },
	{ "recognize", NULL, MOD_NOTE, 0, "modality.note.recognize" },
	{ "recognise", NULL, MOD_NOTE, 0, "modality.note.recognize" },
	{ "acknowledge", NULL, MOD_NOTE, 0, "modality.note.acknowledge" },
	{ "believe", NULL, MOD_NOTE, 0, "modality.note.believe" },
	{ "consider", NULL, MOD_NOTE, 0, "modality.note.consider" },
	{ "point", "out", MOD_NOTE, 0, "modality.note.point-out" },
	{ "stress", NULL, MOD_NOTE, LX_NOUNY, "modality.note.stress" },
	{ "emphasize", NULL, MOD_NOTE, 0, "modality.note.emphasize" },
	{ "emphasise", NULL, MOD_NOTE, 0, "modality.note.emphasize" },
	{ "underline", NULL, MOD_NOTE, 0, "modality.note.underline" },
	{ "underscore", NULL, MOD_NOTE, 0, "modality.note.underline" },
	{ "highlight", NULL, MOD_NOTE, LX_NOUNY, "modality.note.highlight" },
	{ "observe", NULL, MOD_NOTE, 0, "modality.note.observe" },
	{ "recall", NULL, MOD_NOTE, 0, "modality.note.recall" },
	{ "regret", NULL, MOD_NOTE, LX_NOUNY, "modality.note.regret" },

	{ "share", "the|a|their|our|this|that|common|similar|concerns|concern|views|view|understanding", MOD_NOTE, LX_NOUNY, "modality.note.share-view" },
	{ "hold", "that|the", MOD_NOTE, 0, "modality.note.hold" },
	{ "hope", NULL, MOD_NOTE, LX_NOUNY, "modality.note.hope" },
	/* narrative: reporting what happened */
	{ "held", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "met", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "had", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "took", "part|place", MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "convened", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "reviewed", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "discussed", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "summarized", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "summarised", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "gathered", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "visited", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "attended", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "chaired", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "looked", "back|at", MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "reached", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
	{ "exchanged", NULL, MOD_NOTE, PF_PAST | PF_NARRATIVE | LX_EXACT, "modality.note.narrative" },
};

/* Predicate adjectives after a form of "be" (or "remain"). */
struct alex {
	const char *adj;
	enum modality mod;
	const char *rule;
};

static const struct alex adjs[] = {
	{ "committed", MOD_COMMIT, "modality.commit.committed" },
	{ "determined", MOD_COMMIT, "modality.commit.determined" },
	{ "resolved", MOD_COMMIT, "modality.commit.resolved" },
	{ "resolute", MOD_COMMIT, "modality.commit.resolved" },
	{ "dedicated", MOD_COMMIT, "modality.commit.dedicated" },
	{ "bound", MOD_COMMIT, "modality.commit.bound" },
	{ "willing", MOD_WILLING, "modality.willing" },
	{ "ready", MOD_WILLING, "modality.willing.ready" },
	{ "prepared", MOD_WILLING, "modality.willing.prepared" },
	{ "eager", MOD_WILLING, "modality.willing.eager" },
	{ "keen", MOD_WILLING, "modality.willing.eager" },
	{ "open", MOD_WILLING, "modality.willing.open" },
	{ "interested", MOD_WILLING, "modality.willing.interested" },
	{ "supportive", MOD_SUPPORT, "modality.support.supportive" },
	{ "opposed", MOD_SUPPORT, "modality.support.oppose" },
	{ "pleased", MOD_WELCOME, "modality.welcome.pleased" },
	{ "glad", MOD_WELCOME, "modality.welcome.pleased" },
	{ "delighted", MOD_WELCOME, "modality.welcome.pleased" },
	{ "satisfied", MOD_WELCOME, "modality.welcome.pleased" },
	{ "gratified", MOD_WELCOME, "modality.welcome.pleased" },
	{ "grateful", MOD_APPRECIATE, "modality.appreciate.grateful" },
	{ "thankful", MOD_APPRECIATE, "modality.appreciate.grateful" },
	{ "appreciative", MOD_APPRECIATE, "modality.appreciate.grateful" },
	{ "convinced", MOD_NOTE, "modality.note.convinced" },
	{ "aware", MOD_NOTE, "modality.note.aware" },
	{ "concerned", MOD_NOTE, "modality.note.concerned" },
	{ "confident", MOD_NOTE, "modality.note.confident" },
	{ "mindful", MOD_NOTE, "modality.note.aware" },
	{ "unanimous", MOD_NOTE, "modality.note.unanimous" },
};

static const char *const be_words[] = { "are", "is", "am", "remain", "remains", "remained", "were",
					"was", "stay", "stays", "be", NULL };

/* "express X": the object decides. */
struct xlex {
	const char *noun;
	enum modality mod;
	const char *rule;
};

static const struct xlex express[] = {
	{ "gratitude", MOD_APPRECIATE, "modality.appreciate.express-gratitude" },
	{ "appreciation", MOD_APPRECIATE, "modality.appreciate.express-gratitude" },
	{ "thanks", MOD_APPRECIATE, "modality.appreciate.express-gratitude" },
	{ "admiration", MOD_APPRECIATE, "modality.appreciate.express-gratitude" },
	{ "satisfaction", MOD_WELCOME, "modality.welcome.express-satisfaction" },
	{ "support", MOD_SUPPORT, "modality.support.express-support" },
	{ "solidarity", MOD_SUPPORT, "modality.support.express-support" },
	{ "readiness", MOD_WILLING, "modality.willing.express-readiness" },
	{ "willingness", MOD_WILLING, "modality.willing.express-readiness" },
	{ "desire", MOD_WILLING, "modality.willing.express-readiness" },
	{ "interest", MOD_WILLING, "modality.willing.express-readiness" },
	{ "intention", MOD_WILLING, "modality.willing.express-readiness" },
	{ "determination", MOD_COMMIT, "modality.commit.express-determination" },
	{ "commitment", MOD_COMMIT, "modality.commit.express-determination" },
	{ "resolve", MOD_COMMIT, "modality.commit.express-determination" },
};

/* Action verbs: what the actors themselves do. */
static const char *const action_verbs[] = {
	"strengthen", "deepen", "expand", "promote", "enhance", "develop", "implement", "build",
	"carry", "conduct", "organize", "organise", "intensify", "advance", "accelerate",
	"facilitate", "coordinate", "cooperate", "work", "combat", "fight", "counter", "safeguard",
	"protect", "ensure", "maintain", "explore", "pursue", "foster", "boost", "increase",
	"improve", "upgrade", "tap", "consolidate", "establish", "create", "provide", "share",
	"exchange", "continue", "practice", "practise", "step", "make", "help", "assist",
	"contribute", "participate", "engage", "invest", "align", "harmonize", "harmonise",
	"simplify", "diversify", "reduce", "eliminate", "prevent", "address", "tackle", "mobilize",
	"mobilise", "scale", "apply", "respond", "cultivate", "broaden", "widen", "extend",
	"sustain", "reinforce", "set", "hold", "host", "form", "study", "formulate",
	"encourage", "open", "resume", "launch", "join", "offer", "train", "supply", "introduce",
	"streamline", "connect", "construct", "modernize", "modernise", "expedite", "ramp",
	"uphold", "deliver", "achieve", "bolster", "enrich", NULL
};

/* Words that, before a verb-shaped word, make it a noun or an infinitive. */
static const char *const blockers_before[] = {
	"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her",
	"my", "your", "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "as",
	"under", "over", "within", "without", "about", "through", "between", "among", "during",
	"against", "towards", "toward", "via", "per", "than", "such", "mutual", "political",
	"strong", "full", "firm", "warm", "great", "broad", "any", "every", "no", "some", "whose",
	"which", "who", "good", "general", "international", "financial", "technical", "public",
	"new", "joint", "greater", "more", "'s", "s", "upon", NULL
};

static const char *const nouny_next[] = { "of", "for", "to", "from", "and", "or", "in", "is", "are",
					  "was", "were", "has", "have", NULL };

static bool lower_word(const struct csent *s, int i)
{
	return clause_word(s, i) && !(s->w[i].flags & TOK_CAP);
}

static bool is_punct(const struct csent *s, int i, char c)
{
	return i >= 0 && i < s->n && s->w[i].kind == TOK_PUNCT && s->w[i].s.len == 1 && s->w[i].s.s[0] == c;
}

/* A word lower-cased once, to be tried against many lexicon entries. */
struct lword {
	char s[48];
	ptrdiff_t len;
	char c0;
	bool ok;  /* a word token of 2..47 bytes */
};

static void lword_of(const struct csent *s, int i, struct lword *L)
{
	L->ok = false;
	if (!clause_word(s, i))
		return;
	Str w = s->w[i].s;
	if (w.len < 2 || w.len > (ptrdiff_t)sizeof L->s - 1)
		return;
	for (ptrdiff_t k = 0; k < w.len; k++) {
		char c = w.s[k];
		L->s[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	L->s[w.len] = 0;
	L->len = w.len;
	L->c0 = L->s[0];
	L->ok = true;
}

/* Whether the word is form of base: base, base+s/es, base+d/ed (past), y->ies/ied. */
static int verb_form_of(const struct lword *L, const char *base, bool *past)
{
	/* most words differ at the first letter: test it before anything else */
	if (!L->ok || L->c0 != base[0])
		return 0;
	size_t n = strlen(base);
	if (n + 4 >= sizeof L->s)
		return 0;
	/* every form is base plus at most three letters ("-ted"), or y -> "ies" */
	if ((size_t)L->len < n || (size_t)L->len > n + 3)
		return 0;
	const char *lw = L->s;
	*past = false;
	if (strcmp(lw, base) == 0)
		return 1;
	if (strncmp(lw, base, n) != 0) {
		/* y -> ies / ied */
		if (n > 1 && base[n - 1] == 'y' && strncmp(lw, base, n - 1) == 0) {
			if (strcmp(lw + n - 1, "ies") == 0)
				return 1;
			if (strcmp(lw + n - 1, "ied") == 0) {
				*past = true;
				return 1;
			}
		}
		return 0;
	}
	const char *rest = lw + n;
	if (strcmp(rest, "s") == 0 || strcmp(rest, "es") == 0)
		return 1;
	if ((base[n - 1] == 'e' && strcmp(rest, "d") == 0) || strcmp(rest, "ed") == 0) {
		*past = true;
		return 1;
	}
	/* doubled final consonant: commit -> committed */
	if (rest[0] == base[n - 1] && strcmp(rest + 1, "ed") == 0) {
		*past = true;
		return 1;
	}
	return 0;
}

/* Whether the word is a present (*pres) or past (*pst) form of an action verb. */
static void action_forms(const struct lword *L, bool *pres, bool *pst)
{
	*pres = *pst = false;
	if (!L->ok)
		return;
	bool past;
	for (int k = 0; action_verbs[k]; k++) {
		if (action_verbs[k][0] != L->c0)
			continue;
		if (verb_form_of(L, action_verbs[k], &past)) {
			if (past)
				*pst = true;
			else
				*pres = true;
			if (*pres && *pst)
				return;
		}
	}
}

static bool next_in(const struct csent *s, int i, const char *alts)
{
	if (!clause_word(s, i))
		return false;
	const char *p = alts;
	while (*p) {
		const char *e = strchr(p, '|');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char one[32];
		if (n < sizeof one) {
			memcpy(one, p, n);
			one[n] = 0;
			if (clause_is(s, i, one))
				return true;
		}
		if (!e)
			break;
		p = e + 1;
	}
	return false;
}

/* Context test for a verb at i whose sentence (clause) starts at from. */
static bool verb_position(const struct csent *s, int i, int from, int nouny)
{
	if (!clause_word(s, i))
		return false;
	if ((s->w[i].flags & TOK_CAP) && i != from && i != 0)
		return false;
	if (is_punct(s, i - 1, '-') || is_punct(s, i + 1, '-'))
		return false;
	if (i - 1 >= from && clause_in(s, i - 1, blockers_before))
		return false;
	if (nouny == 1) {
		if (i + 1 >= s->n || s->w[i + 1].kind == TOK_PUNCT || clause_in(s, i + 1, nouny_next))
			return false;
	}
	return true;
}

bool clause_action_verb(const struct csent *s, int i)
{
	struct lword L;
	bool pres, pst;
	lword_of(s, i, &L);
	action_forms(&L, &pres, &pst);
	return pres;
}

bool clause_pred_at(const struct csent *s, int i, int from, struct cpred *p)
{
	if (!clause_word(s, i))
		return false;
	memset(p, 0, sizeof *p);
	p->w = i;
	p->end = i + 1;
	/* be + adverbs + predicate adjective */
	if (clause_in(s, i, be_words)) {
		/* "It is important ...", "There are ...": the copula is the main verb
		 * only where the pronoun opens the clause */
		bool expletive = clause_is(s, i - 1, "it") || clause_is(s, i - 1, "there");
		if (expletive && i - 1 == from) {
			p->mod = MOD_NOTE;
			p->rule = "modality.note.copula";
			p->flags = PF_COPULA;
			return true;
		}
		if (i - 1 >= from && (clause_is(s, i - 1, "that") || clause_is(s, i - 1, "which") ||
				      clause_is(s, i - 1, "who") || expletive || clause_is(s, i - 1, "to")))
			return false;
		int j = i + 1;
		unsigned neg = 0;
		while (j < s->n && (clause_adverb(s, j) || clause_is(s, j, "not") || clause_is(s, j, "never"))) {
			if (clause_is(s, j, "not") || clause_is(s, j, "never"))
				neg = PF_NEG;
			j++;
		}
		for (size_t k = 0; k < sizeof adjs / sizeof *adjs; k++)
			if (clause_is(s, j, adjs[k].adj)) {
				p->mod = adjs[k].mod;
				p->rule = adjs[k].rule;
				p->end = j + 1;
				p->flags = neg;
				return true;
			}
		if (clause_is(s, j, "of") && clause_is(s, j + 1, "the") &&
		    (clause_is(s, j + 2, "view") || clause_is(s, j + 2, "opinion"))) {
			p->mod = MOD_NOTE;
			p->rule = "modality.note.of-the-view";
			p->end = j + 3;
			return true;
		}
		if (clause_is(s, i, "be"))
			return false;
		p->mod = MOD_NOTE;
		p->rule = "modality.note.copula";
		p->flags = PF_COPULA | neg;
		return true;
	}
	struct lword L;
	lword_of(s, i, &L);
	/* the first letter as clause_is and verb_form_of compare it */
	Str w0 = s->w[i].s;
	char c0 = w0.s[0] >= 'A' && w0.s[0] <= 'Z' ? (char)(w0.s[0] + 32) : w0.s[0];
	for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
		const struct vlex *v = &verbs[k];
		bool past = false;
		if (v->form[0] != c0)
			continue;
		if (v->flags & LX_EXACT) {
			if (!clause_is(s, i, v->form))
				continue;
		} else if (!verb_form_of(&L, v->form, &past)) {
			continue;
		}
		if (v->next && !next_in(s, i + 1, v->next))
			continue;
		/* with a required next word the phrase itself shows the verb */
		if (!verb_position(s, i, from, (v->flags & LX_NOUNY) && !v->next ? 1 : 0))
			continue;
		p->mod = v->mod;
		p->rule = v->rule;
		p->flags = (v->flags & 0xffff) | (past ? PF_PAST : 0);
		p->end = v->next ? i + 2 : i + 1;
		if (v->flags & LX_EXPRESS) {
			int j = i + 1;
			while (j < s->n && j < i + 5 && !clause_word(s, j))
				j++;
			for (int n = 0; n < 4 && j < s->n; n++, j++) {
				for (size_t x = 0; x < sizeof express / sizeof *express; x++)
					if (clause_is(s, j, express[x].noun)) {
						p->mod = express[x].mod;
						p->rule = express[x].rule;
						p->end = j + 1;
						return true;
					}
			}
			p->rule = "modality.note.express";
		}
		if (p->flags & PF_MODAL) {
			/* a modal needs a verb after it (adverbs and "not" allowed) */
			int j = i + 1;
			while (j < s->n && (clause_adverb(s, j) || clause_is(s, j, "not") || clause_is(s, j, "never"))) {
				if (clause_is(s, j, "not") || clause_is(s, j, "never"))
					p->flags |= PF_NEG;
				j++;
			}
			if (!lower_word(s, j) || clause_in(s, j, blockers_before))
				return false;
		}
		return true;
	}
	/* an action verb taken directly by the subject: commit; its past form reports */
	bool act_pres, act_past;
	action_forms(&L, &act_pres, &act_past);
	if (act_pres && verb_position(s, i, from, true)) {
		p->mod = MOD_COMMIT;
		p->rule = "modality.commit.action";
		p->flags = PF_ACTION;
		return true;
	}
	if (act_past && verb_position(s, i, from, true) && !clause_is(s, i + 1, "by")) {
		p->mod = MOD_NOTE;
		p->rule = "modality.note.narrative";
		p->flags = PF_PAST | PF_NARRATIVE;
		return true;
	}
	return false;
}

static const char *const action_nouns[] = {
	"establishment", "holding", "organization", "organisation", "implementation", "creation",
	"construction", "accession", "convening", "launch", "strengthening", "deepening",
	"expansion", "promotion", "cooperation", "research", "exchange", "exchanges", "dialogue",
	"partnership", "project", "projects", "programme", "programmes", "program", "programs",
	"integration", "participation", "training", "facilitation", "modernization",
	"modernisation", "joint", "building", "hosting", "activities", "initiatives", NULL
};

bool clause_action_noun(const struct csent *s, int i)
{
	return clause_in(s, i, action_nouns);
}

static const char *const not_gerunds[] = {
	"during", "including", "following", "according", "regarding", "concerning", "pending",
	"notwithstanding", "thing", "nothing", "something", "anything", "everything", "morning",
	"evening", "spring", "string", "king", "ring", "wing", "bring", "sing", "being", "existing",
	"leading", "emerging", "ongoing", "outstanding", "remaining", "growing", "increasing",
	"underlying", "corresponding", "developing", "coming", "upcoming", "interesting",
	"neighbouring", "neighboring", "surrounding", "engaging", NULL
};

bool clause_gerund(const struct csent *s, int i)
{
	return lower_word(s, i) && clause_ends(s, i, "ing") && s->w[i].s.len > 5 && !clause_in(s, i, not_gerunds);
}

/* The vocabulary of political positions: supporting these is a stance. */
static const char *const stance_words[] = {
	"sovereignty", "independence", "territorial", "integrity", "reunification", "unification",
	"interference", "paths", "path", "unity", "core", "regime", "self-determination",
	"statehood", "neutrality", NULL
};

bool clause_stance_word(const struct csent *s, int i)
{
	return clause_in(s, i, stance_words);
}
