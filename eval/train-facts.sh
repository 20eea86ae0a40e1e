#!/usr/bin/env bash
# Trains the learned fact model on the project's own evaluation sets and writes the model that is built into
# Banwatch.Core. Not on ../shared/devset (it stays outside the project and measures the result), not on the seeds,
# and not on the never-read halves (eval/heldout4 even, eval/heldout5), which measure generalisation.
# A test (FactModelTrainingTests) runs the same training and checks it gives the shipped file byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
odd4=$(ls eval/heldout4/docs/{01,03,05,07,09,11,13,15,17,19}_*.txt | paste -sd,)
db=$(mktemp -d)/train.db
dotnet run --project src/Banwatch -- train-facts --db "$db" \
  --set eval/gold.json=eval/docs \
  --set eval/heldout/gold.json=eval/heldout/docs \
  --set eval/heldout2/gold.json=eval/heldout2/docs \
  --set eval/heldout3/gold.json=eval/heldout3/docs \
  --set "eval/heldout4/gold.json=$odd4" \
  --l2 0.1 --epochs 10 --rounds 2 --threshold 0.4 \
  --out src/Banwatch.Core/Intake/Learned/fact-model.tsv
