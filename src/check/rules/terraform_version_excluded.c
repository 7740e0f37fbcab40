/* terraform_version_excluded.c - S7: a required_version that no Terraform
 * 1.x release satisfies. */
#include "../check_int.h"

/* The last patch of every Terraform 1.x minor release up to the newest one
 * this version of tfcheck knows. */
static const Version releases[] = {
    {1, 0, 11, ""}, {1, 1, 9, ""}, {1, 2, 9, ""}, {1, 3, 10, ""}, {1, 4, 7, ""},
    {1, 5, 7, ""},  {1, 6, 6, ""}, {1, 7, 5, ""}, {1, 8, 5, ""},  {1, 9, 8, ""},
    {1, 10, 5, ""}, {1, 11, 4, ""}, {1, 12, 2, ""}, {1, 13, 5, ""}, {1, 14, 0, ""},
};

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->required_versions.len; i++) {
        AstAttribute *rv = m->required_versions.data[i];
        const char *s = expr_literal_string(ctx->a, rv->expr);
        VersionConstraints vc;
        const char *why;
        if (!s || !constraints_parse(ctx->a, s, &vc, &why)) continue; /* invalid-version-constraint */
        bool any = false;
        for (size_t k = 0; k < sizeof releases / sizeof releases[0] && !any; k++) {
            /* any patch of the minor release may satisfy it */
            for (int64_t patch = 0; patch <= releases[k].patch && !any; patch++) {
                Version v = releases[k];
                v.patch = patch;
                any = constraints_allow(&vc, &v);
            }
        }
        if (any) continue;
        Diag *d = ctx_report(ctx, rv->src, rv->expr->range, "Unsupported Terraform Core version");
        d->detail = arena_printf(ctx->a, "required_version \"%s\" is not satisfied by any Terraform 1.x release, so "
                                         "terraform init fails with every current version of Terraform.",
                                 s);
        d->hint = "Use a constraint that includes the Terraform version your pipeline runs, e.g. \">= 1.5\".";
    }
}

const Rule rule_terraform_version_excluded = {
    "terraform-version-excluded", SEV_ERROR, "S7", "required_version that excludes every Terraform 1.x",
    "`required_version` tells Terraform which releases may run the configuration. A constraint "
    "that no 1.x release satisfies (\"~> 0.12\", \"< 1.0\", \">= 2.0\", a typo such as \"= 11.5\") "
    "makes `terraform init` fail with \"Unsupported Terraform Core version\" on every current "
    "Terraform. Pinning an older 1.x release is a choice and is not reported.",
    "module", check};
