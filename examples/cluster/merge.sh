#!/usr/bin/env bash
# Combines the shards of slurm-array.sh (or of the GitHub Actions matrix) into one report;
# exits as `qtherm verify` would (0 every verdict as registered, 1 unexpected, 4 undecided).
#SBATCH --job-name=qtherm-merge
#SBATCH --time=00:05:00
set -uo pipefail
QTHERM=${QTHERM:-npx qtherm}
OUT=${QTHERM_OUT:-qtherm-results}
$QTHERM merge "$OUT"/shard-*.json --out "$OUT/report.json" --html "$OUT/html"
