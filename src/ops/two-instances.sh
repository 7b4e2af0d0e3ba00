#!/usr/bin/env bash
# Several instances of the portal on this machine, with real parts (README "Several instances behind a load
# balancer"): Debian's PostgreSQL server, two portal instances from the built jar and Debian's nginx balancing
# between them. Then, as a user would through nginx: log in, work across both instances, see the figures each
# instance keeps in memory follow a change made on the other, stop one instance (gracefully) and later kill the
# other mid-session and carry on logged in with nothing lost, restart PostgreSQL under load, and read the JSON logs.
#   src/ops/two-instances.sh          everything under target/two-instances, stopped again at the end
# Environment: PG_PORT (55432), NGINX_PORT (18090), A_PORT/B_PORT (18091/18092), management ports +100.
source "$(dirname "$0")/common.sh"

WORK=${WORK:-$ROOT/target/two-instances}
PG_PORT=${PG_PORT:-55432}
NGINX_PORT=${NGINX_PORT:-18090}
A_PORT=${A_PORT:-18091}
B_PORT=${B_PORT:-18092}
A_MANAGEMENT=$((A_PORT + 100))
B_MANAGEMENT=$((B_PORT + 100))
LB="http://127.0.0.1:$NGINX_PORT"
A="http://127.0.0.1:$A_PORT"
B="http://127.0.0.1:$B_PORT"
MANAGER=manager@demo.mekonginstitute.org
PASSWORD=Mekong-Demo-2026

rm -rf "$WORK"; mkdir -p "$WORK"
COOKIES=$WORK/cookies.txt
trap 'stop_nginx; stop_all' EXIT

need_packages nginx
build_portal

say "PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}'), Debian's package) on 127.0.0.1:$PG_PORT"
pg_create
psql_admin -c "create database portal owner portal" > /dev/null

say "Two portal instances on one database: A on :$A_PORT, B on :$B_PORT"
start_portal A "$A_PORT" "$A_MANAGEMENT" portal --portal.demo-data=true
wait_ready A "$A_MANAGEMENT"
start_portal B "$B_PORT" "$B_MANAGEMENT" portal --portal.demo-data=false
wait_ready B "$B_MANAGEMENT"

say "nginx on :$NGINX_PORT balancing between them (no sticky sessions)"
mkdir -p "$WORK/nginx/tmp" && chmod 1777 "$WORK/nginx/tmp"
cat > "$WORK/nginx/nginx.conf" << EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 256; }
http {
    access_log $WORK/nginx/access.log;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    upstream portal {
        server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=10s;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        client_max_body_size 8m;
        location / {
            proxy_pass http://portal;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Port \$server_port;
            # An instance that is gone (connection refused) is skipped; a request it never received goes to the other.
            proxy_next_upstream error timeout;
            add_header X-Served-By \$upstream_addr always;
        }
    }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
stop_nginx() { kill "$NGINX_PID" 2> /dev/null || true; wait "$NGINX_PID" 2> /dev/null || true; }
until curl -s -o /dev/null "$LB/login"; do sleep 0.2; done

instance_of() { case "$1" in *":$A_PORT") echo A ;; *":$B_PORT") echo B ;; *) echo "?($1)" ;; esac; }
served_by() { page -o /dev/null -D - "$LB$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-served-by" {print $2}'; }

say "Logged in through nginx as the demo manager; each request goes to either instance"
log_in "$LB" "$MANAGER" "$PASSWORD"
SEEN=""
for path in / /projects /activities /participants /reports /calendar; do
    SEEN="$SEEN $(instance_of "$(served_by "$path")")"
done
info "pages served by:$SEEN"
check "one session served by both instances" bash -c "[[ '$SEEN' == *A* && '$SEEN' == *B* ]]"

# Figures each instance keeps in memory until the data changes: the project list total and the dashboard's count
# of ongoing projects, read from each instance directly.
projects_total() { page "$1/projects" | grep -oE 'of [0-9,]+ projects' | head -1 | grep -oE '[0-9,]+' | tr -d ,; }
ongoing() {
    page "$1/" | tr -d '\n' | grep -oE 'class="stat">[0-9,]+</div>[[:space:]]*<div class="stat-label">Ongoing projects' \
        | grep -oE '>[0-9,]+<' | tr -d '<>,'
}
figures() { echo "A: $(projects_total "$A") projects, $(ongoing "$A") ongoing · B: $(projects_total "$B") projects, $(ongoing "$B") ongoing"; }

# create_project BASE CODE [FORM_PAGE_BASE]: the new-project form read from FORM_PAGE_BASE, posted to BASE.
create_project() {
    local form
    form=$(page "${3:-$1}/projects/new")
    local token department
    token=$(csrf_of <<< "$form")
    department=$(grep -oE '<option value="[0-9]+"' <<< "$form" | head -1 | grep -oE '[0-9]+')
    page -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "code=$2" --data-urlencode "title=Learning visit on cross-border trade, $2" \
        --data-urlencode "departmentId=$department" --data-urlencode "status=ONGOING" \
        --data-urlencode "startDate=2026-01-01" --data-urlencode "endDate=2027-12-31" \
        --data-urlencode "sectorCode=43081" --data-urlencode "version=0" --data-urlencode "_csrf=$token" \
        "$1/projects"
}

say "Figures kept in memory follow a change made on the other instance"
BEFORE=$(figures); info "before: $BEFORE"
TOTAL_BEFORE=$(projects_total "$B"); ONGOING_BEFORE=$(ongoing "$B")
RESULT=$(create_project "$A" "OPS-TWO-1")
info "project OPS-TWO-1 created on A: $RESULT"
AFTER=$(figures); info "after:  $AFTER"
EXPECTED="A: $((TOTAL_BEFORE + 1)) projects, $((ONGOING_BEFORE + 1)) ongoing · B: $((TOTAL_BEFORE + 1)) projects, $((ONGOING_BEFORE + 1)) ongoing"
check "both instances count the new project" test "$AFTER" = "$EXPECTED"

say "Instance A stopped (graceful) mid-session: a form opened on A is sent after A is gone"
FORM_FROM_A=$(page "$A/projects/new")
stop_portal A TERM
check "A finished its requests and stopped gracefully" grep -q 'Graceful shutdown complete' "$WORK/A.log"
TOKEN=$(csrf_of <<< "$FORM_FROM_A")
DEPARTMENT=$(grep -oE '<option value="[0-9]+"' <<< "$FORM_FROM_A" | head -1 | grep -oE '[0-9]+')
RESULT=$(page -o /dev/null -D "$WORK/headers.txt" -w '%{http_code} %{redirect_url}' \
    --data-urlencode "code=OPS-TWO-2" --data-urlencode "title=Training of trainers on labour migration, OPS-TWO-2" \
    --data-urlencode "departmentId=$DEPARTMENT" --data-urlencode "status=ONGOING" \
    --data-urlencode "startDate=2026-02-01" --data-urlencode "endDate=2027-06-30" \
    --data-urlencode "sectorCode=43081" --data-urlencode "version=0" --data-urlencode "_csrf=$TOKEN" "$LB/projects")
info "form sent through nginx: $RESULT, served by $(instance_of "$(tr -d '\r' < "$WORK/headers.txt" | awk -F': ' 'tolower($1) == "x-served-by" {print $NF}')")"
check "the form was accepted (saved, still logged in)" bash -c "[[ '$RESULT' == 302*/projects/[0-9]* ]]"
check "the next pages still show the user logged in" bash -c "curl -s -b '$COOKIES' '$LB/' | grep -q 'Log out'"

say "A started again; B killed (SIGKILL) mid-session"
start_portal A "$A_PORT" "$A_MANAGEMENT" portal --portal.demo-data=false
wait_ready A "$A_MANAGEMENT"
stop_portal B KILL
info "B killed"
page "$LB/projects?q=OPS-TWO" > "$WORK/list.html"
check "still logged in through nginx, on A alone" bash -c "curl -s -b '$COOKIES' '$LB/' | grep -q 'Log out'"
check "both projects made during the session are there" \
    bash -c "grep -q 'OPS-TWO-1' '$WORK/list.html' && grep -q 'OPS-TWO-2' '$WORK/list.html'"
check "A, started after both changes, counts them" test "$(projects_total "$A")" = "$((TOTAL_BEFORE + 2))"

say "PostgreSQL restarted under load"
start_portal B "$B_PORT" "$B_MANAGEMENT" portal --portal.demo-data=false
wait_ready B "$B_MANAGEMENT"
LOAD=$WORK/load.txt; : > "$LOAD"
(
    end=$((SECONDS + 25))
    while [ $SECONDS -lt $end ]; do
        for _ in 1 2 3 4; do
            curl -s -o /dev/null -b "$COOKIES" -w "%{http_code} $(date +%s.%N)\n" "$LB/projects" >> "$LOAD" &
        done
        wait
    done
) &
LOADER=$!
sleep 5
RESTART_AT=$(date +%s.%N)
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w restart \
    -o "-p $PG_PORT -k $PG_SOCKET -c listen_addresses=127.0.0.1" > /dev/null
BACK_AT=$(date +%s.%N)
wait "$LOADER"
info "PostgreSQL down and up again in $(echo "$BACK_AT - $RESTART_AT" | bc | xargs printf '%.1f') s"
info "answers during the run: $(awk '{print $1}' "$LOAD" | sort | uniq -c | awk '{printf "%s × %s  ", $1, $2}')"
FIRST_OK=$(awk -v back="$BACK_AT" '$1 == 200 && $2 > back {print $2; exit}' "$LOAD")
check "every answer was a page or the try-again page (no server error)" \
    bash -c "! awk '{print \$1}' '$LOAD' | grep -vqE '^(200|503)$'"
check "pages served again after the restart, without restarting the portal" test -n "$FIRST_OK"
info "first page served $(echo "$FIRST_OK - $BACK_AT" | bc | xargs printf '%.1f') s after PostgreSQL was back"
check "A and B ready again" bash -c "curl -fs -o /dev/null http://127.0.0.1:$A_MANAGEMENT/actuator/health/readiness && curl -fs -o /dev/null http://127.0.0.1:$B_MANAGEMENT/actuator/health/readiness"

say "Logs as JSON (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs)"
for name in A B; do
    lines=$(grep -c . "$WORK/$name.log")
    check "all $lines lines of $name.log are JSON documents" \
        python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1]) if l.strip()]" "$WORK/$name.log"
done
info "e.g. $(grep -m1 'could not be reached' "$WORK/B.log" | cut -c1-300 || true)"

say "PASSED: two instances behind nginx share logins, figures and data; logs in $WORK"
