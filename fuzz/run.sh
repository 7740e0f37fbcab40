#!/bin/sh
# run.sh - runs each libFuzzer target, seeded from the test fixtures.  A
# crash, leak or timeout fails the run; the input is left in
# build/fuzz/artifacts/ to become a regression test in tests/fuzz-regressions/.
#
# The run is deterministic (-seed=1 and a fixed number of inputs per target,
# about a minute each), so CI explores exactly what a developer explored
# before submitting; SECONDS only caps the time.  FUZZ_RUNS=0 lifts the
# input limit for open-ended local fuzzing.
set -u
seconds=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/build/fuzz/artifacts"
status=0
for target in "$@"; do
    name=$(basename "$target")
    corpus="$root/build/fuzz/corpus-$name"
    rm -rf "$corpus" && mkdir -p "$corpus"
    # seed corpus: every fixture the tests use
    case "$name" in
    *json*) pattern='*.json' ;;
    *) pattern='*.tf*' ;;
    esac
    # one seed per fixture, named after its path (many fixtures are called
    # main.tf), in sorted order, so every checkout seeds the same corpus
    if [ "$name" = fuzz_eval ]; then
        # the expression cases, 20 expressions a seed
        for f in "$root"/tests/eval/cases/*.txt; do
            sed -n 's/^> //p' "$f" | split -l 20 - "$corpus/$(basename "$f" .txt)-"
        done
    else
        find "$root/tests" "$root/examples" -type f -name "$pattern" 2>/dev/null | LC_ALL=C sort |
            while read -r f; do
                rel=${f#"$root"/}
                cp "$f" "$corpus/$(printf '%s' "$rel" | tr '/' '_')"
            done
    fi
    [ -d "$root/tests/fuzz-regressions" ] && cp "$root/tests/fuzz-regressions/"* "$corpus/" 2>/dev/null
    case "$name" in
    fuzz_json) runs=1000000 ;;
    fuzz_fmt) runs=300000 ;;
    fuzz_eval) runs=20000 ;;
    *) runs=150000 ;;
    esac
    [ "${FUZZ_RUNS:-}" = 0 ] && runs=-1
    rm -rf "$corpus.work" && mkdir -p "$corpus.work"
    echo "fuzz: $name, $runs inputs or ${seconds}s"
    if ! "$target" -seed=1 -runs="$runs" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -dict="$root/fuzz/hcl.dict" -artifact_prefix="$root/build/fuzz/artifacts/$name-" \
        -print_final_stats=1 "$corpus.work" "$corpus" >"$root/build/fuzz/$name.log" 2>&1; then
        echo "fuzz: $name FAILED; see build/fuzz/$name.log and build/fuzz/artifacts/"
        tail -30 "$root/build/fuzz/$name.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|cov:" "$root/build/fuzz/$name.log" | tail -2
    fi
done
exit $status
