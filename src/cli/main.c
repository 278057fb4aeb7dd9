/* main.c: the accord command: dispatch to subcommands, help */
#include "cli.h"

#include <stdarg.h>
#include <string.h>

static int cmd_help(int argc, char **argv);

static const char cmd_help_help[] =
	"usage: accord help [COMMAND]\n"
	"\n"
	"Show the list of commands, or the full help of one command.\n";

static const char main_help[] =
	"usage: accord [--help | --version] COMMAND [ARGS...]\n"
	"\n"
	"accord turns the documents of a multilateral cooperation mechanism (summit\n"
	"articles, leaders' declarations, joint statements) into structured records\n"
	"that point back to their source words.\n"
	"\n"
	"Commands:\n";

static const char exit_help[] =
	"\n"
	"Exit status: 0 success; 1 some inputs failed (the others were processed);\n"
	"2 bad command line; 3 nothing could be done; 4 no such record.\n"
	"\n"
	"Run 'accord help COMMAND' for the options of one command.\n";

static const struct cmd commands[] = {
	{ "extract", cmd_extract, "extract records from documents and print them", cmd_extract_help },
	{ "ingest", cmd_ingest, "extract documents into the registry (SQLite)", cmd_ingest_help },
	{ "list", cmd_list, "list the registry's documents, summits, clauses ...", cmd_list_help },
	{ "search", cmd_search, "full-text search of the registry's paragraphs", cmd_search_help },
	{ "show", cmd_show, "show one record with the words it came from", cmd_show_help },
	{ "versions", cmd_versions, "the language versions of a document, aligned clause by clause", cmd_versions_help },
	{ "export", cmd_export, "write the registry as JSON, CSV or Akoma Ntoso XML", cmd_export_help },
	{ "serve", cmd_serve, "serve the registry as a web application and JSON API", cmd_serve_help },
	{ "user", cmd_user, "manage users and roles (admin, focal point, analyst)", cmd_user_help },
	{ "assess", cmd_assess, "score a commitment for a state, with evidence; import a CSV", cmd_assess_help },
	{ "audit", cmd_audit, "list or verify the hash-chained audit log", cmd_audit_help },
	{ "report", cmd_report, "the implementation report of a summit; the iCalendar", cmd_report_help },
	{ "help", cmd_help, "show help for accord or one command", cmd_help_help },
};

const struct cmd *cli_commands(int *n)
{
	*n = (int)(sizeof commands / sizeof *commands);
	return commands;
}

const struct cmd *cli_find(const char *name)
{
	int n;
	const struct cmd *c = cli_commands(&n);
	for (int i = 0; i < n; i++)
		if (!strcmp(c[i].name, name))
			return &c[i];
	return NULL;
}

void cli_err(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("accord: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

int cli_usage(const char *name)
{
	const struct cmd *c = cli_find(name);
	if (c) {
		const char *nl = strchr(c->help, '\n');
		fprintf(stderr, "%.*s\n", nl ? (int)(nl - c->help) : (int)strlen(c->help), c->help);
	}
	fprintf(stderr, "Try 'accord help %s' for more.\n", name);
	return EXIT_USAGE;
}

int cli_missing(const char *name, const char *option)
{
	cli_err("option '%s' needs a value", option);
	return cli_usage(name);
}

static void list_commands(FILE *f)
{
	int n;
	const struct cmd *c = cli_commands(&n);
	fputs(main_help, f);
	for (int i = 0; i < n; i++)
		fprintf(f, "  %-10s %s\n", c[i].name, c[i].summary);
	fputs(exit_help, f);
}

static int cmd_help(int argc, char **argv)
{
	if (argc < 2) {
		list_commands(stdout);
		return EXIT_OK;
	}
	const struct cmd *c = cli_find(argv[1]);
	if (!c) {
		cli_err("no such command '%s'", argv[1]);
		return EXIT_USAGE;
	}
	fputs(c->help, stdout);
	return EXIT_OK;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		list_commands(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		list_commands(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		puts("accord 0.1");
		return EXIT_OK;
	}
	const struct cmd *c = cli_find(argv[1]);
	if (!c) {
		cli_err("no such command '%s' (see 'accord --help')", argv[1]);
		return EXIT_USAGE;
	}
	for (int i = 2; i < argc; i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(c->help, stdout);
			return EXIT_OK;
		}
	return c->fn(argc - 1, argv + 1);
}
