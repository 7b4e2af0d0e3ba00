#!/usr/bin/env bash
# The portal's benchmark (see bench/README.md): the key pages on the demo data and on the large data set, with the
# portal's and PostgreSQL's CPU per request; one write flow; the first view of the reports after a change; the
# participant import; start-up. Prints every target beside its figure and writes bench/RESULTS.md.
#   bench/run.sh
# Environment: DURATION (default 20s), WARMUP (seconds, default 90), CONNECTIONS (default "16 64"), PORT (8089),
# MANAGEMENT_PORT (8090), PASSES (default "demo large"), IMPORT_PASSES (the passes that also import, default both).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-90}
CONNECTIONS=${CONNECTIONS:-"16 64"}
PORT=${PORT:-8089}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8090}
PASSES=${PASSES:-"demo large"}
IMPORT_PASSES=${IMPORT_PASSES:-"demo large"}
BASE="http://localhost:$PORT"
OUT=bench/out
mkdir -p "$OUT"

for tool in wrk bc python3; do
    if ! command -v $tool >/dev/null; then
        echo "Installing $tool"
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$tool"
    fi
done

./mvnw -q -B -DskipTests -Dlinux-only package
JAR=$(ls target/mekong-capacity-portal-*.jar | grep -v plain | head -1)

stop_portal() {
    if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID"; wait "$PID" 2>/dev/null || true
    fi
    PID=""
}
trap stop_portal EXIT

# The large data set, generated once into its own embedded database (kept between runs); the demo data is loaded
# by the portal's first start on an empty folder.
generate_large() {
    local dir=$1
    [ -f "$dir/.generated" ] && return
    echo "Generating the large data set into $dir"
    rm -rf "$dir"
    java -Xmx1g -jar "$JAR" --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
        --portal.embedded-db.data-dir="$dir" --portal.dataset.generate=true > "$OUT/generate.log" 2>&1 &
    PID=$!
    until grep -qE "Large data set generated|Application run failed" "$OUT/generate.log"; do sleep 2; done
    grep -E "Large data set generated" "$OUT/generate.log" || { tail -50 "$OUT/generate.log"; exit 1; }
    stop_portal
    touch "$dir/.generated"
}

# The portal as the README suggests deploying it: the jar extracted, with a class data sharing archive.
APP=target/bench-app
rm -rf "$APP"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
APP_JAR="$APP/$(basename "$JAR")"
echo "Training run for the class data sharing archive"
java -XX:ArchiveClassesAtExit="$APP/portal.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
    --portal.embedded-db.data-dir=bench/data/training > "$OUT/training.log" 2>&1
# Leaving at the end of the start skips closing the context, so its embedded PostgreSQL is still running: stop it.
pkill -INT -f "postgres -D bench/data/training" || true

start_portal() {
    local dir=$1 label=$2 kind=${3:-start-up}
    START=$(date +%s.%N)
    java -Xmx512m -XX:SharedArchiveFile="$APP/portal.jsa" -jar "$APP_JAR" --server.port="$PORT" \
        --management.server.port="$MANAGEMENT_PORT" --portal.embedded-db.data-dir="$dir" \
        > "$OUT/portal-$label.log" 2>&1 &
    PID=$!
    # Ready once the demo data or the data set is loaded (the readiness probe turns UP after the start-up tasks).
    until curl -sf -o /dev/null "http://localhost:$MANAGEMENT_PORT/actuator/health/readiness"; do sleep 0.1; done
    READY=$(date +%s.%N)
    printf "%s\t%s\t%s\t%s\n" "$label" "$kind" \
        "$(grep -oE "Started PortalApplication in [0-9.]+ seconds" "$OUT/portal-$label.log" | grep -oE "[0-9.]+" || echo "?")" \
        "$(echo "$READY - $START" | bc)" >> "$OUT/startup.tsv"
}

login() {
    local cookies="$OUT/cookies.txt"; rm -f "$cookies"
    local token
    token=$(curl -s -c "$cookies" -b "$cookies" "$BASE/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=manager@demo.mekonginstitute.org" \
        --data-urlencode "password=Mekong-Demo-2026" --data-urlencode "_csrf=$token" "$BASE/login"
    COOKIE=$(awk '$6 ~ /^(SESSION|JSESSIONID)$/ {printf "%s=%s; ", $6, $7}' "$cookies")
    COOKIES=$cookies
}

# A counter from the management port's Prometheus endpoint, e.g. portal_sql_statements_total.
metric() {
    curl -s "http://localhost:$MANAGEMENT_PORT/actuator/prometheus" | awk -v name="$1" '!found && $1 ~ "^" name "({|$)" {value = $2; found = 1} END {printf "%d", value}'
}

ticks() { python3 bench/cpu.py "$PID" "$1"; }

# One page at one number of connections: requests/s, latency, errors, SQL, portal and PostgreSQL CPU per request.
measure() {
    local label=$1 name=$2 path=$3 c=$4 dir=$5 script=${6:-}
    local sql_before sql_after out t0 t1
    sql_before=$(metric portal_sql_statements_total)
    t0=$(ticks "$dir")
    out=$(wrk -t2 -c"$c" -d"$DURATION" --latency ${script:+-s "$script"} -H "Cookie: $COOKIE" "$BASE$path")
    t1=$(ticks "$dir")
    sql_after=$(metric portal_sql_statements_total)
    local rps total p50 p99 non2xx sockerr
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    total=$(echo "$out" | awk '/requests in/ {print $1}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); non2xx=${non2xx:-0}
    sockerr=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}'); sockerr=${sockerr:-0}
    read -r a0 g0 <<< "$t0"; read -r a1 g1 <<< "$t1"
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$label" "$name" "$c" "$rps" "$p50" "$p99" \
        "$((non2xx + sockerr))" "$(echo "scale=2; ($sql_after - $sql_before) / $total" | bc)" \
        "$(echo "scale=3; ($a1 - $a0) * 10 / $total" | bc)" "$(echo "scale=3; ($g1 - $g0) * 10 / $total" | bc)" \
        | tee -a "$OUT/pages.tsv"
}

# Names in every script of the region, searched in turn (bench/search.lua).
SEARCH_SCRIPT=bench/search.lua

run_pass() {
    local label=$1 dir=$2
    start_portal "$dir" "$label"
    login
    local project activity asset
    project=$(curl -s -b "$COOKIES" "$BASE/projects?sort=code" | grep -oE 'href="/projects/[0-9]+"' | sed -n 3p | grep -oE '[0-9]+')
    activity=$(curl -s -b "$COOKIES" "$BASE/activities" | grep -oE 'href="/activities/[0-9]+"' | sed -n 5p | grep -oE '[0-9]+')
    asset=$(curl -s -b "$COOKIES" "$BASE/account/password" | grep -oE '/assets/css/portal-[0-9a-f]+\.css' | head -1)
    local pages=(
        "layout only|/account/password"
        "dashboard|/"
        "project list|/projects"
        "project detail|/projects/$project"
        "activity list|/activities"
        "activity detail|/activities/$activity"
        "activity participants|/activities/$activity/participants"
        "calendar JSON (month)|/calendar/events?start=2024-04-28&end=2024-06-09"
        "participant list|/participants"
        "participant search, nguyen|/participants?q=nguyen"
        "participant search, every script|/participants?q=nguyen"
        "reach report|/reports"
        "static asset|$asset"
    )
    echo "[$label] warming up for ${WARMUP}s"
    local end=$(( $(date +%s) + WARMUP ))
    while [ "$(date +%s)" -lt "$end" ]; do
        for entry in "${pages[@]}"; do
            wrk -t2 -c8 -d2s -H "Cookie: $COOKIE" "$BASE${entry#*|}" > /dev/null
        done
    done
    for entry in "${pages[@]}"; do
        local name=${entry%%|*} path=${entry#*|} script=""
        [ "$name" = "participant search, every script" ] && script=$SEARCH_SCRIPT
        for c in $CONNECTIONS; do measure "$label" "$name" "$path" "$c" "$dir" "$script"; done
    done
    python3 bench/write_flow.py "$BASE" "$project" "$PID" "$dir" | sed "s/^/$label\t/" | tee -a "$OUT/writes.tsv"
    # The reports' first view after that change: the figures are recounted for what changed.
    for page in "reach report|/reports" "dashboard|/"; do
        printf "%s\tfirst view after a change\t%s\t%s\n" "$label" "${page%%|*}" \
            "$(curl -s -o /dev/null -w '%{time_total}' -b "$COOKIES" "$BASE${page#*|}")" | tee -a "$OUT/writes.tsv"
    done
    if [ -x bench/import.sh ] && [[ " $IMPORT_PASSES " == *" $label "* ]]; then
        bench/import.sh "$BASE" "$COOKIES" "$activity" | sed "s/^/$label\t/" | tee -a "$OUT/writes.tsv"
    fi
    echo "$label	RSS	$(ps -o rss= -p "$PID" | awk '{printf "%d", $1/1024}')" >> "$OUT/startup.tsv"
    stop_portal
}

rm -f "$OUT/pages.tsv" "$OUT/writes.tsv" "$OUT/startup.tsv"
for pass in $PASSES; do
    case $pass in
        # The demo pass first creates its database and the demo data (the first start of a new installation),
        # then starts again as every later start does.
        demo) rm -rf bench/data/demo; start_portal bench/data/demo demo "first start"; stop_portal
              run_pass demo bench/data/demo ;;
        # Each run measures the data set as generated, on a copy: the write flow and the import of an earlier run
        # would otherwise stay in it, and every import's preview would be checked against more people of alike names.
        large) generate_large bench/data/postgres
               rm -rf bench/data/large; cp -a bench/data/postgres bench/data/large; rm -f bench/data/large/postmaster.pid
               run_pass large bench/data/large ;;
    esac
done
python3 bench/report.py "$OUT" > bench/RESULTS.md
cat bench/RESULTS.md
