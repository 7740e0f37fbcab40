/* variable_validation.c - V3: a variable's value (its default, a tfvars or
 * --var value, or a module call's argument) that fails one of the
 * variable's own validation blocks, evaluated as terraform plan does. */
#include "../check_int.h"

/* Where the value var.<v> gets comes from, for the caret. */
static void value_site(CheckCtx *ctx, Variable *v, const SourceFile **f, Range *r) {
    Module *m = ctx->m;
    *f = v->file;
    *r = block_decl_range(v->block);
    if (m->call) {
        AstAttribute *at = body_attr(m->call->block->body, v->name);
        if (at) *f = at->src, *r = at->range;
        return;
    }
    for (uint32_t i = m->var_values.len; i-- > 0;)
        if (strcmp(m->var_values.data[i]->name, v->name) == 0) {
            *f = m->var_values.data[i]->src;
            *r = m->var_values.data[i]->range;
            return;
        }
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->variables.len; i++) {
        Variable *v = &m->variables.data[i];
        const AstBody *b = v->block->body;
        Value *val = NULL;
        for (uint32_t k = 0; k < b->len; k++) {
            if (!b->items[k].is_block || strcmp(b->items[k].u.block->type, "validation") != 0) continue;
            const AstBlock *vb = b->items[k].u.block;
            AstAttribute *cond = body_attr(vb->body, "condition");
            AstAttribute *msg = body_attr(vb->body, "error_message");
            if (!cond) continue;
            if (!val) val = eval_variable(ctx->ev, m, v->name);
            if (val->kind == V_UNKNOWN) break;
            if (val->kind == V_NULL && !v->default_attr && !m->call) break; /* no value: plan asks */
            Value *c = eval_expr(ctx->ev, m, cond->src, cond->expr, NULL);
            if (c->kind != V_BOOL || c->boolean) continue;
            const SourceFile *f;
            Range r;
            value_site(ctx, v, &f, &r);
            Diag *d = ctx_report(ctx, f, r, "Invalid value for variable");
            const char *text = "The value does not pass this variable's validation rule.";
            if (msg) {
                Value *mv = eval_expr(ctx->ev, m, msg->src, msg->expr, NULL);
                if (mv->kind == V_STRING && !mv->sensitive) text = mv->str;
            }
            d->detail = arena_printf(ctx->a, "%s\n\nThis was checked by the validation rule at %s.", text,
                                     ctx_range_text(ctx, vb->src, vb->type_range));
            d->hint = arena_printf(ctx->a, "var.%s is %s.", v->name, val_brief(ctx->a, val));
        }
    }
}

const Rule rule_variable_validation = {
    "variable-validation", SEV_ERROR, "V3", "Variable values that fail the variable's validation blocks",
    "A `validation` block's `condition` must hold for the value a variable gets, or `terraform plan` stops "
    "with \"Invalid value for variable\" and the block's `error_message`. tfcheck evaluates each condition "
    "with the value the variable really gets: from `--var`, tfvars files (terraform.tfvars, *.auto.tfvars, "
    "`--var-file`), `TF_VAR_` variables, the calling module's argument, or the default. It reports where "
    "the value was written (the tfvars line, the module argument, or the variable block for a default) "
    "and quotes the error message. Conditions that depend on unknown values are not decided.",
    "module", check};
