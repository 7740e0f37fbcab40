#!/bin/sh
# fmt_bench.sh - throughput of `tfcheck fmt -check` against `terraform fmt
# -check` on the same corpora:
#   messy        2,000 small messy files (tests/fmt/gen_messy.py, seed 11)
#   corpus       the parse benchmark corpus: 400 large files (bench/gen_corpus.c)
#   messy-tidy   \ the same two after `terraform fmt`: every file formatted,
#   corpus-tidy  / so -check cannot stop at a first difference
# The two tools run in turns, RUNS rounds (so both see the same load on a
# shared machine); in each round tfcheck runs once untimed first, since a run
# of a few milliseconds right after terraform's finds the caches cold that
# terraform's seconds do not notice.  It prints the median and lowest
# wall-clock times, the median user+system CPU time (more than the wall time
# when a tool keeps both cores busy), and the ratio of the medians.  Timing
# is by bench/timeit.c (built here), which spawns the command directly.
#
#   sh bench/fmt_bench.sh [TFCHECK] [RUNS]
#
# Environment: BENCH_DIR (default build/bench) holds the corpora; CORPORA
# selects some of them (default "messy corpus messy-tidy corpus-tidy").
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release/tfcheck}
runs=${2:-11}
out=${BENCH_DIR:-$root/build/bench}
corpora=${CORPORA:-messy corpus messy-tidy corpus-tidy}
mkdir -p "$out"
if ! command -v terraform >/dev/null 2>&1; then
    echo "fmt_bench: terraform is not on the PATH; nothing to compare against" >&2
    exit 0
fi
export TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1
cc=${CC:-cc}
if [ ! -x "$out/timeit" ] || [ "$root/bench/timeit.c" -nt "$out/timeit" ]; then
    $cc -std=c11 -O2 -Wall -Wextra -o "$out/timeit" "$root/bench/timeit.c"
fi
if [ ! -d "$out/messy" ]; then
    python3 "$root/tests/fmt/gen_messy.py" "$out/messy.tmp" 2000 11
    mv "$out/messy.tmp" "$out/messy"
fi
if [ ! -d "$out/corpus" ]; then
    $cc -std=c11 -O2 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -o "$out/gen_corpus" "$root/bench/gen_corpus.c"
    rm -rf "$out/corpus.tmp"
    "$out/gen_corpus" "$out/corpus.tmp" 400 1 >/dev/null
    mv "$out/corpus.tmp" "$out/corpus"
fi
for c in messy corpus; do
    if [ ! -d "$out/$c-tidy" ]; then
        rm -rf "$out/$c-tidy.tmp"
        cp -r "$out/$c" "$out/$c-tidy.tmp"
        terraform fmt -recursive "$out/$c-tidy.tmp" >/dev/null
        mv "$out/$c-tidy.tmp" "$out/$c-tidy"
    fi
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for corpus in $corpora; do
    dir="$out/$corpus"
    files=$(find "$dir" -name '*.tf' | wc -l)
    bytes=$(find "$dir" -name '*.tf' -exec cat {} + | wc -c)
    : >"$out/ours.txt"
    : >"$out/theirs.txt"
    i=0
    while [ $i -lt "$runs" ]; do
        "$out/timeit" 1 "$bin" fmt -check "$dir" >/dev/null
        "$out/timeit" 1 "$bin" fmt -check "$dir" >>"$out/ours.txt"
        "$out/timeit" 1 terraform fmt -check "$dir" >>"$out/theirs.txt"
        i=$((i + 1))
    done
    ours=$(cut -d' ' -f1 "$out/ours.txt" | median)
    ours_min=$(cut -d' ' -f1 "$out/ours.txt" | sort -n | head -1)
    ours_cpu=$(awk '{ print $3 + $4 }' "$out/ours.txt" | median)
    theirs=$(cut -d' ' -f1 "$out/theirs.txt" | median)
    theirs_min=$(cut -d' ' -f1 "$out/theirs.txt" | sort -n | head -1)
    theirs_cpu=$(awk '{ print $3 + $4 }' "$out/theirs.txt" | median)
    echo "$corpus: $files files, $bytes bytes, $runs runs each"
    echo "  tfcheck fmt -check    median $ours ms, lowest $ours_min ms, CPU $ours_cpu ms"
    echo "  terraform fmt -check  median $theirs ms, lowest $theirs_min ms, CPU $theirs_cpu ms"
    echo "  speed-up              $(awk -v a="$theirs" -v b="$ours" -v c="$theirs_min" -v d="$ours_min" \
        'BEGIN { printf "%.0fx (of the lowest times: %.0fx)", a / b, c / d }')"
done
