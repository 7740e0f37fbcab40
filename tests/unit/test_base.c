/* test_base.c - arenas, interning, UTF-8, line tables and columns. */
#include "unit.h"

static void test_arena(TestCtx *t) {
    Arena a;
    arena_init(&a);
    char *big = arena_alloc(&a, 1 << 20);
    CHECK(t, big != NULL && big[0] == 0 && big[(1 << 20) - 1] == 0);
    bool aligned = true;
    for (int i = 0; i < 10000; i++) {
        int *p = arena_alloc(&a, sizeof(int));
        *p = i;
        if (((uintptr_t)p & 7) != 0) aligned = false;
    }
    CHECK(t, aligned);
    CHECK_STR(t, arena_printf(&a, "%s-%d", "x", 42), "x-42");
    arena_free(&a);
}

static void test_intern(TestCtx *t) {
    Interner in;
    interner_init(&in);
    const char *a = intern(&in, "resource", 8);
    const char *b = intern(&in, "resourcex", 8);
    const char *c = intern(&in, "data", 4);
    CHECK(t, a == b);
    CHECK(t, a != c);
    char buf[32];
    const char *first = NULL;
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(buf, sizeof buf, "name_%d", i);
        const char *s = intern(&in, buf, (size_t)n);
        if (i == 7) first = s;
    }
    CHECK(t, intern(&in, "name_7", 6) == first);
    CHECK_STR(t, first, "name_7");
    interner_free(&in);
}

static void test_utf8(TestCtx *t) {
    uint32_t cp;
    CHECK_INT(t, utf8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
    CHECK_INT(t, cp, 0xE9);
    CHECK_INT(t, utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4);
    CHECK_INT(t, cp, 0x1F600);
    CHECK_INT(t, utf8_decode((const unsigned char *)"\xC0\x80", 2, &cp), 0);     /* overlong */
    CHECK_INT(t, utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 0); /* surrogate */
    CHECK_INT(t, utf8_decode((const unsigned char *)"\xE2\x82", 2, &cp), 0);     /* truncated */
    char out[4];
    CHECK_INT(t, utf8_encode(0x20AC, out), 3);
    CHECK(t, memcmp(out, "\xE2\x82\xAC", 3) == 0);
    CHECK(t, unicode_is_id_start(0xE9));   /* é */
    CHECK(t, unicode_is_id_start(0x4E2D)); /* 中 */
    CHECK(t, !unicode_is_id_start(0x2013)); /* en dash */
    CHECK(t, unicode_is_id_continue(0x0301)); /* combining acute */
    CHECK(t, unicode_is_space(0x3000));
}

static void test_positions(TestCtx *t) {
    Arena a;
    arena_init(&a);
    const char *text = "ab\r\nc\xC3\xA9" "d\n\nx";
    SourceFile *f = source_from_memory(&a, "p.tf", text, strlen(text));
    CHECK_INT(t, f->line_count, 4);
    Pos p = source_pos(f, 0);
    CHECK_INT(t, p.line, 1);
    CHECK_INT(t, p.column, 1);
    p = source_pos(f, 4); /* c */
    CHECK_INT(t, p.line, 2);
    CHECK_INT(t, p.column, 1);
    p = source_pos(f, 7); /* d after the two-byte é */
    CHECK_INT(t, p.column, 3);
    p = source_pos(f, (uint32_t)strlen(text)); /* EOF */
    CHECK_INT(t, p.line, 4);
    CHECK_INT(t, p.column, 2);
    uint32_t len;
    const char *l1 = source_line(f, 1, &len);
    CHECK_INT(t, len, 2); /* CR dropped */
    CHECK(t, strncmp(l1, "ab", 2) == 0);

    /* A BOM does not count as a column; a combining mark joins its base. */
    const char *bom = "\xEF\xBB\xBF" "a = \"e\xCC\x81x\"";
    SourceFile *g = source_from_memory(&a, "b.tf", bom, strlen(bom));
    CHECK_INT(t, g->bom, 3);
    CHECK_INT(t, source_pos(g, 3).column, 1);
    CHECK_INT(t, source_pos(g, 3 + 8).column, 7); /* x after e + U+0301 */
    arena_free(&a);
}

static void test_diag_sort(TestCtx *t) {
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "z.tf", "abc\n", 4);
    SourceFile *g = source_from_memory(&a, "a.tf", "abc\n", 4);
    diag_add(&dl, SEV_ERROR, "syntax", "S1", f, range_make(2, 3), "second");
    diag_add(&dl, SEV_ERROR, "syntax", "S1", f, range_make(0, 1), "first");
    diag_add(&dl, SEV_WARNING, "syntax", "S1", g, range_make(1, 2), "a-file");
    diag_sort(&dl);
    CHECK_STR(t, dl.items.data[0].summary, "a-file");
    CHECK_STR(t, dl.items.data[1].summary, "first");
    CHECK_STR(t, dl.items.data[2].summary, "second");
    CHECK_INT(t, diag_count(&dl, SEV_ERROR), 2);
    diag_list_free(&dl);
    arena_free(&a);
}

void suite_base(TestCtx *t) {
    test_arena(t);
    test_intern(t);
    test_utf8(t);
    test_positions(t);
    test_diag_sort(t);
}
