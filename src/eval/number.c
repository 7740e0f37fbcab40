/* number.c - Terraform's numbers: arbitrary-precision binary floating point
 * as cty computes them (Go's big.Float: literals at 512 bits, values from
 * float64 functions at 53), held in MPFR numbers whose limbs live in the
 * arena, and printed as Go's Text('f', -1) does: the shortest decimal that
 * reads back to the same value at the value's precision. */
#include "eval.h"

#include <mpfr.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PREC_LITERAL = 512, PREC_FLOAT64 = 53 };

struct ValueNum {
    mpfr_t x;
};

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

/* Do `ndigits` significant decimal digits read back to x at its precision? */
static bool round_trips(mpfr_srcptr x, size_t ndigits, char **digits, mpfr_exp_t *exp) {
    char *s = mpfr_get_str(NULL, exp, 10, ndigits, x, MPFR_RNDN);
    if (!s) return false;
    size_t n = strlen(s);
    char *text = mem_alloc(n + 32);
    snprintf(text, n + 32, "0.%se%ld", s[0] == '-' ? s + 1 : s, (long)*exp);
    mpfr_t y;
    mpfr_init2(y, mpfr_get_prec(x));
    mpfr_set_str(y, text, 10, MPFR_RNDN);
    if (s[0] == '-') mpfr_neg(y, y, MPFR_RNDN);
    bool same = mpfr_equal_p(x, y) != 0;
    mpfr_clear(y);
    mem_free(text);
    if (same) *digits = s;
    else mpfr_free_str(s);
    return same;
}

const char *num_format(Arena *a, const Value *v) {
    mpfr_srcptr x = v->num->x;
    if (mpfr_inf_p(x)) return mpfr_sgn(x) > 0 ? "+Inf" : "-Inf";
    if (mpfr_nan_p(x)) return "NaN";
    if (mpfr_zero_p(x)) return mpfr_signbit(x) ? "-0" : "0";
    if (mpfr_integer_p(x) && mpfr_cmpabs_ui(x, 1) >= 0) {
        /* small integers print exactly: no shorter decimal names them */
        mpfr_exp_t e = mpfr_get_exp(x);
        if (e <= 53) return arena_printf(a, "%jd", mpfr_get_sj(x, MPFR_RNDN));
    }
    /* shortest digit count that round-trips: binary search over 1..max */
    size_t hi = mpfr_get_str_ndigits(10, mpfr_get_prec(x)), lo = 1;
    char *best = NULL;
    mpfr_exp_t best_exp = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        char *s;
        mpfr_exp_t e;
        if (round_trips(x, mid, &s, &e)) {
            if (best) mpfr_free_str(best);
            best = s, best_exp = e;
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    if (!best || strlen(best) - (best[0] == '-') != lo) {
        char *s;
        mpfr_exp_t e;
        if (round_trips(x, lo, &s, &e)) {
            if (best) mpfr_free_str(best);
            best = s, best_exp = e;
        }
    }
    if (!best) {
        mpfr_exp_t e;
        best = mpfr_get_str(NULL, &e, 10, 0, x, MPFR_RNDN);
        best_exp = e;
    }
    /* best = [-]DIGITS meaning 0.DIGITS x 10^best_exp; write it without an exponent */
    bool neg = best[0] == '-';
    const char *d = best + neg;
    size_t n = strlen(d);
    while (n > 1 && d[n - 1] == '0') n--;
    StrBuf sb = {0};
    if (neg) sb_putc(&sb, '-');
    long e = (long)best_exp;
    if (e <= 0) {
        sb_puts(&sb, "0.");
        for (long i = 0; i < -e; i++) sb_putc(&sb, '0');
        sb_append(&sb, d, n);
    } else if ((size_t)e >= n) {
        sb_append(&sb, d, n);
        for (size_t i = n; i < (size_t)e; i++) sb_putc(&sb, '0');
    } else {
        sb_append(&sb, d, (size_t)e);
        sb_putc(&sb, '.');
        sb_append(&sb, d + e, n - (size_t)e);
    }
    mpfr_free_str(best);
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
