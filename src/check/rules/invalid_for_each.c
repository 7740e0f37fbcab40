/* invalid_for_each.c - R3: a `for_each` whose value Terraform rejects at
 * plan: null, a list or tuple (not a set or map), a set of non-strings or with
 * nulls, sensitive, or with keys known only after apply. */
#include "instance_args.h"

static bool set_has_sensitive(const Value *v) {
    if (v->sensitive) return true;
    if (v->kind == V_SET)
        for (uint32_t i = 0; i < v->count; i++)
            if (v->items[i]->sensitive) return true;
    return false;
}

static void check_for_each(CheckCtx *ctx, AstAttribute *at) {
    Arena *a = ctx->a;
    uint32_t before = eval_computed_unknowns(ctx->ev);
    Value *v = eval_expr(ctx->ev, ctx->m, at->src, at->expr, NULL);
    bool computed = eval_computed_unknowns(ctx->ev) != before;
    const char *summary = "Invalid for_each argument", *detail = NULL, *hint = NULL;
    const char *unsuitable = "The given \"for_each\" argument value is unsuitable: ";
    if (set_has_sensitive(v)) {
        detail = "Sensitive values, or values derived from sensitive values, cannot be used as for_each "
                 "arguments. If used, the sensitive value could be exposed as a resource instance key.";
        hint = "Iterate over non-sensitive keys (nonsensitive() on values that are not secret).";
    } else if (v->kind == V_UNKNOWN || (v->kind == V_SET && !val_is_wholly_known(v))) {
        if (!computed) return;
        bool set = v->kind == V_SET || (v->type && v->type->kind == TY_SET);
        detail = arena_printf(a, "The \"for_each\" %s includes %s derived from resource attributes that cannot be "
                                 "determined until apply, and so Terraform cannot determine the full set of keys "
                                 "that will identify the instances of this resource.",
                              set ? "set" : "map", set ? "values" : "keys");
        hint = "Use a map whose keys are written in the configuration and put apply-time results only in its values.";
    } else if (v->kind == V_NULL) {
        detail = arena_printf(a, "%sthe given \"for_each\" argument value is null. A map, or set of strings is "
                                 "allowed.",
                              unsuitable);
    } else if (v->kind == V_SET) {
        for (uint32_t i = 0; i < v->count && !detail; i++) {
            if (v->items[i]->kind == V_NULL)
                detail = arena_printf(a, "%s\"for_each\" sets must not contain null values.", unsuitable);
            else if (v->items[i]->kind != V_STRING) {
                summary = "Invalid for_each set argument";
                detail = arena_printf(a, "%s\"for_each\" supports maps and sets of strings, but you have provided a "
                                         "set containing type %s.",
                                      unsuitable, type_friendly_name(a, val_type(a, v->items[i])));
            }
        }
    } else if (!val_is_mapping(v)) {
        detail = arena_printf(a, "%sthe \"for_each\" argument must be a map, or set of strings, and you have "
                                 "provided a value of type %s.",
                              unsuitable, type_friendly_name(a, val_type(a, v)));
        if (val_is_sequence(v)) hint = "Wrap the list in toset(), or build a map with a for expression.";
    }
    if (!detail) return;
    Diag *d = ctx_report(ctx, at->src, at->expr->range, summary);
    d->detail = detail;
    d->hint = hint;
}

static void check(CheckCtx *ctx) { each_meta_argument(ctx, false, check_for_each); }

const Rule rule_invalid_for_each = {
    "invalid-for-each", SEV_ERROR, "R3", "for_each values Terraform rejects at plan",
    "`for_each` takes a map or a set of strings, known when Terraform plans. tfcheck evaluates every "
    "`for_each` from the configuration and reports a list or tuple (write `toset(...)`), a set of numbers "
    "or objects, a set holding null, a null value, a sensitive value (it would become an instance key), and "
    "keys or set elements derived from attributes that a managed resource computes during apply, all of "
    "which `terraform plan` rejects with \"Invalid for_each argument\". A map with static keys and apply-time "
    "values is fine and is not reported; a value unknown only because a variable has no value yet is left to "
    "missing-variable-value.",
    "module", check};
