#!/usr/bin/env bash
# Page benchmark of the Mekong Capacity Portal on the large data set (see bench/README.md).
#   bench/run.sh            build, generate the data set once, start the portal (-Xmx512m), measure, write RESULTS.md
# Environment: DURATION (default 20s), WARMUP (seconds, default 120), CONNECTIONS (default "16 64"), PORT (8089),
# MANAGEMENT_PORT (8090: metrics, read for the SQL statement count).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-120}
CONNECTIONS=${CONNECTIONS:-"16 64"}
PORT=${PORT:-8089}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8090}
DATA_DIR=${DATA_DIR:-bench/data/postgres}
BASE="http://localhost:$PORT"
OUT=bench/out
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
    echo "Installing wrk"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk
fi

./mvnw -q -B -DskipTests package
JAR=$(ls target/mekong-capacity-portal-*.jar | grep -v plain | head -1)

stop_portal() {
    if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID"; wait "$PID" 2>/dev/null || true
    fi
}
trap stop_portal EXIT

# 1. The data set, generated once into its own embedded database (kept between runs).
if [ ! -f "$DATA_DIR/.generated" ]; then
    echo "Generating the large data set into $DATA_DIR"
    rm -rf "$DATA_DIR"
    java -Xmx1g -jar "$JAR" --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
        --portal.embedded-db.data-dir="$DATA_DIR" \
        --portal.dataset.generate=true > "$OUT/generate.log" 2>&1 &
    PID=$!
    until grep -qE "Large data set generated|Application run failed" "$OUT/generate.log"; do sleep 2; done
    grep -E "Large data set generated" "$OUT/generate.log" || { tail -50 "$OUT/generate.log"; exit 1; }
    stop_portal
    touch "$DATA_DIR/.generated"
fi

# 2. The portal as it would be deployed (see README, "Faster start-up"): the jar extracted, with a class data
#    sharing archive from a training run that starts the application context once and exits.
APP=target/bench-app
rm -rf "$APP"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
APP_JAR="$APP/$(basename "$JAR")"
echo "Training run for the class data sharing archive"
java -XX:ArchiveClassesAtExit="$APP/portal.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" --portal.embedded-db.data-dir="$DATA_DIR" \
    > "$OUT/training.log" 2>&1

# 3. The portal: heap capped at 512 MB; metrics exposed on its management port to count SQL statements.
START=$(date +%s.%N)
java -Xmx512m -XX:SharedArchiveFile="$APP/portal.jsa" -jar "$APP_JAR" --server.port="$PORT" \
    --management.server.port="$MANAGEMENT_PORT" --portal.embedded-db.data-dir="$DATA_DIR" \
    --management.endpoints.web.exposure.include=health,metrics > "$OUT/portal.log" 2>&1 &
PID=$!
until curl -s -o /dev/null "$BASE/login"; do sleep 0.2; done
READY=$(date +%s.%N)
STARTED_LOG=$(grep -oE "Started PortalApplication in [0-9.]+ seconds" "$OUT/portal.log" | grep -oE "[0-9.]+" || echo "?")
STARTUP=$(echo "$READY - $START" | bc)

# 4. Log in as the demo manager; wrk sends the session cookie.
JAR_COOKIES="$OUT/cookies.txt"; rm -f "$JAR_COOKIES"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=manager@demo.mekonginstitute.org" \
    --data-urlencode "password=Mekong-Demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
COOKIE=$(awk '$6 ~ /^(SESSION|JSESSIONID)$/ {printf "%s=%s; ", $6, $7}' "$JAR_COOKIES")

# Ids from the generated data: a project and an activity in the middle of the range.
PROJECT=$(curl -s -b "$JAR_COOKIES" "$BASE/projects?q=GEN-1000" | grep -oE 'href="/projects/[0-9]+"' | head -1 | grep -oE '[0-9]+')
ACTIVITY=$(curl -s -b "$JAR_COOKIES" "$BASE/activities?q=15000" | grep -oE 'href="/activities/[0-9]+"' | head -1 | grep -oE '[0-9]+')
ASSET=$(curl -s -b "$JAR_COOKIES" "$BASE/" | grep -oE '/assets/css/portal-[0-9a-f]+\.css' | head -1)

PAGES=(
    "dashboard|/"
    "project list|/projects"
    "project detail|/projects/$PROJECT"
    "activity list|/activities"
    "activity detail|/activities/$ACTIVITY"
    "calendar JSON (month)|/calendar/events?start=2024-04-28&end=2024-06-09"
    "participant search|/participants?q=nguyen"
    "reach report|/reports"
    "static asset|$ASSET"
)

metric() {
    curl -s "http://localhost:$MANAGEMENT_PORT/actuator/metrics/$1" | grep -oE '"value":[0-9.E+-]+' | head -1 | cut -d: -f2
}

echo "Warming up for ${WARMUP}s"
END=$(( $(date +%s) + WARMUP ))
while [ "$(date +%s)" -lt "$END" ]; do
    for entry in "${PAGES[@]}"; do
        wrk -t2 -c8 -d2s -H "Cookie: $COOKIE" "$BASE${entry#*|}" > /dev/null
    done
done

RESULTS="$OUT/results.tsv"
printf "page\tconnections\trequests/s\tp50\tp99\terrors\tSQL/request\n" > "$RESULTS"
for entry in "${PAGES[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    for c in $CONNECTIONS; do
        sql_before=$(metric portal.sql.statements)
        out=$(wrk -t2 -c"$c" -d"$DURATION" --latency -H "Cookie: $COOKIE" "$BASE$path")
        sql_after=$(metric portal.sql.statements)
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        total=$(echo "$out" | awk '/requests in/ {print $1}')
        p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
        p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
        non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); non2xx=${non2xx:-0}
        sockerr=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}'); sockerr=${sockerr:-0}
        sql=$(echo "scale=2; ($sql_after - $sql_before) / $total" | bc)
        printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$name" "$c" "$rps" "$p50" "$p99" "$((non2xx + sockerr))" "$sql" | tee -a "$RESULTS"
    done
done

RSS=$(ps -o rss= -p "$PID" | awk '{printf "%d", $1/1024}')
{
    echo "# Benchmark results"
    echo
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo) ·"
    echo "$(java -version 2>&1 | head -1) · heap capped at 512 MB · wrk over loopback, $DURATION per run after ${WARMUP}s warm-up."
    echo
    echo "Data set: $(grep -oE 'Counts\[[^]]+\]' "$DATA_DIR/../../out/generate.log" 2>/dev/null || echo 'see bench/out/generate.log')"
    echo
    echo "Start-up: ${STARTED_LOG}s (Spring's own figure), ${STARTUP}s until the login page answered. Portal RSS after the runs: ${RSS} MB."
    echo
    echo "| page | connections | requests/s | p50 | p99 | errors | SQL statements/request |"
    echo "|---|---|---|---|---|---|---|"
    tail -n +2 "$RESULTS" | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}'
} > bench/RESULTS.md
cat bench/RESULTS.md
