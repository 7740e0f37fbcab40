#!/bin/sh
# run.sh - builds the corpus generator, generates the benchmark corpus once
# (build/bench/corpus) and runs the lex+parse benchmark over it.
#
#   sh bench/run.sh BENCH_BINARY [REPEAT]
#
# Environment: CC (default cc), BENCH_FILES, BENCH_SEED, BENCH_MB to shape a
# corpus (delete build/bench/corpus to regenerate after changing them).
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: sh bench/run.sh BENCH_BINARY [REPEAT]" >&2
    exit 2
fi
bench=$1
repeat=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/build/bench"
gen="$out/gen_corpus"
corpus="$out/corpus"

mkdir -p "$out"
src="$root/bench/gen_corpus.c"
if [ ! -x "$gen" ] || [ -n "$(find "$src" -newer "$gen")" ]; then
    echo "building $gen"
    ${CC:-cc} -std=c11 -O2 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -o "$gen" "$src"
fi

if [ ! -d "$corpus" ]; then
    set -- "$corpus.tmp" "${BENCH_FILES:-400}" "${BENCH_SEED:-1}"
    if [ -n "${BENCH_MB:-}" ]; then set -- "$@" --mb "$BENCH_MB"; fi
    rm -rf "$corpus.tmp"
    "$gen" "$@"
    mv "$corpus.tmp" "$corpus"
fi

exec "$bench" "$corpus" "$repeat"
