/* unused_declaration.c - variables, locals and data sources declared but
 * never referenced, as tflint's terraform_unused_declarations rule. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    RefIndex *ix = ctx->refs;
    for (uint32_t i = 0; i < m->variables.len; i++) {
        Variable *v = &m->variables.data[i];
        bool used = false;
        for (uint32_t k = 0; k < ix->refs.len && !used; k++) {
            const Reference *r = &ix->refs.data[k];
            used = strcmp(r->root, "var") == 0 && r->nsteps && r->steps[0].name == v->name;
        }
        if (used) continue;
        Diag *d = ctx_report(ctx, v->file, block_decl_range(v->block),
                             arena_printf(ctx->a, "variable \"%s\" is declared but not used", v->name));
        d->detail = "Nothing in this module refers to this variable, so any value given to it has no effect.";
        d->hint = "Remove it, or use it where it was meant to be used.";
    }
    for (uint32_t i = 0; i < m->locals.len; i++) {
        Local *l = &m->locals.data[i];
        bool used = false;
        for (uint32_t k = 0; k < ix->refs.len && !used; k++) {
            const Reference *r = &ix->refs.data[k];
            used = strcmp(r->root, "local") == 0 && r->nsteps && r->steps[0].name == l->name &&
                   !(r->owner_kind == OWNER_LOCAL && r->owner == l);
        }
        if (used) continue;
        Diag *d = ctx_report(ctx, l->file, l->attr->name_range,
                             arena_printf(ctx->a, "local.%s is declared but not used", l->name));
        d->detail = "Nothing in this module refers to this local value.";
        d->hint = "Remove it, or use it where it was meant to be used.";
    }
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *res = &m->resources.data[i];
        if (res->mode != MODE_DATA || res->in_check) continue;
        bool used = false;
        for (uint32_t k = 0; k < ix->refs.len && !used; k++) {
            const Reference *r = &ix->refs.data[k];
            used = strcmp(r->root, "data") == 0 && r->nsteps >= 2 && r->steps[0].name == res->type &&
                   r->steps[1].name == res->name && !(r->owner_kind == OWNER_RESOURCE && r->owner == res);
        }
        if (used) continue;
        Diag *d = ctx_report(ctx, res->file, block_decl_range(res->block),
                             arena_printf(ctx->a, "data \"%s\" \"%s\" is declared but not used", res->type, res->name));
        d->detail = "Nothing in this module refers to this data source; Terraform still reads it on every plan.";
        d->hint = "Remove it, or use it where it was meant to be used.";
    }
}

const Rule rule_unused_declaration = {
    "unused-declaration", SEV_WARNING, "R1", "Variables, locals and data sources never used",
    "A variable, local value or data source that nothing in its module refers to is dead code: a "
    "value given to the variable has no effect, which hides mistakes (the value was meant for "
    "something else), and an unused data source is still read on every plan, with the API calls "
    "and permissions that takes. References from module inputs, outputs, check blocks, "
    "depends_on, conditions and other locals all count. Data sources inside check blocks are part "
    "of the check and are never reported.",
    "module", check};
