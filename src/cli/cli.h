/* cli.h: the subcommand table and what subcommands share */
#ifndef ACCORD_CLI_H
#define ACCORD_CLI_H

#include <stdbool.h>
#include <stdio.h>

/* Exit statuses, documented in `accord help`. */
enum {
	EXIT_OK = 0,
	EXIT_SOME_FAILED = 1, /* some inputs failed; the others were processed */
	EXIT_USAGE = 2,       /* bad command line */
	EXIT_FAILURE_ALL = 3, /* nothing could be done (database, kb) */
	EXIT_NOT_FOUND = 4    /* no such record */
};

struct cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;   /* one line for `accord --help` */
	const char *help;      /* the full text for `accord help NAME` */
};

const struct cmd *cli_commands(int *n);
const struct cmd *cli_find(const char *name);
/* Print "accord: " + message to stderr (a newline is added). */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print the usage line of a command and return EXIT_USAGE. */
int cli_usage(const char *name);
/* "option '--x' needs a value", then the usage line of command name: EXIT_USAGE. */
int cli_missing(const char *name, const char *option);

int cmd_extract(int argc, char **argv);
extern const char cmd_extract_help[];

/* The registry commands and what they share (db.c). */
#include <stdint.h>
struct store;
struct store_table;
enum { CLI_TABLE, CLI_JSON, CLI_CSV };
/* The database path: opt (--db), else $ACCORD_DB, else "accord.db". */
const char *cli_db_path(const char *opt);
/* Open and migrate the registry; prints "cannot open database 'P': why"
 * and returns EXIT_FAILURE_ALL on failure, else EXIT_OK. */
int cli_db_open(struct store *st, const char *opt);
/* Whether argv[*i] is option name ("--db X" or "--db=X"); *val is its value
 * (NULL when missing), *i advanced past it. */
bool cli_opt(int argc, char **argv, int *i, const char *name, const char **val);
/* "3" or "prefix:3" -> 3; EXIT_USAGE with a message otherwise. */
int cli_id(const char *v, const char *prefix, int64_t *out);
/* A count for --limit / --offset; EXIT_USAGE with a message otherwise. */
int cli_count(const char *v, const char *what, int64_t *out);
/* table|json|csv -> CLI_*; EXIT_USAGE with a message otherwise. */
int cli_format(const char *v, int *fmt);
int cli_default_format(void);  /* table on a terminal, JSON otherwise */
/* Print t to stdout in fmt; EXIT_OK or EXIT_FAILURE_ALL. */
int cli_print(const struct store_table *t, int fmt);

int cmd_ingest(int argc, char **argv);
extern const char cmd_ingest_help[];
int cmd_search(int argc, char **argv);
extern const char cmd_search_help[];
int cmd_list(int argc, char **argv);
extern const char cmd_list_help[];
int cmd_show(int argc, char **argv);
extern const char cmd_show_help[];
int cmd_versions(int argc, char **argv);
extern const char cmd_versions_help[];
int cmd_export(int argc, char **argv);
extern const char cmd_export_help[];
int cmd_serve(int argc, char **argv);
extern const char cmd_serve_help[];

/* The tracking commands and what they share (cmd-user.c). */
#include <sqlite3.h>
#include "../base/arena.h"
struct track_user;
/* cli_db_open, then track_open; EXIT_OK or EXIT_FAILURE_ALL (printed). */
int cli_track_open(struct store *st, const char *db);
/* The acting user: --as NAME (as), else $ACCORD_USER, else the OS user as
 * admin while no users exist, else the anonymous public.  EXIT_OK, or
 * EXIT_USAGE / EXIT_FAILURE_ALL with a message. */
int cli_actor(sqlite3 *db, Arena *a, const char *as, struct track_user *out);
/* An acc_err of track's to an exit status. */
int cli_track_status(int rc);
int cmd_user(int argc, char **argv);
extern const char cmd_user_help[];
int cmd_assess(int argc, char **argv);
extern const char cmd_assess_help[];
int cmd_audit(int argc, char **argv);
extern const char cmd_audit_help[];
int cmd_report(int argc, char **argv);
extern const char cmd_report_help[];

#endif
