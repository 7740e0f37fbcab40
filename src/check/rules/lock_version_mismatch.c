/* lock_version_mismatch.c - S7: .terraform.lock.hcl selects a provider
 * version that the modules' version constraints reject. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *root = ctx->m;
    if (!root->is_root || !root->lock) return;
    AstBody *body = root->lock->body;
    for (uint32_t i = 0; i < body->len; i++) {
        if (!body->items[i].is_block) continue;
        AstBlock *b = body->items[i].u.block;
        if (strcmp(b->type, "provider") != 0 || b->label_count != 1) continue;
        AstAttribute *va = body_attr(b->body, "version");
        const char *vs = va ? expr_literal_string(ctx->a, va->expr) : NULL;
        Version locked;
        if (!vs || !version_parse(vs, strlen(vs), &locked)) continue;
        const char *addr = provider_source_key(ctx->a, b->labels[0].value, "");
        for (uint32_t k = 0; k < ctx->tree->modules.len; k++) {
            Module *m = ctx->tree->modules.data[k];
            bool reported = false;
            for (uint32_t j = 0; j < m->required_providers.len && !reported; j++) {
                RequiredProvider *p = &m->required_providers.data[j];
                if (!p->version || strcmp(provider_source_key(ctx->a, p->source, p->name), addr) != 0) continue;
                VersionConstraints vc;
                const char *why;
                if (!constraints_parse(ctx->a, p->version, &vc, &why) || constraints_allow(&vc, &locked)) continue;
                Diag *d = ctx_report(ctx, root->lock->src, va->expr->range,
                                     "Locked provider version does not match the constraints");
                d->detail = arena_printf(ctx->a, "The lock file selects %s %s, but %s requires \"%s\" (%s). "
                                                 "terraform init fails until the lock file is updated.",
                                         b->labels[0].value, vs, m->is_root ? "the root module" : m->display_name,
                                         p->version, ctx_range_text(ctx, p->loc.file, p->loc.range));
                d->hint = "Run terraform init -upgrade to select a version the constraints allow, and commit the "
                          "new lock file.";
                reported = true;
            }
        }
    }
}

const Rule rule_lock_version_mismatch = {
    "lock-version-mismatch", SEV_ERROR, "S7", "Lock file versions the constraints reject",
    "`.terraform.lock.hcl` records the exact provider versions a previous `terraform init` "
    "selected. When a module's `required_providers` constraint is later changed so that it no "
    "longer admits the locked version (the lock says 4.67.0, the module now wants \"~> 5.0\"), "
    "`terraform init` fails until it is run with -upgrade. tfcheck compares the lock file in the "
    "root module's directory with the constraints of every module it loads.",
    "module", check};
