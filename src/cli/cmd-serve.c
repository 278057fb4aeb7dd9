/* cmd-serve.c: accord serve: the web application and the JSON API over the registry */
#include "cli.h"
#include "../kb/kb.h"
#include "../web/web.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

const char cmd_serve_help[] =
	"usage: accord serve [--db PATH] [--listen ADDR:PORT] [--threads N] [--quiet]\n"
	"\n"
	"Serve the registry to browsers (HTML pages) and scripts (JSON API under\n"
	"/api/v1, described at /api/v1/openapi.json).  Prints the address, then one\n"
	"access-log line per request on stderr, until SIGTERM or SIGINT (Ctrl-C),\n"
	"which finish the requests under way and stop.\n"
	"\n"
	"  --db PATH          the registry (default: $ACCORD_DB, else ./accord.db)\n"
	"  --listen ADDR:PORT numeric address and port (default 127.0.0.1:8080;\n"
	"                     port 0 picks a free one; [::1]:8080 for IPv6)\n"
	"  --threads N        worker threads (default 4)\n"
	"  --quiet            no access log\n"
	"\n"
	"Importing documents from the browser (/import) is allowed to clients on\n"
	"this machine only, until user accounts exist.\n"
	"\n"
	"Examples:\n"
	"  accord ingest ../shared/corpus && accord serve\n"
	"  accord serve --db /tmp/reg.db --listen 127.0.0.1:0\n";

/* "127.0.0.1:8080", "[::1]:80", ":8080" -> host, port */
static int parse_listen(const char *v, char *host, size_t cap, int *port)
{
	const char *colon = strrchr(v, ':');
	if (!colon)
		return -1;
	const char *h = v;
	size_t hl = (size_t)(colon - v);
	if (hl >= 2 && h[0] == '[' && h[hl - 1] == ']')
		h++, hl -= 2;
	if (hl == 0)
		h = "127.0.0.1", hl = 9;
	if (hl >= cap)
		return -1;
	memcpy(host, h, hl);
	host[hl] = 0;
	char *end;
	long p = strtol(colon + 1, &end, 10);
	if (!colon[1] || *end || p < 0 || p > 65535)
		return -1;
	*port = (int)p;
	return 0;
}

int cmd_serve(int argc, char **argv)
{
	const char *db = NULL, *listen = "127.0.0.1:8080", *v;
	int threads = 0;
	bool quiet = false;
	for (int i = 1; i < argc; i++) {
		if (cli_opt(argc, argv, &i, "--db", &v)) {
			if (!v)
				return cli_usage("serve");
			db = v;
		} else if (cli_opt(argc, argv, &i, "--listen", &v)) {
			if (!v)
				return cli_usage("serve");
			listen = v;
		} else if (cli_opt(argc, argv, &i, "--threads", &v)) {
			char *end;
			long n = v ? strtol(v, &end, 10) : 0;
			if (!v || *end || n < 1 || n > 256) {
				cli_err("--threads must be a number from 1 to 256");
				return EXIT_USAGE;
			}
			threads = (int)n;
		} else if (!strcmp(argv[i], "--quiet")) {
			quiet = true;
		} else {
			cli_err("unknown option '%s'", argv[i]);
			return cli_usage("serve");
		}
	}
	char host[64];
	int port;
	if (parse_listen(listen, host, sizeof host, &port)) {
		cli_err("not an address 'ADDR:PORT': '%s'", listen);
		return EXIT_USAGE;
	}
	/* Block the stop signals in every thread (MHD's inherit the mask); this
	 * thread waits for them with sigwait, so no handler runs inside MHD. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);

	struct web w;
	struct diag d;
	diag_clear(&d);
	const char *path = cli_db_path(db);
	if (web_init(&w, path, kb_default(), &d)) {
		cli_err("cannot open database '%s': %s", path, d.msg);
		web_release(&w);
		return EXIT_FAILURE_ALL;
	}
	if (threads)
		w.threads = threads;
	w.quiet = quiet;
	if (web_start(&w, host, port, &d)) {
		cli_err("%s", d.msg);
		web_release(&w);
		return EXIT_FAILURE_ALL;
	}
	printf("accord: serving '%s' on http://%s%s%s:%d/\n", path, strchr(host, ':') ? "[" : "", host,
	       strchr(host, ':') ? "]" : "", w.port);
	fflush(stdout);
	int sig = 0;
	sigwait(&stop, &sig);
	fprintf(stderr, "accord: %s: stopping\n", sig == SIGINT ? "interrupted" : "terminated");
	web_stop(&w);
	web_release(&w);
	return EXIT_OK;
}
