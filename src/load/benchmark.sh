#!/usr/bin/env bash
# The benchmark of docs/performance.md: generates a seeded after-sales history through the command
# gateway (app/workload), then measures the application against the limits of its own PostgreSQL
# in the same run, and writes the results table to $OUT/results.md (raw rows: $OUT/*.tsv).
#
#   src/load/benchmark.sh                    # 100k and 1M events, 3 rounds of 10 s per figure
#   EVENTS=300000 ROUNDS=5 src/load/benchmark.sh
#   STORES=large EVENTS=20000 ROUNDS=1 SECONDS_PER_RUN=3 src/load/benchmark.sh   # a quick try of the script
#   LARGE_REBUILDS="ticket-board expense-claims" src/load/benchmark.sh           # fewer rebuilds at the large store
#
# Stores: a "small" one of $SMALL events and a "large" one of $EVENTS, each on a fresh embedded
# database, generated with the same seed and shape. On each: the generation's own figures (events/s
# through the gateway; every processor catching up afterwards, all together), queries at 8 clients,
# the rebuild of each projection. On the large one also: HTTP writes at 1, 8 and 32 clients, the
# in-process probes (gateway throughput, an aggregate of 10 against one of 1,000 events), the board's
# lag under 8 writing clients, pgbench's single-row insert and an update in place at the same client
# counts on the same PostgreSQL, and the application's peak resident memory.
#
# Needs wrk, pgbench and curl (Debian: apt-get install -y wrk postgresql-client curl).
set -euo pipefail
cd "$(dirname "$0")/../.."

EVENTS=${EVENTS:-1000000}
SMALL=${SMALL:-100000}
SEED=${SEED:-42}
MONTHS=${MONTHS:-12}
ENGINEERS=${ENGINEERS:-40}
SERIALS=${SERIALS:-20000}
ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CLIENT_COUNTS=${CLIENT_COUNTS:-"1 8 32"}
QUERY_CLIENTS=${QUERY_CLIENTS:-8}
PORT=${PORT:-18090}
PGPORT=${PGPORT:-25490}
OUT=${OUT:-target/benchmark}
BASE="http://127.0.0.1:$PORT"
HEAP=${HEAP:--Xmx512m}
STORES=${STORES:-"small large"}

for tool in wrk pgbench psql curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk postgresql-client curl" >&2; exit 2; }
done
mkdir -p "$OUT"
JAR=$(ls app/target/app-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" || "${BUILD:-0}" == 1 ]]; then
  echo "Building the application jar…"
  ./mvnw -B -q -ntp -DskipTests -DskipPitest=true package -pl app -am
  JAR=$(ls app/target/app-*.jar | grep -v original | head -1)
fi

APP=""
DATA=""
stop_app() {
  if [[ -n "$APP" ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  APP=""
  [[ -n "$DATA" ]] && rm -rf "$DATA"
  DATA=""
}
trap stop_app EXIT

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
spread() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else printf "%s–%s", a[1], a[NR]}'; }

# start <store> <events> <probes>: a fresh embedded database, the history generated at start-up.
start() {
  local store=$1 events=$2 probes=$3
  DATA=$(mktemp -d "${TMPDIR:-/tmp}/ledger-bench.XXXXXX")
  LOG="$OUT/app-$store.log"
  echo "[$store] starting with $events events of workload (log: $LOG)"
  java $HEAP ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
    --ledger.embedded-db.directory="$DATA" --ledger.embedded-db.port="$PGPORT" \
    --ledger.workload.events="$events" --ledger.workload.seed="$SEED" --ledger.workload.months="$MONTHS" \
    --ledger.workload.engineers="$ENGINEERS" --ledger.workload.serials="$SERIALS" \
    --ledger.workload.probes="$probes" --ledger.workload.report="$OUT/probes-$store.tsv" >"$LOG" 2>&1 &
  APP=$!
  local shown=""
  until grep -q "Workload ready" "$LOG"; do
    kill -0 "$APP" 2>/dev/null || { echo "the application stopped; see $LOG" >&2; tail -30 "$LOG" >&2; exit 1; }
    local line; line=$(grep -o "Workload \[.*" "$LOG" | tail -1 || true)
    if [[ -n "$line" && "$line" != "$shown" ]]; then echo "[$store] $line"; shown=$line; fi
    sleep 2
  done
  grep -o "Workload generated.*\|every processor caught up.*" "$LOG" | sed "s/^/[$store] /" || true
}

token() { # user → bearer token (the demo users of the README, password demo)
  curl -fs -u "$1:demo" -X POST "$BASE/api/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

wrk_run() { # clients script [seconds] → "rps p50 p99 requests non2xx socketerrors"
  local threads=$(( $1 < 2 ? 1 : 2 ))
  WRK_THREADS=$threads wrk -t"$threads" -c"$1" -d"${3:-$SECONDS_PER_RUN}"s --latency -s "src/load/$2" "$BASE" \
    | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'
}

# Rows: store, figure, clients, round, per_s, p50_ms, p99_ms, requests, non2xx, errors
RESULTS="$OUT/results.tsv"
printf "store\tfigure\tclients\tround\tper_s\tp50_ms\tp99_ms\trequests\tnon_2xx\terrors\n" >"$RESULTS"
row() { printf "%s\t%s\t%s\t%s\t%s\n" "$1" "$2" "$3" "$4" "$(echo "$5" | tr ' ' '\t')" >>"$RESULTS"; }

queries() {
  local store=$1 month from
  month=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)
  from=$(date -u -d "$(date -u +%Y-%m-01) -3 month" +%Y-%m)
  local clerk manager finance quality
  clerk=$(token clerk); manager=$(token manager); finance=$(token finance); quality=$(token quality)
  local -a names=(board lineage audit-queue statistics engineer-review)
  local -a paths=("/api/tickets?size=20" "/api/serials/SN-WL-000123/lineage" "/api/expense-claims/audit-queue"
    "/api/statistics/months/$month" "/api/reviews/U-WL-ENG-001?from=$from&to=$month")
  local -a tokens=("$clerk" "$quality" "$finance" "$manager" "$manager")
  for i in "${!names[@]}"; do # warm-up, and a check that the query answers at all
    curl -fs -o /dev/null -H "Authorization: Bearer ${tokens[$i]}" "$BASE${paths[$i]}" \
      || { echo "[$store] ${names[$i]} does not answer: ${paths[$i]}" >&2; exit 1; }
    TOKEN=${tokens[$i]} QUERY_PATH=${paths[$i]} wrk_run "$QUERY_CLIENTS" bench/query.lua 5 >/dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    for i in "${!names[@]}"; do
      local line; line=$(TOKEN=${tokens[$i]} QUERY_PATH=${paths[$i]} wrk_run "$QUERY_CLIENTS" bench/query.lua)
      row "$store" "query.${names[$i]}" "$QUERY_CLIENTS" "$round" "$line"
      echo "[$store] round $round query ${names[$i]}: $line"
    done
  done
}

rebuild() { # store name… : each projection reset and replayed alone, timed until it is back at the head
  local store=$1; shift
  local admin; admin=$(token admin)
  for name in "$@"; do
    local status head start took position
    status=$(curl -fs -X POST -H "Authorization: Bearer $admin" "$BASE/api/admin/projections/$name/rebuild")
    head=$(echo "$status" | sed -E 's/.*"head":(-?[0-9]+).*/\1/')
    start=$(date +%s%N)
    sleep 0.05
    while :; do
      status=$(curl -fs -H "Authorization: Bearer $admin" "$BASE/api/admin/projections/$name")
      position=$(echo "$status" | sed -E 's/.*"position":(-?[0-9]+).*/\1/')
      (( position >= head )) && break
      sleep 0.05
    done
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    local rate; rate=$(awk -v n="$head" -v ms="$took" 'BEGIN {printf "%.0f", n / (ms / 1000)}')
    row "$store" "rebuild.$name" 1 1 "$rate $took 0 $head 0 0"
    echo "[$store] rebuild $name: $head events in $took ms, $rate events/s"
  done
}

generation_rows() { # the generator's own figures, from its log
  local store=$1 line
  line=$(grep -o "Workload generated: [0-9]* events in [0-9]* rounds in [0-9]* s ([0-9]* events/s" "$LOG" | tail -1)
  [[ -n "$line" ]] && row "$store" "generate.gateway" "$(grep -o 'workload.threads[^ ]*' "$LOG" | head -1 || echo 4)" 1 \
    "$(echo "$line" | awk '{gsub(/\(/, "", $11); print $11, $9 * 1000, 0, $3, 0, 0}')"
  line=$(grep -o "caught up with [0-9]* events in [0-9]* s ([0-9]* events/s" "$LOG" | tail -1)
  [[ -n "$line" ]] && row "$store" "rebuild.all-together" 1 1 "$(echo "$line" | awk '{gsub(/\(/, "", $9); print $9, $7 * 1000, 0, $4, 0, 0}')"
  return 0
}

version_of() { # token id [after] → the ticket's version once the board shows one above "after"
  local v=""
  for _ in $(seq 1 200); do
    v=$(curl -fs -H "Authorization: Bearer $1" "$BASE/api/tickets/$2" 2>/dev/null | grep -o '"version":[0-9]*' | head -1 | cut -d: -f2 || true)
    [[ -n "$v" ]] && (( v > ${3:--1} )) && { echo "$v"; return 0; }
    sleep 0.02
  done
  echo "ticket $2 did not reach a version above ${3:--1} on the board" >&2
  return 1
}

prepare_dispatch_tickets() { # 64 tickets served on site, ready for dispatches: "<id> <version>" lines
  local clerk=$1 engineer=$2 file=$3 now
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  : >"$file"
  for _ in $(seq 1 64); do
    local id v
    id=$(curl -fs -X POST "$BASE/api/tickets" -H "Authorization: Bearer $clerk" -H 'Content-Type: application/json' \
      --data-binary @src/load/registration.json | sed -E 's/.*"ticketId":"([^"]+)".*/\1/')
    v=$(version_of "$clerk" "$id")
    curl -fs -o /dev/null -X POST "$BASE/api/tickets/$id/route" -H "Authorization: Bearer $clerk" \
      -H 'Content-Type: application/json' -d "{\"department\":\"TECHNICAL_SERVICE\",\"expectedVersion\":$v}"
    v=$(version_of "$clerk" "$id" "$v")
    curl -fs -o /dev/null -X POST "$BASE/api/tickets/$id/assignment" -H "Authorization: Bearer $clerk" \
      -H 'Content-Type: application/json' \
      -d "{\"engineerId\":\"U-ENG-01\",\"mode\":\"ON_SITE\",\"appointmentAt\":\"$now\",\"expectedVersion\":$v}"
    v=$(version_of "$clerk" "$id" "$v")
    curl -fs -o /dev/null -X POST "$BASE/api/tickets/$id/arrival" -H "Authorization: Bearer $engineer" \
      -H 'Content-Type: application/json' -d "{\"arrivedAt\":\"$now\",\"expectedVersion\":$v}"
    echo "$id $(version_of "$clerk" "$id" "$v")" >>"$file"
  done
}

upload_receipts() { # token n file: n receipts of their own for the claim scenario, one sha-256 per line
  local engineer=$1 n=$2 file=$3
  # grep -o ends each line itself: eight uploads in parallel write whole lines
  seq 1 "$n" | xargs -P 8 -I{} sh -c "printf '%%PDF-1.4\n%% benchmark receipt {} $$\n%%%%EOF\n' | curl -fs -X POST \
    '$BASE/api/receipts?fileName=r{}.pdf' -H 'Authorization: Bearer $engineer' -H 'Content-Type: application/pdf' \
    --data-binary @- | grep -o '\"sha256\":\"[0-9a-f]*\"' | cut -d'\"' -f4" >"$file" || true
}

writes() {
  local store=$1 clerk engineer
  clerk=$(token clerk); engineer=$(token engineer)
  echo "[$store] preparing 64 tickets on site for the dispatch scenario, and receipts for the claims…"
  prepare_dispatch_tickets "$clerk" "$engineer" "$OUT/tickets.txt"
  sleep 1 # then read the versions again, settled: an arrival may append more than one event
  while read -r id _; do echo "$id $(version_of "$clerk" "$id")" >>"$OUT/tickets.next"; done <"$OUT/tickets.txt"
  mv "$OUT/tickets.next" "$OUT/tickets.txt"
  upload_receipts "$engineer" "${RECEIPTS_COUNT:-12000}" "$OUT/receipts.txt"
  echo "[$store] $(wc -l <"$OUT/tickets.txt") tickets, $(wc -l <"$OUT/receipts.txt") receipts"
  local claims=0
  for round in $(seq 1 "$ROUNDS"); do
    for c in $CLIENT_COUNTS; do
      local line
      line=$(TOKEN=$clerk wrk_run "$c" register.lua); row "$store" http.register "$c" "$round" "$line"
      echo "[$store] round $round register  @$c: $line"
      line=$(TOKEN=$clerk TICKETS=$OUT/tickets.txt wrk_run "$c" bench/dispatch.lua); row "$store" http.dispatch "$c" "$round" "$line"
      echo "[$store] round $round dispatch  @$c: $line"
      # the versions moved on: read them again for the next run
      : >"$OUT/tickets.next"
      sleep 1 # the board catches up with the run's last dispatches
      while read -r id _; do echo "$id $(version_of "$clerk" "$id")" >>"$OUT/tickets.next"; done <"$OUT/tickets.txt"
      mv "$OUT/tickets.next" "$OUT/tickets.txt"
      line=$(TOKEN=$engineer RECEIPTS=$OUT/receipts.txt CLAIM_BASE=$claims wrk_run "$c" bench/claim.lua)
      row "$store" http.claim "$c" "$round" "$line"
      # the next run's claims after this one's: claim k of a thread is k = base + sent × threads + its
      # number, so one thread may have reached base + 2 × requests, and some were still in flight
      claims=$(( claims + 2 * $(echo "$line" | awk '{print $4}') + c ))
      echo "[$store] round $round claim     @$c: $line"
    done
  done
}

lag() { # the board's lag under 8 clients registering: commit (the 201) to the board showing the ticket
  local store=$1 clerk
  clerk=$(token clerk)
  TOKEN=$clerk wrk_run 8 register.lua 40 >/dev/null &
  local load=$!
  sleep 2
  local -a lags=()
  for _ in $(seq 1 100); do
    local id start
    id=$(curl -fs -X POST "$BASE/api/tickets" -H "Authorization: Bearer $clerk" -H 'Content-Type: application/json' \
      --data-binary @src/load/registration.json | sed -E 's/.*"ticketId":"([^"]+)".*/\1/')
    start=$(date +%s%N)
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $clerk" "$BASE/api/tickets/$id")" == 200 ]]; do :; done
    lags+=($(( ($(date +%s%N) - start) / 1000000 )))
    kill -0 "$load" 2>/dev/null || break
  done
  wait "$load" || true
  local sorted p50 p99
  sorted=$(printf "%s\n" "${lags[@]}" | sort -n)
  p50=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p99=$(echo "$sorted" | awk '{a[NR]=$1} END {i=int(NR*0.99+0.999); if (i<1) i=1; print a[i]}')
  row "$store" lag.board 8 1 "0 $p50 $p99 ${#lags[@]} 0 0"
  echo "[$store] board lag under 8 writing clients: p50 $p50 ms, p99 $p99 ms over ${#lags[@]} samples"
}

references() { # pgbench on the same PostgreSQL: one ~1 KB insert per transaction, and the update in place
  local store=$1
  local pg=(-h 127.0.0.1 -p "$PGPORT" -U postgres)
  psql "${pg[@]}" -qAtc "drop database if exists bench" -c "create database bench" postgres >/dev/null
  psql "${pg[@]}" -qAt -f src/load/bench/references.sql bench >/dev/null
  for round in $(seq 1 "$ROUNDS"); do
    for c in $CLIENT_COUNTS; do
      for script in insert update-in-place; do
        local out tps lat
        out=$(pgbench "${pg[@]}" -n -c "$c" -j $(( c < 2 ? 1 : 2 )) -T "$SECONDS_PER_RUN" -f "src/load/bench/$script.sql" bench 2>&1)
        tps=$(echo "$out" | awk -F'= ' '/^tps/ {split($2, a, " "); print a[1]}')
        lat=$(echo "$out" | awk -F'= ' '/latency average/ {split($2, a, " "); print a[1]}')
        row "$store" "pgbench.$script" "$c" "$round" "$tps $lat 0 0 0 0"
        echo "[$store] round $round pgbench $script @$c: $tps tps, latency average $lat ms"
      done
    done
  done
}

peak_memory() {
  local store=$1 kb
  kb=$(awk '/VmHWM/ {print $2}' "/proc/$APP/status")
  row "$store" memory.peak-rss 1 1 "$(( kb / 1024 )) 0 0 0 0 0"
  echo "[$store] peak resident memory: $(( kb / 1024 )) MB"
}

probe_rows() { # the in-process probes' report → result rows
  local store=$1
  [[ -f "$OUT/probes-$store.tsv" ]] || return 0
  tail -n +2 "$OUT/probes-$store.tsv" | while IFS=$'\t' read -r probe clients rate p50 p99 count; do
    row "$store" "$probe" "$clients" 1 "$rate $p50 $p99 $count 0 0"
  done
}

# The read models (query-side), each rebuilt alone; the reactors (app/) are not rebuilt: replaying them
# sends their commands again. At the large store only the five the benchmark queries.
READ_MODELS=(ticket-board organisation-chart-view key-customer-visit-view service-contract-view serial-lineage
  fault-category-view repair-order-view parts-stock-view parts-requisition-view supplier-claim-view
  quality-review-view penalty-register complaint-register expense-claims travel-advances monthly-statistics
  monthly-reports engineer-reviews)
read -r -a PROJECTIONS_MAIN <<<"${LARGE_REBUILDS:-ticket-board serial-lineage expense-claims monthly-statistics engineer-reviews}"

if [[ " $STORES " == *" small "* ]]; then # generation, queries, every read model rebuilt alone
  start small "$SMALL" false
  generation_rows small
  queries small
  rebuild small "${READ_MODELS[@]}"
  stop_app
fi

if [[ " $STORES " == *" large "* ]]; then # the same, then writes, references, lag, probes, memory
  start large "$EVENTS" true
  generation_rows large
  probe_rows large
  queries large
  (( ${#PROJECTIONS_MAIN[@]} == 0 )) || rebuild large "${PROJECTIONS_MAIN[@]}"
  writes large
  lag large
  references large
  peak_memory large
  stop_app
fi

QUERY_CLIENTS=$QUERY_CLIENTS src/load/bench/report.sh "$RESULTS" "$OUT/results.md" "$SMALL" "$EVENTS"
echo
cat "$OUT/results.md"
