/* missing_module_input.c - V1: a call to a local module that does not set
 * one of the module's required variables. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *c = m->calls.data[i];
        Module *child = call_child_known(c);
        if (!child) continue;
        for (uint32_t k = 0; k < child->variables.len; k++) {
            Variable *v = &child->variables.data[k];
            if (v->default_attr || body_attr(c->block->body, v->name)) continue;
            Diag *d = ctx_report(ctx, c->file, block_decl_range(c->block), "Missing required argument");
            d->detail = arena_printf(ctx->a, "The argument \"%s\" is required, but no definition was found.", v->name);
            d->hint = arena_printf(ctx->a, "Add %s = ... to this module block (declared at %s).", v->name,
                                   ctx_range_text(ctx, v->file, block_decl_range(v->block)));
        }
    }
}

const Rule rule_missing_module_input = {
    "missing-module-input", SEV_ERROR, "V1", "Module calls that omit a required input",
    "Every variable of a called module that has no default must be set in the module block. "
    "When one is missing, `terraform validate` fails with \"Missing required argument\". This "
    "often happens when a variable is added to a shared module without updating its callers. "
    "tfcheck checks calls to local modules, and to remote modules that terraform init has "
    "downloaded into .terraform/modules.",
    "module", check};
