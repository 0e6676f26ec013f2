#!/usr/bin/env bash
# Settings compared against each other on one generated store, interleaved (ADR 0012). A single pair
# of runs minutes apart measures the machine as much as the setting (the unchanged read models sped
# up 1.15–2.3 × between two such runs), so here each round runs every variant once, on its own copy
# of the same store, in an order that turns each round; the figure that decides is each round's ratio
# of a variant to the first, the median over the rounds.
#
#   VARIANTS="default|;batch-500|-Daxon.eventhandling.processors.monthly-statistics.batch-size=500" \
#     REBUILDS="monthly-statistics engineer-reviews" ROUNDS=3 EVENTS=50000 src/load/bench/compare.sh
#   VARIANTS="pool-20|;pool-8|-Dledger.embedded-db.pool-size=8" PROBES=true REBUILDS= src/load/bench/compare.sh
#
# VARIANTS: "name|java options" separated by ';' (the first is the base). REBUILDS: read models reset
# and replayed alone, timed to the head. PROBES=true: the in-process probes too (gateway throughput at
# 1, 8 and 32 threads, the aggregates of 10 and 1,000 events). FRESH=true: each run generates its
# store anew with the variant's options, for settings that take effect only on a new store (segment
# counts: a processor's segments are made with its first token) or that the generation shows (its
# events/s and the catch-up after it become figures too). Writes $OUT/compare.tsv and prints a table
# of medians, spreads and ratios.
set -euo pipefail
cd "$(dirname "$0")/../../.."

VARIANTS=${VARIANTS:?'VARIANTS="name|java options;name|java options" (see the head of this script)'}
REBUILDS=${REBUILDS-"monthly-statistics engineer-reviews ticket-board serial-lineage repair-order-view"}
PROBES=${PROBES:-false}
FRESH=${FRESH:-false}
EVENTS=${EVENTS:-50000}
ROUNDS=${ROUNDS:-3}
SEED=${SEED:-42}
PORT=${PORT:-18091}
PGPORT=${PGPORT:-25491}
HEAP=${HEAP:--Xmx512m}
OUT=${OUT:-target/compare}
BASE="http://127.0.0.1:$PORT"

JAR=$(ls app/target/app-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -B -q -ntp -DskipTests -DskipPitest=true package -pl app -am
  JAR=$(ls app/target/app-*.jar | grep -v original | head -1)
fi
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ledger-compare.XXXXXX")
APP=""
stop_app() { if [[ -n "$APP" ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi; APP=""; }
trap 'stop_app; rm -rf "$WORK"' EXIT

run_app() { # data log probes probes-report java-options… : started, and back once the workload is ready
  local data=$1 log=$2 probes=$3 report=$4; shift 4
  : >"$log"
  java $HEAP "$@" -jar "$JAR" --server.port="$PORT" \
    --ledger.embedded-db.directory="$data" --ledger.embedded-db.port="$PGPORT" \
    --ledger.workload.events="$EVENTS" --ledger.workload.seed="$SEED" \
    --ledger.workload.probes="$probes" --ledger.workload.report="$report" >"$log" 2>&1 &
  APP=$!
  until grep -q "Workload ready" "$log"; do
    kill -0 "$APP" 2>/dev/null || { echo "the application stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 2
  done
}

token() { curl -fs -u "$1:demo" -X POST "$BASE/api/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }

rebuild_rate() { # token name → events/s of the read model replayed alone to the head
  local status head start position
  status=$(curl -fs -X POST -H "Authorization: Bearer $1" "$BASE/api/admin/projections/$2/rebuild")
  head=$(echo "$status" | sed -E 's/.*"head":(-?[0-9]+).*/\1/')
  start=$(date +%s%N)
  while :; do
    sleep 0.05
    position=$(curl -fs -H "Authorization: Bearer $1" "$BASE/api/admin/projections/$2" | sed -E 's/.*"position":(-?[0-9]+).*/\1/')
    (( position >= head )) && break
  done
  awk -v n="$head" -v ms="$(( ($(date +%s%N) - start) / 1000000 ))" 'BEGIN {printf "%.0f", n / (ms / 1000)}'
}

PRISTINE="$WORK/pristine"
if [[ "$FRESH" != true ]]; then
  echo "Generating the store once: $EVENTS events, seed $SEED"
  run_app "$PRISTINE" "$OUT/generate.log" false "$WORK/none.tsv"
  stop_app
fi

IFS=';' read -r -a VARIANT_LIST <<<"$VARIANTS"
COUNT=${#VARIANT_LIST[@]}
TSV="$OUT/compare.tsv"
printf "round\tvariant\tfigure\tvalue\n" >"$TSV"
for round in $(seq 1 "$ROUNDS"); do
  for k in $(seq 0 $(( COUNT - 1 ))); do
    entry=${VARIANT_LIST[$(( (k + round - 1) % COUNT ))]}
    name=${entry%%|*}; options=${entry#*|}
    rm -rf "$WORK/run"
    [[ "$FRESH" == true ]] || cp -a "$PRISTINE" "$WORK/run"
    echo "[round $round] $name ${options:-(the defaults)}"
    log="$OUT/$name-$round.log"
    # shellcheck disable=SC2086 # the options are words
    run_app "$WORK/run" "$log" "$PROBES" "$OUT/probes-$name-$round.tsv" $options
    if [[ "$FRESH" == true ]]; then
      generated=$(grep -o "Workload generated: [0-9]* events in [0-9]* rounds in [0-9]* s ([0-9]*" "$log" | tail -1 | grep -o "[0-9]*$")
      caught=$(grep -o "caught up with [0-9]* events in [0-9]* s ([0-9]*" "$log" | tail -1 | grep -o "[0-9]*$")
      printf "%s\t%s\t%s\t%s\n" "$round" "$name" "generate.gateway events/s" "$generated" >>"$TSV"
      printf "%s\t%s\t%s\t%s\n" "$round" "$name" "rebuild.all-together events/s" "$caught" >>"$TSV"
      echo "[round $round] $name generated $generated events/s, all caught up at $caught events/s"
    fi
    admin=$(token admin)
    for model in $REBUILDS; do
      rate=$(rebuild_rate "$admin" "$model")
      printf "%s\t%s\t%s\t%s\n" "$round" "$name" "rebuild.$model events/s" "$rate" >>"$TSV"
      echo "[round $round] $name rebuild $model: $rate events/s"
    done
    if [[ "$PROBES" == true ]]; then
      tail -n +2 "$OUT/probes-$name-$round.tsv" | while IFS=$'\t' read -r probe clients rate p50 p99 _; do
        if [[ "$probe" == aggregate.* ]]; then
          printf "%s\t%s\t%s\t%s\n" "$round" "$name" "$probe p50 ms" "$p50" >>"$TSV"
          printf "%s\t%s\t%s\t%s\n" "$round" "$name" "$probe p99 ms" "$p99" >>"$TSV"
        else
          printf "%s\t%s\t%s\t%s\n" "$round" "$name" "$probe@$clients per s" "$rate" >>"$TSV"
        fi
      done
    fi
    stop_app
  done
done

# Per figure and variant: the median and spread over the rounds, and the median of the rounds' ratios
# to the first variant of the same round.
BASE_NAME=${VARIANT_LIST[0]%%|*}
awk -F'\t' -v base="$BASE_NAME" '
  NR == 1 { next }
  { v[$3, $2, $1] = $4; figures[$3] = 1; variants[$2] = 1; rounds[$1] = 1 }
  function med(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n == 0 ? "-" : (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2) }
  END {
    print "| figure | variant | median | spread | ratio to " base " (median of the rounds) |"
    print "|---|---|---|---|---|"
    for (f in figures) for (x in variants) {
      n = 0; m = 0; lo = ""; hi = ""
      for (r in rounds) if ((f, x, r) in v) {
        a[++n] = v[f, x, r] + 0
        if (lo == "" || a[n] < lo) lo = a[n]; if (hi == "" || a[n] > hi) hi = a[n]
        if ((f, base, r) in v && v[f, base, r] + 0 > 0) q[++m] = (v[f, x, r] + 0) / (v[f, base, r] + 0)
      }
      printf "| %s | %s | %s | %s–%s | %s |\n", f, x, med(a, n), lo, hi, (m ? sprintf("%.2f", med(q, m)) : "-")
    }
  }' "$TSV" | { read -r h; read -r s; echo "$h"; echo "$s"; sort; } | tee "$OUT/compare.md"
