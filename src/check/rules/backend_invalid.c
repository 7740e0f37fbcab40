/* backend_invalid.c - S6: backend blocks terraform init rejects: an unknown
 * backend type, or a backend together with a cloud block. */
#include "../check_int.h"

static const char *const known_backends[] = {"local", "remote", "azurerm", "consul", "cos", "gcs",
                                             "http", "kubernetes", "oss", "pg", "s3"};

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    const Backend *cloud = NULL, *backend = NULL;
    for (uint32_t i = 0; i < m->backends.len; i++) {
        Backend *b = &m->backends.data[i];
        if (strcmp(b->type, "cloud") == 0) {
            if (!cloud) cloud = b;
            continue;
        }
        if (!backend) backend = b;
        bool known = false;
        for (size_t k = 0; k < sizeof known_backends / sizeof known_backends[0]; k++)
            if (strcmp(b->type, known_backends[k]) == 0) known = true;
        if (known) continue;
        Range r = b->block->label_count ? b->block->labels[0].range : b->block->type_range;
        Diag *d = ctx_report(ctx, b->file, r, "Unsupported backend type");
        d->detail = arena_printf(ctx->a, "There is no backend type named \"%s\".", b->type);
        const char *s = did_you_mean(b->type, known_backends, sizeof known_backends / sizeof known_backends[0]);
        d->hint = s ? arena_printf(ctx->a, "Did you mean \"%s\"?", s)
                    : "Terraform 1.x supports local, remote, azurerm, consul, cos, gcs, http, kubernetes, oss, "
                      "pg and s3.";
    }
    if (cloud && backend) {
        /* terraform reports it on the backend block */
        Diag *d = ctx_report(ctx, backend->file, block_decl_range(backend->block),
                             "Both a backend and Terraform Cloud configuration are present");
        d->detail = "A module may declare either one 'cloud' block configuring HCP Terraform or one 'backend' "
                    "block configuring a state backend, but not both.";
    }
}

const Rule rule_backend_invalid = {
    "backend-invalid", SEV_ERROR, "S6", "Backend configuration terraform init rejects",
    "The backend type must be one that Terraform 1.x ships (local, remote, azurerm, consul, cos, "
    "gcs, http, kubernetes, oss, pg, s3; artifactory, etcd, etcdv3, manta and swift were removed "
    "in 1.3), and a module may use either a backend block or a cloud block, not both. Otherwise "
    "`terraform init` fails.",
    "module", check};
