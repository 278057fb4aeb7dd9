/* authz.c: who may write what: the one place every write asks (see track.h) */
#include "track.h"

#include <stdio.h>
#include <string.h>

int track_authorize(const struct track_user *u, enum track_action act, Str state)
{
	if (!u || u->role == TRACK_ANON || u->disabled)
		return ACC_EPERM;
	if (act <= 0 || act >= TRACK_NACTIONS)
		return ACC_EPERM;
	if (act == TRACK_OWN_CREDENTIALS)
		return ACC_OK;
	switch (u->role) {
	case TRACK_ADMIN:
		return ACC_OK;
	case TRACK_FOCAL:
		/* A focal point writes its own state's record, nothing else. */
		if ((act == TRACK_ASSESS || act == TRACK_ADD_EVIDENCE) && u->state[0] &&
		    str_eq(state, str_c(u->state)))
			return ACC_OK;
		return ACC_EPERM;
	case TRACK_ANALYST:
		return act == TRACK_COMMENT ? ACC_OK : ACC_EPERM;
	default:
		return ACC_EPERM;
	}
}

int track_require(sqlite3 *db, const struct track_user *u, enum track_action act, Str state, Str object,
		  int64_t now, struct diag *d)
{
	if (!track_authorize(u, act, state))
		return ACC_OK;
	Str who = u && u->name.len ? u->name : S("anonymous");
	char after[160];
	snprintf(after, sizeof after, "{\"role\":\"%s\",\"state\":\"%.*s\"}", track_role_name(u ? u->role : 0),
		 track_state_ok(state) ? 3 : 0, state.s ? state.s : "");
	int rc = track_audit_append(db, u, str_c(track_action_name(act)), object, S(""), str_c(after),
				    S("denied"), now, d);
	if (rc)
		return rc;
	if (u && u->role == TRACK_FOCAL && track_state_ok(state))
		return diag_set(d, ACC_EPERM, -1, "permission denied: '%.*s' (focal point of %s) may not %s for %.*s",
				(int)who.len, who.s, u->state, track_action_name(act), 3, state.s);
	return diag_set(d, ACC_EPERM, -1, "permission denied: '%.*s' (%s) may not %s", (int)who.len, who.s,
			track_role_name(u ? u->role : 0), track_action_name(act));
}
