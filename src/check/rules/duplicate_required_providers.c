/* duplicate_required_providers.c - S2: more than one required_providers
 * block across a module's files. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 1; i < m->required_providers_blocks.len; i++) {
        AstBlock *b = m->required_providers_blocks.data[i];
        AstBlock *first = m->required_providers_blocks.data[0];
        Diag *d = ctx_report(ctx, b->src, b->type_range, "Duplicate required providers configuration");
        d->detail = arena_printf(ctx->a, "A module may have only one required providers configuration. "
                                         "The required providers were previously configured at %s.",
                                 ctx_range_text(ctx, first->src, first->type_range));
        d->hint = "Merge the entries into the first required_providers block and delete this one.";
    }
}

const Rule rule_duplicate_required_providers = {
    "duplicate-required-providers", SEV_ERROR, "S2",
    "More than one required_providers block in a module",
    "A module may declare its provider requirements in exactly one `required_providers` block, "
    "across all of its files. Generated code often adds a second `terraform { required_providers "
    "{ ... } }` in another file (versions.tf and providers.tf both carrying one), and `terraform "
    "init` then stops with \"Duplicate required providers configuration\". Merge the entries into "
    "one block. Blocks in override files (override.tf, *_override.tf) merge into the first and are "
    "not duplicates.",
    "module", check};
