#!/usr/bin/env bash
# The backup and restore of the README ("Backup and restore"), tried end to end on this machine with Debian's
# PostgreSQL: a portal database with the demo data and a change made by a user is dumped (pg_dump, custom format),
# restored into an empty database (pg_restore), every table's row count, the audit trail and the sequences are
# compared, and the portal is started on the restored database, where the user finds the change and can add more.
#   src/ops/backup-roundtrip.sh       everything under target/backup-roundtrip, stopped again at the end
# Environment: PG_PORT (55433), PORTAL_PORT (18191, management +100).
source "$(dirname "$0")/common.sh"

WORK=${WORK:-$ROOT/target/backup-roundtrip}
PG_PORT=${PG_PORT:-55433}
PORTAL_PORT=${PORTAL_PORT:-18191}
MANAGEMENT_PORT=$((PORTAL_PORT + 100))
BASE="http://127.0.0.1:$PORTAL_PORT"
MANAGER=manager@demo.mekonginstitute.org
PASSWORD=Mekong-Demo-2026
export PGPASSWORD=portal

rm -rf "$WORK"; mkdir -p "$WORK"
COOKIES=$WORK/cookies.txt
trap stop_all EXIT

need_packages
build_portal

say "PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}'), Debian's package) on 127.0.0.1:$PG_PORT"
pg_create
psql_admin -c "create database portal owner portal" > /dev/null

say "The portal on database 'portal', with the demo data and a project a user adds"
start_portal SOURCE "$PORTAL_PORT" "$MANAGEMENT_PORT" portal --portal.demo-data=true
wait_ready SOURCE "$MANAGEMENT_PORT"
log_in "$BASE" "$MANAGER" "$PASSWORD"
new_project() { # new_project CODE: the new-project form filled in and sent
    local form token department
    form=$(page "$BASE/projects/new")
    token=$(csrf_of <<< "$form")
    department=$(grep -oE '<option value="[0-9]+"' <<< "$form" | head -1 | grep -oE '[0-9]+')
    page -o /dev/null -w '%{http_code}' \
        --data-urlencode "code=$1" --data-urlencode "title=Regional workshop on food safety, $1" \
        --data-urlencode "departmentId=$department" --data-urlencode "status=PIPELINE" \
        --data-urlencode "startDate=2027-03-01" --data-urlencode "endDate=2027-09-30" \
        --data-urlencode "sectorCode=43081" --data-urlencode "version=0" --data-urlencode "_csrf=$token" "$BASE/projects"
}
check "project OPS-BACKUP-1 saved" test "$(new_project OPS-BACKUP-1)" = 302
stop_portal SOURCE TERM
info "portal stopped, so that nothing changes between the backup and the comparison"

say "Backup: pg_dump --format=custom"
pg_dump_() { "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U portal "$@"; }
pg_dump_ --format=custom --file="$WORK/portal.dump" portal
info "$(du -h "$WORK/portal.dump" | cut -f1) in $WORK/portal.dump"

say "Restore into an empty database 'portal_restored': pg_restore"
psql_admin -c "create database portal_restored owner portal" > /dev/null
"$PG_BIN/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U portal --dbname=portal_restored --no-owner --no-acl \
    --exit-on-error "$WORK/portal.dump"
info "restored"

say "Every table, the audit trail and the sequences compared"
psql_() { "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d "$1" -c "$2"; }
COUNTS="select table_name, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from public.%I',
    table_name), false, true, '')))[1]::text from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1"
AUDIT="select count(*) || ' events, md5 ' || md5(coalesce(string_agg(a::text, E'\n' order by id), '')) from audit_event a"
SEQUENCES="select sequencename || '=' || coalesce(last_value::text, 'unused') from pg_sequences
    where schemaname = 'public' order by 1"
for db in portal portal_restored; do
    psql_ "$db" "$COUNTS" > "$WORK/$db.counts"
    psql_ "$db" "$AUDIT" > "$WORK/$db.audit"
    psql_ "$db" "$SEQUENCES" > "$WORK/$db.sequences"
done
paste -d'|' "$WORK/portal.counts" "$WORK/portal_restored.counts" \
    | awk -F'|' '{printf "   %-32s %9s %9s%s\n", $1, $2, $4, ($1 == $3 && $2 == $4) ? "" : "   <-- differs"}' \
    | sed '1i\   table                              backup  restored'
check "$(wc -l < "$WORK/portal.counts") tables, the same rows in each" diff -q "$WORK/portal.counts" "$WORK/portal_restored.counts"
check "audit trail identical ($(cat "$WORK/portal.audit"))" diff -q "$WORK/portal.audit" "$WORK/portal_restored.audit"
check "$(wc -l < "$WORK/portal.sequences") sequences at the same values" diff -q "$WORK/portal.sequences" "$WORK/portal_restored.sequences"
check "the data is not empty" test "$(grep -E '^(participant|activity|enrolment)\|' "$WORK/portal.counts" | awk -F'|' '{s += $2} END {print s}')" -gt 100

say "The portal on the restored database"
start_portal RESTORED "$PORTAL_PORT" "$MANAGEMENT_PORT" portal_restored --portal.demo-data=false
wait_ready RESTORED "$MANAGEMENT_PORT"
check "no migration was needed" grep -q 'No migration necessary' "$WORK/RESTORED.log"
rm -f "$COOKIES"
log_in "$BASE" "$MANAGER" "$PASSWORD"
check "the demo manager logs in and finds OPS-BACKUP-1" bash -c "curl -s -b '$COOKIES' '$BASE/projects?q=OPS-BACKUP' | grep -q 'OPS-BACKUP-1'"
check "a new project is saved after the restore (identities continue)" test "$(new_project OPS-BACKUP-2)" = 302
AFTER=$(psql_ portal_restored "select count(*) from audit_event")
check "the audit trail goes on ($(cut -d' ' -f1 "$WORK/portal.audit") → $AFTER events)" \
    test "$AFTER" -gt "$(cut -d' ' -f1 "$WORK/portal.audit")"

say "PASSED: backup and restore round trip; files in $WORK"
