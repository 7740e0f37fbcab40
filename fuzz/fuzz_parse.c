/* fuzz_parse.c - libFuzzer target for the HCL lexer and parser.
 *
 * Lexes and parses the input, positions every diagnostic, renders the tree,
 * and asserts the lexer's trivia invariant: the tokens and the whitespace
 * between them rebuild the input byte for byte.  Everything is freed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/base/base.h"
#include "../src/hcl/hcl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_round_trip(const SourceFile *f, const TokenList *tl) {
    uint32_t at = 0;
    for (uint32_t i = 0; i < tl->len; i++) {
        const Token *t = &tl->data[i];
        if (t->off < at || t->off + t->len > f->len) abort();
        for (uint32_t k = at; k < t->off; k++) {
            unsigned char c = (unsigned char)f->text[k];
            bool bom = k < f->bom;
            if (!(c == ' ' || c == '\t' || bom)) abort(); /* gaps are whitespace only */
        }
        at = t->off + t->len;
    }
    if (at != f->len || tl->data[tl->len - 1].kind != TK_EOF) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1u << 20)) return 0;
    Arena a;
    arena_init(&a);
    Interner names;
    interner_init(&names);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "fuzz.tf", (const char *)data, size);
    TokenList tl = {0};
    hcl_lex(f, &tl, &dl);
    check_round_trip(f, &tl);
    AstFile *af = hcl_parse(f, &tl, &a, &names, &dl);
    StrBuf sb = {0};
    hcl_dump(af, &sb);
    for (uint32_t i = 0; i < dl.items.len; i++) {
        Diag *d = &dl.items.data[i];
        if (d->subject.start > d->subject.end || d->subject.end > f->len) abort();
        Pos p = source_pos(f, d->subject.start);
        uint32_t len;
        (void)source_line(f, p.line, &len);
    }
    sb_free(&sb);
    token_list_free(&tl);
    diag_list_free(&dl);
    interner_free(&names);
    arena_free(&a);
    return 0;
}
