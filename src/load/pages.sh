#!/usr/bin/env bash
# Page answer times on the demo data, as people click them: each page of the web UI signed in as
# the role that uses it, first one request at a time (median and p95 of N), then 8 people at once
# on the busiest pages (wrk, session cookie). Pages must answer in well under 200 ms.
#
#   src/load/pages.sh                 # N=20 sequential requests per page; 3 rounds of 10 s of 8 clients
#   N=50 CLIENTS=8 SECONDS_PER_RUN=20 src/load/pages.sh
#
# Needs wrk and curl (Debian: apt-get install -y wrk curl).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${N:-20}
ROUNDS=${ROUNDS:-3}
CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
PORT=${PORT:-18081}
OUT=${OUT:-target/load-pages}
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
(( THREADS <= CLIENTS )) || THREADS=$CLIENTS

source src/load/start-app.sh

# sign_in user role → a cookie jar signed in through the login form, acting in role
sign_in() {
  local jar="$OUT/$1.cookies" token
  rm -f "$jar"
  for _ in $(seq 1 60); do
    token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
    if curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{redirect_url}' -X POST "$BASE/login" \
        --data-urlencode "username=$1" --data-urlencode "password=demo" --data-urlencode "_csrf=$token" | grep -qv error; then
      break
    fi
    sleep 1 # the demo users appear just after the server answers
  done
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/role" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" -X POST "$BASE/role" --data-urlencode "role=$2" \
    --data-urlencode "next=/" --data-urlencode "_csrf=$token"
  echo "$jar"
}

CLERK=$(sign_in clerk CLERK)
ENGINEER=$(sign_in engineer ENGINEER)
ADMIN=$(sign_in admin ADMIN)
MANAGER=$(sign_in manager MANAGER)
QUALITY=$(sign_in quality QUALITY)
SUPERVISOR=$(sign_in supervisor SUPERVISOR)
FINANCE=$(sign_in finance FINANCE)

# A demo ticket with a long history: ticket 4 (on site, dispatch, difficult case).
TICKET=$(curl -fs -b "$CLERK" -H 'Accept-Language: zh-CN' "$BASE/tickets?size=50" |
  grep -oE 'href="/tickets/[0-9a-f-]{36}"' | sed -n 4p | sed -E 's/href="([^"]+)"/\1/')
CONTRACT=$(curl -fs -b "$MANAGER" "$BASE/contracts" | grep -oE 'href="/contracts/[^"/]+"' | head -1 |
  sed -E 's/href="([^"]+)"/\1/')
# The demo's repeat repair (R12): an order of the printer SN-P-7781, its review and its fine.
REPAIR=$(curl -fs -b "$QUALITY" "$BASE/repairs?queue=" | grep -oE 'href="/repairs/[0-9a-f-]{36}"' | head -1 |
  sed -E 's/href="([^"]+)"/\1/')
REVIEW=$(curl -fs -b "$QUALITY" "$BASE/quality/reviews" | grep -oE 'href="/quality/reviews/[0-9a-f-]{36}"' | head -1 |
  sed -E 's/href="([^"]+)"/\1/')
PENALTY=$(curl -fs -b "$MANAGER" "$BASE/penalties" | grep -oE 'href="/penalties/[0-9a-f-]{36}"' | head -1 |
  sed -E 's/href="([^"]+)"/\1/')
# The demo's complaints (C1–C5): the newest on the register.
COMPLAINT=$(curl -fs -b "$SUPERVISOR" "$BASE/complaints" | grep -oE 'href="/complaints/[0-9a-f-]{36}"' | head -1 |
  sed -E 's/href="([^"]+)"/\1/')
# The demo's expense claims (X1–X9): the riskiest claim in finance's queue and one of its flags.
CLAIM=$(curl -fs -b "$FINANCE" "$BASE/expenses/audit" | grep -oE 'href="/expenses/claims/[0-9a-f-]{36}"' | head -1 |
  sed -E 's/href="([^"]+)"/\1/')
FLAG=$( [ -n "$CLAIM" ] && curl -fs -b "$FINANCE" "$BASE$CLAIM" | grep -oE 'href="/expenses/claims/[0-9a-f-]{36}/flags/[^"]+"' |
  head -1 | sed -E 's/href="([^"]+)"/\1/')
# The demo's last month (M1–M3): issued at the first start, with ticket 11's late dispatch after it.
LAST_MONTH=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) -1 month" +%Y-%m)
THIS_MONTH=$(TZ=Asia/Shanghai date +%Y-%m)

PAGES=(
  "clerk $CLERK /tickets"
  "clerk $CLERK /tickets?urgency=URGENT&sla=RUNNING"
  "clerk $CLERK /tickets/new"
  "clerk $CLERK ${TICKET:-/tickets/missing}"
  "clerk $CLERK /key-customers"
  "engineer $ENGINEER /my/tickets"
  "engineer $ENGINEER /my/dispatches"
  "engineer $ENGINEER ${TICKET:-/tickets/missing}"
  "manager $MANAGER /contracts"
  "manager $MANAGER ${CONTRACT:-/contracts/missing}"
  "admin $ADMIN /admin/users"
  "admin $ADMIN /admin/calendar"
  "admin $ADMIN /admin/policy"
  "admin $ADMIN /admin/projections"
  "engineer $ENGINEER /repairs"
  "quality $QUALITY /repairs?queue=QC"
  "quality $QUALITY ${REPAIR:-/repairs/missing}"
  "supervisor $SUPERVISOR /repairs/new"
  "quality $QUALITY /quality/reviews"
  "quality $QUALITY ${REVIEW:-/quality/reviews/missing}"
  "quality $QUALITY /serials/SN-P-7781/lineage"
  "quality $QUALITY /serials/SN-P-7781/lineage?step=3"
  "manager $MANAGER /penalties"
  "manager $MANAGER ${PENALTY:-/penalties/missing}"
  "engineer $ENGINEER /parts"
  "quality $QUALITY /supplier-claims"
  "supervisor $SUPERVISOR /complaints"
  "supervisor $SUPERVISOR /complaints?overdueOnly=true"
  "supervisor $SUPERVISOR ${COMPLAINT:-/complaints/missing}"
  "clerk $CLERK /complaints/new"
  "manager $MANAGER /complaints/analysis"
  "manager $MANAGER /engineers/U-ENG-01/complaints"
  "engineer $ENGINEER /my/claims"
  "engineer $ENGINEER /my/claims/new"
  "engineer $ENGINEER /my/advances"
  "supervisor $SUPERVISOR /expenses/approvals"
  "finance $FINANCE /expenses/audit"
  "finance $FINANCE ${CLAIM:-/expenses/claims/missing}"
  "finance $FINANCE ${FLAG:-/expenses/claims/missing/flags/missing}"
  "finance $FINANCE /expenses/rules"
  "finance $FINANCE /expenses/engineers"
  "finance $FINANCE /expenses/advances"
  "manager $MANAGER /statistics/months/$LAST_MONTH"
  "manager $MANAGER /statistics/months/$LAST_MONTH/figures/m1.dispatch.cost"
  "manager $MANAGER /statistics/reports"
  "manager $MANAGER /statistics/reports/$LAST_MONTH/versions/1"
  "manager $MANAGER /statistics/months/$LAST_MONTH/export?format=xlsx&lang=zh"
  "manager $MANAGER /reviews?from=$THIS_MONTH&to=$THIS_MONTH"
  "manager $MANAGER /reviews/U-ENG-01?from=$THIS_MONTH&to=$THIS_MONTH"
  "engineer $ENGINEER /my/review"
  "supervisor $SUPERVISOR /reviews/disputes"
  "manager $MANAGER /reviews/export?from=$THIS_MONTH&to=$THIS_MONTH&format=xlsx&lang=zh"
)

median_p95() { sort -g | awk '{a[NR]=$1} END {printf "%.1f %.1f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[int(NR*0.95+0.5)]}'; }

RESULTS="$OUT/pages.tsv"
printf "user\tpath\tstatus\tmedian_ms\tp95_ms\n" >"$RESULTS"
echo "One request at a time, $N per page after 5 to warm up (zh-CN):"
printf "%-9s %-46s %6s %10s %8s\n" user path status median_ms p95_ms
for entry in "${PAGES[@]}"; do
  read -r user jar path <<<"$entry"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" -H 'Accept-Language: zh-CN' "$BASE$path"; done
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H 'Accept-Language: zh-CN' "$BASE$path")
  times=$(for _ in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" -H 'Accept-Language: zh-CN' "$BASE$path"
  done | awk '{print $1 * 1000}' | median_p95)
  printf "%-9s %-46s %6s %10s %8s\n" "$user" "${path:0:46}" "$status" $times
  printf "%s\t%s\t%s\t%s\n" "$user" "$path" "$status" "$(echo "$times" | tr ' ' '\t')" >>"$RESULTS"
done

cookie() { awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$1"; }
echo
echo "$CLIENTS people at once, $ROUNDS rounds of ${SECONDS_PER_RUN} s per page ($THREADS wrk threads, $(nproc) cores):"
CONCURRENT="$OUT/concurrent.tsv"
printf "round\tpage\trequests_per_s\tp50_ms\tp99_ms\trequests\tnon_2xx\tsocket_errors\n" >"$CONCURRENT"
BUSIEST=("clerk $CLERK /tickets" "clerk $CLERK ${TICKET:-/tickets/missing}" "engineer $ENGINEER /my/tickets"
  "quality $QUALITY ${REPAIR:-/repairs/missing}" "quality $QUALITY /serials/SN-P-7781/lineage"
  "supervisor $SUPERVISOR /complaints" "supervisor $SUPERVISOR ${COMPLAINT:-/complaints/missing}"
  "manager $MANAGER ${PENALTY:-/penalties/missing}" "finance $FINANCE /expenses/audit"
  "finance $FINANCE ${CLAIM:-/expenses/claims/missing}" "finance $FINANCE ${FLAG:-/expenses/claims/missing/flags/missing}"
  "manager $MANAGER /statistics/months/$LAST_MONTH" "manager $MANAGER /statistics/reports/$LAST_MONTH/versions/1"
  "manager $MANAGER /reviews?from=$THIS_MONTH&to=$THIS_MONTH")
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${BUSIEST[@]}"; do
    read -r user jar path <<<"$entry"
    line=$(COOKIE=$(cookie "$jar") PAGE_PATH="$path" wrk -t"$THREADS" -c"$CLIENTS" -d"$SECONDS_PER_RUN"s --latency \
      -s src/load/page.lua "$BASE" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
    printf "%s\t%s\t%s\n" "$round" "$user $path" "$(echo "$line" | tr ' ' '\t')" >>"$CONCURRENT"
  done
done
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf "%-60s %10s %8s %8s %8s\n" page req/s p50_ms p99_ms non_2xx
for entry in "${BUSIEST[@]}"; do
  read -r user jar path <<<"$entry"
  col() { awk -F'\t' -v p="$user $path" -v c="$1" '$2==p {print $c}' "$CONCURRENT" | median; }
  printf "%-60s %10s %8s %8s %8s\n" "${user} ${path:0:50}" "$(col 3)" "$(col 4)" "$(col 5)" "$(col 7)"
done
echo "(medians over the rounds; every round in $CONCURRENT)"
echo "Raw results: $RESULTS"
