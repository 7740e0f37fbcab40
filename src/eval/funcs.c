/* funcs.c - the function table (from funcs/funcs.def) and the calling
 * convention cty gives Terraform's functions: argument count checks, each
 * argument converted to its parameter's type, null and unknown arguments
 * handled once here, sensitive marks carried to the result, and errors in
 * Terraform's words. */
#include "funcs/funcs_int.h"
#include "eval_int.h"

#include <stdio.h>
#include <stdlib.h>

/* can and try take their arguments unevaluated: eval.c handles them. */
Value *fn_can(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args, (void)nargs;
    return func_fail(fc, "can is a special form");
}
Value *fn_try(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args, (void)nargs;
    return func_fail(fc, "try is a special form");
}

static const FuncDef table[] = {
#define FUNC(name, params, variadic, returns, flags) {#name, CATEGORY, params, variadic, returns, fn_##name, flags},
#include "funcs/funcs.def"
#undef FUNC
};

const FuncDef *funcs_all(size_t *count) {
    *count = sizeof table / sizeof table[0];
    return table;
}

const FuncDef *func_lookup(const char *name) {
    if (strncmp(name, "core::", 6) == 0) name += 6;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].name, name) == 0) return &table[i];
    return NULL;
}

/* ---- parameter types ------------------------------------------------------ */

/* type = "string" | "number" | "bool" | "dynamic" | ("list"|"set"|"map") "(" type ")" */
static const Type *parse_type(Arena *a, const char **p) {
    const char *s = *p;
    size_t n = strcspn(s, "(),");
    const Type *t = &type_any;
    if (n == 6 && strncmp(s, "string", 6) == 0) t = &type_string;
    else if (n == 6 && strncmp(s, "number", 6) == 0) t = &type_number;
    else if (n == 4 && strncmp(s, "bool", 4) == 0) t = &type_bool;
    s += n;
    if (*s == '(') {
        s++;
        const Type *elem = parse_type(a, &s);
        if (*s == ')') s++;
        if (n == 4 && strncmp(*p, "list", 4) == 0) t = type_list_of(a, elem);
        else if (n == 3 && strncmp(*p, "set", 3) == 0) t = type_set_of(a, elem);
        else t = type_map_of(a, elem);
    }
    *p = s;
    return t;
}

typedef struct Param {
    const char *name;
    size_t name_len;
    const Type *type;
} Param;

/* Parameter i of a "name:type,name:type" list; false when there is none. */
static bool nth_param(Arena *a, const char *spec, uint32_t i, Param *out) {
    if (!spec || !*spec) return false;
    const char *s = spec;
    for (uint32_t k = 0;; k++) {
        const char *colon = strchr(s, ':');
        if (!colon) return false;
        const char *t = colon + 1;
        const Type *ty = parse_type(a, &t);
        if (k == i) {
            out->name = s;
            out->name_len = (size_t)(colon - s);
            out->type = ty;
            return true;
        }
        if (*t != ',') return false;
        s = t + 1;
    }
}

static uint32_t param_count(const char *spec) {
    if (!spec || !*spec) return 0;
    uint32_t n = 1, depth = 0;
    for (const char *s = spec; *s; s++) {
        if (*s == '(') depth++;
        else if (*s == ')') depth--;
        else if (*s == ',' && depth == 0) n++;
    }
    return n;
}

/* A function's parameters, parsed once per evaluator (the types of list
 * parameters are built in its lasting arena). */
typedef struct Sig {
    uint32_t count;           /* fixed parameters */
    Param *params;
    Param variadic;
    bool has_variadic;
} Sig;

static const Sig *signature(FuncCall *fc) {
    Evaluator *ev = fc->ev;
    Sig *sig = ptrmap_get(&ev->sigs, fc->def);
    if (sig) return sig;
    sig = ARENA_NEW(ev->keep, Sig);
    sig->count = param_count(fc->def->params);
    sig->params = ARENA_ARRAY(ev->keep, Param, sig->count ? sig->count : 1);
    for (uint32_t i = 0; i < sig->count; i++) nth_param(ev->keep, fc->def->params, i, &sig->params[i]);
    sig->has_variadic = nth_param(ev->keep, fc->def->variadic, 0, &sig->variadic);
    ptrmap_put(&ev->sigs, fc->def, sig);
    return sig;
}

/* Parameter i (the variadic one past the fixed ones); false when there is none. */
static bool param_at(FuncCall *fc, uint32_t i, Param *out) {
    const Sig *sig = signature(fc);
    if (i < sig->count) *out = sig->params[i];
    else if (sig->has_variadic) *out = sig->variadic;
    else return false;
    return true;
}

/* ---- errors ----------------------------------------------------------------- */

static const char *param_name(FuncCall *fc, int i) {
    Param p;
    bool ok = param_at(fc, (uint32_t)i, &p);
    return ok ? arena_strndup(fc->a, p.name, p.name_len) : "?";
}

Value *func_arg_error(FuncCall *fc, int i, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    const char *msg = arena_vprintf(fc->a, fmt, ap);
    va_end(ap);
    fc->err_summary = "Invalid function argument";
    fc->err_detail = arena_printf(fc->a, "Invalid value for \"%s\" parameter: %s.", param_name(fc, i), msg);
    fc->err_arg = i;
    return NULL;
}

Value *func_fail(FuncCall *fc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    const char *msg = arena_vprintf(fc->a, fmt, ap);
    va_end(ap);
    fc->err_summary = "Error in function call";
    fc->err_detail = arena_printf(fc->a, "Call to function \"%s\" failed: %s.", fc->def->name, msg);
    fc->err_arg = -1;
    return NULL;
}

Value *func_unknown_result(FuncCall *fc) {
    const char *s = fc->def->returns;
    return val_unknown(fc->a, parse_type(fc->a, &s));
}

/* ---- the call ----------------------------------------------------------------- */

/* Used by eval.c: checks arity, converts, and runs the body.  Errors are left
 * in fc (err_summary set); the result is then NULL. */
Value *func_invoke(FuncCall *fc, Value **args, uint32_t nargs);

Value *func_invoke(FuncCall *fc, Value **args, uint32_t nargs) {
    const FuncDef *d = fc->def;
    uint32_t np = signature(fc)->count;
    fc->err_summary = NULL;
    fc->err_arg = -1;
    if (nargs < np) {
        Param p;
        param_at(fc, nargs, &p);
        fc->err_summary = "Not enough function arguments";
        fc->err_detail = arena_printf(fc->a, "Function \"%s\" expects %s%u argument(s). Missing value for \"%.*s\".",
                                      d->name, d->variadic ? "at least " : "", np, (int)p.name_len, p.name);
        return NULL;
    }
    if (nargs > np && !d->variadic) {
        fc->err_summary = "Too many function arguments";
        fc->err_detail = arena_printf(fc->a, "Function \"%s\" expects only %u argument(s).", d->name, np);
        fc->err_arg = (int)np;
        return NULL;
    }
    Value **conv = ARENA_ARRAY(fc->a, Value *, nargs ? nargs : 1);
    bool unknown = false, sensitive = false, dynamic_unknown = false;
    for (uint32_t i = 0; i < nargs; i++) {
        Param p;
        bool ok = param_at(fc, i, &p);
        Value *v = args[i];
        if (!ok) {
            conv[i] = v;
            continue;
        }
        if (!(d->flags & FF_SENSITIVE)) {
            /* cty strips marks at every depth and marks the result */
            bool had = false;
            v = val_unmark_deep(fc->a, v, &had);
            if (had) sensitive = true;
        }
        if (v->kind == V_UNKNOWN && (!v->type || v->type->kind == TY_ANY)) {
            /* an unknown of unknown type: cty returns an unknown without calling */
            unknown = true;
            dynamic_unknown = true;
        }
        if (v->kind == V_NULL && !(d->flags & FF_NULL))
            return func_arg_error(fc, (int)i, "argument must not be null");
        if (!val_is_wholly_known(v) && !(d->flags & FF_UNKNOWN)) {
            /* still check what can be checked: a known-type mismatch is an error */
            if (v->kind == V_UNKNOWN && v->type && v->type->kind != TY_ANY && p.type->kind != TY_ANY) {
                const char *why;
                const Value *where;
                Value *probe = val_null(fc->a, v->type);
                if (!val_convert(fc->a, probe, p.type, &why, &where)) return func_arg_error(fc, (int)i, "%s", why);
            }
            unknown = true;
            conv[i] = v;
            continue;
        }
        if (p.type->kind == TY_ANY || v->kind == V_UNKNOWN) {
            conv[i] = v;
            continue;
        }
        const char *why = NULL;
        const Value *where = NULL;
        Value *c = val_convert(fc->a, v, p.type, &why, &where);
        if (!c) return func_arg_error(fc, (int)i, "%s", why ? why : "invalid value");
        conv[i] = c;
    }
    if (d->flags & FF_IMPURE) fc->ev->computed++;
    if ((unknown && (!(d->flags & FF_UNKNOWN) || dynamic_unknown)) || (d->flags & FF_IMPURE)) {
        Value *r = func_unknown_result(fc);
        return sensitive ? val_mark(fc->a, r, true) : r;
    }
    Value *r = d->impl(fc, conv, nargs);
    if (!r) {
        if (!fc->err_summary) func_fail(fc, "unexpected error");
        return NULL;
    }
    return sensitive && !r->sensitive ? val_mark(fc->a, r, true) : r;
}
