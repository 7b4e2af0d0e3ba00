# Shared by the scripts in src/ops: a PostgreSQL server of Debian's package in a folder of its own, and portal
# instances started from the built jar. Sourced, not run. Everything lives under $WORK and listens on 127.0.0.1 only.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PIDS=()

say() { printf '\n== %s\n' "$*"; }
info() { printf '   %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
check() { # check "what" test-command...
    local what=$1; shift
    if "$@"; then info "ok: $what"; else fail "$what"; fi
}

# Debian's PostgreSQL server and client, nginx and curl, installed when missing.
need_packages() {
    local missing=()
    ls -d /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1 || missing+=(postgresql)
    for tool in "$@"; do command -v "$tool" > /dev/null || missing+=("$tool"); done
    command -v curl > /dev/null || missing+=(curl)
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing ${missing[*]} (Debian packages)"
        local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
}

# The portal's jar, built without tests (./mvnw verify runs them).
build_portal() {
    if [ -z "${PORTAL_JAR:-}" ]; then
        say "Building the portal"
        (cd "$ROOT" && ./mvnw -q -B -Dmaven.test.skip=true -Dcheckstyle.skip -Dspotless.check.skip=true package)
        PORTAL_JAR=$(ls "$ROOT"/target/mekong-capacity-portal-*.jar | head -1)
    fi
    info "jar: ${PORTAL_JAR#$ROOT/}"
}

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A fresh cluster in $WORK/pg on $PG_PORT, with the role "portal" (password "portal").
pg_create() {
    PG_DATA=$WORK/pg/data
    PG_SOCKET=$WORK/pg/socket
    rm -rf "$WORK/pg"
    mkdir -p "$PG_DATA" "$PG_SOCKET"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$WORK/pg"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 > "$WORK/pg/initdb.log"
    pg_start
    psql_admin -c "create role portal login password 'portal'" > /dev/null
}

pg_start() {
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_SOCKET -c listen_addresses=127.0.0.1" start > /dev/null
}

pg_stop() {
    if [ -n "${PG_DATA:-}" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null || true
    fi
}

psql_admin() {
    as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET" -p "$PG_PORT" -U postgres "$@"
}

# start_portal NAME PORT MANAGEMENT_PORT DATABASE [extra arguments]: in the background, logs as JSON in $WORK/NAME.log.
start_portal() {
    local name=$1 port=$2 management=$3 database=$4; shift 4
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$database" \
        SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD=portal \
        PORTAL_MANAGEMENT_PORT=$management LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
        java -Xmx384m -XX:TieredStopAtLevel=1 -jar "$PORTAL_JAR" --server.port="$port" \
        --server.address=127.0.0.1 --management.server.address=127.0.0.1 --spring.main.banner-mode=off "$@" \
        >> "$WORK/$name.log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    eval "PID_$name=$pid"
}

# wait_ready NAME MANAGEMENT_PORT: until the instance's readiness probe says UP (or it died).
wait_ready() {
    local name=$1 management=$2 pid_var="PID_$1" started=$SECONDS
    until curl -fs -o /dev/null "http://127.0.0.1:$management/actuator/health/readiness"; do
        kill -0 "${!pid_var}" 2> /dev/null || { tail -n 40 "$WORK/$name.log"; fail "instance $name did not start"; }
        [ $((SECONDS - started)) -lt 300 ] || fail "instance $name not ready after 300 s"
        sleep 1
    done
    info "instance $name ready after $((SECONDS - started)) s"
}

# stop_portal NAME [SIGNAL]: TERM (graceful, the default) or KILL.
stop_portal() {
    local pid_var="PID_$1" signal=${2:-TERM}
    kill "-$signal" "${!pid_var}" 2> /dev/null || true
    wait "${!pid_var}" 2> /dev/null || true
}

stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
    pg_stop
}

# A user of the portal with curl: one cookie jar, CSRF tokens read from pages.
COOKIES=""
page() { curl -s -b "$COOKIES" -c "$COOKIES" "$@"; }
csrf_of() { grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed 's/.*value="//;s/"$//'; }
log_in() { # log_in BASE EMAIL PASSWORD
    local token
    token=$(page "$1/login" | csrf_of)
    local location
    location=$(page -o /dev/null -w '%{redirect_url}' --data-urlencode "email=$2" --data-urlencode "password=$3" \
        --data-urlencode "_csrf=$token" "$1/login")
    case "$location" in */) ;; *) fail "login as $2 refused (redirected to $location)" ;; esac
}
