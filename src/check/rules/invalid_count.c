/* invalid_count.c - R3: a `count` whose value Terraform rejects at plan:
 * null, not a whole number, negative, or known only after apply (derived
 * from attributes a managed resource computes). */
#include "instance_args.h"

static void check_count(CheckCtx *ctx, AstAttribute *at) {
    uint32_t before = eval_computed_unknowns(ctx->ev);
    Value *v = eval_expr(ctx->ev, ctx->m, at->src, at->expr, NULL);
    const char *detail = NULL;
    if (v->kind == V_UNKNOWN) {
        if (eval_computed_unknowns(ctx->ev) == before) return;
        detail = "The \"count\" value depends on resource attributes that cannot be determined until apply, so "
                 "Terraform cannot predict how many instances will be created. To work around this, use the -target "
                 "argument to first apply only the resources that the count depends on.";
    } else if (v->kind == V_NULL) {
        detail = "The given \"count\" argument value is null. An integer is required.";
    } else {
        const char *why;
        const Value *where;
        Value *n = val_convert(ctx->a, v, &type_number, &why, &where);
        int64_t i;
        if (!n) detail = arena_printf(ctx->a, "The given \"count\" argument value is unsuitable: %s.", why);
        else if (!num_to_i64(n, &i))
            detail = "The given \"count\" argument value is unsuitable: value must be a whole number, between "
                     "-9223372036854775808 and 9223372036854775807.";
        else if (i < 0)
            detail = "The given \"count\" argument value is unsuitable: must be greater than or equal to zero.";
    }
    if (!detail) return;
    Diag *d = ctx_report(ctx, at->src, at->expr->range, "Invalid count argument");
    d->detail = detail;
    if (v->kind == V_UNKNOWN)
        d->hint = "Derive count from values known at plan time (variables, locals, literal lists), not from "
                  "attributes a resource computes.";
    else d->hint = "count takes a whole number from 0 up.";
}

static void check(CheckCtx *ctx) { each_meta_argument(ctx, true, check_count); }

const Rule rule_invalid_count = {
    "invalid-count", SEV_ERROR, "R3", "count values Terraform rejects at plan",
    "Terraform must know how many instances a `count` makes before it plans anything. tfcheck evaluates "
    "every `count` from the configuration (variables, tfvars, locals, functions) and reports a value that is "
    "null, is not a whole number, is negative, or depends on attributes that a managed resource computes "
    "during apply (an `id`, an `arn`, ...), which Terraform rejects with \"Invalid count argument\". A count "
    "that is unknown only because a variable has no value yet is left alone (missing-variable-value reports "
    "that). Fix it by deriving the count from values known at plan time.",
    "module", check};
