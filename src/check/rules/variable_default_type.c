/* variable_default_type.c - V3: a variable's default, or a value given to it
 * in a tfvars file, that does not convert to the declared type. */
#include "../check_int.h"
#include "../../eval/eval.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->variables.len; i++) {
        Variable *v = &m->variables.data[i];
        if (!v->default_attr) continue;
        Value *val = eval_const(v->default_attr->expr, ctx->a);
        if (val->kind == V_NULL && !v->nullable) {
            Diag *d = ctx_report(ctx, v->default_attr->src, v->default_attr->expr->range,
                                 "Invalid default value for variable");
            d->detail = "A null default value is not valid when nullable=false.";
            continue;
        }
        const char *why;
        Range where;
        if (!v->type || value_conforms(val, v->type, ctx->a, &why, &where)) continue;
        Diag *d = ctx_report(ctx, v->default_attr->src, v->default_attr->expr->range,
                             "Invalid default value for variable");
        d->detail = arena_printf(ctx->a, "This default value is not compatible with the variable's type "
                                         "constraint: %s.",
                                 why);
        StrBuf t = {0};
        type_format(v->type, &t);
        d->hint = arena_printf(ctx->a, "The declared type is %s.", t.data);
        sb_free(&t);
    }
    if (!m->is_root) return;
    for (uint32_t i = 0; i < m->var_values.len; i++) {
        AstAttribute *a = m->var_values.data[i];
        Variable *v = module_variable(m, a->name);
        if (!v || !v->type) continue;
        Value *val = eval_const(a->expr, ctx->a);
        const char *why;
        Range where;
        if (value_conforms(val, v->type, ctx->a, &why, &where)) continue;
        Diag *d = ctx_report(ctx, a->src, a->expr->range, "Invalid value for input variable");
        d->detail = arena_printf(ctx->a, "The given value is not suitable for var.%s declared at %s: %s.", v->name,
                                 ctx_range_text(ctx, v->file, block_decl_range(v->block)), why);
    }
}

const Rule rule_variable_default_type = {
    "variable-default-type", SEV_ERROR, "V3", "Variable values that do not match the declared type",
    "A variable's default, and any value a tfvars file gives it, must convert to the variable's "
    "`type` under Terraform's conversion rules: numbers and bools convert to strings, strings "
    "like \"5\" or \"true\" convert back, but \"five\" is not a number; an object must have every "
    "attribute its object type requires (unless optional), and a list cannot stand in for a map. "
    "`terraform validate` rejects a bad default (\"Invalid default value for variable\") and "
    "`plan` a bad tfvars value (\"Invalid value for input variable\").",
    "module", check};
