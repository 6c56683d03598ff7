#!/usr/bin/env bash
# Rebuilds corpus/<split>/<dossier>/ from the sources: each source is named <dossier>__<document>.<ext> and
# formats.txt says which format each becomes:
#   html, txt   copied as is
#   docx, odt   converted by LibreOffice (soffice) from HTML
#   pdf         converted by LibreOffice from HTML
#   pdfx        laid out by tools/LayoutPdf.java (running header and footer, tables, one or two columns)
#   scan        laid out as pdfx, then turned into an image-only scan by tools/ScanPdf.java (needs OCR to be read)
# Usage: build.sh [DOSSIER-PATTERN]   (default: every source). Needs LibreOffice and, for pdfx/scan, Maven to
# put PDFBox on the class path.
set -euo pipefail
cd "$(dirname "$0")"
pattern=${1:-*}
cp_file=$(mktemp)
classpath() {
  if [ ! -s "$cp_file" ]; then
    (cd ../.. && mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null)
  fi
  cat "$cp_file"
}
while read -r split source format; do
  [ -z "${split}" ] && continue
  case "$split" in \#*) continue ;; esac
  dossier=${source%%__*}
  # shellcheck disable=SC2053
  [[ $dossier == $pattern ]] || continue
  rest=${source#*__}
  name=${rest%.*}
  out="../${split}/${dossier}"
  mkdir -p "$out"
  src="${split}/${source}"
  case "$format" in
    html|txt) cp "$src" "$out/${name}.${format}" ;;
    pdf|docx|odt)
      tmp=$(mktemp -d)
      cp "$src" "$tmp/${name}.${src##*.}"
      filter=$format
      [ "$format" = docx ] && filter='docx:MS Word 2007 XML'
      soffice --headless --convert-to "$filter" --outdir "$tmp" "$tmp/${name}.${src##*.}" >/dev/null 2>&1
      mv "$tmp/${name}.${format}" "$out/${name}.${format}"
      rm -rf "$tmp" ;;
    pdfx) java -cp "$(classpath)" tools/LayoutPdf.java "$src" "$out/${name}.pdf" ;;
    scan)
      tmp=$(mktemp -d)
      java -cp "$(classpath)" tools/LayoutPdf.java "$src" "$tmp/${name}.pdf"
      java -cp "$(classpath)" tools/ScanPdf.java "$tmp/${name}.pdf" "$out/${name}.pdf"
      rm -rf "$tmp" ;;
    *) echo "format inconnu : $format" >&2; exit 1 ;;
  esac
done < formats.txt
rm -f "$cp_file"
