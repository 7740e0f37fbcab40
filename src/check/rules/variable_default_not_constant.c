/* variable_default_not_constant.c - V3: references or function calls in a
 * variable's default, which must be a literal value. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (!(r->flags & RC_DEFAULT)) continue;
        Diag *d = ctx_report(ctx, r->file, r->range, "Variables not allowed");
        d->detail = "Variables may not be used here.";
        d->hint = "A default must be a literal value; compute derived values in a local instead.";
    }
    for (uint32_t i = 0; i < ctx->refs->calls.len; i++) {
        const FuncUse *f = &ctx->refs->calls.data[i];
        if (!(f->flags & RC_DEFAULT)) continue;
        Diag *d = ctx_report(ctx, f->file, f->range, "Function calls not allowed");
        d->detail = "Functions may not be called here.";
        d->hint = "A default must be a literal value; compute derived values in a local instead.";
    }
}

const Rule rule_variable_default_not_constant = {
    "variable-default-not-constant", SEV_ERROR, "V3", "Variable defaults that are not literal values",
    "A variable's `default` is read before anything else in the module exists, so it must be a "
    "literal value: no references to other variables, locals or resources, and no function "
    "calls. `terraform validate` rejects them with \"Variables not allowed\" or \"Function calls "
    "not allowed\". Use a local that combines the variable with the derived value instead, for "
    "example `coalesce(var.name, \"${var.project}-app\")`.",
    "module", check};
