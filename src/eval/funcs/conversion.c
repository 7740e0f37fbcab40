/* conversion.c - Terraform's conversion functions (see conversion.def for
 * their signatures): the to* functions, which convert as val_convert does but
 * with their own messages (Terraform's MakeToFunc), and the functions on
 * sensitive and ephemeral marks.  can and try are special forms (eval.c). */
#include "funcs_int.h"

static bool deep_sensitive(const Value *v) {
    if (v->sensitive) return true;
    for (uint32_t i = 0; i < v->count; i++)
        if (v->items && deep_sensitive(v->items[i])) return true;
    return false;
}

/* tobool(v), tolist(v), ...: v converted to want, or Terraform's message
 * for why it cannot be. */
static Value *to_type(FuncCall *fc, Value *v, const Type *want) {
    Arena *a = fc->a;
    const Type *got = val_type(a, v);
    if (!type_equal(got, want) && !type_convertible(a, got, want))
        return func_arg_error(fc, 0, "cannot convert %s to %s", type_friendly_name(a, got),
                              type_constraint_name(a, want));
    if (v->kind == V_UNKNOWN) return val_mark(a, val_unknown(a, want), v->sensitive);
    const char *why = NULL;
    const Value *where = NULL;
    Value *r = val_convert(a, v, want, &why, &where);
    if (r) return r;
    const char *got_name = type_friendly_name(a, got);
    if (deep_sensitive(v))
        return func_arg_error(fc, 0, "cannot convert this sensitive %s to %s", got_name,
                              type_constraint_name(a, want));
    if (v->kind == V_STRING && want->kind == TY_BOOL)
        return func_arg_error(fc, 0, "cannot convert %s to bool; only the strings \"true\" or \"false\" are allowed",
                              val_brief(a, v));
    if (v->kind == V_STRING && want->kind == TY_NUMBER)
        return func_arg_error(fc, 0,
                              "cannot convert %s to number; given string must be a decimal representation of a number",
                              val_brief(a, v));
    return func_arg_error(fc, 0, "cannot convert %s to %s", got_name, type_constraint_name(a, want));
}

Value *fn_tobool(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return to_type(fc, args[0], &type_bool);
}

Value *fn_tonumber(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return to_type(fc, args[0], &type_number);
}

Value *fn_tostring(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return to_type(fc, args[0], &type_string);
}

Value *fn_tolist(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return to_type(fc, args[0], type_list_of(fc->a, &type_any));
}

Value *fn_toset(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return to_type(fc, args[0], type_set_of(fc->a, &type_any));
}

Value *fn_tomap(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return to_type(fc, args[0], type_map_of(fc->a, &type_any));
}

/* Marks apply to the value itself (cty's Mark / Unmark): elements marked
 * on their own keep their marks. */
Value *fn_sensitive(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return val_mark(fc->a, args[0], true);
}

Value *fn_nonsensitive(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return val_mark(fc->a, args[0], false);
}

Value *fn_issensitive(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    if (args[0]->sensitive) return val_bool(fc->a, true);
    if (args[0]->kind == V_UNKNOWN) return val_unknown(fc->a, &type_bool);
    return val_bool(fc->a, false);
}

/* tfcheck has no ephemeral values (ephemeral resources and variables are
 * evaluated as unknown), so nothing is ever replaced with null. */
Value *fn_ephemeralasnull(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)fc, (void)nargs;
    return args[0];
}
