/* fuzz_fmt_paths.c - libFuzzer target: the formatter's own syntax check
 * (src/fmt/validate.c) against the full parser.  For any input, formatting
 * with FMT_FULL_PARSE and without it must agree: the same verdict, the same
 * diagnostics, the same output, with and without the rewrites, and a check
 * without output (out NULL) must give the same status as one with.
 *
 * Not built by the Makefile (whose fuzz targets are fuzz/fuzz_NAME.c): build
 * it by hand from the repository root with the Makefile's FUZZ_FLAGS, its
 * LIB_SRCS (every src file but src/cli/main.c) and EXT_LIBS, e.g. with
 *   sh tests/fmt/fuzz_fmt_paths.sh OUT_BINARY
 * and run it with the fixtures as seeds:
 *   OUT_BINARY -max_len=4096 -dict=fuzz/hcl.dict CORPUS_DIR tests/hcl/valid tests/hcl/errors tests/fmt/cases
 */
#include <stdlib.h>
#include <string.h>

#include "../../src/base/base.h"
#include "../../src/fmt/fmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FmtStatus run(const SourceFile *src, unsigned flags, StrBuf *out, DiagList *dl, Arena *a, Interner *names) {
    FmtWork *w = fmt_work_new();
    FmtStatus s = fmt_file(w, src, a, names, dl, out, flags);
    fmt_work_free(w);
    return s;
}

static bool same_diags(const DiagList *x, const DiagList *y) {
    if (x->items.len != y->items.len) return false;
    for (uint32_t i = 0; i < x->items.len; i++) {
        const Diag *p = &x->items.data[i], *q = &y->items.data[i];
        if (strcmp(p->summary, q->summary) != 0 || p->subject.start != q->subject.start ||
            p->subject.end != q->subject.end)
            return false;
    }
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1u << 16)) return 0;
    Arena a;
    arena_init(&a);
    Interner names;
    interner_init(&names);
    SourceFile *src = source_from_memory(&a, "fuzz.tf", (const char *)data, size);
    SourceFile bare = *src; /* as tfcheck fmt reads files: no line table */
    bare.line_starts = NULL;
    bare.line_count = 0;
    for (unsigned rewrites = 0; rewrites < 2; rewrites++) {
        unsigned flags = rewrites ? 0 : FMT_NO_REWRITES;
        DiagList d1, d2, d3;
        diag_list_init(&d1, &a);
        diag_list_init(&d2, &a);
        diag_list_init(&d3, &a);
        StrBuf o1 = {0}, o2 = {0};
        FmtStatus full = run(src, flags | FMT_FULL_PARSE, &o1, &d1, &a, &names);
        FmtStatus fast = run(&bare, flags, &o2, &d2, &a, &names);
        FmtStatus check = run(&bare, flags, NULL, &d3, &a, &names);
        if (full != fast || fast != check) abort();
        if (o1.len != o2.len || (o1.len && memcmp(o1.data, o2.data, o1.len) != 0)) abort();
        if (!same_diags(&d1, &d2) || !same_diags(&d2, &d3)) abort();
        if (full == FMT_INVALID && d1.items.len == 0) abort();
        sb_free(&o1);
        sb_free(&o2);
        diag_list_free(&d1);
        diag_list_free(&d2);
        diag_list_free(&d3);
    }
    interner_free(&names);
    arena_free(&a);
    return 0;
}
