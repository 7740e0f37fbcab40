/* undefined_provider_alias.c - S5: provider = aws.x (in a resource, data
 * source or a module's providers map) naming a configuration that no
 * provider block or configuration_aliases entry defines. */
#include "../check_int.h"

static bool alias_defined(Module *m, const char *name, const char *alias) {
    for (uint32_t i = 0; i < m->providers.len; i++)
        if (m->providers.data[i].name == name && m->providers.data[i].alias == alias) return true;
    for (uint32_t i = 0; i < m->required_providers.len; i++) {
        RequiredProvider *rp = &m->required_providers.data[i];
        if (rp->name != name) continue;
        for (uint32_t k = 0; k < rp->alias_count; k++)
            if (rp->aliases[k] == alias) return true;
    }
    return false;
}

static void report(CheckCtx *ctx, const SourceFile *f, Range r, const char *name, const char *alias) {
    Diag *d = ctx_report(ctx, f, r, "Reference to undefined provider");
    d->detail = arena_printf(ctx->a, "There is no provider configuration %s.%s in %s: no provider \"%s\" block "
                                     "has alias = \"%s\", and required_providers lists no such "
                                     "configuration_aliases entry.",
                             name, alias, ctx->m->is_root ? "the root module" : ctx->m->display_name, name, alias);
    d->hint = ctx->m->is_root
                  ? arena_printf(ctx->a, "Add provider \"%s\" { alias = \"%s\" ... }.", name, alias)
                  : arena_printf(ctx->a, "Declare configuration_aliases = [%s.%s] for %s in required_providers, "
                                         "and pass it in the calling module's providers map.",
                                 name, alias, name);
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *r = &m->resources.data[i];
        if (!r->provider_alias || alias_defined(m, r->provider_name, r->provider_alias)) continue;
        report(ctx, r->provider->src, r->provider->expr->range, r->provider_name, r->provider_alias);
    }
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *c = m->calls.data[i];
        AstAttribute *pa = body_attr(c->block->body, "providers");
        if (!pa || pa->expr->kind != AST_OBJECT) continue;
        for (uint32_t k = 0; k < pa->expr->u.object.len; k++) {
            const AstExpr *v = pa->expr->u.object.items[k].value;
            if (v->kind != AST_GETATTR || v->u.attr.obj->kind != AST_VARIABLE) continue;
            const char *name = v->u.attr.obj->u.name, *alias = v->u.attr.name;
            if (!alias_defined(m, name, alias)) report(ctx, pa->src, v->range, name, alias);
        }
    }
}

const Rule rule_undefined_provider_alias = {
    "undefined-provider-alias", SEV_ERROR, "S5", "provider = x.alias naming no configuration",
    "`provider = aws.west` in a resource or data source, and `aws = aws.west` in a module's "
    "`providers` map, must name a configuration that exists: a `provider \"aws\"` block with "
    "`alias = \"west\"` in the same module, or (in a child module) an entry `aws.west` in that "
    "provider's `configuration_aliases`. Otherwise `terraform validate` fails because the "
    "provider configuration is not present.",
    "module", check};
