#!/usr/bin/env bash
# Export every text format of both starter curricula from a fresh starter library made by
# CHECKOUT, and write the text of each file to OUTDIR (pdftotext -layout; PPTX shape and
# notes text). Compare two checkouts' outputs with `diff -r OUT1 OUT2` to check that a
# refactoring left the exports' text unchanged.
#
#   bash tools/export_text.sh CHECKOUT OUTDIR [--pdf print]
#
# The optional flag goes to the handbook and trainer-guide exports (checkouts from before
# the PDF/UA route have no --pdf; give --pdf print to later ones to compare like with like).
set -u
CO=$(cd "$1" && pwd); OUT=$2; PDF=${3:-}; PDF_ARG=${4:-}
PY=${PYTHON:-$(pwd)/.venv/bin/python}
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd); rm -f "$OUT"/lib.sqlite*
cd "$CO"
for cur in 1aa8ad52-2536-41f1-ae76-445629619e3d 13fedcac-e157-40b9-8224-6181b54a6f52; do
  for kind in handbook trainer-guide slides handout pptx; do
    ext=pdf; [ "$kind" = pptx ] && ext=pptx
    extra=()
    if [ -n "$PDF" ] && { [ "$kind" = handbook ] || [ "$kind" = trainer-guide ]; }; then
      extra=("$PDF" "$PDF_ARG")
    fi
    prof=(); [ "$kind" = handout ] && prof=(--profile trainer)
    name="$OUT/$kind-${cur:0:4}"
    PYTHONPATH="$CO" "$PY" main.py --db "$OUT/lib.sqlite" export "$kind" --curriculum "$cur" \
      "${prof[@]}" "${extra[@]}" -o "$name.$ext" >/dev/null 2>"$name.err"
    if [ "$ext" = pdf ]; then
      pdftotext -layout "$name.pdf" "$name.txt"
    else
      "$PY" - "$name.pptx" > "$name.txt" <<'PY'
import sys
from pptx import Presentation
for slide in Presentation(sys.argv[1]).slides:
    for shape in slide.shapes:
        if shape.has_text_frame:
            print(shape.text_frame.text)
    if slide.has_notes_slide:
        print("NOTES", slide.notes_slide.notes_text_frame.text)
PY
    fi
  done
done
