/* string.c - Terraform's string functions (see string.def for their signatures).
 *
 * Lengths and offsets count grapheme clusters and case mapping is Unicode's,
 * as cty does.  format and formatlist run cty's verb scanner with Go's
 * big.Int / big.Float formatting; regex, regexall and replace take Go's RE2
 * syntax, checked with Go's error messages and translated into a PCRE2
 * pattern of the same meaning, and step through matches as Go's regexp does. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "funcs_int.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include <gmp.h>
#include "../number_int.h"
#include <pcre2.h>
#include <utf8proc.h>

#include "../eval_int.h"

static const char whole_number[] = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

/* ---- characters ---------------------------------------------------------------------- */

/* The code point at s[*i], advancing *i; an invalid byte reads as U+FFFD. */
static uint32_t next_cp(const char *s, size_t n, size_t *i) {
    uint32_t cp;
    int k = utf8_decode((const unsigned char *)s + *i, n - *i, &cp);
    if (k <= 0) {
        (*i)++;
        return 0xFFFD;
    }
    *i += (size_t)k;
    return cp;
}

static void put_cp(StrBuf *sb, uint32_t cp) {
    char b[4];
    sb_append(sb, b, (size_t)utf8_encode(cp, b));
}

/* Bytes of the grapheme cluster that starts s[0..n). */
static size_t cluster_len(const char *s, size_t n) {
    size_t i = 0;
    uint32_t prev = next_cp(s, n, &i);
    utf8proc_int32_t state = 0;
    while (i < n) {
        size_t j = i;
        uint32_t cp = next_cp(s, n, &j);
        if (utf8proc_grapheme_break_stateful((utf8proc_int32_t)prev, (utf8proc_int32_t)cp, &state)) break;
        prev = cp;
        i = j;
    }
    return i;
}

static size_t cluster_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i += cluster_len(s + i, n - i)) count++;
    return count;
}

/* Go's unicode.IsSpace. */
static bool go_is_space(uint32_t c) {
    switch (c) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    }
    return c >= 0x2000 && c <= 0x200A;
}

static bool go_is_letter(uint32_t c) {
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static bool go_is_digit(uint32_t c) { return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND; }

/* strconv.IsPrint: letters, marks, numbers, punctuation, symbols and ' '. */
static bool go_is_print(uint32_t c) {
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return c == ' ' || (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_SO);
}

/* One code point as Go's %q writes it inside quotes q. */
static void go_quote_cp(StrBuf *sb, uint32_t c, char q) {
    static const char esc[] = "abtnvfr";
    if (c == (uint32_t)q || c == '\\') sb_printf(sb, "\\%c", (char)c);
    else if (c >= 7 && c <= 13) sb_printf(sb, "\\%c", esc[c - 7]);
    else if (go_is_print(c)) put_cp(sb, c);
    else if (c < ' ' || c == 0x7F) sb_printf(sb, "\\x%02x", (unsigned)c);
    else if (c < 0x10000) sb_printf(sb, "\\u%04x", (unsigned)c);
    else sb_printf(sb, "\\U%08x", (unsigned)c);
}

/* Go's %q of a string (strconv.Quote). */
static const char *go_quote(Arena *a, const char *s, size_t n) {
    StrBuf sb = {0};
    sb_putc(&sb, '"');
    for (size_t i = 0; i < n;) go_quote_cp(&sb, next_cp(s, n, &i), '"');
    sb_putc(&sb, '"');
    char *out = arena_strndup(a, sb.data, sb.len);
    sb_free(&sb);
    return out;
}

/* A string as Go's encoding/json writes it (HTML characters escaped). */
static void json_string(StrBuf *sb, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    sb_putc(sb, '"');
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        if (b >= 0x80) {
            size_t j = i;
            uint32_t cp = next_cp(s, n, &j);
            if (cp == 0x2028 || cp == 0x2029) sb_printf(sb, "\\u%04x", (unsigned)cp);
            else if (cp == 0xFFFD && j == i + 1) sb_puts(sb, "\\ufffd");
            else sb_append(sb, s + i, j - i);
            i = j;
            continue;
        }
        i++;
        switch (b) {
        case '\\': case '"': sb_putc(sb, '\\'); sb_putc(sb, (char)b); break;
        case '\b': sb_puts(sb, "\\b"); break;
        case '\f': sb_puts(sb, "\\f"); break;
        case '\n': sb_puts(sb, "\\n"); break;
        case '\r': sb_puts(sb, "\\r"); break;
        case '\t': sb_puts(sb, "\\t"); break;
        default:
            if (b < 0x20 || b == '<' || b == '>' || b == '&') {
                sb_puts(sb, "\\u00");
                sb_putc(sb, hex[b >> 4]);
                sb_putc(sb, hex[b & 15]);
            } else {
                sb_putc(sb, (char)b);
            }
        }
    }
    sb_putc(sb, '"');
}

/* The string built in sb as a value (NFC-normalised, as cty.StringVal does); frees sb. */
static Value *take_string(FuncCall *fc, StrBuf *sb) {
    Value *v = val_string(fc->a, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return v;
}

/* ---- simple string functions ---------------------------------------------------------------- */

Value *fn_chomp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *s = arg_str(args[0]);
    size_t n = args[0]->len;
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
    return val_string(fc->a, s, n);
}

Value *fn_endswith(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const Value *s = args[0], *x = args[1];
    return val_bool(fc->a, x->len <= s->len && memcmp(arg_str(s) + s->len - x->len, arg_str(x), x->len) == 0);
}

/* str may be unknown: a known prefix can still decide the answer. */
Value *fn_startswith(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const Value *s = args[0], *p = args[1];
    if (p->kind == V_UNKNOWN) return val_unknown(fc->a, &type_bool);
    if (s->kind == V_UNKNOWN) {
        if (p->len == 0) return val_bool(fc->a, true);
        size_t known = s->str ? s->len : 0;
        if (known >= p->len) return val_bool(fc->a, memcmp(s->str, arg_str(p), p->len) == 0);
        if (known && memcmp(s->str, arg_str(p), known) != 0) return val_bool(fc->a, false);
        return val_unknown(fc->a, &type_bool);
    }
    return val_bool(fc->a, p->len <= s->len && memcmp(arg_str(s), arg_str(p), p->len) == 0);
}

static bool contains(const char *s, size_t n, const char *sub, size_t m) {
    if (m == 0) return true;
    for (size_t i = 0; i + m <= n; i++)
        if (s[i] == sub[0] && memcmp(s + i, sub, m) == 0) return true;
    return false;
}

Value *fn_strcontains(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return val_bool(fc->a, contains(arg_str(args[0]), args[0]->len, arg_str(args[1]), args[1]->len));
}

typedef utf8proc_int32_t (*CaseMap)(utf8proc_int32_t);

/* Unicode's simple case mappings, as Go's unicode tables hold them: utf8proc
 * alone maps U+00DF (sharp s) to U+1E9E, which UnicodeData does not. */
static uint32_t case_map(CaseMap f, uint32_t c) { return c == 0xDF ? c : (uint32_t)f((utf8proc_int32_t)c); }

static Value *map_case(FuncCall *fc, const Value *v, CaseMap f) {
    StrBuf sb = {0};
    const char *s = arg_str(v);
    for (size_t i = 0; i < v->len;) put_cp(&sb, case_map(f, next_cp(s, v->len, &i)));
    return take_string(fc, &sb);
}

Value *fn_lower(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return map_case(fc, args[0], utf8proc_tolower);
}

Value *fn_upper(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return map_case(fc, args[0], utf8proc_toupper);
}

/* strings.Title: a letter after a separator (space, or ASCII that is not
 * alphanumeric or '_') becomes title case. */
static bool title_separator(uint32_t c) {
    if (c <= 0x7F) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_');
    if (go_is_letter(c) || go_is_digit(c)) return false;
    return go_is_space(c);
}

Value *fn_title(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    StrBuf sb = {0};
    const char *s = arg_str(args[0]);
    uint32_t prev = ' ';
    for (size_t i = 0; i < args[0]->len;) {
        uint32_t c = next_cp(s, args[0]->len, &i);
        put_cp(&sb, title_separator(prev) ? case_map(utf8proc_totitle, c) : c);
        prev = c;
    }
    return take_string(fc, &sb);
}

/* Is code point c one of the code points of set? */
static bool in_cutset(uint32_t c, const char *set, size_t n) {
    for (size_t i = 0; i < n;)
        if (next_cp(set, n, &i) == c) return true;
    return false;
}

/* Go's strings.Trim: leading and trailing code points found in cutset. */
Value *fn_trim(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *s = arg_str(args[0]), *cut = arg_str(args[1]);
    size_t n = args[0]->len, m = args[1]->len, start = 0, end = n;
    while (start < end) {
        size_t j = start;
        if (!in_cutset(next_cp(s, n, &j), cut, m)) break;
        start = j;
    }
    while (end > start) {
        size_t k = end - 1;
        while (k > start && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
        size_t j = k;
        if (!in_cutset(next_cp(s, end, &j), cut, m)) break;
        end = k;
    }
    return val_string(fc->a, s + start, end - start);
}

Value *fn_trimprefix(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const Value *s = args[0], *p = args[1];
    if (p->len <= s->len && memcmp(arg_str(s), arg_str(p), p->len) == 0)
        return val_string(fc->a, arg_str(s) + p->len, s->len - p->len);
    return args[0];
}

Value *fn_trimsuffix(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const Value *s = args[0], *x = args[1];
    if (x->len <= s->len && memcmp(arg_str(s) + s->len - x->len, arg_str(x), x->len) == 0)
        return val_string(fc->a, arg_str(s), s->len - x->len);
    return args[0];
}

Value *fn_trimspace(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *s = arg_str(args[0]);
    size_t n = args[0]->len, start = 0, end = n;
    while (start < end) {
        size_t j = start;
        if (!go_is_space(next_cp(s, n, &j))) break;
        start = j;
    }
    while (end > start) {
        size_t k = end - 1;
        while (k > start && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
        size_t j = k;
        if (!go_is_space(next_cp(s, end, &j))) break;
        end = k;
    }
    return val_string(fc->a, s + start, end - start);
}

Value *fn_indent(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    int64_t spaces;
    if (!num_to_i64(args[0], &spaces)) return func_fail(fc, "%s", whole_number);
    if (spaces < 0) return func_fail(fc, "panic in function implementation: strings: negative Repeat count");
    const char *s = arg_str(args[1]);
    size_t n = args[1]->len, lines = 0;
    for (size_t i = 0; i < n; i++) lines += s[i] == '\n';
    if (lines && (uint64_t)spaces > (SIZE_MAX - n) / lines) return func_fail(fc, "indented string is too large");
    StrBuf sb = {0};
    for (size_t i = 0; i < n; i++) {
        sb_putc(&sb, s[i]);
        if (s[i] == '\n')
            for (int64_t k = 0; k < spaces; k++) sb_putc(&sb, ' ');
    }
    return take_string(fc, &sb);
}

Value *fn_join(FuncCall *fc, Value **args, uint32_t nargs) {
    if (nargs < 2) return func_fail(fc, "at least one list is required");
    const Value *sep = args[0];
    StrBuf sb = {0};
    bool first = true;
    for (uint32_t li = 1; li < nargs; li++) {
        const Value *list = args[li];
        for (uint32_t ei = 0; ei < list->count; ei++) {
            const Value *e = list->items[ei];
            if (e->kind == V_NULL) {
                sb_free(&sb);
                if (nargs > 2)
                    return func_arg_error(fc, (int)li, "element %u of list %u is null; cannot concatenate null values",
                                          ei, li);
                return func_arg_error(fc, (int)li, "element %u is null; cannot concatenate null values", ei);
            }
            if (!first) sb_append(&sb, arg_str(sep), sep->len);
            sb_append(&sb, arg_str(e), e->len);
            first = false;
        }
    }
    return take_string(fc, &sb);
}

/* Go's strings.Split; an empty separator splits into code points. */
Value *fn_split(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *sep = arg_str(args[0]), *s = arg_str(args[1]);
    size_t m = args[0]->len, n = args[1]->len;
    Vec(Value *) parts = {0};
    if (m == 0) {
        for (size_t i = 0; i < n;) {
            size_t j = i;
            next_cp(s, n, &j);
            vec_push(&parts, val_string(fc->a, s + i, j - i));
            i = j;
        }
    } else {
        size_t start = 0;
        for (size_t i = 0; i + m <= n;) {
            if (memcmp(s + i, sep, m) == 0) {
                vec_push(&parts, val_string(fc->a, s + start, i - start));
                i += m;
                start = i;
            } else {
                i++;
            }
        }
        vec_push(&parts, val_string(fc->a, s + start, n - start));
    }
    Value *r = val_list(fc->a, &type_string, parts.data, parts.len);
    vec_free(&parts);
    return r;
}

Value *fn_strrev(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *s = arg_str(args[0]);
    size_t n = args[0]->len;
    char *out = mem_alloc(n + 1);
    for (size_t i = 0; i < n;) {
        size_t d = cluster_len(s + i, n - i);
        memcpy(out + n - i - d, s + i, d);
        i += d;
    }
    Value *r = val_string(fc->a, out, n);
    mem_free(out);
    return r;
}

/* Offsets and lengths in grapheme clusters; a negative offset counts from
 * the end and a negative length takes the rest, as cty's substr. */
Value *fn_substr(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *s = arg_str(args[0]);
    size_t n = args[0]->len;
    int64_t offset, length;
    if (!num_to_i64(args[1], &offset) || !num_to_i64(args[2], &length)) return func_fail(fc, "%s", whole_number);
    if (offset < 0) offset += (int64_t)cluster_count(s, n);
    else if (length == 0) return val_string_raw(fc->a, "", 0);
    size_t i = 0;
    if (offset > 0) {
        int64_t pos = 0;
        while (i < n) {
            i += cluster_len(s + i, n - i);
            if (++pos == offset) break;
            if (i >= n) return val_string_raw(fc->a, "", 0);
        }
    }
    if (length < 0) return val_string(fc->a, s + i, n - i);
    size_t j = i;
    int64_t pos = 0;
    while (j < n) {
        j += cluster_len(s + j, n - j);
        if (++pos == length) break;
    }
    return val_string(fc->a, s + i, j - i);
}

/* ---- format: Go's number formatting --------------------------------------------------------- */

/* A decimal as Go's math/big keeps it: digits without trailing zeros (none
 * for zero), value 0.DIGITS x 10^exp. */
typedef struct Dec {
    char *mant;
    size_t len;
    long exp;
} Dec;

static void dec_trim(Dec *d) {
    while (d->len && d->mant[d->len - 1] == '0') d->len--;
    if (!d->len) d->exp = 0;
}

static char dec_at(const Dec *d, long i) { return i >= 0 && (size_t)i < d->len ? d->mant[i] : '0'; }

/* The exact decimal of m x 2^e (Go's decimal.init). */
static void dec_exact(Arena *a, const mpz_t m, long e, Dec *d) {
    mpz_t t;
    mpz_init_set(t, m);
    long shift = 0;
    if (e >= 0) {
        mpz_mul_2exp(t, t, (mp_bitcnt_t)e);
    } else {
        mpz_t p5;
        mpz_init(p5);
        mpz_ui_pow_ui(p5, 5, (unsigned long)-e);
        mpz_mul(t, t, p5);
        mpz_clear(p5);
        shift = e;
    }
    d->len = 0;
    d->exp = 0;
    if (mpz_sgn(t) != 0) {
        d->mant = ARENA_ARRAY(a, char, mpz_sizeinbase(t, 10) + 2);
        mpz_get_str(d->mant, 10, t);
        d->len = strlen(d->mant);
        d->exp = (long)d->len + shift;
        dec_trim(d);
    }
    mpz_clear(t);
}

static void dec_round_down(Dec *d, size_t n) {
    if (n >= d->len) return;
    d->len = n;
    dec_trim(d);
}

static void dec_round_up(Dec *d, size_t n) {
    if (n >= d->len) return;
    while (n > 0 && d->mant[n - 1] >= '9') n--;
    if (n == 0) {
        d->mant[0] = '1';
        d->len = 1;
        d->exp++;
        return;
    }
    d->mant[n - 1]++;
    d->len = n;
}

/* Go's decimal.round: to n digits, ties (an exact 5) to even. */
static void dec_round_n(Dec *d, size_t n) {
    if (n >= d->len) return;
    bool up = d->mant[n] == '5' && n + 1 == d->len ? n > 0 && (d->mant[n - 1] - '0') % 2 == 1 : d->mant[n] >= '5';
    if (up) dec_round_up(d, n);
    else dec_round_down(d, n);
}

/* The shortest digits that read back to v at its precision, found as Go's
 * big.Float does (roundShortest: half an ulp either side, the upper ulp). */
static void dec_shortest(Arena *a, const Value *v, Dec *d) {
    mpfr_srcptr x = v->num->x;
    d->len = 0;
    d->exp = 0;
    if (mpfr_zero_p(x) || !mpfr_number_p(x)) return;
    mpz_t m, t;
    mpz_init(m);
    mpz_init(t);
    long e = (long)mpfr_get_z_2exp(m, x);
    mpz_abs(m, m);
    dec_exact(a, m, e, d);
    /* m has prec bits; 2m - 1 and 2m + 1 at 2^(e-1) are x -/+ half an ulp */
    Dec lower, upper;
    mpz_mul_2exp(m, m, 1);
    mpz_sub_ui(t, m, 1);
    dec_exact(a, t, e - 1, &lower);
    mpz_add_ui(t, m, 1);
    dec_exact(a, t, e - 1, &upper);
    bool inclusive = mpz_tstbit(m, 1) == 0;
    mpz_clear(t);
    mpz_clear(m);
    for (size_t i = 0; i < d->len; i++) {
        char l = dec_at(&lower, (long)i), u = dec_at(&upper, (long)i), c = d->mant[i];
        bool okdown = l != c || (inclusive && i + 1 == lower.len);
        bool okup = c != u && (inclusive || c + 1 < u || i + 1 < upper.len);
        if (okdown && okup) {
            dec_round_n(d, i + 1);
            return;
        }
        if (okdown) {
            dec_round_down(d, i + 1);
            return;
        }
        if (okup) {
            dec_round_up(d, i + 1);
            return;
        }
    }
}

/* Decimal exponent of x != 0: 10^(e-1) <= |x| < 10^e. */
static long dec_exp10(mpfr_srcptr x) {
    mpfr_exp_t e;
    char *s = mpfr_get_str(NULL, &e, 10, 2, x, MPFR_RNDZ);
    mpfr_free_str(s);
    return (long)e;
}

/* x rounded to n significant digits, ties to even on the exact value (Go's
 * decimal.round); n <= 0 rounds at the digit before the first one. */
static void dec_round(Arena *a, mpfr_srcptr x, long n, Dec *d) {
    d->len = 0;
    d->exp = 0;
    if (mpfr_zero_p(x)) return;
    if (n <= 0) {
        if (n < 0) return;
        /* rounds up only when more than half: "5" exactly goes down */
        mpfr_exp_t ez, ea;
        char *z = mpfr_get_str(NULL, &ez, 10, 1, x, MPFR_RNDZ);
        char *u = mpfr_get_str(NULL, &ea, 10, 1, x, MPFR_RNDA);
        const char *zd = z + (z[0] == '-');
        bool exact = ez == ea && strcmp(z, u) == 0;
        bool up = zd[0] > '5' || (zd[0] == '5' && !exact);
        mpfr_free_str(z);
        mpfr_free_str(u);
        if (up) {
            d->mant = arena_strndup(a, "1", 1);
            d->len = 1;
            d->exp = (long)ez + 1;
        }
        return;
    }
    mpfr_exp_t e;
    char *s = mpfr_get_str(NULL, &e, 10, (size_t)n, x, MPFR_RNDN);
    const char *digits = s + (s[0] == '-');
    d->len = strlen(digits);
    d->mant = arena_strndup(a, digits, d->len);
    d->exp = (long)e;
    mpfr_free_str(s);
    dec_trim(d);
}

/* %e: d.ddddde±dd */
static void fmt_e(StrBuf *sb, char fmt, long prec, const Dec *d) {
    sb_putc(sb, d->len ? d->mant[0] : '0');
    if (prec > 0) {
        sb_putc(sb, '.');
        for (long i = 1; i <= prec; i++) sb_putc(sb, dec_at(d, i));
    }
    sb_putc(sb, fmt);
    long exp = d->len ? d->exp - 1 : 0;
    sb_printf(sb, "%c%02ld", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* %f: ddddddd.ddddd */
static void fmt_f(StrBuf *sb, long prec, const Dec *d) {
    if (d->exp > 0)
        for (long i = 0; i < d->exp; i++) sb_putc(sb, dec_at(d, i));
    else
        sb_putc(sb, '0');
    if (prec > 0) {
        sb_putc(sb, '.');
        for (long i = 0; i < prec; i++) sb_putc(sb, dec_at(d, d->exp + i));
    }
}

/* big.Float.Append for 'e', 'E', 'f', 'g', 'G' of |v| (v finite); prec < 0
 * means the shortest representation. */
static void float_text(Arena *a, StrBuf *sb, const Value *v, char fmt, long prec) {
    mpfr_srcptr x = v->num->x;
    Dec d;
    bool shortest = prec < 0;
    if (shortest) {
        dec_shortest(a, v, &d);
        long frac = (long)d.len - d.exp;
        prec = fmt == 'e' || fmt == 'E' ? (long)d.len - 1 : fmt == 'f' ? (frac > 0 ? frac : 0) : (long)d.len;
    } else if (fmt == 'e' || fmt == 'E') {
        dec_round(a, x, 1 + prec, &d);
    } else if (fmt == 'f') {
        dec_round(a, x, mpfr_zero_p(x) ? 1 : dec_exp10(x) + prec, &d);
    } else {
        if (prec == 0) prec = 1;
        dec_round(a, x, prec, &d);
    }
    if (fmt == 'e' || fmt == 'E') {
        fmt_e(sb, fmt, prec, &d);
        return;
    }
    if (fmt == 'f') {
        fmt_f(sb, prec, &d);
        return;
    }
    long eprec = prec;
    if (eprec > (long)d.len && (long)d.len >= d.exp) eprec = (long)d.len;
    if (shortest) eprec = 6;
    long exp = d.exp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > (long)d.len) prec = (long)d.len;
        fmt_e(sb, fmt == 'g' ? 'e' : 'E', prec - 1, &d);
        return;
    }
    if (prec > d.exp) prec = (long)d.len;
    fmt_f(sb, prec - d.exp > 0 ? prec - d.exp : 0, &d);
}

typedef struct Verb {
    const char *raw;          /* the verb as written, "%-5.2f" */
    size_t raw_len;
    size_t offset;            /* where it starts in the format string */
    long argnum;              /* 1-based */
    char mode;
    bool zero, sharp, plus, minus, space;
    bool has_width, has_prec;
    long width, prec;
    bool go_overflow;         /* a width or precision Go's fmt refuses (parsenum's tooLarge) */
} Verb;

static void repeat_char(StrBuf *sb, char c, long n) {
    for (long i = 0; i < n; i++) sb_putc(sb, c);
}

/* big.Float.Format: sign, then padding by the flags as Go applies them. */
static void format_float(Arena *a, StrBuf *out, const Verb *vb, const Value *v) {
    StrBuf body = {0};
    char sign = 0;
    mpfr_srcptr x = v->num->x;
    bool inf = mpfr_inf_p(x) != 0;
    if (mpfr_signbit(x)) sign = '-';
    if (inf) {
        sb_puts(&body, "Inf");
        if (!sign) sign = vb->space ? ' ' : '+';
    } else {
        char fmt = vb->mode == 'F' ? 'f' : vb->mode;
        float_text(a, &body, v, fmt, vb->has_prec ? vb->prec : (fmt == 'g' || fmt == 'G') ? -1 : 6);
        if (!sign) sign = vb->plus ? '+' : vb->space ? ' ' : 0;
    }
    long len = (long)body.len + (sign != 0), pad = vb->has_width && vb->width > len ? vb->width - len : 0;
    if (vb->zero && !inf) {
        if (sign) sb_putc(out, sign);
        repeat_char(out, '0', pad);
        sb_append(out, body.data, body.len);
    } else if (vb->minus) {
        if (sign) sb_putc(out, sign);
        sb_append(out, body.data, body.len);
        repeat_char(out, ' ', pad);
    } else {
        repeat_char(out, ' ', pad);
        if (sign) sb_putc(out, sign);
        sb_append(out, body.data, body.len);
    }
    sb_free(&body);
}

/* big.Int.Format for 'b', 'd', 'o', 'x', 'X'. */
static void format_int(StrBuf *out, const Verb *vb, const mpz_t z) {
    int base = vb->mode == 'b' ? 2 : vb->mode == 'o' ? 8 : vb->mode == 'd' ? 10 : 16;
    const char *sign = mpz_sgn(z) < 0 ? "-" : vb->plus ? "+" : vb->space ? " " : "";
    const char *prefix = "";
    if (vb->sharp) prefix = base == 2 ? "0b" : base == 8 ? "0" : vb->mode == 'x' ? "0x" : vb->mode == 'X' ? "0X" : "";
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *digits = mem_alloc(cap);
    mpz_get_str(digits, vb->mode == 'X' ? -16 : base, z);
    const char *d = digits[0] == '-' ? digits + 1 : digits;
    long nd = (long)strlen(d), left = 0, zeros = 0, right = 0;
    if (vb->has_prec) {
        if (nd < vb->prec) zeros = vb->prec - nd;
        else if (nd == 1 && d[0] == '0' && vb->prec == 0) {
            mem_free(digits);
            return;
        }
    }
    long length = (long)strlen(sign) + (long)strlen(prefix) + zeros + nd;
    if (vb->has_width && length < vb->width) {
        long pad = vb->width - length;
        if (vb->minus) right = pad;
        else if (vb->zero && !vb->has_prec) zeros = pad;
        else left = pad;
    }
    repeat_char(out, ' ', left);
    sb_puts(out, sign);
    sb_puts(out, prefix);
    repeat_char(out, '0', zeros);
    sb_append(out, d, (size_t)nd);
    repeat_char(out, ' ', right);
    mem_free(digits);
}

/* ---- format: the verbs ------------------------------------------------------------------- */

/* A value as cty's json.Marshal writes it; false for an infinity, which it refuses. */
static bool json_value(Arena *a, StrBuf *sb, const Value *v) {
    switch (v->kind) {
    case V_NULL: sb_puts(sb, "null"); break;
    case V_BOOL: sb_puts(sb, v->boolean ? "true" : "false"); break;
    case V_NUMBER:
        if (num_is_inf(v)) return false;
        sb_puts(sb, num_format(a, v));
        break;
    case V_STRING: json_string(sb, arg_str(v), v->len); break;
    case V_TUPLE: case V_LIST: case V_SET:
        sb_putc(sb, '[');
        for (uint32_t i = 0; i < v->count; i++) {
            if (i) sb_putc(sb, ',');
            if (!json_value(a, sb, v->items[i])) return false;
        }
        sb_putc(sb, ']');
        break;
    case V_OBJECT: case V_MAP:
        sb_putc(sb, '{');
        for (uint32_t i = 0; i < v->count; i++) {
            if (i) sb_putc(sb, ',');
            json_string(sb, v->keys[i], strlen(v->keys[i]));
            sb_putc(sb, ':');
            if (!json_value(a, sb, v->items[i])) return false;
        }
        sb_putc(sb, '}');
        break;
    case V_UNKNOWN: sb_puts(sb, "null"); break;
    }
    return true;
}

/* formatPadWidth: widths count grapheme clusters, '0' pads with zeros. */
static void pad_width(StrBuf *out, const Verb *vb, const char *s, size_t n) {
    long have = vb->has_width ? (long)cluster_count(s, n) : 0;
    long pad = vb->has_width && vb->width > have ? vb->width - have : 0;
    if (!vb->minus) repeat_char(out, vb->zero ? '0' : ' ', pad);
    sb_append(out, s, n);
    if (vb->minus) repeat_char(out, vb->zero ? '0' : ' ', pad);
}

static const char *verb_error(Arena *a, const Verb *vb, const char *why) {
    return arena_printf(a, "unsupported value for %s at %zu: %s", go_quote(a, vb->raw, vb->raw_len), vb->offset, why);
}

/* Converts arg for a verb; on failure returns NULL with *err set. */
static Value *verb_convert(Arena *a, const Verb *vb, Value *arg, const Type *t, const char **err) {
    const char *why = NULL;
    const Value *where = NULL;
    Value *c = val_convert(a, arg, t, &why, &where);
    if (!c) *err = verb_error(a, vb, why ? why : "invalid value");
    return c;
}

/* What Go's Sprintf writes when it gives up on the width or precision of a
 * verb: no verb, then the argument as an extra one in its %v form. */
static void go_noverb(Arena *a, StrBuf *out, const Value *n, bool integer) {
    sb_puts(out, "%!(NOVERB)%!(EXTRA ");
    if (integer) {
        sb_puts(out, "*big.Int=");
        Verb d = {.mode = 'd'};
        mpz_t z;
        mpz_init(z);
        mpfr_get_z(z, n->num->x, MPFR_RNDN);
        format_int(out, &d, z);
        mpz_clear(z);
    } else {
        sb_puts(out, "*big.Float=");
        Verb g = {.mode = 'g'};
        format_float(a, out, &g, n);
    }
    sb_putc(out, ')');
}

/* formatAppend: one verb applied to its argument.  Returns an error message or NULL. */
static const char *format_verb(Arena *a, StrBuf *out, const Verb *vb, Value *arg) {
    const char *err = NULL;
    if (vb->mode != 'v' && arg->kind == V_NULL) return verb_error(a, vb, "null value cannot be formatted");
    switch (vb->mode) {
    case 'v':
        if (!vb->sharp && arg->kind == V_STRING) {
            pad_width(out, vb, arg_str(arg), arg->len);
        } else if (!vb->sharp && arg->kind == V_NUMBER) {
            StrBuf t = {0};
            if (num_is_inf(arg)) sb_puts(&t, num_sign(arg) < 0 ? "-Inf" : "+Inf");
            else {
                if (mpfr_signbit(arg->num->x)) sb_putc(&t, '-');
                float_text(a, &t, arg, 'g', -1);
            }
            pad_width(out, vb, t.data, t.len);
            sb_free(&t);
        } else {
            StrBuf t = {0};
            bool ok = json_value(a, &t, arg);
            if (ok) pad_width(out, vb, t.data ? t.data : "", t.len);
            sb_free(&t);
            if (!ok) return verb_error(a, vb, "cannot serialize infinity as JSON");
        }
        return NULL;
    case 't': {
        Value *b = verb_convert(a, vb, arg, &type_bool, &err);
        if (b) sb_puts(out, b->boolean ? "true" : "false");
        return err;
    }
    case 'b': case 'd': case 'o': case 'x': case 'X': {
        Value *n = verb_convert(a, vb, arg, &type_number, &err);
        if (!n) return err;
        if (!num_is_integer(n)) return verb_error(a, vb, "an integer is required");
        if (vb->go_overflow) {
            go_noverb(a, out, n, true);
            return NULL;
        }
        mpz_t z;
        mpz_init(z);
        mpfr_get_z(z, n->num->x, MPFR_RNDN);
        format_int(out, vb, z);
        mpz_clear(z);
        return NULL;
    }
    case 'e': case 'E': case 'f': case 'g': case 'G': {
        Value *n = verb_convert(a, vb, arg, &type_number, &err);
        if (n && vb->go_overflow) go_noverb(a, out, n, false);
        else if (n) format_float(a, out, vb, n);
        return err;
    }
    case 's': case 'q': {
        Value *s = verb_convert(a, vb, arg, &type_string, &err);
        if (!s) return err;
        const char *p = arg_str(s);
        size_t n = s->len;
        if (vb->has_prec && vb->prec > 0) {
            size_t pos = 0;
            for (long i = 0; i < vb->prec && pos < n; i++) pos += cluster_len(p + pos, n - pos);
            n = pos;
        }
        if (vb->mode == 's') {
            pad_width(out, vb, p, n);
        } else {
            StrBuf t = {0};
            json_string(&t, p, n);
            pad_width(out, vb, t.data, t.len);
            sb_free(&t);
        }
        return NULL;
    }
    default: {
        StrBuf q = {0};
        sb_putc(&q, '\'');
        go_quote_cp(&q, (unsigned char)vb->mode, '\'');
        sb_putc(&q, '\'');
        const char *msg = arena_printf(a, "unsupported format verb %.*s in %s at offset %zu", (int)q.len, q.data,
                                       go_quote(a, vb->raw, vb->raw_len), vb->offset);
        sb_free(&q);
        return msg;
    }
    }
}

typedef struct FormatError {
    const char *msg;
    int arg;                  /* argument of the call the error is about, or -1 */
} FormatError;

enum { MAX_WIDTH = 1 << 26 };  /* padding beyond 64 MiB is refused rather than built */

static bool is_flag(char c) { return c == '0' || c == '#' || c == '-' || c == '+' || c == ' '; }
static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static long add_digit(long v, char c) { return v > MAX_WIDTH ? v : v * 10 + (c - '0'); }

/* Go's parsenum: digits stop being a number once the value passes 10^6. */
static bool go_too_large(const char *s, size_t n) {
    long num = 0;
    for (size_t i = 0; i < n && is_digit(s[i]); i++) {
        if (num > 1000000) return true;
        num = num * 10 + (s[i] - '0');
    }
    return false;
}


/* cty's format scanner: text, "%%", and verbs
 *   verb = "%" flags width? ("." digits*)? ("[" n "]")? letter
 * applied to vals[0..n).  Returns false with *err set on failure. */
static bool format_run(Arena *a, const char *f, size_t n, Value **vals, uint32_t nvals, StrBuf *out, FormatError *err) {
    long next_arg = 1, highest = 0;
    err->arg = -1;
    for (size_t i = 0; i < n;) {
        if (f[i] != '%') {
            sb_putc(out, f[i++]);
            continue;
        }
        if (i + 1 < n && f[i + 1] == '%') {
            sb_putc(out, '%');
            i += 2;
            continue;
        }
        Verb vb = {0};
        vb.offset = i;
        vb.argnum = next_arg;
        size_t p = i + 1;
        for (; p < n && is_flag(f[p]); p++) {
            switch (f[p]) {
            case '0': vb.zero = true; break;
            case '#': vb.sharp = true; break;
            case '-': vb.minus = true; break;
            case '+': vb.plus = true; break;
            default: vb.space = true; break;
            }
        }
        if (p < n && f[p] >= '1' && f[p] <= '9') {
            vb.has_width = true;
            vb.go_overflow |= go_too_large(f + p, n - p);
            while (p < n && is_digit(f[p])) vb.width = add_digit(vb.width, f[p++]);
        }
        if (p < n && f[p] == '.') {
            vb.has_prec = true;
            vb.go_overflow |= go_too_large(f + p + 1, n - p - 1);
            for (p++; p < n && is_digit(f[p]); p++) vb.prec = add_digit(vb.prec, f[p]);
        }
        if (p < n && f[p] == '[') {
            p++;
            vb.argnum = 0;
            if (p < n && f[p] >= '1' && f[p] <= '9') {
                while (p < n && is_digit(f[p])) vb.argnum = add_digit(vb.argnum, f[p++]);
                if (p < n && f[p] == ']') p++;
                else if (p < n) goto bad_char;
            } else if (p < n) {
                goto bad_char;
            }
        }
        if (p >= n) {
            err->msg = arena_printf(a, "invalid format string starting at offset %zu", n);
            return false;
        }
        if (!is_letter(f[p])) goto bad_char;
        vb.mode = f[p];
        vb.raw = f + i;
        vb.raw_len = p + 1 - i;
        vb.go_overflow &= strchr("bdoxXeEfgG", vb.mode) != NULL;
        if ((vb.width > MAX_WIDTH || vb.prec > MAX_WIDTH) && !vb.go_overflow) {
            err->msg = arena_printf(a, "width or precision too large for %s", go_quote(a, vb.raw, vb.raw_len));
            return false;
        }
        if (vb.argnum > highest) highest = vb.argnum;
        if (vb.argnum - 1 >= (long)nvals) {
            err->msg = arena_printf(a, "not enough arguments for %s at %zu: need index %ld but have %u total",
                                    go_quote(a, vb.raw, vb.raw_len), vb.offset, vb.argnum, nvals);
            return false;
        }
        err->msg = format_verb(a, out, &vb, vals[vb.argnum - 1]);
        if (err->msg) return false;
        next_arg = vb.argnum + 1;
        i = p + 1;
        continue;
    bad_char: {
        size_t q = p;
        uint32_t c = next_cp(f, n, &q);
        StrBuf sb = {0};
        go_quote_cp(&sb, c, '\'');
        err->msg = arena_printf(a, "unrecognized format character '%.*s' at offset %zu", (int)sb.len, sb.data, p);
        sb_free(&sb);
        return false;
    }
    }
    if (highest < (long)nvals) {
        err->arg = (int)highest + 1;
        err->msg = highest == 0 ? "too many arguments; no verbs in format string"
                                : arena_printf(a, "too many arguments; only %ld used by format string", highest);
        return false;
    }
    return true;
}

/* A null of no particular type (a bare `null`): cty cannot type-check the
 * call, so its result is unknown. */
static bool is_dynamic_null(const Value *v) { return v->kind == V_NULL && (!v->type || v->type->kind == TY_ANY); }

Value *fn_format(FuncCall *fc, Value **args, uint32_t nargs) {
    const Value *f = args[0];
    if (f->kind == V_NULL) return func_arg_error(fc, 0, "argument must not be null");
    if (f->kind == V_UNKNOWN) return val_unknown(fc->a, &type_string);
    for (uint32_t i = 1; i < nargs; i++)
        if (is_dynamic_null(args[i])) return val_unknown(fc->a, &type_string);
    for (uint32_t i = 1; i < nargs; i++) {
        if (!val_is_wholly_known(args[i])) {
            /* the literal text before the first verb is known */
            const char *pct = memchr(arg_str(f), '%', f->len);
            size_t known = pct ? (size_t)(pct - arg_str(f)) : 0;
            return val_unknown_string(fc->a, arg_str(f), known, (uint32_t)known);
        }
    }
    StrBuf sb = {0};
    FormatError err;
    if (!format_run(fc->a, arg_str(f), f->len, args + 1, nargs - 1, &sb, &err)) {
        sb_free(&sb);
        return err.arg >= 0 ? func_arg_error(fc, err.arg, "%s", err.msg) : func_fail(fc, "%s", err.msg);
    }
    return take_string(fc, &sb);
}

/* Element i of a list, set or tuple (sets in cty's order). */
static Value *seq_item(const Value *v, uint32_t i) { return v->items[i]; }

static bool is_seq_type(const Type *t) { return t && (t->kind == TY_LIST || t->kind == TY_SET || t->kind == TY_TUPLE); }

Value *fn_formatlist(FuncCall *fc, Value **args, uint32_t nargs) {
    const Value *f = args[0];
    if (f->kind == V_NULL) return func_arg_error(fc, 0, "argument must not be null");
    const Type *list_of_string = type_list_of(fc->a, &type_string);
    if (f->kind == V_UNKNOWN) return val_unknown(fc->a, list_of_string);
    for (uint32_t i = 1; i < nargs; i++)
        if (is_dynamic_null(args[i])) return val_unknown(fc->a, list_of_string);
    if (nargs == 1) {
        StrBuf sb = {0};
        FormatError err;
        if (!format_run(fc->a, arg_str(f), f->len, NULL, 0, &sb, &err)) {
            sb_free(&sb);
            return func_fail(fc, "%s", err.msg);
        }
        Value *one = take_string(fc, &sb);
        return val_list(fc->a, &type_string, &one, 1);
    }
    uint32_t nv = nargs - 1;
    Value **vals = args + 1;
    long iter_len = -1, chooser = -1;
    bool unknown = false;
    bool *iterate = ARENA_ARRAY(fc->a, bool, nv);
    for (uint32_t i = 0; i < nv; i++) {
        const Value *v = vals[i];
        bool seq = val_is_sequence(v) || (v->kind == V_UNKNOWN && is_seq_type(v->type));
        if (!seq) continue;
        if (v->kind == V_UNKNOWN && v->type->kind != TY_TUPLE) {
            unknown = true;
            continue;
        }
        long len = v->kind == V_UNKNOWN ? (long)v->type->elem_count : (long)v->count;
        if (iter_len == -1) {
            iter_len = len;
            chooser = i;
        } else if (len != iter_len) {
            return func_arg_error(fc, (int)i + 1,
                                  "argument %u has length %ld, which is inconsistent with argument %ld of length %ld",
                                  i + 1, len, chooser + 1, iter_len);
        }
        if (v->kind == V_UNKNOWN) unknown = true;
        else iterate[i] = true;
    }
    if (unknown) return val_unknown(fc->a, list_of_string);
    if (iter_len == 0) return val_list(fc->a, &type_string, NULL, 0);
    if (iter_len == -1) iter_len = 1;
    Value **out = ARENA_ARRAY(fc->a, Value *, (size_t)iter_len);
    Value **fargs = ARENA_ARRAY(fc->a, Value *, nv);
    for (long k = 0; k < iter_len; k++) {
        bool known = true;
        for (uint32_t i = 0; i < nv; i++) {
            fargs[i] = iterate[i] ? seq_item(vals[i], (uint32_t)k) : vals[i];
            if (!val_is_wholly_known(fargs[i])) known = false;
        }
        if (!known) {
            out[k] = val_unknown(fc->a, &type_string);
            continue;
        }
        StrBuf sb = {0};
        FormatError err;
        if (!format_run(fc->a, arg_str(f), f->len, fargs, nv, &sb, &err)) {
            sb_free(&sb);
            return func_fail(fc, "error on format iteration %ld: %s", k, err.msg);
        }
        out[k] = take_string(fc, &sb);
    }
    return val_list(fc->a, &type_string, out, (uint32_t)iter_len);
}

/* ---- regular expressions: Go's RE2 syntax checked and translated to PCRE2 ---------------- */

/* Go's parser flags that change the translation. */
enum { RF_FOLD = 1, RF_MULTILINE = 2, RF_DOTNL = 4, RF_UNGREEDY = 8 };

enum { RI_ATOM, RI_LPAREN, RI_VBAR };

/* An entry of the parse stack, as Go's parser keeps it. */
typedef struct ReItem {
    int kind;
    size_t start;             /* where its translation starts in the output */
    uint64_t need;            /* repeat budget its counted repetitions need (Go's repeatIsValid) */
    bool quantified;          /* ends in a quantifier: wrap before quantifying again */
    int flags;                /* RI_LPAREN: the flags to restore at ')' */
    bool nullable;            /* can match the empty string */
} ReItem;

typedef struct ReParser {
    Arena *a;                 /* where capture names go */
    const char *p;            /* the pattern */
    size_t n;
    StrBuf out;               /* the PCRE2 pattern */
    Vec(ReItem) st;
    uint32_t depth;           /* groups open */
    uint32_t loops;           /* unbounded repetitions of something nullable (see re_repeat) */
    int flags;
    Vec(const char *) names;  /* per capture group: its name, or NULL */
    const char *code;         /* on error: Go's error code text */
    const char *expr;         /* and the offending part of the pattern */
    size_t expr_len;
} ReParser;

static const char ERR_INVALID_CHAR_CLASS_RANGE[] = "invalid character class range";
static const char ERR_INVALID_ESCAPE[] = "invalid escape sequence";
static const char ERR_INVALID_NAMED_CAPTURE[] = "invalid named capture";
static const char ERR_INVALID_PERL_OP[] = "invalid or unsupported Perl syntax";
static const char ERR_INVALID_REPEAT_OP[] = "invalid nested repetition operator";
static const char ERR_INVALID_REPEAT_SIZE[] = "invalid repeat count";
static const char ERR_INVALID_UTF8[] = "invalid UTF-8";
static const char ERR_MISSING_BRACKET[] = "missing closing ]";
static const char ERR_MISSING_PAREN[] = "missing closing )";
static const char ERR_MISSING_REPEAT_ARGUMENT[] = "missing argument to repetition operator";
static const char ERR_TRAILING_BACKSLASH[] = "trailing backslash at end of expression";
static const char ERR_UNEXPECTED_PAREN[] = "unexpected )";
static const char ERR_NESTING_DEPTH[] = "expression nests too deeply";

static bool re_error(ReParser *rp, const char *code, size_t from, size_t to) {
    rp->code = code;
    rp->expr = rp->p + from;
    rp->expr_len = to - from;
    return false;
}

/* Go's nextRune: a code point, or ErrInvalidUTF8 naming the rest. */
static bool re_rune(ReParser *rp, size_t *i, uint32_t *cp) {
    if (*i >= rp->n) {
        *cp = 0xFFFD;
        return true;
    }
    int k = utf8_decode((const unsigned char *)rp->p + *i, rp->n - *i, cp);
    if (k <= 0) return re_error(rp, ERR_INVALID_UTF8, *i, rp->n);
    *i += (size_t)k;
    return true;
}

static bool re_check_utf8(ReParser *rp, size_t from, size_t to) {
    for (size_t i = from; i < to;) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)rp->p + i, to - i, &cp);
        if (k <= 0) return re_error(rp, ERR_INVALID_UTF8, i, rp->n);
        i += (size_t)k;
    }
    return true;
}

/* A code point as PCRE2 reads it literally (surrogates, which no UTF-8
 * text holds, are moved out of the way by the callers). */
static void re_put_cp(StrBuf *sb, uint32_t c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) sb_putc(sb, (char)c);
    else sb_printf(sb, "\\x{%x}", (unsigned)c);
}

static void re_push(ReParser *rp, int kind, size_t start, bool nullable) {
    ReItem it = {kind, start, 0, false, rp->flags, nullable};
    vec_push(&rp->st, it);
}

/* Starts an atom: under (?i) it is wrapped in a caseless group. */
static size_t atom_begin(ReParser *rp) {
    size_t start = rp->out.len;
    if (rp->flags & RF_FOLD) sb_puts(&rp->out, "(?i:");
    return start;
}

static void atom_end(ReParser *rp, size_t start) {
    if (rp->flags & RF_FOLD) sb_putc(&rp->out, ')');
    re_push(rp, RI_ATOM, start, false);
}

static void re_literal(ReParser *rp, uint32_t c) {
    size_t start = atom_begin(rp);
    if (c >= 0xD800 && c <= 0xDFFF) sb_puts(&rp->out, "(?!)");
    else re_put_cp(&rp->out, c);
    atom_end(rp, start);
}

/* An atom written as is: an anchor (which matches empty) or a dot. */
static void re_text(ReParser *rp, const char *text, bool nullable) {
    size_t start = rp->out.len;
    sb_puts(&rp->out, text);
    re_push(rp, RI_ATOM, start, nullable);
}

/* ---- character classes ---- */

typedef struct Range32 {
    uint32_t lo, hi;
} Range32;

/* Go's perl_groups.go and the POSIX classes, all ASCII. */
static const Range32 R_DIGIT[] = {{'0', '9'}};
static const Range32 R_SPACE[] = {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
static const Range32 R_WORD[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
static const Range32 R_ALNUM[] = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
static const Range32 R_ALPHA[] = {{'A', 'Z'}, {'a', 'z'}};
static const Range32 R_ASCII[] = {{0, 0x7F}};
static const Range32 R_BLANK[] = {{'\t', '\t'}, {' ', ' '}};
static const Range32 R_CNTRL[] = {{0, 0x1F}, {0x7F, 0x7F}};
static const Range32 R_GRAPH[] = {{'!', '~'}};
static const Range32 R_LOWER[] = {{'a', 'z'}};
static const Range32 R_PRINT[] = {{' ', '~'}};
static const Range32 R_PUNCT[] = {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};
static const Range32 R_PSPACE[] = {{'\t', '\r'}, {' ', ' '}};
static const Range32 R_UPPER[] = {{'A', 'Z'}};
static const Range32 R_XDIGIT[] = {{'0', '9'}, {'A', 'F'}, {'a', 'f'}};

typedef struct CharGroup {
    const char *name;
    const Range32 *r;
    size_t n;
} CharGroup;

#define GROUP(name, r) {name, r, sizeof r / sizeof r[0]}
static const CharGroup perl_groups[] = {GROUP("d", R_DIGIT), GROUP("s", R_SPACE), GROUP("w", R_WORD)};
static const CharGroup posix_groups[] = {
    GROUP("alnum", R_ALNUM), GROUP("alpha", R_ALPHA), GROUP("ascii", R_ASCII), GROUP("blank", R_BLANK),
    GROUP("cntrl", R_CNTRL), GROUP("digit", R_DIGIT), GROUP("graph", R_GRAPH), GROUP("lower", R_LOWER),
    GROUP("print", R_PRINT), GROUP("punct", R_PUNCT), GROUP("space", R_PSPACE), GROUP("upper", R_UPPER),
    GROUP("word", R_WORD), GROUP("xdigit", R_XDIGIT),
};
#undef GROUP

/* Go's unicode.Categories and unicode.Scripts (Unicode 15), the names \p{} accepts. */
static const char *const unicode_names[] = {
    "Any", "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl",
    "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
    "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah",
    "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal",
    "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform",
    "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan",
    "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic", "Gothic", "Grantha",
    "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran",
    "Hebrew", "Hiragana", "Imperial_Aramaic", "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian",
    "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer",
    "Khojki", "Khudawadi", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian",
    "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin",
    "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro",
    "Multani", "Myanmar", "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu",
    "Nyiakeng_Puachue_Hmong", "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic", "Old_North_Arabian",
    "Old_Permic", "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage",
    "Osmanya", "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang",
    "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian",
    "Sora_Sompeng", "Soyombo", "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le", "Tai_Tham",
    "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta",
    "Toto", "Ugaritic", "Vai", "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
};

static bool unicode_name_known(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof unicode_names / sizeof unicode_names[0]; i++)
        if (strlen(unicode_names[i]) == n && memcmp(unicode_names[i], s, n) == 0) return true;
    return false;
}

/* One range inside a PCRE2 class; surrogate ends are moved past the gap. */
static void class_range(StrBuf *sb, uint32_t lo, uint32_t hi, bool *any) {
    if (lo >= 0xD800 && lo <= 0xDFFF) lo = 0xE000;
    if (hi >= 0xD800 && hi <= 0xDFFF) hi = 0xD7FF;
    if (lo > hi) return;
    re_put_cp(sb, lo);
    if (hi != lo) {
        sb_putc(sb, '-');
        re_put_cp(sb, hi);
    }
    *any = true;
}

static void class_group(StrBuf *sb, const CharGroup *g, bool negated, bool *any) {
    if (!negated) {
        for (size_t i = 0; i < g->n; i++) class_range(sb, g->r[i].lo, g->r[i].hi, any);
        return;
    }
    uint32_t next = 0;
    for (size_t i = 0; i < g->n; i++) {
        if (g->r[i].lo > next) class_range(sb, next, g->r[i].lo - 1, any);
        next = g->r[i].hi + 1;
    }
    class_range(sb, next, 0x10FFFF, any);
}

/* \d \D \s \S \w \W at p[i]: appends its class body and returns true. */
static bool perl_class(ReParser *rp, size_t i, StrBuf *sb, bool *any) {
    if (i + 1 >= rp->n || rp->p[i] != '\\') return false;
    char c = rp->p[i + 1], lc = (char)(c | 0x20);
    for (size_t k = 0; k < sizeof perl_groups / sizeof perl_groups[0]; k++)
        if (perl_groups[k].name[0] == lc && (c == lc || c == (char)(lc - 0x20))) {
            class_group(sb, &perl_groups[k], c != lc, any);
            return true;
        }
    return false;
}

/* \pN, \p{Name}, \PN, \P{^Name} at p[*i] (Go's parseUnicodeClass).
 * Returns 0 when there is none, 1 when appended, -1 on error. */
static int unicode_class(ReParser *rp, size_t *i, StrBuf *sb, bool *any) {
    size_t s = *i;
    if (s + 1 >= rp->n || rp->p[s] != '\\' || (rp->p[s + 1] != 'p' && rp->p[s + 1] != 'P')) return 0;
    bool neg = rp->p[s + 1] == 'P';
    size_t t = s + 2, name, name_end, seq_end;
    uint32_t c;
    if (!re_rune(rp, &t, &c)) return -1;
    if (c != '{') {
        name = s + 2;
        name_end = seq_end = t;
    } else {
        const char *close = memchr(rp->p + s, '}', rp->n - s);
        if (!close) {
            if (!re_check_utf8(rp, s, rp->n)) return -1;
            re_error(rp, ERR_INVALID_CHAR_CLASS_RANGE, s, rp->n);
            return -1;
        }
        name_end = (size_t)(close - rp->p);
        seq_end = name_end + 1;
        name = s + 3;
        if (!re_check_utf8(rp, name, name_end)) return -1;
    }
    if (name < name_end && rp->p[name] == '^') {
        neg = !neg;
        name++;
    }
    if (!unicode_name_known(rp->p + name, name_end - name)) {
        re_error(rp, ERR_INVALID_CHAR_CLASS_RANGE, s, seq_end);
        return -1;
    }
    sb_printf(sb, "\\%c{%.*s}", neg ? 'P' : 'p', (int)(name_end - name), rp->p + name);
    *any = true;
    *i = seq_end;
    return 1;
}

static int unhex(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static bool is_alnum(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Go's parseEscape: the code point an escape at p[*i] (a backslash) stands for. */
static bool parse_escape(ReParser *rp, size_t *i, uint32_t *out) {
    size_t s = *i, t = s + 1;
    if (t >= rp->n) return re_error(rp, ERR_TRAILING_BACKSLASH, s, s);
    uint32_t c;
    if (!re_rune(rp, &t, &c)) return false;
    switch (c) {
    case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        /* a single digit would be a backreference, which RE2 lacks */
        if (t >= rp->n || rp->p[t] < '0' || rp->p[t] > '7') break;
        /* fall through */
    case '0': {
        uint32_t r = c - '0';
        for (int k = 1; k < 3 && t < rp->n && rp->p[t] >= '0' && rp->p[t] <= '7'; k++)
            r = r * 8 + (uint32_t)(rp->p[t++] - '0');
        *out = r;
        *i = t;
        return true;
    }
    case 'x': {
        if (t >= rp->n) break;
        if (!re_rune(rp, &t, &c)) return false;
        if (c == '{') {
            uint32_t r = 0;
            int nhex = 0;
            for (;;) {
                if (t >= rp->n) return re_error(rp, ERR_INVALID_ESCAPE, s, t);
                if (!re_rune(rp, &t, &c)) return false;
                if (c == '}') break;
                int v = unhex(c);
                if (v < 0) return re_error(rp, ERR_INVALID_ESCAPE, s, t);
                r = r * 16 + (uint32_t)v;
                if (r > 0x10FFFF) return re_error(rp, ERR_INVALID_ESCAPE, s, t);
                nhex++;
            }
            if (!nhex) return re_error(rp, ERR_INVALID_ESCAPE, s, t);
            *out = r;
            *i = t;
            return true;
        }
        int x = unhex(c);
        if (!re_rune(rp, &t, &c)) return false;
        int y = unhex(c);
        if (x < 0 || y < 0) break;
        *out = (uint32_t)(x * 16 + y);
        *i = t;
        return true;
    }
    case 'a': *out = '\a'; *i = t; return true;
    case 'f': *out = '\f'; *i = t; return true;
    case 'n': *out = '\n'; *i = t; return true;
    case 'r': *out = '\r'; *i = t; return true;
    case 't': *out = '\t'; *i = t; return true;
    case 'v': *out = '\v'; *i = t; return true;
    default:
        if (c < 0x80 && !is_alnum(c)) {
            *out = c;
            *i = t;
            return true;
        }
    }
    return re_error(rp, ERR_INVALID_ESCAPE, s, t);
}

/* A class character: an escape or a code point (Go's parseClassChar). */
static bool class_char(ReParser *rp, size_t *i, size_t whole, uint32_t *out) {
    if (*i >= rp->n) return re_error(rp, ERR_MISSING_BRACKET, whole, rp->n);
    if (rp->p[*i] == '\\') return parse_escape(rp, i, out);
    return re_rune(rp, i, out);
}

/* class = "[" "^"? item+ "]"  (Go's parseClass) */
static bool parse_class(ReParser *rp, size_t *ip) {
    size_t s = *ip, t = s + 1;
    StrBuf body = {0};
    bool neg = false, any = false, ok = false;
    if (t < rp->n && rp->p[t] == '^') {
        neg = true;
        t++;
    }
    for (bool first = true; t >= rp->n || rp->p[t] != ']' || first; first = false) {
        if (t + 2 < rp->n && rp->p[t] == '[' && rp->p[t + 1] == ':') {
            const char *close = NULL;
            for (size_t k = t + 2; k + 1 < rp->n; k++)
                if (rp->p[k] == ':' && rp->p[k + 1] == ']') {
                    close = rp->p + k;
                    break;
                }
            if (close) {
                size_t end = (size_t)(close - rp->p) + 2;
                const char *nm = rp->p + t + 2;
                size_t nl = (size_t)(close - nm);
                bool gneg = nl && nm[0] == '^';
                const CharGroup *g = NULL;
                for (size_t k = 0; k < sizeof posix_groups / sizeof posix_groups[0]; k++) {
                    const char *gname = posix_groups[k].name;
                    if (strlen(gname) == nl - gneg && memcmp(gname, nm + gneg, nl - gneg) == 0) g = &posix_groups[k];
                }
                if (!g) {
                    re_error(rp, ERR_INVALID_CHAR_CLASS_RANGE, t, end);
                    goto done;
                }
                class_group(&body, g, gneg, &any);
                t = end;
                continue;
            }
        }
        int u = unicode_class(rp, &t, &body, &any);
        if (u < 0) goto done;
        if (u > 0) continue;
        if (perl_class(rp, t, &body, &any)) {
            t += 2;
            continue;
        }
        size_t rng = t;
        uint32_t lo, hi;
        if (!class_char(rp, &t, s, &lo)) goto done;
        hi = lo;
        if (t + 1 < rp->n && rp->p[t] == '-' && rp->p[t + 1] != ']') {
            t++;
            if (!class_char(rp, &t, s, &hi)) goto done;
            if (hi < lo) {
                re_error(rp, ERR_INVALID_CHAR_CLASS_RANGE, rng, t);
                goto done;
            }
        }
        class_range(&body, lo, hi, &any);
    }
    t++;
    size_t start = atom_begin(rp);
    if (any) {
        sb_puts(&rp->out, neg ? "[^" : "[");
        sb_append(&rp->out, body.data, body.len);
        sb_putc(&rp->out, ']');
    } else {
        sb_puts(&rp->out, neg ? "(?s:.)" : "(?!)");
    }
    atom_end(rp, start);
    *ip = t;
    ok = true;
done:
    sb_free(&body);
    return ok;
}

/* ---- groups, repetition ---- */

enum { MAX_REPEAT = 1000, MAX_DEPTH = 1000 };

static uint64_t need_cap(uint64_t v) { return v > 1000000000u ? 1000000000u : v; }

/* Applies a repetition operator p[before..after) to the top of the stack. */
static bool re_repeat(ReParser *rp, char op, long min, long max, size_t before, size_t *after, long last_repeat) {
    bool lazy = (rp->flags & RF_UNGREEDY) != 0;
    if (*after < rp->n && rp->p[*after] == '?') {
        (*after)++;
        lazy = !lazy;
    }
    if (last_repeat >= 0) return re_error(rp, ERR_INVALID_REPEAT_OP, (size_t)last_repeat, *after);
    if (!rp->st.len || vec_last(&rp->st).kind != RI_ATOM)
        return re_error(rp, ERR_MISSING_REPEAT_ARGUMENT, before, *after);
    ReItem *it = &vec_last(&rp->st);
    StrBuf *o = &rp->out;
    if ((op == '*' || op == '+' || (op == '{' && max < 0)) && it->nullable) {
        /* Go's matcher drops an iteration that ends where it began (its
         * threads meet a visited instruction), unless it is the first;
         * PCRE2 keeps one.  Hidden groups mark where the loop and each
         * iteration start, and a callout refuses the empty later ones. */
        char head[64];
        int hn = snprintf(head, sizeof head, "(?<he%u>)(?:(?<hs%u>)", rp->loops, rp->loops);
        size_t body = o->len - it->start;
        sb_append(o, head, (size_t)hn);
        memmove(o->data + it->start + hn, o->data + it->start, body);
        memcpy(o->data + it->start, head, (size_t)hn);
        sb_printf(o, "(?C\"%u\"))", rp->loops);
        rp->loops++;
    } else if (it->quantified) {
        /* (?:x*)* : PCRE2 would read x** as an error or possessive */
        sb_puts(o, "(?:)");
        memmove(o->data + it->start + 3, o->data + it->start, o->len - 4 - it->start);
        memcpy(o->data + it->start, "(?:", 3);
        o->data[o->len - 1] = ')';
    }
    if (op == '*' || op == '?' || (op == '{' && min == 0)) it->nullable = true;
    if (op == '{') {
        if (max == min) sb_printf(&rp->out, "{%ld}", min);
        else if (max < 0) sb_printf(&rp->out, "{%ld,}", min);
        else sb_printf(&rp->out, "{%ld,%ld}", min, max);
        long m = max < 0 ? min : max;
        if (max == 0) it->need = 0;
        else if (m > 0) it->need = need_cap((uint64_t)m * (it->need > 1 ? it->need : 1));
    } else {
        sb_putc(&rp->out, op);
    }
    if (lazy) sb_putc(&rp->out, '?');
    it->quantified = true;
    if (op == '{' && (min >= 2 || max >= 2) && it->need > MAX_REPEAT)
        return re_error(rp, ERR_INVALID_REPEAT_SIZE, before, *after);
    return true;
}

/* Go's parseInt for repeat counts: no leading zeros, -1 when too big. */
static bool repeat_int(const char *p, size_t n, size_t *i, long *v) {
    if (*i >= n || !is_digit(p[*i])) return false;
    if (*i + 1 < n && p[*i] == '0' && is_digit(p[*i + 1])) return false;
    *v = 0;
    for (; *i < n && is_digit(p[*i]); (*i)++) *v = *v < 0 || *v >= 100000000 ? -1 : *v * 10 + (p[*i] - '0');
    return true;
}

/* {min} {min,} {min,max} at p[i]; false when it is not one (a literal '{'). */
static bool parse_repeat(const ReParser *rp, size_t i, long *min, long *max, size_t *after) {
    size_t t = i + 1;
    if (!repeat_int(rp->p, rp->n, &t, min)) return false;
    if (t >= rp->n) return false;
    if (rp->p[t] != ',') {
        *max = *min;
    } else {
        t++;
        if (t >= rp->n) return false;
        if (rp->p[t] == '}') *max = -1;
        else if (!repeat_int(rp->p, rp->n, &t, max)) return false;
        else if (*max < 0) *min = -1;
    }
    if (t >= rp->n || rp->p[t] != '}') return false;
    *after = t + 1;
    return true;
}

static uint64_t items_need(const ReParser *rp, uint32_t from) {
    uint64_t need = 0;
    for (uint32_t k = from; k < rp->st.len; k++)
        if (rp->st.data[k].need > need) need = rp->st.data[k].need;
    return need;
}

static bool valid_capture_name(const char *s, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_' && !is_alnum((unsigned char)s[i])) return false;
    return true;
}

/* Opens a group; ')' restores the flags in force here. */
static bool open_group(ReParser *rp, const char *pcre) {
    if (rp->depth >= MAX_DEPTH) return re_error(rp, ERR_NESTING_DEPTH, 0, rp->n);
    rp->depth++;
    ReItem it = {RI_LPAREN, rp->out.len, 0, false, rp->flags, false};
    vec_push(&rp->st, it);
    sb_puts(&rp->out, pcre);
    return true;
}

/* "(?" : a named group, or flags with or without a group (Go's parsePerlFlags). */
static bool parse_perl_flags(ReParser *rp, size_t *ip) {
    size_t s = *ip, rest = rp->n - s;
    const char *t = rp->p + s;
    bool named_p = rest > 4 && t[2] == 'P' && t[3] == '<', named = rest > 3 && t[2] == '<';
    if (named_p || named) {
        size_t name = s + (named_p ? 4 : 3);
        const char *gt = memchr(t, '>', rest);
        if (!gt) {
            if (!re_check_utf8(rp, s, rp->n)) return false;
            return re_error(rp, ERR_INVALID_NAMED_CAPTURE, s, rp->n);
        }
        size_t end = (size_t)(gt - rp->p);
        if (!re_check_utf8(rp, name, end)) return false;
        if (!valid_capture_name(rp->p + name, end - name)) return re_error(rp, ERR_INVALID_NAMED_CAPTURE, s, end + 1);
        if (!open_group(rp, "(")) return false;
        vec_push(&rp->names, arena_strndup(rp->a, rp->p + name, end - name));
        *ip = end + 1;
        return true;
    }
    size_t i = s + 2;
    int flags = rp->flags, sign = 1;
    bool saw = false;
    while (i < rp->n) {
        uint32_t c;
        if (!re_rune(rp, &i, &c)) return false;
        int bit = c == 'i' ? RF_FOLD : c == 'm' ? RF_MULTILINE : c == 's' ? RF_DOTNL : c == 'U' ? RF_UNGREEDY : 0;
        if (bit) {
            flags = sign > 0 ? flags | bit : flags & ~bit;
            saw = true;
            continue;
        }
        if (c == '-') {
            if (sign < 0) break;
            sign = -1;
            saw = false;
            continue;
        }
        if (c == ':' || c == ')') {
            if (sign < 0 && !saw) break;
            if (c == ':' && !open_group(rp, "(?:")) return false;
            rp->flags = flags;
            *ip = i;
            return true;
        }
        break;
    }
    return re_error(rp, ERR_INVALID_PERL_OP, s, i);
}

static bool close_group(ReParser *rp) {
    uint32_t k = rp->st.len;
    while (k > 0 && rp->st.data[k - 1].kind != RI_LPAREN) k--;
    if (k == 0) return re_error(rp, ERR_UNEXPECTED_PAREN, 0, rp->n);
    ReItem *lp = &rp->st.data[k - 1];
    uint64_t need = items_need(rp, k);
    /* nullable when some alternative holds only nullable atoms */
    bool nullable = false, branch = true;
    for (uint32_t j = k; j < rp->st.len; j++) {
        if (rp->st.data[j].kind == RI_VBAR) {
            nullable |= branch;
            branch = true;
        } else {
            branch &= rp->st.data[j].nullable;
        }
    }
    nullable |= branch;
    size_t start = lp->start;
    rp->flags = lp->flags;
    rp->st.len = k - 1;
    rp->depth--;
    sb_putc(&rp->out, ')');
    ReItem it = {RI_ATOM, start, need, false, rp->flags, nullable};
    vec_push(&rp->st, it);
    return true;
}

/* Go's regexp/syntax.Parse with Perl flags, writing the PCRE2 translation. */
static bool re_parse(ReParser *rp) {
    long last_repeat = -1;
    for (size_t i = 0; i < rp->n;) {
        long repeat = -1;
        char c = rp->p[i];
        switch (c) {
        case '(':
            if (i + 1 < rp->n && rp->p[i + 1] == '?') {
                if (!parse_perl_flags(rp, &i)) return false;
            } else {
                if (!open_group(rp, "(")) return false;
                vec_push(&rp->names, NULL);
                i++;
            }
            break;
        case '|':
            sb_putc(&rp->out, '|');
            re_push(rp, RI_VBAR, rp->out.len, false);
            i++;
            break;
        case ')':
            if (!close_group(rp)) return false;
            i++;
            break;
        case '^':
            re_text(rp, rp->flags & RF_MULTILINE ? "(?m:^)" : "(?:\\A)", true);
            i++;
            break;
        case '$':
            re_text(rp, rp->flags & RF_MULTILINE ? "(?m:$)" : "(?:\\z)", true);
            i++;
            break;
        case '.':
            re_text(rp, rp->flags & RF_DOTNL ? "(?s:.)" : "[^\\n]", false);
            i++;
            break;
        case '[':
            if (!parse_class(rp, &i)) return false;
            break;
        case '*': case '+': case '?': {
            size_t after = i + 1;
            if (!re_repeat(rp, c, 0, 0, i, &after, last_repeat)) return false;
            repeat = (long)i;
            i = after;
            break;
        }
        case '{': {
            long min, max;
            size_t after;
            if (!parse_repeat(rp, i, &min, &max, &after)) {
                re_literal(rp, '{');
                i++;
                break;
            }
            if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max))
                return re_error(rp, ERR_INVALID_REPEAT_SIZE, i, after);
            if (!re_repeat(rp, '{', min, max, i, &after, last_repeat)) return false;
            repeat = (long)i;
            i = after;
            break;
        }
        case '\\': {
            char e = i + 1 < rp->n ? rp->p[i + 1] : 0;
            if (e == 'A' || e == 'b' || e == 'B' || e == 'z') {
                re_text(rp, e == 'A' ? "(?:\\A)" : e == 'b' ? "(?:\\b)" : e == 'B' ? "(?:\\B)" : "(?:\\z)", true);
                i += 2;
                break;
            }
            if (e == 'C') return re_error(rp, ERR_INVALID_ESCAPE, i, i + 2);
            if (e == 'Q') {
                size_t lit = i + 2, end = rp->n, next = rp->n;
                for (size_t k = lit; k + 1 < rp->n; k++)
                    if (rp->p[k] == '\\' && rp->p[k + 1] == 'E') {
                        end = k;
                        next = k + 2;
                        break;
                    }
                while (lit < end) {
                    uint32_t cp;
                    int k = utf8_decode((const unsigned char *)rp->p + lit, end - lit, &cp);
                    if (k <= 0) return re_error(rp, ERR_INVALID_UTF8, lit, end);
                    re_literal(rp, cp);
                    lit += (size_t)k;
                }
                i = next;
                break;
            }
            StrBuf body = {0};
            bool any = false;
            int u = unicode_class(rp, &i, &body, &any);
            if (u == 0 && perl_class(rp, i, &body, &any)) {
                i += 2;
                u = 1;
            }
            if (u < 0) {
                sb_free(&body);
                return false;
            }
            if (u > 0) {
                size_t start = atom_begin(rp);
                if (any) {
                    sb_putc(&rp->out, '[');
                    sb_append(&rp->out, body.data, body.len);
                    sb_putc(&rp->out, ']');
                } else {
                    sb_puts(&rp->out, "(?!)");
                }
                atom_end(rp, start);
                sb_free(&body);
                break;
            }
            sb_free(&body);
            uint32_t cp;
            if (!parse_escape(rp, &i, &cp)) return false;
            re_literal(rp, cp);
            break;
        }
        default: {
            uint32_t cp;
            if (!re_rune(rp, &i, &cp)) return false;
            re_literal(rp, cp);
        }
        }
        last_repeat = repeat;
    }
    if (rp->depth) return re_error(rp, ERR_MISSING_PAREN, 0, rp->n);
    return true;
}

/* ---- regular expressions: compiling and matching ------------------------------------------- */

typedef struct Regex {
    pcre2_general_context *gc;
    pcre2_code *code;
    pcre2_match_data *md;
    pcre2_match_context *mc;
    uint32_t ncap;            /* capture groups */
    const char **names;       /* names[1..ncap]: a group's name or NULL */
    uint32_t named, unnamed;
    uint32_t *group;          /* group[g]: PCRE2's number for group g (hidden groups interleave) */
    uint32_t *loop_entry;     /* per nullable loop: PCRE2 numbers of its hidden groups */
    uint32_t *loop_start;
    uint32_t nloops;
} Regex;

/* Offsets of group g of a match (PCRE2_UNSET when it took no part). */
static PCRE2_SIZE group_start(const Regex *re, const PCRE2_SIZE *ov, uint32_t g) { return ov[2 * re->group[g]]; }
static PCRE2_SIZE group_end(const Regex *re, const PCRE2_SIZE *ov, uint32_t g) { return ov[2 * re->group[g] + 1]; }

/* The callout at the end of an iteration of a nullable loop: an iteration
 * other than the first must not end where it started. */
static int loop_callout(pcre2_callout_block *cb, void *data) {
    const Regex *re = data;
    unsigned long id = cb->callout_string ? strtoul((const char *)cb->callout_string, NULL, 10) : 0;
    if (id >= re->nloops) return 0;
    uint32_t e = re->loop_entry[id], st = re->loop_start[id];
    if (e >= cb->capture_top || st >= cb->capture_top) return 0;
    PCRE2_SIZE entry = cb->offset_vector[2 * e], start = cb->offset_vector[2 * st];
    return start != entry && cb->current_position == start ? 1 : 0;
}

/* Numbers the capturing groups of the translation: "(" opens one of the
 * pattern's, "(?<he" / "(?<hs" a hidden one (nothing else in it opens one). */
static void number_groups(Arena *a, const char *out, size_t n, Regex *re, uint32_t loops) {
    re->group = ARENA_ARRAY(a, uint32_t, re->ncap + 1);
    re->loop_entry = ARENA_ARRAY(a, uint32_t, loops ? loops : 1);
    re->loop_start = ARENA_ARRAY(a, uint32_t, loops ? loops : 1);
    re->nloops = loops;
    uint32_t num = 0, real = 0;
    for (size_t i = 0; i < n; i++) {
        if (out[i] == '\\') {
            i++;
            continue;
        }
        if (out[i] != '(') continue;
        if (i + 1 < n && out[i + 1] == '?') {
            if (i + 4 < n && out[i + 2] == '<' && out[i + 3] == 'h') {
                unsigned long id = strtoul(out + i + 5, NULL, 10);
                num++;
                if (id < loops) (out[i + 4] == 'e' ? re->loop_entry : re->loop_start)[id] = num;
            }
            continue;
        }
        num++;
        if (real < re->ncap) re->group[++real] = num;
    }
}

static void *re_malloc(PCRE2_SIZE size, void *data) {
    (void)data;
    return mem_alloc(size ? size : 1);
}

static void re_free(void *p, void *data) {
    (void)data;
    mem_free(p);
}

static void regex_free(Regex *re) {
    if (re->mc) pcre2_match_context_free(re->mc);
    if (re->md) pcre2_match_data_free(re->md);
    if (re->code) pcre2_code_free(re->code);
    if (re->gc) pcre2_general_context_free(re->gc);
    memset(re, 0, sizeof *re);
}

/* Compiles pattern as Go's regexp.Compile would accept it.  On a syntax
 * error returns false with *code and *expr (Go's Error.Code and .Expr). */
static bool regex_compile(Arena *a, const char *pat, size_t n, Regex *re, const char **code, const char **expr) {
    memset(re, 0, sizeof *re);
    ReParser rp;
    memset(&rp, 0, sizeof rp);
    rp.a = a;
    rp.p = pat;
    rp.n = n;
    vec_push(&rp.names, NULL);
    bool ok = re_parse(&rp);
    if (!ok) {
        *code = rp.code;
        *expr = arena_strndup(a, rp.expr, rp.expr_len);
    } else {
        re->ncap = rp.names.len - 1;
        re->names = vec_to_arena(a, &rp.names);
        for (uint32_t i = 1; i <= re->ncap; i++) {
            if (re->names[i]) re->named++;
            else re->unnamed++;
        }
        re->gc = pcre2_general_context_create(re_malloc, re_free, NULL);
        pcre2_compile_context *cc = pcre2_compile_context_create(re->gc);
        pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
        pcre2_set_parens_nest_limit(cc, 4 * MAX_DEPTH);
        int errcode;
        PCRE2_SIZE erroff;
        number_groups(a, rp.out.data ? rp.out.data : "", rp.out.len, re, rp.loops);
        /* with callouts refusing paths, PCRE2 must not make loops possessive */
        uint32_t opts = PCRE2_UTF | PCRE2_ALT_CIRCUMFLEX | (rp.loops ? PCRE2_NO_AUTO_POSSESS : 0);
        re->code = pcre2_compile((PCRE2_SPTR)(rp.out.data ? rp.out.data : ""), rp.out.len, opts, &errcode, &erroff, cc);
        pcre2_compile_context_free(cc);
        if (!re->code) {
            /* a translation PCRE2 refuses: Go's limits are what a user can meet here */
            *code = "expression too large";
            *expr = arena_strndup(a, pat, n);
            ok = false;
            regex_free(re);
        } else {
            re->md = pcre2_match_data_create_from_pattern(re->code, re->gc);
            re->mc = pcre2_match_context_create(re->gc);
            pcre2_set_callout(re->mc, loop_callout, re);
        }
    }
    sb_free(&rp.out);
    vec_free(&rp.st);
    vec_free(&rp.names);
    return ok;
}

/* The leftmost-first match at or after byte `from`: 1 found, 0 none, -1 error. */
static int regex_find(Regex *re, const char *s, size_t n, size_t from, PCRE2_SIZE **ov) {
    int rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, from, PCRE2_NO_UTF_CHECK, re->md, re->mc);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) return -1;
    *ov = pcre2_get_ovector_pointer(re->md);
    return 1;
}

static size_t rune_width(const char *s, size_t n, size_t i) {
    if (i >= n) return 0;
    size_t j = i;
    next_cp(s, n, &j);
    return j - i;
}

enum { RK_STRING, RK_TUPLE, RK_OBJECT };

/* cty's regexPatternResultType; an error message (for the pattern argument) or NULL. */
static const char *regex_kind(const Regex *re, int *kind) {
    if (re->named && re->unnamed) return "invalid regexp pattern: cannot mix both named and unnamed capture groups";
    *kind = re->unnamed ? RK_TUPLE : re->named ? RK_OBJECT : RK_STRING;
    return NULL;
}

/* The type of one match: string, tuple of strings, or object of strings. */
static const Type *regex_type(Arena *a, const Regex *re, int kind) {
    if (kind == RK_STRING) return &type_string;
    Type *t = ARENA_NEW(a, Type);
    if (kind == RK_TUPLE) {
        t->kind = TY_TUPLE;
        t->elem_count = re->ncap;
        t->elems = ARENA_ARRAY(a, Type *, re->ncap ? re->ncap : 1);
        for (uint32_t i = 0; i < re->ncap; i++) t->elems[i] = (Type *)&type_string;
        return t;
    }
    /* object: one attribute per distinct name, sorted */
    Value **items = ARENA_ARRAY(a, Value *, re->ncap);
    for (uint32_t i = 0; i < re->ncap; i++) items[i] = val_null(a, &type_string);
    Value *o = val_object(a, re->names + 1, items, re->ncap);
    return val_type(a, o);
}

static Value *submatch(FuncCall *fc, const Regex *re, const char *s, const PCRE2_SIZE *ov, uint32_t g) {
    PCRE2_SIZE b = group_start(re, ov, g);
    if (b == PCRE2_UNSET) return val_null(fc->a, &type_string);
    return val_string(fc->a, s + b, group_end(re, ov, g) - b);
}

static Value *match_value(FuncCall *fc, const Regex *re, int kind, const char *s, const PCRE2_SIZE *ov) {
    if (kind == RK_STRING) return submatch(fc, re, s, ov, 0);
    Value **items = ARENA_ARRAY(fc->a, Value *, re->ncap ? re->ncap : 1);
    for (uint32_t g = 1; g <= re->ncap; g++) items[g - 1] = submatch(fc, re, s, ov, g);
    if (kind == RK_TUPLE) return val_tuple(fc->a, items, re->ncap);
    return val_object(fc->a, re->names + 1, items, re->ncap);
}

/* regex and regexall: the pattern checked (even when the string is unknown), then the matches. */
static Value *regex_call(FuncCall *fc, Value **args, bool all) {
    const Value *pat = args[0], *str = args[1];
    if (pat->kind == V_UNKNOWN) return val_unknown(fc->a, all ? type_list_of(fc->a, &type_any) : NULL);
    Regex re;
    const char *code, *expr;
    if (!regex_compile(fc->a, arg_str(pat), pat->len, &re, &code, &expr))
        return func_arg_error(fc, 0, "invalid regexp pattern: %s in %s", code, expr);
    int kind = RK_STRING;
    const char *why = regex_kind(&re, &kind);
    Value *result = NULL;
    if (why) {
        func_arg_error(fc, 0, "%s", why);
    } else if (str->kind == V_UNKNOWN) {
        const Type *t = regex_type(fc->a, &re, kind);
        result = val_unknown(fc->a, all ? type_list_of(fc->a, t) : t);
    } else if (!all) {
        PCRE2_SIZE *ov;
        int rc = regex_find(&re, arg_str(str), str->len, 0, &ov);
        if (rc > 0) result = match_value(fc, &re, kind, arg_str(str), ov);
        else if (rc == 0) func_fail(fc, "pattern did not match any part of the given string");
        else func_fail(fc, "regular expression match failed");
    } else {
        /* Go's allMatches: an empty match right after a match is skipped */
        const char *s = arg_str(str);
        size_t n = str->len, pos = 0;
        long prev_end = -1;
        Vec(Value *) found = {0};
        bool failed = false;
        while (pos <= n) {
            PCRE2_SIZE *ov;
            int rc = regex_find(&re, s, n, pos, &ov);
            if (rc < 0) failed = true;
            if (rc <= 0) break;
            bool accept = true;
            if (ov[1] == pos) {
                if ((long)ov[0] == prev_end) accept = false;
                size_t w = rune_width(s, n, pos);
                pos += w ? w : 1;
            } else {
                pos = ov[1];
            }
            prev_end = (long)ov[1];
            if (accept) vec_push(&found, match_value(fc, &re, kind, s, ov));
        }
        if (failed) func_fail(fc, "regular expression match failed");
        else result = val_list(fc->a, regex_type(fc->a, &re, kind), found.data, found.len);
        vec_free(&found);
    }
    regex_free(&re);
    return result;
}

Value *fn_regex(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return regex_call(fc, args, false);
}

Value *fn_regexall(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return regex_call(fc, args, true);
}

/* Go's Regexp.expand: $1, ${1}, $name, ${name}; $$ is a dollar. */
static void expand(StrBuf *sb, const Regex *re, const char *tpl, size_t tn, const char *s, const PCRE2_SIZE *ov) {
    for (size_t i = 0; i < tn;) {
        if (tpl[i] != '$') {
            sb_putc(sb, tpl[i++]);
            continue;
        }
        i++;
        if (i < tn && tpl[i] == '$') {
            sb_putc(sb, '$');
            i++;
            continue;
        }
        bool brace = i < tn && tpl[i] == '{';
        size_t name = i + brace, end = name;
        while (end < tn) {
            size_t j = end;
            uint32_t c = next_cp(tpl, tn, &j);
            if (!go_is_letter(c) && !go_is_digit(c) && c != '_') break;
            end = j;
        }
        if (end == name || (brace && (end >= tn || tpl[end] != '}'))) {
            sb_putc(sb, '$');
            continue;
        }
        i = end + brace;
        long num = 0;
        for (size_t k = name; k < end; k++) {
            if (!is_digit(tpl[k]) || num >= 100000000) {
                num = -1;
                break;
            }
            num = num * 10 + (tpl[k] - '0');
        }
        if (tpl[name] == '0' && end - name > 1) num = -1;
        long g = -1;
        if (num >= 0) {
            g = num <= (long)re->ncap ? num : -1;
        } else {
            for (uint32_t k = 1; k <= re->ncap && g < 0; k++) {
                const char *gname = re->names[k];
                if (gname && strlen(gname) == end - name && memcmp(gname, tpl + name, end - name) == 0) g = k;
            }
        }
        if (g >= 0 && group_start(re, ov, (uint32_t)g) != PCRE2_UNSET)
            sb_append(sb, s + group_start(re, ov, (uint32_t)g),
                      group_end(re, ov, (uint32_t)g) - group_start(re, ov, (uint32_t)g));
    }
}

/* Go's Regexp.ReplaceAllString. */
static bool replace_regex(Regex *re, const Value *str, const Value *rep, StrBuf *sb) {
    const char *s = arg_str(str);
    size_t n = str->len, last = 0, search = 0;
    while (search <= n) {
        PCRE2_SIZE *ov;
        int rc = regex_find(re, s, n, search, &ov);
        if (rc < 0) return false;
        if (rc == 0) break;
        sb_append(sb, s + last, ov[0] - last);
        if (ov[1] > last || ov[0] == 0) expand(sb, re, arg_str(rep), rep->len, s, ov);
        last = ov[1];
        size_t w = rune_width(s, n, search);
        if (search + w > ov[1]) search += w;
        else if (search + 1 > ov[1]) search++;
        else search = ov[1];
    }
    sb_append(sb, s + last, n - last);
    return true;
}

/* substr wrapped in slashes is a regular expression. */
Value *fn_replace(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const Value *str = args[0], *sub = args[1], *rep = args[2];
    const char *s = arg_str(str), *old = arg_str(sub);
    size_t n = str->len, m = sub->len;
    StrBuf sb = {0};
    if (m > 1 && old[0] == '/' && old[m - 1] == '/') {
        Regex re;
        const char *code, *expr;
        if (!regex_compile(fc->a, old + 1, m - 2, &re, &code, &expr))
            return func_fail(fc, "error parsing regexp: %s: `%s`", code, expr);
        bool ok = replace_regex(&re, str, rep, &sb);
        regex_free(&re);
        if (!ok) {
            sb_free(&sb);
            return func_fail(fc, "regular expression match failed");
        }
        return take_string(fc, &sb);
    }
    if (m == 0) {
        /* Go's strings.Replace with an empty old: before every code point and at the end */
        sb_append(&sb, arg_str(rep), rep->len);
        for (size_t i = 0; i < n;) {
            size_t j = i;
            next_cp(s, n, &j);
            sb_append(&sb, s + i, j - i);
            sb_append(&sb, arg_str(rep), rep->len);
            i = j;
        }
        return take_string(fc, &sb);
    }
    size_t last = 0;
    for (size_t i = 0; i + m <= n;) {
        if (memcmp(s + i, old, m) == 0) {
            sb_append(&sb, s + last, i - last);
            sb_append(&sb, arg_str(rep), rep->len);
            i += m;
            last = i;
        } else {
            i++;
        }
    }
    sb_append(&sb, s + last, n - last);
    return take_string(fc, &sb);
}

/* ---- templatestring ------------------------------------------------------------------------ */

static const char TEMPLATE_NAME[] = "<templatestring argument>";
static const char TEMPLATE_HEAD[] = "x = <<TFCHECK_TEMPLATESTRING_END\n";
static const char TEMPLATE_TAIL[] = "\nTFCHECK_TEMPLATESTRING_END\n";

/* Terraform accepts only a reference (a traversal) as the template. */
static const char *template_arg_problem(const AstExpr *e) {
    if (e->kind == AST_TEMPLATE) {
        bool literal = true;
        for (uint32_t i = 0; i < e->u.tmpl.parts.len; i++) literal &= e->u.tmpl.parts.items[i]->kind == AST_STRING;
        if (e->u.tmpl.wrap)
            return "invalid template expression: templatestring is only for rendering templates retrieved dynamically "
                   "from elsewhere; to treat the inner expression as template syntax, write the reference expression "
                   "directly without any template interpolation syntax";
        if (!literal)
            return "invalid template expression: templatestring is only for rendering templates retrieved dynamically "
                   "from elsewhere; to render an inline template, consider using a plain template string expression";
        return "invalid template expression: templatestring is only for rendering templates retrieved dynamically "
               "from elsewhere, and so does not support providing a literal template; consider using a template "
               "string expression instead";
    }
    const AstExpr *r = e;
    for (;;) {
        if (r->kind == AST_GETATTR) r = r->u.attr.obj;
        else if (r->kind == AST_INDEX) r = r->u.index.obj;
        else if (r->kind == AST_SPLAT) r = r->u.splat.source;
        else break;
    }
    if (r->kind != AST_VARIABLE)
        return "invalid template expression: must be a direct reference to a single string from elsewhere, "
               "containing valid Terraform template syntax";
    return NULL;
}

/* A position in the template text as HCL writes a range: "L,C-C". */
static const char *template_range(Arena *a, const char *text, size_t len, Range r) {
    size_t head = sizeof TEMPLATE_HEAD - 1;
    size_t start = r.start > head ? r.start - head : 0, end = r.end > head ? r.end - head : 0;
    if (start > len) start = len;
    if (end > len) end = len;
    uint32_t line = 1, line_start = 0, end_line = 1, end_line_start = 0;
    for (size_t i = 0; i < end; i++)
        if (text[i] == '\n') {
            if (i < start) line++, line_start = (uint32_t)i + 1;
            end_line++, end_line_start = (uint32_t)i + 1;
        }
    size_t c1 = cluster_count(text + line_start, start - line_start) + 1;
    size_t c2 = cluster_count(text + end_line_start, end - end_line_start) + 1;
    if (line == end_line) return arena_printf(a, "%s:%u,%zu-%zu", TEMPLATE_NAME, line, c1, c2);
    return arena_printf(a, "%s:%u,%zu-%u,%zu", TEMPLATE_NAME, line, c1, end_line, c2);
}

typedef struct Bound {
    const char *name;
    const struct Bound *up;
} Bound;

static bool is_bound(const Bound *b, const char *name) {
    for (; b; b = b->up)
        if (b->name && strcmp(b->name, name) == 0) return true;
    return false;
}

/* Functions a templatestring template may not call (Terraform's
 * filesystemFunctions and templateFunctions). */
static const char *const restricted_funcs[] = {
    "file", "fileexists", "fileset", "filebase64", "filebase64sha256", "filebase64sha512", "filemd5", "filesha1",
    "filesha256", "filesha512", "templatefile", "templatestring",
};

static bool restricted(const char *name) {
    if (strncmp(name, "core::", 6) == 0) name += 6;
    for (size_t i = 0; i < sizeof restricted_funcs / sizeof restricted_funcs[0]; i++)
        if (strcmp(restricted_funcs[i], name) == 0) return true;
    return false;
}

/* What free_var looks for: a reference vars lacks (vars set), or else a
 * call to a restricted function. */
static const AstExpr *free_var(const AstExpr *e, const Bound *b, const Value *vars, int depth);

static const AstExpr *free_var_list(const ExprList *l, const Bound *b, const Value *vars, int depth) {
    for (uint32_t i = 0; i < l->len; i++) {
        const AstExpr *f = free_var(l->items[i], b, vars, depth);
        if (f) return f;
    }
    return NULL;
}

/* The first reference, in source order, to a name that vars lacks
 * (hclsyntax.Variables); with vars NULL, the first restricted call. */
static const AstExpr *free_var(const AstExpr *e, const Bound *b, const Value *vars, int depth) {
    if (!e || depth > HCL_MAX_DEPTH) return NULL;
    const AstExpr *f = NULL;
    depth++;
    switch (e->kind) {
    case AST_VARIABLE:
        return vars && !is_bound(b, e->u.name) && !val_get(vars, e->u.name) ? e : NULL;
    case AST_TEMPLATE: return free_var_list(&e->u.tmpl.parts, b, vars, depth);
    case AST_TEMPLATE_IF:
        if ((f = free_var(e->u.tif->cond, b, vars, depth))) return f;
        if ((f = free_var_list(&e->u.tif->then_parts, b, vars, depth))) return f;
        return free_var_list(&e->u.tif->else_parts, b, vars, depth);
    case AST_TEMPLATE_FOR: {
        if ((f = free_var(e->u.tfor->coll, b, vars, depth))) return f;
        Bound k = {e->u.tfor->key_var, b}, v = {e->u.tfor->value_var, &k};
        return free_var_list(&e->u.tfor->body, &v, vars, depth);
    }
    case AST_GETATTR: return free_var(e->u.attr.obj, b, vars, depth);
    case AST_INDEX:
        if ((f = free_var(e->u.index.obj, b, vars, depth))) return f;
        return free_var(e->u.index.key, b, vars, depth);
    case AST_SPLAT:
        if ((f = free_var(e->u.splat.source, b, vars, depth))) return f;
        return free_var(e->u.splat.each, b, vars, depth);
    case AST_CALL:
        if ((f = free_var_list(&e->u.call.args, b, vars, depth))) return f;
        return !vars && restricted(e->u.call.name) ? e : NULL;
    case AST_CONDITIONAL:
        if ((f = free_var(e->u.cond.cond, b, vars, depth))) return f;
        if ((f = free_var(e->u.cond.then_expr, b, vars, depth))) return f;
        return free_var(e->u.cond.else_expr, b, vars, depth);
    case AST_BINARY:
        if ((f = free_var(e->u.binary.lhs, b, vars, depth))) return f;
        return free_var(e->u.binary.rhs, b, vars, depth);
    case AST_UNARY: return free_var(e->u.unary.operand, b, vars, depth);
    case AST_TUPLE: return free_var_list(&e->u.items, b, vars, depth);
    case AST_OBJECT:
        for (uint32_t i = 0; i < e->u.object.len; i++) {
            const ObjectItem *it = &e->u.object.items[i];
            if (!it->key_literal && (f = free_var(it->key, b, vars, depth))) return f;
            if ((f = free_var(it->value, b, vars, depth))) return f;
        }
        return NULL;
    case AST_FOR: {
        const AstFor *fx = e->u.forx;
        if ((f = free_var(fx->coll, b, vars, depth))) return f;
        Bound k = {fx->key_var, b}, v = {fx->value_var, &k};
        if ((f = free_var(fx->key_expr, &v, vars, depth))) return f;
        if ((f = free_var(fx->value_expr, &v, vars, depth))) return f;
        return free_var(fx->cond, &v, vars, depth);
    }
    case AST_PAREN: return free_var(e->u.inner, b, vars, depth);
    default: return NULL;
    }
}

/* hclsyntax.ValidIdentifier: (ID_Start | '_') (ID_Continue | '-')* */
static bool valid_identifier(const char *s) {
    size_t n = strlen(s), i = 0;
    if (!n) return false;
    uint32_t c = next_cp(s, n, &i);
    if (c != '_' && !unicode_is_id_start(c)) return false;
    while (i < n) {
        c = next_cp(s, n, &i);
        if (c != '-' && !unicode_is_id_continue(c)) return false;
    }
    return true;
}

/* Parses the template as Terraform does before rendering it; a syntax error
 * becomes Terraform's "invalid template" argument error. */
static AstExpr *template_parse(FuncCall *fc, const char *text, size_t len, const SourceFile **out_src) {
    Evaluator *ev = fc->ev;
    StrBuf sb = {0};
    sb_puts(&sb, TEMPLATE_HEAD);
    sb_append(&sb, text, len);
    sb_puts(&sb, TEMPLATE_TAIL);
    SourceFile *src = source_from_memory(fc->a, TEMPLATE_NAME, arena_strndup(fc->a, sb.data, sb.len), sb.len);
    sb_free(&sb);
    *out_src = src;
    DiagList errs;
    diag_list_init(&errs, fc->a);
    AstFile *f = hcl_parse(src, NULL, fc->a, ev->names, &errs);
    AstExpr *e = NULL;
    const Diag *bad = NULL;
    uint32_t nbad = 0;
    for (uint32_t i = 0; i < errs.items.len; i++)
        if (errs.items.data[i].severity == SEV_ERROR && !nbad++) bad = &errs.items.data[i];
    if (!bad && f->body->len == 1 && !f->body->items[0].is_block) e = f->body->items[0].u.attr->expr;
    if (e && e->kind == AST_TEMPLATE && e->u.tmpl.parts.len) {
        /* the heredoc's value ends with the newline written before its marker */
        ExprList *parts = &e->u.tmpl.parts;
        AstExpr *last = parts->items[parts->len - 1];
        if (last->kind == AST_STRING && last->u.string.len && last->u.string.text[last->u.string.len - 1] == '\n') {
            last->u.string.len--;
            if (!last->u.string.len) parts->len--;
        }
    }
    if (bad) {
        const char *where = template_range(fc->a, text, len, bad->subject);
        const char *more = nbad > 1 ? arena_printf(fc->a, ", and %u other diagnostic(s)", nbad - 1) : "";
        func_arg_error(fc, 0, "invalid template: %s: %s; %s%s", where, bad->summary, bad->detail ? bad->detail : "",
                       more);
    } else if (!e) {
        func_arg_error(fc, 0, "invalid template: the text is not a template");
    }
    diag_list_free(&errs);
    return e;
}

/* Evaluates the parsed template with only vars in scope, as templatefile
 * does, keeping the error's range so it reads as Terraform's diagnostic. */
static Value *template_render(FuncCall *fc, const SourceFile *src, const AstExpr *t, const Value *text,
                              const Value *vars) {
    Evaluator *ev = fc->ev;
    const AstExpr *bad = free_var(t, NULL, NULL, 0);
    if (bad) {
        Range name = ast_call_name_range(bad);
        name.end++;
        const char *callee = strncmp(bad->u.call.name, "core::", 6) == 0 ? bad->u.call.name + 6 : bad->u.call.name;
        const char *why =
            strncmp(callee, "template", 8) == 0
                ? arena_printf(fc->a, "cannot recursively call %s from inside another template function", callee)
                : arena_printf(fc->a,
                               "cannot use filesystem access functions like %s in templatestring templates; consider "
                               "passing the function result as a template variable instead",
                               callee);
        return func_fail(fc, "%s: Error in function call; Call to function \"%s\" failed: %s.",
                         template_range(fc->a, arg_str(text), text->len, name), callee, why);
    }
    const Scope *s = scope_push(fc->a, NULL, SCOPE_ONLY, NULL);
    for (uint32_t i = 0; i < vars->count; i++)
        s = scope_push(fc->a, s, intern(ev->names, vars->keys[i], strlen(vars->keys[i])), vars->items[i]);
    /* a template that is one interpolation yields its value, as HCL's TemplateWrapExpr */
    if (t->kind == AST_TEMPLATE && t->u.tmpl.parts.len == 1) {
        ExprKind k = t->u.tmpl.parts.items[0]->kind;
        if (k != AST_STRING && k != AST_TEMPLATE_IF && k != AST_TEMPLATE_FOR) t = t->u.tmpl.parts.items[0];
    }
    uint32_t before = ev->errors;
    Ctx c = {.ev = ev, .f = src, .s = s, .depth = fc->depth + 1};
    ev->suppress++;
    Value *v = eval_node(&c, t);
    ev->suppress--;
    if (ev->errors != before)
        return func_fail(fc, "%s: %s; %s", template_range(fc->a, arg_str(text), text->len, ev->last_range),
                         ev->last_summary ? ev->last_summary : "Error", ev->last_detail ? ev->last_detail : "");
    if (!v || v->kind == V_UNKNOWN) return val_unknown(fc->a, &type_string);
    const char *why = NULL;
    const Value *where = NULL;
    Value *r = val_convert(fc->a, v, &type_string, &why, &where);
    if (!r) return func_fail(fc, "invalid template result: %s", why ? why : "string required");
    return r;
}

/* template:dynamic (a reference to a string), vars:dynamic (a map or object). */
Value *fn_templatestring(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const Value *tpl = args[0], *vars = args[1];
    if (fc->depth > 0)
        return func_fail(fc, "cannot recursively call templatestring from inside another template function");
    if (fc->call && fc->call->kind == AST_CALL && fc->call->u.call.args.len >= 1) {
        const char *problem = template_arg_problem(fc->call->u.call.args.items[0]);
        if (problem) return func_arg_error(fc, 0, "%s", problem);
    }
    if (tpl->kind == V_UNKNOWN) return val_unknown(fc->a, &type_string);
    if (tpl->kind != V_STRING) return func_arg_error(fc, 0, "invalid template value: a string is required");
    if (vars->kind == V_NULL) return func_arg_error(fc, 1, "argument must not be null");
    const SourceFile *src = NULL;
    AstExpr *t = template_parse(fc, arg_str(tpl), tpl->len, &src);
    if (!t) return NULL;
    if (!val_is_mapping(vars)) return func_arg_error(fc, 1, "invalid vars value: must be a map");
    for (uint32_t i = 0; i < vars->count; i++)
        if (!valid_identifier(vars->keys[i]))
            return func_arg_error(fc, 1,
                                  "invalid template variable name %s: must start with a letter, followed by zero or "
                                  "more letters, digits, and underscores",
                                  go_quote(fc->a, vars->keys[i], strlen(vars->keys[i])));
    const AstExpr *missing = free_var(t, NULL, vars, 0);
    if (missing)
        return func_arg_error(fc, 1, "vars map does not contain key %s, referenced at %s",
                              go_quote(fc->a, missing->u.name, strlen(missing->u.name)),
                              template_range(fc->a, arg_str(tpl), tpl->len, missing->range));
    return template_render(fc, src, t, tpl, vars);
}
