/* labels.c: the value sets the pages show (modalities, issue areas, kinds,
 * roles ...), marked for the catalogues with their context
 *
 * The registry stores these values in English (extract's and track's
 * names); pages write them through web_label(req, ctx, value), which looks
 * up "ctx\004value".  xgettext finds them here, and tests/unit/test-i18n.c
 * checks that every name extract, kb and track can produce is listed and
 * translated, so a new modality cannot reach a page untranslated.
 */
#include "i18n.h"
#include "web-int.h"

const char *const web_labels[][2] = {
	{ "modality", NC_("modality", "commit") },
	{ "modality", NC_("modality", "willing") },
	{ "modality", NC_("modality", "support") },
	{ "modality", NC_("modality", "call") },
	{ "modality", NC_("modality", "reaffirm") },
	{ "modality", NC_("modality", "welcome") },
	{ "modality", NC_("modality", "appreciate") },
	{ "modality", NC_("modality", "note") },
	{ "issue area", NC_("issue area", "political") },
	{ "issue area", NC_("issue area", "multilateral") },
	{ "issue area", NC_("issue area", "mechanism") },
	{ "issue area", NC_("issue area", "finance") },
	{ "issue area", NC_("issue area", "trade") },
	{ "issue area", NC_("issue area", "investment") },
	{ "issue area", NC_("issue area", "transport") },
	{ "issue area", NC_("issue area", "energy") },
	{ "issue area", NC_("issue area", "minerals") },
	{ "issue area", NC_("issue area", "agriculture") },
	{ "issue area", NC_("issue area", "science_tech") },
	{ "issue area", NC_("issue area", "environment") },
	{ "issue area", NC_("issue area", "culture_people") },
	{ "issue area", NC_("issue area", "education") },
	{ "issue area", NC_("issue area", "health") },
	{ "issue area", NC_("issue area", "development") },
	{ "issue area", NC_("issue area", "security") },
	{ "issue area", NC_("issue area", "regional") },
	{ "event", NC_("event", "arrival") },
	{ "event", NC_("event", "meeting") },
	{ "event", NC_("event", "summit") },
	{ "event", NC_("event", "signing") },
	{ "event", NC_("event", "address") },
	{ "event", NC_("event", "ceremony") },
	{ "event", NC_("event", "reception") },
	{ "event", NC_("event", "conference") },
	{ "event", NC_("event", "appointment") },
	{ "agreement kind", NC_("agreement kind", "bilateral") },
	{ "agreement kind", NC_("agreement kind", "multilateral") },
	{ "agreement kind", NC_("agreement kind", "sister-city") },
	{ "document kind", NC_("document kind", "other") },
	{ "document kind", NC_("document kind", "article") },
	{ "document kind", NC_("document kind", "declaration") },
	{ "document kind", NC_("document kind", "statement") },
	{ "part of day", NC_("part of day", "morning") },
	{ "part of day", NC_("part of day", "afternoon") },
	{ "part of day", NC_("part of day", "evening") },
	{ "entity type", NC_("entity type", "state") },
	{ "entity type", NC_("entity type", "person") },
	{ "entity type", NC_("entity type", "organization") },
	{ "entity type", NC_("entity type", "place") },
	{ "entity type", NC_("entity type", "initiative") },
	{ "entity type", NC_("entity type", "region") },
	{ "entity type", NC_("entity type", "resolution") },
	{ "role", NC_("role", "anonymous") },
	{ "role", NC_("role", "admin") },
	{ "role", NC_("role", "focal") },
	{ "role", NC_("role", "analyst") },
	{ "yes or no", NC_("yes or no", "yes") },
	{ "yes or no", NC_("yes or no", "no") },
	{ 0, 0 }
};
