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

int cmd_extract(int argc, char **argv);
extern const char cmd_extract_help[];

#endif
