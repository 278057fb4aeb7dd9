# t-badinput.sh: files that cannot be read get one line naming them and the
# reason, exit status 1, and the good file given with them is still processed
. "$(dirname "$0")/lib.sh"

good="$TMP/good.txt"
printf 'The ministers of Ruritania and Freedonia met in Zenda on 3 May 2024.\nThey agreed to meet again.\n' >"$good"

# bad NAME FILE MESSAGE: extract FILE together with the good file
bad() {
	# (lib.sh's helpers use $n: keep our own names)
	bname=$1 bfile=$2 bmsg=$3
	expect_status "$bname-exits-1" 1 "$ACCORD" extract --format summary "$good" "$bfile"
	expect_grep "$bname-names-file-and-reason" "^accord: cannot read '$bfile': $bmsg" "$TMP/err"
	if [ "$(wc -l <"$TMP/err")" -eq 1 ]; then ok "$bname-one-line"; else fail "$bname-one-line" "$(head -c 300 "$TMP/err")"; fi
	expect_grep "$bname-good-still-read" "^good.txt " "$TMP/out"
}

bad missing "$TMP/no-such-file.txt" "no such file"

: >"$TMP/empty.txt"
bad empty "$TMP/empty.txt" "empty file"
printf ' \n\t\r\n  \n' >"$TMP/blank.txt"
bad blank "$TMP/blank.txt" "empty file"

printf 'The envoy arrived.\nThe king \351met him.\n' >"$TMP/latin1.txt"
bad invalid-utf8 "$TMP/latin1.txt" "invalid UTF-8 at byte 28"

printf 'The envoy\000 arrived.\n' >"$TMP/nul.txt"
bad nul "$TMP/nul.txt" "NUL byte at byte 9"

cp /bin/true "$TMP/true.txt"
bad binary "$TMP/true.txt" "binary file"

# over the size limit: refused from its size alone, without reading it
truncate -s 500M "$TMP/huge.txt"
t0=$(date +%s)
bad too-large "$TMP/huge.txt" "file too large"
t1=$(date +%s)
if [ $((t1 - t0)) -le 2 ]; then ok too-large-fails-fast; else fail too-large-fails-fast "took $((t1 - t0)) s"; fi
rm -f "$TMP/huge.txt"

head -c 100000000 /dev/zero | tr '\0' a >"$TMP/longline.txt"
bad long-line "$TMP/longline.txt" "line 1 longer than 1 MiB"
rm -f "$TMP/longline.txt"

# a directory argument is walked: its regular files are read, special files skipped
mkdir -p "$TMP/dir/sub"
cp "$good" "$TMP/dir/sub/inner.txt"
if mkfifo "$TMP/dir/fifo" 2>/dev/null; then :; fi
expect_status dir-walked 0 "$ACCORD" extract --format summary "$TMP/dir"
expect_grep dir-file-read "^inner.txt " "$TMP/out"
expect_grep dir-counted "^1 documents (0 failed)" "$TMP/out"
