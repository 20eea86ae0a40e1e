#!/usr/bin/env bash
# Trains the learned fact model on the project's own evaluation sets listed in eval/training-sets.txt and writes the
# model that is built into Banwatch.Core, with train-facts' default settings (--l2 0.03 --epochs 10 --rounds 2) and
# the per-kind thresholds of eval/fact-thresholds.tsv. A test (IntakeTests) runs the same training and checks it gives
# the shipped file byte for byte.
#
# The thresholds are chosen by cross-validation over the same sets; after adding a set, choose them again first:
#   dotnet run --project src/Banwatch -- train-facts --sets eval/training-sets.txt --cross-validate \
#     --write-thresholds eval/fact-thresholds.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(mktemp -d)/train.db
dotnet run --project src/Banwatch -- train-facts --db "$db" --sets eval/training-sets.txt \
  --thresholds eval/fact-thresholds.tsv --out src/Banwatch.Core/Intake/Learned/fact-model.tsv
