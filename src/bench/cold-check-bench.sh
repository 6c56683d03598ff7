#!/usr/bin/env bash
# Cold-start benchmark (issue 3): wall time of a whole `vigie check` of a 20-page PDF from a fresh JVM,
# by `java -jar` and by the launcher `src/bin/vigie` (extracted jar + AppCDS), against the start of a bare
# JVM measured in the same run as the baseline. Prints the median and range of RUNS starts of each.
#
#   src/bench/cold-check-bench.sh            # RUNS=7 by default
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-7}
WORK=${WORK:-target/bench}
mkdir -p "$WORK/cold"
if [ ! -f target/vigie.jar ] || [ -n "$(find src rules pom.xml -newer target/vigie.jar -print -quit)" ]; then
  mvn -q -B -ntp package -DskipTests
fi
PDF="$WORK/cold/contrat-20-pages.pdf"
if [ ! -f "$PDF" ]; then
  mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
  java -cp "$(cat "$WORK/cp.txt"):target/classes:target/test-classes" fr.vigie.bench.CheckBenchmark --write-pdf "$PDF"
fi

# Prints "median min max" (seconds) of RUNS executions of the given command.
measure() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true   # exit code 1 = critical gaps found, which is a result here
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f s (de %.2f à %.2f s)", a[int((NR+1)/2)], a[1], a[NR]}'
}

src/bin/vigie check "$PDF" --format json >/dev/null 2>&1 || true   # first run: extraction and AppCDS archive
java -jar target/vigie.jar check "$PDF" --format json >/dev/null 2>&1 || true   # compiled-rules cache
echo "Vérification à froid d'un PDF de 20 pages, $RUNS lancements chacun ($(nproc) cœurs)"
echo "  référence : JVM nue (java -version)        $(measure java -version)"
echo "  java -jar target/vigie.jar check          $(measure java -jar target/vigie.jar check "$PDF" --format json)"
echo "  src/bin/vigie check (AppCDS, C1)          $(measure src/bin/vigie check "$PDF" --format json)"
echo "  objectif : moins de 3 s"
