#!/usr/bin/env bash
# Alternating A/B report builds: our analyzers and generator from another checkout (before) against this one (after),
# on a synthetic codebase bench/run.sh has generated and restored. See bench/README.md ("Reading the per-analyzer
# times"): single report builds cannot resolve 0.05 s; builds that alternate can.
#
#   bench/ab.sh BEFORE_ROOT [--shape NAME] [--files N] [--pairs N]
#
#   BEFORE_ROOT  a checkout (e.g. a git worktree) whose src/ has been built in Release, as bench/run.sh builds it
#   --shape      plain (default), dates, implements or dates+implements
#   --files      size of the codebase (default 2000)
#   --pairs      before/after pairs after one warm-up build of each (default 4)
#
# Prints one line per build: the variant, then ours (analyzers + generator), each of our analyzers and the generator,
# in seconds, as the compiler reports them with -p:ReportAnalyzer=true; and CoreCompile in ms.
set -euo pipefail

BEFORE="${1:?usage: bench/ab.sh BEFORE_ROOT [--shape NAME] [--files N] [--pairs N]}"
shift
SHAPE=plain
FILES=2000
PAIRS=4
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shape) SHAPE="$2"; shift 2 ;;
    --files) FILES="$2"; shift 2 ;;
    --pairs) PAIRS="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BEFORE="$(cd "$BEFORE" && pwd)"
SUFFIX=""
[[ "$SHAPE" == plain ]] || SUFFIX="-${SHAPE/+/-}"
PROJECT="$ROOT/bench/out/housing-$FILES$SUFFIX/Synthetic.csproj"
[[ -f "$PROJECT" ]] || { echo "no codebase at $PROJECT: run bench/run.sh --shape $SHAPE --files $FILES first" >&2; exit 1; }
LOGS="$ROOT/bench/out/ab-$FILES$SUFFIX"
mkdir -p "$LOGS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build() { # variant, log
  local root="$ROOT/"
  [[ "$1" == before ]] && root="$BEFORE/"
  dotnet build "$PROJECT" -c Release --no-restore --no-incremental -nologo -p:WithPackage=true \
    -p:UseSharedCompilation=true -p:ComplaintCodeRepoRoot="$root" -v:detailed -p:ReportAnalyzer=true \
    -clp:PerformanceSummary > "$2" 2>&1 || { echo "build failed ($1), see $2" >&2; exit 1; }
}

# "0.105   2      ComplaintCode.Analyzers.Diagnostics.TimescaleAnalyzer (...)" under the compiler's analyzer summary;
# "<0.001" counts as 0.
summarise() { # variant, log
  awk -v variant="$1" '
    $2 == "ms" && $3 == "CoreCompile" { core = $1 }
    $3 ~ /^ComplaintCode\.Analyzers\.(Diagnostics|Generation)\./ {
      t = ($1 ~ /^</) ? 0 : $1; n = $3; sub(/.*\./, "", n); times[n] = t; ours += t
      order[++count] = n
    }
    END {
      printf "%-6s ours %.3f s |", variant, ours
      for (i = 1; i <= count; i++) printf " %s %.3f", order[i], times[order[i]]
      printf " | CoreCompile %s ms\n", core
    }' "$2"
}

for variant in before after; do build "$variant" "$LOGS/warmup-$variant.log"; done
for i in $(seq 1 "$PAIRS"); do
  for variant in before after; do
    build "$variant" "$LOGS/$variant$i.log"
    summarise "$variant" "$LOGS/$variant$i.log"
  done
done
