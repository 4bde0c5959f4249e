#!/usr/bin/env bash
# The ComplaintCode.Analyzers benchmark suite. See bench/README.md.
#
#   bench/run.sh [--files N] [--runs N] [--report-runs N] [--warmups N] [--cold N] [--no-benchmarks]
#                [--dates] [--implements] [--shape NAME]... [--all-shapes]
#
#   --files N        size of the synthetic codebase (default 2000 files, ~215,000 lines in the plain shape)
#   --runs N         timed builds per variant, with and without the package (default 5)
#   --report-runs N  extra builds with -p:ReportAnalyzer=true for the analyzer/generator share (default 2)
#   --warmups N      untimed builds per variant before the timed ones (default 3, at least 1): the compiler server keeps
#                    re-JITting its hot code for several builds, and the first builds pay for it
#   --cold N         also N builds per variant each in a new compiler server, as a CI job's one build is (default 0:
#                    each takes about twice a warm one); printed as the cold ratio, which has no target
#   --no-benchmarks  skip BenchmarkDotNet and the breakdown (build measurements only)
#   --dates          code dense in date arithmetic and stage/tier enums outside any complaint context
#   --implements     350 more [Implements] on the complaint workflows
#                    (--dates --implements together: one codebase with both)
#   --shape NAME     plain, dates, implements or dates+implements; repeat to measure several
#   --all-shapes     all four, one after another
#
# Every figure is printed for each shape; the last lines are one summary row per shape, and the very last line is
# overhead_ratio=<median build time with the package / without> of the last shape measured. Beside each ratio is its
# 95% interval (ratio-interval.awk): a build here varies by more than 3%, so a ratio is read with its interval.
set -euo pipefail

FILES=2000
RUNS=5
REPORT_RUNS=2
WARMUPS=3
COLD=0
BENCHMARKS=1
SHAPES=()
DATES=0
IMPLEMENTS=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --report-runs) REPORT_RUNS="$2"; shift 2 ;;
    --warmups) WARMUPS="$2"; shift 2 ;;
    --cold) COLD="$2"; shift 2 ;;
    --no-benchmarks) BENCHMARKS=0; shift ;;
    --dates) DATES=1; shift ;;
    --implements) IMPLEMENTS=1; shift ;;
    --shape) SHAPES+=("$2"); shift 2 ;;
    --all-shapes) SHAPES+=(plain dates implements dates+implements); shift ;;
    -h|--help) sed -n '2,/^set /{/^set /!p}' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if (( DATES && IMPLEMENTS )); then SHAPES+=(dates+implements)
elif (( DATES )); then SHAPES+=(dates)
elif (( IMPLEMENTS )); then SHAPES+=(implements)
fi
(( ${#SHAPES[@]} > 0 )) || SHAPES=(plain)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { echo; echo "== $*"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# "min-max" of the numbers on stdin: the spread printed beside each median.
spread() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { if (NR == 0) print "nan"; else printf "%s-%s", lo, hi }'; }
# "  355 ms  ComplaintCode_WriteSelfAssessment   1 calls" in the target summary of -clp:PerformanceSummary.
target_ms() { awk -v t="$2" '$2 == "ms" && $3 == t { print $1; exit }' "$1"; }

step "Building src/ in Release (the ComplaintCode library, the analyzers, the code fixes and the build tasks)"
dotnet build "$ROOT/src/ComplaintCode/ComplaintCode.csproj" -c Release -nologo -v:q
dotnet build "$ROOT/src/ComplaintCode.Build/ComplaintCode.Build.csproj" -c Release -nologo -v:q
dotnet build "$ROOT/src/ComplaintCode.Analyzers.CodeFixes/ComplaintCode.Analyzers.CodeFixes.csproj" -c Release -nologo -v:q

SUMMARY=()
for SHAPE in "${SHAPES[@]}"; do
if [[ "$SHAPE" == plain ]]; then NAME="housing-$FILES"; else NAME="housing-$FILES-${SHAPE//+/-}"; fi
OUT="$ROOT/bench/out/$NAME"
LOGS="$ROOT/bench/out/logs-${NAME#housing-}"
PROJECT="$OUT/Synthetic.csproj"

step "[$SHAPE] Generating the synthetic codebase ($FILES files)"
dotnet run -c Release --project "$ROOT/bench/SyntheticCodebase" -- --files "$FILES" --shape "$SHAPE" --out "$OUT"
rm -rf "$LOGS"; mkdir -p "$LOGS"

# Both variants compile the same files; WithPackage=false drops the package (analyzers, generator, their findings
# file, build step) and compiles stand-ins for the generated types. --no-incremental rebuilds every time; the compiler server is
# shared by all runs (UseSharedCompilation=true) and stays warm.
build() { # build <true|false> <log> [extra msbuild args...]
  local with="$1" log="$2"; shift 2
  dotnet build "$PROJECT" -c Release --no-restore --no-incremental -nologo \
    -p:WithPackage="$with" -p:UseSharedCompilation=true -clp:PerformanceSummary "$@" > "$log" 2>&1 \
    || { echo "build failed (WithPackage=$with), see $log" >&2; tail -20 "$log" >&2; exit 1; }
}

# timed_builds <runs> <name> [cold]: <runs> builds per variant, alternating with/without (the order flips every run).
# Each build's wall time goes to $LOGS/<name>times-<with>.txt and its task times to <name>assess.txt and
# <name>report.txt. With "cold", each build starts after dotnet build-server shutdown, which stops the compiler server
# and MSBuild's nodes: the build then starts and JIT-compiles the compiler and our code, as a CI job's one build does.
timed_builds() {
  local runs="$1" name="$2" cold="${3:-}" run with order log start end compile assess report
  : > "$LOGS/${name}times-true.txt"; : > "$LOGS/${name}times-false.txt"; : > "$LOGS/${name}assess.txt"; : > "$LOGS/${name}report.txt"
  for run in $(seq 1 "$runs"); do
    order="true false"; if (( run % 2 == 0 )); then order="false true"; fi
    for with in $order; do
      if [[ -n "$cold" ]]; then dotnet build-server shutdown > /dev/null 2>&1 || true; fi
      log="$LOGS/${name}run$run-$with.log"
      start=$(now_ms); build "$with" "$log" -v:minimal; end=$(now_ms)
      echo "$((end - start))" >> "$LOGS/${name}times-$with.txt"
      compile=$(target_ms "$log" CoreCompile); assess=$(target_ms "$log" ComplaintCode_WriteSelfAssessment)
      report=$(target_ms "$log" ComplaintCode_ReportFindings)
      printf '  %srun %d  WithPackage=%-5s  build %6d ms  CoreCompile %6s ms  self-assessment task %s ms  report task %s ms\n' \
        "$name" "$run" "$with" "$((end - start))" "${compile:-?}" "${assess:--}" "${report:--}"
      if [[ -n "$assess" ]]; then echo "$assess" >> "$LOGS/${name}assess.txt"; fi
      if [[ -n "$report" ]]; then echo "$report" >> "$LOGS/${name}report.txt"; fi
    done
  done
}

step "[$SHAPE] Restore and warm-up builds"
for with in true false; do
  dotnet restore "$PROJECT" -p:WithPackage="$with" -nologo -v:q
  build "$with" "$LOGS/warmup-$with.log" -v:minimal
  grep -h "ComplaintCode:" "$LOGS/warmup-$with.log" | sed 's/^ */  /' || true
done
for _ in $(seq 2 "$WARMUPS"); do
  for with in true false; do build "$with" "$LOGS/warmup-$with.log" -v:minimal; done
done

step "[$SHAPE] Timed builds: $RUNS with and $RUNS without the package, alternating"
timed_builds "$RUNS" ""
with_ms=$(median < "$LOGS/times-true.txt")
without_ms=$(median < "$LOGS/times-false.txt")
assess_ms=$(median < "$LOGS/assess.txt")
report_ms=$(median < "$LOGS/report.txt")

step "[$SHAPE] Analyzer and generator share of compile time (-p:ReportAnalyzer=true, $REPORT_RUNS builds with the package)"
: > "$LOGS/share.txt"; : > "$LOGS/generator.txt"
# One report build first, not counted: the first build with -p:ReportAnalyzer=true JIT-compiles the compiler's timing
# code inside the first callbacks it times, which put 0.2-0.5 s more on our analyzers than the builds after it.
build true "$LOGS/report0.log" -v:detailed -p:ReportAnalyzer=true
for run in $(seq 1 "$REPORT_RUNS"); do
  log="$LOGS/report$run.log"
  build true "$log" -v:detailed -p:ReportAnalyzer=true
  # The compiler prints "Total analyzer execution time", then one line per analyzer assembly ("<s> <%> <assembly>,
  # Version=...") with its analyzers indented below; then the same for generators.
  read -r analyzers generators < <(awk '
    /Total analyzer execution time/  { section = "a" }
    /Total generator execution time/ { section = "g" }
    section != "" && $3 == "ComplaintCode.Analyzers," { v = $1; sub(/^</, "", v); t[section] = v }  # "<0.001" when too small to time
    END { printf "%s %s\n", (t["a"] == "" ? 0 : t["a"]), (t["g"] == "" ? 0 : t["g"]) }' "$log")
  compile=$(target_ms "$log" CoreCompile)
  share=$(awk -v a="$analyzers" -v g="$generators" -v c="$compile" 'BEGIN { printf "%.2f", 100 * (a + g) * 1000 / c }')
  echo "$share" >> "$LOGS/share.txt"
  echo "$generators" >> "$LOGS/generator.txt"
  printf '  report %d: analyzers %.3f s + generator %.3f s of CoreCompile %.3f s = %s%%\n' "$run" "$analyzers" "$generators" "$(awk -v c="$compile" 'BEGIN { print c / 1000 }')" "$share"
done
share_pct=$(median < "$LOGS/share.txt")
echo "  per analyzer (last report build):"
grep -hE '^\s+[0-9.]+\s+(<?[0-9]+)\s+ComplaintCode\.Analyzers\.' "$LOGS/report$REPORT_RUNS.log" | sed -E 's/^\s+/    /' || true

generator_s=$(median < "$LOGS/generator.txt")

if [[ "$BENCHMARKS" == 1 ]]; then
  step "[$SHAPE] BenchmarkDotNet: analyzers vs an empty analyzer, generator first and incremental run"
  (cd "$ROOT/bench" && dotnet run -c Release --project "$ROOT/bench/ComplaintCode.Benchmarks" -- --files "$FILES" --shape "$SHAPE" --filter '*')
  step "[$SHAPE] Breakdown: where the analyzers' and the generator's time goes"
  dotnet run -c Release --no-build --project "$ROOT/bench/ComplaintCode.Benchmarks" -- --files "$FILES" --shape "$SHAPE" --breakdown
fi

if (( COLD > 0 )); then
  # After the report builds and the benchmarks, so that nothing warm is measured in a server still warming up.
  step "[$SHAPE] Cold builds: $COLD with and $COLD without the package, alternating, each in a new compiler server"
  timed_builds "$COLD" cold- cold
fi

read -r ratio paired ratio_lo ratio_hi < <(awk -f "$ROOT/bench/ratio-interval.awk" "$LOGS/times-true.txt" "$LOGS/times-false.txt")
step "[$SHAPE] Summary ($FILES files, $RUNS runs per variant; logs in ${LOGS#$ROOT/})"
echo "median build time with the package:    $with_ms ms ($(spread < "$LOGS/times-true.txt"))"
echo "median build time without the package: $without_ms ms ($(spread < "$LOGS/times-false.txt"))"
echo "analyzers + generator share of compile: ${share_pct}% ($(spread < "$LOGS/share.txt")) (target < 1%)"
echo "generator in a full build:              ${generator_s} s ($(spread < "$LOGS/generator.txt")) (target < 0.2 s)"
echo "self-assessment task (median):          $assess_ms ms ($(spread < "$LOGS/assess.txt")) (target < 50 ms, no process started)"
echo "findings report task (median):          $report_ms ms ($(spread < "$LOGS/report.txt"))"
echo "overhead ratio, 95% interval:           $ratio ($ratio_lo-$ratio_hi; the runs' own ratios have median $paired) (target <= 1.03)"
cold_note=""
if (( COLD > 0 )); then
  read -r cold_ratio cold_paired cold_lo cold_hi < <(awk -f "$ROOT/bench/ratio-interval.awk" "$LOGS/cold-times-true.txt" "$LOGS/cold-times-false.txt")
  cold_note="  cold $cold_ratio ($cold_lo-$cold_hi)"
  echo "cold builds, with / without:            $cold_ratio ($cold_lo-$cold_hi; the runs' own ratios have median $cold_paired) ($(median < "$LOGS/cold-times-true.txt") ms ($(spread < "$LOGS/cold-times-true.txt")) / $(median < "$LOGS/cold-times-false.txt") ms ($(spread < "$LOGS/cold-times-false.txt")); no target)"
fi
echo "overhead_ratio=$ratio"
SUMMARY+=("$(printf '%-17s ratio %s (%s-%s)  with %s ms  without %s ms  share %s%%  generator %s s  assessment %s ms' "$SHAPE" "$ratio" "$ratio_lo" "$ratio_hi" "$with_ms" "$without_ms" "$share_pct" "$generator_s" "$assess_ms")${cold_note:-}")
done

if (( ${#SHAPES[@]} > 1 )); then
  step "All shapes (medians; the spreads are above)"
  printf '%s\n' "${SUMMARY[@]}"
  echo "overhead_ratio=$ratio"
fi
