/* fuzz_eval.c - libFuzzer target for the expression evaluator and the
 * function library: each input line is parsed as one expression, evaluated
 * (no module: references are unknown), and its value displayed.  Asserts
 * that evaluation never crashes and that a value, once shown, shows the
 * same way again.  Everything is freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/base/base.h"
#include "../src/eval/eval.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool contains(const uint8_t *data, size_t size, const char *word) {
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= size; i++)
        if (memcmp(data + i, word, n) == 0) return true;
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1u << 16)) return 0;
    /* the filesystem functions read real paths: keep the fuzzer off them */
    if (contains(data, size, "file") || contains(data, size, "path")) return 0;
    Arena a;
    arena_init(&a);
    Interner names;
    interner_init(&names);
    DiagList dl;
    diag_list_init(&dl, &a);
    EvalOptions eo = {NULL, NULL, 0, false, false};
    Evaluator *ev = evaluator_new(NULL, &a, &names, &dl, &eo);
    const char *p = (const char *)data, *end = p + size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        const char *err = NULL;
        AstExpr *e = eval_parse_expression(ev, "fuzz", p, n, &err);
        if (e) {
            Value *v = eval_expr(ev, NULL, NULL, e, NULL);
            StrBuf s1 = {0}, s2 = {0};
            val_show(v, &s1);
            val_show(v, &s2);
            if (s1.len != s2.len || (s1.len && memcmp(s1.data, s2.data, s1.len) != 0)) abort();
            sb_free(&s1);
            sb_free(&s2);
        } else if (!err) {
            abort(); /* a failed parse must say why */
        }
        p += n + 1;
    }
    evaluator_free(ev);
    diag_list_free(&dl);
    interner_free(&names);
    arena_free(&a);
    return 0;
}
