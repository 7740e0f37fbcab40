/* fuzz_fmt.c - libFuzzer target for the formatter.  For input that parses:
 *  - whitespace-only formatting changes nothing but whitespace (the tokens'
 *    bytes, concatenated, are the same), and is idempotent;
 *  - the full formatting (with Terraform's rewrites) parses cleanly again. */
#include <stdlib.h>
#include <string.h>

#include "../src/base/base.h"
#include "../src/fmt/fmt.h"
#include "../src/hcl/hcl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void lex(Arena *a, const char *text, size_t len, TokenList *tl, DiagList *dl) {
    SourceFile *f = source_from_memory(a, "t.tf", text, len);
    hcl_lex(f, tl, dl);
}

/* Does formatting change nothing but whitespace?  The concatenated bytes of
 * the tokens must be equal.  (Token boundaries may move: terraform fmt turns
 * the legacy index "4 .5" into "4.5", which lexes as one number.) */
static bool same_tokens(const char *x, size_t xl, const char *y, size_t yl) {
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    TokenList tx = {0}, ty = {0};
    lex(&a, x, xl, &tx, &dl);
    lex(&a, y, yl, &ty, &dl);
    StrBuf bx = {0}, by = {0};
    for (uint32_t i = 0; i < tx.len; i++) sb_append(&bx, x + tx.data[i].off, tx.data[i].len);
    for (uint32_t i = 0; i < ty.len; i++) sb_append(&by, y + ty.data[i].off, ty.data[i].len);
    bool same = bx.len == by.len && (bx.len == 0 || memcmp(bx.data, by.data, bx.len) == 0);
    sb_free(&bx);
    sb_free(&by);
    token_list_free(&tx);
    token_list_free(&ty);
    diag_list_free(&dl);
    arena_free(&a);
    return same;
}

/* A number followed by a dot ("4 .e4", "4 .5"): formatting joins them into
 * one number token ("4.e4"), as terraform fmt does, which may then not
 * parse.  Such input is nonsense to Terraform anyway; leave it out. */
static bool number_then_dot(const uint8_t *data, size_t size) {
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    TokenList tl = {0};
    lex(&a, (const char *)data, size, &tl, &dl);
    bool found = false;
    for (uint32_t i = 0; i + 1 < tl.len && !found; i++)
        found = tl.data[i].kind == TK_NUMBER && tl.data[i + 1].kind == TK_DOT;
    token_list_free(&tl);
    diag_list_free(&dl);
    arena_free(&a);
    return found;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1u << 18) || number_then_dot(data, size)) return 0;
    Arena a;
    arena_init(&a);
    Interner names;
    interner_init(&names);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "fuzz.tf", (const char *)data, size);
    StrBuf plain = {0}, full = {0};
    if (fmt_format_ex(f, &a, &names, &dl, &plain, false)) {
        /* the BOM is not a token; compare from after it */
        if (!same_tokens(f->text + f->bom, f->len - f->bom, plain.data, plain.len)) abort();
        SourceFile *g = source_from_memory(&a, "fuzz.tf", plain.data, plain.len);
        StrBuf again = {0};
        if (!fmt_format_ex(g, &a, &names, &dl, &again, false)) abort();
        if (again.len != plain.len || memcmp(again.data, plain.data, plain.len) != 0) abort();
        sb_free(&again);
        if (!fmt_format_ex(f, &a, &names, &dl, &full, true)) abort();
        SourceFile *h = source_from_memory(&a, "fuzz.tf", full.data, full.len);
        DiagList dl2;
        diag_list_init(&dl2, &a);
        StrBuf third = {0};
        if (!fmt_format(h, &a, &names, &dl2, &third)) abort(); /* the result parses */
        sb_free(&third);
        diag_list_free(&dl2);
    }
    sb_free(&plain);
    sb_free(&full);
    diag_list_free(&dl);
    interner_free(&names);
    arena_free(&a);
    return 0;
}
