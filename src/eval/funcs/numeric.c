/* numeric.c - Terraform's numeric functions (see numeric.def for their signatures).
 *
 * abs, ceil, floor, max and min work on the exact numbers; log and pow go
 * through float64 as cty does, with ports of the Go routines Terraform runs
 * on amd64 (math.Log and math.Exp are assembly there, Exp fused when the CPU
 * has FMA), so the last bit of every result is the one Terraform prints.
 * parseint builds its integer at the precision Go's big.Float.SetInt gives. */
#include "funcs_int.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>

#include <gmp.h>
#include "../number_int.h"

/* ---- Go's float64 routines ---------------------------------------------------------- */

static uint64_t f64_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double f64_from(uint64_t u) {
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* math.Log on amd64 (log_amd64.s), step for step. */
static double go_log(double x) {
    uint64_t bx = f64_bits(x);
    if ((bx & ~(UINT64_C(1) << 63)) == 0) return -INFINITY;
    if ((int64_t)bx < 0) return NAN;
    if (bx >= UINT64_C(0x7FF0000000000000)) return x;
    double f1 = f64_from((bx & UINT64_C(0x000FFFFFFFFFFFFF)) | f64_bits(0.5));
    double k = (double)((int)((bx >> 52) & 0x7FF) - 0x3FE);
    double adj = f1 <= 7.07106781186547524401e-01 ? 1.0 : 0.0;
    k -= adj;
    f1 *= adj + 1.0;
    double f = f1 - 1.0;
    double s = f / (2.0 + f);
    double s2 = s * s, s4 = s2 * s2;
    const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                 L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                 L7 = 1.479819860511658591e-01;
    double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    double r = t1 + t2;
    double hfsq = 0.5 * f * f;
    double t = s * (r + hfsq) + k * 1.90821492927058770002e-10;
    return k * 6.93147180369123816490e-01 - ((hfsq - t) - f);
}

/* Does Go use the fused path of math.Exp (cpu.X86.HasAVX2 && HasFMA)? */
static bool go_use_fma(void) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return false;
#endif
}

/* math.Exp on amd64 (exp_amd64.s), both its plain and its FMA path. */
static double go_exp(double x) {
    static const double c[] = {0.5,
                               1.0,
                               2.0,
                               1.6666666666666666667e-1,
                               4.1666666666666666667e-2,
                               8.3333333333333333333e-3,
                               1.3888888888888888889e-3,
                               1.9841269841269841270e-4,
                               2.4801587301587301587e-5};
    const double ln2u = 0.69314718055966295651160180568695068359375;
    const double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
    uint64_t bx = f64_bits(x);
    if ((bx & ~(UINT64_C(1) << 63)) >= UINT64_C(0x7FF0000000000000)) return bx == UINT64_C(0xFFF0000000000000) ? 0 : x;
    if (x > 7.09782712893384e+02) return INFINITY;
    double t = 1.4426950408889634073599246810018920 * x;
    int32_t e = t < -2147483648.0 ? INT32_MIN : (int32_t)nearbyint(t);  /* CVTSD2SL */
    double k = (double)e, y;
    if (go_use_fma()) {
        x = fma(-k, ln2u, x);
        x = fma(-k, ln2l, x);
        x *= 0.0625;
        y = c[8];
        for (int i = 7; i >= 3; i--) y = fma(y, x, c[i]);
        y = fma(y, x, c[0]);
        y = fma(y, x, c[1]);
        x *= y;
        for (int i = 0; i < 3; i++) x *= x + c[2];
        x = fma(x, x + c[2], c[1]);
    } else {
        x -= ln2u * k;
        x -= ln2l * k;
        x *= 0.0625;
        y = c[8];
        for (int i = 7; i >= 3; i--) y = y * x + c[i];
        y = y * x + c[0];
        y = y * x + c[1];
        x *= y;
        for (int i = 0; i < 4; i++) x *= x + c[2];
        x += c[1];
    }
    int64_t be = (int64_t)e + 0x3FF;
    if (be <= 0) return 0;
    if (be >= 0x7FF) return INFINITY;
    return x * f64_from((uint64_t)be << 52);
}

/* math.Ldexp (pure Go: a result below 2**-1075 is zero). */
static double go_ldexp(double frac, int64_t exp) {
    if (frac == 0 || isinf(frac) || isnan(frac)) return frac;
    int e;
    frac = frexp(frac, &e);
    exp += e;
    if (exp < -1074) return copysign(0, frac);
    if (exp > 1024) return frac < 0 ? -INFINITY : INFINITY;
    double m = 1;
    if (exp < -1021) {
        exp += 53;
        m = 1.0 / 9007199254740992.0;
    }
    return m * ldexp(frac, (int)exp);
}

static bool is_odd_int(double x) {
    if (fabs(x) >= 9007199254740992.0) return false;
    double xi;
    double xf = modf(x, &xi);
    return xf == 0 && ((int64_t)xi & 1) == 1;
}

/* math.Pow (pure Go), with the Exp and Log above. */
static double go_pow(double x, double y) {
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0) {
        if (y < 0) return signbit(x) && is_odd_int(y) ? -INFINITY : INFINITY;
        return signbit(x) && is_odd_int(y) ? x : 0;
    }
    if (isinf(y)) {
        if (x == -1) return 1;
        return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    }
    if (isinf(x)) {
        if (x < 0) return go_pow(1 / x, -y);
        return y < 0 ? 0 : INFINITY;
    }
    if (y == 0.5) return sqrt(x);
    if (y == -0.5) return 1 / sqrt(x);
    double yi, yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0) return NAN;
    if (yi >= 9223372036854775808.0) {
        if (x == -1) return 1;
        return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = go_exp(yf * go_log(x));
    }
    int xe;
    double x1 = frexp(x, &xe);
    int64_t xe64 = xe;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe64 < -(1 << 12) || (1 << 12) < xe64) {
            ae += xe64;
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe64;
        }
        x1 *= x1;
        xe64 *= 2; /* not <<: xe64 may be negative */
        if (x1 < .5) {
            x1 += x1;
            xe64--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return go_ldexp(a1, ae);
}

/* ---- conversions as gocty makes them ------------------------------------------------ */

/* A number argument as float64; Terraform refuses only what would become infinite. */
static bool arg_float(FuncCall *fc, const Value *v, double *out) {
    double d = num_to_double(v);
    if (isinf(d) && !num_is_inf(v)) {
        func_fail(fc, "value must be between %f and %f inclusive", -DBL_MAX, DBL_MAX);
        return false;
    }
    *out = d;
    return true;
}

static const char whole_number[] = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

/* cty.NumberFloatVal: a float64 result, refused when NaN (big.Float panics there). */
static Value *float_result(FuncCall *fc, double d) {
    if (isnan(d)) return func_fail(fc, "panic in function implementation: Float.SetFloat64(NaN)");
    return val_number_double(fc->a, d);
}

/* big.Float.Int then SetInt leave no negative zero. */
static Value *no_negative_zero(FuncCall *fc, Value *v) { return num_sign(v) == 0 ? num_abs(fc->a, v) : v; }

/* ---- the functions ---------------------------------------------------------------- */

Value *fn_abs(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return num_abs(fc->a, args[0]);
}

Value *fn_ceil(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    if (num_is_inf(args[0])) return args[0];
    return no_negative_zero(fc, num_ceil(fc->a, args[0]));
}

Value *fn_floor(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    if (num_is_inf(args[0])) return args[0];
    return no_negative_zero(fc, num_floor(fc->a, args[0]));
}

Value *fn_log(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    double num, base;
    if (!arg_float(fc, args[0], &num) || !arg_float(fc, args[1], &base)) return NULL;
    return float_result(fc, go_log(num) / go_log(base));
}

/* max and min keep the first of equal numbers, as cty's strict comparison does. */
static Value *extreme(FuncCall *fc, Value **args, uint32_t nargs, int want) {
    if (nargs == 0) return func_fail(fc, "must pass at least one number");
    Value *best = args[0];
    for (uint32_t i = 1; i < nargs; i++)
        if (num_cmp(args[i], best) == want) best = args[i];
    return best;
}

Value *fn_max(FuncCall *fc, Value **args, uint32_t nargs) { return extreme(fc, args, nargs, 1); }
Value *fn_min(FuncCall *fc, Value **args, uint32_t nargs) { return extreme(fc, args, nargs, -1); }

/* Value of digit c in base 2..62 as big.Int.SetString reads it, or -1. */
static int digit_value(char c, int base) {
    int d = -1;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z') d = c - 'A' + (base <= 36 ? 10 : 36);
    return d < base ? d : -1;
}

/* An integer at big.Float.SetInt's precision: its bit length, at least 64. */
static Value *integer_value(Arena *a, const mpz_t z) {
    size_t bits = mpz_sizeinbase(z, 2);
    mpfr_prec_t prec = bits > 64 ? (mpfr_prec_t)bits : 64;
    ValueNum *n = ARENA_NEW(a, ValueNum);
    void *limbs = arena_alloc(a, mpfr_custom_get_size(prec));
    mpfr_custom_init(limbs, prec);
    mpfr_custom_init_set(n->x, MPFR_ZERO_KIND, 0, prec, limbs);
    mpfr_set_z(n->x, z, MPFR_RNDN);
    Value *v = ARENA_NEW(a, Value);
    v->kind = V_NUMBER;
    v->num = n;
    return v;
}

/* number:dynamic (a string is required), base:number. */
Value *fn_parseint(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const Value *s = args[0];
    const Type *t = s->kind == V_UNKNOWN || s->kind == V_NULL ? s->type : NULL;
    bool is_string = s->kind == V_STRING || (t && t->kind == TY_STRING);
    bool dynamic = (s->kind == V_UNKNOWN || s->kind == V_NULL) && (!t || t->kind == TY_ANY);
    if (dynamic && s->kind == V_UNKNOWN) return val_unknown(fc->a, &type_number);
    if (!is_string && !dynamic)
        return func_arg_error(fc, 0, "first argument must be a string, not %s",
                              type_friendly_name(fc->a, val_type(fc->a, s)));
    if (s->kind == V_UNKNOWN || args[1]->kind == V_UNKNOWN) return val_unknown(fc->a, &type_number);
    int64_t base;
    if (!num_to_i64(args[1], &base)) return func_arg_error(fc, 1, "%s", whole_number);
    if (base < 2 || base > 62) return func_arg_error(fc, 1, "base must be a whole number between 2 and 62 inclusive");
    const char *p = arg_str(s), *end = p + s->len;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    bool ok = p < end;
    for (const char *q = p; q < end && ok; q++) ok = digit_value(*q, (int)base) >= 0;
    if (!ok) {
        return func_arg_error(fc, 0, "cannot parse %s as a base %d integer", val_go_quote(fc->a, arg_str(s), s->len),
                              (int)base);
    }
    mpz_t z;
    mpz_init(z);
    /* digits in chunks that fit an unsigned long: z = z * base^k + chunk */
    while (p < end) {
        unsigned long chunk = 0, scale = 1;
        while (p < end && scale <= (unsigned long)(ULONG_MAX / 64 / (unsigned long)base)) {
            chunk = chunk * (unsigned long)base + (unsigned long)digit_value(*p++, (int)base);
            scale *= (unsigned long)base;
        }
        mpz_mul_ui(z, z, scale);
        mpz_add_ui(z, z, chunk);
    }
    if (neg) mpz_neg(z, z);
    Value *r = integer_value(fc->a, z);
    mpz_clear(z);
    return r;
}

Value *fn_pow(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    double num, power;
    if (!arg_float(fc, args[0], &num) || !arg_float(fc, args[1], &power)) return NULL;
    return float_result(fc, go_pow(num, power));
}

Value *fn_signum(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    int64_t i;
    if (!num_to_i64(args[0], &i)) return func_fail(fc, "%s", whole_number);
    return val_number_i64(fc->a, i < 0 ? -1 : i > 0);
}
