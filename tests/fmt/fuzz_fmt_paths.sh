#!/bin/sh
# fuzz_fmt_paths.sh - builds the libFuzzer target tests/fmt/fuzz_fmt_paths.c
# (the formatter's syntax check against the full parser) with the flags and
# libraries the Makefile uses for fuzz/ targets.  Run from the repository root.
#   sh tests/fmt/fuzz_fmt_paths.sh OUT_BINARY
set -eu
out=${1:?usage: sh tests/fmt/fuzz_fmt_paths.sh OUT_BINARY}
flags=$(make -s -f Makefile -f - print-fuzz-flags <<'MK'
print-fuzz-flags:
	@echo $(FUZZ_FLAGS)
MK
)
libs=$(make -s -f Makefile -f - print-libs <<'MK'
print-libs:
	@echo $(LIBS_DYN)
MK
)
srcs=$(make -s -f Makefile -f - print-srcs <<'MK'
print-srcs:
	@echo $(LIB_SRCS)
MK
)
# shellcheck disable=SC2086
${FUZZ_CC:-clang} $flags tests/fmt/fuzz_fmt_paths.c $srcs -o "$out" $libs
