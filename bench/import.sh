#!/usr/bin/env bash
# The participant import of bench/README.md ("Import"): a generated file of 10,000 people uploaded into an activity
# through HTTP as a browser sends it; the time until its preview is checked, then the time from confirming until the
# import is done. Prints two lines: "import<TAB>preview|import N lines<TAB>seconds".
# A new seed for each run (the time, unless SEED is set): the people of an earlier run are registered already, and
# a file of theirs would be previewed and imported as people to reuse, not to create.
#   bench/import.sh BASE COOKIE_JAR ACTIVITY_ID [LINES]
set -euo pipefail
BASE=$1 COOKIES=$(realpath "$2") ACTIVITY=$3 LINES=${4:-10000} SEED=${SEED:-$(date +%s)}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
# A step that fails says so, rather than ending a scripted run without a word.
trap 'echo "import	failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")" # the cookie jar's path is absolute, so it survives this
java ImportFile.java "$LINES" "$SEED" > "$DIR/import.csv"

now() { date +%s.%N; }
token() { grep -oE 'name="_csrf" value="[^"]+"' "$1" | head -1 | sed -E 's/.*value="([^"]+)"/\1/'; }

# Waits until the import's page no longer shows its progress; prints the page's final address.
wait_done() {
    local url=$1
    while :; do
        curl -s -b "$COOKIES" -c "$COOKIES" -o "$DIR/page.html" -w '%{http_code} %{redirect_url}\n' "$url" > "$DIR/status"
        if ! grep -q 'import-progress' "$DIR/page.html" || grep -q 'alert-danger' "$DIR/page.html"; then
            cat "$DIR/status"
            return
        fi
        sleep 0.2
    done
}

curl -s -b "$COOKIES" -c "$COOKIES" -o "$DIR/form.html" "$BASE/participants/import?activity=$ACTIVITY"
CSRF=$(grep -oE '_csrf=[A-Za-z0-9_-]+' "$DIR/form.html" | head -1 | cut -d= -f2)
start=$(now)
location=$(curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null -w '%{redirect_url}' \
    -F "file=@$DIR/import.csv;type=text/csv" -F role=PARTICIPANT -F status=REGISTERED \
    "$BASE/participants/import?activity=$ACTIVITY&_csrf=$CSRF")
answered=$(now)
[[ $location == */participants/import/* ]] || { echo "import	upload refused	$location"; exit 1; }
wait_done "$location" > /dev/null
checked=$(now)
printf "import\tupload answered (%d lines)\t%.2f s\n" "$LINES" "$(echo "$answered - $start" | bc)"
printf "import\tpreview %d lines\t%.2f s\n" "$LINES" "$(echo "$checked - $start" | bc)"

CSRF=$(token "$DIR/page.html")
start=$(now)
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null --data-urlencode "_csrf=$CSRF" -d onlyValid=true "$location"
answered=$(now)
final=$(wait_done "$location")
done_at=$(now)
printf "import\tconfirm answered\t%.2f s\n" "$(echo "$answered - $start" | bc)"
printf "import\timport %d lines\t%.2f s\t%s\n" "$LINES" "$(echo "$done_at - $start" | bc)" "${final#* }"
