#!/usr/bin/env bash
# Sweep benchmark (issue 5): `vigie sweep` against Apache Tika's own batch text extraction (tika-app),
# on the same generated corpus, in the same run. Prints wall time, documents/s, pages/s, peak memory
# (max RSS of the process tree) and the ratio Vigie / Tika.
#
#   src/bench/sweep-bench.sh                 # 2,000 documents, about 20,000 pages
#   DOCS=300 src/bench/sweep-bench.sh        # a quick run
#
# Both sides get the same heap (-Xmx512m, the sweep's memory target) and the same number of workers.
set -euo pipefail
cd "$(dirname "$0")/../.."

DOCS=${DOCS:-2000}
JOBS=${JOBS:-$(nproc)}
HEAP=${HEAP:-512m}
WORK=${WORK:-target/bench}
TIKA_VERSION=3.2.2 # newest tika-app published on Maven Central (Vigie embeds Tika 3.3.1)
mkdir -p "$WORK"

if ! command -v /usr/bin/time >/dev/null 2>&1; then
  echo "Installation de GNU time (mesure de la mémoire maximale)…"
  apt-get install -y -q time >/dev/null
fi
if [ ! -f target/vigie.jar ] || [ -n "$(find src rules pom.xml -newer target/vigie.jar -print -quit)" ]; then
  mvn -q -B -ntp package -DskipTests
fi
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
TIKA_JAR="$WORK/tika-app-$TIKA_VERSION.jar"
if [ ! -f "$TIKA_JAR" ]; then
  mvn -q -B -ntp dependency:copy -Dartifact="org.apache.tika:tika-app:$TIKA_VERSION" -DoutputDirectory="$WORK"
fi

CORPUS="$WORK/corpus-$DOCS"
if [ ! -d "$CORPUS" ]; then
  java -cp "$(cat "$WORK/cp.txt"):target/classes:target/test-classes" fr.vigie.bench.SweepCorpusGenerator "$CORPUS" "$DOCS"
fi
# shellcheck disable=SC1090
. "$CORPUS.stats"
# Same page cache for both: read every file once before measuring.
find "$CORPUS" -type f -exec cat {} + >/dev/null

run() { # name, command...: runs it under GNU time, leaves "seconds kilobytes" in $WORK/$name.time
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1 || true
}

rm -rf "$WORK/tika-out" "$WORK/sweep-out"
echo "Référence : Tika $TIKA_VERSION en mode batch, texte brut, $JOBS processus de lecture…"
run tika java -Xmx"$HEAP" -jar "$TIKA_JAR" -t -numConsumers "$JOBS" -JXmx"$HEAP" -i "$CORPUS" -o "$WORK/tika-out"
echo "Vigie : balayage complet (lecture, faits, règles, rapports JSON et HTML, synthèses)…"
run sweep java -Xmx"$HEAP" -jar target/vigie.jar sweep "$CORPUS" --out "$WORK/sweep-out" --jobs "$JOBS" --progress lines --no-ocr
echo "Vigie : second balayage sans changement (reprise incrémentale)…"
run resweep java -Xmx"$HEAP" -jar target/vigie.jar sweep "$CORPUS" --out "$WORK/sweep-out" --jobs "$JOBS" --progress none --no-ocr

extracted=$(find "$WORK/tika-out" -type f | wc -l)
reported=$(find "$WORK/sweep-out/rapports" -name '*.json' | wc -l)
read -r tika_s tika_kb < <(tail -1 "$WORK/tika.time")
read -r sweep_s sweep_kb < <(tail -1 "$WORK/sweep.time")
read -r resweep_s resweep_kb < <(tail -1 "$WORK/resweep.time")

python3 - "$documents" "$pages" "$dossiers" "$extracted" "$reported" "$tika_s" "$tika_kb" "$sweep_s" "$sweep_kb" "$resweep_s" "$resweep_kb" <<'PY'
import sys
docs, pages, dossiers, extracted, reported = map(int, sys.argv[1:6])
tika_s, tika_kb, sweep_s, sweep_kb, resweep_s, resweep_kb = map(float, sys.argv[6:])
print(f"\nCorpus : {docs} documents, {pages} pages, {dossiers} dossiers (Tika : {extracted} textes ; Vigie : {reported} rapports)")
print(f"{'':34}{'durée':>10}{'documents/s':>14}{'pages/s':>10}{'mémoire max':>14}")
for name, s, kb in (("Tika batch (référence)", tika_s, tika_kb), ("vigie sweep", sweep_s, sweep_kb),
                    ("vigie sweep, reprise sans changement", resweep_s, resweep_kb)):
    print(f"{name:34}{s:>9.1f}s{docs / s:>14.1f}{pages / s:>10.1f}{kb / 1024:>11.0f} Mo")
ratio = sweep_s / tika_s
print(f"\nRapport vigie sweep / Tika : {ratio:.2f} (objectif ≤ 1,2) — {'atteint' if ratio <= 1.2 else 'non atteint'}")
PY
# The sentence cache (SentenceReadings) makes repeated clauses nearly free: say how repetitive this corpus was,
# since the ratio depends on it (a hand-written corpus such as corpus/dev repeats almost nothing).
grep -h "phrases lues" "$WORK/sweep.log" | sed 's/^/Vigie : /' || true
