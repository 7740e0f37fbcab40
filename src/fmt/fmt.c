/* fmt.c - the formatter: Terraform's rewrites, then hclwrite's passes.
 *
 * Tokens come from the HCL lexer; as in hclwrite's model, a # or // comment
 * owns the newline that ends it (comment_newline below).  The syntax is
 * checked on the same tokens (validate.c, with hcl_parse only where that
 * check is unsure), which also finds where Terraform's rewrites apply.
 * Every token's leading whitespace is then recomputed from scratch, so the
 * output depends only on the token sequence and its line structure:
 *   1. lines: split at newlines; a trailing comment goes to the line's
 *      "comment" cell and "= expr" (when its brackets balance) to "assign";
 *   2. indent: two spaces per level of brackets opened on earlier lines;
 *   3. spaces: one or none between neighbours, by spaces_after() below;
 *   4. cells: "=" and trailing comments aligned across consecutive lines.
 * All of it runs on buffers that a FmtWork keeps from one file to the next.
 * To check a file without output, the computed spaces are compared with the
 * gaps in the source as the lines go, stopping at the first difference; the
 * formatted text is built only when a caller wants it, or to compare when a
 * rewrite keeps the text as it is.
 */
#include "fmt.h"

#include <string.h>
#include <utf8proc.h>

#include "fmt_int.h"

enum { NONE = UINT32_MAX };

_Static_assert(TK__COUNT <= 64, "FmtWork.pair has rows of 64");

/* A token of a rewrite's replacement, which need not be in the source. */
typedef struct RTok {
    const char *bytes;
    uint32_t len;
    uint16_t kind, flags;
} RTok;

/* Tokens [from, to) replaced by reps[first .. first + n): one of Terraform's
 * rewrites. */
typedef struct Repl {
    uint32_t from, to;
    uint32_t first, n;
} Repl;

/* A line that takes part in alignment: it has an "=" cell or a comment. */
typedef struct AlignLine {
    uint32_t line;         /* ordinal, to tell consecutive lines */
    uint32_t eq;           /* token starting its "=" cell, or NONE */
    uint32_t comment;      /* its trailing comment token, or NONE */
    uint32_t lead_cols;    /* columns of the lead cell, indentation included */
    uint32_t assign_cols;  /* columns of the "=" cell without the spaces before "=" */
} AlignLine;

struct FmtWork {
    TokenList toks;         /* the file's tokens, from the lexer */
    FmtSites sites;         /* where the rewrites apply */
    Vec(RTok) reps;         /* replacement tokens of all rewrites */
    Vec(Repl) repls;        /* the rewrites, in order of position */
    TokenList rtoks;        /* the token stream after the rewrites ... */
    StrBuf rtext;           /* ... and the text its tokens point into */
    Vec(uint32_t) spaces;   /* per token: the spaces to write before it */
    Vec(uint32_t) indents;  /* open bracket counts of the lines that indent */
    Vec(AlignLine) align;
    StrBuf out;             /* formatted text when the caller wants none */
    /* spaces_after() by token kinds: 0 or 1, or 2 when it also depends on the
     * tokens themselves (see fmt_work_new); rows of 64 to index by shifting */
    uint8_t pair[TK__COUNT][64];
};

/* ---- tokens ---------------------------------------------------------------------- */

static bool is_line_comment(const char *b, uint32_t n) {
    return n >= 1 && (b[0] == '#' || (n >= 2 && b[0] == '/' && b[1] == '/'));
}

/* Is token i a newline that ends a # or // comment?  hclwrite makes such a
 * newline part of the comment: the comment, not the newline, ends the line. */
static bool comment_newline(const char *text, const Token *t, uint32_t i) {
    return t[i].kind == TK_NEWLINE && i > 0 && t[i - 1].kind == TK_COMMENT &&
           t[i - 1].off + t[i - 1].len == t[i].off && is_line_comment(text + t[i - 1].off, t[i - 1].len);
}

/* Bracket depth change of each kind. */
static const int8_t bracket[TK__COUNT] = {
    [TK_OBRACE] = 1, [TK_OBRACK] = 1, [TK_OPAREN] = 1, [TK_TEMPLATE_CONTROL] = 1, [TK_TEMPLATE_INTERP] = 1,
    [TK_CBRACE] = -1, [TK_CBRACK] = -1, [TK_CPAREN] = -1, [TK_TEMPLATE_SEQ_END] = -1,
};

static RTok rtok(TokenKind k, const char *bytes, uint32_t len) {
    RTok t = {bytes, len, (uint16_t)k, 0};
    return t;
}

static RTok rtok_of(const char *text, const Token *t) {
    RTok r = {text + t->off, t->len, t->kind, t->flags};
    return r;
}

/* Starts a rewrite of tokens [from, to); its tokens follow with add_rep. */
static void begin_repl(FmtWork *w, uint32_t from, uint32_t to) {
    Repl r = {from, to, w->reps.len, 0};
    vec_push(&w->repls, r);
}

static void add_rep(FmtWork *w, RTok t) {
    vec_push(&w->reps, t);
    vec_last(&w->repls).n++;
}

static bool tok_is(const char *text, const Token *t, const char *w, uint32_t n) {
    return t->kind == TK_IDENT && t->len == n && memcmp(text + t->off, w, n) == 0;
}

/* ---- Terraform's rewrites ------------------------------------------------------------ */

/* "${expr}" as an attribute's whole value becomes expr, when provably a
 * single interpolation; parenthesised if it spans lines. */
static void unwrap_interpolation(FmtWork *w, const char *text, uint32_t from, uint32_t to) {
    if (to - from < 5) return;
    const Token *t = w->toks.data;
    if (t[from].kind != TK_OQUOTE || t[from + 1].kind != TK_TEMPLATE_INTERP ||
        t[to - 2].kind != TK_TEMPLATE_SEQ_END || t[to - 1].kind != TK_CQUOTE)
        return;
    int quotes = 0;
    for (uint32_t i = from + 2; i < to - 2; i++) {
        TokenKind k = (TokenKind)t[i].kind;
        if (k == TK_OQUOTE) { quotes++; continue; }
        if (k == TK_CQUOTE) { quotes--; continue; }
        if (quotes > 0) continue;
        if (k == TK_TEMPLATE_INTERP || k == TK_TEMPLATE_SEQ_END || k == TK_QUOTED_LIT) return;
    }
    /* newlines, but not those that end a comment (and belong to it) */
    uint32_t s = from + 2, e = to - 2;
    while (s < e && t[s].kind == TK_NEWLINE && !comment_newline(text, t, s)) s++;
    while (e > s && t[e - 1].kind == TK_NEWLINE && !comment_newline(text, t, e - 1)) e--;
    bool multi = false, lead_paren = false, trail_paren = false;
    for (uint32_t i = s; i < e; i++) {
        if (i == s && t[i].kind == TK_OPAREN) lead_paren = true;
        else if (t[i].kind == TK_NEWLINE && !comment_newline(text, t, i)) multi = true;
        else if (i == e - 1 && t[i].kind == TK_CPAREN) trail_paren = true;
    }
    bool wrap = multi && !(lead_paren && trail_paren);
    begin_repl(w, from, to);
    if (wrap) add_rep(w, rtok(TK_OPAREN, "(", 1));
    for (uint32_t i = s; i < e; i++) add_rep(w, rtok_of(text, &t[i]));
    if (wrap) add_rep(w, rtok(TK_CPAREN, ")", 1));
}

/* variable "x" { type = ... }: bare list/map/set gain (any); legacy quoted
 * "string", "list", "map" become string, list(string), map(string). */
static void normalise_type(FmtWork *w, const char *text, uint32_t from, uint32_t to) {
    const Token *t = w->toks.data;
    const char *coll = NULL, *elem = NULL;
    uint32_t coll_len = 0;
    if (to - from == 1 && t[from].kind == TK_IDENT) {
        if (tok_is(text, &t[from], "list", 4) || tok_is(text, &t[from], "map", 3) ||
            tok_is(text, &t[from], "set", 3)) {
            coll = text + t[from].off;
            coll_len = t[from].len;
            elem = "any";
        }
    } else if (to - from == 3 && t[from].kind == TK_OQUOTE && t[from + 1].kind == TK_QUOTED_LIT &&
               t[from + 2].kind == TK_CQUOTE) {
        const Token *q = &t[from + 1];
        const char *b = text + q->off;
        if (q->len == 6 && memcmp(b, "string", 6) == 0) {
            begin_repl(w, from, to);
            add_rep(w, rtok(TK_IDENT, "string", 6));
            return;
        }
        if (q->len == 4 && memcmp(b, "list", 4) == 0) coll = "list", coll_len = 4, elem = "string";
        if (q->len == 3 && memcmp(b, "map", 3) == 0) coll = "map", coll_len = 3, elem = "string";
    }
    if (!coll) return;
    begin_repl(w, from, to);
    add_rep(w, rtok(TK_IDENT, coll, coll_len));
    add_rep(w, rtok(TK_OPAREN, "(", 1));
    add_rep(w, rtok(TK_IDENT, elem, (uint32_t)strlen(elem)));
    add_rep(w, rtok(TK_CPAREN, ")", 1));
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

static bool plain_ascii(const char *b, uint32_t n);

/* A label's value as hclwrite writes a string: escaped, without the quotes;
 * the text is the label's own when nothing needs escaping, else in `a`. */
static RTok quoted_label(Arena *a, FmtLabel l) {
    if (plain_ascii(l.text, l.len)) return rtok(TK_QUOTED_LIT, l.text, l.len);
    StrBuf sb = {0};
    const char *v = l.text;
    size_t n = l.len;
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
    RTok t = rtok(TK_QUOTED_LIT, arena_strndup(a, sb.data ? sb.data : "", sb.len), (uint32_t)sb.len);
    sb_free(&sb);
    return t;
}

/* Printable ASCII without escapes: written back exactly as it is read. */
static bool plain_ascii(const char *b, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)b[i];
        if (c < 0x20 || c >= 0x7F || c == '\\' || c == '"' || c == '$' || c == '%') return false;
    }
    return true;
}

/* Block labels: everything between the type and the "{" becomes the labels,
 * quoted, unless it already is exactly that. */
static void requote_labels(FmtWork *w, const char *text, Arena *a, const FmtSite *s) {
    const Token *t = w->toks.data;
    uint32_t from = s->from, to = s->to, n = s->nlabels;
    const FmtLabel *labels = n ? &w->sites.labels.data[s->label] : NULL;
    bool plain = to - from == 3 * n; /* already exactly "label" "label" ...? */
    for (uint32_t l = 0; plain && l < n; l++) {
        const Token *q = &t[from + 3 * l];
        if (q[0].kind != TK_OQUOTE || q[1].kind != TK_QUOTED_LIT || q[2].kind != TK_CQUOTE) {
            plain = false;
        } else if (!plain_ascii(text + q[1].off, q[1].len)) {
            RTok want = quoted_label(a, labels[l]);
            if (want.len != q[1].len || memcmp(want.bytes, text + q[1].off, q[1].len) != 0) plain = false;
        }
    }
    if (plain) return;
    begin_repl(w, from, to);
    for (uint32_t l = 0; l < n; l++) {
        add_rep(w, rtok(TK_OQUOTE, "\"", 1));
        add_rep(w, quoted_label(a, labels[l]));
        add_rep(w, rtok(TK_CQUOTE, "\"", 1));
    }
}

static void find_rewrites(FmtWork *w, const char *text, Arena *a) {
    w->repls.len = w->reps.len = 0;
    for (uint32_t i = 0; i < w->sites.sites.len; i++) {
        const FmtSite *s = &w->sites.sites.data[i];
        switch (s->kind) {
        case SITE_VALUE: unwrap_interpolation(w, text, s->from, s->to); break;
        case SITE_VAR_TYPE: normalise_type(w, text, s->from, s->to); break;
        case SITE_LABELS: requote_labels(w, text, a, s); break;
        }
    }
}

/* Does the rewrite leave the text of the tokens as it was (as re-quoting
 * the label "" does, which only adds an empty literal token)?  Any other
 * rewrite changes the file: the output's characters other than spaces are
 * those of its tokens, the source's are those of its tokens and of tabs
 * and a BOM between them, and a rewrite drops or adds characters that are
 * neither ("${", quotes, parentheses, escapes). */
static bool rewrite_keeps_text(const FmtWork *w, const char *text, const Repl *rp) {
    const Token *t = w->toks.data;
    size_t old_len = 0, new_len = 0;
    for (uint32_t i = rp->from; i < rp->to; i++) old_len += t[i].len;
    for (uint32_t k = 0; k < rp->n; k++) new_len += w->reps.data[rp->first + k].len;
    if (old_len != new_len) return false;
    uint32_t i = rp->from, at = 0; /* bytes of t[i] already matched */
    for (uint32_t k = 0; k < rp->n; k++) {
        const RTok *x = &w->reps.data[rp->first + k];
        for (uint32_t b = 0; b < x->len; b++) {
            while (at == t[i].len) i++, at = 0;
            if (text[t[i].off + at++] != x->bytes[b]) return false;
        }
    }
    return true;
}

/* The token stream with the rewrites applied, into rtoks/rtext (tokens
 * back to back: the gaps are recomputed anyway). */
static void apply_rewrites(FmtWork *w, const char *text) {
    const Token *t = w->toks.data;
    size_t bytes = 0; /* at most the source's tokens and all replacements */
    uint32_t count = w->toks.len + w->reps.len;
    for (uint32_t i = 0; i < w->toks.len; i++) bytes += t[i].len;
    for (uint32_t i = 0; i < w->reps.len; i++) bytes += w->reps.data[i].len;
    if (w->rtoks.cap < count) vec_grow_((void **)&w->rtoks.data, &w->rtoks.cap, sizeof(Token), count);
    if (w->rtext.cap < bytes + 1) {
        w->rtext.data = mem_realloc(w->rtext.data, bytes + 1);
        w->rtext.cap = bytes + 1;
    }
    Token *o = w->rtoks.data;
    char *b = w->rtext.data;
    uint32_t n = 0, len = 0, i = 0;
    for (uint32_t r = 0; r <= w->repls.len; r++) {
        const Repl *rp = r < w->repls.len ? &w->repls.data[r] : NULL;
        uint32_t upto = rp ? rp->from : w->toks.len;
        if (rp && rp->from < i) continue; /* nested in one already applied */
        for (; i < upto; i++) {
            Token x = {len, t[i].len, t[i].kind, t[i].flags};
            memcpy(b + len, text + t[i].off, t[i].len);
            len += t[i].len;
            o[n++] = x;
        }
        if (!rp) break;
        for (uint32_t k = 0; k < rp->n; k++) {
            const RTok *x = &w->reps.data[rp->first + k];
            Token y = {len, x->len, x->kind, x->flags};
            memcpy(b + len, x->bytes, x->len);
            len += x->len;
            o[n++] = y;
        }
        i = rp->to;
    }
    b[len] = '\0';
    w->rtoks.len = n;
    w->rtext.len = len;
}

/* ---- the rewrite sites from the tree, when validate.c was unsure ------------------------ */

/* Index of the first token at or after byte `off`. */
static uint32_t tok_at(const FmtWork *w, uint32_t off) {
    uint32_t lo = 0, hi = w->toks.len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (w->toks.data[mid].off < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static void tree_sites(FmtWork *w, const AstBody *b, const char *parent, int depth) {
    for (uint32_t i = 0; i < b->len; i++) {
        const AstItem *it = &b->items[i];
        if (!it->is_block) {
            const AstAttribute *at = it->u.attr;
            uint32_t from = tok_at(w, at->expr->range.start), to = tok_at(w, at->expr->range.end);
            if (from >= to) continue;
            bool type = depth == 1 && parent && strcmp(parent, "variable") == 0 && strcmp(at->name, "type") == 0;
            FmtSite s = {type ? SITE_VAR_TYPE : SITE_VALUE, from, to, 0, 0};
            vec_push(&w->sites.sites, s);
            continue;
        }
        const AstBlock *blk = it->u.block;
        FmtSite s = {SITE_LABELS, tok_at(w, blk->type_range.end), tok_at(w, blk->open_brace.start),
                     w->sites.labels.len, blk->label_count};
        for (uint32_t l = 0; l < blk->label_count; l++) {
            FmtLabel lab = {blk->labels[l].value, (uint32_t)strlen(blk->labels[l].value)};
            vec_push(&w->sites.labels, lab);
        }
        vec_push(&w->sites.sites, s);
        tree_sites(w, blk->body, blk->type, depth + 1);
    }
}

/* ---- hclwrite's passes ---------------------------------------------------------------- */

/* hclwrite's spaceAfterToken: is there a space between subject and after?
 * `before` is the kind of the token before subject in its cell (TK__COUNT
 * when subject starts the cell). */
static bool spaces_after(const char *text, const Token *subject, TokenKind before, TokenKind a) {
    TokenKind s = (TokenKind)subject->kind;
    if (a == TK_NEWLINE || a == TK__COUNT) return false;
    if (s == TK_IDENT && a == TK_OPAREN) return false;
    if ((s == TK_IDENT && a == TK_DOUBLE_COLON) || (s == TK_DOUBLE_COLON && a == TK_IDENT)) return false;
    if (s == TK_DOT || a == TK_DOT) return false;
    if (a == TK_COMMA || a == TK_ELLIPSIS) return false;
    if (s == TK_COMMA) return true;
    if (s == TK_QUOTED_LIT || s == TK_STRING_LIT || s == TK_OQUOTE || s == TK_OHEREDOC ||
        a == TK_QUOTED_LIT || a == TK_STRING_LIT || a == TK_CQUOTE || a == TK_CHEREDOC)
        return false;
    if (tok_is(text, subject, "in", 2) && before == TK_IDENT) return true;
    if (a == TK_OBRACK && (s == TK_IDENT || s == TK_NUMBER || bracket[s] < 0)) return false;
    if (s == TK_MINUS) {
        switch (before) {
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
    if (bracket[s] > 0) return false;
    if (bracket[a] < 0) return false;
    return true;
}

/* 1 for each byte of x that continues a UTF-8 sequence (10xxxxxx), summed. */
static uint32_t count_continuations(uint64_t x) {
    uint64_t m = (x & ~(x << 1) & 0x8080808080808080u) >> 7;
    return (uint32_t)((m * 0x0101010101010101u) >> 56);
}

/* The columns of a token: its runes, as utf8.RuneCount counts them, that
 * is its bytes less those that continue a sequence.  Eight bytes at a time;
 * `avail` bytes can be read from b (at least n). */
static uint32_t runes(const unsigned char *b, uint32_t n, size_t avail) {
    uint32_t cont = 0, len = n;
    for (; n >= 8; b += 8, n -= 8, avail -= 8) {
        uint64_t x;
        memcpy(&x, b, 8);
        cont += count_continuations(x);
    }
    if (n) {
        uint64_t x = 0;
        if (avail >= 8) {
            memcpy(&x, b, 8);
            x &= ~(uint64_t)0 >> (8 * (8 - n)); /* the first n bytes (little-endian) */
        } else {
            for (uint32_t k = 0; k < n; k++) x |= (uint64_t)b[k] << (8 * k);
        }
        cont += count_continuations(x);
    }
    return len - cont;
}

/* Kinds whose text may be more than ASCII. */
static const uint8_t may_be_utf8[TK__COUNT] = {
    [TK_IDENT] = 1, [TK_QUOTED_LIT] = 1, [TK_STRING_LIT] = 1, [TK_COMMENT] = 1, [TK_OHEREDOC] = 1,
    [TK_CHEREDOC] = 1,
};

/* Columns of tokens [from, to) with their spaces. */
static uint32_t columns(const char *text, uint32_t text_len, const Token *t, const uint32_t *sp, uint32_t from,
                        uint32_t to) {
    uint32_t cols = 0;
    for (uint32_t i = from; i < to; i++) {
        cols += sp[i];
        cols += may_be_utf8[t[i].kind] ? runes((const unsigned char *)text + t[i].off, t[i].len, text_len - t[i].off)
                                       : t[i].len;
    }
    return cols;
}

/* Indentation of a line whose brackets change the depth by `net`. */
static uint32_t indent(FmtWork *w, int net) {
    uint32_t *open = w->indents.data;
    uint32_t depth = w->indents.len;
    if (net > 0) {
        vec_push(&w->indents, (uint32_t)net);
        return 2 * depth;
    }
    uint32_t closed = net < 0 ? (uint32_t)-net : 0;
    while (closed > 0 && depth > 0) {
        uint32_t top = open[depth - 1];
        if (closed >= top) {
            closed -= top;
            depth--;
        } else {
            open[depth - 1] -= closed;
            closed = 0;
        }
    }
    w->indents.len = depth;
    return 2 * depth;
}

/* Are the n bytes at s all spaces?  Eight at a time: indentation is long. */
static bool all_spaces(const char *s, uint32_t n) {
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t x;
        memcpy(&x, s, 8);
        if (x != 0x2020202020202020u) return false;
    }
    for (; n > 0; s++, n--)
        if (*s != ' ') return false;
    return true;
}

/* Comparing the computed spaces with the source's gaps, to check a file
 * without building its output: without rewrites the output is the source's
 * tokens with the computed spaces between them, so comparing the gaps is
 * comparing the texts.  A gap holds only spaces and tabs (and a BOM before
 * the first token), so in a file without tabs its length says it all. */
typedef struct Compare {
    const char *src;
    const Token *t;        /* the source's tokens */
    bool tabs;             /* the source has tabs */
} Compare;

/* Is the gap before token i exactly `spaces` spaces? */
static inline bool gap_is(const Compare *c, uint32_t i, uint32_t spaces) {
    uint32_t end = i ? c->t[i - 1].off + c->t[i - 1].len : 0;
    return c->t[i].off - end == spaces && (!(c->tabs || i == 0) || all_spaces(c->src + end, spaces));
}

/* The gaps before tokens [from, to), but for the lengths of those before
 * `skip1` and `skip2` (which align, and are compared later).  A tab in any
 * gap is a difference, since the output has spaces only. */
static bool gaps_are(const Compare *c, const uint32_t *sp, uint32_t from, uint32_t to, uint32_t skip1,
                     uint32_t skip2) {
    const Token *t = c->t;
    uint32_t i = from;
    if (i == 0 && i < to) {
        if (!gap_is(c, 0, sp[0])) return false; /* a BOM is no space */
        i++;
    }
    for (; i < to; i++) {
        uint32_t end = t[i - 1].off + t[i - 1].len, gap = t[i].off - end;
        if (gap != sp[i] && i != skip1 && i != skip2) return false;
        if (gap && c->tabs && (gap == 1 ? c->src[end] != ' ' : !all_spaces(c->src + end, gap))) return false;
    }
    return true;
}

/* Kinds the line sweep looks at more closely. */
static const uint8_t special[TK__COUNT] = {
    [TK_NEWLINE] = 1, [TK_COMMENT] = 1, [TK_EQUAL] = 1, [TK_OHEREDOC] = 1,
};

/* The spaces before token i when they depend on more than the kinds. */
static __attribute__((noinline)) uint32_t spaces_in_context(const char *text, const Token *t, uint32_t i,
                                                            uint32_t start) {
    TokenKind before = i - 1 > start ? (TokenKind)t[i - 2].kind : TK__COUNT;
    return spaces_after(text, &t[i - 1], before, (TokenKind)t[i].kind);
}

/* Bracket counts of a line with a heredoc, exactly as hclwrite counts them:
 * the lead (and, from the first "=" at eq, the rest) each up to the first
 * heredoc introducer, whose text is no code. */
static void heredoc_brackets(const Token *t, uint32_t s, uint32_t eq, uint32_t e, int *a, int *a_eq, int *b) {
    *a = *a_eq = *b = 0;
    bool stop_a = false, stop_b = false;
    for (uint32_t i = s; i < e; i++) {
        int c = bracket[t[i].kind];
        if (i == eq) *a_eq = *a;
        if (!stop_a) *a += c;
        if (i >= eq && !stop_b) *b += c;
        if (t[i].kind == TK_OHEREDOC) {
            stop_a = true;
            if (i >= eq) stop_b = true;
        }
    }
}

/* Passes 1-3 line by line, then pass 4: fills w->spaces for tokens [0, n).
 * With `cmp`, compares them with the source's gaps as it goes and returns
 * false at the first that differs. */
static bool layout(FmtWork *w, const char *text, uint32_t text_len, const Token *t, uint32_t n, const Compare *cmp) {
    if (w->spaces.cap < n) vec_grow_((void **)&w->spaces.data, &w->spaces.cap, sizeof(uint32_t), n);
    uint32_t *sp = w->spaces.data;
    const uint8_t(*pair)[64] = w->pair;
    w->indents.len = 0;
    w->align.len = 0;
    uint32_t line = 0;
    for (uint32_t s = 0; s < n; line++) {
        /* the line [s, e): its brackets (a), those before its first "=" (a_eq) */
        uint32_t e = s, eq = NONE;
        int a = 0, a_eq = 0;
        bool heredoc = false;
        TokenKind k = (TokenKind)t[s].kind;
        for (;;) {
            a += bracket[k];
            if (special[k]) {
                if (k == TK_EQUAL) {
                    if (eq == NONE && e > s) {
                        eq = e;
                        a_eq = a;
                    }
                } else if (k == TK_OHEREDOC) {
                    heredoc = true;
                } else if (k == TK_NEWLINE) {
                    e++;
                    break;
                }
            }
            if (++e == n) break;
            TokenKind prev = k;
            k = (TokenKind)t[e].kind;
            uint8_t r = pair[prev][k];
            sp[e] = r < 2 ? r : spaces_in_context(text, t, e, s);
        }
        int b = a - a_eq; /* brackets from the first "=" on */
        if (heredoc) heredoc_brackets(t, s, eq, e, &a, &a_eq, &b);
        /* a comment ending the line (with the newline it owns) is its
         * comment cell, unless it is all there is */
        uint32_t lead_end = e, comment = NONE;
        if (e - s > 1 && t[e - 1].kind == TK_COMMENT) /* at the end of the file */
            comment = e - 1;
        else if (e - s > 2 && comment_newline(text, t, e - 1))
            comment = e - 2;
        if (comment != NONE) lead_end = comment;
        bool assign = eq != NONE && b == 0;
        sp[s] = t[s].kind == TK_NEWLINE ? 0 : indent(w, assign ? a_eq : a);
        /* With cmp: compared as soon as known, but for what aligns */
        if (cmp && !gaps_are(cmp, sp, s, e, assign ? eq : NONE, comment)) return false;
        if (assign) sp[eq] = 1;
        if (assign || comment != NONE) {
            AlignLine al = {line, assign ? eq : NONE, comment, 0, 0};
            al.lead_cols = columns(text, text_len, t, sp, s, assign ? eq : lead_end);
            if (assign && comment != NONE) al.assign_cols = 1 + columns(text, text_len, t, sp, eq + 1, lead_end);
            vec_push(&w->align, al);
        }
        s = e;
    }

    /* "=" first, since moving it moves the comments too */
    const AlignLine *al = w->align.data;
    uint32_t m = w->align.len;
    for (uint32_t i = 0; i < m;) {
        if (al[i].eq == NONE) {
            i++;
            continue;
        }
        uint32_t j = i, max = 0;
        for (; j < m && al[j].eq != NONE && al[j].line == al[i].line + (j - i); j++)
            if (al[j].lead_cols > max) max = al[j].lead_cols;
        for (uint32_t k = i; k < j; k++) {
            uint32_t q = al[k].eq;
            sp[q] = max - al[k].lead_cols + 1;
        }
        i = j;
    }
    for (uint32_t i = 0; i < m;) {
        if (al[i].comment == NONE) {
            i++;
            continue;
        }
        uint32_t j = i, max = 0;
        for (; j < m && al[j].comment != NONE && al[j].line == al[i].line + (j - i); j++) {
            uint32_t cols = al[j].lead_cols + (al[j].eq != NONE ? sp[al[j].eq] + al[j].assign_cols : 0);
            if (cols > max) max = cols;
        }
        for (uint32_t k = i; k < j; k++) {
            uint32_t cols = al[k].lead_cols + (al[k].eq != NONE ? sp[al[k].eq] + al[k].assign_cols : 0);
            uint32_t q = al[k].comment;
            sp[q] = max - cols + 1;
        }
        i = j;
    }
    for (uint32_t i = 0; cmp && i < m; i++) {
        if (al[i].eq != NONE && !gap_is(cmp, al[i].eq, sp[al[i].eq])) return false;
        if (al[i].comment != NONE && !gap_is(cmp, al[i].comment, sp[al[i].comment])) return false;
    }
    return true;
}

/* ---- output ------------------------------------------------------------------------------ */

/* The formatted text: each token after its spaces. */
static void emit(const FmtWork *w, const char *text, const Token *t, uint32_t n, uint32_t eof_gap, StrBuf *out) {
    const uint32_t *sp = w->spaces.data;
    size_t total = eof_gap;
    for (uint32_t i = 0; i < n; i++) total += (size_t)sp[i] + t[i].len;
    sb_append(out, "", 0);
    if (out->cap - out->len < total + 1) { /* one allocation for the whole output */
        out->data = mem_realloc(out->data, out->len + total + 1);
        out->cap = out->len + total + 1;
    }
    char *p = out->data + out->len;
    for (uint32_t i = 0; i < n; i++) {
        memset(p, ' ', sp[i]);
        p += sp[i];
        memcpy(p, text + t[i].off, t[i].len);
        p += t[i].len;
    }
    /* hclwrite leaves the end-of-file token alone: whitespace after the last
     * token stays, one space per byte */
    memset(p, ' ', eof_gap);
    p += eof_gap;
    *p = '\0';
    out->len = (size_t)(p - out->data);
}

/* ---- entry points ------------------------------------------------------------------------- */

FmtWork *fmt_work_new(void) {
    FmtWork *w = mem_alloc(sizeof *w);
    memset(w, 0, sizeof *w);
    /* spaces_after looks at the two kinds only, except in two rules: a "-"
     * depends on the token before it, and an "in" after a name.  So one
     * evaluation per pair of kinds decides, but for "-" and for names. */
    static const char words[] = "xin";
    for (int s = 0; s < TK__COUNT; s++) {
        for (int a = 0; a < TK__COUNT; a++) {
            Token x = {0, 1, (uint16_t)s, 0}, in = {1, 2, (uint16_t)s, 0};
            bool r = spaces_after(words, &x, TK__COUNT, (TokenKind)a);
            bool depends = s == TK_MINUS || (s == TK_IDENT && spaces_after(words, &in, TK_IDENT, (TokenKind)a) != r);
            w->pair[s][a] = depends ? 2 : r;
        }
    }
    return w;
}

void fmt_work_free(FmtWork *w) {
    if (!w) return;
    token_list_free(&w->toks);
    vec_free(&w->sites.sites);
    vec_free(&w->sites.labels);
    vec_free(&w->sites.names);
    vec_free(&w->sites.directives);
    vec_free(&w->reps);
    vec_free(&w->repls);
    token_list_free(&w->rtoks);
    sb_free(&w->rtext);
    vec_free(&w->spaces);
    vec_free(&w->indents);
    vec_free(&w->align);
    sb_free(&w->out);
    mem_free(w);
}

/* The parser's verdict, and the rewrite sites from its tree. */
static bool parse_fully(FmtWork *w, const SourceFile *src, Arena *a, Interner *names, DiagList *diags) {
    uint32_t before = diags->items.len;
    const SourceFile *full = src;
    if (!src->line_starts) { /* the diagnostics need a line table */
        full = source_from_memory(a, src->path ? src->path : "", src->text, src->len);
        if (!full) return false;
    }
    AstFile *ast = hcl_parse(full, NULL, a, names, diags);
    for (uint32_t i = before; i < diags->items.len; i++)
        if (diags->items.data[i].severity == SEV_ERROR) return false;
    w->sites.sites.len = w->sites.labels.len = 0;
    tree_sites(w, ast->body, NULL, 0);
    return true;
}

FmtStatus fmt_file(FmtWork *w, const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out,
                   unsigned flags) {
    uint32_t before = diags->items.len;
    hcl_lex(src, &w->toks, diags);
    bool lexed = diags->items.len == before;
    diags->items.len = before; /* the parser reports them again, with its own */
    TokenList *tl = &w->toks;
    uint32_t eof_gap = token_space_before(tl, tl->len - 1);
    if (tl->len == 1) eof_gap = src->len - src->bom; /* only whitespace */
    if (!lexed || (flags & FMT_FULL_PARSE) ||
        fmt_validate(src->text, tl->data, tl->len, &w->sites) != FMT_CHECK_VALID) {
        if (!parse_fully(w, src, a, names, diags)) return FMT_INVALID;
    }

    const char *text = src->text;
    uint32_t text_len = src->len;
    const Token *t = tl->data;
    uint32_t n = tl->len - 1; /* without the end-of-file token */
    bool rewrites = false;
    if (!(flags & FMT_NO_REWRITES)) {
        find_rewrites(w, text, a);
        rewrites = w->repls.len > 0;
    }
    if (!out) {
        /* No output wanted.  A rewrite that changes text decides; without
         * rewrites, lay out the source's tokens, comparing them with their
         * gaps as the lines go. */
        for (uint32_t i = 0; i < w->repls.len; i++)
            if (!rewrite_keeps_text(w, text, &w->repls.data[i])) return FMT_CHANGED;
        if (!rewrites) {
            Compare cmp = {text, t, memchr(text, '\t', text_len) != NULL};
            if (!layout(w, text, text_len, t, n, &cmp)) return FMT_CHANGED;
            uint32_t end = n ? t[n - 1].off + t[n - 1].len : 0;
            bool same = src->len - end == eof_gap && all_spaces(text + end, eof_gap);
            return same ? FMT_FORMATTED : FMT_CHANGED;
        }
    }
    if (rewrites) {
        apply_rewrites(w, text);
        text = w->rtext.data;
        text_len = (uint32_t)w->rtext.len;
        t = w->rtoks.data;
        n = w->rtoks.len - 1;
    }
    layout(w, text, text_len, t, n, NULL);
    StrBuf *o = out ? out : &w->out;
    if (!out) o->len = 0;
    size_t start = o->len;
    emit(w, text, t, n, eof_gap, o);
    bool same = o->len - start == src->len && memcmp(o->data + start, src->text, src->len) == 0;
    return same ? FMT_FORMATTED : FMT_CHANGED;
}

bool fmt_format(const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out) {
    return fmt_format_ex(src, a, names, diags, out, true);
}

bool fmt_format_ex(const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out,
                   bool rewrites) {
    FmtWork *w = fmt_work_new();
    FmtStatus s = fmt_file(w, src, a, names, diags, out, rewrites ? 0 : FMT_NO_REWRITES);
    fmt_work_free(w);
    return s != FMT_INVALID;
}
