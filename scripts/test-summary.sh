#!/usr/bin/env bash
# Prints, per module, the Surefire and Failsafe totals read from the XML reports of the last build,
# then the grand total. Fails when no test ran at all: a green build that tested nothing is not green.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
awk '
  FNR == 1 { dir = FILENAME; sub(/\/TEST-[^\/]*$/, "", dir); seen = 0 }
  /<testsuite[ >]/ && !seen {
    seen = 1
    t = attr("tests"); f = attr("failures") + attr("errors"); s = attr("skipped")
    tests[dir] += t; fails[dir] += f; skips[dir] += s
    T += t; F += f; S += s
  }
  function attr(name,   m) {
    if (match($0, " " name "=\"[0-9]+\"")) {
      m = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
    }
    return 0
  }
  END {
    for (d in tests) printf "%-45s tests %5d  failed %3d  skipped %3d\n", d, tests[d], fails[d], skips[d]
    printf "%-45s tests %5d  failed %3d  skipped %3d\n", "TOTAL", T, F, S
    if (T == 0) { print "No test ran." > "/dev/stderr"; exit 1 }
  }
' /dev/null */target/surefire-reports/TEST-*.xml */target/failsafe-reports/TEST-*.xml
