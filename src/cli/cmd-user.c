/* cmd-user.c: accord user: add, list, passwd, disable, token; and the acting
 * user (--as) that the tracking commands share */
#include "cli.h"
#include "../store/store.h"
#include "../track/track.h"
#include "../base/os.h"

#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

const char cmd_user_help[] =
	"usage: accord user add NAME --role admin|focal|analyst [--state CODE] [--as USER] [--db PATH]\n"
	"       accord user list [--format table|json|csv] [--db PATH]\n"
	"       accord user passwd NAME [--as USER] [--db PATH]\n"
	"       accord user disable NAME [--as USER] [--db PATH]\n"
	"       accord user token NAME [--as USER] [--db PATH]\n"
	"\n"
	"Manage the people who write the implementation record.  Roles:\n"
	"  admin     the secretariat: everything\n"
	"  focal     a state's focal point (--state KGZ, ISO alpha-3): assesses that\n"
	"            state's commitments and adds its evidence, nothing else\n"
	"  analyst   reads everything, writes comments\n"
	"The public reads what is published and is not a user.\n"
	"\n"
	"'add' and 'passwd' read the password from standard input (its first line)\n"
	"when that is not a terminal, else prompt for it twice without echo; at least\n"
	"8 bytes.  Passwords are kept as Argon2id hashes.  'token' prints a new API\n"
	"token for scripts (HTTP header 'Authorization: Bearer TOKEN') once: only its\n"
	"SHA-256 is kept.  'disable' stops the user's logins, sessions and tokens.\n"
	"\n"
	"Acting user: every write is done as --as USER (else $ACCORD_USER) and is\n"
	"checked against that user's role and written to the audit log.  While the\n"
	"registry has no users at all, the command runs as the operating-system user\n"
	"with the admin role, so that the first admin can be created:\n"
	"  accord user add alice --role admin < alice.pw\n"
	"Once a user exists, a command without --as acts as the anonymous public and\n"
	"every write is denied.  --as names who acts; it is not a login: whoever can\n"
	"write the database file can act as anyone (the web application logs in).\n"
	"\n"
	"Exit status: 0 done; 2 bad command line (bad name, role, state, password);\n"
	"3 denied (permission) or database failure; 4 no such user.\n"
	"\n"
	"Environment: ACCORD_PWHASH_FAST=1 uses libsodium's minimum Argon2id cost;\n"
	"for tests only, never in production.\n";

int cli_track_open(struct store *st, const char *db)
{
	int rc = cli_db_open(st, db);
	if (rc)
		return rc;
	struct diag d;
	diag_clear(&d);
	if (track_open(st->db, &d)) {
		cli_err("cannot open database '%s': %s", cli_db_path(db), d.msg);
		store_release(st);
		return EXIT_FAILURE_ALL;
	}
	return EXIT_OK;
}

int cli_actor(sqlite3 *db, Arena *a, const char *as, struct track_user *out)
{
	struct diag d;
	diag_clear(&d);
	memset(out, 0, sizeof *out);
	if (!as || !*as)
		as = getenv("ACCORD_USER");
	if (as && *as) {
		int rc = track_user_get(db, a, str_c(as), out, &d);
		if (rc == ACC_ENOTFOUND) {
			cli_err("no user '%s' to act as (--as, ACCORD_USER)", as);
			return EXIT_USAGE;
		}
		if (rc) {
			cli_err("%s", d.msg);
			return EXIT_FAILURE_ALL;
		}
		if (out->disabled) {
			cli_err("user '%s' is disabled", as);
			return EXIT_FAILURE_ALL;
		}
		return EXIT_OK;
	}
	int64_t n = 0;
	if (track_user_count(db, &n, &d)) {
		cli_err("%s", d.msg);
		return EXIT_FAILURE_ALL;
	}
	if (n == 0) {
		/* Bootstrap: no users yet, the OS user is admin (documented above). */
		const char *name = getenv("USER");
		struct passwd *pw = (!name || !*name) ? getpwuid(getuid()) : NULL;
		if (pw)
			name = pw->pw_name;
		out->name = arena_str(a, str_c(name && *name ? name : "root"));
		out->role = TRACK_ADMIN;
		return EXIT_OK;
	}
	out->name = S("anonymous");
	out->role = TRACK_ANON;
	return EXIT_OK;
}

int cli_track_status(int rc)
{
	switch (rc) {
	case ACC_OK: return EXIT_OK;
	case ACC_EINVAL: case ACC_ETOOBIG: case ACC_ECONFLICT: case ACC_EEMPTY: return EXIT_USAGE;
	case ACC_ENOTFOUND: return EXIT_NOT_FOUND;
	default: return EXIT_FAILURE_ALL;
	}
}

/* Read a password: the first line of stdin, or prompted twice without echo
 * on a terminal.  Returns a string in a, or .s NULL (a message printed). */
static Str read_password(Arena *a)
{
	char line[TRACK_PASSWORD_MAX + 2], again[TRACK_PASSWORD_MAX + 2];
	bool tty = isatty(0);
	struct termios old, quiet;
	if (tty && tcgetattr(0, &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		fputs("password: ", stderr);
		tcsetattr(0, TCSAFLUSH, &quiet);
		bool ok = fgets(line, sizeof line, stdin) != NULL;
		fputs("\nagain: ", stderr);
		ok = ok && fgets(again, sizeof again, stdin) != NULL;
		tcsetattr(0, TCSAFLUSH, &old);
		fputc('\n', stderr);
		if (!ok || strcmp(line, again)) {
			cli_err("passwords do not match");
			return STR_NULL;
		}
	} else if (!fgets(line, sizeof line, stdin)) {
		cli_err("no password on standard input");
		return STR_NULL;
	}
	size_t n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	Str r = arena_str(a, (Str){ line, (ptrdiff_t)n });
	memset(line, 0, sizeof line);
	memset(again, 0, sizeof again);
	return r;
}

int cmd_user(int argc, char **argv)
{
	const char *db = NULL, *as = NULL, *role = NULL, *state = NULL, *v, *verb = NULL, *name = NULL;
	int fmt = cli_default_format(), rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i], *missing = NULL;
		if (o[0] != '-') {
			if (!verb)
				verb = o;
			else if (!name)
				name = o;
			else {
				cli_err("unexpected argument '%s'", o);
				return cli_usage("user");
			}
			continue;
		}
#define VAL(n) (cli_opt(argc, argv, &i, n, &v) && (v || (missing = n, 0)))
		if (VAL("--db"))
			db = v;
		else if (VAL("--as"))
			as = v;
		else if (VAL("--role"))
			role = v;
		else if (VAL("--state"))
			state = v;
		else if (VAL("--format"))
			rc = cli_format(v, &fmt);
		else if (!missing) {
			cli_err("unknown option '%s'", o);
			return cli_usage("user");
		}
#undef VAL
		if (missing)
			return cli_missing("user", missing);
		if (rc)
			return rc;
	}
	if (!verb)
		return cli_usage("user");
	bool list = !strcmp(verb, "list");
	if (!list && strcmp(verb, "add") && strcmp(verb, "passwd") && strcmp(verb, "disable") && strcmp(verb, "token")) {
		cli_err("unknown user command '%s' (add, list, passwd, disable, token)", verb);
		return cli_usage("user");
	}
	if (!list && !name) {
		cli_err("user %s needs a NAME", verb);
		return cli_usage("user");
	}
	if (!strcmp(verb, "add") && (!role || track_role_parse(str_c(role)) < 0)) {
		cli_err("user add needs --role admin, focal or analyst");
		return cli_usage("user");
	}
	struct store st;
	if ((rc = cli_track_open(&st, db)))
		return rc;
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	struct track_user me;
	int64_t now = os_time();
	if (list) {
		struct store_table t;
		if (track_user_list(st.db, &a, &t, &d)) {
			cli_err("%s", d.msg);
			rc = EXIT_FAILURE_ALL;
		} else {
			rc = cli_print(&t, fmt);
		}
		goto out;
	}
	if ((rc = cli_actor(st.db, &a, as, &me)))
		goto out;
	int err = ACC_OK;
	if (!strcmp(verb, "add") || !strcmp(verb, "passwd")) {
		/* Authorize before asking for a password nobody may set. */
		struct track_user target;
		bool self = !strcmp(verb, "passwd") && !track_user_get(st.db, &a, str_c(name), &target, NULL) &&
			    me.id && target.id == me.id;
		if (track_authorize(&me, self ? TRACK_OWN_CREDENTIALS : TRACK_MANAGE_USERS, str_c(state))) {
			err = track_require(st.db, &me, TRACK_MANAGE_USERS, str_c(state),
					    arena_printf(&a, "user:%s", name), now, &d);
			goto done;
		}
		Str pw = read_password(&a);
		if (!pw.s) {
			rc = EXIT_USAGE;
			goto out;
		}
		if (!strcmp(verb, "add"))
			err = track_user_add(st.db, &a, &me, str_c(name), track_role_parse(str_c(role)), str_c(state), pw,
					     now, &d);
		else
			err = track_user_passwd(st.db, &a, &me, str_c(name), pw, now, &d);
		memset((char *)pw.s, 0, (size_t)pw.len);
		if (!err)
			printf("%s '%s'\n", !strcmp(verb, "add") ? "added" : "password changed for", name);
	} else if (!strcmp(verb, "disable")) {
		err = track_user_disable(st.db, &a, &me, str_c(name), now, &d);
		if (!err)
			printf("disabled '%s'\n", name);
	} else {
		char tok[TRACK_TOKEN_LEN + 1];
		err = track_token_create(st.db, &a, &me, str_c(name), now, tok, &d);
		if (!err)
			printf("%s\n", tok);
		memset(tok, 0, sizeof tok);
	}
done:
	if (err) {
		cli_err("%s", d.msg);
		rc = cli_track_status(err);
	}
out:
	arena_release(&a);
	store_release(&st);
	return rc;
}
