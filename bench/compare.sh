#!/usr/bin/env bash
# The cost of one page in two builds of the portal, measured at once (see bench/README.md, "How to read it"):
#   bench/compare.sh JAR_A JAR_B PATH [ROUNDS]
# Both jars run side by side on copies of the demo data (bench/data/demo, made by bench/run.sh), warmed together, then
# PATH is measured in alternating 8 s windows at 16 connections; prints portal CPU ms/request per window and the means.
set -uo pipefail
A=$(realpath "$1"); B=$(realpath "$2"); P=$3; ROUNDS=${4:-6}
cd "$(dirname "$0")/.."
rm -rf /tmp/ab-a /tmp/ab-b; cp -r bench/data/demo /tmp/ab-a; cp -r bench/data/demo /tmp/ab-b; rm -f /tmp/ab-a/postmaster.pid /tmp/ab-b/postmaster.pid
java -Xmx512m -jar "$A" --server.port=8301 --management.server.port=8300 --portal.embedded-db.data-dir=/tmp/ab-a > /tmp/ab-a.log 2>&1 & PA=$!
java -Xmx512m -jar "$B" --server.port=8401 --management.server.port=8400 --portal.embedded-db.data-dir=/tmp/ab-b > /tmp/ab-b.log 2>&1 & PB=$!
trap "kill $PA $PB; wait 2>/dev/null" EXIT
for port in 8300 8400; do until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.5; done; done
cookie() {
  local C=/tmp/ab-cj-$1; rm -f $C
  local T=$(curl -s -c $C -b $C http://localhost:$1/login | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c $C -b $C --data-urlencode "email=manager@demo.mekonginstitute.org" --data-urlencode "password=Mekong-Demo-2026" --data-urlencode "_csrf=$T" http://localhost:$1/login
  awk '$6 ~ /^(SESSION|JSESSIONID)$/ {printf "%s=%s; ", $6, $7}' $C
}
CA=$(cookie 8301); CB=$(cookie 8401)
for i in $(seq 1 ${WARMROUNDS:-4}); do
  wrk -t2 -c8 -d8s -H "Cookie: $CA" "http://localhost:8301$P" > /dev/null; wrk -t2 -c8 -d8s -H "Cookie: $CB" "http://localhost:8401$P" > /dev/null
done
curl -s -o /dev/null -w "A %{size_download} bytes\n" -H "Cookie: $CA" "http://localhost:8301$P"; curl -s -o /dev/null -w "B %{size_download} bytes\n" -H "Cookie: $CB" "http://localhost:8401$P"
measure() {
  local t0=$(python3 -c "import sys; sys.path.insert(0,'bench'); import cpu; print(cpu.portal_ticks($1))")
  local n=$(wrk -t2 -c16 -d8s -H "Cookie: $3" "http://localhost:$2$P" | awk '/requests in/ {print $1}')
  local t1=$(python3 -c "import sys; sys.path.insert(0,'bench'); import cpu; print(cpu.portal_ticks($1))")
  echo "scale=3; ($t1 - $t0) * 10 / $n" | bc
}
SA=0; SB=0
for i in $(seq 1 $ROUNDS); do
  a=$(measure $PA 8301 "$CA"); b=$(measure $PB 8401 "$CB"); echo "round $i A $a B $b"
  SA=$(echo "$SA + $a" | bc); SB=$(echo "$SB + $b" | bc)
done
echo "mean A $(echo "scale=3; $SA / $ROUNDS" | bc) B $(echo "scale=3; $SB / $ROUNDS" | bc)"
