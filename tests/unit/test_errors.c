/* test_errors.c - syntax errors: where they are reported, that recovery
 * yields independent errors without cascades, and that depth limits hold. */
#include "unit.h"

#include <stdlib.h>

typedef struct ErrCase {
    const char *src;
    const char *diags;  /* "line:col: summary\n" for each, in order */
} ErrCase;

static const ErrCase cases[] = {
    {"a = 1 b = 2\n", "1:7: Missing newline after argument\n"},
    {"a = 1, b = 2\n", "1:6: Unexpected comma after argument\n"},
    {"a = 1\na = 2\n", "2:1: Attribute redefined\n"},
    {"a =\n", "1:4: Invalid expression\n"},
    {"a =", "1:4: Missing expression\n"},
    {"a = )\nb = 1\n", "1:5: Invalid expression\n"},
    {"b {\n  c = 1\n", "1:3: Unclosed configuration block\n"},
    {"}\na = 1\n", "1:1: Argument or block definition required\n"},
    {"a \"b\" = {\n}\n", "1:7: Invalid block definition\n"},
    {"a \"b\"\n{\n  c = 1\n}\nd = 2\n", "1:6: Invalid block definition\n"},
    {"a \"b\"\nc = 1\n", "1:6: Invalid block definition\n"},
    {"a { b = 1 } c = 2\n", "1:13: Missing newline after block definition\n"},
    {"a { b = 1, c = 2 }\n", "1:10: Invalid single-argument block definition\n"},
    {"a = \"\\q\"\n", "1:6: Invalid escape sequence\n"},
    {"a = \"\\u12\"\n", "1:6: Invalid escape sequence\n"},
    {"a = \"x\ny = 2\n", "1:7: Invalid multi-line string\n"},
    {"a = \"x\n  y\"\nb = 3\n", "1:7: Invalid multi-line string\n"},
    {"a = \"abc", "1:9: Unterminated template string\n"},
    {"a = <<EOT\nabc\n", "3:1: Unterminated template string\n"},
    {"a = \"${b\"\n", "1:6: Unclosed template interpolation sequence\n1:10: Invalid multi-line string\n"},
    /* every path that stops reporting (recovery) has reported an error first */
    {"m = {\n  k = \"${ \"${var\n}\n", "3:2: Invalid multi-line string\n"},
    {"a = \"%{ if x }y\"\n", "1:16: Unexpected end of template\n"},
    {"a = \"%{ endfor }\"\n", "1:6: Unexpected endfor directive\n"},
    {"a = \"%{ iff x }y\"\n", "1:9: Invalid template control keyword\n"},
    {"a = [1, 2}\n", "1:10: Missing item separator\n"},
    {"a = [1, 2", "1:5: Unterminated tuple constructor expression\n"},
    {"a = { b = 1", "1:5: Unterminated object constructor expression\n"},
    {"a = f(1 2)\n", "1:9: Missing argument separator\n"},
    {"a = (1\n", "2:1: Unbalanced parentheses\n"}, /* newlines are ignored in ( ) */
    {"a = x.\n", "1:7: Invalid attribute name\n"},
    {"a = x.0.1\n", "1:7: Invalid legacy index syntax\n"},
    {"a = 1.2.3\n", "1:5: Invalid number literal\n"},
    {"a = [for x in l : k => x]\n", "1:19: Invalid 'for' expression\n"},
    {"a = {for x in l : x}\n", "1:19: Invalid 'for' expression\n"},
    {"a = { for = 1 }\n", "1:11: Invalid 'for' expression\n"}, /* as in Terraform */
    {"a = 1 ; b = 2\n", "1:7: Invalid character\n1:7: Missing newline after argument\n"},
    {"a = x ? 1\n", "1:10: Missing false expression in conditional\n"},
    {"\"a\" = 1\n", "1:1: Invalid argument name\n"},
    {"a = 1 ** 2\n", "1:8: Invalid expression\n"},
    {"a = 1 & 2\n", "1:7: Unsupported operator\n1:7: Missing newline after argument\n"},
    /* a wrong closer on the item's line is a typo for the right one */
    {"a = [1, 2}\nb = 1\nb = 2\n", "1:10: Missing item separator\n3:1: Attribute redefined\n"},
    {"x {\n  a = f(1, 2]\n  a = 3\n}\n", "2:13: Missing argument separator\n3:3: Attribute redefined\n"},
    /* a wrong closer on a later line belongs to the enclosing block */
    {"x {\n  a = [1, 2\n}\ny = 1\ny = 2\n", "3:1: Missing item separator\n5:1: Attribute redefined\n"},
    /* independent errors in separate blocks are each reported */
    {"a {\n  b = )\n}\nc {\n  d = (\n}\ne = 1\n",
     "2:7: Invalid expression\n6:1: Invalid expression\n"},
};

static void test_cases(TestCtx *t) {
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *diags = NULL;
        char *dump = parse_and_dump(cases[i].src, &diags);
        check_str(t, diags, cases[i].diags, cases[i].src, __FILE__, __LINE__);
        mem_free(dump);
        mem_free(diags);
    }
}

static char *repeat(const char *open, int n, const char *mid, const char *close) {
    size_t lo = strlen(open), lm = strlen(mid), lc = strlen(close);
    char *s = mem_alloc(lo * (size_t)n + lm + lc * (size_t)n + 8);
    char *p = s;
    memcpy(p, "a = ", 4);
    p += 4;
    for (int i = 0; i < n; i++, p += lo) memcpy(p, open, lo);
    memcpy(p, mid, lm);
    p += lm;
    for (int i = 0; i < n; i++, p += lc) memcpy(p, close, lc);
    *p++ = '\n';
    *p = '\0';
    return s;
}

/* Deep nesting reports one error and never overflows the stack. */
static void test_depth(TestCtx *t) {
    struct { const char *open, *close; int n; bool ok; } cases2[] = {
        {"[", "]", 100, true},
        {"[", "]", 100000, false},
        {"(", ")", 100000, false},
        {"{a=", "}", 50000, false},
        {"\"${", "}\"", 50000, false},
        {"-", "", 100000, false},
        {"!", "", 100000, false},
        {"f(", ")", 100000, false},
        {"[for x in ", ":x]", 30000, false},
    };
    for (size_t i = 0; i < sizeof cases2 / sizeof cases2[0]; i++) {
        char *src = repeat(cases2[i].open, cases2[i].n, "1", cases2[i].close);
        char *diags = NULL;
        char *dump = parse_and_dump(src, &diags);
        if (cases2[i].ok) CHECK_STR(t, diags, "");
        else check_true(t, strstr(diags, "Nesting too deep") != NULL && strchr(diags, '\n') == diags + strlen(diags) - 1,
                        cases2[i].open, __FILE__, __LINE__);
        mem_free(dump);
        mem_free(diags);
        mem_free(src);
    }
    /* deep blocks */
    int n = 20000;
    StrBuf sb = {0};
    for (int i = 0; i < n; i++) sb_puts(&sb, "b {\n");
    for (int i = 0; i < n; i++) sb_puts(&sb, "}\n");
    char *diags = NULL;
    char *dump = parse_and_dump(sb_cstr(&sb), &diags);
    CHECK(t, strstr(diags, "Nesting too deep") != NULL);
    mem_free(dump);
    mem_free(diags);
    sb_free(&sb);
}

void suite_errors(TestCtx *t) {
    test_cases(t);
    test_depth(t);
}
