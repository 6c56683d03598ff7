#!/usr/bin/env bash
# Rebuilds corpus/<split>/<dossier>/ from the sources: each source is named <dossier>__<document>.<ext>
# and formats.txt says which format each becomes (pdf, docx, odt, html, txt). Needs LibreOffice (soffice).
set -euo pipefail
cd "$(dirname "$0")"
while read -r split source format; do
  [ -z "${split}" ] && continue
  case "$split" in \#*) continue ;; esac
  dossier=${source%%__*}
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
    *) echo "format inconnu : $format" >&2; exit 1 ;;
  esac
done < formats.txt
