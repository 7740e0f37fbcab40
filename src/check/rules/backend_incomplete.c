/* backend_incomplete.c - S6: a backend that leaves required settings out,
 * so terraform init prompts for them unless -backend-config supplies them. */
#include "../check_int.h"

typedef struct BackendNeeds {
    const char *type;
    const char *settings[4];
} BackendNeeds;

static const BackendNeeds needs[] = {
    {"s3", {"bucket", "key", "region", NULL}},
    {"gcs", {"bucket", NULL}},
    {"azurerm", {"storage_account_name", "container_name", "key", NULL}},
    {"consul", {"path", NULL}},
    {"http", {"address", NULL}},
    {"kubernetes", {"secret_suffix", NULL}},
    {"oss", {"bucket", NULL}},
    {"cos", {"bucket", NULL}},
    {"remote", {"organization", "workspaces", NULL}},
    {"cloud", {"organization", "workspaces", NULL}},
};

static bool set_in(const AstBody *b, const char *name) {
    return body_attr(b, name) || body_block(b, name);
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    if (!m->is_root) return;
    for (uint32_t i = 0; i < m->backends.len; i++) {
        Backend *b = &m->backends.data[i];
        for (size_t k = 0; k < sizeof needs / sizeof needs[0]; k++) {
            if (strcmp(needs[k].type, b->type) != 0) continue;
            StrBuf missing = {0};
            for (const char *const *s = needs[k].settings; *s; s++) {
                if (set_in(b->block->body, *s)) continue;
                if (missing.len) sb_puts(&missing, ", ");
                sb_puts(&missing, *s);
            }
            if (missing.len) {
                Diag *d = ctx_report(ctx, b->file, block_decl_range(b->block),
                                     arena_printf(ctx->a, "Partial %s configuration: %s not set",
                                                  strcmp(b->type, "cloud") == 0 ? "cloud" : "backend", missing.data));
                d->detail = arena_printf(ctx->a, "terraform init will ask for %s unless they are given with "
                                                 "-backend-config (or, for some, the backend's environment "
                                                 "variables). That is fine for a deliberately partial "
                                                 "configuration; in a pipeline without them, init stops at the "
                                                 "prompt.",
                                         missing.data);
                d->hint = "Pass them with terraform init -backend-config=KEY=VALUE or a backend config file.";
            }
            sb_free(&missing);
        }
    }
}

const Rule rule_backend_incomplete = {
    "backend-incomplete", SEV_INFO, "S6", "Backends that leave required settings to init",
    "A backend block may leave settings out on purpose (a \"partial configuration\") and have "
    "them supplied by `terraform init -backend-config=...`. When nothing supplies them, init "
    "prompts and a CI pipeline hangs or fails. tfcheck lists the settings each backend type "
    "needs that the block does not set (s3: bucket, key, region; gcs: bucket; azurerm: "
    "storage_account_name, container_name, key; ...), as information: only the pipeline knows "
    "whether it passes them.",
    "module", check};
