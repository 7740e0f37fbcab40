/* lex.c - the HCL2 native-syntax lexer.
 *
 * One pass over the bytes, driven by a 256-entry character-class table (as
 * SQLite's tokenizer is).  A small mode stack tracks where we are: plain
 * expression text, inside "${" / "%{" (whose "}" returns to the template),
 * inside a quoted string, or inside a heredoc.  Trivia is kept: comments and
 * newlines are tokens, and whitespace is the gap between tokens.
 *
 * Deliberate differences from HCL's scanner, all on invalid input only: a
 * newline inside a quoted string is reported once, and then the lexer guesses
 * whether the string goes on (the next lines close it: a string split over
 * lines) or was left unclosed (it ends at the newline).  HCL always keeps
 * scanning the string, which turns every later quote inside out and cascades
 * errors down the file.
 */
#include "hcl.h"

#include <string.h>

static const char *const token_names[] = {
#define TOK(name, text) text,
#include "tokens.def"
#undef TOK
};

const char *token_kind_name(TokenKind k) {
    return (unsigned)k < TK__COUNT ? token_names[k] : "token";
}

/* Character classes for the expression-mode dispatch. */
enum {
    CC_OTHER,   /* invalid unless it starts a valid multi-byte identifier */
    CC_SPACE,   /* space, tab */
    CC_NL,      /* \n */
    CC_CR,      /* \r */
    CC_ALPHA,   /* a-z A-Z _ */
    CC_DIGIT,
    CC_QUOTE,   /* " */
    CC_PUNCT,   /* single-character punctuation handled in the switch */
    CC_HIGH,    /* 0x80-0xFF: UTF-8 lead or continuation byte */
};

static const unsigned char char_class[256] = {
    ['\t'] = CC_SPACE, [' '] = CC_SPACE, ['\n'] = CC_NL, ['\r'] = CC_CR,
    ['"'] = CC_QUOTE,
    ['_'] = CC_ALPHA,
    ['a'] = CC_ALPHA, ['b'] = CC_ALPHA, ['c'] = CC_ALPHA, ['d'] = CC_ALPHA, ['e'] = CC_ALPHA,
    ['f'] = CC_ALPHA, ['g'] = CC_ALPHA, ['h'] = CC_ALPHA, ['i'] = CC_ALPHA, ['j'] = CC_ALPHA,
    ['k'] = CC_ALPHA, ['l'] = CC_ALPHA, ['m'] = CC_ALPHA, ['n'] = CC_ALPHA, ['o'] = CC_ALPHA,
    ['p'] = CC_ALPHA, ['q'] = CC_ALPHA, ['r'] = CC_ALPHA, ['s'] = CC_ALPHA, ['t'] = CC_ALPHA,
    ['u'] = CC_ALPHA, ['v'] = CC_ALPHA, ['w'] = CC_ALPHA, ['x'] = CC_ALPHA, ['y'] = CC_ALPHA,
    ['z'] = CC_ALPHA,
    ['A'] = CC_ALPHA, ['B'] = CC_ALPHA, ['C'] = CC_ALPHA, ['D'] = CC_ALPHA, ['E'] = CC_ALPHA,
    ['F'] = CC_ALPHA, ['G'] = CC_ALPHA, ['H'] = CC_ALPHA, ['I'] = CC_ALPHA, ['J'] = CC_ALPHA,
    ['K'] = CC_ALPHA, ['L'] = CC_ALPHA, ['M'] = CC_ALPHA, ['N'] = CC_ALPHA, ['O'] = CC_ALPHA,
    ['P'] = CC_ALPHA, ['Q'] = CC_ALPHA, ['R'] = CC_ALPHA, ['S'] = CC_ALPHA, ['T'] = CC_ALPHA,
    ['U'] = CC_ALPHA, ['V'] = CC_ALPHA, ['W'] = CC_ALPHA, ['X'] = CC_ALPHA, ['Y'] = CC_ALPHA,
    ['Z'] = CC_ALPHA,
    ['0'] = CC_DIGIT, ['1'] = CC_DIGIT, ['2'] = CC_DIGIT, ['3'] = CC_DIGIT, ['4'] = CC_DIGIT,
    ['5'] = CC_DIGIT, ['6'] = CC_DIGIT, ['7'] = CC_DIGIT, ['8'] = CC_DIGIT, ['9'] = CC_DIGIT,
    ['{'] = CC_PUNCT, ['}'] = CC_PUNCT, ['['] = CC_PUNCT, [']'] = CC_PUNCT, ['('] = CC_PUNCT,
    [')'] = CC_PUNCT, ['*'] = CC_PUNCT, ['/'] = CC_PUNCT, ['+'] = CC_PUNCT, ['-'] = CC_PUNCT,
    ['%'] = CC_PUNCT, ['='] = CC_PUNCT, ['!'] = CC_PUNCT, ['<'] = CC_PUNCT, ['>'] = CC_PUNCT,
    ['&'] = CC_PUNCT, ['|'] = CC_PUNCT, ['.'] = CC_PUNCT, [','] = CC_PUNCT, [':'] = CC_PUNCT,
    ['?'] = CC_PUNCT, ['#'] = CC_PUNCT, [';'] = CC_PUNCT, ['\''] = CC_PUNCT, ['~'] = CC_PUNCT,
    [0x80] = CC_HIGH, [0x81] = CC_HIGH, [0x82] = CC_HIGH, [0x83] = CC_HIGH, [0x84] = CC_HIGH,
    [0x85] = CC_HIGH, [0x86] = CC_HIGH, [0x87] = CC_HIGH, [0x88] = CC_HIGH, [0x89] = CC_HIGH,
    [0x8A] = CC_HIGH, [0x8B] = CC_HIGH, [0x8C] = CC_HIGH, [0x8D] = CC_HIGH, [0x8E] = CC_HIGH,
    [0x8F] = CC_HIGH, [0x90] = CC_HIGH, [0x91] = CC_HIGH, [0x92] = CC_HIGH, [0x93] = CC_HIGH,
    [0x94] = CC_HIGH, [0x95] = CC_HIGH, [0x96] = CC_HIGH, [0x97] = CC_HIGH, [0x98] = CC_HIGH,
    [0x99] = CC_HIGH, [0x9A] = CC_HIGH, [0x9B] = CC_HIGH, [0x9C] = CC_HIGH, [0x9D] = CC_HIGH,
    [0x9E] = CC_HIGH, [0x9F] = CC_HIGH, [0xA0] = CC_HIGH, [0xA1] = CC_HIGH, [0xA2] = CC_HIGH,
    [0xA3] = CC_HIGH, [0xA4] = CC_HIGH, [0xA5] = CC_HIGH, [0xA6] = CC_HIGH, [0xA7] = CC_HIGH,
    [0xA8] = CC_HIGH, [0xA9] = CC_HIGH, [0xAA] = CC_HIGH, [0xAB] = CC_HIGH, [0xAC] = CC_HIGH,
    [0xAD] = CC_HIGH, [0xAE] = CC_HIGH, [0xAF] = CC_HIGH, [0xB0] = CC_HIGH, [0xB1] = CC_HIGH,
    [0xB2] = CC_HIGH, [0xB3] = CC_HIGH, [0xB4] = CC_HIGH, [0xB5] = CC_HIGH, [0xB6] = CC_HIGH,
    [0xB7] = CC_HIGH, [0xB8] = CC_HIGH, [0xB9] = CC_HIGH, [0xBA] = CC_HIGH, [0xBB] = CC_HIGH,
    [0xBC] = CC_HIGH, [0xBD] = CC_HIGH, [0xBE] = CC_HIGH, [0xBF] = CC_HIGH, [0xC0] = CC_HIGH,
    [0xC1] = CC_HIGH, [0xC2] = CC_HIGH, [0xC3] = CC_HIGH, [0xC4] = CC_HIGH, [0xC5] = CC_HIGH,
    [0xC6] = CC_HIGH, [0xC7] = CC_HIGH, [0xC8] = CC_HIGH, [0xC9] = CC_HIGH, [0xCA] = CC_HIGH,
    [0xCB] = CC_HIGH, [0xCC] = CC_HIGH, [0xCD] = CC_HIGH, [0xCE] = CC_HIGH, [0xCF] = CC_HIGH,
    [0xD0] = CC_HIGH, [0xD1] = CC_HIGH, [0xD2] = CC_HIGH, [0xD3] = CC_HIGH, [0xD4] = CC_HIGH,
    [0xD5] = CC_HIGH, [0xD6] = CC_HIGH, [0xD7] = CC_HIGH, [0xD8] = CC_HIGH, [0xD9] = CC_HIGH,
    [0xDA] = CC_HIGH, [0xDB] = CC_HIGH, [0xDC] = CC_HIGH, [0xDD] = CC_HIGH, [0xDE] = CC_HIGH,
    [0xDF] = CC_HIGH, [0xE0] = CC_HIGH, [0xE1] = CC_HIGH, [0xE2] = CC_HIGH, [0xE3] = CC_HIGH,
    [0xE4] = CC_HIGH, [0xE5] = CC_HIGH, [0xE6] = CC_HIGH, [0xE7] = CC_HIGH, [0xE8] = CC_HIGH,
    [0xE9] = CC_HIGH, [0xEA] = CC_HIGH, [0xEB] = CC_HIGH, [0xEC] = CC_HIGH, [0xED] = CC_HIGH,
    [0xEE] = CC_HIGH, [0xEF] = CC_HIGH, [0xF0] = CC_HIGH, [0xF1] = CC_HIGH, [0xF2] = CC_HIGH,
    [0xF3] = CC_HIGH, [0xF4] = CC_HIGH, [0xF5] = CC_HIGH, [0xF6] = CC_HIGH, [0xF7] = CC_HIGH,
    [0xF8] = CC_HIGH, [0xF9] = CC_HIGH, [0xFA] = CC_HIGH, [0xFB] = CC_HIGH, [0xFC] = CC_HIGH,
    [0xFD] = CC_HIGH, [0xFE] = CC_HIGH, [0xFF] = CC_HIGH,
};

/* ASCII bytes that continue an identifier: letters, digits, _ and - (a
 * table, since the identifier loop is the lexer's hottest). */
static const bool ascii_ident[256] = {
    ['-'] = 1, ['_'] = 1,
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
};

/* Bytes that end a run of plain text inside a quoted string or a heredoc
 * line (the NUL after the source among them); the loops look closer there. */
static const bool quoted_stop[256] = {
    [0] = 1, ['"'] = 1, ['\n'] = 1, ['\r'] = 1, ['\\'] = 1, ['$'] = 1, ['%'] = 1,
};
static const bool heredoc_stop[256] = {
    [0] = 1, ['\n'] = 1, ['$'] = 1, ['%'] = 1,
};

typedef enum LexMode {
    MODE_BRACE,    /* inside { } of expression text */
    MODE_INTERP,   /* inside ${ } or %{ }; the matching } returns to a template */
    MODE_QUOTED,   /* inside "..." */
    MODE_HEREDOC,  /* inside a heredoc body */
} LexMode;

typedef struct ModeFrame {
    LexMode mode;
    uint32_t marker_off, marker_len;  /* heredoc: the closing marker */
    bool line_start;                  /* heredoc: at the start of a line */
    bool continued;                   /* quoted: already split over lines */
} ModeFrame;

typedef struct Lexer {
    const SourceFile *src;
    const unsigned char *s;
    uint32_t len;
    uint32_t pos;
    TokenList *out;
    DiagList *diags;
    Vec(ModeFrame) modes;
} Lexer;

void token_list_free(TokenList *tl) {
    mem_free(tl->data);
    memset(tl, 0, sizeof *tl);
}

uint32_t token_space_before(const TokenList *tl, uint32_t i) {
    if (i >= tl->len) return 0;
    uint32_t prev_end = i ? tl->data[i - 1].off + tl->data[i - 1].len : 0;
    return tl->data[i].off - prev_end;
}

static inline __attribute__((always_inline)) void emit(Lexer *lx, TokenKind kind, uint32_t start, uint32_t end,
                                                     uint16_t flags) {
    TokenList *tl = lx->out;
    if (tl->len == tl->cap) vec_grow_((void **)&tl->data, &tl->cap, sizeof(Token), tl->len + 1);
    Token *t = &tl->data[tl->len++];
    t->off = start;
    t->len = end - start;
    t->kind = (uint16_t)kind;
    t->flags = flags;
}

static ModeFrame *top(Lexer *lx) {
    return lx->modes.len ? &lx->modes.data[lx->modes.len - 1] : NULL;
}

static void push_mode(Lexer *lx, LexMode m) {
    ModeFrame f = {m, 0, 0, false, false};
    vec_push(&lx->modes, f);
}

static void report(Lexer *lx, uint32_t start, uint32_t end, const char *summary,
                   const char *detail) {
    Diag *d = diag_add(lx->diags, SEV_ERROR, "syntax", "S1", lx->src, range_make(start, end),
                       summary);
    d->detail = detail;
}


/* Length of an identifier starting at p (0 if none starts there).  The
 * source is NUL-terminated, and NUL ends every identifier. */
static uint32_t ident_len(Lexer *lx, uint32_t p) {
    uint32_t start = p;
    uint32_t cp;
    int n;
    const unsigned char *s = lx->s;
    if (p >= lx->len) return 0;
    if (char_class[s[p]] == CC_ALPHA) {
        p++;
    } else if (s[p] >= 0x80 && (n = utf8_decode(s + p, lx->len - p, &cp)) > 0 && unicode_is_id_start(cp)) {
        p += (uint32_t)n;
    } else {
        return 0;
    }
    for (;;) {
        while (ascii_ident[s[p]]) p++; /* the common case */
        if (s[p] < 0x80 || p >= lx->len) break;
        if ((n = utf8_decode(s + p, lx->len - p, &cp)) > 0 && unicode_is_id_continue(cp)) p += (uint32_t)n;
        else break;
    }
    return p - start;
}

static bool is_digit(unsigned c) { return c >= '0' && c <= '9'; }

/* HCL's number token: digits, then any run of digits, dots and exponents
 * ([eE][+-]?digit), never ending in a dot.  The parser validates the shape. */
static uint32_t number_len(Lexer *lx, uint32_t p) {
    uint32_t start = p, last_good = p;
    while (p < lx->len) {
        unsigned c = lx->s[p];
        if (is_digit(c)) {
            p++;
            last_good = p;
        } else if (c == '.') {
            p++;
        } else if ((c == 'e' || c == 'E') && p + 1 < lx->len &&
                   (is_digit(lx->s[p + 1]) ||
                    ((lx->s[p + 1] == '+' || lx->s[p + 1] == '-') && p + 2 < lx->len &&
                     is_digit(lx->s[p + 2])))) {
            p += (lx->s[p + 1] == '+' || lx->s[p + 1] == '-') ? 3 : 2;
            last_good = p;
        } else {
            break;
        }
    }
    return last_good - start;
}

static const char CURLY_DETAIL[] =
    "\"Curly quotes\" are not valid here. These can sometimes be inadvertently introduced "
    "when sharing code via documents or discussion forums. It might help to replace the "
    "character with a \"straight quote\".";

/* A byte that cannot start any token: an invalid character (or encoding). */
static void lex_invalid(Lexer *lx) {
    uint32_t p = lx->pos;
    uint32_t cp;
    int n = utf8_decode(lx->s + p, lx->len - p, &cp);
    if (n <= 0) {
        emit(lx, TK_BAD_UTF8, p, p + 1, 0);
        report(lx, p, p + 1, "Invalid character encoding",
               "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is "
               "selected in your editor.");
        lx->pos = p + 1;
        return;
    }
    emit(lx, TK_INVALID, p, p + (uint32_t)n, 0);
    if (cp == 0x201C || cp == 0x201D) {
        report(lx, p, p + (uint32_t)n, "Invalid character", CURLY_DETAIL);
        vec_last(&lx->diags->items).hint = "Replace it with a straight quote (\").";
    }
    else if (cp == '`')
        report(lx, p, p + 1, "Invalid character",
               "The \"`\" character is not valid. To create a multi-line string, use the "
               "\"heredoc\" syntax, like \"<<EOT\".");
    else
        report(lx, p, p + (uint32_t)n, "Invalid character",
               "This character is not used within the language.");
    lx->pos = p + (uint32_t)n;
}

/* Tries to lex a heredoc introducer at pos ("<<" or "<<-", an identifier, a
 * newline).  Returns false, consuming nothing, when the text is not one. */
static bool lex_heredoc_start(Lexer *lx) {
    uint32_t p = lx->pos + 2;
    bool flush = false;
    if (p < lx->len && lx->s[p] == '-') {
        flush = true;
        p++;
    }
    uint32_t id = ident_len(lx, p);
    if (id == 0) return false;
    uint32_t q = p + id;
    uint32_t nl;
    if (q < lx->len && lx->s[q] == '\n') nl = 1;
    else if (q + 1 < lx->len && lx->s[q] == '\r' && lx->s[q + 1] == '\n') nl = 2;
    else return false;
    emit(lx, TK_OHEREDOC, lx->pos, q + nl, flush ? TKF_FLUSH : 0);
    ModeFrame f = {MODE_HEREDOC, p, id, true, false};
    vec_push(&lx->modes, f);
    lx->pos = q + nl;
    return true;
}

static bool is_trim_space(unsigned c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Heredoc body: at a line start, a line that is the marker (surrounding
 * whitespace allowed) ends the heredoc; otherwise literal text runs to the
 * end of the line (newline included) or to an interpolation. */
static void lex_heredoc(Lexer *lx, ModeFrame *f) {
    uint32_t p = lx->pos;
    if (f->line_start) {
        const unsigned char *nl = memchr(lx->s + p, '\n', lx->len - p);
        uint32_t e = nl ? (uint32_t)(nl - lx->s) : lx->len;
        if (e < lx->len) { /* the marker must be followed by a newline */
            uint32_t a = p, b = e;
            while (a < b && is_trim_space(lx->s[a])) a++;
            while (b > a && is_trim_space(lx->s[b - 1])) b--;
            if (b - a == f->marker_len &&
                memcmp(lx->s + a, lx->s + f->marker_off, f->marker_len) == 0) {
                uint32_t nl_start = (e > p && lx->s[e - 1] == '\r') ? e - 1 : e;
                emit(lx, TK_CHEREDOC, p, nl_start, 0);
                emit(lx, TK_NEWLINE, nl_start, e + 1, 0);
                lx->modes.len--;
                lx->pos = e + 1;
                return;
            }
        }
    }
    uint32_t q = p;
    while (q < lx->len) {
        while (!heredoc_stop[lx->s[q]]) q++; /* stops at the NUL after the source at the latest */
        if (q >= lx->len) break;
        unsigned c = lx->s[q];
        if (c == '\n') {
            q++;
            break;
        }
        if ((c == '$' || c == '%') && q + 1 < lx->len) {
            if (lx->s[q + 1] == c && q + 2 < lx->len && lx->s[q + 2] == '{') {
                q += 3; /* $${ or %%{: a literal ${ or %{ */
                continue;
            }
            if (lx->s[q + 1] == '{') break;
        }
        q++;
    }
    if (q > p) {
        emit(lx, TK_STRING_LIT, p, q, 0);
        f->line_start = lx->s[q - 1] == '\n';
        lx->pos = q;
        return;
    }
    /* at ${ or %{ */
    bool strip = q + 2 < lx->len && lx->s[q + 2] == '~';
    emit(lx, lx->s[q] == '$' ? TK_TEMPLATE_INTERP : TK_TEMPLATE_CONTROL, q, q + 2 + strip,
         strip ? TKF_STRIP : 0);
    f->line_start = false;
    lx->pos = q + 2 + strip;
    push_mode(lx, MODE_INTERP);
}

/* After a newline inside a quoted string at `p`: does the string go on and
 * close on a following line?  It does when, within a few lines, a line has
 * an odd number of quotes before any line that looks like configuration
 * (an "=", a brace, or a balanced pair of quotes). */
static bool string_continues(Lexer *lx, uint32_t p) {
    for (int lines = 0; lines < 5 && p < lx->len; lines++) {
        uint32_t quotes = 0;
        bool structure = false;
        while (p < lx->len && lx->s[p] != '\n') {
            unsigned c = lx->s[p];
            if (c == '\\') {
                p += 2;
                continue;
            }
            if (c == '"') quotes++;
            else if (quotes == 0 && (c == '=' || c == '{' || c == '}')) structure = true;
            p++;
        }
        if (quotes % 2 == 1) return !structure;
        if (quotes > 0 || structure) return false;
        p++;
    }
    return false;
}

/* Quoted string body: literal text (escapes undecoded) up to the closing
 * quote, an interpolation, a newline or the end of the file. */
static void lex_quoted(Lexer *lx) {
    uint32_t p = lx->pos, q = p;
    while (q < lx->len) {
        while (!quoted_stop[lx->s[q]]) q++; /* stops at the NUL after the source at the latest */
        if (q >= lx->len) break;
        unsigned c = lx->s[q];
        if (c == '"' || c == '\n') break;
        if (c == '\r' && q + 1 < lx->len && lx->s[q + 1] == '\n') break;
        if (c == '\\') {
            if (q + 1 < lx->len && (lx->s[q + 1] == '\n' || lx->s[q + 1] == '\r')) break;
            q += 2;
            continue;
        }
        if ((c == '$' || c == '%') && q + 1 < lx->len) {
            if (lx->s[q + 1] == c && q + 2 < lx->len && lx->s[q + 2] == '{') {
                q += 3;
                continue;
            }
            if (lx->s[q + 1] == '{') break;
        }
        q++;
    }
    if (q > lx->len) q = lx->len; /* a trailing backslash at EOF */
    if (q > p) {
        emit(lx, TK_QUOTED_LIT, p, q, 0);
        lx->pos = q;
        return;
    }
    if (q >= lx->len) return; /* EOF: the parser reports the open string */
    unsigned c = lx->s[q];
    if (c == '"') {
        emit(lx, TK_CQUOTE, q, q + 1, 0);
        lx->modes.len--;
        lx->pos = q + 1;
    } else if (c == '\\') {
        /* a backslash right before a line break */
        emit(lx, TK_INVALID, q, q + 1, 0);
        report(lx, q, q + 1, "Invalid character",
               "This character is not used within the language.");
        lx->pos = q + 1;
    } else if (c == '\n' || c == '\r') {
        uint32_t e = c == '\r' ? q + 2 : q + 1;
        ModeFrame *f = top(lx);
        uint32_t depth = lx->modes.len;
        if (depth >= 3 && lx->modes.data[depth - 2].mode == MODE_INTERP &&
            lx->modes.data[depth - 3].mode == MODE_QUOTED) {
            /* "${x" followed by a quote: that quote was meant to close the
             * outer string, not open a new one.  End both strings here; the
             * parser reports the unclosed interpolation too. */
            report(lx, q, e, "Invalid multi-line string",
                   "Quoted strings may not be split over multiple lines. To produce a multi-line "
                   "string, either use the \\n escape to represent a newline character or use the "
                   "\"heredoc\" multi-line template syntax.");
            emit(lx, TK_QUOTED_NEWLINE, q, e, 0);
            lx->modes.len -= 3;
            lx->pos = e;
            return;
        }
        if (!f->continued) {
            report(lx, q, e, "Invalid multi-line string",
                   "Quoted strings may not be split over multiple lines. To produce a multi-line "
                   "string, either use the \\n escape to represent a newline character or use the "
                   "\"heredoc\" multi-line template syntax.");
            Diag *d = &vec_last(&lx->diags->items);
            d->hint = "Close the string on this line, or use \\n or a heredoc (<<-EOT).";
            f->continued = string_continues(lx, e);
        }
        emit(lx, TK_QUOTED_NEWLINE, q, e, f->continued ? TKF_CONTINUED : 0);
        /* Recovery (see the file comment): an unclosed string ends here. */
        if (!f->continued) lx->modes.len--;
        lx->pos = e;
    } else {
        bool strip = q + 2 < lx->len && lx->s[q + 2] == '~';
        emit(lx, c == '$' ? TK_TEMPLATE_INTERP : TK_TEMPLATE_CONTROL, q, q + 2 + strip,
             strip ? TKF_STRIP : 0);
        lx->pos = q + 2 + strip;
        push_mode(lx, MODE_INTERP);
    }
}

/* Expression text: punctuation, names, numbers, comments, strings. */
static void lex_expr(Lexer *lx) {
    const unsigned char *s = lx->s;
    uint32_t p = lx->pos;
    unsigned c = s[p];
    unsigned next;
    ModeFrame *f;
    switch (char_class[c]) {
    case CC_SPACE:
        while (p < lx->len && (s[p] == ' ' || s[p] == '\t')) p++;
        lx->pos = p;
        return;
    case CC_NL:
        emit(lx, TK_NEWLINE, p, p + 1, 0);
        lx->pos = p + 1;
        return;
    case CC_CR:
        if (s[p + 1] == '\n') { /* the source is NUL-terminated */
            emit(lx, TK_NEWLINE, p, p + 2, 0);
            lx->pos = p + 2;
            return;
        }
        lex_invalid(lx);
        return;
    case CC_ALPHA: {
        uint32_t q = p + 1;
        while (ascii_ident[s[q]]) q++; /* the common case, all ASCII */
        if (s[q] >= 0x80 && q < lx->len) q = p + ident_len(lx, p);
        emit(lx, TK_IDENT, p, q, 0);
        lx->pos = q;
        return;
    }
    case CC_DIGIT: {
        uint32_t n = number_len(lx, p);
        emit(lx, TK_NUMBER, p, p + n, 0);
        lx->pos = p + n;
        return;
    }
    case CC_QUOTE:
        emit(lx, TK_OQUOTE, p, p + 1, 0);
        push_mode(lx, MODE_QUOTED);
        lx->pos = p + 1;
        return;
    case CC_HIGH: {
        uint32_t n = ident_len(lx, p);
        if (n) {
            emit(lx, TK_IDENT, p, p + n, 0);
            lx->pos = p + n;
            return;
        }
        lex_invalid(lx);
        return;
    }
    case CC_PUNCT:
        break;
    default:
        lex_invalid(lx);
        return;
    }

    TokenKind k;
    uint32_t n = 1;
    next = p + 1 < lx->len ? s[p + 1] : 0;
    switch (c) {
    case '{':
        push_mode(lx, MODE_BRACE);
        k = TK_OBRACE;
        break;
    case '}':
        f = top(lx);
        if (f && f->mode == MODE_INTERP) {
            lx->modes.len--;
            emit(lx, TK_TEMPLATE_SEQ_END, p, p + 1, 0);
            lx->pos = p + 1;
            return;
        }
        if (f && f->mode == MODE_BRACE) lx->modes.len--;
        k = TK_CBRACE;
        break;
    case '~':
        f = top(lx);
        if (next == '}' && f && f->mode == MODE_INTERP) {
            lx->modes.len--;
            emit(lx, TK_TEMPLATE_SEQ_END, p, p + 2, TKF_STRIP);
            lx->pos = p + 2;
            return;
        }
        emit(lx, TK_BITWISE_NOT, p, p + 1, 0);
        report(lx, p, p + 1, "Unsupported operator",
               "Bitwise operators are not supported. Did you mean boolean NOT (\"!\")?");
        lx->pos = p + 1;
        return;
    case '[': k = TK_OBRACK; break;
    case ']': k = TK_CBRACK; break;
    case '(': k = TK_OPAREN; break;
    case ')': k = TK_CPAREN; break;
    case '*': k = TK_STAR; break;
    case '+': k = TK_PLUS; break;
    case '-': k = TK_MINUS; break;
    case '%': k = TK_PERCENT; break;
    case '?': k = TK_QUESTION; break;
    case ',': k = TK_COMMA; break;
    case '#': {
        const unsigned char *nl = memchr(s + p, '\n', lx->len - p);
        uint32_t e = nl ? (uint32_t)(nl - s) : lx->len;
        if (e > p && e < lx->len && s[e - 1] == '\r') e--;
        emit(lx, TK_COMMENT, p, e, 0);
        lx->pos = e;
        return;
    }
    case '/':
        if (next == '/') {
            const unsigned char *nl = memchr(s + p, '\n', lx->len - p);
            uint32_t e = nl ? (uint32_t)(nl - s) : lx->len;
            if (e > p && e < lx->len && s[e - 1] == '\r') e--;
            emit(lx, TK_COMMENT, p, e, 0);
            lx->pos = e;
            return;
        }
        if (next == '*') {
            const unsigned char *end = NULL;
            for (uint32_t q = p + 2; q + 1 < lx->len; q++)
                if (s[q] == '*' && s[q + 1] == '/') {
                    end = s + q + 2;
                    break;
                }
            if (end) { /* an unterminated comment is just a slash, as in HCL */
                emit(lx, TK_COMMENT, p, (uint32_t)(end - s), 0);
                lx->pos = (uint32_t)(end - s);
                return;
            }
        }
        k = TK_SLASH;
        break;
    case '=':
        if (next == '=') { k = TK_EQUAL_OP; n = 2; }
        else if (next == '>') { k = TK_FAT_ARROW; n = 2; }
        else k = TK_EQUAL;
        break;
    case '!':
        if (next == '=') { k = TK_NOT_EQUAL; n = 2; }
        else k = TK_BANG;
        break;
    case '<':
        if (next == '<' && lex_heredoc_start(lx)) return;
        if (next == '=') { k = TK_LESS_EQ; n = 2; }
        else k = TK_LESS;
        break;
    case '>':
        if (next == '=') { k = TK_GREATER_EQ; n = 2; }
        else k = TK_GREATER;
        break;
    case '&':
        if (next == '&') { k = TK_AND; n = 2; break; }
        emit(lx, TK_BITWISE_AND, p, p + 1, 0);
        report(lx, p, p + 1, "Unsupported operator",
               "Bitwise operators are not supported. Did you mean boolean AND (\"&&\")?");
        lx->pos = p + 1;
        return;
    case '|':
        if (next == '|') { k = TK_OR; n = 2; break; }
        emit(lx, TK_BITWISE_OR, p, p + 1, 0);
        report(lx, p, p + 1, "Unsupported operator",
               "Bitwise operators are not supported. Did you mean boolean OR (\"||\")?");
        lx->pos = p + 1;
        return;
    case '.':
        if (next == '.' && p + 2 < lx->len && s[p + 2] == '.') { k = TK_ELLIPSIS; n = 3; }
        else k = TK_DOT;
        break;
    case ':':
        if (next == ':') { k = TK_DOUBLE_COLON; n = 2; }
        else k = TK_COLON;
        break;
    case ';':
        emit(lx, TK_SEMICOLON, p, p + 1, 0);
        report(lx, p, p + 1, "Invalid character",
               "The \";\" character is not valid. Use newlines to separate arguments and "
               "blocks, and commas to separate items in collection values.");
        vec_last(&lx->diags->items).hint = "Remove the semicolon.";
        lx->pos = p + 1;
        return;
    case '\'':
        emit(lx, TK_APOSTROPHE, p, p + 1, 0);
        report(lx, p, p + 1, "Invalid character",
               "Single quotes are not valid. Use double quotes (\") to enclose strings.");
        vec_last(&lx->diags->items).hint = "Replace the single quotes with double quotes.";
        lx->pos = p + 1;
        return;
    default:
        lex_invalid(lx);
        return;
    }
    emit(lx, k, p, p + n, 0);
    lx->pos = p + n;
}

/* The tokens of expression text from lx->pos on, until one that opens a
 * string or heredoc or closes an interpolation (the only ones after which
 * the mode is no longer expression text), or the end.  The common tokens
 * (names, newlines, most punctuation) are made here with the position and
 * the list in local variables; everything else goes through lex_expr. */
static void lex_expr_run(Lexer *lx) {
    const unsigned char *s = lx->s;
    const uint32_t len = lx->len;
    TokenList *out = lx->out;
    Token *tk = out->data;
    uint32_t nt = out->len, cap = out->cap, p = lx->pos;
/* appends a token without flags; tk/nt/cap are the list's cached fields */
#define PUT(kind_, start_, end_)                                                         \
    do {                                                                                 \
        if (nt == cap) {                                                                 \
            out->len = nt;                                                               \
            vec_grow_((void **)&out->data, &out->cap, sizeof(Token), nt + 1);            \
            tk = out->data;                                                              \
            cap = out->cap;                                                              \
        }                                                                                \
        Token t_ = {(start_), (end_) - (start_), (uint16_t)(kind_), 0};                  \
        tk[nt++] = t_;                                                                   \
    } while (0)
    for (;;) {
        unsigned c = s[p];
        if (c == ' ' || c == '\t') {
            c = s[++p];
            if (c == ' ' || c == '\t') { /* a run: indentation, alignment */
                for (uint64_t x; p + 8 <= len && (memcpy(&x, s + p, 8), x == 0x2020202020202020u);)
                    p += 8; /* eight spaces at a time */
                while (s[p] == ' ' || s[p] == '\t') p++;
                c = s[p];
            }
        }
        if (p >= len) break;
        if (char_class[c] == CC_ALPHA) { /* the commonest token: a name */
            uint32_t q = p + 1;
            while (ascii_ident[s[q]]) q++; /* all ASCII, mostly */
            if (s[q] >= 0x80 && q < len) q = p + ident_len(lx, p);
            PUT(TK_IDENT, p, q);
            p = q;
            continue;
        }
        unsigned next = s[p + 1]; /* the source is NUL-terminated */
        TokenKind k;
        uint32_t n = 1;
        switch (c) {
        case '\n': k = TK_NEWLINE; break;
        case '[': k = TK_OBRACK; break;
        case ']': k = TK_CBRACK; break;
        case '(': k = TK_OPAREN; break;
        case ')': k = TK_CPAREN; break;
        case ',': k = TK_COMMA; break;
        case '?': k = TK_QUESTION; break;
        case '*': k = TK_STAR; break;
        case '+': k = TK_PLUS; break;
        case '-': k = TK_MINUS; break;
        case '%': k = TK_PERCENT; break;
        case '=':
            if (next == '=') { k = TK_EQUAL_OP; n = 2; }
            else if (next == '>') { k = TK_FAT_ARROW; n = 2; }
            else k = TK_EQUAL;
            break;
        case ':':
            if (next == ':') { k = TK_DOUBLE_COLON; n = 2; }
            else k = TK_COLON;
            break;
        case '.':
            if (next == '.' && p + 2 < len && s[p + 2] == '.') { k = TK_ELLIPSIS; n = 3; }
            else k = TK_DOT;
            break;
        case '{':
            push_mode(lx, MODE_BRACE);
            k = TK_OBRACE;
            break;
        case '}': {
            ModeFrame *f = top(lx);
            if (f && f->mode == MODE_INTERP) goto general; /* the end of an interpolation */
            if (f && f->mode == MODE_BRACE) lx->modes.len--;
            k = TK_CBRACE;
            break;
        }
        case '#': {
            const unsigned char *nl = memchr(s + p, '\n', len - p);
            uint32_t e = nl ? (uint32_t)(nl - s) : len;
            if (e > p && e < len && s[e - 1] == '\r') e--;
            PUT(TK_COMMENT, p, e);
            p = e;
            continue;
        }
        case '"': {
            /* a string without escapes, interpolations or line breaks is
             * made here whole, as lex_quoted would make it */
            uint32_t q = p + 1;
            while (!quoted_stop[s[q]]) q++;
            if (s[q] == '"') {
                PUT(TK_OQUOTE, p, p + 1);
                if (q > p + 1) PUT(TK_QUOTED_LIT, p + 1, q);
                PUT(TK_CQUOTE, q, q + 1);
                p = q + 1;
                continue;
            }
            goto general;
        }
        default:
            if (char_class[c] == CC_DIGIT) {
                uint32_t q = p + number_len(lx, p);
                PUT(TK_NUMBER, p, q);
                p = q;
                continue;
            }
        general:
            /* the rest: lex_expr, with the list and position handed back */
            out->len = nt;
            lx->pos = p;
            lex_expr(lx);
            p = lx->pos;
            tk = out->data;
            cap = out->cap;
            if (out->len == nt) continue;
            nt = out->len;
            k = (TokenKind)tk[nt - 1].kind;
            if (k == TK_OQUOTE || k == TK_OHEREDOC || k == TK_TEMPLATE_SEQ_END) goto done;
            continue;
        }
        PUT(k, p, p + n);
        p += n;
    }
#undef PUT
done:
    out->len = nt;
    lx->pos = p;
}

void hcl_lex(const SourceFile *src, TokenList *out, DiagList *diags) {
    Lexer lx;
    memset(&lx, 0, sizeof lx);
    lx.src = src;
    lx.s = (const unsigned char *)src->text;
    lx.len = src->len;
    lx.pos = src->bom;
    lx.out = out;
    lx.diags = diags;
    out->len = 0;
    /* Most tokens are a few bytes long; start near the final size. */
    uint32_t guess = src->len / 4 + 16;
    if (out->cap < guess) vec_grow_((void **)&out->data, &out->cap, sizeof(Token), guess);

    while (lx.pos < lx.len) {
        ModeFrame *f = lx.modes.len ? &lx.modes.data[lx.modes.len - 1] : NULL;
        if (f && f->mode == MODE_QUOTED) lex_quoted(&lx);
        else if (f && f->mode == MODE_HEREDOC) lex_heredoc(&lx, f);
        else lex_expr_run(&lx);
    }
    emit(&lx, TK_EOF, lx.len, lx.len, 0);
    vec_free(&lx.modes);
}
