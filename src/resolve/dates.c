/* dates.c: PLACEHOLDER date resolver */
#include "resolve.h"

struct date resolve_dates(const struct doc *doc, struct mentions *m, struct date doc_date)
{
	return doc_date;
}
