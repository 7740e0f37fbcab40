/* numeric.c - Terraform's numeric functions (see numeric.def for their signatures). */
#include "funcs_int.h"

Value *fn_abs(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_ceil(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_floor(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_log(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_max(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_min(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_parseint(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_pow(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_signum(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}
