/* validate.c - the formatter's syntax check: would hcl_parse accept this
 * file?  Answered from the token stream alone, without building a tree:
 * each function below follows the parse.c production of the same name along
 * its error-free path only.  Wherever parse.c would report an error, and in a
 * few rare cases left to it (deep nesting, block labels with escapes), the
 * answer is "unsure" and the formatter runs the real parser, which then
 * decides and reports.  A file is refused exactly when parse.c refuses it.
 *
 * Keep this in step with parse.c: tests/fmt_cases.py formats every fixture
 * and a generated corpus both ways (`tfcheck fmt -full-parse` runs the
 * parser on every file) and requires the same result.
 */
#include "fmt_int.h"

#include <string.h>

/* parse.c stops at HCL_MAX_DEPTH; deeper than half of it, let it decide */
enum { MAX_DEPTH = HCL_MAX_DEPTH / 2 };

/* Open template directives (FmtSites.directives). */
enum { DIR_IF, DIR_ELSE, DIR_FOR };

typedef struct V {
    const char *text;
    const Token *t;
    FmtSites *out;
} V;

/* The productions below take the position of the next unread token (i) and
 * return the position after what they read, or FAIL; also the newline mode
 * (nl: newlines are significant, parse.c's include-newlines) and the nesting
 * depth (d, counted where parse.c's enter() counts it).  Passing them keeps
 * them in registers. */
enum { FAIL = UINT32_MAX };

/* parse.c's peek: the next significant token at or after i.  Comments are
 * skipped, and newlines where they are not significant. */
static uint32_t skip_trivia(const V *v, uint32_t i, bool nl) {
    while (v->t[i].kind == TK_COMMENT || (v->t[i].kind == TK_NEWLINE && !nl)) i++;
    return i;
}

static inline uint32_t sig(const V *v, uint32_t i, bool nl) {
    TokenKind k = (TokenKind)v->t[i].kind;
    return k == TK_NEWLINE || k == TK_COMMENT ? skip_trivia(v, i, nl) : i;
}

static inline TokenKind kind(const V *v, uint32_t i) { return (TokenKind)v->t[i].kind; }

static bool is_word(const V *v, uint32_t i, const char *w, uint32_t n) {
    const Token *t = &v->t[i];
    return t->kind == TK_IDENT && t->len == n && memcmp(v->text + t->off, w, n) == 0;
}

/* ---- literals ----------------------------------------------------------- */

/* parse.c's number_is_valid: digits ("." digits)? (("e"|"E") ("+"|"-")? digits)? */
static bool number_ok(const V *v, uint32_t i) {
    const char *s = v->text + v->t[i].off;
    uint32_t n = v->t[i].len, k = 0;
    if (k >= n || s[k] < '0' || s[k] > '9') return false;
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    if (k < n && s[k] == '.') {
        k++;
        if (k >= n || s[k] < '0' || s[k] > '9') return false;
        while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    }
    if (k < n && (s[k] == 'e' || s[k] == 'E')) {
        k++;
        if (k < n && (s[k] == '+' || s[k] == '-')) k++;
        if (k >= n || s[k] < '0' || s[k] > '9') return false;
        while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    }
    return k == n;
}

static int hexval(unsigned c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* Would parse.c's decode_literal accept the escapes of this quoted literal? */
static bool escapes_ok(const char *text, const Token *t) {
    const unsigned char *s = (const unsigned char *)text + t->off;
    uint32_t n = t->len;
    if (!memchr(s, '\\', n)) return true; /* only backslash escapes can be wrong */
    for (uint32_t i = 0; i < n;) {
        unsigned c = s[i];
        if ((c == '$' || c == '%') && i + 2 < n && s[i + 1] == c && s[i + 2] == '{') {
            i += 3;
            continue;
        }
        if (c != '\\' || i + 1 >= n) {
            i++;
            continue;
        }
        unsigned e = s[i + 1];
        if (e == 'n' || e == 'r' || e == 't' || e == '"' || e == '\\') {
            i += 2;
            continue;
        }
        if (e != 'u' && e != 'U') return false;
        uint32_t want = e == 'u' ? 4 : 8, cp = 0, k;
        for (k = 0; k < want && i + 2 + k < n && hexval(s[i + 2 + k]) >= 0; k++)
            cp = cp * 16 + (uint32_t)hexval(s[i + 2 + k]);
        if (k < want || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += 2 + k;
    }
    return true;
}

/* A quoted label whose value is its text as written: no escapes to decode
 * (parse.c's literal_is_plain).  Others are left to the parser's decoding. */
static bool plain_label(const char *s, uint32_t n) {
    if (memchr(s, '\\', n)) return false;
    for (uint32_t i = 2; i < n; i++)
        if (s[i] == '{' && (s[i - 1] == '$' || s[i - 1] == '%') && s[i - 2] == s[i - 1]) return false;
    return true;
}

/* ---- expressions ---------------------------------------------------------- */

static uint32_t expression(const V *v, uint32_t i, bool nl, uint32_t d);

static bool is_binary_op(TokenKind k) {
    switch (k) {
    case TK_STAR: case TK_SLASH: case TK_PERCENT: case TK_PLUS: case TK_MINUS:
    case TK_GREATER: case TK_GREATER_EQ: case TK_LESS: case TK_LESS_EQ:
    case TK_EQUAL_OP: case TK_NOT_EQUAL: case TK_AND: case TK_OR:
        return true;
    default:
        return false;
    }
}

/* `.0` legacy index at j: one number without a dot */
static bool legacy_index(const V *v, uint32_t j) {
    const Token *t = &v->t[j];
    return !memchr(v->text + t->off, '.', t->len) && number_ok(v, j);
}

// traversals = ("." (ident | number | "*" ("." ident)*) | "[" ("*" "]" traversals | expression "]"))*
static uint32_t traversals(const V *v, uint32_t i, bool nl, uint32_t d) {
    for (;;) {
        uint32_t j = sig(v, i, nl);
        TokenKind k = kind(v, j);
        if (k == TK_DOT) {
            j = sig(v, j + 1, nl);
            k = kind(v, j);
            if (k == TK_NUMBER && !legacy_index(v, j)) return FAIL;
            if (k != TK_IDENT && k != TK_NUMBER && k != TK_STAR) return FAIL;
            i = j + 1;
            if (k != TK_STAR) continue;
            for (j = sig(v, i, nl); kind(v, j) == TK_DOT; j = sig(v, i, nl)) { /* src.*.a.b */
                j = sig(v, j + 1, nl);
                k = kind(v, j);
                if (k == TK_NUMBER ? !legacy_index(v, j) : k != TK_IDENT) return FAIL;
                i = j + 1;
            }
        } else if (k == TK_OBRACK) {
            j = sig(v, j + 1, false);
            if (kind(v, j) == TK_STAR) {
                j = sig(v, j + 1, false);
                if (kind(v, j) != TK_CBRACK || d + 1 >= MAX_DEPTH) return FAIL;
                return traversals(v, j + 1, nl, d + 1); /* the splat takes the remaining traversals */
            }
            i = expression(v, j, false, d);
            if (i == FAIL) return FAIL;
            j = sig(v, i, false);
            if (kind(v, j) != TK_CBRACK) return FAIL;
            i = j + 1;
        } else {
            return i;
        }
    }
}

// call = name ("::" name)* "(" (expression ("," expression)* ("," | "...")?)? ")"
static uint32_t call(const V *v, uint32_t i, bool nl, uint32_t d) {
    uint32_t j = sig(v, i, nl);
    while (kind(v, j) == TK_DOUBLE_COLON) {
        j = sig(v, j + 1, nl);
        if (kind(v, j) != TK_IDENT) return FAIL;
        j = sig(v, j + 1, nl);
    }
    if (kind(v, j) != TK_OPAREN) return FAIL;
    for (i = j + 1;;) {
        j = sig(v, i, false);
        if (kind(v, j) == TK_CPAREN) return j + 1;
        i = expression(v, j, false, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, false);
        TokenKind k = kind(v, j);
        if (k == TK_CPAREN) return j + 1;
        if (k == TK_ELLIPSIS) {
            j = sig(v, j + 1, false);
            return kind(v, j) == TK_CPAREN ? j + 1 : FAIL;
        }
        if (k != TK_COMMA) return FAIL;
        i = j + 1;
    }
}

// for_expr = ("[" | "{") "for" ident ("," ident)? "in" expression ":" expression
//            ("=>" expression)? "..."? ("if" expression)? ("]" | "}")
// (f is the "for"; newlines are not significant)
static uint32_t for_expr(const V *v, uint32_t f, bool object, uint32_t d) {
    uint32_t j = sig(v, f + 1, false);
    if (kind(v, j) != TK_IDENT) return FAIL;
    j = sig(v, j + 1, false);
    if (kind(v, j) == TK_COMMA) {
        j = sig(v, j + 1, false);
        if (kind(v, j) != TK_IDENT) return FAIL;
        j = sig(v, j + 1, false);
    }
    if (!is_word(v, j, "in", 2)) return FAIL;
    uint32_t i = expression(v, j + 1, false, d);
    if (i == FAIL) return FAIL;
    j = sig(v, i, false);
    if (kind(v, j) != TK_COLON) return FAIL;
    i = expression(v, j + 1, false, d);
    if (i == FAIL) return FAIL;
    bool key = false, group = false;
    j = sig(v, i, false);
    if (kind(v, j) == TK_FAT_ARROW) {
        key = true;
        i = expression(v, j + 1, false, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, false);
    }
    if (kind(v, j) == TK_ELLIPSIS) {
        group = true;
        j = sig(v, j + 1, false);
    }
    if (is_word(v, j, "if", 2)) {
        i = expression(v, j + 1, false, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, false);
    }
    if (kind(v, j) != (object ? TK_CBRACE : TK_CBRACK)) return FAIL;
    return (object ? key : !key && !group) ? j + 1 : FAIL;
}

// tuple = "[" (expression ("," expression)* ","?)? "]" | for_expr   (i: after "[")
static uint32_t tuple(const V *v, uint32_t i, uint32_t d) {
    uint32_t j = sig(v, i, false);
    if (is_word(v, j, "for", 3)) return for_expr(v, j, false, d);
    for (;;) {
        j = sig(v, i, false);
        if (kind(v, j) == TK_CBRACK) return j + 1;
        i = expression(v, j, false, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, false);
        if (kind(v, j) == TK_CBRACK) return j + 1;
        if (kind(v, j) != TK_COMMA) return FAIL;
        i = j + 1;
    }
}

// object = "{" ((key ("=" | ":") expression) (("," | newline) ...)*)? "}" | for_expr   (i: after "{")
static uint32_t object(const V *v, uint32_t i, uint32_t d) {
    uint32_t j = sig(v, i, false); /* "for" may follow on a later line */
    if (is_word(v, j, "for", 3)) return for_expr(v, j, true, d);
    for (;;) {
        j = sig(v, i, true);
        TokenKind k = kind(v, j);
        if (k == TK_NEWLINE) {
            i = j + 1;
            continue;
        }
        if (k == TK_CBRACE) return j + 1;
        i = expression(v, j, true, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, true);
        k = kind(v, j);
        if (k != TK_EQUAL && k != TK_COLON) return FAIL;
        i = expression(v, j + 1, true, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, true);
        k = kind(v, j);
        if (k == TK_CBRACE) return j + 1;
        if (k != TK_COMMA && k != TK_NEWLINE) return FAIL;
        i = j + 1;
    }
}

/* A template directive after its "%{": if (else)? endif, for endfor, which
 * must nest (open holds those not yet closed, from base). */
static uint32_t directive(const V *v, uint32_t i, uint32_t d, uint32_t base) {
    FmtByteVec *open = &v->out->directives;
    uint32_t kw = sig(v, i, false);
    if (kind(v, kw) != TK_IDENT) return FAIL;
    uint8_t *top = open->len > base ? &open->data[open->len - 1] : NULL;
    i = kw + 1;
    if (is_word(v, kw, "if", 2)) {
        i = expression(v, i, false, d);
        if (i != FAIL) vec_push(open, (uint8_t)DIR_IF);
        return i;
    }
    if (is_word(v, kw, "else", 4)) {
        if (!top || *top != DIR_IF) return FAIL;
        *top = DIR_ELSE;
        return i;
    }
    if (is_word(v, kw, "endif", 5)) {
        if (!top || (*top != DIR_IF && *top != DIR_ELSE)) return FAIL;
        open->len--;
        return i;
    }
    if (is_word(v, kw, "endfor", 6)) {
        if (!top || *top != DIR_FOR) return FAIL;
        open->len--;
        return i;
    }
    if (!is_word(v, kw, "for", 3)) return FAIL;
    uint32_t j = sig(v, i, false);
    if (kind(v, j) != TK_IDENT) return FAIL;
    j = sig(v, j + 1, false);
    if (kind(v, j) == TK_COMMA) {
        j = sig(v, j + 1, false);
        if (kind(v, j) != TK_IDENT) return FAIL;
        j = sig(v, j + 1, false);
    }
    if (!is_word(v, j, "in", 2)) return FAIL;
    i = expression(v, j + 1, false, d);
    if (i != FAIL) vec_push(open, (uint8_t)DIR_FOR);
    return i;
}

// template = ("\"" | heredoc_start) (literal | "${" expression "}" | "%{" directive "}")* closer
// (i: after the opener)
static uint32_t template(const V *v, uint32_t i, bool nl, uint32_t d, TokenKind end) {
    if (++d >= MAX_DEPTH) return FAIL;
    uint32_t base = v->out->directives.len;
    for (;;) {
        uint32_t j = sig(v, i, nl);
        TokenKind k = kind(v, j);
        if (k == end) return v->out->directives.len == base ? j + 1 : FAIL;
        if (k == TK_QUOTED_LIT || k == TK_STRING_LIT) {
            if (k == TK_QUOTED_LIT && !escapes_ok(v->text, &v->t[j])) return FAIL;
            i = j + 1;
            continue;
        }
        if (k == TK_TEMPLATE_INTERP) i = expression(v, j + 1, false, d);
        else if (k == TK_TEMPLATE_CONTROL) i = directive(v, j + 1, d, base);
        else return FAIL;
        if (i == FAIL) return FAIL;
        j = sig(v, i, false);
        if (kind(v, j) != TK_TEMPLATE_SEQ_END) return FAIL;
        i = j + 1;
    }
}

// term = literal | template | name | call | tuple | object | "(" expression ")"
//      | "-" operand | "!" operand
static uint32_t operand(const V *v, uint32_t i, bool nl, uint32_t d);

static uint32_t term(const V *v, uint32_t i, bool nl, uint32_t d) {
    uint32_t j = sig(v, i, nl);
    switch (kind(v, j)) {
    case TK_OPAREN:
        i = expression(v, j + 1, false, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, false);
        return kind(v, j) == TK_CPAREN ? j + 1 : FAIL;
    case TK_NUMBER:
        return number_ok(v, j) ? j + 1 : FAIL;
    case TK_IDENT: {
        TokenKind k = kind(v, sig(v, j + 1, nl));
        return k == TK_OPAREN || k == TK_DOUBLE_COLON ? call(v, j + 1, nl, d) : j + 1;
    }
    case TK_OQUOTE:
        return template(v, j + 1, nl, d, TK_CQUOTE);
    case TK_OHEREDOC:
        return template(v, j + 1, nl, d, TK_CHEREDOC);
    case TK_MINUS:
    case TK_BANG:
        return d + 1 < MAX_DEPTH ? operand(v, j + 1, nl, d + 1) : FAIL;
    case TK_OBRACK:
        return tuple(v, j + 1, d);
    case TK_OBRACE:
        return object(v, j + 1, d);
    default:
        return FAIL;
    }
}

// operand = term traversals   (parse.c's parse_expression_with_traversals)
static uint32_t operand(const V *v, uint32_t i, bool nl, uint32_t d) {
    i = term(v, i, nl, d);
    if (i == FAIL) return FAIL;
    TokenKind k = kind(v, sig(v, i, nl));
    return k == TK_DOT || k == TK_OBRACK ? traversals(v, i, nl, d) : i; /* mostly none */
}

// expression = operand (binop operand)* ("?" expression ":" expression)?
// (precedence shapes the tree, not what is accepted)
static uint32_t expression(const V *v, uint32_t i, bool nl, uint32_t d) {
    if (++d >= MAX_DEPTH) return FAIL;
    for (;;) {
        i = operand(v, i, nl, d);
        if (i == FAIL) return FAIL;
        uint32_t j = sig(v, i, nl);
        TokenKind k = kind(v, j);
        if (is_binary_op(k)) {
            i = j + 1;
            continue;
        }
        if (k != TK_QUESTION) return i;
        i = expression(v, j + 1, nl, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, nl);
        return kind(v, j) == TK_COLON ? expression(v, j + 1, nl, d) : FAIL;
    }
}

/* ---- bodies ------------------------------------------------------------------ */

static void add_site(const V *v, SiteKind k, uint32_t from, uint32_t to, uint32_t label, uint32_t nlabels) {
    FmtSite s = {k, from, to, label, nlabels};
    vec_push(&v->out->sites, s);
}

// attribute = ident "=" expression newline   (eq: the "=")
static uint32_t attribute(const V *v, uint32_t eq, SiteKind k, bool single_line, uint32_t d) {
    uint32_t from = sig(v, eq + 1, true);
    uint32_t i = expression(v, from, true, d);
    if (i == FAIL) return FAIL;
    add_site(v, k, from, i, 0, 0);
    if (single_line) return i;
    uint32_t j = sig(v, i, true);
    if (kind(v, j) == TK_NEWLINE) return j + 1;
    return kind(v, j) == TK_EOF ? j : FAIL;
}

/* The site kind of attribute `name` in a body at `depth` of a `parent` block. */
static SiteKind value_kind(const V *v, uint32_t depth, uint32_t parent, uint32_t name) {
    return depth == 1 && is_word(v, parent, "variable", 8) && is_word(v, name, "type", 4) ? SITE_VAR_TYPE
                                                                                          : SITE_VALUE;
}

static uint32_t body(const V *v, uint32_t i, TokenKind end, uint32_t depth, uint32_t parent, uint32_t d);

// block = ident (string | ident)* "{" (newline body | single_attribute)? "}" newline
// (type: the block's type; depth: of the body it is in)
static uint32_t block(const V *v, uint32_t type, uint32_t depth, uint32_t d) {
    uint32_t first = v->out->labels.len, i = type + 1, j;
    for (;;) {
        j = sig(v, i, true);
        TokenKind k = kind(v, j);
        if (k == TK_OBRACE) break;
        FmtLabel l = {"", 0};
        if (k == TK_IDENT) {
            l.text = v->text + v->t[j].off;
            l.len = v->t[j].len;
        } else {
            if (k != TK_OQUOTE) return FAIL;
            j = sig(v, j + 1, true);
            if (kind(v, j) == TK_QUOTED_LIT) {
                const char *s = v->text + v->t[j].off;
                if (!plain_label(s, v->t[j].len)) return FAIL;
                l.text = s;
                l.len = (uint32_t)strnlen(s, v->t[j].len); /* as the tree's C string */
                j = sig(v, j + 1, true);
            }
            if (kind(v, j) != TK_CQUOTE) return FAIL; /* an interpolation, a newline, ... */
        }
        vec_push(&v->out->labels, l);
        i = j + 1;
    }
    uint32_t obrace = j;
    add_site(v, SITE_LABELS, type + 1, obrace, first, v->out->labels.len - first);
    j = sig(v, obrace + 1, true);
    TokenKind k = kind(v, j);
    if (k == TK_NEWLINE || k == TK_EOF || k == TK_CBRACE) {
        j = body(v, obrace + 1, TK_CBRACE, depth + 1, type, d);
        if (j == FAIL) return FAIL;
    } else {
        /* one-line block with a single argument: foo { a = 1 } */
        if (k != TK_IDENT) return FAIL;
        uint32_t name = j, eq = sig(v, j + 1, true);
        if (kind(v, eq) != TK_EQUAL) return FAIL;
        i = attribute(v, eq, value_kind(v, depth + 1, type, name), true, d);
        if (i == FAIL) return FAIL;
        j = sig(v, i, true);
        if (kind(v, j) != TK_CBRACE) return FAIL;
    }
    j = sig(v, j + 1, true); /* after the "}" */
    if (kind(v, j) == TK_NEWLINE) return j + 1;
    return kind(v, j) == TK_EOF ? j : FAIL;
}

/* An attribute name set earlier in the same body (parse.c's check_redefined)? */
static bool redefined(const V *v, uint32_t base, uint32_t name) {
    const Token *t = &v->t[name];
    const uint32_t *names = v->out->names.data;
    for (uint32_t i = base; i < v->out->names.len; i++) {
        const Token *o = &v->t[names[i]];
        if (o->len == t->len && memcmp(v->text + o->off, v->text + t->off, t->len) == 0) return true;
    }
    return false;
}

// body = (attribute | block | newline)*
// (returns the position of its `end`, unread)
static uint32_t body(const V *v, uint32_t i, TokenKind end, uint32_t depth, uint32_t parent, uint32_t d) {
    if (++d >= MAX_DEPTH) return FAIL;
    uint32_t base = v->out->names.len;
    for (;;) {
        uint32_t j = sig(v, i, true);
        TokenKind k = kind(v, j);
        if (k == end) {
            v->out->names.len = base;
            return j;
        }
        if (k == TK_NEWLINE) {
            i = j + 1;
            continue;
        }
        if (k != TK_IDENT) return FAIL; /* also the end of the file inside a block */
        uint32_t name = j, next = sig(v, j + 1, true);
        k = kind(v, next);
        if (k == TK_EQUAL) {
            if (redefined(v, base, name)) return FAIL;
            vec_push(&v->out->names, name);
            i = attribute(v, next, value_kind(v, depth, parent, name), false, d);
        } else if (k == TK_OQUOTE || k == TK_OBRACE || k == TK_IDENT) {
            i = block(v, name, depth, d);
        } else {
            return FAIL;
        }
        if (i == FAIL) return FAIL;
    }
}

FmtCheck fmt_validate(const char *text, const Token *toks, uint32_t ntok, FmtSites *out) {
    out->sites.len = out->labels.len = out->names.len = out->directives.len = 0;
    if (ntok == 0 || toks[ntok - 1].kind != TK_EOF) return FMT_CHECK_UNSURE;
    V v = {text, toks, out};
    /* the top-level body's parent: the end-of-file token, which is no word */
    return body(&v, 0, TK_EOF, 0, ntok - 1, 0) != FAIL ? FMT_CHECK_VALID : FMT_CHECK_UNSURE;
}
