#!/usr/bin/env bash
# Intake at scale, on one core (taskset -c 0), Release builds. Prints a Markdown table for BENCHMARKS.md:
#  - the engine's own full-extraction throughput and a RegexOptions.NonBacktracking alternation that only finds the
#    names (bench/Banwatch.Bench), on a corpus of the project's eval documents repeated to BENCH_MB megabytes;
#  - `banwatch extract --format jsonl` on the same documents as files, with its peak memory;
#  - one document of 40 MB made of that corpus: ingest, `review list --limit 50`, a search and `documents show`,
#    each with its wall time and peak memory.
#
#   bash bench/intake.sh                 # 50 MB corpus
#   BENCH_MB=20 bash bench/intake.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

MB=${BENCH_MB:-50}
BIG_BYTES=${BENCH_BIG_BYTES:-40000000}
command -v taskset >/dev/null || { echo "taskset is needed (util-linux)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d /tmp/banwatch-intake.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "Building Release…" >&2
dotnet build src/Banwatch -c Release -o "$work/bin" -warnaserror >/dev/null
dotnet build bench/Banwatch.Bench -c Release -o "$work/bench" -warnaserror >/dev/null
banwatch() { "$work/bin/banwatch" "$@"; }

# Runs a command on core 0; prints "seconds peak_MB".
timed() {
  taskset -c 0 /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time"
}

echo "Engine and regex on one core ($MB MB of eval documents)…" >&2
taskset -c 0 "$work/bench/Banwatch.Bench" --mb "$MB" --corpus eval --write "$work/corpus" >"$work/engine.txt"
rate() { grep -F "| $1" "$work/engine.txt" | head -n 1 | awk -F'|' '{ gsub(/ /, "", $3); print $3 }'; }
engine=$(rate "Banwatch full extraction (sentences")
nonbacktracking=$(rate "Regex alternation, RegexOptions.NonBacktracking")
corpus_mb=$(du -sb "$work/corpus" | awk '{ printf "%.1f", $1 / 1000000 }')

banwatch status --db "$work/x.db" >/dev/null # the database exists before anything is timed
# What any run pays before its first megabyte: start-up, the database and catalogue, first-call compilation.
read -r first_s first_mem <<<"$(timed "$work/bin/banwatch" extract "$(find "$work/corpus" -name '*.txt' | sort | head -n 1)" --format jsonl --db "$work/x.db")"
# The CLI on the whole corpus, three times, each after one cold pass of the engine in a fresh process with the CLI's
# compilation settings (Cli/BatchRuntime.cs): what the CLI adds to the engine (start-up, reading, database, writing
# JSON) apart from what any cold process pays. A single run moved by a quarter from one run to the next, so each
# figure is the median of three, with their range.
cli_runs=() cold_runs=() extract_mem=0
for _ in 1 2 3; do
  cold_runs+=("$(DOTNET_TC_QuickJit=0 DOTNET_TieredPGO=0 taskset -c 0 "$work/bench/Banwatch.Bench" --mb "$MB" --corpus eval --once | awk '/one cold pass/ { print $4 }')")
  read -r s m <<<"$(timed "$work/bin/banwatch" extract "$work/corpus" --format jsonl --db "$work/x.db")"
  cli_runs+=("$s")
  extract_mem=$((m > extract_mem ? m : extract_mem))
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
rates() { printf '%s\n' "$@" | sort -n | awk -v mb="$corpus_mb" '{ r[NR] = mb / $1 } END { printf "%.1f MB/s (%.1f–%.1f)", r[2], r[3], r[1] }'; }
extract_s=$(median "${cli_runs[@]}")
cold_s=$(median "${cold_runs[@]}")
extract_rate=$(awk -v mb="$corpus_mb" -v s="$extract_s" 'BEGIN { printf "%.1f", mb / s }')
cold_rate=$(awk -v mb="$corpus_mb" -v s="$cold_s" 'BEGIN { printf "%.1f", mb / s }')
# The same with .NET's default tiering: batch commands start themselves again without quick first compilation and
# profile-guided recompilation (Cli/BatchRuntime.cs), whose unoptimised and instrumented phases last much of a batch
# run on one core; a runtime setting in the environment is kept, so this row shows what that restart gains.
read -r tiered_s tiered_mem <<<"$(timed env DOTNET_TC_QuickJit=1 "$work/bin/banwatch" extract "$work/corpus" --format jsonl --db "$work/x.db")"
tiered_rate=$(awk -v mb="$corpus_mb" -v s="$tiered_s" 'BEGIN { printf "%.1f", mb / s }')

echo "One document of $BIG_BYTES bytes…" >&2
mkdir -p "$work/big"
(set +o pipefail; find "$work/corpus" -name '*.txt' | sort | xargs cat | head -c "$BIG_BYTES" >"$work/big/report.txt") # cat stops when head has enough
banwatch status --db "$work/big.db" >/dev/null
read -r ingest_s ingest_mem <<<"$(timed "$work/bin/banwatch" ingest "$work/big" --db "$work/big.db")"
read -r review_s review_mem <<<"$(timed "$work/bin/banwatch" review list --limit 50 --db "$work/big.db")"
read -r search_s search_mem <<<"$(timed "$work/bin/banwatch" search "Wellington Declaration" --db "$work/big.db")"
read -r show_s show_mem <<<"$(timed "$work/bin/banwatch" documents show 1 --db "$work/big.db")"
pending=$(banwatch review list --limit 1 --format json --db "$work/big.db" | awk -F': ' '/"total"/ { gsub(/,/, "", $2); print $2; exit }')

echo "Load: $(uptime | sed 's/.*load average/load average/'); $(nproc) cores; all timed runs on core 0 (taskset -c 0)"
echo
echo "| what | figure | ratio |"
echo "| --- | ---: | ---: |"
echo "| engine: full extraction (Banwatch.Bench, $corpus_mb MB) | $engine MB/s | 1.000 |"
echo "| RegexOptions.NonBacktracking alternation of all names (same corpus) | $nonbacktracking MB/s | $(awk -v a="$engine" -v b="$nonbacktracking" 'BEGIN { printf "%.2f (engine / regex)", a / b }') |"
echo "| engine: one cold pass in a fresh process, with the CLI's compilation settings (median of 3) | $(rates "${cold_runs[@]}") | $(awk -v a="$cold_rate" -v b="$engine" 'BEGIN { printf "%.2f (cold / warm)", a / b }') |"
echo "| \`banwatch extract --format jsonl\` on the same documents as files (median of 3) | $(rates "${cli_runs[@]}"), peak $extract_mem MB | $(awk -v a="$extract_rate" -v b="$engine" 'BEGIN { printf "%.2f (CLI / engine)", a / b }'); $(awk -v a="$extract_rate" -v b="$cold_rate" 'BEGIN { printf "%.2f (CLI / cold engine)", a / b }') |"
echo "| the same with .NET's default tiering (\`DOTNET_TC_QuickJit=1\`, no restart) | $tiered_rate MB/s, peak $tiered_mem MB | $(awk -v a="$tiered_rate" -v b="$engine" 'BEGIN { printf "%.2f (CLI / engine)", a / b }') |"
echo "| the same on its first document alone (about 20 kB: start-up and first-call compilation) | $first_s s, peak $first_mem MB | |"
echo "| ingest one $((BIG_BYTES / 1000000)) MB document ($pending facts pending) | $ingest_s s, peak $ingest_mem MB | |"
echo "| \`review list --limit 50\` | $review_s s, peak $review_mem MB | |"
echo "| \`search \"Wellington Declaration\"\` | $search_s s, peak $search_mem MB | |"
echo "| \`documents show 1\` (first part) | $show_s s, peak $show_mem MB | |"
