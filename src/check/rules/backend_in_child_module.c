/* backend_in_child_module.c - S6: backend or cloud blocks in a module that
 * is called by another, where Terraform ignores them. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    if (m->is_root) return;
    for (uint32_t i = 0; i < m->backends.len; i++) {
        Backend *b = &m->backends.data[i];
        if (strcmp(b->type, "cloud") == 0) continue; /* terraform says nothing about these */
        Diag *d = ctx_report(ctx, b->file, block_decl_range(b->block), "Backend configuration ignored");
        d->detail = arena_printf(ctx->a, "Any selected backend applies to the entire configuration, so Terraform "
                                         "expects provider configurations only in the root module. This %s "
                                         "block in %s has no effect.",
                                 strcmp(b->type, "cloud") == 0 ? "cloud" : "backend", m->display_name);
        d->hint = "Move the backend to the root module, or remove it.";
    }
}

const Rule rule_backend_in_child_module = {
    "backend-in-child-module", SEV_WARNING, "S6", "Backends declared in called modules",
    "State is configured once, for the whole configuration, by the root module. A backend or "
    "cloud block inside a module that another module calls is ignored (Terraform warns "
    "\"Backend configuration ignored\"), which usually means the author expected the module's "
    "state to live somewhere it does not.",
    "module", check};
