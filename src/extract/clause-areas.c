/* clause-areas.c: the issue areas of a paragraph, from a weighted vocabulary
 *
 * Each area of ISSUE_AREAS.md has terms (word sequences, matched on words
 * only so that "good-neighbourliness", "Ministers' Meeting" and "one -
 * China" match as written; a final '*' matches any ending) with a weight:
 * 3 for a term that names the area, 2 for one that usually does, 1 for a
 * hint.  Mentions add to the scores: a UN resolution is multilateral; a
 * state that is not a signatory, named with a situation (peace, conflict,
 * crisis, humanitarian), is regional.  A paragraph takes its primary
 * topics only: an area named by a defining term (weight 3), or one whose
 * hints add up to 4; failing any, the best area with 2; a paragraph that
 * names no topic at all is about the cooperation of the mechanism itself.
 * Inside a longer term the shorter ones do not count ("food security" is
 * agriculture, not security), and the subject of the first sentence ("the
 * member states of the SCO", "WTO participants") names who speaks, not
 * what about, so it is skipped.
 */
#include "clause.h"

#include <string.h>

struct term {
	const char *words; /* lower case, space separated; final '*' = prefix */
	int area;
	int weight;
};

static const struct term terms[] = {
	/* political */
	{ "political trust", AREA_POLITICAL, 3 }, { "mutual trust", AREA_POLITICAL, 2 },
	{ "sovereignty", AREA_POLITICAL, 3 }, { "territorial integrity", AREA_POLITICAL, 3 },
	{ "core interests", AREA_POLITICAL, 3 }, { "neighborliness", AREA_POLITICAL, 3 },
	{ "neighbourliness", AREA_POLITICAL, 3 }, { "good neighbo*", AREA_POLITICAL, 3 },
	{ "non interference", AREA_POLITICAL, 3 }, { "internal affairs", AREA_POLITICAL, 3 },
	{ "friendship", AREA_POLITICAL, 2 }, { "friendly relations", AREA_POLITICAL, 3 },
	{ "political dialogue", AREA_POLITICAL, 3 }, { "political", AREA_POLITICAL, 1 },
	{ "strategic partnership", AREA_POLITICAL, 2 }, { "one china", AREA_POLITICAL, 3 },
	{ "independence", AREA_POLITICAL, 2 }, { "reunification", AREA_POLITICAL, 3 },
	{ "development paths", AREA_POLITICAL, 3 }, { "shared future", AREA_POLITICAL, 3 },
	{ "mutual respect", AREA_POLITICAL, 1 }, { "national unity", AREA_POLITICAL, 2 },
	{ "fundamental interests", AREA_POLITICAL, 2 }, { "high level exchanges", AREA_POLITICAL, 2 },
	{ "diplomatic", AREA_POLITICAL, 2 }, { "diplomacy", AREA_POLITICAL, 2 },
	{ "bilateral relations", AREA_POLITICAL, 2 }, { "relations", AREA_POLITICAL, 1 },
	{ "spirit", AREA_POLITICAL, 1 }, { "treaty of", AREA_POLITICAL, 1 },
	{ "interparliamentary", AREA_POLITICAL, 3 }, { "parliamentary", AREA_POLITICAL, 2 },
	{ "political parties", AREA_POLITICAL, 3 }, { "human rights", AREA_POLITICAL, 2 }, { "sanctions", AREA_POLITICAL, 2 }, { "coercive measures", AREA_POLITICAL, 2 },
	/* multilateral */
	{ "united nations", AREA_MULTILATERAL, 3 }, { "un", AREA_MULTILATERAL, 3 },
	{ "charter", AREA_MULTILATERAL, 2 }, { "international law", AREA_MULTILATERAL, 3 },
	{ "multilateralism", AREA_MULTILATERAL, 3 }, { "multilateral", AREA_MULTILATERAL, 1 },
	{ "general assembly", AREA_MULTILATERAL, 3 }, { "security council", AREA_MULTILATERAL, 3 },
	{ "resolution", AREA_MULTILATERAL, 2 }, { "resolutions", AREA_MULTILATERAL, 2 },
	{ "world trade organization", AREA_MULTILATERAL, 3 }, { "wto", AREA_MULTILATERAL, 3 },
	{ "world trade organization", AREA_TRADE, 3 }, { "wto", AREA_TRADE, 3 },
	{ "unesco", AREA_MULTILATERAL, 3 }, { "shanghai cooperation organization", AREA_MULTILATERAL, 3 },
	{ "sco", AREA_MULTILATERAL, 3 }, { "brics", AREA_MULTILATERAL, 3 }, { "cica", AREA_MULTILATERAL, 3 },
	{ "g20", AREA_MULTILATERAL, 3 }, { "asean", AREA_MULTILATERAL, 3 }, { "osce", AREA_MULTILATERAL, 3 },
	{ "global governance", AREA_MULTILATERAL, 3 }, { "polarization", AREA_MULTILATERAL, 2 },
	{ "multipolar*", AREA_MULTILATERAL, 3 }, { "globalization", AREA_MULTILATERAL, 2 },
	{ "international order", AREA_MULTILATERAL, 3 }, { "international relations", AREA_MULTILATERAL, 2 },
	{ "belt and road", AREA_MULTILATERAL, 2 }, { "global development initiative", AREA_MULTILATERAL, 3 },
	{ "global security initiative", AREA_MULTILATERAL, 3 }, { "global civilization initiative", AREA_MULTILATERAL, 3 },
	{ "global initiative", AREA_MULTILATERAL, 2 }, { "unfccc", AREA_MULTILATERAL, 2 },
	{ "imf", AREA_MULTILATERAL, 3 }, { "world bank", AREA_MULTILATERAL, 3 },
	{ "international organizations", AREA_MULTILATERAL, 3 }, { "international organisations", AREA_MULTILATERAL, 3 },
	{ "international community", AREA_MULTILATERAL, 1 },
	{ "humanitarian law", AREA_MULTILATERAL, 3 }, { "humanitarian principles", AREA_MULTILATERAL, 3 }, { "conference on", AREA_MULTILATERAL, 1 },
	{ "high commissioner", AREA_MULTILATERAL, 2 }, { "convention", AREA_MULTILATERAL, 1 },
	{ "rotating chair", AREA_MULTILATERAL, 2 }, { "presidency", AREA_MULTILATERAL, 1 },
	/* mechanism */
	{ "secretariat", AREA_MECHANISM, 3 }, { "summit", AREA_MECHANISM, 2 },
	{ "ministers meeting", AREA_MECHANISM, 3 }, { "ministers meetings", AREA_MECHANISM, 3 },
	{ "ministerial", AREA_MECHANISM, 2 }, { "mechanism", AREA_MECHANISM, 2 },
	{ "heads of state", AREA_MECHANISM, 1 }, { "theme year", AREA_MECHANISM, 3 },
	{ "year of", AREA_MECHANISM, 1 }, { "directors general meeting", AREA_MECHANISM, 2 },
	{ "this mechanism", AREA_MECHANISM, 3 }, { "the mechanism", AREA_MECHANISM, 3 }, { "secretary general", AREA_MECHANISM, 2 },
	{ "foreign ministers", AREA_MECHANISM, 2 }, { "summits", AREA_MECHANISM, 2 },
	{ "chairship", AREA_MECHANISM, 2 }, { "chairmanship", AREA_MECHANISM, 2 },
	/* finance */
	{ "finance", AREA_FINANCE, 1 }, { "financial", AREA_FINANCE, 2 }, { "financing", AREA_FINANCE, 2 },
	{ "monetary", AREA_FINANCE, 3 }, { "macroeconomic", AREA_FINANCE, 3 }, { "debt", AREA_FINANCE, 3 }, { "world economy", AREA_FINANCE, 2 }, { "global economy", AREA_FINANCE, 2 },
	{ "tax", AREA_FINANCE, 3 }, { "taxation", AREA_FINANCE, 3 }, { "payment*", AREA_FINANCE, 2 },
	{ "currency", AREA_FINANCE, 3 }, { "currencies", AREA_FINANCE, 3 }, { "banking", AREA_FINANCE, 3 },
	{ "bank", AREA_FINANCE, 2 }, { "banks", AREA_FINANCE, 2 }, { "capital market*", AREA_FINANCE, 3 },
	{ "fiscal", AREA_FINANCE, 3 }, { "inflation", AREA_FINANCE, 3 }, { "insurance", AREA_FINANCE, 2 },
	/* trade */
	{ "trade", AREA_TRADE, 3 }, { "trading", AREA_TRADE, 2 }, { "e commerce", AREA_TRADE, 3 },
	{ "commerce", AREA_TRADE, 2 }, { "customs", AREA_TRADE, 3 }, { "single window", AREA_TRADE, 3 },
	{ "export", AREA_TRADE, 3 }, { "exports", AREA_TRADE, 3 }, { "exporting", AREA_TRADE, 3 },
	{ "import", AREA_TRADE, 3 }, { "imports", AREA_TRADE, 3 }, { "importing", AREA_TRADE, 3 }, { "tariff*", AREA_TRADE, 3 },
	{ "market access", AREA_TRADE, 3 }, { "free trade", AREA_TRADE, 2 }, { "trade facilitation", AREA_TRADE, 3 },
	{ "economic and trade", AREA_TRADE, 2 }, { "economic", AREA_TRADE, 1 }, { "market", AREA_TRADE, 1 }, { "wto accession", AREA_TRADE, 3 }, { "accession", AREA_TRADE, 2 },
	{ "expo", AREA_TRADE, 2 }, { "exhibition*", AREA_TRADE, 2 }, { "trade promotion", AREA_TRADE, 2 },
	/* investment */
	{ "investment", AREA_INVESTMENT, 3 }, { "investments", AREA_INVESTMENT, 3 }, { "invest", AREA_INVESTMENT, 2 },
	{ "investors", AREA_INVESTMENT, 2 }, { "industrial", AREA_INVESTMENT, 2 }, { "industry", AREA_INVESTMENT, 1 },
	{ "supply chain", AREA_INVESTMENT, 3 }, { "supply chains", AREA_INVESTMENT, 3 },
	{ "industrial chain*", AREA_INVESTMENT, 2 }, { "infrastructure", AREA_INVESTMENT, 2 },
	{ "construction", AREA_INVESTMENT, 2 }, { "business council", AREA_INVESTMENT, 3 },
	{ "business associations", AREA_INVESTMENT, 2 }, { "business forum", AREA_INVESTMENT, 2 },
	{ "entrepreneur*", AREA_INVESTMENT, 2 }, { "enterprises", AREA_INVESTMENT, 1 },
	{ "economic cooperation", AREA_INVESTMENT, 2 }, { "belt and road", AREA_INVESTMENT, 3 },
	{ "economic zones", AREA_INVESTMENT, 3 }, { "industrial parks", AREA_INVESTMENT, 3 },
	{ "manufacturing", AREA_INVESTMENT, 2 }, { "production capacity", AREA_INVESTMENT, 3 },
	{ "economic", AREA_INVESTMENT, 1 }, { "urban rural", AREA_INVESTMENT, 1 },
	/* transport */
	{ "transport", AREA_TRANSPORT, 3 }, { "transportation", AREA_TRANSPORT, 3 }, { "corridor*", AREA_TRANSPORT, 3 },
	{ "railway*", AREA_TRANSPORT, 3 }, { "rail", AREA_TRANSPORT, 2 }, { "road", AREA_TRANSPORT, 2 },
	{ "roads", AREA_TRANSPORT, 2 }, { "port", AREA_TRANSPORT, 2 }, { "ports", AREA_TRANSPORT, 2 },
	{ "seaport*", AREA_TRANSPORT, 3 }, { "logistics", AREA_TRANSPORT, 3 }, { "container*", AREA_TRANSPORT, 2 },
	{ "transit", AREA_TRANSPORT, 3 }, { "connectivity", AREA_TRANSPORT, 3 }, { "aviation", AREA_TRANSPORT, 3 },
	{ "flights", AREA_TRANSPORT, 3 }, { "airport*", AREA_TRANSPORT, 2 }, { "highway*", AREA_TRANSPORT, 3 },
	{ "shipping", AREA_TRANSPORT, 2 }, { "cargo", AREA_TRANSPORT, 2 }, { "freight", AREA_TRANSPORT, 3 },
	{ "driving", AREA_TRANSPORT, 1 }, { "border crossing*", AREA_TRANSPORT, 2 }, { "dry port", AREA_TRANSPORT, 2 },
	{ "railway lines", AREA_TRANSPORT, 1 }, { "express", AREA_TRANSPORT, 1 },
	/* energy */
	{ "energy", AREA_ENERGY, 3 }, { "oil", AREA_ENERGY, 3 }, { "gas", AREA_ENERGY, 3 }, { "coal", AREA_ENERGY, 3 },
	{ "hydropower", AREA_ENERGY, 3 }, { "solar", AREA_ENERGY, 3 }, { "wind", AREA_ENERGY, 2 },
	{ "hydrogen", AREA_ENERGY, 3 }, { "nuclear energy", AREA_ENERGY, 3 }, { "nuclear power", AREA_ENERGY, 3 },
	{ "pipeline*", AREA_ENERGY, 3 }, { "electricity", AREA_ENERGY, 3 }, { "power grid*", AREA_ENERGY, 3 },
	{ "power plant*", AREA_ENERGY, 3 }, { "renewable*", AREA_ENERGY, 3 }, { "petroleum", AREA_ENERGY, 3 },
	{ "hydrocarbon*", AREA_ENERGY, 3 }, { "uranium", AREA_ENERGY, 2 },
	/* minerals */
	{ "mineral*", AREA_MINERALS, 3 }, { "mining", AREA_MINERALS, 3 }, { "geolog*", AREA_MINERALS, 3 },
	{ "rare earth*", AREA_MINERALS, 3 }, { "ore", AREA_MINERALS, 2 }, { "ores", AREA_MINERALS, 2 },
	{ "metals", AREA_MINERALS, 2 }, { "exploration", AREA_MINERALS, 2 }, { "metallurg*", AREA_MINERALS, 3 },
	/* agriculture */
	{ "agricultur*", AREA_AGRICULTURE, 3 }, { "farming", AREA_AGRICULTURE, 3 }, { "farmers", AREA_AGRICULTURE, 3 },
	{ "food", AREA_AGRICULTURE, 2 }, { "irrigation", AREA_AGRICULTURE, 3 },
	{ "livestock", AREA_AGRICULTURE, 3 }, { "veterinary", AREA_AGRICULTURE, 3 }, { "veterinary medicine", AREA_AGRICULTURE, 3 }, { "animal husbandry", AREA_AGRICULTURE, 3 },
	{ "crop*", AREA_AGRICULTURE, 3 }, { "grain", AREA_AGRICULTURE, 3 }, { "fisher*", AREA_AGRICULTURE, 3 },
	{ "pest*", AREA_AGRICULTURE, 2 }, { "agro*", AREA_AGRICULTURE, 3 }, { "seeds", AREA_AGRICULTURE, 2 },
	{ "saline alkali", AREA_AGRICULTURE, 2 }, { "phytosanitary", AREA_AGRICULTURE, 3 },
	/* science and technology */
	{ "science", AREA_SCIENCE_TECH, 3 }, { "sciences", AREA_SCIENCE_TECH, 3 }, { "scientific", AREA_SCIENCE_TECH, 3 },
	{ "technolog*", AREA_SCIENCE_TECH, 2 }, { "innovation*", AREA_SCIENCE_TECH, 2 }, { "research", AREA_SCIENCE_TECH, 2 },
	{ "researchers", AREA_SCIENCE_TECH, 3 }, { "sci tech", AREA_SCIENCE_TECH, 3 },
	{ "artificial intelligence", AREA_SCIENCE_TECH, 3 }, { "ai", AREA_SCIENCE_TECH, 3 }, { "digital", AREA_SCIENCE_TECH, 2 },
	{ "information technology", AREA_SCIENCE_TECH, 3 }, { "technology transfer", AREA_SCIENCE_TECH, 2 },
	{ "research institut*", AREA_SCIENCE_TECH, 2 }, { "laborator*", AREA_SCIENCE_TECH, 3 },
	{ "satellite*", AREA_SCIENCE_TECH, 3 }, { "space", AREA_SCIENCE_TECH, 1 }, { "internet", AREA_SCIENCE_TECH, 2 },
	{ "start ups", AREA_SCIENCE_TECH, 2 }, { "technology parks", AREA_SCIENCE_TECH, 2 }, { "5g", AREA_SCIENCE_TECH, 3 },
	{ "information infrastructure", AREA_SCIENCE_TECH, 2 }, { "information sharing", AREA_SCIENCE_TECH, 2 },
	/* environment */
	{ "climate", AREA_ENVIRONMENT, 3 }, { "biodiversity", AREA_ENVIRONMENT, 3 }, { "glacier*", AREA_ENVIRONMENT, 3 },
	{ "mountain*", AREA_ENVIRONMENT, 3 }, { "forest*", AREA_ENVIRONMENT, 3 }, { "afforestation", AREA_ENVIRONMENT, 3 },
	{ "reforestation", AREA_ENVIRONMENT, 3 }, { "desertif*", AREA_ENVIRONMENT, 3 }, { "ecolog*", AREA_ENVIRONMENT, 3 },
	{ "environment*", AREA_ENVIRONMENT, 3 }, { "nature reserves", AREA_ENVIRONMENT, 3 }, { "ecological corridor*", AREA_ENVIRONMENT, 3 },
	{ "wildlife corridor*", AREA_ENVIRONMENT, 3 }, { "nature", AREA_ENVIRONMENT, 1 },
	{ "pollution", AREA_ENVIRONMENT, 3 }, { "emission*", AREA_ENVIRONMENT, 3 }, { "carbon", AREA_ENVIRONMENT, 3 },
	{ "land degradation", AREA_ENVIRONMENT, 3 }, { "drylands", AREA_ENVIRONMENT, 2 }, { "ecosystem*", AREA_ENVIRONMENT, 3 },
	{ "wildlife", AREA_ENVIRONMENT, 3 }, { "species", AREA_ENVIRONMENT, 2 }, { "green development", AREA_ENVIRONMENT, 2 },
	{ "water resources", AREA_ENVIRONMENT, 2 }, { "water", AREA_ENVIRONMENT, 1 }, { "green", AREA_ENVIRONMENT, 1 },
	{ "unfccc", AREA_ENVIRONMENT, 3 }, { "paris agreement", AREA_ENVIRONMENT, 3 }, { "disaster*", AREA_ENVIRONMENT, 1 },
	{ "biological diversity", AREA_ENVIRONMENT, 3 }, { "sea", AREA_ENVIRONMENT, 1 },
	/* culture and people */
	{ "culture", AREA_CULTURE_PEOPLE, 3 }, { "cultural", AREA_CULTURE_PEOPLE, 3 }, { "heritage", AREA_CULTURE_PEOPLE, 3 },
	{ "archaeolog*", AREA_CULTURE_PEOPLE, 3 }, { "museum*", AREA_CULTURE_PEOPLE, 3 }, { "tourism", AREA_CULTURE_PEOPLE, 3 },
	{ "tourist*", AREA_CULTURE_PEOPLE, 2 }, { "youth", AREA_CULTURE_PEOPLE, 3 }, { "sports", AREA_CULTURE_PEOPLE, 3 },
	{ "sport", AREA_CULTURE_PEOPLE, 2 }, { "media", AREA_CULTURE_PEOPLE, 3 }, { "sister cities", AREA_CULTURE_PEOPLE, 3 },
	{ "sister city", AREA_CULTURE_PEOPLE, 3 }, { "people to people", AREA_CULTURE_PEOPLE, 3 },
	{ "personnel exchanges", AREA_CULTURE_PEOPLE, 3 }, { "civilizations", AREA_CULTURE_PEOPLE, 2 },
	{ "civilisations", AREA_CULTURE_PEOPLE, 2 }, { "festival*", AREA_CULTURE_PEOPLE, 2 }, { "arts", AREA_CULTURE_PEOPLE, 2 },
	{ "art", AREA_CULTURE_PEOPLE, 2 }, { "film*", AREA_CULTURE_PEOPLE, 3 }, { "games", AREA_CULTURE_PEOPLE, 2 },
	{ "mutual learning", AREA_CULTURE_PEOPLE, 2 }, { "think tanks", AREA_CULTURE_PEOPLE, 2 },
	{ "visa*", AREA_CULTURE_PEOPLE, 2 }, { "cultural relics", AREA_CULTURE_PEOPLE, 2 }, { "silk road", AREA_CULTURE_PEOPLE, 1 },
	{ "humanities", AREA_CULTURE_PEOPLE, 3 }, { "friendship cities", AREA_CULTURE_PEOPLE, 3 },
	/* education */
	{ "education", AREA_EDUCATION, 3 }, { "educational", AREA_EDUCATION, 3 }, { "universit*", AREA_EDUCATION, 3 },
	{ "vocational", AREA_EDUCATION, 3 }, { "training", AREA_EDUCATION, 2 }, { "students", AREA_EDUCATION, 3 },
	{ "scholarship*", AREA_EDUCATION, 3 }, { "language teaching", AREA_EDUCATION, 3 },
	{ "confucius institute*", AREA_EDUCATION, 3 }, { "luban workshop*", AREA_EDUCATION, 3 },
	{ "school*", AREA_EDUCATION, 3 }, { "teachers", AREA_EDUCATION, 3 }, { "academic", AREA_EDUCATION, 2 },
	/* health */
	{ "health", AREA_HEALTH, 3 }, { "medicine", AREA_HEALTH, 3 }, { "medical", AREA_HEALTH, 3 },
	{ "epidemic*", AREA_HEALTH, 3 }, { "pandemic*", AREA_HEALTH, 3 }, { "hospital*", AREA_HEALTH, 3 },
	{ "disease*", AREA_HEALTH, 3 }, { "vaccine*", AREA_HEALTH, 3 }, { "healthcare", AREA_HEALTH, 3 },
	{ "pharmaceutical*", AREA_HEALTH, 3 },
	/* development */
	{ "poverty", AREA_DEVELOPMENT, 3 }, { "employment", AREA_DEVELOPMENT, 3 }, { "jobs", AREA_DEVELOPMENT, 2 },
	{ "job creation", AREA_DEVELOPMENT, 3 }, { "labour", AREA_DEVELOPMENT, 3 }, { "labor", AREA_DEVELOPMENT, 3 },
	{ "social assistance", AREA_DEVELOPMENT, 3 }, { "social policy", AREA_DEVELOPMENT, 3 },
	{ "gender", AREA_DEVELOPMENT, 3 }, { "women", AREA_DEVELOPMENT, 3 },
	{ "sustainable development goals", AREA_DEVELOPMENT, 3 }, { "sdg*", AREA_DEVELOPMENT, 3 },
	{ "humanitarian", AREA_DEVELOPMENT, 3 }, { "income", AREA_DEVELOPMENT, 2 }, { "welfare", AREA_DEVELOPMENT, 2 },
	{ "livelihood*", AREA_DEVELOPMENT, 3 }, { "development agenda", AREA_DEVELOPMENT, 3 },
	{ "2030 agenda", AREA_DEVELOPMENT, 3 }, { "development challenges", AREA_DEVELOPMENT, 2 },
	{ "development initiative", AREA_DEVELOPMENT, 2 }, { "displaced", AREA_DEVELOPMENT, 2 },
	{ "refugees", AREA_DEVELOPMENT, 2 },
	/* security */
	{ "terroris*", AREA_SECURITY, 3 }, { "extremis*", AREA_SECURITY, 3 }, { "separatis*", AREA_SECURITY, 3 },
	{ "three forces", AREA_SECURITY, 3 }, { "drug", AREA_SECURITY, 3 }, { "drugs", AREA_SECURITY, 3 },
	{ "narcotic*", AREA_SECURITY, 3 }, { "trafficking", AREA_SECURITY, 3 }, { "organized crime", AREA_SECURITY, 3 },
	{ "organised crime", AREA_SECURITY, 3 }, { "crime", AREA_SECURITY, 2 }, { "criminal", AREA_SECURITY, 2 },
	{ "cybercrime", AREA_SECURITY, 3 }, { "cybersecurity", AREA_SECURITY, 3 }, { "cyber*", AREA_SECURITY, 3 },
	{ "information security", AREA_SECURITY, 3 }, { "data security", AREA_SECURITY, 3 },
	{ "biosecurity", AREA_SECURITY, 3 }, { "proliferation", AREA_SECURITY, 3 }, { "weapon*", AREA_SECURITY, 3 },
	{ "disarmament", AREA_SECURITY, 3 }, { "security", AREA_SECURITY, 3 }, { "peace", AREA_SECURITY, 2 },
	{ "stability", AREA_SECURITY, 2 }, { "stable", AREA_SECURITY, 2 },
	{ "food security", AREA_AGRICULTURE, 3 }, { "energy security", AREA_ENERGY, 3 },
	{ "information infrastructure", AREA_SECURITY, 2 }, { "early warning", AREA_SECURITY, 3 }, { "emergenc*", AREA_SECURITY, 1 },
	{ "military", AREA_SECURITY, 3 }, { "defence", AREA_SECURITY, 3 }, { "defense", AREA_SECURITY, 3 },
	{ "law enforcement", AREA_SECURITY, 3 }, { "psychoactive", AREA_SECURITY, 3 }, { "precursors", AREA_SECURITY, 2 },
	{ "smuggling", AREA_SECURITY, 3 }, { "counter terrorism", AREA_SECURITY, 3 }, { "violence", AREA_SECURITY, 1 },
	{ "armed conflict*", AREA_SECURITY, 2 }, { "threats", AREA_SECURITY, 1 }, { "border security", AREA_SECURITY, 3 },
	/* regional situations */
	{ "afghanistan", AREA_REGIONAL, 3 }, { "afghan", AREA_REGIONAL, 3 }, { "middle east", AREA_REGIONAL, 3 },
	{ "palestin*", AREA_REGIONAL, 3 }, { "gaza", AREA_REGIONAL, 3 }, { "syria*", AREA_REGIONAL, 3 },
	{ "ukrain*", AREA_REGIONAL, 3 }, { "yemen*", AREA_REGIONAL, 3 }, { "libya*", AREA_REGIONAL, 3 },
	{ "sudan*", AREA_REGIONAL, 3 }, { "myanmar", AREA_REGIONAL, 3 }, { "korean peninsula", AREA_REGIONAL, 3 },
	{ "red sea", AREA_REGIONAL, 3 }, { "sahel", AREA_REGIONAL, 3 }, { "great lakes", AREA_REGIONAL, 2 },
	{ "haiti", AREA_REGIONAL, 3 }, { "iran nuclear", AREA_REGIONAL, 3 }, { "nagorno*", AREA_REGIONAL, 3 },
};

/* The paragraph's words, folded to ASCII lower case (others kept as bytes). */
struct fw {
	Str s;
	ptrdiff_t off;
};

static bool word_eq(Str w, const char *t, size_t n, bool prefix)
{
	if (prefix ? w.len < (ptrdiff_t)n : w.len != (ptrdiff_t)n)
		return false;
	for (size_t k = 0; k < n; k++) {
		char c = w.s[k];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != t[k])
			return false;
	}
	return true;
}

/* A term split into words once per paragraph, so matching does no string scans. */
#define TERM_MAX_WORDS 4
struct cterm {
	Str w[TERM_MAX_WORDS];
	int nw;
	bool prefix;          /* the last word matches any ending */
	int area, weight;
};

int clause_area_terms(Arena *a, struct cterm **out)
{
	int n = (int)(sizeof terms / sizeof *terms);
	struct cterm *v = anew(a, struct cterm, n);
	for (int t = 0; t < n; t++) {
		const char *p = terms[t].words;
		struct cterm *c = &v[t];
		c->area = terms[t].area;
		c->weight = terms[t].weight;
		while (*p && c->nw < TERM_MAX_WORDS) {
			const char *e = strchr(p, ' ');
			ptrdiff_t len = e ? e - p : (ptrdiff_t)strlen(p);
			c->w[c->nw++] = (Str){ p, len };
			if (!e)
				break;
			p = e + 1;
		}
		Str *last = &c->w[c->nw - 1];
		if (last->len > 0 && last->s[last->len - 1] == '*') {
			c->prefix = true;
			last->len--;
		}
	}
	*out = v;
	return n;
}

/* Words of term t matching at word i; returns the number of words, or 0. */
static int term_at(const struct fw *w, int n, int i, const struct cterm *t)
{
	if (i + t->nw > n)
		return 0;
	for (int k = 0; k < t->nw; k++) {
		bool prefix = t->prefix && k == t->nw - 1;
		if (!word_eq(w[i + k].s, t->w[k].s, (size_t)t->w[k].len, prefix))
			return 0;
	}
	return t->nw;
}

static const char *area_rule(int ar)
{
	static const char *const rules[AREA_COUNT] = {
		"areas.political", "areas.multilateral", "areas.mechanism", "areas.finance", "areas.trade",
		"areas.investment", "areas.transport", "areas.energy", "areas.minerals", "areas.agriculture",
		"areas.science_tech", "areas.environment", "areas.culture_people", "areas.education",
		"areas.health", "areas.development", "areas.security", "areas.regional"
	};
	return rules[ar];
}

static const char *const situation_words[] = { "situation", "conflict", "crisis", "peace", "ceasefire",
					       "settlement", "humanitarian", "stability", "reconstruction",
					       "people", NULL };

uint32_t clause_areas_of(Arena *a, const struct csent *para, const struct cenv *env, ptrdiff_t skip_off,
			 ptrdiff_t skip_len, struct whys *why)
{
	struct fw *w = anew(a, struct fw, para->n + 1);
	int n = 0;
	bool situation = false;
	for (int i = 0; i < para->n; i++) {
		if (para->w[i].kind != TOK_WORD && para->w[i].kind != TOK_NUM)
			continue;
		if (clause_in(para, i, situation_words))
			situation = true;
		w[n].s = para->w[i].s;
		w[n].off = para->w[i].off;
		n++;
	}
	int score[AREA_COUNT] = { 0 }, strong[AREA_COUNT] = { 0 };
	ptrdiff_t best_off[AREA_COUNT], best_len[AREA_COUNT];
	int best_w[AREA_COUNT] = { 0 };
	int covered = 0; /* words before this are inside a longer term already counted */
	struct cterm *tv = env ? env->terms : NULL;
	int nt = env ? env->nterms : 0;
	if (!tv)
		nt = clause_area_terms(a, &tv);
	for (int i = 0; i < n; i++) {
		if (w[i].off >= skip_off && w[i].off < skip_off + skip_len)
			continue;
		/* only the longest terms starting here count */
		int longest = 0;
		char c0 = w[i].s.s[0] >= 'A' && w[i].s.s[0] <= 'Z' ? (char)(w[i].s.s[0] + 32) : w[i].s.s[0];
		for (int t = 0; t < nt; t++) {
			if (tv[t].w[0].s[0] != c0)
				continue;
			int k = term_at(w, n, i, &tv[t]);
			if (k > longest)
				longest = k;
		}
		if (!longest || i + longest <= covered)
			continue;
		for (int t = 0; t < nt; t++) {
			if (tv[t].w[0].s[0] != c0)
				continue;
			int k = term_at(w, n, i, &tv[t]);
			if (k != longest)
				continue;
			int ar = tv[t].area;
			score[ar] += tv[t].weight;
			if (tv[t].weight >= 3)
				strong[ar] = 1;
			if (tv[t].weight > best_w[ar]) {
				best_w[ar] = tv[t].weight;
				best_off[ar] = w[i].off;
				best_len[ar] = w[i + k - 1].off + w[i + k - 1].s.len - w[i].off;
			}
		}
		if (i + longest > covered)
			covered = i + longest;
	}
	/* mentions: resolutions are multilateral; third states in a situation are regional */
	if (env && env->m && n > 0) {
		ptrdiff_t beg = para->off, end = para->off + para->len;
		for (int k = 0; k < env->m->n; k++) {
			const struct mention *m = &env->m->v[k];
			if (m->off < beg || m->off >= end)
				continue;
			if (m->type == M_RESOLUTION) {
				score[AREA_MULTILATERAL] += 3;
				strong[AREA_MULTILATERAL] = 1;
				if (best_w[AREA_MULTILATERAL] < 4) {
					best_w[AREA_MULTILATERAL] = 4;
					best_off[AREA_MULTILATERAL] = m->off;
					best_len[AREA_MULTILATERAL] = m->len;
				}
			}
			if (m->type == M_STATE && situation && env->kb && env->sigs.n > 0 && m->kb >= 0 &&
			    !(m->flags & MENTION_NESTED)) {
				const struct kb_entity *e = kb_get(env->kb, m->kb);
				if (e && e->code.len && !codes_has(env->sigs, e->code)) {
					score[AREA_REGIONAL] += 3;
					strong[AREA_REGIONAL] = 1;
					if (best_w[AREA_REGIONAL] < 4) {
						best_w[AREA_REGIONAL] = 4;
						best_off[AREA_REGIONAL] = m->off;
						best_len[AREA_REGIONAL] = m->len;
					}
				}
			}
		}
	}
	int max = 0, top = -1;
	for (int ar = 0; ar < AREA_COUNT; ar++)
		if (score[ar] > max) {
			max = score[ar];
			top = ar;
		}
	uint32_t areas = 0;
	for (int ar = 0; ar < AREA_COUNT; ar++) {
		if (!strong[ar] && score[ar] < 4)
			continue;
		areas |= 1u << ar;
		if (why)
			why_add(a, why, "issue_areas", best_off[ar], best_len[ar], area_rule(ar));
	}
	if (!areas && max >= 2) {
		areas = 1u << top;
		if (why)
			why_add(a, why, "issue_areas", best_off[top], best_len[top], area_rule(top));
	}
	if (!areas) {
		/* no topic named: the cooperation of the mechanism itself */
		areas = 1u << AREA_MECHANISM;
		if (why)
			why_add(a, why, "issue_areas", para->off, 0, "areas.default-mechanism");
	}
	return areas;
}
