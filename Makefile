# tfcheck - a plain Makefile.
#
#   make            build build/release/tfcheck
#   make demo       install what the build needs, build, and check examples/demo
#   make test       the whole test suite: release build, then ASan+UBSan build
#   make fuzz       build the libFuzzer targets and run each for FUZZ_SECONDS
#   make bench      lex+parse throughput on a generated corpus
#
# Debian 12 packages needed: gcc make libutf8proc-dev (clang and
# libclang-rt-14-dev for fuzzing); scripts/setup.sh installs what is missing.

CC       ?= gcc
# build directory (parallel work trees may use their own: make B=build-x)
B        ?= build
WARN     := -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wpointer-arith -Wformat=2
DEFS     := -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
ifneq ($(WERROR),)
WARN     += -Werror
endif
# Debian packages: libutf8proc-dev, libpcre2-dev, libssl-dev (libcrypto),
# libyaml-dev, libmpfr-dev + libgmp-dev, zlib1g-dev.
EXT_LIBS    := -lutf8proc -lpcre2-8 -lyaml -lmpfr -lgmp -lcrypto -lz
LIBS_STATIC := -Wl,-Bstatic $(EXT_LIBS) -Wl,-Bdynamic -ldl -pthread -lm
LIBS_DYN    := $(EXT_LIBS) -lm

SRCS     := $(sort $(wildcard src/*/*.c src/check/rules/*.c src/eval/funcs/*.c))
LIB_SRCS := $(filter-out src/cli/main.c,$(SRCS))
HDRS     := $(wildcard src/*/*.h src/*/*.def src/eval/funcs/*.h src/eval/funcs/*.def)

# Build modes: release (optimised) and asan (AddressSanitizer + UBSan).
release_CFLAGS := -O2 -g
release_LIBS   := $(LIBS_STATIC)
asan_CFLAGS    := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan_LIBS      := $(LIBS_DYN)

.PHONY: all setup demo test test-release test-asan fuzz bench clean
.DEFAULT_GOAL := all

all: $(B)/release/tfcheck

define MODE_RULES
$(B)/$(1)/obj/%.o: %.c $$(HDRS)
	@mkdir -p $$(dir $$@)
	$$(CC) $$(WARN) $$(DEFS) $$($(1)_CFLAGS) $$(CFLAGS) -c $$< -o $$@

$(B)/$(1)/tfcheck: $$(patsubst %.c,$(B)/$(1)/obj/%.o,$$(SRCS))
	$$(CC) $$($(1)_CFLAGS) $$(LDFLAGS) $$^ -o $$@ $$($(1)_LIBS)

$(B)/$(1)/unit_tests: $$(patsubst %.c,$(B)/$(1)/obj/%.o,$$(LIB_SRCS) $$(wildcard tests/unit/*.c))
	$$(CC) $$($(1)_CFLAGS) $$(LDFLAGS) $$^ -o $$@ $$($(1)_LIBS)

$(B)/$(1)/bench_parse: $$(patsubst %.c,$(B)/$(1)/obj/%.o,$$(LIB_SRCS) bench/bench_parse.c)
	$$(CC) $$($(1)_CFLAGS) $$(LDFLAGS) $$^ -o $$@ $$($(1)_LIBS)
endef
$(eval $(call MODE_RULES,release))
$(eval $(call MODE_RULES,asan))

setup:
	@sh scripts/setup.sh

demo: setup
	@$(MAKE) --no-print-directory $(B)/release/tfcheck
	@sh scripts/demo.sh $(B)/release/tfcheck

test: setup
	@$(MAKE) --no-print-directory $(B)/release/tfcheck $(B)/release/unit_tests \
	    $(B)/asan/tfcheck $(B)/asan/unit_tests
	@sh tests/run.sh $(B)/release $(B)/asan

test-release: $(B)/release/tfcheck $(B)/release/unit_tests
	@sh tests/run.sh $(B)/release

test-asan: $(B)/asan/tfcheck $(B)/asan/unit_tests
	@sh tests/run.sh $(B)/asan

FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
# objects are instrumented once (fuzzer-no-link) and shared by every target
FUZZ_FLAGS   := -std=c11 $(DEFS) -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_LINK    := -g -fsanitize=fuzzer,address,undefined
FUZZ_TARGETS := $(patsubst fuzz/fuzz_%.c,$(B)/fuzz/fuzz_%,$(wildcard fuzz/fuzz_*.c))

$(B)/fuzz/obj/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -c $< -o $@

$(B)/fuzz/fuzz_%: $(B)/fuzz/obj/fuzz/fuzz_%.o $(patsubst %.c,$(B)/fuzz/obj/%.o,$(LIB_SRCS))
	$(FUZZ_CC) $(FUZZ_LINK) $^ -o $@ $(LIBS_DYN)

# kept between runs (make would delete them as intermediates of the pattern rule)
.SECONDARY: $(patsubst %.c,$(B)/fuzz/obj/%.o,$(LIB_SRCS) $(wildcard fuzz/fuzz_*.c))

fuzz: setup $(FUZZ_TARGETS)
	@sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

bench: $(B)/release/bench_parse
	@sh bench/run.sh $(B)/release/bench_parse

clean:
	rm -rf build
