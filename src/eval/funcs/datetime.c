/* datetime.c - Terraform's datetime functions (see datetime.def for their signatures). */
#include "funcs_int.h"

Value *fn_formatdate(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_plantimestamp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_timeadd(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_timecmp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_timestamp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}
