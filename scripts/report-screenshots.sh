#!/usr/bin/env bash
# Regenerates docs/screenshots/access-report.png (the access report's first page) and access-report-accounts.png
# (its first page of accounts): the report journey saves the demo's whole report as PDF (APSARA_REPORT_SAMPLE) and
# pdftoppm (poppler-utils, a documentation tool only; no test needs it) renders the two pages at 110 dpi.
#
#   scripts/report-screenshots.sh      # after a build (scripts/setup.sh); APSARA_BUILD_DIR / APSARA_PRESET as usual
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: apt-get install -y poppler-utils" >&2; exit 1; }
journey="$(apsara_build_dir)/tests/journeys/tst_journey_report"
[[ -x "$journey" ]] || { echo "$journey is not built: run scripts/setup.sh first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step "Saving the demo's access report as PDF through the report journey"
run env APSARA_REPORT_SAMPLE="$work/report.pdf" QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 LANGUAGE=en \
    "$journey" exportsCsvJsonAndPdfThatMatchTheSandbox >"$work/journey.log" 2>&1 || { cat "$work/journey.log"; exit 1; }
outdir="$APSARA_ROOT/docs/screenshots"
step "Rendering pages 1 and 2 to $outdir"
run pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/report.pdf" "$outdir/access-report"
run pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/report.pdf" "$outdir/access-report-accounts"
