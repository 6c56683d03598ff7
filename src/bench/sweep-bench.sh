#!/usr/bin/env bash
# Sweep benchmark (issue 5): `vigie sweep` against Apache Tika's own batch text extraction (tika-app),
# on the same generated corpus, in the same run. Prints wall time, documents/s, pages/s, peak memory
# (max RSS of the process tree) and the ratio Vigie / Tika.
#
#   src/bench/sweep-bench.sh                 # 2,000 documents, about 20,000 pages
#   DOCS=300 src/bench/sweep-bench.sh        # a quick run
#
# Both sides get the same heap (-Xmx512m, the sweep's memory target), the same number of workers and the same JVM
# (JAVA=/path/to/bin/java to try another). Both run their work in a child JVM of their own (tika-app batch, and
# `vigie sweep` under java -jar); memory is the peak of the largest process of the tree (GNU time), CPU time
# (user + system) that of the whole tree, the steadier figure on a shared machine.
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java src/bench/sweep-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DOCS=${DOCS:-2000}
JOBS=${JOBS:-$(nproc)}
HEAP=${HEAP:-512m}
JAVA=${JAVA:-java}
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
WARM="$WORK/corpus-10"
if [ ! -d "$WARM" ]; then
  java -cp "$(cat "$WORK/cp.txt"):target/classes:target/test-classes" fr.vigie.bench.SweepCorpusGenerator "$WARM" 10 >/dev/null
fi
# shellcheck disable=SC1090
. "$CORPUS.stats"
# Same page cache for both: read every file once before measuring.
find "$CORPUS" -type f -exec cat {} + >/dev/null

run() { # name, command...: runs it under GNU time, leaves "seconds kilobytes" in $WORK/$name.time
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1 || true
}

rm -rf "$WORK/tika-out" "$WORK/sweep-out" "$WORK/warm-out"
# The first sweep of a newly built jar extracts it into the cache (~/.cache/vigie, shared with src/bin/vigie): once
# per version, measured apart on a 10-document corpus.
echo "Vigie : préparation (première exécution de cette version : extraction du jar), 10 documents…"
run warm "$JAVA" -Xmx"$HEAP" -jar target/vigie.jar sweep "$WARM" --out "$WORK/warm-out" --jobs "$JOBS" --progress none --no-ocr
echo "Référence : Tika $TIKA_VERSION en mode batch, texte brut, $JOBS processus de lecture…"
run tika "$JAVA" -Xmx"$HEAP" -jar "$TIKA_JAR" -t -numConsumers "$JOBS" -JXmx"$HEAP" -i "$CORPUS" -o "$WORK/tika-out"
echo "Vigie : balayage complet (lecture, faits, règles, rapports JSON et HTML, synthèses)…"
run sweep "$JAVA" -Xmx"$HEAP" -jar target/vigie.jar sweep "$CORPUS" --out "$WORK/sweep-out" --jobs "$JOBS" --progress lines --no-ocr
echo "Vigie : second balayage sans changement (reprise incrémentale)…"
run resweep "$JAVA" -Xmx"$HEAP" -jar target/vigie.jar sweep "$CORPUS" --out "$WORK/sweep-out" --jobs "$JOBS" --progress none --no-ocr

extracted=$(find "$WORK/tika-out" -type f | wc -l)
reported=$(find "$WORK/sweep-out/rapports" -name '*.json' | wc -l)
python3 - "$documents" "$pages" "$dossiers" "$extracted" "$reported" "$WORK" "$("$JAVA" -version 2>&1 | head -1)" <<'PY'
import sys
docs, pages, dossiers, extracted, reported = map(int, sys.argv[1:6])
work, jvm = sys.argv[6], sys.argv[7]
def figures(name):  # wall seconds, peak kilobytes, CPU seconds (user + system)
    e, m, u, s = open(f"{work}/{name}.time").read().split()[-4:]
    return float(e), float(m), float(u) + float(s)
print(f"\nCorpus : {docs} documents, {pages} pages, {dossiers} dossiers (Tika : {extracted} textes ; Vigie : {reported} rapports)")
print(f"JVM : {jvm}")
w = figures("warm")
print(f"Préparation de Vigie (première exécution de cette version, 10 documents) : {w[0]:.1f} s, CPU {w[2]:.1f} s")
print(f"{'':38}{'durée':>9}{'CPU':>9}{'documents/s':>13}{'pages/s':>9}{'mémoire max':>13}")
rows = {}
for key, name in (("tika", "Tika batch (référence)"), ("sweep", "vigie sweep"),
                  ("resweep", "vigie sweep, reprise sans changement")):
    s, kb, cpu = rows[key] = figures(key)
    print(f"{name:38}{s:>8.1f}s{cpu:>8.1f}s{docs / s:>13.1f}{pages / s:>9.1f}{kb / 1024:>10.0f} Mo")
ratio = rows["sweep"][0] / rows["tika"][0]
print(f"\nRapport vigie sweep / Tika : {ratio:.2f} en durée (objectif ≤ 1,2) — {'atteint' if ratio <= 1.2 else 'non atteint'} ;"
      f" {rows['sweep'][2] / rows['tika'][2]:.2f} en temps CPU")
PY
# The sentence cache (SentenceReadings) makes repeated clauses nearly free: say how repetitive this corpus was,
# since the ratio depends on it (a hand-written corpus such as corpus/dev repeats almost nothing).
grep -h "phrases lues" "$WORK/sweep.log" | sed 's/^/Vigie : /' || true
