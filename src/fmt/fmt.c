/* fmt.c - the formatter: Terraform's rewrites, then hclwrite's passes.
 *
 * Tokens come from the HCL lexer, with one change of shape to match
 * hclwrite's model: a # or // comment owns the newline that ends it.  Every
 * token's leading whitespace is then recomputed from scratch, so the output
 * depends only on the token sequence and its line structure:
 *   1. lines: split at newlines; a trailing comment goes to the line's
 *      "comment" cell and "= expr" (when its brackets balance) to "assign";
 *   2. indent: two spaces per level of brackets opened on earlier lines;
 *   3. spaces: one or none between neighbours, by spaces_after() below;
 *   4. cells: "=" and trailing comments aligned across consecutive lines.
 */
#include "fmt.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../hcl/hcl.h"

typedef struct FTok {
    TokenKind kind;
    const char *bytes;
    uint32_t len;
    uint32_t off;        /* offset in the source; UINT32_MAX for a token made here */
    int spaces;          /* spaces before the token */
} FTok;

typedef Vec(FTok) FTokVec;

/* Tokens [from, to) replaced by `with`: one of Terraform's rewrites. */
typedef struct Repl {
    uint32_t from, to;
    FTok *with;
    uint32_t n;
} Repl;

typedef struct Fmt {
    const SourceFile *src;
    Arena *a;
    FTokVec toks;        /* the file's tokens, comments owning their newline */
    Vec(Repl) repls;     /* found in the tree, applied in order of position */
} Fmt;

/* ---- tokens ---------------------------------------------------------------------- */

static bool is_line_comment(const char *b, uint32_t n) {
    return n >= 1 && (b[0] == '#' || (n >= 2 && b[0] == '/' && b[1] == '/'));
}

static void build_tokens(Fmt *f, const TokenList *tl) {
    for (uint32_t i = 0; i < tl->len; i++) {
        const Token *t = &tl->data[i];
        if (t->kind == TK_EOF) break;
        FTok ft = {(TokenKind)t->kind, f->src->text + t->off, t->len, t->off, 0};
        if (t->kind == TK_COMMENT && is_line_comment(ft.bytes, ft.len) && i + 1 < tl->len &&
            tl->data[i + 1].kind == TK_NEWLINE && tl->data[i + 1].off == t->off + t->len) {
            ft.len += tl->data[i + 1].len; /* the comment owns its newline */
            i++;
        }
        vec_push(&f->toks, ft);
    }
}

static bool tok_ends_line(const FTok *t) {
    if (t->kind == TK_NEWLINE) return true;
    return t->kind == TK_COMMENT && t->len > 0 && t->bytes[t->len - 1] == '\n';
}

static int bracket_change(const FTok *t) {
    switch (t->kind) {
    case TK_OBRACE: case TK_OBRACK: case TK_OPAREN: case TK_TEMPLATE_CONTROL: case TK_TEMPLATE_INTERP:
        return 1;
    case TK_CBRACE: case TK_CBRACK: case TK_CPAREN: case TK_TEMPLATE_SEQ_END:
        return -1;
    default:
        return 0;
    }
}

/* Index of the first token at or after byte `off`. */
static uint32_t tok_at(const Fmt *f, uint32_t off) {
    uint32_t lo = 0, hi = f->toks.len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->toks.data[mid].off < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static FTok make_tok(TokenKind k, const char *bytes, uint32_t len) {
    FTok t = {k, bytes, len, UINT32_MAX, 0};
    return t;
}

static void add_repl(Fmt *f, uint32_t from, uint32_t to, FTok *with, uint32_t n) {
    Repl r = {from, to, with, n};
    vec_push(&f->repls, r);
}

/* ---- Terraform's rewrites ------------------------------------------------------------ */

/* "${expr}" as an attribute's whole value becomes expr, when provably a
 * single interpolation; parenthesised if it spans lines. */
static void unwrap_interpolation(Fmt *f, uint32_t from, uint32_t to) {
    if (to - from < 5) return;
    FTok *t = f->toks.data;
    if (t[from].kind != TK_OQUOTE || t[from + 1].kind != TK_TEMPLATE_INTERP ||
        t[to - 2].kind != TK_TEMPLATE_SEQ_END || t[to - 1].kind != TK_CQUOTE)
        return;
    int quotes = 0;
    for (uint32_t i = from + 2; i < to - 2; i++) {
        TokenKind k = t[i].kind;
        if (k == TK_OQUOTE) { quotes++; continue; }
        if (k == TK_CQUOTE) { quotes--; continue; }
        if (quotes > 0) continue;
        if (k == TK_TEMPLATE_INTERP || k == TK_TEMPLATE_SEQ_END || k == TK_QUOTED_LIT) return;
    }
    uint32_t s = from + 2, e = to - 2;
    while (s < e && t[s].kind == TK_NEWLINE) s++;
    while (e > s && t[e - 1].kind == TK_NEWLINE) e--;
    bool multi = false, lead_paren = false, trail_paren = false;
    for (uint32_t i = s; i < e; i++) {
        if (i == s && t[i].kind == TK_OPAREN) lead_paren = true;
        else if (t[i].kind == TK_NEWLINE) multi = true;
        else if (i == e - 1 && t[i].kind == TK_CPAREN) trail_paren = true;
    }
    bool wrap = multi && !(lead_paren && trail_paren);
    uint32_t n = e - s + (wrap ? 2 : 0);
    FTok *with = ARENA_ARRAY(f->a, FTok, n ? n : 1);
    uint32_t k = 0;
    if (wrap) with[k++] = make_tok(TK_OPAREN, "(", 1);
    for (uint32_t i = s; i < e; i++) with[k++] = t[i];
    if (wrap) with[k++] = make_tok(TK_CPAREN, ")", 1);
    add_repl(f, from, to, with, n);
}

/* variable "x" { type = ... }: bare list/map/set gain (any); legacy quoted
 * "string", "list", "map" become string, list(string), map(string). */
static void normalise_type(Fmt *f, uint32_t from, uint32_t to) {
    FTok *t = f->toks.data;
    const char *coll = NULL, *elem = NULL;
    if (to - from == 1 && t[from].kind == TK_IDENT) {
        const FTok *w = &t[from];
        if ((w->len == 4 && memcmp(w->bytes, "list", 4) == 0) || (w->len == 3 && memcmp(w->bytes, "map", 3) == 0) ||
            (w->len == 3 && memcmp(w->bytes, "set", 3) == 0)) {
            coll = arena_strndup(f->a, w->bytes, w->len);
            elem = "any";
        }
    } else if (to - from == 3 && t[from].kind == TK_OQUOTE && t[from + 1].kind == TK_QUOTED_LIT &&
               t[from + 2].kind == TK_CQUOTE) {
        const FTok *w = &t[from + 1];
        if (w->len == 6 && memcmp(w->bytes, "string", 6) == 0) {
            FTok *with = ARENA_NEW(f->a, FTok);
            *with = make_tok(TK_IDENT, "string", 6);
            add_repl(f, from, to, with, 1);
            return;
        }
        if (w->len == 4 && memcmp(w->bytes, "list", 4) == 0) coll = "list", elem = "string";
        if (w->len == 3 && memcmp(w->bytes, "map", 3) == 0) coll = "map", elem = "string";
    }
    if (!coll) return;
    FTok *with = ARENA_ARRAY(f->a, FTok, 4);
    with[0] = make_tok(TK_IDENT, coll, (uint32_t)strlen(coll));
    with[1] = make_tok(TK_OPAREN, "(", 1);
    with[2] = make_tok(TK_IDENT, elem, (uint32_t)strlen(elem));
    with[3] = make_tok(TK_CPAREN, ")", 1);
    add_repl(f, from, to, with, 4);
}

/* Go's unicode.IsPrint, which hclwrite uses to decide what to escape. */
static bool is_print(uint32_t cp) {
    if (cp == ' ') return true;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return false;
    default:
        return true;
    }
}

/* A label as hclwrite writes a string value: quoted, escaped. */
static void quoted_label(Fmt *f, const char *v, FTok out[3]) {
    StrBuf sb = {0};
    size_t n = strlen(v);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)v + i, n - i, &cp);
        if (len <= 0) { cp = 0xFFFD; len = 1; }
        switch (cp) {
        case '\n': sb_puts(&sb, "\\n"); break;
        case '\r': sb_puts(&sb, "\\r"); break;
        case '\t': sb_puts(&sb, "\\t"); break;
        case '"': sb_puts(&sb, "\\\""); break;
        case '\\': sb_puts(&sb, "\\\\"); break;
        case '$': case '%':
            sb_putc(&sb, (char)cp);
            if (i + 1 < n && v[i + 1] == '{') sb_putc(&sb, (char)cp);
            break;
        default:
            if (!is_print(cp)) {
                if (cp < 65536) sb_printf(&sb, "\\u%04x", cp);
                else sb_printf(&sb, "\\U%08x", cp);
            } else {
                sb_append(&sb, v + i, (size_t)len);
            }
        }
        i += (size_t)len;
    }
    out[0] = make_tok(TK_OQUOTE, "\"", 1);
    out[1] = make_tok(TK_QUOTED_LIT, arena_strndup(f->a, sb.data ? sb.data : "", sb.len), (uint32_t)sb.len);
    out[2] = make_tok(TK_CQUOTE, "\"", 1);
    sb_free(&sb);
}

/* Printable ASCII without escapes: written back exactly as it is read. */
static bool plain_ascii(const char *b, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)b[i];
        if (c < 0x20 || c >= 0x7F || c == '\\' || c == '"' || c == '$' || c == '%') return false;
    }
    return true;
}

static void rewrite_body(Fmt *f, const AstBody *b, const char *parent, int depth) {
    for (uint32_t i = 0; i < b->len; i++) {
        const AstItem *it = &b->items[i];
        if (!it->is_block) {
            const AstAttribute *at = it->u.attr;
            uint32_t from = tok_at(f, at->expr->range.start), to = tok_at(f, at->expr->range.end);
            if (from >= to) continue;
            if (depth == 1 && parent && strcmp(parent, "variable") == 0 && strcmp(at->name, "type") == 0)
                normalise_type(f, from, to);
            else
                unwrap_interpolation(f, from, to);
            continue;
        }
        const AstBlock *blk = it->u.block;
        /* labels: everything between the type and the opening brace */
        uint32_t from = tok_at(f, blk->type_range.end), to = tok_at(f, blk->open_brace.start);
        bool plain = true; /* already exactly "label" "label" ...? */
        if (to - from != 3 * blk->label_count) plain = false;
        for (uint32_t l = 0; plain && l < blk->label_count; l++) {
            const FTok *q = &f->toks.data[from + 3 * l];
            if (q[0].kind != TK_OQUOTE || q[1].kind != TK_QUOTED_LIT || q[2].kind != TK_CQUOTE) {
                plain = false;
            } else if (!plain_ascii(q[1].bytes, q[1].len)) {
                FTok want[3];
                quoted_label(f, blk->labels[l].value, want);
                if (want[1].len != q[1].len || memcmp(want[1].bytes, q[1].bytes, q[1].len) != 0) plain = false;
            }
        }
        if (blk->label_count == 0 && to != from) plain = false;
        if (!plain) {
            FTok *with = ARENA_ARRAY(f->a, FTok, 3 * blk->label_count + 1);
            for (uint32_t l = 0; l < blk->label_count; l++) quoted_label(f, blk->labels[l].value, with + 3 * l);
            add_repl(f, from, to, with, 3 * blk->label_count);
        }
        rewrite_body(f, blk->body, blk->type, depth + 1);
    }
}

static int cmp_repl(const void *a, const void *b) {
    const Repl *x = a, *y = b;
    return x->from < y->from ? -1 : x->from > y->from;
}

static void apply_replacements(Fmt *f) {
    if (!f->repls.len) return;
    qsort(f->repls.data, f->repls.len, sizeof(Repl), cmp_repl);
    FTokVec out = {0};
    uint32_t i = 0;
    for (uint32_t r = 0; r < f->repls.len; r++) {
        Repl *rp = &f->repls.data[r];
        if (rp->from < i) continue; /* nested in one already applied */
        for (; i < rp->from; i++) vec_push(&out, f->toks.data[i]);
        for (uint32_t k = 0; k < rp->n; k++) vec_push(&out, rp->with[k]);
        i = rp->to;
    }
    for (; i < f->toks.len; i++) vec_push(&out, f->toks.data[i]);
    vec_free(&f->toks);
    f->toks = out;
}

/* ---- hclwrite's passes ---------------------------------------------------------------- */

typedef struct Cell {
    uint32_t start, end;   /* token indices [start, end) */
} Cell;

typedef struct Line {
    Cell lead, assign, comment;
} Line;

static bool cell_empty(Cell c) { return c.start == c.end; }

static int cell_columns(const Fmt *f, Cell c) {
    int cols = 0;
    for (uint32_t i = c.start; i < c.end; i++) {
        const FTok *t = &f->toks.data[i];
        cols += t->spaces;
        for (uint32_t k = 0; k < t->len; k++) /* runes, as utf8.RuneCount */
            if (((unsigned char)t->bytes[k] & 0xC0) != 0x80) cols++;
    }
    return cols;
}

static bool tok_is_word(const FTok *t, const char *w) {
    size_t n = strlen(w);
    return t->kind == TK_IDENT && t->len == n && memcmp(t->bytes, w, n) == 0;
}

/* hclwrite's spaceAfterToken: is there a space between subject and after? */
static bool spaces_after(const FTok *subject, const FTok *before, const FTok *after) {
    TokenKind s = subject->kind, a = after->kind;
    if (a == TK_NEWLINE || a == TK__COUNT) return false;
    if (s == TK_IDENT && a == TK_OPAREN) return false;
    if ((s == TK_IDENT && a == TK_DOUBLE_COLON) || (s == TK_DOUBLE_COLON && a == TK_IDENT)) return false;
    if (s == TK_DOT || a == TK_DOT) return false;
    if (a == TK_COMMA || a == TK_ELLIPSIS) return false;
    if (s == TK_COMMA) return true;
    if (s == TK_QUOTED_LIT || s == TK_STRING_LIT || s == TK_OQUOTE || s == TK_OHEREDOC ||
        a == TK_QUOTED_LIT || a == TK_STRING_LIT || a == TK_CQUOTE || a == TK_CHEREDOC)
        return false;
    if (tok_is_word(subject, "in") && before->kind == TK_IDENT) return true;
    if (a == TK_OBRACK && (s == TK_IDENT || s == TK_NUMBER || bracket_change(subject) < 0)) return false;
    if (s == TK_MINUS) {
        switch (before->kind) {
        case TK__COUNT:
        case TK_OPAREN: case TK_OBRACE: case TK_OBRACK: case TK_EQUAL: case TK_COLON: case TK_COMMA:
        case TK_QUESTION:
        case TK_PLUS: case TK_STAR: case TK_SLASH: case TK_PERCENT: case TK_MINUS:
        case TK_EQUAL_OP: case TK_NOT_EQUAL: case TK_GREATER: case TK_GREATER_EQ: case TK_LESS:
        case TK_LESS_EQ:
        case TK_AND: case TK_OR: case TK_BANG:
            return false; /* a negation */
        default:
            return true;
        }
    }
    if (s == TK_BANG) return false; /* logical not binds to its operand */
    if (s == TK_OBRACE || a == TK_CBRACE) return !(s == TK_OBRACE && a == TK_CBRACE);
    if ((s == TK_TEMPLATE_INTERP || s == TK_TEMPLATE_CONTROL) && a == TK_OBRACE) return true;
    if (s == TK_CBRACE && a == TK_TEMPLATE_SEQ_END) return true;
    if (s == TK_TEMPLATE_SEQ_END && (a == TK_TEMPLATE_INTERP || a == TK_TEMPLATE_CONTROL)) return false;
    if (bracket_change(subject) > 0) return false;
    if (bracket_change(after) < 0) return false;
    return true;
}

static int net_brackets(const Fmt *f, Cell c) {
    int n = 0;
    for (uint32_t i = c.start; i < c.end; i++) {
        n += bracket_change(&f->toks.data[i]);
        if (f->toks.data[i].kind == TK_OHEREDOC) break;
    }
    return n;
}

typedef Vec(Line) LineVec;

static void split_lines(Fmt *f, LineVec *lines) {
    uint32_t start = 0;
    for (uint32_t i = 0; i < f->toks.len; i++) {
        if (!tok_ends_line(&f->toks.data[i])) continue;
        Line l = {{start, i + 1}, {0, 0}, {0, 0}};
        vec_push(lines, l);
        start = i + 1;
    }
    if (start < f->toks.len) {
        Line l = {{start, f->toks.len}, {0, 0}, {0, 0}};
        vec_push(lines, l);
    }
    for (uint32_t li = 0; li < lines->len; li++) {
        Line *l = &lines->data[li];
        if (cell_empty(l->lead)) continue;
        if (l->lead.end - l->lead.start > 1 && f->toks.data[l->lead.end - 1].kind == TK_COMMENT) {
            l->comment.start = l->lead.end - 1;
            l->comment.end = l->lead.end;
            l->lead.end--;
        }
        for (uint32_t i = l->lead.start + 1; i < l->lead.end; i++) {
            if (f->toks.data[i].kind != TK_EQUAL) continue;
            Cell rest = {i, l->lead.end};
            if (net_brackets(f, rest) == 0) {
                l->assign = rest;
                l->lead.end = i;
            }
            break;
        }
    }
}

static void format_indent(Fmt *f, LineVec *lines) {
    Vec(int) indents = {0};
    for (uint32_t li = 0; li < lines->len; li++) {
        Line *l = &lines->data[li];
        if (cell_empty(l->lead)) continue;
        FTok *first = &f->toks.data[l->lead.start];
        if (first->kind == TK_NEWLINE) {
            first->spaces = 0;
            continue;
        }
        int net = net_brackets(f, l->lead);
        if (!cell_empty(l->assign)) net += net_brackets(f, l->assign);
        if (net > 0) {
            first->spaces = 2 * (int)indents.len;
            vec_push(&indents, net);
        } else if (net < 0) {
            int closed = -net;
            while (closed > 0 && indents.len > 0) {
                int top = indents.data[indents.len - 1];
                if (closed > top) {
                    closed -= top;
                    indents.len--;
                } else if (closed < top) {
                    indents.data[indents.len - 1] -= closed;
                    closed = 0;
                } else {
                    indents.len--;
                    closed = 0;
                }
            }
            first->spaces = 2 * (int)indents.len;
        } else {
            first->spaces = 2 * (int)indents.len;
        }
    }
    vec_free(&indents);
}

static void space_cell(Fmt *f, Cell c, bool assign) {
    static const FTok nil = {TK__COUNT, "", 0, UINT32_MAX, 0};
    for (uint32_t i = c.start; i < c.end; i++) {
        if (assign && i == c.start) f->toks.data[i].spaces = 1;
        const FTok *before = i > c.start ? &f->toks.data[i - 1] : &nil;
        if (i + 1 >= c.end) continue;
        FTok *after = &f->toks.data[i + 1];
        after->spaces = spaces_after(&f->toks.data[i], before, after) ? 1 : 0;
    }
}

static void format_cells(Fmt *f, LineVec *lines) {
    /* "=" first, since moving it moves the comments too */
    uint32_t n = lines->len;
    int64_t chain = -1;
    int max = 0;
    for (uint32_t i = 0; i <= n; i++) {
        Line *l = i < n ? &lines->data[i] : NULL;
        if (!l || cell_empty(l->assign)) {
            if (chain >= 0) {
                for (uint32_t k = (uint32_t)chain; k < i; k++) {
                    Line *c = &lines->data[k];
                    f->toks.data[c->assign.start].spaces = max - cell_columns(f, c->lead) + 1;
                }
                chain = -1;
                max = 0;
            }
            continue;
        }
        if (chain < 0) chain = i;
        int cols = cell_columns(f, l->lead);
        if (cols > max) max = cols;
    }
    chain = -1;
    max = 0;
    for (uint32_t i = 0; i <= n; i++) {
        Line *l = i < n ? &lines->data[i] : NULL;
        if (!l || cell_empty(l->comment)) {
            if (chain >= 0) {
                for (uint32_t k = (uint32_t)chain; k < i; k++) {
                    Line *c = &lines->data[k];
                    int cols = cell_columns(f, c->lead) + cell_columns(f, c->assign);
                    f->toks.data[c->comment.start].spaces = max - cols + 1;
                }
                chain = -1;
                max = 0;
            }
            continue;
        }
        if (chain < 0) chain = i;
        int cols = cell_columns(f, l->lead) + cell_columns(f, l->assign);
        if (cols > max) max = cols;
    }
}

bool fmt_format(const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out) {
    return fmt_format_ex(src, a, names, diags, out, true);
}

bool fmt_format_ex(const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out,
                   bool rewrites) {
    uint32_t before = diags->items.len;
    TokenList tl = {0};
    hcl_lex(src, &tl, diags);
    AstFile *ast = hcl_parse(src, &tl, a, names, diags);
    bool ok = true;
    for (uint32_t i = before; i < diags->items.len; i++)
        if (diags->items.data[i].severity == SEV_ERROR) ok = false;
    if (!ok) {
        token_list_free(&tl);
        return false;
    }
    Fmt f;
    memset(&f, 0, sizeof f);
    f.src = src;
    f.a = a;
    build_tokens(&f, &tl);
    uint32_t eof_gap = token_space_before(&tl, tl.len - 1);
    if (tl.len == 1) eof_gap = src->len - src->bom; /* only whitespace */
    token_list_free(&tl);
    if (rewrites) {
        rewrite_body(&f, ast->body, NULL, 0);
        apply_replacements(&f);
    }

    LineVec lines = {0};
    split_lines(&f, &lines);
    format_indent(&f, &lines);
    for (uint32_t i = 0; i < lines.len; i++) {
        space_cell(&f, lines.data[i].lead, false);
        space_cell(&f, lines.data[i].assign, true);
    }
    format_cells(&f, &lines);
    static const char blanks[64] = "                                                               ";
    size_t total = eof_gap;
    for (uint32_t i = 0; i < f.toks.len; i++) total += (size_t)f.toks.data[i].spaces + f.toks.data[i].len;
    sb_append(out, "", 0);
    if (out->cap - out->len < total + 1) { /* one allocation for the whole output */
        out->data = mem_realloc(out->data, out->len + total + 1);
        out->cap = out->len + total + 1;
    }
    for (uint32_t i = 0; i < f.toks.len; i++) {
        const FTok *t = &f.toks.data[i];
        for (int k = t->spaces; k > 0; k -= 63) sb_append(out, blanks, (size_t)(k < 63 ? k : 63));
        sb_append(out, t->bytes, t->len);
    }
    /* hclwrite leaves the end-of-file token alone: whitespace after the last
     * token stays, one space per byte */
    for (uint32_t k = eof_gap; k > 0;) {
        uint32_t n = k < 63 ? k : 63;
        sb_append(out, blanks, n);
        k -= n;
    }
    if (!out->data) sb_append(out, "", 0);
    vec_free(&lines);
    vec_free(&f.toks);
    vec_free(&f.repls);
    return true;
}
