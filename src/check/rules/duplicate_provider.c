/* duplicate_provider.c - S3: two provider blocks for one provider with the
 * same alias (or both without one). */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->providers.len; i++) {
        ProviderConfig *p = &m->providers.data[i];
        for (uint32_t k = 0; k < i; k++) {
            ProviderConfig *q = &m->providers.data[k];
            if (q->name != p->name || q->alias != p->alias) continue;
            Diag *d = ctx_report(ctx, p->file, block_decl_range(p->block), "Duplicate provider configuration");
            const char *prev = ctx_range_text(ctx, q->file, block_decl_range(q->block));
            if (p->alias)
                d->detail = arena_printf(ctx->a, "A provider configuration for \"%s\" with alias \"%s\" was "
                                                 "already given at %s. Each configuration for the same "
                                                 "provider must have a distinct alias.",
                                         p->name, p->alias, prev);
            else
                d->detail = arena_printf(ctx->a, "A default (non-aliased) provider configuration for \"%s\" "
                                                 "was already given at %s. If multiple configurations are "
                                                 "required, set the \"alias\" argument for alternative "
                                                 "configurations.",
                                         p->name, prev);
            d->hint = "Give this block an alias (alias = \"secondary\") and select it with provider = "
                      "<name>.<alias> where it is needed.";
            break;
        }
    }
}

const Rule rule_duplicate_provider = {
    "duplicate-provider", SEV_ERROR, "S3", "Two provider blocks with the same name and alias",
    "A module may have one default (un-aliased) configuration per provider, plus any number of "
    "aliased ones with distinct aliases. Two `provider \"aws\"` blocks without `alias` (for "
    "example one per region, copied from an example) make `terraform validate` fail with "
    "\"Duplicate provider configuration\". Give every extra configuration an `alias` and select it "
    "in resources with `provider = aws.<alias>`.",
    "module", check};
