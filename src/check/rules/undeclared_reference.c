/* undeclared_reference.c - R1: references to variables, locals, modules,
 * module outputs, resources and data sources that are not declared. */
#include "../check_int.h"

static const char *where(CheckCtx *ctx) {
    return ctx->m->is_root ? "the root module" : ctx->m->display_name;
}

static void suggest(CheckCtx *ctx, Diag *d, const char *name, const char *const *cands, size_t n,
                    const char *prefix) {
    const char *s = did_you_mean(name, cands, n);
    if (s) d->hint = arena_printf(ctx->a, "Did you mean %s%s?", prefix, s);
}

/* Candidate names from a vector of structs with a `name` field. */
#define NAMES(vec, field, out)                                       \
    do {                                                             \
        (out) = ARENA_ARRAY(ctx->a, const char *, (vec).len + 1);    \
        for (uint32_t i_ = 0; i_ < (vec).len; i_++) (out)[i_] = (vec).data[i_].field; \
    } while (0)

static void check_resource_ref(CheckCtx *ctx, const Reference *r, ResourceMode mode, const char *type,
                               const char *name, Range subject) {
    Module *m = ctx->m;
    if (module_resource(m, mode, type, name)) return;
    Diag *d = ctx_report(ctx, r->file, subject, "Reference to undeclared resource");
    d->detail = arena_printf(ctx->a, "A %s resource \"%s\" \"%s\" has not been declared in %s.",
                             mode == MODE_DATA ? "data" : mode == MODE_EPHEMERAL ? "ephemeral" : "managed", type, name,
                             where(ctx));
    /* suggest a resource of the same mode whose address is close */
    const char **cands = ARENA_ARRAY(ctx->a, const char *, m->resources.len + 1);
    size_t n = 0;
    for (uint32_t i = 0; i < m->resources.len; i++)
        if (m->resources.data[i].mode == mode)
            cands[n++] = arena_printf(ctx->a, "%s.%s", m->resources.data[i].type, m->resources.data[i].name);
    suggest(ctx, d, arena_printf(ctx->a, "%s.%s", type, name), cands, n,
            mode == MODE_DATA ? "data." : mode == MODE_EPHEMERAL ? "ephemeral." : "");
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    const char *n_var = intern(ctx->names, "var", 3), *n_local = intern(ctx->names, "local", 5),
               *n_module = intern(ctx->names, "module", 6), *n_data = intern(ctx->names, "data", 4);
    static const char *const reserved[] = {"path", "terraform", "count", "each", "self"};
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (r->flags & RC_DEFAULT) continue; /* variable-default-not-constant */
        const RefStep *s0 = r->nsteps > 0 ? &r->steps[0] : NULL;
        const RefStep *s1 = r->nsteps > 1 ? &r->steps[1] : NULL;
        Range sub = r->root_range;
        if (s0) sub.end = s0->range.end;
        if (r->root == n_var) {
            if (!s0 || !s0->name || module_variable(m, s0->name)) continue;
            Diag *d = ctx_report(ctx, r->file, sub, "Reference to undeclared input variable");
            d->detail = arena_printf(ctx->a, "An input variable with the name \"%s\" has not been declared. "
                                             "This variable can be declared with a variable \"%s\" {} block.",
                                     s0->name, s0->name);
            const char **c;
            NAMES(m->variables, name, c);
            suggest(ctx, d, s0->name, c, m->variables.len, "var.");
        } else if (r->root == n_local) {
            if (!s0 || !s0->name || module_local(m, s0->name)) continue;
            Diag *d = ctx_report(ctx, r->file, sub, "Reference to undeclared local value");
            d->detail = arena_printf(ctx->a, "A local value with the name \"%s\" has not been declared.", s0->name);
            const char **c;
            NAMES(m->locals, name, c);
            suggest(ctx, d, s0->name, c, m->locals.len, "local.");
        } else if (r->root == n_module) {
            if (!s0 || !s0->name) continue;
            ModuleCall *call = module_call(m, s0->name);
            if (!call) {
                Diag *d = ctx_report(ctx, r->file, sub, "Reference to undeclared module");
                d->detail = arena_printf(ctx->a, "No module call named \"%s\" is declared in %s.", s0->name, where(ctx));
                const char **c = ARENA_ARRAY(ctx->a, const char *, m->calls.len + 1);
                for (uint32_t k = 0; k < m->calls.len; k++) c[k] = m->calls.data[k]->name;
                suggest(ctx, d, s0->name, c, m->calls.len, "module.");
                continue;
            }
            Module *child = call_child_known(call);
            if (!child) continue; /* outputs of a module not inspected are unknown */
            /* module.m.out, or module.m[k].out when the call has count/for_each */
            const RefStep *out = s1;
            if (out && !out->name && r->nsteps > 2) out = &r->steps[2];
            if (!out || !out->name || module_output(child, out->name)) continue;
            Diag *d = ctx_report(ctx, r->file, range_join(r->root_range, out->range), "Unsupported attribute");
            d->detail = arena_printf(ctx->a, "This object does not have an attribute named \"%s\": module \"%s\" "
                                             "(%s) declares no output with that name.",
                                     out->name, call->name, child->dir);
            const char **c;
            NAMES(child->outputs, name, c);
            suggest(ctx, d, out->name, c, child->outputs.len, "");
        } else if (r->root == n_data || strcmp(r->root, "ephemeral") == 0) {
            if (!s0 || !s0->name || !s1 || !s1->name) continue; /* invalid-reference */
            check_resource_ref(ctx, r, r->root == n_data ? MODE_DATA : MODE_EPHEMERAL, s0->name, s1->name,
                               range_join(r->root_range, s1->range));
        } else {
            bool skip = false;
            for (size_t k = 0; k < sizeof reserved / sizeof reserved[0]; k++)
                if (strcmp(r->root, reserved[k]) == 0) skip = true;
            if (skip || !s0 || !s0->name) continue;
            check_resource_ref(ctx, r, MODE_MANAGED, r->root, s0->name, sub);
        }
    }
}

const Rule rule_undeclared_reference = {
    "undeclared-reference", SEV_ERROR, "R1", "References to things never declared",
    "Every `var.x`, `local.x`, `module.m`, `data.t.n` and `t.n` must name a variable, local value, "
    "module call, data source or resource declared in the same module, and `module.m.out` must "
    "name an output that the called module declares. A misspelling, a block deleted while "
    "references to it remain, or generated code that references something it never created makes "
    "`terraform validate` fail with \"Reference to undeclared ...\". tfcheck suggests the closest "
    "declared name. Outputs of modules it could not inspect (remote modules not yet downloaded "
    "by terraform init) are unknown and never reported.",
    "module", check};
