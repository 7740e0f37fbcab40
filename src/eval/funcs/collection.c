/* collection.c - Terraform's collection functions (see collection.def for their signatures). */
#include "funcs_int.h"

Value *fn_alltrue(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_anytrue(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_chunklist(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_coalesce(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_coalescelist(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_compact(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_concat(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_contains(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_distinct(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_element(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_flatten(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_index(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_keys(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_length(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_lookup(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_matchkeys(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_merge(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_one(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_range(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_reverse(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_setintersection(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_setproduct(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_setsubtract(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_setunion(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_slice(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_sort(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_sum(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_transpose(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_values(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_zipmap(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}
