#!/usr/bin/env bash
# Load scenarios against the built application on a fresh embedded database (with demo data):
# unauthenticated /actuator/health as the reference, an authenticated board read and a ticket
# registration, each at the same number of clients, interleaved over several rounds so machine
# noise falls on all alike; then a password-guessing run. Prints medians and ratios to health.
#
#   src/load/run.sh                  # 3 rounds of 10 s per scenario, 8 clients
#   ROUNDS=5 SECONDS_PER_RUN=20 CLIENTS=8 src/load/run.sh
#
# Needs wrk (Debian: apt-get install -y wrk) and curl; builds app/target/*.jar if it is missing
# (BUILD=1 forces a build).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
OUT=${OUT:-target/load}
BASE="http://127.0.0.1:$PORT"
SCENARIOS=(health board register)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 2; }
(( THREADS <= CLIENTS )) || THREADS=$CLIENTS

source src/load/start-app.sh

# The demo data is created just after the server answers: wait for the demo clerk to exist.
TOKEN=""
for _ in $(seq 1 60); do
  TOKEN=$(curl -fs -u clerk:demo -X POST "$BASE/api/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/' || true)
  [[ -n "$TOKEN" ]] && break
  sleep 1
done
[[ -n "$TOKEN" ]] || { echo "could not sign in as the demo clerk; see $LOG" >&2; exit 1; }
export TOKEN

run() { # scenario seconds → "rps p50 p99 requests non2xx socketerrors"
  wrk -t"$THREADS" -c"$CLIENTS" -d"$2"s --latency -s "src/load/$1.lua" "$BASE" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'
}

echo "Warming up (JIT) for 10 s per scenario…"
for s in "${SCENARIOS[@]}"; do run "$s" 10 >/dev/null; done

RESULTS="$OUT/results.tsv"
printf "round\tscenario\trequests_per_s\tp50_ms\tp99_ms\trequests\tnon_2xx\tsocket_errors\n" >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  for s in "${SCENARIOS[@]}"; do
    line=$(run "$s" "$SECONDS_PER_RUN")
    printf "%s\t%s\t%s\n" "$round" "$s" "$(echo "$line" | tr ' ' '\t')" >>"$RESULTS"
    echo "round $round  $s: $line"
  done
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -F'\t' -v s="$1" -v c="$2" '$2==s {print $c}' "$RESULTS"; }
echo
echo "Medians of $ROUNDS rounds × ${SECONDS_PER_RUN} s, $CLIENTS clients ($THREADS wrk threads), $(nproc) cores:"
printf "%-10s %14s %9s %9s %12s\n" scenario requests/s p50_ms p99_ms "× health"
# × health: the median over the rounds of (this scenario's rate ÷ health's rate in the same round).
ratio() { awk -F'\t' -v s="$1" 'NR>1 && $2=="health" {h[$1]=$3} NR>1 && $2==s {r[$1]=$3}
  END {for (i in r) print r[i]/h[i]}' "$RESULTS" | median; }
for s in "${SCENARIOS[@]}"; do
  printf "%-10s %14s %9s %9s %12.2f\n" "$s" "$(col "$s" 3 | median)" "$(col "$s" 4 | median)" \
    "$(col "$s" 5 | median)" "$(ratio "$s")"
done
failed=$(awk -F'\t' 'NR>1 && ($7>0 || $8>0) {n++} END {print n+0}' "$RESULTS")
(( failed == 0 )) || echo "WARNING: $failed runs had non-2xx answers or socket errors (see $RESULTS)"

echo
echo "Board lag: 30 registrations one after another, each polled on the board until it shows…"
LAGS=()
for _ in $(seq 1 30); do
  id=$(curl -fs -X POST "$BASE/api/tickets" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary @src/load/registration.json | sed -E 's/.*"ticketId":"([^"]+)".*/\1/')
  start=$(date +%s%N)
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/tickets/$id")" == 200 ]]; do :; done
  LAGS+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${LAGS[@]}" | sort -n | awk '{a[NR]=$1} END {printf "from 201 to visible on the board: p50 %d ms, p90 %d ms, max %d ms (includes curl start-up per poll)\n", a[int((NR+1)/2)], a[int(NR*0.9)], a[NR]}'

echo
echo "Password guessing: wrong passwords for the demo user 'engineer2' for 10 s, $CLIENTS clients…"
export WRONG_CREDENTIALS=$(printf 'engineer2:wrong-password' | base64)
wrk -t"$THREADS" -c"$CLIENTS" -d10s --latency -s src/load/wrong-password.lua "$BASE" |
  awk '/^RESULT/ {printf "attempts/s %s, p50 %s ms, p99 %s ms; ", $2, $3, $4} /^STATUS/ {print $2, $3}'
echo "(beyond the allowance every attempt is 429 without a password check: compare its rate with health's)"
echo "Raw results: $RESULTS"
