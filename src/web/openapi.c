/* openapi.c: the OpenAPI 3 description of /api/v1, served as written here
 *
 * tests/cli/t-web.sh walks it: every path (ids replaced by 1) must answer
 * with its documented status and content type, so keep it in step with
 * routes.c and api.c.
 */
#include "web-int.h"

#define P_FILTERS                                                                                                  \
	"{\"name\":\"area\",\"in\":\"query\",\"schema\":{\"type\":\"string\"},\"description\":\"issue area\"},"     \
	"{\"name\":\"actor\",\"in\":\"query\",\"schema\":{\"type\":\"string\"},\"description\":\"ISO alpha-3\"},"  \
	"{\"name\":\"modality\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}},"                               \
	"{\"name\":\"commitment\",\"in\":\"query\",\"schema\":{\"type\":\"string\",\"enum\":[\"yes\",\"no\"]}},"   \
	"{\"name\":\"summit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"}},"                                \
	"{\"name\":\"document\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"}},"                              \
	"{\"name\":\"section\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}},"                                \
	"{\"name\":\"q\",\"in\":\"query\",\"schema\":{\"type\":\"string\"},\"description\":\"words in the clause\"}," \
	"{\"name\":\"sort\",\"in\":\"query\",\"schema\":{\"type\":\"string\",\"enum\":[\"document\",\"-document\",\"modality\",\"-modality\",\"section\",\"-section\",\"target\",\"-target\",\"id\",\"-id\"]}}," \
	"{\"name\":\"page\",\"in\":\"query\",\"schema\":{\"type\":\"integer\",\"minimum\":1}},"                    \
	"{\"name\":\"per\",\"in\":\"query\",\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100000}}"

/* The API keeps English keys, codes and values; lang= adds the kb's name of
 * an entity in Russian or Chinese as "name_local" (null where the kb has
 * none). */
#define LANG_PARAM                                                                                                  \
	"{\"name\":\"lang\",\"in\":\"query\",\"schema\":{\"type\":\"string\",\"enum\":[\"en\",\"ru\",\"zh-Hans\"]},"     \
	"\"description\":\"adds name_local: the entity's name in this language (keys and codes stay English)\"}"
#define ID_PARAM "{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\"}}"
#define JSON_OK(desc) "\"200\":{\"description\":\"" desc "\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\"}}}}"
#define ERR(code) "\"" code "\":{\"description\":\"error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}}}"
#define GET(summary, params, responses) \
	"{\"get\":{\"summary\":\"" summary "\",\"parameters\":[" params "],\"responses\":{" responses "}}}"

static const char spec[] =
	"{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"accord\",\"version\":\"1\","
	"\"description\":\"The registry of a multilateral cooperation mechanism: documents, summits, clauses with the words they came from.\"},"
	"\"servers\":[{\"url\":\"/api/v1\"}],\"paths\":{"
	"\"/stats\":" GET("counts of the registry", "", JSON_OK("counts")) ","
	"\"/summits\":" GET("summits", "", JSON_OK("a page of summits") "," ERR("400")) ","
	"\"/summits/{id}\":" GET("one summit with its documents", ID_PARAM, JSON_OK("the summit") "," ERR("404")) ","
	"\"/documents\":{\"get\":{\"summary\":\"documents\",\"parameters\":[],\"responses\":{" JSON_OK("a page of documents") "," ERR("400") "}},"
	"\"post\":{\"summary\":\"import a document (admin; a loopback client while no account exists)\",\"security\":[{\"bearer\":[]}],\"requestBody\":{\"content\":{"
	"\"text/plain\":{\"schema\":{\"type\":\"string\"}},\"text/html\":{\"schema\":{\"type\":\"string\"}},"
	"\"multipart/form-data\":{\"schema\":{\"type\":\"object\",\"properties\":{\"file\":{\"type\":\"string\",\"format\":\"binary\"}}}}}},"
	"\"responses\":{\"201\":{\"description\":\"ingested\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\"}}}},"
	JSON_OK("unchanged") "," ERR("401") "," ERR("403") "," ERR("413") "," ERR("422") "}}},"
	"\"/documents/{id}\":" GET("one document: fields, text, clauses, explain rows",
				   ID_PARAM ",{\"name\":\"text\",\"in\":\"query\",\"schema\":{\"type\":\"string\",\"enum\":[\"yes\",\"no\"]}}",
				   JSON_OK("the document") "," ERR("404")) ","
	"\"/documents/{id}/versions\":" GET("the language versions of the document's work (pivot first) and, when it has"
				   " another, the pivot's paragraphs aligned with one (this document, or with=) by part number"
				   " then order, each with its pivot clause's modality, commitment, actors and areas",
				   ID_PARAM ",{\"name\":\"with\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"},"
				   "\"description\":\"the version to align with the pivot\"}",
				   JSON_OK("versions, aligned_with and alignment") "," ERR("400") "," ERR("404")) ","
	"\"/clauses/{id}\":" GET("one clause with its provenance and explain rows", ID_PARAM, JSON_OK("the clause") "," ERR("404")) ","
	"\"/clauses/{id}/assessments\":{\"get\":{\"summary\":\"each state the commitment binds: current score, note, history, evidence\","
	"\"parameters\":[" ID_PARAM "],\"responses\":{" JSON_OK("the states and their assessments") "," ERR("404") "}},"
	"\"post\":{\"summary\":\"score the commitment for a state (a new row of its history), with one evidence item\","
	"\"security\":[{\"bearer\":[]}],\"parameters\":[" ID_PARAM "],\"requestBody\":{\"required\":true,\"content\":{"
	"\"application/json\":{\"schema\":{\"type\":\"object\",\"required\":[\"state\",\"score\"],\"properties\":{"
	"\"state\":{\"type\":\"string\",\"description\":\"ISO alpha-3\"},"
	"\"score\":{\"type\":\"integer\",\"enum\":[-1,0,1],\"nullable\":true,\"description\":\"null: not assessed\"},"
	"\"note\":{\"type\":\"string\",\"description\":\"the justification\"},"
	"\"evidence\":{\"type\":\"object\",\"properties\":{\"date\":{\"type\":\"string\"},\"title\":{\"type\":\"string\"},"
	"\"url\":{\"type\":\"string\"},\"excerpt\":{\"type\":\"string\"}}}}}}}},"
	"\"responses\":{\"201\":{\"description\":\"saved\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\"}}}},"
	ERR("400") "," ERR("401") "," ERR("403") "," ERR("404") "," ERR("413") "}}},"
	"\"/commitments\":" GET("clauses with filters, sorting and pages", P_FILTERS, JSON_OK("a page of clauses and the total") "," ERR("400")) ","
	"\"/commitments.csv\":" GET("the same view as CSV (every row unless page/per are given)", P_FILTERS,
				    "\"200\":{\"description\":\"RFC 4180 CSV with a header\",\"content\":{\"text/csv\":{\"schema\":{\"type\":\"string\"}}}}," ERR("400")) ","
	"\"/commitments/facets\":" GET("counts per facet value under the other filters", P_FILTERS, JSON_OK("facets") "," ERR("400")) ","
	"\"/entities\":" GET("entities", "{\"name\":\"type\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}," LANG_PARAM,
			     JSON_OK("a page of entities; with lang, each item has name_local beside name") "," ERR("400")) ","
	"\"/entities/{id}\":" GET("one entity and its mentions", ID_PARAM "," LANG_PARAM,
				   JSON_OK("the entity; with lang, name_local beside name") "," ERR("400") "," ERR("404")) ","
	"\"/search\":" GET("full-text search of paragraphs, best first",
			   "{\"name\":\"q\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"string\"}},"
			   "{\"name\":\"per\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"}}",
			   JSON_OK("matching paragraphs with snippets") "," ERR("400")) ","
	"\"/openapi.json\":" GET("this description", "", JSON_OK("OpenAPI 3"))
	"},\"components\":{\"securitySchemes\":{\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\","
	"\"description\":\"an API token from accord user token\"}},\"schemas\":{\"Error\":{\"type\":\"object\",\"required\":[\"error\"],\"properties\":{\"error\":{\"type\":\"object\","
	"\"properties\":{\"status\":{\"type\":\"integer\"},\"message\":{\"type\":\"string\"}}}}}}}}\n";

int api_openapi(struct http_req *req, struct http_resp *resp)
{
	resp->type = "application/json";
	buf_put(&resp->body, (Str){ spec, (ptrdiff_t)sizeof spec - 1 });
	return 0;
}
