#!/usr/bin/env bash
# Trains the learned fact model on the project's own evaluation sets listed in eval/training-sets.txt and writes the
# model that is built into Banwatch.Core, with train-facts' default settings (--threshold 0.5 --l2 0.1 --epochs 10
# --rounds 2). A test (IntakeTests) runs the same training and checks it gives the shipped file byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(mktemp -d)/train.db
dotnet run --project src/Banwatch -- train-facts --db "$db" --sets eval/training-sets.txt \
  --out src/Banwatch.Core/Intake/Learned/fact-model.tsv
