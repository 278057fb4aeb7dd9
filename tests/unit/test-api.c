/* test-api.c: the public interface, as an embedding program sees it */
#include "test.h"
#include "accord.h"

#include <stdlib.h>

TEST(api_extract_returns_eval_record)
{
	const char text[] = "The parties will strengthen cooperation in the field of energy.\n";
	char *out = NULL, err[200] = "";
	size_t len = 0;
	int rc = accord_extract("t.txt", text, sizeof text - 1, ACCORD_FORMAT_EVAL, &out, &len, err, sizeof err);
	EXPECT_INT(rc, 0);
	EXPECT(out && strstr(out, "\"schema\": \"accord.extract/1\""));
	EXPECT_INT(len, out ? strlen(out) : 0);
	free(out);
}

TEST(api_reports_bad_utf8_with_offset)
{
	const char text[] = "abc\xff\xfe";
	char *out = NULL, err[200] = "";
	int rc = accord_extract("bad.txt", text, sizeof text - 1, ACCORD_FORMAT_EVAL, &out, NULL, err, sizeof err);
	EXPECT(rc < 0);
	EXPECT(out == NULL);
	EXPECT(strstr(err, "byte 3") != NULL);
}

TEST(api_missing_file_is_an_error)
{
	char *out = NULL, err[200] = "";
	int rc = accord_extract_file("/nonexistent/accord-test.txt", ACCORD_FORMAT_TEXT, &out, NULL, err, sizeof err);
	EXPECT(rc < 0);
	EXPECT(strstr(err, "no such file") != NULL);
}
