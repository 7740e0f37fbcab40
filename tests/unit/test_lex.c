/* test_lex.c - the lexer: token kinds, trivia, modes and invalid input. */
#include "unit.h"

static const char *const kind_names[] = {
#define TOK(name, text) #name,
#include "../../src/hcl/tokens.def"
#undef TOK
};

/* "KIND KIND ..." for the tokens of src, EOF excluded; `n_diags` gets the
 * number of lexer diagnostics. */
static char *lex_kinds(const char *src, int *n_diags) {
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "t.tf", src, strlen(src));
    TokenList tl = {0};
    hcl_lex(f, &tl, &dl);
    StrBuf sb = {0};
    for (uint32_t i = 0; i + 1 < tl.len; i++) {
        if (i) sb_putc(&sb, ' ');
        sb_puts(&sb, kind_names[tl.data[i].kind]);
    }
    if (n_diags) *n_diags = (int)dl.items.len;
    char *out = mem_alloc(sb.len + 1);
    memcpy(out, sb.data ? sb.data : "", sb.len);
    out[sb.len] = '\0';
    sb_free(&sb);
    token_list_free(&tl);
    diag_list_free(&dl);
    arena_free(&a);
    return out;
}

typedef struct LexCase {
    const char *src;
    const char *kinds;
    int diags;
} LexCase;

static const LexCase cases[] = {
    {"a = 1\n", "IDENT EQUAL NUMBER NEWLINE", 0},
    {"a = 1.5e-3\n", "IDENT EQUAL NUMBER NEWLINE", 0},
    {"x = 1.\n", "IDENT EQUAL NUMBER DOT NEWLINE", 0},
    {"x = 1.2.3", "IDENT EQUAL NUMBER", 0},
    {"x = 1e", "IDENT EQUAL NUMBER IDENT", 0},
    {"my-name_2 = true", "IDENT EQUAL IDENT", 0},
    {"# c\n// d\r\n/* e\n */ a", "COMMENT NEWLINE COMMENT NEWLINE COMMENT IDENT", 0},
    {"/* unterminated", "SLASH STAR IDENT", 0},
    {"a {\n}\n", "IDENT OBRACE NEWLINE CBRACE NEWLINE", 0},
    {"== != <= >= < > && || ! => ... :: ? : , . * / % + -",
     "EQUAL_OP NOT_EQUAL LESS_EQ GREATER_EQ LESS GREATER AND OR BANG FAT_ARROW ELLIPSIS "
     "DOUBLE_COLON QUESTION COLON COMMA DOT STAR SLASH PERCENT PLUS MINUS",
     0},
    {"\"a${b}c\"", "OQUOTE QUOTED_LIT TEMPLATE_INTERP IDENT TEMPLATE_SEQ_END QUOTED_LIT CQUOTE", 0},
    {"\"${ {a=1} }\"",
     "OQUOTE TEMPLATE_INTERP OBRACE IDENT EQUAL NUMBER CBRACE TEMPLATE_SEQ_END CQUOTE", 0},
    {"\"%{~ if x ~}y%{ endif }\"",
     "OQUOTE TEMPLATE_CONTROL IDENT IDENT TEMPLATE_SEQ_END QUOTED_LIT TEMPLATE_CONTROL IDENT "
     "TEMPLATE_SEQ_END CQUOTE",
     0},
    {"\"$${x} %%{y} \\\" \\\\\"", "OQUOTE QUOTED_LIT CQUOTE", 0},
    {"\"${\"in\"}\"", "OQUOTE TEMPLATE_INTERP OQUOTE QUOTED_LIT CQUOTE TEMPLATE_SEQ_END CQUOTE", 0},
    {"x = <<EOT\nhello ${n}\n  EOT\ny = 1\n",
     "IDENT EQUAL OHEREDOC STRING_LIT TEMPLATE_INTERP IDENT TEMPLATE_SEQ_END STRING_LIT CHEREDOC "
     "NEWLINE IDENT EQUAL NUMBER NEWLINE",
     0},
    {"x = <<-EOT\r\n  a\r\n  EOT\r\n", "IDENT EQUAL OHEREDOC STRING_LIT CHEREDOC NEWLINE", 0},
    {"x = <<EOT\nEOTX\nEOT\n", "IDENT EQUAL OHEREDOC STRING_LIT CHEREDOC NEWLINE", 0},
    {"x = <<EOT\na\nEOT", "IDENT EQUAL OHEREDOC STRING_LIT STRING_LIT", 0}, /* no newline: open */
    {"x = << y", "IDENT EQUAL LESS LESS IDENT", 0},
    {"\xEF\xBB\xBF" "a = 1", "IDENT EQUAL NUMBER", 0},
    {"caf\xC3\xA9 = 1", "IDENT EQUAL NUMBER", 0},
    {"a = \"x\ny = 2\n", "IDENT EQUAL OQUOTE QUOTED_LIT QUOTED_NEWLINE IDENT EQUAL NUMBER NEWLINE", 1},
    {"a = \"x\n  y\"\nb = 1\n",
     "IDENT EQUAL OQUOTE QUOTED_LIT QUOTED_NEWLINE QUOTED_LIT CQUOTE NEWLINE IDENT EQUAL NUMBER NEWLINE", 1},
    {"a = 1; b", "IDENT EQUAL NUMBER SEMICOLON IDENT", 1},
    {"a = 'x'", "IDENT EQUAL APOSTROPHE IDENT APOSTROPHE", 2},
    {"a = 1 & 2 | ~3", "IDENT EQUAL NUMBER BITWISE_AND NUMBER BITWISE_OR BITWISE_NOT NUMBER", 3},
    {"a = @", "IDENT EQUAL INVALID", 1},
    {"a = \xE2\x80\x9Cx\xE2\x80\x9D", "IDENT EQUAL INVALID IDENT INVALID", 2},
    {"a = \xFF", "IDENT EQUAL BAD_UTF8", 1},
    {"a\rb", "IDENT INVALID IDENT", 1},
    {"}", "CBRACE", 0},
    {"\"${a}\" }", "OQUOTE TEMPLATE_INTERP IDENT TEMPLATE_SEQ_END CQUOTE CBRACE", 0},
};

static void test_cases(TestCtx *t) {
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int nd = -1;
        char *got = lex_kinds(cases[i].src, &nd);
        CHECK_STR(t, got, cases[i].kinds);
        check_int(t, nd, cases[i].diags, cases[i].src, __FILE__, __LINE__);
        mem_free(got);
    }
}

/* Trivia: the whitespace before a token is the gap to the previous one, and
 * concatenating gaps and tokens rebuilds the file byte for byte. */
static void test_round_trip(TestCtx *t) {
    const char *src = "\xEF\xBB\xBF# head\r\nresource \"a\" \"b\" {\n\tx   = \"${var.y}\" // c\n"
                      "  h = <<-EOT\n    z\n  EOT\n}\n   ";
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "t.tf", src, strlen(src));
    TokenList tl = {0};
    hcl_lex(f, &tl, &dl);
    StrBuf sb = {0};
    for (uint32_t i = 0; i < tl.len; i++) {
        uint32_t sp = token_space_before(&tl, i);
        sb_append(&sb, src + tl.data[i].off - sp, sp);
        sb_append(&sb, src + tl.data[i].off, tl.data[i].len);
    }
    /* trailing whitespace before EOF is the EOF token's gap */
    CHECK_STR(t, sb_cstr(&sb), src);
    CHECK_INT(t, dl.items.len, 0);
    CHECK_INT(t, tl.data[tl.len - 1].kind, TK_EOF);
    sb_free(&sb);
    token_list_free(&tl);
    diag_list_free(&dl);
    arena_free(&a);
}

void suite_lex(TestCtx *t) {
    test_cases(t);
    test_round_trip(t);
}
