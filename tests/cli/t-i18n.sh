# t-i18n.sh: the message catalogues (po/): both compile with msgfmt -c,
# every message is translated and none is fuzzy, and po/accord.pot is the
# template of today's sources (`make pot` after adding a T() message), so
# every msgid of the pages is in both catalogues.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}
if ! command -v msgfmt >/dev/null || ! command -v xgettext >/dev/null; then
	echo "catalogue tests need gettext: sudo apt-get install -y gettext" >&2
	echo "ok i18n-skipped-no-gettext"
	exit 0
fi
for po in "$ROOT"/po/*.po; do
	l=$(basename "$po" .po)
	msgfmt -c --statistics -o /dev/null "$po" >"$TMP/stat" 2>&1 && ok "i18n-$l-compiles" || fail "i18n-$l-compiles" "$(head -n 3 "$TMP/stat")"
	# "N translated messages." and nothing about fuzzy or untranslated ones
	grep -q '^[0-9][0-9]* translated messages\.$' "$TMP/stat" && ok "i18n-$l-complete" ||
		fail "i18n-$l-complete" "$(cat "$TMP/stat")"
	msgattrib --only-fuzzy --no-obsolete "$po" 2>/dev/null | grep -q '^msgid "[^"]' && fail "i18n-$l-no-fuzzy" "fuzzy messages" ||
		ok "i18n-$l-no-fuzzy"
	msgattrib --only-obsolete "$po" 2>/dev/null | grep -q '^#~ msgid' && fail "i18n-$l-no-obsolete" "obsolete messages: run make pot" ||
		ok "i18n-$l-no-obsolete"
done
[ -f "$ROOT/po/ru.po" ] && [ -f "$ROOT/po/zh_Hans.po" ] && ok i18n-both-catalogues || fail i18n-both-catalogues "po/ru.po, po/zh_Hans.po"

# The template of the sources as they are now, against the committed one
# and against each catalogue (msgcmp: every msgid of the template defined).
(cd "$ROOT" && make -s BUILD="$BUILD" "$BUILD/gen/accord.pot") >"$TMP/make" 2>&1 || fail i18n-pot-builds "$(tail -n 3 "$TMP/make")"
msgids() { msgattrib --no-location --no-wrap --sort-output "$1" | grep -v '^"POT-Creation-Date' | grep -v '^#\.'; }
msgids "$ROOT/$BUILD/gen/accord.pot" >"$TMP/fresh"
msgids "$ROOT/po/accord.pot" >"$TMP/committed"
diff "$TMP/committed" "$TMP/fresh" >"$TMP/diff" && ok i18n-pot-up-to-date ||
	fail i18n-pot-up-to-date "po/accord.pot is not today's template (make pot): $(grep '^[<>] msgid' "$TMP/diff" | head -n 3 | tr '\n' ' ')"
for po in "$ROOT"/po/*.po; do
	l=$(basename "$po" .po)
	msgcmp "$po" "$ROOT/$BUILD/gen/accord.pot" >"$TMP/cmp" 2>&1 && ok "i18n-$l-has-every-msgid" ||
		fail "i18n-$l-has-every-msgid" "$(head -n 2 "$TMP/cmp" | tr '\n' ' ')"
done
# Every T() of the pages is a msgid: a call with a variable is marked N_()
# where its strings are written (html.c's nav, page tables, labels.c).
n=$(grep -c 'msgid "' "$ROOT/po/accord.pot")
[ "$n" -gt 250 ] && ok i18n-template-size || fail i18n-template-size "$n msgids"
exit 0
