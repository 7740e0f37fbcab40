/* string.c - Terraform's string functions (see string.def for their signatures). */
#include "funcs_int.h"

Value *fn_chomp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_endswith(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_format(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_formatlist(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_indent(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_join(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_lower(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_regex(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_regexall(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_replace(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_split(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_startswith(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_strcontains(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_strrev(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_substr(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_templatestring(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_title(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_trim(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_trimprefix(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_trimspace(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_trimsuffix(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_upper(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}
