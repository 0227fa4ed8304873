#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the real workbench under Xvfb on the demo database and takes screenshots:
#   OUT/home.png          the home dashboard of the demo database: KPIs, decisions waiting,
#                         periodic reviews due, alerts, retirements
#   OUT/home-dark.png     the same in the dark palette
#   OUT/inventory.png     the inventory of the demo database
#   OUT/model-detail.png  the page of the fraud-detection model
#   OUT/inbox.png         Priya Raman's inbox (her demo key), a request selected with its detail
#   OUT/sign-dialog.png   the sign dialog on that request
#   OUT/settings.png      Settings with that signing identity
#   OUT/audit-verify.png  the Audit area after Verify
#   OUT/drift.png         the Drift area: the fraud detector's features, the drift episode charted
#                         against the tier threshold, and the peak week's distributions
#   OUT/fairness.png      the Fairness area: the flagged credit-scoring report's groups, the
#                         four-fifths line, the summary with its flags and the group sizes
#   OUT/reports.png       the Reports area: the Annex IV preview of the first model's version,
#                         with its readiness counts and charts
#   OUT/model-card.png    the fraud detector's Model card tab with its revisions
#   OUT/approvals.png     its Approvals tab: requests, checks, signed decisions
#   OUT/lineage.png       the anomaly detector's Lineage tab
#   OUT/compare.png       the intent classifier's staging candidate beside production
#   OUT/import.png        File → Import… previewing the Evidently sample of ../shared/data onto
#                         credit-scoring 1.0.0: 15 new drift observations
# Passes when the window came up and each screenshot exists and is not blank.
# Builds nothing. Usage: screenshot.sh PATH/TO/quorum OUT_FOLDER
# The real samples are read from QUORUM_SHARED_DATA_DIR (default: ../shared/data beside the
# source tree).
set -euo pipefail

QUORUM=${1:?usage: screenshot.sh PATH/TO/quorum OUT_FOLDER}
OUT=${2:?usage: screenshot.sh PATH/TO/quorum OUT_FOLDER}
WIDTH=1400
HEIGHT=900
TIMEOUT=${QUORUM_SCREENSHOT_TIMEOUT:-120}

[ -x "$QUORUM" ] || { echo "not an executable: $QUORUM" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (package xvfb)" >&2; exit 1; }
[ -x /usr/bin/import ] || { echo "/usr/bin/import is missing (package imagemagick)" >&2; exit 1; }
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
QUORUM=$(cd "$(dirname "$QUORUM")" && pwd)/$(basename "$QUORUM")
SHARED_DATA=${QUORUM_SHARED_DATA_DIR:-$(dirname "$0")/../../../shared/data}
DRIFT_SAMPLE=$SHARED_DATA/drift/DrHazza_data_drift_report.json
[ -f "$DRIFT_SAMPLE" ] || { echo "the Evidently sample is missing: $DRIFT_SAMPLE" >&2; exit 1; }
DRIFT_SAMPLE=$(cd "$(dirname "$DRIFT_SAMPLE")" && pwd)/$(basename "$DRIFT_SAMPLE")

# A private home for settings and the demo database, so nothing of the user's is touched.
SANDBOX=$(mktemp -d)
trap 'rm -rf "$SANDBOX"' EXIT
mkdir -m 700 "$SANDBOX/runtime"

cat >"$SANDBOX/session.sh" <<'SESSION'
#!/usr/bin/env bash
# Runs inside xvfb-run: DISPLAY is set.
set -euo pipefail
QUORUM=$1 OUT=$2 WIDTH=$3 HEIGHT=$4 TIMEOUT=$5 DRIFT_SAMPLE=$6

# Succeeds once a window whose title starts with "$1" is mapped (xwininfo when available, otherwise once the
# screen stops being blank and stops changing).
window_is_up() {
    if command -v xwininfo >/dev/null; then
        xwininfo -root -tree 2>/dev/null | grep -qF "\"$1"
    else
        /usr/bin/import -window root "$OUT/.probe1.png" 2>/dev/null && sleep 1 \
            && /usr/bin/import -window root "$OUT/.probe2.png" 2>/dev/null \
            && [ "$(/usr/bin/compare -metric AE "$OUT/.probe1.png" "$OUT/.probe2.png" null: 2>&1)" = 0 ] \
            && not_blank "$OUT/.probe2.png"
    fi
}

not_blank() {
    local deviation
    deviation=$(/usr/bin/convert "$1" -format '%[fx:standard_deviation]' info:)
    awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }'
}

# Runs quorum with "$@", waits for its window, captures the screen into $OUT/$name.png
# SETTLE seconds later (default 2).
capture() {
    local name=$1 title=$2
    shift 2
    "$QUORUM" -geometry "${WIDTH}x${HEIGHT}+0+0" "$@" >"$OUT/$name.log" 2>&1 &
    local pid=$! waited=0
    until window_is_up "$title"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "quorum exited before its window came up; its output:" >&2
            cat "$OUT/$name.log" >&2
            return 1
        fi
        if [ "$waited" -ge "$TIMEOUT" ]; then
            echo "no window titled '$title' after ${TIMEOUT}s; the screen is in $OUT/$name-timeout.png" >&2
            /usr/bin/import -window root "$OUT/$name-timeout.png" || true
            if command -v xwininfo >/dev/null; then
                echo "windows:" >&2
                xwininfo -root -tree | grep -F '("quorum"' >&2 || true
            fi
            kill "$pid"
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    sleep "${SETTLE:-2}" # let the first paint (and background reads) settle
    /usr/bin/import -window root "$OUT/$name.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    if ! not_blank "$OUT/$name.png"; then
        echo "$OUT/$name.png is blank" >&2
        return 1
    fi
    echo "captured $OUT/$name.png (window up after ${waited}s)"
}

capture home "demo.sqlite — Quorum" --demo
SETTLE=3 capture home-dark "demo.sqlite — Quorum" --demo --theme dark
capture inventory "demo.sqlite — Quorum" --demo --theme light --area inventory
capture model-detail "demo.sqlite — Quorum" --demo --show-model fraud-detection

# The demo people's keys lie beside the demo database (passphrase "quorum-demo"). The identity
# chosen with --identity is remembered for the captures after it.
DEMO=$(find "$XDG_DATA_HOME" -name demo.sqlite -print -quit)
KEY=$(dirname "$DEMO")/demo-keys/priya.raman.p12
[ -f "$KEY" ] || { echo "the demo has no key file $KEY" >&2; exit 1; }
QUORUM_PASSPHRASE=quorum-demo SETTLE=4 \
    capture inbox "demo.sqlite — Quorum" --demo --identity "$KEY" --area inbox
SETTLE=3 capture sign-dialog "Sign a Decision" --demo --decide --verdict request-changes
SETTLE=3 capture settings "demo.sqlite — Quorum" --demo --area settings
SETTLE=12 capture audit-verify "demo.sqlite — Quorum" --demo --verify
SETTLE=4 capture drift "demo.sqlite — Quorum" --demo --area drift
SETTLE=4 capture fairness "demo.sqlite — Quorum" --demo --area fairness
SETTLE=8 capture reports "demo.sqlite — Quorum" --demo --area reports
SETTLE=4 capture model-card "demo.sqlite — Quorum" --demo --show-model fraud-detection \
    --model-tab model-card
SETTLE=6 capture approvals "demo.sqlite — Quorum" --demo --show-model fraud-detection \
    --model-tab approvals
SETTLE=4 capture lineage "demo.sqlite — Quorum" --demo --show-model anomaly-detector \
    --model-tab lineage
SETTLE=4 capture compare "Compare versions of" --demo --show-model intent-classifier --compare
SETTLE=4 capture import "Import Evidence" --demo --import "$DRIFT_SAMPLE" \
    --import-kind evidently --import-target credit-scoring@1.0.0
rm -f "$OUT"/.probe*.png
SESSION

env HOME="$SANDBOX" XDG_CONFIG_HOME="$SANDBOX/config" XDG_DATA_HOME="$SANDBOX/data" \
    XDG_CACHE_HOME="$SANDBOX/cache" XDG_RUNTIME_DIR="$SANDBOX/runtime" \
    QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 ${WIDTH}x${HEIGHT}x24" \
    bash "$SANDBOX/session.sh" "$QUORUM" "$OUT" "$WIDTH" "$HEIGHT" "$TIMEOUT" "$DRIFT_SAMPLE"
