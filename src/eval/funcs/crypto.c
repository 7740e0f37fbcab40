/* crypto.c - Terraform's crypto functions (see crypto.def for their signatures). */
#include "funcs_int.h"

Value *fn_base64sha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_base64sha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_bcrypt(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_filebase64sha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_filebase64sha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_filemd5(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_filesha1(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_filesha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_filesha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_md5(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_rsadecrypt(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_sha1(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_sha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_sha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_uuid(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}

Value *fn_uuidv5(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args;
    (void)nargs;
    return func_fail(fc, "not implemented");
}
