/* number.c - Terraform's numbers: arbitrary-precision binary floating point
 * as cty computes them (Go's big.Float: literals at 512 bits, values from
 * float64 functions at 53), held in MPFR numbers whose limbs live in the
 * arena, and printed as Go's Text('f', -1) does: the shortest decimal that
 * reads back to the same value at the value's precision. */
#include "eval.h"

#include "number_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PREC_LITERAL = 512, PREC_FLOAT64 = 53 };

static ValueNum *num_new(Arena *a, mpfr_prec_t prec) {
    ValueNum *n = ARENA_NEW(a, ValueNum);
    void *limbs = arena_alloc(a, mpfr_custom_get_size(prec));
    mpfr_custom_init(limbs, prec);
    mpfr_custom_init_set(n->x, MPFR_ZERO_KIND, 0, prec, limbs);
    return n;
}

static Value *wrap(Arena *a, ValueNum *n) {
    Value *v = ARENA_NEW(a, Value);
    v->kind = V_NUMBER;
    v->num = n;
    return v;
}

/* number = digits ("." digits)? (("e"|"E") ("+"|"-")? digits)? , as HCL's
 * scanner and cty's ParseNumberVal accept (a leading sign is allowed for
 * conversions from strings). */
static bool number_syntax(const char *s, size_t n) {
    size_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+')) i++;
    size_t d = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++, d++;
    if (i < n && s[i] == '.') {
        i++;
        size_t f = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, f++;
        if (!f) return false;
        d += f;
    }
    if (!d) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t e = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, e++;
        if (!e) return false;
    }
    return i == n;
}

Value *val_number_text(Arena *a, const char *text, size_t n) {
    if (!number_syntax(text, n)) return NULL;
    char buf[128];
    char *s = n < sizeof buf ? buf : mem_alloc(n + 1);
    memcpy(s, text, n);
    s[n] = 0;
    ValueNum *num = num_new(a, PREC_LITERAL);
    mpfr_strtofr(num->x, s[0] == '+' ? s + 1 : s, NULL, 10, MPFR_RNDN);
    if (s != buf) mem_free(s);
    return wrap(a, num);
}

Value *val_number_i64(Arena *a, int64_t i) {
    ValueNum *num = num_new(a, PREC_LITERAL);
    mpfr_set_sj(num->x, i, MPFR_RNDN);
    return wrap(a, num);
}

Value *val_number_double(Arena *a, double d) {
    ValueNum *num = num_new(a, PREC_FLOAT64);
    mpfr_set_d(num->x, d, MPFR_RNDN);
    return wrap(a, num);
}

bool num_is_integer(const Value *v) { return mpfr_integer_p(v->num->x) != 0; }

bool num_to_i64(const Value *v, int64_t *out) {
    if (!mpfr_integer_p(v->num->x) || !mpfr_fits_intmax_p(v->num->x, MPFR_RNDN)) return false;
    *out = (int64_t)mpfr_get_sj(v->num->x, MPFR_RNDN);
    return true;
}

double num_to_double(const Value *v) { return mpfr_get_d(v->num->x, MPFR_RNDN); }
bool num_is_inf(const Value *v) { return mpfr_inf_p(v->num->x) != 0; }
int num_sign(const Value *v) { return mpfr_sgn(v->num->x) > 0 ? 1 : mpfr_sgn(v->num->x) < 0 ? -1 : 0; }
int num_cmp(const Value *x, const Value *y) {
    int c = mpfr_cmp(x->num->x, y->num->x);
    return c < 0 ? -1 : c > 0;
}

static mpfr_prec_t max_prec(const Value *x, const Value *y) {
    mpfr_prec_t p = mpfr_get_prec(x->num->x), q = mpfr_get_prec(y->num->x);
    return p > q ? p : q;
}

typedef int (*BinOp)(mpfr_ptr, mpfr_srcptr, mpfr_srcptr, mpfr_rnd_t);

static Value *binop(Arena *a, const Value *x, const Value *y, BinOp op) {
    ValueNum *r = num_new(a, max_prec(x, y));
    op(r->x, x->num->x, y->num->x, MPFR_RNDN);
    return wrap(a, r);
}

Value *num_add(Arena *a, const Value *x, const Value *y) { return binop(a, x, y, mpfr_add); }
Value *num_sub(Arena *a, const Value *x, const Value *y) { return binop(a, x, y, mpfr_sub); }
Value *num_mul(Arena *a, const Value *x, const Value *y) { return binop(a, x, y, mpfr_mul); }

/* As Go's big.Float Quo, which cty uses: x/0 is an infinity; 0/0 and
 * inf/inf have no value (NULL). */
Value *num_div(Arena *a, const Value *x, const Value *y) {
    if ((mpfr_zero_p(y->num->x) && mpfr_zero_p(x->num->x)) || (mpfr_inf_p(x->num->x) && mpfr_inf_p(y->num->x)))
        return NULL;
    return binop(a, x, y, mpfr_div);
}

/* cty's Modulo: x - y * trunc(x / y), computed on the big floats; an
 * infinite operand gives what Go's math.Mod would not, as cty special-cases. */
Value *num_mod(Arena *a, const Value *x, const Value *y) {
    if (mpfr_zero_p(y->num->x)) return (Value *)x; /* cty: x % 0 is x */
    mpfr_prec_t p = max_prec(x, y);
    ValueNum *q = num_new(a, p), *r = num_new(a, p);
    mpfr_div(q->x, x->num->x, y->num->x, MPFR_RNDN);
    mpfr_trunc(q->x, q->x);
    mpfr_mul(q->x, q->x, y->num->x, MPFR_RNDN);
    mpfr_sub(r->x, x->num->x, q->x, MPFR_RNDN);
    return wrap(a, r);
}

Value *num_neg(Arena *a, const Value *x) {
    ValueNum *r = num_new(a, mpfr_get_prec(x->num->x));
    mpfr_neg(r->x, x->num->x, MPFR_RNDN);
    return wrap(a, r);
}

typedef int (*UnOp)(mpfr_ptr, mpfr_srcptr);

static Value *unop(Arena *a, const Value *x, UnOp op) {
    ValueNum *r = num_new(a, mpfr_get_prec(x->num->x));
    op(r->x, x->num->x);
    return wrap(a, r);
}

static int op_floor(mpfr_ptr r, mpfr_srcptr x) { return mpfr_floor(r, x); }
static int op_ceil(mpfr_ptr r, mpfr_srcptr x) { return mpfr_ceil(r, x); }
static int op_abs(mpfr_ptr r, mpfr_srcptr x) { return mpfr_abs(r, x, MPFR_RNDN); }

Value *num_floor(Arena *a, const Value *x) { return unop(a, x, op_floor); }
Value *num_ceil(Arena *a, const Value *x) { return unop(a, x, op_ceil); }
Value *num_abs(Arena *a, const Value *x) { return unop(a, x, op_abs); }

/* ---- printing ---------------------------------------------------------------- */

/* A decimal as Go's math/big keeps one: digits without leading or trailing
 * zeros, the value being 0.mant x 10^exp. */
typedef struct Decimal {
    char *mant;               /* heap, NUL-terminated */
    long n;                   /* digits in mant */
    long exp;
} Decimal;

/* d = m x 2^e exactly, for m >= 0 (Go's decimal.init). */
static void dec_init(Decimal *d, const mpz_t m0, long e) {
    mpz_t m;
    mpz_init_set(m, m0);
    if (e < 0 && mpz_sgn(m)) { /* drop trailing zero bits first: fewer powers of 5 */
        unsigned long tz = mpz_scan1(m, 0), s = (unsigned long)-e;
        if (s > tz) s = tz;
        mpz_tdiv_q_2exp(m, m, s);
        e += (long)s;
    }
    long shift = 0;
    if (e > 0) {
        mpz_mul_2exp(m, m, (mp_bitcnt_t)e);
    } else if (e < 0) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 5, (unsigned long)-e);
        mpz_mul(m, m, p);
        mpz_clear(p);
        shift = -e;
    }
    d->mant = mem_alloc(mpz_sizeinbase(m, 10) + 2);
    mpz_get_str(d->mant, 10, m);
    long len = mpz_sgn(m) ? (long)strlen(d->mant) : 0;
    d->exp = len ? len - shift : 0;
    while (len > 0 && d->mant[len - 1] == '0') len--;
    d->mant[len] = 0;
    d->n = len;
    mpz_clear(m);
}

static char dec_at(const Decimal *d, long i) { return i >= 0 && i < d->n ? d->mant[i] : '0'; }

static void dec_round_down(Decimal *d, long n) {
    if (n < 0 || n >= d->n) return;
    d->n = n;
    while (d->n > 0 && d->mant[d->n - 1] == '0') d->n--;
    d->mant[d->n] = 0;
    if (d->n == 0) d->exp = 0;
}

static void dec_round_up(Decimal *d, long n) {
    if (n < 0 || n >= d->n) return;
    while (n > 0 && d->mant[n - 1] >= '9') n--;
    if (n == 0) { /* all nines: 1 with the exponent one up */
        d->mant[0] = '1';
        d->mant[1] = 0;
        d->n = 1;
        d->exp++;
        return;
    }
    d->mant[n - 1]++;
    d->mant[n] = 0;
    d->n = n;
}

/* half to even, on the exact digits */
static void dec_round(Decimal *d, long n) {
    if (n < 0 || n >= d->n) return;
    bool up = d->mant[n] == '5' && n + 1 == d->n ? n > 0 && ((d->mant[n - 1] - '0') & 1) : d->mant[n] >= '5';
    if (up) dec_round_up(d, n);
    else dec_round_down(d, n);
}

/* |x| = m x 2^e, m holding exactly x's precision in bits */
static long float_mantissa(mpz_t m, mpfr_srcptr x) {
    long e = (long)mpfr_get_z_2exp(m, x);
    mpz_abs(m, m);
    size_t bits = mpz_sizeinbase(m, 2), prec = (size_t)mpfr_get_prec(x);
    if (bits < prec) {
        mpz_mul_2exp(m, m, prec - bits);
        e -= (long)(prec - bits);
    }
    return e;
}

/* Go's roundShortest: the fewest digits that lie within half an ulp of x
 * at its precision (both bounds half an ulp of the mantissa's own size even
 * at a power of two, inclusive when the mantissa is even), found digit by
 * digit as math/big does; this is why 2^64 from pow() prints as
 * 18446744073709550000. */
static void dec_round_shortest(Decimal *d, mpfr_srcptr x) {
    if (d->n == 0) return;
    mpz_t m;
    mpz_init(m);
    long e = float_mantissa(m, x);
    bool inclusive = mpz_even_p(m) != 0;
    mpz_mul_2exp(m, m, 1);
    e--;
    Decimal lower, upper;
    mpz_sub_ui(m, m, 1);
    dec_init(&lower, m, e);
    mpz_add_ui(m, m, 2);
    dec_init(&upper, m, e);
    mpz_clear(m);
    for (long i = 0; i < d->n; i++) {
        char l = dec_at(&lower, i), u = dec_at(&upper, i), c = d->mant[i];
        bool okdown = l != c || (inclusive && i + 1 == lower.n);
        bool okup = c != u && (inclusive || c + 1 < u || i + 1 < upper.n);
        if (okdown && okup) dec_round(d, i + 1);
        else if (okdown) dec_round_down(d, i + 1);
        else if (okup) dec_round_up(d, i + 1);
        else continue;
        break;
    }
    mem_free(lower.mant);
    mem_free(upper.mant);
}

/* Go's big.Float.Text('f', -1): the shortest digits, written without an
 * exponent. */
const char *num_format(Arena *a, const Value *v) {
    mpfr_srcptr x = v->num->x;
    if (mpfr_inf_p(x)) return mpfr_sgn(x) > 0 ? "+Inf" : "-Inf";
    if (mpfr_nan_p(x)) return "NaN";
    if (mpfr_zero_p(x)) return mpfr_signbit(x) ? "-0" : "0";
    mpz_t m;
    mpz_init(m);
    long e = float_mantissa(m, x);
    Decimal d;
    dec_init(&d, m, e);
    mpz_clear(m);
    dec_round_shortest(&d, x);
    StrBuf sb = {0};
    if (mpfr_signbit(x)) sb_putc(&sb, '-');
    if (d.exp > 0) {
        long k = d.n < d.exp ? d.n : d.exp;
        sb_append(&sb, d.mant, (size_t)k);
        for (; k < d.exp; k++) sb_putc(&sb, '0');
    } else {
        sb_putc(&sb, '0');
    }
    if (d.n > d.exp) {
        sb_putc(&sb, '.');
        for (long i = d.exp; i < d.n; i++) sb_putc(&sb, dec_at(&d, i));
    }
    mem_free(d.mant);
    char *out = arena_strndup(a, sb.data, sb.len);
    sb_free(&sb);
    return out;
}

void num_format_g(StrBuf *sb, const Value *v, int digits) {
    mpfr_srcptr x = v->num->x;
    if (mpfr_inf_p(x)) {
        sb_puts(sb, mpfr_sgn(x) > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (mpfr_zero_p(x)) {
        sb_puts(sb, mpfr_signbit(x) ? "-0" : "0");
        return;
    }
    mpfr_exp_t e;
    char *s = mpfr_get_str(NULL, &e, 10, (size_t)digits, x, MPFR_RNDN);
    if (!s) return;
    bool neg = s[0] == '-';
    const char *d = s + neg;
    size_t nd = strlen(d);
    while (nd > 1 && d[nd - 1] == '0') nd--;
    long dp = (long)e, exp = dp - 1, eprec = digits;
    if (eprec > (long)nd && (long)nd >= dp) eprec = (long)nd;
    if (neg) sb_putc(sb, '-');
    if (exp < -4 || exp >= eprec) {
        sb_putc(sb, d[0]);
        if (nd > 1) {
            sb_putc(sb, '.');
            sb_append(sb, d + 1, nd - 1);
        }
        sb_printf(sb, "e%c%02ld", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (dp <= 0) {
        sb_puts(sb, "0.");
        for (long i = 0; i < -dp; i++) sb_putc(sb, '0');
        sb_append(sb, d, nd);
    } else if ((size_t)dp >= nd) {
        sb_append(sb, d, nd);
        for (size_t i = nd; i < (size_t)dp; i++) sb_putc(sb, '0');
    } else {
        sb_append(sb, d, (size_t)dp);
        sb_putc(sb, '.');
        sb_append(sb, d + dp, nd - (size_t)dp);
    }
    mpfr_free_str(s);
}
