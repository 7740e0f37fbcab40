/* parse.c - recursive-descent parser for HCL2 native syntax.
 *
 * Follows the grammar of HCL's native syntax specification and reports
 * errors in the words HCL (and so Terraform) uses, on the same lines.  Error
 * recovery follows HCL's parser: after an error the parser skips to a point
 * it can trust (the end of the bracket it is in, or the end of the body item)
 * and a `recovery` flag silences the follow-on errors that would otherwise
 * cascade.  Unlike HCL, the flag is cleared at each top-level item, so
 * independent errors in separate top-level blocks are all reported.
 *
 * Newlines are significant in bodies and object constructors and ignored
 * inside parentheses, brackets and interpolations; a stack of
 * "include newlines" flags tracks which applies, as in HCL's peeker.
 */
#include "hcl.h"

#include <stdio.h>
#include <string.h>

struct HclParser {
    const SourceFile *src;
    const Token *toks;
    uint32_t ntok;
    uint32_t pos;                /* index of the next unread token */
    uint32_t peek_from, peek_at; /* last peek: from pos, the token found ... */
    bool peek_nl;                /* ... with this newline mode */
    uint32_t prev;               /* index of the last token read */
    Arena *arena;
    Interner *names;
    DiagList *diags;
    bool recovery;               /* an error was reported; hold back follow-ons */
    bool abandoned;              /* nesting limit hit: report nothing more */
    uint32_t errors;             /* error conditions met, reported or not */
    uint32_t depth;
    Vec(bool) newlines;          /* include-newlines stack */
    bool nl_on;                  /* its top (true when empty) */
    Vec(void *) pool;            /* spare list buffers (see scratch_list) */
};

typedef HclParser P;

/* ---- token access ---------------------------------------------------- */

static Range tok_range(const Token *t) { return range_make(t->off, t->off + t->len); }

static bool include_newlines(P *p) { return p->nl_on; }
static void push_newlines(P *p, bool on) {
    vec_push(&p->newlines, on);
    p->nl_on = on;
}
static void pop_newlines(P *p) {
    p->newlines.len--;
    p->nl_on = p->newlines.len ? p->newlines.data[p->newlines.len - 1] : true;
}

/* Index of the next significant token: comments are always skipped,
 * newlines when the innermost context ignores them. */
static uint32_t peek_index(P *p) {
    bool nl = include_newlines(p);
    if (p->peek_from == p->pos && p->peek_nl == nl) return p->peek_at; /* peeked already */
    uint32_t i = p->pos;
    for (;;) {
        const Token *t = &p->toks[i];
        if (t->kind == TK_COMMENT || (t->kind == TK_NEWLINE && !nl)) {
            i++;
            continue;
        }
        p->peek_from = p->pos;
        p->peek_nl = nl;
        p->peek_at = i;
        return i;
    }
}

static const Token *peek(P *p) { return &p->toks[peek_index(p)]; }
static TokenKind peek_kind(P *p) { return (TokenKind)peek(p)->kind; }

static const Token *next(P *p) {
    uint32_t i = peek_index(p);
    p->prev = i;
    if (p->toks[i].kind != TK_EOF) p->pos = i + 1;
    else p->pos = i;
    return &p->toks[i];
}

static Range prev_range(P *p) { return tok_range(&p->toks[p->prev]); }

static bool tok_is(P *p, const Token *t, const char *word) {
    size_t n = strlen(word);
    return t->kind == TK_IDENT && t->len == n && memcmp(p->src->text + t->off, word, n) == 0;
}

static const char *tok_name(P *p, const Token *t) {
    return intern(p->names, p->src->text + t->off, t->len);
}

/* ---- diagnostics ------------------------------------------------------ */

static Diag *error_at(P *p, Range subject, const char *summary, const char *detail) {
    p->errors++;
    if (p->abandoned) return NULL;
    Diag *d = diag_add(p->diags, SEV_ERROR, "syntax", "S1", p->src, subject, summary);
    d->detail = detail;
    return d;
}

/* Like error_at, but held back while recovering from an earlier error. */
static Diag *error_unless_recovering(P *p, Range subject, const char *summary,
                                     const char *detail) {
    if (p->recovery) {
        p->errors++;
        return NULL;
    }
    return error_at(p, subject, summary, detail);
}

static void set_hint(Diag *d, const char *hint) {
    if (d) d->hint = hint;
}

static void set_context(Diag *d, Range ctx) {
    if (d) d->context = ctx;
}

/* "file:line,col-col" (or "file:line,col-line,col"), as HCL prints ranges. */
static const char *range_text(P *p, Range r) {
    Pos a = source_pos(p->src, r.start), b = source_pos(p->src, r.end);
    if (a.line == b.line)
        return arena_printf(p->arena, "%s:%u,%u-%u", p->src->path, a.line, a.column, b.column);
    return arena_printf(p->arena, "%s:%u,%u-%u,%u", p->src->path, a.line, a.column, b.line,
                        b.column);
}

/* ---- recovery ----------------------------------------------------------- */

static TokenKind opposite(TokenKind k) {
    switch (k) {
    case TK_OBRACE: return TK_CBRACE;
    case TK_OBRACK: return TK_CBRACK;
    case TK_OPAREN: return TK_CPAREN;
    case TK_OQUOTE: return TK_CQUOTE;
    case TK_OHEREDOC: return TK_CHEREDOC;
    case TK_CBRACE: return TK_OBRACE;
    case TK_CBRACK: return TK_OBRACK;
    case TK_CPAREN: return TK_OPAREN;
    case TK_CQUOTE: return TK_OQUOTE;
    case TK_CHEREDOC: return TK_OHEREDOC;
    case TK_TEMPLATE_SEQ_END: return TK_TEMPLATE_INTERP;
    default: return TK_EOF;
    }
}

/* Skips forward to the token `end` that closes the current bracket, counting
 * nested pairs, and returns with it consumed.  A newline inside a broken
 * quoted string also ends string-level recovery (the lexer ended the string
 * there), and is left unread. */
static Range recover_to(P *p, TokenKind end) {
    TokenKind start = opposite(end);
    bool string_level = end == TK_CQUOTE || end == TK_TEMPLATE_SEQ_END;
    p->recovery = true;
    int nest = 0;
    for (;;) {
        const Token *t = peek(p);
        TokenKind k = (TokenKind)t->kind;
        if (k == TK_EOF) return tok_range(next(p));
        if (k == TK_QUOTED_NEWLINE && string_level && !(t->flags & TKF_CONTINUED))
            return tok_range(t);
        next(p);
        if (end == TK_TEMPLATE_SEQ_END && k == TK_TEMPLATE_CONTROL) k = TK_TEMPLATE_INTERP;
        if (k == start) nest++;
        else if (k == end) {
            if (nest < 1) return tok_range(t);
            nest--;
        }
    }
}

/* After a missing separator: when the offending token is a closing bracket
 * of another kind on the same line as the item before it, it is taken as a
 * typo for our closer ("[1, 2}") and consumed; when it is on a later line, the
 * closer is missing and that bracket belongs to an enclosing construct, so it
 * is left for it.  Anything else: skip to our closer as HCL does.  Returns the
 * closing range. */
static bool same_line(P *p, uint32_t a, uint32_t b) {
    if (a > b) { uint32_t t = a; a = b; b = t; }
    return memchr(p->src->text + a, '\n', b - a) == NULL;
}

static Range recover_mismatch(P *p, const Token *bad, TokenKind end) {
    TokenKind k = (TokenKind)bad->kind;
    if ((k == TK_CBRACE || k == TK_CBRACK || k == TK_CPAREN) && k != end) {
        p->recovery = true;
        if (same_line(p, p->toks[p->prev].off, bad->off)) return tok_range(next(p));
        return prev_range(p);
    }
    return recover_to(p, end);
}

/* Skips to the end of the current body item: the next newline outside any
 * brackets, or the end of the file. */
static void recover_after_body_item(P *p) {
    p->recovery = true;
    TokenKind open[64];
    int n = 0, overflow = 0;
    for (;;) {
        const Token *t = next(p);
        TokenKind k = (TokenKind)t->kind;
        switch (k) {
        case TK_QUOTED_NEWLINE:
            if (t->flags & TKF_CONTINUED) break;
            /* fall through */
        case TK_NEWLINE:
            if (n == 0 && overflow == 0) return;
            break;
        case TK_EOF:
            return;
        case TK_OBRACE: case TK_OBRACK: case TK_OPAREN: case TK_OQUOTE: case TK_OHEREDOC:
        case TK_TEMPLATE_INTERP: case TK_TEMPLATE_CONTROL:
            if (n < 64) open[n++] = k;
            else overflow++;
            break;
        case TK_CBRACE: case TK_CBRACK: case TK_CPAREN: case TK_CQUOTE: case TK_CHEREDOC: {
            if (overflow) { overflow--; break; }
            TokenKind opener = opposite(k);
            while (n > 0 && open[n - 1] != opener) n--;
            if (n > 0) n--;
            break;
        }
        case TK_TEMPLATE_SEQ_END:
            if (overflow) { overflow--; break; }
            while (n > 0 && open[n - 1] != TK_TEMPLATE_INTERP && open[n - 1] != TK_TEMPLATE_CONTROL)
                n--;
            if (n > 0) n--;
            break;
        default:
            break;
        }
    }
}

/* ---- nesting limit -------------------------------------------------------- */

static bool enter(P *p) {
    if (p->depth >= HCL_MAX_DEPTH) {
        if (!p->abandoned) {
            Diag *d = error_at(p, tok_range(peek(p)), "Nesting too deep", NULL);
            if (d) {
                d->detail = arena_printf(p->arena,
                                         "Expressions and blocks may be nested at most %d "
                                         "levels deep; tfcheck stopped reading this file here.",
                                         HCL_MAX_DEPTH);
                d->hint = "Flatten the structure, for example with locals for inner parts.";
            }
            p->abandoned = true;
            p->recovery = true;
        }
        /* Stop reading: jump to the end of the file. */
        p->pos = p->ntok - 1;
        return false;
    }
    p->depth++;
    return true;
}

static void leave(P *p) { p->depth--; }

/* ---- nodes ------------------------------------------------------------------ */

static AstExpr *new_expr(P *p, ExprKind kind, Range r) {
    AstExpr *e = ARENA_NEW(p->arena, AstExpr);
    e->kind = kind;
    e->range = r;
    return e;
}

typedef Vec(AstExpr *) ExprVec;

/* Lists are built in heap buffers and copied into the arena when complete.
 * The buffers are recycled through a pool instead of being freed, since a
 * file builds one list for nearly every call, tuple and template. */
static ExprVec scratch_list(P *p) {
    ExprVec v = {0};
    if (p->pool.len) {
        v.data = p->pool.data[--p->pool.len];
        v.cap = 64;
    }
    return v;
}

static void recycle(P *p, void *data, uint32_t cap) {
    if (data && cap == 64) vec_push(&p->pool, data);
    else mem_free(data);
}

static ExprList finish_list(P *p, ExprVec *v) {
    ExprList l;
    l.items = vec_to_arena(p->arena, v);
    l.len = v->len;
    if (v->cap < 64 && v->data) { /* grow small ones to the pooled size */
        v->data = mem_realloc(v->data, 64 * sizeof(AstExpr *));
        v->cap = 64;
    }
    recycle(p, v->data, v->cap);
    v->data = NULL;
    v->len = v->cap = 0;
    return l;
}

/* ---- strings and numbers ----------------------------------------------------- */

static int hexval(unsigned c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* Decodes the literal text of a template token: backslash escapes in quoted
 * strings, and the $${ / %%{ escapes in both kinds.  Writes at most t->len
 * bytes to out (every escape is at least as long as what it stands for) and
 * returns the decoded length. */
static uint32_t decode_literal(P *p, const Token *t, bool quoted, char *out) {
    const unsigned char *s = (const unsigned char *)p->src->text + t->off;
    uint32_t n = t->len, o = 0;
    for (uint32_t i = 0; i < n;) {
        unsigned c = s[i];
        if ((c == '$' || c == '%') && i + 2 < n && s[i + 1] == c && s[i + 2] == '{') {
            out[o++] = (char)c;
            out[o++] = '{';
            i += 3;
            continue;
        }
        if (c != '\\' || !quoted) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        if (i + 1 >= n) { /* lone trailing backslash; the lexer reported it */
            i++;
            continue;
        }
        unsigned e = s[i + 1];
        switch (e) {
        case 'n': out[o++] = '\n'; i += 2; continue;
        case 'r': out[o++] = '\r'; i += 2; continue;
        case 't': out[o++] = '\t'; i += 2; continue;
        case '"': out[o++] = '"'; i += 2; continue;
        case '\\': out[o++] = '\\'; i += 2; continue;
        case 'u':
        case 'U': {
            uint32_t want = e == 'u' ? 4 : 8, cp = 0, k;
            for (k = 0; k < want && i + 2 + k < n && hexval(s[i + 2 + k]) >= 0; k++)
                cp = cp * 16 + (uint32_t)hexval(s[i + 2 + k]);
            Range r = range_make(t->off + i, t->off + i + 2 + k);
            if (k < want) {
                error_at(p, r, "Invalid escape sequence",
                         e == 'u' ? "The \\u escape sequence must be followed by four "
                                    "hexadecimal digits."
                                  : "The \\U escape sequence must be followed by eight "
                                    "hexadecimal digits.");
            } else if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                Diag *d = error_at(p, r, "Invalid escape sequence", NULL);
                if (d)
                    d->detail = arena_printf(p->arena, "Cannot encode character U+%04x in UTF-8.", cp);
            } else {
                o += (uint32_t)utf8_encode(cp, out + o);
            }
            i += 2 + k;
            continue;
        }
        default: {
            uint32_t cp;
            int len = utf8_decode(s + i + 1, n - i - 1, &cp);
            if (len <= 0) len = 1;
            Diag *d = error_at(p, range_make(t->off + i, t->off + i + 1 + (uint32_t)len),
                               "Invalid escape sequence", NULL);
            if (d)
                d->detail = arena_printf(p->arena,
                                         "The symbol \"%.*s\" is not a valid escape sequence "
                                         "selector.",
                                         len, (const char *)s + i + 1);
            set_hint(d, "Write \\\\ for a literal backslash.");
            i += 1 + (uint32_t)len;
            continue;
        }
        }
    }
    return o;
}

/* Does the token's text need decoding, or can the tree point at the source? */
static bool literal_is_plain(const P *p, const Token *t, bool quoted) {
    const char *s = p->src->text + t->off;
    if (quoted && memchr(s, '\\', t->len)) return false;
    for (const char *q = s; (q = memchr(q, '{', (size_t)(s + t->len - q))) != NULL; q++)
        if (q - s >= 2 && (q[-1] == '$' || q[-1] == '%') && q[-2] == q[-1]) return false;
    return true;
}

/* digits ("." digits)? (("e"|"E") ("+"|"-")? digits)? */
static bool number_is_valid(const char *s, uint32_t n) {
    uint32_t i = 0;
    if (i >= n || s[i] < '0' || s[i] > '9') return false;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i < n && s[i] == '.') {
        i++;
        if (i >= n || s[i] < '0' || s[i] > '9') return false;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        if (i >= n || s[i] < '0' || s[i] > '9') return false;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    return i == n;
}

static AstExpr *number_literal(P *p, const Token *t) {
    AstExpr *e = new_expr(p, AST_NUMBER, tok_range(t));
    e->u.number.text = p->src->text + t->off;
    e->u.number.len = t->len;
    if (!number_is_valid(e->u.number.text, t->len)) {
        error_at(p, tok_range(t), "Invalid number literal",
                 "Failed to recognize the value of this number literal.");
        e->kind = AST_INVALID;
    }
    return e;
}

/* ---- expressions ------------------------------------------------------------- */

static AstExpr *parse_expression(P *p);
static AstExpr *parse_expression_with_traversals(P *p);
static AstExpr *parse_template(P *p, const Token *open);

static const char *const binary_op_texts[] = {
    [OP_OR] = "||", [OP_AND] = "&&", [OP_EQ] = "==", [OP_NE] = "!=", [OP_LT] = "<",
    [OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=", [OP_ADD] = "+", [OP_SUB] = "-",
    [OP_MUL] = "*", [OP_DIV] = "/", [OP_MOD] = "%",
};

const char *binary_op_text(BinaryOp op) { return binary_op_texts[op]; }

Range ast_call_name_range(const AstExpr *call) {
    /* the name starts the call; whitespace around "::" is rare enough that
     * the interned name's length is a good end */
    Range r = {call->range.start, call->range.start + (uint32_t)strlen(call->u.call.name)};
    if (r.end > call->range.end) r.end = call->range.end;
    return r;
}

/* HCL's binary operator precedence, higher binds tighter (Lua's priority[]):
 *   6: * / %   5: + -   4: > >= < <=   3: == !=   2: &&   1: || */
static int binary_precedence(TokenKind k, BinaryOp *op) {
    switch (k) {
    case TK_STAR: *op = OP_MUL; return 6;
    case TK_SLASH: *op = OP_DIV; return 6;
    case TK_PERCENT: *op = OP_MOD; return 6;
    case TK_PLUS: *op = OP_ADD; return 5;
    case TK_MINUS: *op = OP_SUB; return 5;
    case TK_GREATER: *op = OP_GT; return 4;
    case TK_GREATER_EQ: *op = OP_GE; return 4;
    case TK_LESS: *op = OP_LT; return 4;
    case TK_LESS_EQ: *op = OP_LE; return 4;
    case TK_EQUAL_OP: *op = OP_EQ; return 3;
    case TK_NOT_EQUAL: *op = OP_NE; return 3;
    case TK_AND: *op = OP_AND; return 2;
    case TK_OR: *op = OP_OR; return 1;
    default: return 0;
    }
}

// binary = operand (binop binary)*   with operators climbing by precedence
static AstExpr *parse_binary(P *p, int min_prec) {
    uint32_t errs = p->errors;
    AstExpr *lhs = parse_expression_with_traversals(p);
    if (p->recovery && p->errors != errs) return lhs;
    for (;;) {
        BinaryOp op;
        int prec = binary_precedence(peek_kind(p), &op);
        if (prec == 0 || prec < min_prec) break;
        next(p);
        errs = p->errors;
        AstExpr *rhs = parse_binary(p, prec + 1);
        AstExpr *e = new_expr(p, AST_BINARY, range_join(lhs->range, rhs->range));
        e->u.binary.op = op;
        e->u.binary.lhs = lhs;
        e->u.binary.rhs = rhs;
        lhs = e;
        if (p->recovery && p->errors != errs) return lhs;
    }
    return lhs;
}

// expression = binary ("?" expression ":" expression)?
static AstExpr *parse_expression(P *p) {
    if (!enter(p)) return new_expr(p, AST_INVALID, tok_range(peek(p)));
    Range start = tok_range(peek(p));
    uint32_t errs = p->errors;
    AstExpr *cond = parse_binary(p, 1);
    if ((p->recovery && p->errors != errs) || peek_kind(p) != TK_QUESTION) {
        leave(p);
        return cond;
    }
    next(p); /* ? */
    errs = p->errors;
    AstExpr *t = parse_expression(p);
    if (p->recovery && p->errors != errs) {
        leave(p);
        return cond;
    }
    const Token *colon = peek(p);
    if (colon->kind != TK_COLON) {
        Diag *d = error_at(p, tok_range(colon), "Missing false expression in conditional",
                           "The conditional operator (...?...:...) requires a false "
                           "expression, delimited by a colon.");
        set_context(d, range_join(start, tok_range(colon)));
        leave(p);
        return cond;
    }
    next(p);
    errs = p->errors;
    AstExpr *f = parse_expression(p);
    AstExpr *e = new_expr(p, AST_CONDITIONAL, range_join(cond->range, f->range));
    e->u.cond.cond = cond;
    e->u.cond.then_expr = t;
    e->u.cond.else_expr = f;
    leave(p);
    return e;
}

static AstExpr *traversal_attr(P *p, AstExpr *obj, const Token *name, Range dot) {
    AstExpr *e = new_expr(p, AST_GETATTR, range_join(obj->range, tok_range(name)));
    (void)dot;
    e->u.attr.obj = obj;
    e->u.attr.name = tok_name(p, name);
    e->u.attr.name_range = tok_range(name);
    return e;
}

/* `.0` legacy index; `.0.1` lexes as one number and is refused, as in HCL. */
static AstExpr *legacy_index(P *p, AstExpr *obj, const Token *num) {
    const char *text = p->src->text + num->off;
    const char *dot = memchr(text, '.', num->len);
    AstExpr *key;
    if (dot) {
        Diag *d = error_at(p, tok_range(num), "Invalid legacy index syntax", NULL);
        if (d)
            d->detail = arena_printf(p->arena,
                                     "When using the legacy index syntax, chaining two indexes "
                                     "together is not permitted. Use the proper index syntax "
                                     "instead, like [%.*s][%.*s].",
                                     (int)(dot - text), text,
                                     (int)(num->len - (uint32_t)(dot - text) - 1), dot + 1);
        key = new_expr(p, AST_INVALID, tok_range(num));
    } else {
        key = number_literal(p, num);
    }
    AstExpr *e = new_expr(p, AST_INDEX, range_join(obj->range, tok_range(num)));
    e->u.index.obj = obj;
    e->u.index.key = key;
    e->u.index.legacy = true;
    return e;
}

// traversals = ("." (ident | number | "*" ("." ident)*) | "[" ("*" "]" traversals | expression "]"))*
static AstExpr *parse_traversals(P *p, AstExpr *from) {
    AstExpr *ret = from;
    for (;;) {
        const Token *t = peek(p);
        if (t->kind == TK_DOT) {
            const Token *dot = next(p);
            const Token *a = peek(p);
            if (a->kind == TK_IDENT) {
                next(p);
                ret = traversal_attr(p, ret, a, tok_range(dot));
            } else if (a->kind == TK_NUMBER) {
                next(p);
                ret = legacy_index(p, ret, a);
            } else if (a->kind == TK_STAR) {
                /* attribute-only splat: src.*.a.b applies .a.b to each item */
                const Token *star = next(p);
                AstExpr *item = new_expr(p, AST_SPLAT_ITEM, tok_range(star));
                AstExpr *each = item;
                while (peek_kind(p) == TK_DOT) {
                    const Token *d2 = next(p);
                    const Token *n2 = peek(p);
                    if (n2->kind == TK_NUMBER) {
                        next(p);
                        each = legacy_index(p, each, n2);
                        continue;
                    }
                    if (n2->kind != TK_IDENT) {
                        if (n2->kind == TK_STAR)
                            error_unless_recovering(p, tok_range(n2),
                                                    "Nested splat expression not allowed",
                                                    "A splat expression (*) cannot be used "
                                                    "inside another attribute-only splat "
                                                    "expression.");
                        else
                            error_unless_recovering(p, tok_range(n2), "Invalid attribute name",
                                                    "An attribute name is required after a dot.");
                        p->recovery = true;
                        break;
                    }
                    next(p);
                    each = traversal_attr(p, each, n2, tok_range(d2));
                }
                AstExpr *e = new_expr(p, AST_SPLAT, range_join(ret->range, prev_range(p)));
                e->u.splat.source = ret;
                e->u.splat.each = each;
                e->u.splat.full = false;
                ret = e;
            } else {
                error_at(p, tok_range(a), "Invalid attribute name",
                         "An attribute name is required after a dot.");
                p->recovery = true;
                return ret;
            }
        } else if (t->kind == TK_OBRACK) {
            const Token *open = next(p);
            push_newlines(p, false);
            if (peek_kind(p) == TK_STAR) {
                /* full splat: src[*] followed by any traversal, applied to each item */
                next(p);
                const Token *close = next(p);
                if (close->kind != TK_CBRACK && !p->recovery) {
                    error_at(p, tok_range(close), "Missing close bracket on splat index",
                             "The star for a full splat operator must be immediately followed "
                             "by a closing bracket (\"]\").");
                    if (close->kind != TK_EOF) recover_to(p, TK_CBRACK);
                }
                pop_newlines(p);
                AstExpr *item = new_expr(p, AST_SPLAT_ITEM, range_join(tok_range(open), prev_range(p)));
                if (!enter(p)) return ret;
                AstExpr *each = parse_traversals(p, item);
                leave(p);
                AstExpr *e = new_expr(p, AST_SPLAT, range_join(ret->range, prev_range(p)));
                e->u.splat.source = ret;
                e->u.splat.each = each;
                e->u.splat.full = true;
                return e; /* the nested call consumed the remaining traversals */
            }
            uint32_t errs = p->errors;
            AstExpr *key = parse_expression(p);
            Range close;
            if (p->recovery && p->errors != errs) {
                close = recover_to(p, TK_CBRACK);
            } else {
                const Token *c = next(p);
                close = tok_range(c);
                if (c->kind != TK_CBRACK) {
                    Diag *d = error_unless_recovering(p, tok_range(c), "Missing close bracket on index",
                                                      "The index operator must end with a closing "
                                                      "bracket (\"]\").");
                    (void)d;
                    if (c->kind != TK_EOF) close = recover_to(p, TK_CBRACK);
                    p->recovery = true;
                }
            }
            pop_newlines(p);
            AstExpr *e = new_expr(p, AST_INDEX, range_join(ret->range, close));
            e->u.index.obj = ret;
            e->u.index.key = key;
            ret = e;
        } else {
            return ret;
        }
    }
}

static AstExpr *parse_expression_term(P *p);

static AstExpr *parse_expression_with_traversals(P *p) {
    AstExpr *term = parse_expression_term(p);
    return parse_traversals(p, term);
}

// call = name ("::" name)* "(" (expression ("," expression)* ("," | "...")?)? ")"
static AstExpr *finish_call(P *p, const Token *name) {
    Range name_range = tok_range(name);
    const char *fname;
    if (peek_kind(p) == TK_DOUBLE_COLON) {
        /* provider-defined function: provider::aws::arn_parse */
        while (peek_kind(p) == TK_DOUBLE_COLON) {
            next(p);
            const Token *part = peek(p);
            if (part->kind != TK_IDENT) {
                Diag *d = error_unless_recovering(p, tok_range(part), "Missing function name",
                                                  "Function scope resolution symbol :: must be "
                                                  "followed by a function name in this scope.");
                set_context(d, range_join(name_range, tok_range(part)));
                p->recovery = true;
                AstExpr *bad = new_expr(p, AST_INVALID, range_join(name_range, tok_range(part)));
                return bad;
            }
            next(p);
            name_range.end = part->off + part->len;
        }
        fname = intern(p->names, p->src->text + name_range.start, name_range.end - name_range.start);
        if (peek_kind(p) != TK_OPAREN) {
            const Token *t = peek(p);
            Diag *d = error_unless_recovering(p, tok_range(t), "Missing open parenthesis",
                                              "Function selector must be followed by an open "
                                              "parenthesis to begin the function call.");
            set_context(d, range_join(name_range, tok_range(t)));
            p->recovery = true;
            return new_expr(p, AST_INVALID, name_range);
        }
    } else {
        fname = tok_name(p, name);
    }
    const Token *open = next(p); /* ( */
    push_newlines(p, false);
    ExprVec args = scratch_list(p);
    bool expand = false;
    Range close;
    for (;;) {
        const Token *t = peek(p);
        if (t->kind == TK_CPAREN) {
            close = tok_range(next(p));
            break;
        }
        uint32_t errs = p->errors;
        AstExpr *arg = parse_expression(p);
        vec_push(&args, arg);
        if (p->recovery && p->errors != errs) {
            close = recover_to(p, TK_CPAREN);
            break;
        }
        const Token *sep = peek(p);
        if (sep->kind == TK_CPAREN) {
            close = tok_range(next(p));
            break;
        }
        if (sep->kind == TK_ELLIPSIS) {
            next(p);
            expand = true;
            if (peek_kind(p) != TK_CPAREN) {
                Diag *d = error_unless_recovering(
                    p, tok_range(sep), "Missing closing parenthesis",
                    "An expanded function argument (with ...) must be immediately followed by "
                    "closing parentheses.");
                set_context(d, range_join(name_range, tok_range(sep)));
                close = recover_to(p, TK_CPAREN);
            } else {
                close = tok_range(next(p));
            }
            break;
        }
        if (sep->kind != TK_COMMA) {
            if (sep->kind == TK_EOF) {
                Diag *d = error_unless_recovering(
                    p, range_join(name_range, tok_range(open)), "Unterminated function call",
                    "There is no closing parenthesis for this function call before the end of "
                    "the file. This may be caused by incorrect parenthesis nesting elsewhere in "
                    "this file.");
                (void)d;
            } else {
                Diag *d = error_unless_recovering(
                    p, tok_range(sep), "Missing argument separator",
                    "A comma is required to separate each function argument from the next.");
                set_context(d, range_join(name_range, tok_range(sep)));
                set_hint(d, "Check for a missing comma or closing parenthesis.");
            }
            close = sep->kind == TK_EOF ? tok_range(next(p)) : recover_mismatch(p, sep, TK_CPAREN);
            break;
        }
        next(p); /* , */
        if (peek_kind(p) == TK_CPAREN) { /* trailing comma */
            close = tok_range(next(p));
            break;
        }
    }
    pop_newlines(p);
    AstExpr *e = new_expr(p, AST_CALL, range_join(name_range, close));
    e->u.call.name = fname;
    e->u.call.args = finish_list(p, &args);
    if (expand) e->flags |= AEF_EXPAND_FINAL;
    return e;
}

static AstExpr *finish_for(P *p, const Token *open);

// tuple = "[" (expression ("," expression)* ","?)? "]" | for_expr
static AstExpr *parse_tuple(P *p) {
    const Token *open = next(p);
    push_newlines(p, false);
    if (tok_is(p, peek(p), "for")) {
        AstExpr *f = finish_for(p, open);
        pop_newlines(p);
        return f;
    }
    ExprVec items = scratch_list(p);
    Range close;
    for (;;) {
        if (peek_kind(p) == TK_CBRACK) {
            close = tok_range(next(p));
            break;
        }
        uint32_t errs = p->errors;
        AstExpr *e = parse_expression(p);
        vec_push(&items, e);
        if (p->recovery && p->errors != errs) {
            close = recover_to(p, TK_CBRACK);
            break;
        }
        const Token *t = peek(p);
        if (t->kind == TK_CBRACK) {
            close = tok_range(next(p));
            break;
        }
        if (t->kind != TK_COMMA) {
            if (t->kind == TK_EOF) {
                error_unless_recovering(p, tok_range(open),
                                        "Unterminated tuple constructor expression",
                                        "There is no corresponding closing bracket before the "
                                        "end of the file. This may be caused by incorrect "
                                        "bracket nesting elsewhere in this file.");
            } else {
                Diag *d = error_unless_recovering(p, tok_range(t), "Missing item separator",
                                                  "Expected a comma to mark the beginning of "
                                                  "the next item.");
                set_context(d, range_join(tok_range(open), tok_range(t)));
                set_hint(d, "Separate the items with commas, and close the list with \"]\".");
            }
            close = recover_mismatch(p, t, TK_CBRACK);
            break;
        }
        next(p); /* , */
    }
    pop_newlines(p);
    AstExpr *e = new_expr(p, AST_TUPLE, range_join(tok_range(open), close));
    e->u.items = finish_list(p, &items);
    return e;
}

// object = "{" ((key ("=" | ":") expression) (("," | newline) ...)*)? "}" | for_expr
static AstExpr *parse_object(P *p) {
    const Token *open = next(p);
    push_newlines(p, false);
    bool is_for = tok_is(p, peek(p), "for");
    pop_newlines(p);
    if (is_for) {
        push_newlines(p, false);
        AstExpr *f = finish_for(p, open);
        pop_newlines(p);
        return f;
    }
    push_newlines(p, true);
    Vec(ObjectItem) items = {0};
    Range close;
    for (;;) {
        const Token *t = peek(p);
        if (t->kind == TK_NEWLINE) {
            next(p);
            continue;
        }
        if (t->kind == TK_CBRACE) {
            close = tok_range(next(p));
            break;
        }
        ObjectItem item;
        memset(&item, 0, sizeof item);
        item.key_paren = t->kind == TK_OPAREN;
        uint32_t errs = p->errors;
        item.key = parse_expression(p);
        if (p->recovery && p->errors != errs) {
            close = recover_to(p, TK_CBRACE);
            break;
        }
        item.key_literal = !item.key_paren && item.key->kind == AST_VARIABLE;
        const Token *sep = peek(p);
        if (sep->kind != TK_EQUAL && sep->kind != TK_COLON) {
            Diag *d = NULL;
            switch (sep->kind) {
            case TK_NEWLINE:
            case TK_COMMA:
                d = error_unless_recovering(p, tok_range(sep), "Missing attribute value",
                                            "Expected an attribute value, introduced by an "
                                            "equals sign (\"=\").");
                break;
            case TK_IDENT:
                d = error_unless_recovering(
                    p, tok_range(sep), "Missing key/value separator",
                    "Expected an equals sign (\"=\") to mark the beginning of the attribute "
                    "value. If you intended to given an attribute name containing periods or "
                    "spaces, write the name in quotes to create a string literal.");
                break;
            case TK_EOF:
                d = error_unless_recovering(p, tok_range(open),
                                            "Unterminated object constructor expression",
                                            "There is no corresponding closing brace before the "
                                            "end of the file. This may be caused by incorrect "
                                            "brace nesting elsewhere in this file.");
                break;
            default:
                d = error_unless_recovering(p, tok_range(sep), "Missing key/value separator",
                                            "Expected an equals sign (\"=\") to mark the "
                                            "beginning of the attribute value.");
                break;
            }
            if (sep->kind != TK_EOF) set_context(d, range_join(tok_range(open), tok_range(sep)));
            close = recover_to(p, TK_CBRACE);
            break;
        }
        next(p); /* = or : */
        errs = p->errors;
        item.value = parse_expression(p);
        if (p->recovery && p->errors != errs) {
            vec_push(&items, item);
            close = item.value->kind == AST_OBJECT ? prev_range(p) : recover_to(p, TK_CBRACE);
            break;
        }
        vec_push(&items, item);
        const Token *after = peek(p);
        if (after->kind == TK_CBRACE) {
            close = tok_range(next(p));
            break;
        }
        if (after->kind != TK_COMMA && after->kind != TK_NEWLINE) {
            if (after->kind == TK_EOF) {
                error_unless_recovering(p, tok_range(open),
                                        "Unterminated object constructor expression",
                                        "There is no corresponding closing brace before the end "
                                        "of the file. This may be caused by incorrect brace "
                                        "nesting elsewhere in this file.");
            } else {
                Diag *d = error_unless_recovering(p, tok_range(after), "Missing attribute separator",
                                                  "Expected a newline or comma to mark the "
                                                  "beginning of the next attribute.");
                set_context(d, range_join(tok_range(open), tok_range(after)));
                set_hint(d, "Put each attribute on its own line, and close the object with \"}\".");
            }
            close = recover_mismatch(p, after, TK_CBRACE);
            break;
        }
        next(p); /* , or newline */
    }
    pop_newlines(p);
    AstExpr *e = new_expr(p, AST_OBJECT, range_join(tok_range(open), close));
    e->u.object.items = vec_to_arena(p->arena, &items);
    e->u.object.len = items.len;
    vec_free(&items);
    return e;
}

static AstExpr *for_failed(P *p, const Token *open, TokenKind close_kind, const char *detail) {
    const Token *t = peek(p);
    Diag *d = error_unless_recovering(p, tok_range(t), "Invalid 'for' expression", detail);
    set_context(d, range_join(tok_range(open), tok_range(t)));
    Range close = recover_to(p, close_kind);
    return new_expr(p, AST_INVALID, range_join(tok_range(open), close));
}

// for_expr = ("[" | "{") "for" ident ("," ident)? "in" expression ":" expression
//            ("=>" expression)? "..."? ("if" expression)? ("]" | "}")
static AstExpr *finish_for(P *p, const Token *open) {
    push_newlines(p, false);
    next(p); /* for */
    bool make_obj = open->kind == TK_OBRACE;
    TokenKind close_kind = make_obj ? TK_CBRACE : TK_CBRACK;
    AstExpr *e = NULL;
    const char *key_var = NULL, *value_var;
    if (peek_kind(p) != TK_IDENT) {
        e = for_failed(p, open, close_kind, "For expression requires variable name after 'for'.");
        goto done;
    }
    value_var = tok_name(p, next(p));
    if (peek_kind(p) == TK_COMMA) {
        key_var = value_var;
        next(p);
        if (peek_kind(p) != TK_IDENT) {
            e = for_failed(p, open, close_kind,
                           "For expression requires value variable name after comma.");
            goto done;
        }
        value_var = tok_name(p, next(p));
    }
    if (!tok_is(p, peek(p), "in")) {
        e = for_failed(p, open, close_kind,
                       "For expression requires the 'in' keyword after its name declarations.");
        goto done;
    }
    next(p);
    uint32_t errs = p->errors;
    AstExpr *coll = parse_expression(p);
    if (p->recovery && p->errors != errs) {
        Range close = recover_to(p, close_kind);
        e = new_expr(p, AST_INVALID, range_join(tok_range(open), close));
        goto done;
    }
    if (peek_kind(p) != TK_COLON) {
        e = for_failed(p, open, close_kind,
                       "For expression requires a colon after the collection expression.");
        goto done;
    }
    next(p);
    errs = p->errors;
    AstExpr *key_expr = NULL, *value_expr = parse_expression(p);
    if (peek_kind(p) == TK_FAT_ARROW) {
        next(p);
        key_expr = value_expr;
        value_expr = parse_expression(p);
    }
    if (p->recovery && p->errors != errs) {
        Range close = recover_to(p, close_kind);
        e = new_expr(p, AST_INVALID, range_join(tok_range(open), close));
        goto done;
    }
    bool group = false;
    Range ellipsis = {0, 0};
    if (peek_kind(p) == TK_ELLIPSIS) {
        ellipsis = tok_range(next(p));
        group = true;
    }
    AstExpr *cond = NULL;
    if (tok_is(p, peek(p), "if")) {
        next(p);
        errs = p->errors;
        cond = parse_expression(p);
        if (p->recovery && p->errors != errs) {
            Range close = recover_to(p, close_kind);
            e = new_expr(p, AST_INVALID, range_join(tok_range(open), close));
            goto done;
        }
    }
    Range close;
    if (peek_kind(p) == close_kind) {
        close = tok_range(next(p));
    } else {
        const Token *t = peek(p);
        Diag *d = error_unless_recovering(p, tok_range(t), "Invalid 'for' expression",
                                          "Extra characters after the end of the 'for' "
                                          "expression.");
        set_context(d, range_join(tok_range(open), tok_range(t)));
        close = recover_to(p, close_kind);
    }
    Range whole = range_join(tok_range(open), close);
    if (!make_obj) {
        if (key_expr) {
            Diag *d = error_at(p, key_expr->range, "Invalid 'for' expression",
                               "Key expression is not valid when building a tuple.");
            set_context(d, whole);
        }
        if (group) {
            Diag *d = error_at(p, ellipsis, "Invalid 'for' expression",
                               "Grouping ellipsis (...) cannot be used when building a tuple.");
            set_context(d, whole);
        }
    } else if (!key_expr) {
        Diag *d = error_at(p, value_expr->range, "Invalid 'for' expression",
                           "Key expression is required when building an object.");
        set_context(d, whole);
    }
    e = new_expr(p, AST_FOR, whole);
    e->u.forx = ARENA_NEW(p->arena, AstFor);
    e->u.forx->key_var = key_var;
    e->u.forx->value_var = value_var;
    e->u.forx->coll = coll;
    e->u.forx->key_expr = key_expr;
    e->u.forx->value_expr = value_expr;
    e->u.forx->cond = cond;
    e->u.forx->is_object = make_obj;
    e->u.forx->group = group;
done:
    pop_newlines(p);
    return e;
}

// term = literal | template | name | call | tuple | object | "(" expression ")"
//      | "-" operand | "!" operand
static AstExpr *parse_expression_term(P *p) {
    const Token *start = peek(p);
    switch (start->kind) {
    case TK_OPAREN: {
        next(p);
        push_newlines(p, false);
        uint32_t errs = p->errors;
        AstExpr *inner = parse_expression(p);
        if (p->errors != errs) {
            Range close = recover_to(p, TK_CPAREN);
            pop_newlines(p);
            AstExpr *e = new_expr(p, AST_PAREN, range_join(tok_range(start), close));
            e->u.inner = inner;
            return e;
        }
        const Token *close = peek(p);
        if (close->kind != TK_CPAREN) {
            Diag *d = error_at(p, tok_range(close), "Unbalanced parentheses",
                               "Expected a closing parenthesis to terminate the expression.");
            set_context(d, range_join(tok_range(start), tok_range(close)));
            p->recovery = true;
        }
        next(p);
        pop_newlines(p);
        AstExpr *e = new_expr(p, AST_PAREN, range_join(tok_range(start), prev_range(p)));
        e->u.inner = inner;
        return e;
    }
    case TK_NUMBER:
        next(p);
        return number_literal(p, start);
    case TK_IDENT: {
        next(p);
        TokenKind k = peek_kind(p);
        if (k == TK_OPAREN || k == TK_DOUBLE_COLON) return finish_call(p, start);
        if (tok_is(p, start, "true") || tok_is(p, start, "false")) {
            AstExpr *e = new_expr(p, AST_BOOL, tok_range(start));
            e->u.boolean = tok_is(p, start, "true");
            return e;
        }
        if (tok_is(p, start, "null")) return new_expr(p, AST_NULL, tok_range(start));
        AstExpr *e = new_expr(p, AST_VARIABLE, tok_range(start));
        e->u.name = tok_name(p, start);
        return e;
    }
    case TK_OQUOTE:
    case TK_OHEREDOC:
        next(p);
        return parse_template(p, start);
    case TK_MINUS:
    case TK_BANG: {
        next(p);
        /* the operand binds tighter than any binary operator: -1+2 is (-1)+2 */
        if (!enter(p)) return new_expr(p, AST_INVALID, tok_range(start));
        AstExpr *operand = parse_expression_with_traversals(p);
        leave(p);
        AstExpr *e = new_expr(p, AST_UNARY, range_join(tok_range(start), operand->range));
        e->u.unary.op = start->kind == TK_MINUS ? OP_NEG : OP_NOT;
        e->u.unary.operand = operand;
        return e;
    }
    case TK_OBRACK:
        return parse_tuple(p);
    case TK_OBRACE:
        return parse_object(p);
    default:
        if (start->kind == TK_EOF) {
            Diag *d = error_unless_recovering(p, tok_range(start), "Missing expression",
                                              "Expected the start of an expression, but found "
                                              "the end of the file.");
            set_hint(d, "The file ends in the middle of a definition; it may have been cut off.");
        } else {
            Diag *d = error_unless_recovering(p, tok_range(start), "Invalid expression",
                                              "Expected the start of an expression, but found an "
                                              "invalid expression token.");
            switch (start->kind) {
            case TK_NEWLINE:
                set_hint(d, "Give the argument a value on the same line as its \"=\".");
                break;
            case TK_CPAREN: case TK_CBRACK: case TK_CBRACE:
                set_hint(d, "This closing bracket does not match the one that is open here; "
                            "look for a missing \"}\", \"]\" or \")\" before it.");
                break;
            case TK_EQUAL_OP: case TK_EQUAL:
                set_hint(d, "Assign with a single \"=\".");
                break;
            default:
                break;
            }
        }
        p->recovery = true;
        return new_expr(p, AST_INVALID, tok_range(start));
    }
}

/* ---- templates ------------------------------------------------------------------
 * First the template's tokens become a flat list of parts (literals,
 * interpolations, and the if/else/endif/for/endfor directives), as HCL does;
 * then the directives are matched up into a tree. */

typedef enum PartKind {
    PART_LITERAL, PART_INTERP, PART_IF, PART_ELSE, PART_ENDIF, PART_FOR, PART_ENDFOR, PART_END
} PartKind;

typedef struct TemplatePart {
    PartKind kind;
    Range range;
    AstExpr *expr;             /* literal (AST_STRING), interp, if cond, for coll */
    const char *key_var, *value_var;
    bool line_start;           /* literal begins a heredoc line */
} TemplatePart;

typedef Vec(TemplatePart) PartVec;

static AstExpr *string_part(P *p, Range r, const char *s, size_t n) {
    AstExpr *e = new_expr(p, AST_STRING, r);
    e->u.string.text = arena_strndup(p->arena, s, n);
    e->u.string.len = (uint32_t)n;
    return e;
}

/* Trims trailing (right) or leading (left) Unicode space from a literal part,
 * for the ~ strip markers. */
static void strip_literal(AstExpr *lit, bool right) {
    const unsigned char *s = (const unsigned char *)lit->u.string.text;
    uint32_t n = lit->u.string.len, a = 0, b = n;
    if (right) {
        while (b > 0) {
            uint32_t k = b - 1;
            while (k > 0 && (s[k] & 0xC0) == 0x80) k--;
            uint32_t cp;
            if (utf8_decode(s + k, b - k, &cp) <= 0 || !unicode_is_space(cp)) break;
            b = k;
        }
    } else {
        while (a < n) {
            uint32_t cp;
            int len = utf8_decode(s + a, n - a, &cp);
            if (len <= 0 || !unicode_is_space(cp)) break;
            a += (uint32_t)len;
        }
    }
    lit->u.string.text += a;
    lit->u.string.len = b - a;
}

static void trim_previous(PartVec *parts, bool strip, bool can_trim) {
    if (strip && can_trim && parts->len && vec_last(parts).kind == PART_LITERAL)
        strip_literal(vec_last(parts).expr, true);
}

/* Closes a ${ } or %{ } sequence; returns whether it carried a ~ marker. */
static bool finish_sequence(P *p, const char *what, Range start, bool quoted) {
    const Token *close = peek(p);
    if (close->kind == TK_TEMPLATE_SEQ_END) {
        next(p);
        return (close->flags & TKF_STRIP) != 0;
    }
    if (what == NULL) { /* interpolation */
        if (close->kind == TK_EOF) {
            error_unless_recovering(p, start, "Unclosed template interpolation sequence",
                                    "There is no closing brace for this interpolation sequence "
                                    "before the end of the file. This might be caused by "
                                    "incorrect nesting inside the given expression.");
        } else if (close->kind == TK_COLON) {
            Diag *d = error_unless_recovering(
                p, tok_range(close), "Extra characters after interpolation expression",
                "Template interpolation doesn't expect a colon at this location. Did you intend "
                "this to be a literal sequence to be processed as part of another language? If "
                "so, you can escape it by starting with \"$${\" instead of just \"${\".");
            set_context(d, range_join(start, tok_range(close)));
        } else if (quoted && (close->kind == TK_CQUOTE || close->kind == TK_OQUOTE ||
                              close->kind == TK_QUOTED_NEWLINE)) {
            Diag *d = error_unless_recovering(p, start, "Unclosed template interpolation sequence",
                                              "There is no closing brace for this interpolation "
                                              "sequence before the end of the quoted template. "
                                              "This might be caused by incorrect nesting inside "
                                              "the given expression.");
            set_hint(d, "Close the interpolation with \"}\" before the closing quote.");
        } else {
            Diag *d = error_unless_recovering(
                p, tok_range(close), "Extra characters after interpolation expression",
                "Expected a closing brace to end the interpolation expression, but found extra "
                "characters.\n\nThis can happen when you include interpolation syntax for "
                "another language, such as shell scripting, but forget to escape the "
                "interpolation start token. If this is an embedded sequence for another "
                "language, escape it by starting with \"$${\" instead of just \"${\".");
            set_context(d, range_join(start, tok_range(close)));
        }
    } else {
        Diag *d = error_unless_recovering(p, tok_range(close), arena_printf(p->arena, "Extra characters in %s marker", what),
                                          "Expected a closing brace to end the sequence, but "
                                          "found extra characters.");
        set_context(d, range_join(start, tok_range(close)));
    }
    recover_to(p, TK_TEMPLATE_SEQ_END);
    return false;
}

/* Reads a template's tokens up to its closer into flat parts. */
static void template_parts(P *p, TokenKind end, bool quoted, PartVec *parts, Range *end_range) {
    bool ltrim_next = false, next_can_trim = false, line_start = true;
    Range start = tok_range(peek(p));
    for (;;) {
        const Token *t = peek(p);
        if (t->kind == end) {
            next(p);
            *end_range = tok_range(t);
            return;
        }
        bool ltrim = ltrim_next, can_trim = next_can_trim;
        ltrim_next = next_can_trim = false;
        switch (t->kind) {
        case TK_QUOTED_LIT:
        case TK_STRING_LIT: {
            next(p);
            TemplatePart part = {PART_LITERAL, tok_range(t), NULL, NULL, NULL, line_start};
            bool quoted_lit = t->kind == TK_QUOTED_LIT;
            part.expr = new_expr(p, AST_STRING, tok_range(t));
            if (literal_is_plain(p, t, quoted_lit)) {
                part.expr->u.string.text = p->src->text + t->off; /* the source outlives the tree */
                part.expr->u.string.len = t->len;
            } else {
                char *buf = arena_alloc(p->arena, t->len + 1);
                part.expr->u.string.len = decode_literal(p, t, quoted_lit, buf);
                part.expr->u.string.text = buf;
            }
            if (ltrim) strip_literal(part.expr, false);
            vec_push(parts, part);
            next_can_trim = true;
            line_start = t->kind == TK_STRING_LIT && t->len &&
                         p->src->text[t->off + t->len - 1] == '\n';
            break;
        }
        case TK_TEMPLATE_INTERP: {
            next(p);
            trim_previous(parts, t->flags & TKF_STRIP, can_trim);
            push_newlines(p, false);
            AstExpr *e = parse_expression(p);
            ltrim_next = finish_sequence(p, NULL, tok_range(t), quoted);
            pop_newlines(p);
            TemplatePart part = {PART_INTERP, range_join(tok_range(t), prev_range(p)), e, NULL, NULL, line_start};
            vec_push(parts, part);
            line_start = false;
            break;
        }
        case TK_TEMPLATE_CONTROL: {
            next(p);
            trim_previous(parts, t->flags & TKF_STRIP, can_trim);
            push_newlines(p, false);
            const Token *kw = peek(p);
            TemplatePart part = {PART_END, tok_range(t), NULL, NULL, NULL, line_start};
            line_start = false;
            if (kw->kind != TK_IDENT) {
                Diag *d = error_unless_recovering(p, tok_range(kw), "Invalid template directive",
                                                  "A template directive keyword (\"if\", \"for\", "
                                                  "etc) is expected at the beginning of a %{ "
                                                  "sequence.");
                set_context(d, range_join(tok_range(t), tok_range(kw)));
                recover_to(p, TK_TEMPLATE_SEQ_END);
                pop_newlines(p);
                continue;
            }
            next(p);
            const char *kwname = tok_name(p, kw);
            if (tok_is(p, kw, "if")) {
                part.kind = PART_IF;
                part.expr = parse_expression(p);
            } else if (tok_is(p, kw, "else")) {
                part.kind = PART_ELSE;
            } else if (tok_is(p, kw, "endif")) {
                part.kind = PART_ENDIF;
            } else if (tok_is(p, kw, "endfor")) {
                part.kind = PART_ENDFOR;
            } else if (tok_is(p, kw, "for")) {
                part.kind = PART_FOR;
                const char *fail = NULL;
                if (peek_kind(p) != TK_IDENT) {
                    fail = "For directive requires variable name after 'for'.";
                } else {
                    part.value_var = tok_name(p, next(p));
                    if (peek_kind(p) == TK_COMMA) {
                        next(p);
                        part.key_var = part.value_var;
                        if (peek_kind(p) != TK_IDENT)
                            fail = "For directive requires value variable name after comma.";
                        else
                            part.value_var = tok_name(p, next(p));
                    }
                    if (!fail && !tok_is(p, peek(p), "in"))
                        fail = "For directive requires 'in' keyword after names.";
                }
                if (fail) {
                    error_unless_recovering(p, tok_range(peek(p)), "Invalid 'for' directive", fail);
                    recover_to(p, TK_TEMPLATE_SEQ_END);
                    pop_newlines(p);
                    continue;
                }
                next(p); /* in */
                part.expr = parse_expression(p);
            } else {
                static const char *const kws[] = {"if", "for", "else", "endif", "endfor"};
                const char *suggest = NULL;
                for (size_t i = 0; i < 5; i++) {
                    /* a close misspelling: same first letter and length within one */
                    size_t a = strlen(kws[i]), b = strlen(kwname);
                    if (kwname[0] == kws[i][0] && (a > b ? a - b : b - a) <= 1) suggest = kws[i];
                }
                Diag *d = error_unless_recovering(p, tok_range(kw), "Invalid template control keyword", NULL);
                if (d)
                    d->detail = arena_printf(p->arena, "\"%s\" is not a valid template control keyword.%s%s%s",
                                             kwname, suggest ? " Did you mean \"" : "",
                                             suggest ? suggest : "", suggest ? "\"?" : "");
                set_context(d, range_join(tok_range(t), tok_range(kw)));
                recover_to(p, TK_TEMPLATE_SEQ_END);
                pop_newlines(p);
                continue;
            }
            ltrim_next = finish_sequence(p, kwname, tok_range(t), quoted);
            pop_newlines(p);
            part.range = range_join(tok_range(t), prev_range(p));
            vec_push(parts, part);
            break;
        }
        case TK_QUOTED_NEWLINE:
            /* The lexer reported it, and either ended the string here or
             * judged that it goes on to a quote on a following line. */
            next(p);
            if (t->flags & TKF_CONTINUED) {
                TemplatePart part = {PART_LITERAL, tok_range(t), NULL, NULL, NULL, false};
                part.expr = string_part(p, tok_range(t), "\n", 1);
                vec_push(parts, part);
                next_can_trim = true;
                continue;
            }
            *end_range = tok_range(t);
            p->recovery = true;
            return;
        default:
            if (t->kind == TK_EOF) {
                Diag *d = error_unless_recovering(p, tok_range(t), "Unterminated template string",
                                                  "No closing marker was found for the string.");
                set_context(d, range_join(start, tok_range(t)));
                set_hint(d, end == TK_CHEREDOC
                                ? "End the heredoc with its marker alone on a line, followed by a newline."
                                : "Add the closing quote.");
            } else {
                error_unless_recovering(p, tok_range(t), "Unterminated template string",
                                        "No closing marker was found for the string.");
            }
            p->recovery = true;
            *end_range = recover_to(p, end);
            return;
        }
    }
}

/* <<- heredocs: remove the smallest indentation of all lines from each. */
static void flush_heredoc(PartVec *parts) {
    uint32_t min = UINT32_MAX;
    for (uint32_t i = 0; i < parts->len; i++) {
        TemplatePart *tp = &parts->data[i];
        if (!tp->line_start) continue;
        if (tp->kind != PART_LITERAL) {
            min = 0;
            continue;
        }
        const char *s = tp->expr->u.string.text;
        uint32_t n = tp->expr->u.string.len, sp = 0, k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t')) { k++; sp++; }
        if (k == n || (s[k] == '\n' && k + 1 == n) || (s[k] == '\r' && k + 2 == n && s[k + 1] == '\n'))
            continue; /* a blank line does not count */
        if (sp < min) min = sp;
    }
    if (min == UINT32_MAX || min == 0) return;
    for (uint32_t i = 0; i < parts->len; i++) {
        TemplatePart *tp = &parts->data[i];
        if (!tp->line_start || tp->kind != PART_LITERAL) continue;
        AstExpr *e = tp->expr;
        uint32_t k = 0;
        while (k < min && k < e->u.string.len &&
               (e->u.string.text[k] == ' ' || e->u.string.text[k] == '\t'))
            k++;
        e->u.string.text += k;
        e->u.string.len -= k;
    }
}

typedef struct PartReader {
    TemplatePart *parts;
    uint32_t len, pos;
} PartReader;

static const char *part_name(PartKind k) {
    switch (k) {
    case PART_ELSE: return "else";
    case PART_ENDIF: return "endif";
    case PART_ENDFOR: return "endfor";
    default: return "end";
    }
}

static AstExpr *build_part(P *p, PartReader *r, Range end_range);

/* Collects parts until one of the given closing directives (or the end). */
static void build_sequence(P *p, PartReader *r, ExprVec *out, Range end_range) {
    while (r->pos < r->len) {
        PartKind k = r->parts[r->pos].kind;
        if (k == PART_ELSE || k == PART_ENDIF || k == PART_ENDFOR) return;
        vec_push(out, build_part(p, r, end_range));
    }
}

static AstExpr *build_part(P *p, PartReader *r, Range end_range) {
    TemplatePart *tp = &r->parts[r->pos++];
    switch (tp->kind) {
    case PART_LITERAL:
    case PART_INTERP:
        return tp->expr;
    case PART_IF: {
        AstExpr *e = new_expr(p, AST_TEMPLATE_IF, tp->range);
        e->u.tif = ARENA_NEW(p->arena, AstTemplateIf);
        e->u.tif->cond = tp->expr;
        ExprVec then_parts = scratch_list(p), else_parts = scratch_list(p);
        ExprVec *cur = &then_parts;
        for (;;) {
            build_sequence(p, r, cur, end_range);
            if (r->pos >= r->len) {
                Diag *d = error_at(p, end_range, "Unexpected end of template", NULL);
                if (d)
                    d->detail = arena_printf(p->arena, "The if directive at %s is missing its corresponding endif directive.",
                                             range_text(p, tp->range));
                break;
            }
            TemplatePart *c = &r->parts[r->pos++];
            if (c->kind == PART_ELSE && cur == &then_parts) {
                cur = &else_parts;
                continue;
            }
            if (c->kind == PART_ENDIF) {
                e->range = range_join(tp->range, c->range);
                break;
            }
            Diag *d = error_at(p, c->range, arena_printf(p->arena, "Unexpected %s directive", part_name(c->kind)), NULL);
            if (d)
                d->detail = c->kind == PART_ELSE
                                ? arena_printf(p->arena, "Already in the else clause for the if started at %s.",
                                               range_text(p, tp->range))
                                : arena_printf(p->arena, "Expecting an endif directive for the if started at %s.",
                                               range_text(p, tp->range));
            break;
        }
        e->u.tif->then_parts = finish_list(p, &then_parts);
        e->u.tif->else_parts = finish_list(p, &else_parts);
        return e;
    }
    case PART_FOR: {
        AstExpr *e = new_expr(p, AST_TEMPLATE_FOR, tp->range);
        e->u.tfor = ARENA_NEW(p->arena, AstTemplateFor);
        e->u.tfor->key_var = tp->key_var;
        e->u.tfor->value_var = tp->value_var;
        e->u.tfor->coll = tp->expr;
        ExprVec body = scratch_list(p);
        build_sequence(p, r, &body, end_range);
        if (r->pos >= r->len) {
            Diag *d = error_at(p, end_range, "Unexpected end of template", NULL);
            if (d)
                d->detail = arena_printf(p->arena, "The for directive at %s is missing its corresponding endfor directive.",
                                         range_text(p, tp->range));
        } else {
            TemplatePart *c = &r->parts[r->pos++];
            if (c->kind == PART_ENDFOR) {
                e->range = range_join(tp->range, c->range);
            } else {
                Diag *d = error_at(p, c->range, arena_printf(p->arena, "Unexpected %s directive", part_name(c->kind)), NULL);
                if (d)
                    d->detail = arena_printf(p->arena, "Expecting an endfor directive corresponding to the for directive at %s.",
                                             range_text(p, tp->range));
            }
        }
        e->u.tfor->body = finish_list(p, &body);
        return e;
    }
    default: {
        Diag *d = error_at(p, tp->range, arena_printf(p->arena, "Unexpected %s directive", part_name(tp->kind)),
                           "The control directives within this template are unbalanced.");
        (void)d;
        return new_expr(p, AST_INVALID, tp->range);
    }
    }
}

// template = ("\"" | heredoc_start) (literal | "${" expression "}" | "%{" directive "}")* closer
static AstExpr *parse_template(P *p, const Token *open) {
    bool heredoc = open->kind == TK_OHEREDOC;
    TokenKind end = heredoc ? TK_CHEREDOC : TK_CQUOTE;
    PartVec parts = {0};
    Range end_range = tok_range(open);
    if (!enter(p)) return new_expr(p, AST_INVALID, tok_range(open));
    template_parts(p, end, !heredoc, &parts, &end_range);
    leave(p);
    if (heredoc && (open->flags & TKF_FLUSH)) flush_heredoc(&parts);

    AstExpr *e = new_expr(p, AST_TEMPLATE, range_join(tok_range(open), end_range));
    e->u.tmpl.heredoc = heredoc;
    e->u.tmpl.flush = (open->flags & TKF_FLUSH) != 0;
    PartReader r = {parts.data, parts.len, 0};
    ExprVec out = scratch_list(p);
    while (r.pos < r.len) {
        build_sequence(p, &r, &out, end_range);
        if (r.pos < r.len) vec_push(&out, build_part(p, &r, end_range));
    }
    vec_free(&parts);
    /* "${expr}" alone is a wrapper that yields expr's value unconverted */
    e->u.tmpl.wrap = !heredoc && out.len == 1 && out.data[0]->kind != AST_STRING &&
                     out.data[0]->kind != AST_TEMPLATE_IF && out.data[0]->kind != AST_TEMPLATE_FOR;
    e->u.tmpl.parts = finish_list(p, &out);
    return e;
}

/* ---- bodies -------------------------------------------------------------------- */

typedef Vec(AstItem) ItemVec;

static AstBody *parse_body(P *p, TokenKind end, const Token *obrace, bool *closed);

/* Reports an attribute name set twice in one body. */
static void check_redefined(P *p, ItemVec *items, AstAttribute *attr) {
    for (uint32_t i = 0; i < items->len; i++) {
        AstItem *it = &items->data[i];
        if (it->is_block || it->u.attr->name != attr->name) continue;
        Diag *d = error_at(p, attr->name_range, "Attribute redefined", NULL);
        if (d) {
            d->detail = arena_printf(p->arena,
                                     "The argument \"%s\" was already set at %s. Each argument "
                                     "may be set only once.",
                                     attr->name, range_text(p, it->u.attr->name_range));
            d->hint = "Remove one of the two definitions.";
        }
        return;
    }
}

// attribute = ident "=" expression newline
static AstAttribute *finish_attribute(P *p, const Token *ident, bool single_line) {
    next(p); /* = */
    AstAttribute *a = ARENA_NEW(p->arena, AstAttribute);
    a->src = p->src;
    a->name = tok_name(p, ident);
    a->name_range = tok_range(ident);
    uint32_t errs = p->errors;
    a->expr = parse_expression(p);
    a->range = range_join(tok_range(ident), a->expr->range);
    if (p->recovery && p->errors != errs) {
        /* A broken quoted string already ended its line. */
        const Token *last = &p->toks[p->prev];
        if (last->kind != TK_QUOTED_NEWLINE || (last->flags & TKF_CONTINUED))
            recover_after_body_item(p);
        return a;
    }
    if (single_line) return a;
    const Token *end = peek(p);
    if (end->kind != TK_NEWLINE && end->kind != TK_EOF) {
        if (!p->recovery) {
            bool comma = end->kind == TK_COMMA;
            Diag *d = error_at(p, tok_range(end),
                               comma ? "Unexpected comma after argument"
                                     : "Missing newline after argument",
                               comma ? "Argument definitions must be separated by newlines, not "
                                       "commas. An argument definition must end with a newline."
                                     : "An argument definition must end with a newline.");
            set_context(d, range_join(tok_range(ident), tok_range(end)));
            set_hint(d, comma ? "Put each argument on a line of its own, without commas."
                              : "Put the next argument on a new line.");
        }
        recover_after_body_item(p);
    } else {
        next(p);
    }
    return a;
}

// block = ident (string | ident)* "{" (newline body | single_attribute)? "}" newline
static AstBlock *finish_block(P *p, const Token *ident) {
    AstBlock *b = ARENA_NEW(p->arena, AstBlock);
    b->src = p->src;
    b->type = tok_name(p, ident);
    b->type_range = tok_range(ident);
    Vec(AstLabel) labels = {0};
    const Token *obrace = NULL;
    for (;;) {
        const Token *t = peek(p);
        if (t->kind == TK_OBRACE) {
            obrace = next(p);
            break;
        }
        if (t->kind == TK_OQUOTE) {
            next(p);
            AstExpr *tmpl = parse_template(p, t);
            AstLabel l = {"", tmpl->range, true};
            /* a label is a plain string: no interpolation or directives */
            if (tmpl->kind == AST_TEMPLATE) {
                StrBuf sb = {0};
                bool plain = true;
                for (uint32_t i = 0; i < tmpl->u.tmpl.parts.len; i++) {
                    AstExpr *part = tmpl->u.tmpl.parts.items[i];
                    if (part->kind == AST_STRING) sb_append(&sb, part->u.string.text, part->u.string.len);
                    else plain = false;
                }
                if (!plain) {
                    error_unless_recovering(p, tmpl->range, "Invalid string literal",
                                            "Template sequences are not allowed in this string. To "
                                            "include a literal \"$\", double it (as \"$$\") to escape "
                                            "it.");
                }
                l.value = arena_strndup(p->arena, sb.data ? sb.data : "", sb.len);
                sb_free(&sb);
            }
            vec_push(&labels, l);
            continue;
        }
        if (t->kind == TK_IDENT) {
            next(p);
            AstLabel l = {tok_name(p, t), tok_range(t), false};
            vec_push(&labels, l);
            continue;
        }
        Diag *d = NULL;
        if (t->kind == TK_EQUAL) {
            d = error_at(p, tok_range(t), "Invalid block definition",
                         "The equals sign \"=\" indicates an argument definition, and must not be "
                         "used when defining a block.");
            set_hint(d, "To set an argument, write only its name before \"=\"; to define a block, "
                        "drop the \"=\".");
        } else if (t->kind == TK_NEWLINE) {
            d = error_at(p, tok_range(t), "Invalid block definition",
                         "A block definition must have block content delimited by \"{\" and "
                         "\"}\", starting on the same line as the block header.");
            set_hint(d, "Move the opening brace to the end of the block header line.");
        } else {
            d = error_unless_recovering(p, tok_range(t), "Invalid block definition",
                                        "Either a quoted string block label or an opening brace "
                                        "(\"{\") is expected here.");
        }
        set_context(d, range_join(tok_range(ident), tok_range(t)));
        if (t->kind == TK_NEWLINE) {
            /* Brace on the next line: read the block as if it were not. */
            uint32_t save = p->pos;
            while (peek_kind(p) == TK_NEWLINE) next(p);
            if (peek_kind(p) == TK_OBRACE) {
                obrace = next(p);
                p->recovery = true;
                break;
            }
            p->pos = save;
        }
        recover_after_body_item(p);
        b->labels = vec_to_arena(p->arena, &labels);
        b->label_count = labels.len;
        vec_free(&labels);
        b->body = ARENA_NEW(p->arena, AstBody);
        b->body->range = tok_range(t);
        b->range = range_join(tok_range(ident), tok_range(t));
        return b;
    }
    b->labels = vec_to_arena(p->arena, &labels);
    b->label_count = labels.len;
    vec_free(&labels);
    b->open_brace = tok_range(obrace);

    bool closed = false;
    TokenKind k = peek_kind(p);
    if (k == TK_NEWLINE || k == TK_EOF || k == TK_CBRACE) {
        b->body = parse_body(p, TK_CBRACE, obrace, &closed);
    } else {
        /* one-line block with a single argument: foo { a = 1 } */
        b->body = ARENA_NEW(p->arena, AstBody);
        const Token *name = next(p);
        if (name->kind != TK_IDENT) {
            error_unless_recovering(p, tok_range(name), "Argument or block definition required",
                                    "An argument or block definition is required here.");
            recover_to(p, TK_CBRACE);
            closed = true;
        } else if (peek_kind(p) == TK_EQUAL) {
            AstAttribute *a = finish_attribute(p, name, true);
            b->body->items = ARENA_NEW(p->arena, AstItem);
            b->body->items[0].u.attr = a;
            b->body->len = 1;
            if (peek_kind(p) != TK_CBRACE && !closed) {
                const Token *t = peek(p);
                if (t->kind == TK_EOF) {
                    /* reported below as an unclosed block */
                } else {
                    error_unless_recovering(p, tok_range(t), "Invalid single-argument block definition",
                                            "Single-line block syntax can include only one argument "
                                            "definition. To define multiple arguments, use the "
                                            "multi-line block syntax with one argument definition "
                                            "per line.");
                    recover_to(p, TK_CBRACE);
                    closed = true;
                }
            }
        } else {
            const Token *t = peek(p);
            if (t->kind == TK_OQUOTE || t->kind == TK_OBRACE || t->kind == TK_IDENT) {
                Diag *d = error_unless_recovering(p, range_join(tok_range(name), tok_range(t)),
                                                  "Argument definition required", NULL);
                if (d)
                    d->detail = arena_printf(p->arena,
                                             "A single-line block definition can contain only a "
                                             "single argument. If you meant to define argument "
                                             "\"%.*s\", use an equals sign to assign it a value. "
                                             "To define a nested block, place it on a line of its "
                                             "own within its parent block.",
                                             (int)name->len, p->src->text + name->off);
            } else {
                error_unless_recovering(p, tok_range(name), "Argument or block definition required",
                                        "An argument or block definition is required here. To set "
                                        "an argument, use the equals sign \"=\" to introduce the "
                                        "argument value.");
            }
            recover_to(p, TK_CBRACE);
            closed = true;
        }
    }
    if (!closed) {
        const Token *t = peek(p);
        if (t->kind == TK_CBRACE) {
            b->close_brace = tok_range(next(p));
        } else {
            /* end of file inside the block */
            if (!p->recovery) {
                Diag *d = error_at(p, tok_range(obrace), "Unclosed configuration block",
                                   "There is no closing brace for this block before the end of "
                                   "the file. This may be caused by incorrect brace nesting "
                                   "elsewhere in this file.");
                set_context(d, range_join(tok_range(ident), tok_range(obrace)));
                set_hint(d, "Add the missing \"}\"; check the nesting of the braces above.");
            }
            p->recovery = true;
            b->close_brace = tok_range(t);
        }
    } else {
        b->close_brace = prev_range(p);
    }
    b->range = range_join(tok_range(ident), b->close_brace);
    b->body->range = range_join(tok_range(obrace), b->close_brace);

    const Token *eol = peek(p);
    if (eol->kind == TK_NEWLINE || eol->kind == TK_EOF) {
        next(p);
    } else {
        Diag *d = error_unless_recovering(p, tok_range(eol), "Missing newline after block definition",
                                          "A block definition must end with a newline.");
        set_context(d, range_join(tok_range(ident), tok_range(eol)));
        recover_after_body_item(p);
    }
    return b;
}

// body = (attribute | block | newline)*
static AstBody *parse_body(P *p, TokenKind end, const Token *obrace, bool *closed) {
    AstBody *body = ARENA_NEW(p->arena, AstBody);
    ItemVec items = {0};
    bool top = end == TK_EOF;
    (void)obrace;
    if (!enter(p)) {
        *closed = true;
        return body;
    }
    for (;;) {
        if (top && !p->abandoned) p->recovery = false;
        const Token *t = peek(p);
        if (t->kind == end) break;
        if (t->kind == TK_NEWLINE) {
            next(p);
            continue;
        }
        if (t->kind == TK_IDENT) {
            next(p);
            TokenKind k = peek_kind(p);
            if (k == TK_EQUAL) {
                AstAttribute *a = finish_attribute(p, t, false);
                check_redefined(p, &items, a);
                AstItem it = {false, {.attr = a}};
                vec_push(&items, it);
            } else if (k == TK_OQUOTE || k == TK_OBRACE || k == TK_IDENT) {
                AstBlock *b = finish_block(p, t);
                AstItem it = {true, {.block = b}};
                it.u.block = b;
                vec_push(&items, it);
            } else {
                Diag *d = error_unless_recovering(p, tok_range(t), "Argument or block definition required",
                                                  "An argument or block definition is required here. "
                                                  "To set an argument, use the equals sign \"=\" to "
                                                  "introduce the argument value.");
                set_hint(d, "Write `name = value` for an argument, or `name {` for a block.");
                recover_after_body_item(p);
            }
            continue;
        }
        /* anything else cannot start an item */
        if (t->kind == TK_EOF) {
            /* end of file inside a block: finish_block reports it */
            break;
        }
        if (t->kind == TK_OQUOTE) {
            error_unless_recovering(p, tok_range(t), "Invalid argument name",
                                    "Argument names must not be quoted.");
        } else {
            Diag *d = error_unless_recovering(p, tok_range(t), "Argument or block definition required",
                                              "An argument or block definition is required here.");
            if (t->kind == TK_CBRACE)
                set_hint(d, "This closing brace has no matching opening brace.");
        }
        if (top) {
            /* Skip just this item and carry on with the next line. */
            if (t->kind == TK_CBRACE) {
                next(p);
                if (peek_kind(p) == TK_NEWLINE) next(p);
                else if (peek_kind(p) != TK_EOF) recover_after_body_item(p);
                p->recovery = true;
            } else {
                recover_after_body_item(p);
            }
            continue;
        }
        recover_to(p, end);
        *closed = true;
        break;
    }
    leave(p);
    body->items = vec_to_arena(p->arena, &items);
    body->len = items.len;
    vec_free(&items);
    return body;
}

AstFile *hcl_parse(const SourceFile *src, const TokenList *tokens, Arena *arena, Interner *names,
                   DiagList *diags) {
    TokenList own = {0};
    if (!tokens) {
        hcl_lex(src, &own, diags);
        tokens = &own;
    }
    P p;
    memset(&p, 0, sizeof p);
    p.src = src;
    p.toks = tokens->data;
    p.ntok = tokens->len;
    p.peek_from = UINT32_MAX;
    p.nl_on = true;
    p.arena = arena;
    p.names = names;
    p.diags = diags;
    bool closed = false;
    AstFile *f = ARENA_NEW(arena, AstFile);
    f->src = src;
    f->body = parse_body(&p, TK_EOF, NULL, &closed);
    /* Safety net: an error condition met while a report was held back must
     * never leave the file looking valid. */
    bool reported = false;
    for (uint32_t i = diags->items.len; i > 0 && !reported; i--)
        reported = diags->items.data[i - 1].severity == SEV_ERROR && diags->items.data[i - 1].file == src;
    if (p.errors > 0 && !reported) {
        Diag *d = diag_add(diags, SEV_ERROR, "syntax", "S1", src, range_make(src->len, src->len), "Invalid syntax");
        d->detail = "This file is not valid HCL, but tfcheck could not pin the error down; terraform validate "
                    "or terraform fmt will show where it is.";
    }
    f->body->range = range_make(0, src->len);
    vec_free(&p.newlines);
    for (uint32_t i = 0; i < p.pool.len; i++) mem_free(p.pool.data[i]);
    vec_free(&p.pool);
    token_list_free(&own);
    return f;
}
