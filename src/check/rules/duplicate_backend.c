/* duplicate_backend.c - S2: more than one backend or cloud block in a module. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 1; i < m->backends.len; i++) {
        Backend *b = &m->backends.data[i];
        Backend *first = &m->backends.data[0];
        bool mixed = (strcmp(b->type, "cloud") == 0) != (strcmp(first->type, "cloud") == 0);
        if (mixed) continue; /* backend-invalid reports a backend with a cloud block */
        Diag *d = ctx_report(ctx, b->file, block_decl_range(b->block),
                             strcmp(b->type, "cloud") == 0 ? "Duplicate cloud configurations"
                                                           : "Duplicate backend configuration");
        d->detail = arena_printf(ctx->a, "A module may have only one backend configuration. The backend "
                                         "was previously configured at %s.",
                                 ctx_range_text(ctx, first->file, block_decl_range(first->block)));
        d->hint = "Keep one backend block; pass environment-specific settings with -backend-config.";
    }
}

const Rule rule_duplicate_backend = {
    "duplicate-backend", SEV_ERROR, "S2", "More than one backend or cloud block in a module",
    "A root module stores its state in exactly one place, so it may contain one `backend` block "
    "or one `cloud` block, across all of its files. A second one (often a generated backend.tf "
    "next to a hand-written one) makes `terraform init` fail with \"Duplicate backend "
    "configuration\". Keep one, and pass the settings that differ between environments with "
    "`terraform init -backend-config=...`.",
    "module", check};
