#!/usr/bin/env bash
# results.tsv of benchmark.sh → the results table in Markdown: medians and spreads over the rounds,
# each write against pgbench's single-row insert and the update in place at the same client count,
# the queries of the large store against the small one, and the goals of docs/performance.md.
#   src/load/bench/report.sh target/benchmark/results.tsv target/benchmark/results.md 100000 1000000
set -euo pipefail
IN=$1 OUT=$2 SMALL=${3:-small} LARGE=${4:-large}

awk -F'\t' -v small="$SMALL" -v large="$LARGE" -v QUERY_CLIENTS="${QUERY_CLIENTS:-8}" '
function median(key,   n, i, j, t, v) {
  n = split(vals[key], v, " ")
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
  if (n == 0) return ""
  return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
function range(key,   n, i, lo, hi, v) {
  n = split(vals[key], v, " "); lo = hi = v[1]
  for (i = 2; i <= n; i++) { if (v[i] + 0 < lo + 0) lo = v[i]; if (v[i] + 0 > hi + 0) hi = v[i] }
  return n > 1 ? lo "–" hi : "(1 run)"
}
function add(key, value) { vals[key] = (key in vals) ? vals[key] " " value : value; seen[key] = 1 }
function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "–" : sprintf("%.2f", a / b) }
function mark(ok) { return ok ? "**met**" : "not met" }
NR > 1 {
  k = $1 SUBSEP $2 SUBSEP $3
  add(k SUBSEP "rate", $5); add(k SUBSEP "p50", $6); add(k SUBSEP "p99", $7); events[k] = $8; failed[k] += $9 + $10
  if (!(k in order)) { order[k] = ++count; keys[count] = k }
}
END {
  print "## Generation and rebuilds\n"
  print "| store | figure | events | seconds | events/s (median) | spread |"
  print "|---|---|---|---|---|---|"
  for (i = 1; i <= count; i++) {
    split(keys[i], part, SUBSEP); if (part[2] !~ /^(generate|rebuild)\./) continue
    printf "| %s | %s | %s | %.1f | %s | %s |\n", part[1], part[2], events[keys[i]], median(keys[i] SUBSEP "p50") / 1000,
      median(keys[i] SUBSEP "rate"), range(keys[i] SUBSEP "rate")
  }
  print "\n## Writes\n"
  print "| store | figure | clients | per second (median) | spread | p50 ms | p99 ms | failed | × pgbench insert | × update in place |"
  print "|---|---|---|---|---|---|---|---|---|---|"
  for (i = 1; i <= count; i++) {
    split(keys[i], part, SUBSEP); store = part[1]; fig = part[2]; c = part[3]
    if (fig !~ /^(http|gateway|pgbench|aggregate)\./) continue
    rate = median(keys[i] SUBSEP "rate")
    ins = median(store SUBSEP "pgbench.insert" SUBSEP c SUBSEP "rate")
    upd = median(store SUBSEP "pgbench.update-in-place" SUBSEP c SUBSEP "rate")
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", store, fig, c, rate, range(keys[i] SUBSEP "rate"),
      median(keys[i] SUBSEP "p50"), (fig ~ /^pgbench/ ? "–" : median(keys[i] SUBSEP "p99")), failed[keys[i]] + 0,
      (fig ~ /^(http|gateway)\./ ? ratio(rate, ins) : ""), (fig ~ /^(http|gateway)\./ ? ratio(rate, upd) : "")
  }
  print "\npgbench: transactions per second, p50 column = its latency average; aggregate.*: one client, 200 commands alternating (a dispatch on a ticket, a receipt into a part's stock)."
  print "\n## Queries at " QUERY_CLIENTS " clients\n"
  print "| query | " small " events: per second | p50 ms | p99 ms | " large " events: per second | p50 ms | p99 ms | p99 large ÷ small |"
  print "|---|---|---|---|---|---|---|---|"
  for (i = 1; i <= count; i++) { # each query once, whichever stores measured it
    split(keys[i], part, SUBSEP); if (part[2] !~ /^query\./ || (part[2] SUBSEP part[3]) in shown) continue
    shown[part[2] SUBSEP part[3]] = 1
    sk = "small" SUBSEP part[2] SUBSEP part[3]; lk = "large" SUBSEP part[2] SUBSEP part[3]
    printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", substr(part[2], 7), median(sk SUBSEP "rate"), median(sk SUBSEP "p50"),
      median(sk SUBSEP "p99"), median(lk SUBSEP "rate"), median(lk SUBSEP "p50"), median(lk SUBSEP "p99"),
      ratio(median(lk SUBSEP "p99"), median(sk SUBSEP "p99"))
  }
  print ""
  print "## Goals\n"
  print "| goal | measured | |"
  print "|---|---|---|"
  h8 = median("large" SUBSEP "http.register" SUBSEP 8 SUBSEP "rate"); p8 = median("large" SUBSEP "pgbench.insert" SUBSEP 8 SUBSEP "rate")
  if (h8 != "" && p8 != "") printf "| HTTP writes at 8 clients ≥ 0.5 × pgbench insert at 8 | register %s/s ÷ %s/s = %s | %s |\n", h8, p8, ratio(h8, p8), mark(h8 / p8 >= 0.5)
  d8 = median("large" SUBSEP "http.dispatch" SUBSEP 8 SUBSEP "rate"); u8 = median("large" SUBSEP "pgbench.update-in-place" SUBSEP 8 SUBSEP "rate")
  if (d8 != "" && u8 != "") printf "| event-sourced write ≥ 0.8 × update in place (dispatch, 8 clients) | %s/s ÷ %s/s = %s | %s |\n", d8, u8, ratio(d8, u8), mark(d8 / u8 >= 0.8)
  worst = ""
  for (k in seen) { split(k, part, SUBSEP); if (part[2] ~ /^rebuild\./ && part[2] != "rebuild.all-together" && part[4] == "rate") { r = median(k); if (worst == "" || r + 0 < worst + 0) { worst = r; wname = part[1] " " part[2] } } }
  all = median("large" SUBSEP "rebuild.all-together" SUBSEP 1 SUBSEP "rate")
  if (worst != "") printf "| rebuild ≥ 20,000 events/s | slowest read model alone: %s at %s events/s; all together at the large store %s events/s | %s |\n", wname, worst, all, mark(worst >= 20000)
  qmax = ""; qworse = 0
  for (k in seen) { split(k, part, SUBSEP); if (part[1] == "large" && part[2] ~ /^query\./ && part[4] == "p99") {
      l = median(k); s = median("small" SUBSEP part[2] SUBSEP part[3] SUBSEP "p99")
      if (qmax == "" || l + 0 > qmax + 0) { qmax = l; qname = part[2] }
      if (s != "" && l > s * 1.2 + 1) { qworse = 1; wq = wq " " part[2] " (" s " → " l " ms)" } } }
  if (qmax != "") printf "| query p99 ≤ 20 ms at %s events, no worse than at %s | worst %s: %s ms;%s | %s |\n", large, small, qname, qmax, (qworse ? " worse at the large store:" wq : " none worse"), mark(qmax <= 20 && !qworse)
  a10 = median("large" SUBSEP "aggregate.10-events" SUBSEP 1 SUBSEP "p50"); a1k = median("large" SUBSEP "aggregate.1000-events" SUBSEP 1 SUBSEP "p50")
  if (a10 != "") printf "| command latency at 1,000 events ≤ 1.5 × at 10: a ticket (no snapshots) | p50 %s ms ÷ %s ms = %s | %s |\n", a1k, a10, ratio(a1k, a10), mark(a1k / a10 <= 1.5)
  s10 = median("large" SUBSEP "aggregate.part-stock-10-events" SUBSEP 1 SUBSEP "p50"); s1k = median("large" SUBSEP "aggregate.part-stock-1000-events" SUBSEP 1 SUBSEP "p50")
  if (s10 != "") printf "| command latency at 1,000 events ≤ 1.5 × at 10: a part's stock (snapshots) | p50 %s ms ÷ %s ms = %s | %s |\n", s1k, s10, ratio(s1k, s10), mark(s1k / s10 <= 1.5)
  lag = median("large" SUBSEP "lag.board" SUBSEP 8 SUBSEP "p99")
  if (lag != "") printf "| projection lag p99 ≤ 500 ms at 8 clients | board p99 %s ms | %s |\n", lag, mark(lag <= 500)
  rss = median("large" SUBSEP "memory.peak-rss" SUBSEP 1 SUBSEP "rate")
  if (rss != "") printf "| peak RSS ≤ 768 MB | %s MB | %s |\n", rss, mark(rss <= 768)
}' "$IN" >"$OUT"
