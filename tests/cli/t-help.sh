# t-help.sh: the command's help and dispatch
. "$(dirname "$0")/lib.sh"
expect_status help-lists-commands 0 "$ACCORD" --help
expect_grep help-names-extract extract "$TMP/out"
expect_status help-of-extract 0 "$ACCORD" help extract
expect_grep help-extract-has-formats "format eval" "$TMP/out"
expect_status no-args-is-usage 2 "$ACCORD"
expect_status unknown-command-is-usage 2 "$ACCORD" frobnicate
expect_grep unknown-command-says-so "no such command 'frobnicate'" "$TMP/err"
expect_status extract-without-files-is-usage 2 "$ACCORD" extract
