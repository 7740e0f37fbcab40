/* unused_declaration.c - variables, locals and data sources declared but
 * never referenced, as tflint's terraform_unused_declarations rule. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    RefIndex *ix = ctx->refs;
    /* one pass over the references marks what is used */
    PtrMap used_var = {0}, used_local = {0}, used_data = {0};
    const char *n_var = intern(ctx->names, "var", 3), *n_local = intern(ctx->names, "local", 5),
               *n_data = intern(ctx->names, "data", 4);
    for (uint32_t k = 0; k < ix->refs.len; k++) {
        const Reference *r = &ix->refs.data[k];
        if (!r->nsteps || !r->steps[0].name) continue;
        if (r->root == n_var) {
            ptrmap_put(&used_var, r->steps[0].name, (void *)r);
        } else if (r->root == n_local) {
            /* by name, so that every declaration of a duplicated name counts
             * as used; a local naming itself does not use itself */
            if (!(r->owner_kind == OWNER_LOCAL && ((Local *)r->owner)->name == r->steps[0].name))
                ptrmap_put(&used_local, r->steps[0].name, (void *)r);
        } else if (r->root == n_data && r->nsteps >= 2 && r->steps[1].name) {
            Resource *d = module_resource(m, MODE_DATA, r->steps[0].name, r->steps[1].name);
            if (d && !(r->owner_kind == OWNER_RESOURCE && ((Resource *)r->owner)->key == d->key))
                ptrmap_put(&used_data, d->key, (void *)r);
        }
    }
    for (uint32_t i = 0; i < m->variables.len; i++) {
        Variable *v = &m->variables.data[i];
        if (ptrmap_get(&used_var, v->name)) continue;
        Diag *d = ctx_report(ctx, v->file, block_decl_range(v->block),
                             arena_printf(ctx->a, "variable \"%s\" is declared but not used", v->name));
        d->detail = "Nothing in this module refers to this variable, so any value given to it has no effect.";
        d->hint = "Remove it, or use it where it was meant to be used.";
    }
    for (uint32_t i = 0; i < m->locals.len; i++) {
        Local *l = &m->locals.data[i];
        if (ptrmap_get(&used_local, l->name)) continue;
        Diag *d = ctx_report(ctx, l->file, l->attr->name_range,
                             arena_printf(ctx->a, "local.%s is declared but not used", l->name));
        d->detail = "Nothing in this module refers to this local value.";
        d->hint = "Remove it, or use it where it was meant to be used.";
    }
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *res = &m->resources.data[i];
        if (res->mode != MODE_DATA || res->in_check || ptrmap_get(&used_data, res->key)) continue;
        Diag *d = ctx_report(ctx, res->file, block_decl_range(res->block),
                             arena_printf(ctx->a, "data \"%s\" \"%s\" is declared but not used", res->type, res->name));
        d->detail = "Nothing in this module refers to this data source; Terraform still reads it on every plan.";
        d->hint = "Remove it, or use it where it was meant to be used.";
    }
    ptrmap_free(&used_var);
    ptrmap_free(&used_local);
    ptrmap_free(&used_data);
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
