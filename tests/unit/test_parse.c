/* test_parse.c - the parser's trees: one case per construct of HCL's native
 * syntax, compared as S-expressions (see src/hcl/dump.c for the notation). */
#include "unit.h"

typedef struct ParseCase {
    const char *src;
    const char *dump;
} ParseCase;

static const ParseCase cases[] = {
    /* literals */
    {"a = 1\nb = 1.5e3\nc = true\nd = false\ne = null\n",
     "a = 1\nb = 1.5e3\nc = true\nd = false\ne = null\n"},
    /* operator precedence and associativity */
    {"a = 1 + 2 * 3\n", "a = (+ 1 (* 2 3))\n"},
    {"a = 1 * 2 + 3 % 4\n", "a = (+ (* 1 2) (% 3 4))\n"},
    {"a = 1 - 2 - 3\n", "a = (- (- 1 2) 3)\n"},
    {"a = !x && y || z == w\n", "a = (|| (&& (! x) y) (== z w))\n"},
    {"a = x > 1 == true != false\n", "a = (!= (== (> x 1) true) false)\n"},
    {"a = -1 + 2\n", "a = (+ (neg 1) 2)\n"},
    {"a = -x.y\n", "a = (neg (. x y))\n"},
    {"a = x >= 1 && x <= 9 || x < 0 && x > -5\n",
     "a = (|| (&& (>= x 1) (<= x 9)) (&& (< x 0) (> x (neg 5))))\n"},
    {"a = x ? y : z ? 1 : 2\n", "a = (? x y (? z 1 2))\n"},
    {"a = x == 1 ? \"a\" : \"b\"\n", "a = (? (== x 1) (template \"a\") (template \"b\"))\n"},
    {"a = (1 + 2) * 3\n", "a = (* (paren (+ 1 2)) 3)\n"},
    {"a = (\n  x\n  ? 1\n  : 2\n)\n", "a = (paren (? x 1 2))\n"},
    /* traversals */
    {"a = var.x.y[0][\"k\"]\n", "a = ([] ([] (. (. var x) y) 0) (template \"k\"))\n"},
    {"a = aws_instance.web.0.id\n", "a = (. (.idx (. aws_instance web) 0) id)\n"},
    {"a = m[var.k].v\n", "a = (. ([] m (. var k)) v)\n"},
    {"a = aws_instance.web.*.id\n", "a = (.* (. aws_instance web) (. @ id))\n"},
    {"a = x.*.y.0\n", "a = (.* x (.idx (. @ y) 0))\n"},
    {"a = aws_subnet.x[*].id[0]\n", "a = ([*] (. aws_subnet x) ([] (. @ id) 0))\n"},
    {"a = l[*]\n", "a = ([*] l @)\n"},
    {"a = m[\n  \"k\"\n]\n", "a = ([] m (template \"k\"))\n"},
    /* function calls */
    {"a = f()\n", "a = (call f)\n"},
    {"a = f(1, [2, 3]...)\n", "a = (call f 1 (tuple 2 3) ...)\n"},
    {"a = f(\n  1,\n  2,\n)\n", "a = (call f 1 2)\n"},
    {"a = provider::aws::arn_parse(x).region\n",
     "a = (. (call provider::aws::arn_parse x) region)\n"},
    {"a = upper(x)[0]\n", "a = ([] (call upper x) 0)\n"},
    /* collections */
    {"a = []\nb = {}\n", "a = (tuple)\nb = (object)\n"},
    {"a = [1, # c\n  2 /* d */, ]\n", "a = (tuple 1 2)\n"},
    {"a = { a = 1, \"b\" : 2, (c) = 3\n  d = 4\n}\n",
     "a = (object (k a 1) (e (template \"b\") 2) (e (paren c) 3) (k d 4))\n"},
    {"a = {\n  x = {\n    y = [1,\n      2]\n  }\n}\n", "a = (object (k x (object (k y (tuple 1 2)))))\n"},
    {"a = { if = 1, null = 2 }\n", "a = (object (k if 1) (e null 2))\n"},
    /* for expressions */
    {"a = [for k, v in m : \"${k}=${v}\" if v != null]\n",
     "a = (for[] k v m nil (template k \"=\" v) (!= v null))\n"},
    {"a = {for s in l : s.name => s...}\n", "a = (for{} _ s l (. s name) s nil ...)\n"},
    {"a = {\n  for s in l :\n  s => upper(s)\n  if s != \"\"\n}\n",
     "a = (for{} _ s l s (call upper s) (!= s (template)))\n"},
    {"a = [for x in [for y in l : y * 2] : x]\n",
     "a = (for[] _ x (for[] _ y l nil (* y 2) nil) nil x nil)\n"},
    /* templates */
    {"a = \"x${y}z\"\n", "a = (template \"x\" y \"z\")\n"},
    {"a = \"${y}\"\n", "a = (wrap y)\n"},
    {"a = \"\"\n", "a = (template)\n"},
    {"a = \"${lookup(m, \"k\")}\"\n", "a = (wrap (call lookup m (template \"k\")))\n"},
    {"a = \"\\n\\t\\\"\\\\\\u00e9\\U0001F600$${x}%%{y}$$z\"\n",
     "a = (template \"\\n\\t\\\"\\\\\xC3\xA9\xF0\x9F\x98\x80${x}%{y}$$z\")\n"},
    {"a = \"x  ${~ y ~}  z\"\n", "a = (template \"x\" y \"z\")\n"},
    {"a = \"%{ if c }yes%{ else }no%{ endif }\"\n",
     "a = (template (%if c (then \"yes\") (else \"no\")))\n"},
    {"a = \"%{ for x in l }${x},%{ endfor }\"\n", "a = (template (%for _ x l (body x \",\")))\n"},
    {"a = <<EOT\n%{ for k, v in m ~}\n${k}\n%{~ endfor }\nEOT\n",
     "a = (heredoc (%for k v m (body \"\" k \"\")) \"\\n\")\n"},
    {"a = <<EOT\nhi ${n}\nEOT\n", "a = (heredoc \"hi \" n \"\\n\")\n"},
    {"a = <<EOT\nEOT\n", "a = (heredoc)\n"},
    {"a = <<-EOT\n    a\n      b\n\n    c\n  EOT\n",
     "a = (heredoc- \"a\\n\" \"  b\\n\" \"\\n\" \"c\\n\")\n"},
    {"a = <<-EOT\n  %{ if x }\n  y\n  %{ endif }\n  EOT\n",
     "a = (heredoc- \"\" (%if x (then \"\\n\" \"y\\n\" \"\") (else)) \"\\n\")\n"},
    {"a = jsonencode(<<EOT\n{}\nEOT\n)\n", "a = (call jsonencode (heredoc \"{}\\n\"))\n"},
    {"a = <<EOT\r\nx\r\nEOT\r\nb = 1\r\n", "a = (heredoc \"x\\r\\n\")\nb = 1\n"},
    /* bodies and blocks */
    {"resource \"aws_s3_bucket\" b {\n  tags = {}\n  lifecycle { create_before_destroy = true }\n}\n",
     "resource \"aws_s3_bucket\" b {\n  tags = (object)\n  lifecycle {\n    "
     "create_before_destroy = true\n  }\n}\n"},
    {"terraform {}\nlocals {\n}\n", "terraform {\n}\nlocals {\n}\n"},
    {"a \"x\" \"y\" \"z\" {\n  b {\n    c {\n      d = 1\n    }\n  }\n}\n",
     "a \"x\" \"y\" \"z\" {\n  b {\n    c {\n      d = 1\n    }\n  }\n}\n"},
    {"my-name = 1\ncaf\xC3\xA9 = 2\n", "my-name = 1\ncaf\xC3\xA9 = 2\n"},
    {"", ""},
    {"# only\n// comments\n/* here */\n", ""},
    {"\xEF\xBB\xBF" "a = 1", "a = 1\n"},
    {"a = 1\r\nb {\r\n  c = 2\r\n}\r\n", "a = 1\nb {\n  c = 2\n}\n"},
    {"a = 1 /* c\n */\n", "a = 1\n"},
};

static void test_cases(TestCtx *t) {
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *diags = NULL;
        char *dump = parse_and_dump(cases[i].src, &diags);
        check_str(t, dump, cases[i].dump, cases[i].src, __FILE__, __LINE__);
        check_str(t, diags, "", cases[i].src, __FILE__, __LINE__);
        mem_free(dump);
        mem_free(diags);
    }
}

/* Ranges: every node knows where it is. */
static void test_ranges(TestCtx *t) {
    const char *src = "resource \"a\" \"b\" {\n  x = f(1, \"s\")\n}\n";
    Arena a;
    arena_init(&a);
    Interner names;
    interner_init(&names);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "r.tf", src, strlen(src));
    AstFile *af = hcl_parse(f, NULL, &a, &names, &dl);
    CHECK_INT(t, af->body->len, 1);
    AstBlock *b = af->body->items[0].u.block;
    CHECK_INT(t, b->range.start, 0);
    CHECK_INT(t, b->range.end, strlen(src) - 1);
    CHECK_INT(t, b->labels[0].range.start, 9);
    CHECK_INT(t, b->labels[0].range.end, 12);
    AstAttribute *x = b->body->items[0].u.attr;
    CHECK_STR(t, x->name, "x");
    Pos p = source_pos(f, x->expr->range.start);
    CHECK_INT(t, p.line, 2);
    CHECK_INT(t, p.column, 7);
    Pos e = source_pos(f, x->expr->range.end);
    CHECK_INT(t, e.column, 16);
    CHECK(t, x->name == intern(&names, "x", 1)); /* names are interned */
    diag_list_free(&dl);
    interner_free(&names);
    arena_free(&a);
}

void suite_parse(TestCtx *t) {
    test_cases(t);
    test_ranges(t);
}
