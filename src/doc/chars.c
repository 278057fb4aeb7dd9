/* chars.c: character classes of code points beyond ASCII (through utf8proc) */
#include "doc-int.h"

#include <utf8proc.h>

bool doc_cp_upper(int32_t cp)
{
	if (cp < 0x80)
		return doc_is_upper(cp);
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool doc_cp_alnum(int32_t cp)
{
	if (cp < 0x80)
		return doc_is_upper(cp) || doc_is_lower(cp) || doc_is_digit(cp);
	utf8proc_category_t c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND;
}
