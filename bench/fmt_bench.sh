#!/bin/sh
# fmt_bench.sh - throughput of `tfcheck fmt -check` against `terraform fmt
# -check` on the same corpus, in one run: a generated messy corpus of small
# files (tests/fmt/gen_messy.py) and the large-file parse corpus (bench/run.sh
# generates it).  Reports the best of RUNS wall-clock times for each tool.
#
#   sh bench/fmt_bench.sh [TFCHECK] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release/tfcheck}
runs=${2:-3}
out="$root/build/bench"
mkdir -p "$out"
if ! command -v terraform >/dev/null 2>&1; then
    echo "fmt_bench: terraform is not on the PATH; nothing to compare against" >&2
    exit 0
fi
if [ ! -d "$out/messy" ]; then
    python3 "$root/tests/fmt/gen_messy.py" "$out/messy.tmp" 2000 11
    mv "$out/messy.tmp" "$out/messy"
fi

now() { date +%s%N; }

best() { # best wall time in ms of: best RUNS CMD...
    n=$1
    shift
    b=""
    i=0
    while [ $i -lt "$n" ]; do
        t0=$(now)
        "$@" >/dev/null 2>&1 || true
        t1=$(now)
        ms=$(( (t1 - t0) / 1000000 ))
        if [ -z "$b" ] || [ "$ms" -lt "$b" ]; then b=$ms; fi
        i=$((i + 1))
    done
    echo "$b"
}

for corpus in messy corpus; do
    dir="$out/$corpus"
    [ -d "$dir" ] || { echo "fmt_bench: $dir missing (run make bench first)"; continue; }
    files=$(find "$dir" -name '*.tf' | wc -l)
    bytes=$(find "$dir" -name '*.tf' -exec cat {} + | wc -c)
    ours=$(best "$runs" "$bin" fmt -check "$dir")
    theirs=$(TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1 best "$runs" terraform fmt -check "$dir")
    [ "$ours" -gt 0 ] || ours=1
    echo "$corpus: $files files, $bytes bytes"
    echo "  tfcheck fmt -check    ${ours} ms"
    echo "  terraform fmt -check  ${theirs} ms"
    echo "  speed-up              $(( theirs / ours ))x"
done
