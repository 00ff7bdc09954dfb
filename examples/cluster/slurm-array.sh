#!/usr/bin/env bash
# qtherm verify as a SLURM array: one shard per array task, then merge.sh combines them.
#   sbatch --array=1-4 examples/cluster/slurm-array.sh
#   sbatch --dependency=afterany:<array job id> examples/cluster/merge.sh
# Every shard gets the same seed and property runs as a single run; the merged report is
# identical to `qtherm verify` on one machine (apart from times).
#SBATCH --job-name=qtherm-verify
#SBATCH --cpus-per-task=2
#SBATCH --time=00:30:00
set -uo pipefail
QTHERM=${QTHERM:-npx qtherm}           # the command that runs qtherm
OUT=${QTHERM_OUT:-qtherm-results}      # where the shards and the merged report go
PATTERN=${QTHERM_PATTERN:-}            # a claim selection (empty: every claim)
mkdir -p "$OUT"
# a shard with an unexpected verdict exits 1: the array task is marked failed, merge.sh still runs (afterany)
$QTHERM verify $PATTERN --shard "${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}" --out "$OUT/shard-${SLURM_ARRAY_TASK_ID}.json"
