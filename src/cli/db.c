/* db.c: what the registry commands share: the database (--db PATH, ACCORD_DB,
 * ./accord.db), their options (--name VALUE or --name=VALUE, record ids) and
 * the output formats of a table */
#include "cli.h"
#include "../store/store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *cli_db_path(const char *opt)
{
	if (opt && *opt)
		return opt;
	const char *env = getenv("ACCORD_DB");
	return env && *env ? env : "accord.db";
}

int cli_db_open(struct store *st, const char *opt)
{
	const char *path = cli_db_path(opt);
	struct diag d;
	diag_clear(&d);
	if (store_init(st, path, &d)) {
		const char *msg = d.msg;
		if (!strncmp(msg, "cannot open: ", 13))
			msg += 13;
		cli_err("cannot open database '%s': %s", path, msg);
		return EXIT_FAILURE_ALL;
	}
	return EXIT_OK;
}

bool cli_opt(int argc, char **argv, int *i, const char *name, const char **val)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (strncmp(a, name, n))
		return false;
	if (a[n] == '=') {
		*val = a + n + 1;
		return true;
	}
	if (a[n])
		return false;
	*val = *i + 1 < argc ? argv[++*i] : NULL;
	return true;
}

int cli_id(const char *v, const char *prefix, int64_t *out)
{
	size_t n = strlen(prefix);
	if (!strncmp(v, prefix, n) && v[n] == ':')
		v += n + 1;
	else if (!strncmp(v, "doc:", 4) && !strcmp(prefix, "document"))
		v += 4;
	char *end;
	long long x = strtoll(v, &end, 10);
	if (!*v || *end || x <= 0) {
		cli_err("not a %s id '%s' (a number, or %s:N)", prefix, v, prefix);
		return EXIT_USAGE;
	}
	*out = x;
	return EXIT_OK;
}

int cli_count(const char *v, const char *what, int64_t *out)
{
	char *end;
	long long x = v ? strtoll(v, &end, 10) : -1;
	if (!v || !*v || *end || x < 0 || x > STORE_MAX_LIMIT) {
		cli_err("%s must be a number from 0 to %d, not '%s'", what, STORE_MAX_LIMIT, v ? v : "");
		return EXIT_USAGE;
	}
	*out = x;
	return EXIT_OK;
}

int cli_format(const char *v, int *fmt)
{
	if (!v)
		return EXIT_USAGE;
	if (!strcmp(v, "table"))
		*fmt = CLI_TABLE;
	else if (!strcmp(v, "json"))
		*fmt = CLI_JSON;
	else if (!strcmp(v, "csv"))
		*fmt = CLI_CSV;
	else {
		cli_err("unknown format '%s' (table, json or csv)", v);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

int cli_default_format(void)
{
	return isatty(1) ? CLI_TABLE : CLI_JSON;
}

int cli_print(const struct store_table *t, int fmt)
{
	struct buf b;
	buf_init(&b);
	if (fmt == CLI_JSON)
		store_table_json(&b, t);
	else if (fmt == CLI_CSV)
		store_table_csv(&b, t);
	else
		store_table_text(&b, t, 60);
	int rc = buf_flush(&b, stdout);
	buf_release(&b);
	if (rc) {
		cli_err("cannot write output");
		return EXIT_FAILURE_ALL;
	}
	return EXIT_OK;
}
