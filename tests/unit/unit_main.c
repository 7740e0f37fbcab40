/* unit_main.c - runs every unit-test suite and prints the totals. */
#include "unit.h"

#include <stdlib.h>

void check_true(TestCtx *t, int ok, const char *what, const char *file, int line) {
    if (ok) {
        t->passed++;
        return;
    }
    t->failed++;
    printf("FAIL [%s] %s:%d: %s\n", t->suite, file, line, what);
}

void check_str(TestCtx *t, const char *got, const char *want, const char *what, const char *file,
               int line) {
    if (got && want && strcmp(got, want) == 0) {
        t->passed++;
        return;
    }
    t->failed++;
    printf("FAIL [%s] %s:%d: %s\n  want: %s\n  got:  %s\n", t->suite, file, line, what,
           want ? want : "(null)", got ? got : "(null)");
}

void check_int(TestCtx *t, long long got, long long want, const char *what, const char *file,
               int line) {
    if (got == want) {
        t->passed++;
        return;
    }
    t->failed++;
    printf("FAIL [%s] %s:%d: %s: want %lld, got %lld\n", t->suite, file, line, what, want, got);
}

static char *heap_copy(const char *s, size_t n) {
    char *p = mem_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *parse_and_dump(const char *src, char **diags_out) {
    Arena a;
    arena_init(&a);
    Interner names;
    interner_init(&names);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "test.tf", src, strlen(src));
    AstFile *af = hcl_parse(f, NULL, &a, &names, &dl);
    StrBuf out = {0};
    hcl_dump(af, &out);
    StrBuf ds = {0};
    diag_sort(&dl);
    for (uint32_t i = 0; i < dl.items.len; i++) {
        Diag *d = &dl.items.data[i];
        Pos p = source_pos(f, d->subject.start);
        sb_printf(&ds, "%u:%u: %s\n", p.line, p.column, d->summary);
    }
    char *dump = heap_copy(out.data ? out.data : "", out.len);
    if (diags_out) *diags_out = heap_copy(ds.data ? ds.data : "", ds.len);
    sb_free(&out);
    sb_free(&ds);
    diag_list_free(&dl);
    interner_free(&names);
    arena_free(&a);
    return dump;
}

int main(void) {
    TestCtx t = {0, 0, ""};
    t.suite = "base"; suite_base(&t);
    t.suite = "lex"; suite_lex(&t);
    t.suite = "parse"; suite_parse(&t);
    t.suite = "errors"; suite_errors(&t);
    if (mem_live_bytes() != 0) {
        printf("FAIL [leaks] %zu bytes still allocated after all suites\n", mem_live_bytes());
        t.failed++;
    } else {
        t.passed++;
    }
    printf("unit: %d passed, %d failed\n", t.passed, t.failed);
    return t.failed ? 1 : 0;
}
