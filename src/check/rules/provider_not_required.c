/* provider_not_required.c - S5: a resource or data source whose provider is
 * missing from required_providers while the module declares others. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    if (m->required_providers.len == 0) return;
    Vec(const char *) seen = {0};
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *r = &m->resources.data[i];
        const char *p = r->provider_name;
        if (strcmp(p, "terraform") == 0) continue; /* built in */
        bool declared = false;
        for (uint32_t k = 0; k < m->required_providers.len; k++)
            if (m->required_providers.data[k].name == p) declared = true;
        for (uint32_t k = 0; k < seen.len; k++)
            if (seen.data[k] == p) declared = true;
        if (declared) continue;
        vec_push(&seen, p);
        Diag *d = ctx_report(ctx, r->file, block_decl_range(r->block),
                             arena_printf(ctx->a, "Provider \"%s\" is not declared in required_providers", p));
        d->detail = arena_printf(ctx->a, "This module declares its required providers but not \"%s\", which %s "
                                         "uses. Terraform falls back to hashicorp/%s with no version constraint, "
                                         "so each terraform init may select a different version; where no "
                                         "hashicorp/%s provider exists, init fails.",
                                 p, r->key, p, p);
        d->hint = arena_printf(ctx->a, "Add %s = { source = \"hashicorp/%s\", version = \"...\" } (or the "
                                       "provider's real source) to required_providers.",
                               p, p);
    }
    vec_free(&seen);
}

const Rule rule_provider_not_required = {
    "provider-not-required", SEV_WARNING, "S5", "Providers used but missing from required_providers",
    "Once a module declares `required_providers`, every provider its resources and data sources "
    "use should be listed there with a source and a version constraint. An unlisted one (often "
    "random, archive, tls, null or time, added by a later edit) is taken to be hashicorp/<name> "
    "with no version pin, so different machines can install different versions, and `terraform "
    "init` fails outright for providers that do not live in the hashicorp namespace.",
    "module", check};
