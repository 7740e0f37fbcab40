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

enum {
    NONE = UINT32_MAX,
    /* parse.c stops at HCL_MAX_DEPTH; deeper than half of it, let it decide */
    MAX_DEPTH = HCL_MAX_DEPTH / 2,
};

/* Open template directives (FmtSites.directives). */
enum { DIR_IF, DIR_ELSE, DIR_FOR };

typedef struct V {
    const char *text;
    const Token *t;
    uint32_t pos;      /* next unread token */
    uint32_t at;       /* the token the last peek found */
    uint32_t prev;     /* the last token read */
    uint32_t depth;    /* nesting, counted where parse.c's enter() counts it */
    bool nl;           /* newlines are significant (parse.c's include-newlines) */
    FmtSites *out;
} V;

/* ---- token access ---------------------------------------------------- */

/* The kind of the next significant token, as parse.c's peek: comments are
 * skipped, newlines too where they are not significant. */
static TokenKind peek_trivia(V *v) {
    uint32_t i = v->pos;
    while (v->t[i].kind == TK_COMMENT || (v->t[i].kind == TK_NEWLINE && !v->nl)) i++;
    v->at = i;
    return (TokenKind)v->t[i].kind;
}

static inline TokenKind peek(V *v) {
    TokenKind k = (TokenKind)v->t[v->pos].kind;
    if (k == TK_NEWLINE || k == TK_COMMENT) return peek_trivia(v);
    v->at = v->pos;
    return k;
}

/* Reads the token the last peek found (parse.c's next; EOF stays unread). */
static void take(V *v) {
    v->prev = v->at;
    if (v->t[v->at].kind != TK_EOF) v->pos = v->at + 1;
}

static bool is_word(const V *v, uint32_t i, const char *w, uint32_t n) {
    const Token *t = &v->t[i];
    return t->kind == TK_IDENT && t->len == n && memcmp(v->text + t->off, w, n) == 0;
}

/* The next token is the keyword w (an identifier). */
static bool peek_word(V *v, const char *w, uint32_t n) {
    return peek(v) == TK_IDENT && is_word(v, v->at, w, n);
}

static bool enter(V *v) { return ++v->depth < MAX_DEPTH; }

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

static bool expression(V *v);

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

/* `.0` legacy index: one number without a dot */
static bool legacy_index(V *v) {
    take(v);
    const Token *t = &v->t[v->prev];
    return !memchr(v->text + t->off, '.', t->len) && number_ok(v, v->prev);
}

// traversals = ("." (ident | number | "*" ("." ident)*) | "[" ("*" "]" traversals | expression "]"))*
static bool traversals(V *v) {
    for (;;) {
        TokenKind k = peek(v);
        if (k == TK_DOT) {
            take(v);
            k = peek(v);
            if (k == TK_IDENT) {
                take(v);
            } else if (k == TK_NUMBER) {
                if (!legacy_index(v)) return false;
            } else if (k == TK_STAR) {
                take(v);
                while (peek(v) == TK_DOT) {
                    take(v);
                    k = peek(v);
                    if (k == TK_NUMBER) {
                        if (!legacy_index(v)) return false;
                    } else if (k == TK_IDENT) {
                        take(v);
                    } else {
                        return false;
                    }
                }
            } else {
                return false;
            }
        } else if (k == TK_OBRACK) {
            take(v);
            bool nl = v->nl;
            v->nl = false;
            if (peek(v) == TK_STAR) {
                take(v);
                if (peek(v) != TK_CBRACK) return false;
                take(v);
                v->nl = nl;
                if (!enter(v) || !traversals(v)) return false;
                v->depth--;
                return true; /* the splat took the remaining traversals */
            }
            if (!expression(v) || peek(v) != TK_CBRACK) return false;
            take(v);
            v->nl = nl;
        } else {
            return true;
        }
    }
}

// call = name ("::" name)* "(" (expression ("," expression)* ("," | "...")?)? ")"
static bool call(V *v) {
    while (peek(v) == TK_DOUBLE_COLON) {
        take(v);
        if (peek(v) != TK_IDENT) return false;
        take(v);
    }
    if (peek(v) != TK_OPAREN) return false;
    take(v);
    bool nl = v->nl;
    v->nl = false;
    while (peek(v) != TK_CPAREN) {
        if (!expression(v)) return false;
        TokenKind k = peek(v);
        if (k == TK_CPAREN) break;
        if (k == TK_ELLIPSIS) {
            take(v);
            if (peek(v) != TK_CPAREN) return false;
            break;
        }
        if (k != TK_COMMA) return false;
        take(v);
    }
    take(v); /* ) */
    v->nl = nl;
    return true;
}

// for_expr = ("[" | "{") "for" ident ("," ident)? "in" expression ":" expression
//            ("=>" expression)? "..."? ("if" expression)? ("]" | "}")
static bool for_expr(V *v, bool object) {
    take(v); /* for */
    if (peek(v) != TK_IDENT) return false;
    take(v);
    if (peek(v) == TK_COMMA) {
        take(v);
        if (peek(v) != TK_IDENT) return false;
        take(v);
    }
    if (!peek_word(v, "in", 2)) return false;
    take(v);
    if (!expression(v) || peek(v) != TK_COLON) return false;
    take(v);
    if (!expression(v)) return false;
    bool key = false, group = false;
    if (peek(v) == TK_FAT_ARROW) {
        take(v);
        key = true;
        if (!expression(v)) return false;
    }
    if (peek(v) == TK_ELLIPSIS) {
        take(v);
        group = true;
    }
    if (peek_word(v, "if", 2)) {
        take(v);
        if (!expression(v)) return false;
    }
    if (peek(v) != (object ? TK_CBRACE : TK_CBRACK)) return false;
    take(v);
    return object ? key : !key && !group;
}

// tuple = "[" (expression ("," expression)* ","?)? "]" | for_expr
static bool tuple(V *v) {
    take(v); /* [ */
    bool nl = v->nl;
    v->nl = false;
    if (peek_word(v, "for", 3)) {
        if (!for_expr(v, false)) return false;
    } else {
        while (peek(v) != TK_CBRACK) {
            if (!expression(v)) return false;
            TokenKind k = peek(v);
            if (k == TK_CBRACK) break;
            if (k != TK_COMMA) return false;
            take(v);
        }
        take(v); /* ] */
    }
    v->nl = nl;
    return true;
}

// object = "{" ((key ("=" | ":") expression) (("," | newline) ...)*)? "}" | for_expr
static bool object(V *v) {
    take(v); /* { */
    bool nl = v->nl;
    v->nl = false; /* "for" may follow on a later line */
    if (peek_word(v, "for", 3)) {
        if (!for_expr(v, true)) return false;
        v->nl = nl;
        return true;
    }
    v->nl = true;
    for (;;) {
        TokenKind k = peek(v);
        if (k == TK_NEWLINE) {
            take(v);
            continue;
        }
        if (k == TK_CBRACE) break;
        if (!expression(v)) return false;
        k = peek(v);
        if (k != TK_EQUAL && k != TK_COLON) return false;
        take(v);
        if (!expression(v)) return false;
        k = peek(v);
        if (k == TK_CBRACE) break;
        if (k != TK_COMMA && k != TK_NEWLINE) return false;
        take(v);
    }
    take(v); /* } */
    v->nl = nl;
    return true;
}

// template = ("\"" | heredoc_start) (literal | "${" expression "}" | "%{" directive "}")* closer
static bool template(V *v, TokenKind end) {
    if (!enter(v)) return false;
    FmtByteVec *open = &v->out->directives;
    uint32_t base = open->len;
    for (;;) {
        TokenKind k = peek(v);
        if (k == end) {
            take(v);
            break;
        }
        if (k == TK_QUOTED_LIT || k == TK_STRING_LIT) {
            take(v);
            if (k == TK_QUOTED_LIT && !escapes_ok(v->text, &v->t[v->prev])) return false;
            continue;
        }
        if (k != TK_TEMPLATE_INTERP && k != TK_TEMPLATE_CONTROL) return false;
        take(v);
        bool nl = v->nl;
        v->nl = false;
        if (k == TK_TEMPLATE_INTERP) {
            if (!expression(v)) return false;
        } else {
            /* a directive; they must nest: if (else)? endif, for endfor */
            if (peek(v) != TK_IDENT) return false;
            take(v);
            uint32_t kw = v->prev;
            uint8_t *top = open->len > base ? &open->data[open->len - 1] : NULL;
            if (is_word(v, kw, "if", 2)) {
                if (!expression(v)) return false;
                vec_push(open, (uint8_t)DIR_IF);
            } else if (is_word(v, kw, "else", 4)) {
                if (!top || *top != DIR_IF) return false;
                *top = DIR_ELSE;
            } else if (is_word(v, kw, "endif", 5)) {
                if (!top || (*top != DIR_IF && *top != DIR_ELSE)) return false;
                open->len--;
            } else if (is_word(v, kw, "endfor", 6)) {
                if (!top || *top != DIR_FOR) return false;
                open->len--;
            } else if (is_word(v, kw, "for", 3)) {
                if (peek(v) != TK_IDENT) return false;
                take(v);
                if (peek(v) == TK_COMMA) {
                    take(v);
                    if (peek(v) != TK_IDENT) return false;
                    take(v);
                }
                if (!peek_word(v, "in", 2)) return false;
                take(v);
                if (!expression(v)) return false;
                vec_push(open, (uint8_t)DIR_FOR);
            } else {
                return false;
            }
        }
        if (peek(v) != TK_TEMPLATE_SEQ_END) return false;
        take(v);
        v->nl = nl;
    }
    if (open->len != base) return false;
    v->depth--;
    return true;
}

// term = literal | template | name | call | tuple | object | "(" expression ")"
//      | "-" operand | "!" operand
static bool operand(V *v);

static bool term(V *v) {
    TokenKind k = peek(v);
    switch (k) {
    case TK_OPAREN: {
        take(v);
        bool nl = v->nl;
        v->nl = false;
        if (!expression(v) || peek(v) != TK_CPAREN) return false;
        take(v);
        v->nl = nl;
        return true;
    }
    case TK_NUMBER:
        take(v);
        return number_ok(v, v->prev);
    case TK_IDENT:
        take(v);
        k = peek(v);
        return k == TK_OPAREN || k == TK_DOUBLE_COLON ? call(v) : true;
    case TK_OQUOTE:
        take(v);
        return template(v, TK_CQUOTE);
    case TK_OHEREDOC:
        take(v);
        return template(v, TK_CHEREDOC);
    case TK_MINUS:
    case TK_BANG:
        take(v);
        if (!enter(v) || !operand(v)) return false;
        v->depth--;
        return true;
    case TK_OBRACK:
        return tuple(v);
    case TK_OBRACE:
        return object(v);
    default:
        return false;
    }
}

// operand = term traversals   (parse.c's parse_expression_with_traversals)
static bool operand(V *v) { return term(v) && traversals(v); }

// expression = operand (binop operand)* ("?" expression ":" expression)?
// (precedence shapes the tree, not what is accepted)
static bool expression(V *v) {
    if (!enter(v)) return false;
    for (;;) {
        if (!operand(v)) return false;
        if (!is_binary_op(peek(v))) break;
        take(v);
    }
    if (peek(v) == TK_QUESTION) {
        take(v);
        if (!expression(v) || peek(v) != TK_COLON) return false;
        take(v);
        if (!expression(v)) return false;
    }
    v->depth--;
    return true;
}

/* ---- bodies ------------------------------------------------------------------ */

static void add_site(V *v, SiteKind kind, uint32_t from, uint32_t to, uint32_t label, uint32_t nlabels) {
    FmtSite s = {kind, from, to, label, nlabels};
    vec_push(&v->out->sites, s);
}

// attribute = ident "=" expression newline
static bool attribute(V *v, SiteKind kind, bool single_line) {
    take(v); /* = */
    peek(v);
    uint32_t from = v->at;
    if (!expression(v)) return false;
    add_site(v, kind, from, v->prev + 1, 0, 0);
    if (single_line) return true;
    TokenKind k = peek(v);
    if (k != TK_NEWLINE && k != TK_EOF) return false;
    take(v);
    return true;
}

/* The site kind of attribute `name` in a body at `depth` of a `parent` block. */
static SiteKind value_kind(const V *v, uint32_t depth, uint32_t parent, uint32_t name) {
    return depth == 1 && is_word(v, parent, "variable", 8) && is_word(v, name, "type", 4) ? SITE_VAR_TYPE
                                                                                          : SITE_VALUE;
}

static bool body(V *v, TokenKind end, uint32_t depth, uint32_t parent);

// block = ident (string | ident)* "{" (newline body | single_attribute)? "}" newline
static bool block(V *v, uint32_t type, uint32_t depth) {
    uint32_t first = v->out->labels.len;
    for (;;) {
        TokenKind k = peek(v);
        if (k == TK_OBRACE) break;
        FmtLabel l = {"", 0};
        if (k == TK_IDENT) {
            take(v);
            l.text = v->text + v->t[v->prev].off;
            l.len = v->t[v->prev].len;
        } else {
            if (k != TK_OQUOTE) return false;
            take(v);
            k = peek(v);
            if (k == TK_QUOTED_LIT) {
                take(v);
                const Token *t = &v->t[v->prev];
                const char *s = v->text + t->off;
                if (!plain_label(s, t->len)) return false;
                l.text = s;
                l.len = (uint32_t)strnlen(s, t->len); /* as the tree's C string */
                k = peek(v);
            }
            if (k != TK_CQUOTE) return false; /* an interpolation, a newline, ... */
            take(v);
        }
        vec_push(&v->out->labels, l);
    }
    add_site(v, SITE_LABELS, type + 1, v->at, first, v->out->labels.len - first);
    take(v); /* { */
    TokenKind k = peek(v);
    if (k == TK_NEWLINE || k == TK_EOF || k == TK_CBRACE) {
        if (!body(v, TK_CBRACE, depth + 1, type)) return false;
    } else {
        /* one-line block with a single argument: foo { a = 1 } */
        if (k != TK_IDENT) return false;
        take(v);
        uint32_t name = v->prev;
        if (peek(v) != TK_EQUAL || !attribute(v, value_kind(v, depth + 1, type, name), true)) return false;
        if (peek(v) != TK_CBRACE) return false;
    }
    take(v); /* } */
    k = peek(v);
    if (k != TK_NEWLINE && k != TK_EOF) return false;
    take(v);
    return true;
}

/* An attribute name set earlier in the same body (parse.c's check_redefined)? */
static bool redefined(V *v, uint32_t base, uint32_t name) {
    const Token *t = &v->t[name];
    const uint32_t *names = v->out->names.data;
    for (uint32_t i = base; i < v->out->names.len; i++) {
        const Token *o = &v->t[names[i]];
        if (o->len == t->len && memcmp(v->text + o->off, v->text + t->off, t->len) == 0) return true;
    }
    return false;
}

// body = (attribute | block | newline)*
static bool body(V *v, TokenKind end, uint32_t depth, uint32_t parent) {
    if (!enter(v)) return false;
    uint32_t base = v->out->names.len;
    for (;;) {
        TokenKind k = peek(v);
        if (k == end) break;
        if (k == TK_NEWLINE) {
            take(v);
            continue;
        }
        if (k != TK_IDENT) return false; /* also the end of the file inside a block */
        take(v);
        uint32_t name = v->prev;
        k = peek(v);
        if (k == TK_EQUAL) {
            if (redefined(v, base, name)) return false;
            vec_push(&v->out->names, name);
            if (!attribute(v, value_kind(v, depth, parent, name), false)) return false;
        } else if (k == TK_OQUOTE || k == TK_OBRACE || k == TK_IDENT) {
            if (!block(v, name, depth)) return false;
        } else {
            return false;
        }
    }
    v->out->names.len = base;
    v->depth--;
    return true;
}

FmtCheck fmt_validate(const char *text, const Token *toks, uint32_t ntok, FmtSites *out) {
    out->sites.len = out->labels.len = out->names.len = out->directives.len = 0;
    if (ntok == 0 || toks[ntok - 1].kind != TK_EOF) return FMT_CHECK_UNSURE;
    V v = {text, toks, 0, 0, 0, 0, true, out};
    /* the top-level body's parent: the end-of-file token, which is no word */
    return body(&v, TK_EOF, 0, ntok - 1) ? FMT_CHECK_VALID : FMT_CHECK_UNSURE;
}
