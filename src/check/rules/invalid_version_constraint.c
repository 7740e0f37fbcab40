/* invalid_version_constraint.c - S7: version constraints that do not parse:
 * required_version, required_providers versions, module versions. */
#include "../check_int.h"

typedef enum ConstraintUse { USE_TERRAFORM, USE_PROVIDER, USE_MODULE } ConstraintUse;

static void check_one(CheckCtx *ctx, const SourceFile *f, const AstExpr *e, const char *what, ConstraintUse use) {
    if (!e) return;
    const char *s = expr_literal_string(ctx->a, e);
    if (!s) {
        Diag *d = ctx_report(ctx, f, e->range, "Invalid version constraint");
        d->detail = arena_printf(ctx->a, "%s must be a literal string such as \">= 1.5, < 2.0\"; Terraform "
                                         "reads it before any variable exists.",
                                 what);
        return;
    }
    VersionConstraints vc;
    const char *why = NULL;
    if (constraints_parse(ctx->a, s, &vc, &why)) {
        for (uint32_t i = 0; i < vc.len && !why; i++) {
            if (use == USE_TERRAFORM && vc.items[i].v.pre[0])
                why = "Prerelease version constraints are not supported: a constraint on Terraform's own "
                      "version may not name a prerelease.";
        }
        if (use == USE_PROVIDER && !why) {
            for (const char *p = s; *p && !why; p++)
                if (*p == 'v' && (p == s || strchr(" \t,=<>~!", p[-1])) && p[1] >= '0' && p[1] <= '9')
                    why = "A version constraint must not use a 'v' prefix: write \"~> 5.0\", not \"~> v5.0\".";
        }
        if (!why) return;
    }
    Diag *d = ctx_report(ctx, f, e->range, "Invalid version constraint");
    d->detail = arena_printf(ctx->a, "%s: %s", what, why);
    d->hint = "Write operators and versions such as \"~> 5.0\" or \">= 1.5.0, < 2.0.0\", separated by commas.";
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->required_versions.len; i++) {
        AstAttribute *rv = m->required_versions.data[i];
        check_one(ctx, rv->src, rv->expr, "required_version", USE_TERRAFORM);
    }
    for (uint32_t i = 0; i < m->required_providers.len; i++) {
        RequiredProvider *p = &m->required_providers.data[i];
        if (p->version_expr)
            check_one(ctx, p->loc.file, p->version_expr,
                      arena_printf(ctx->a, "The version constraint of provider \"%s\"", p->name), USE_PROVIDER);
    }
    for (uint32_t i = 0; i < m->calls.len; i++) {
        AstAttribute *v = body_attr(m->calls.data[i]->block->body, "version");
        if (v)
            check_one(ctx, v->src, v->expr, arena_printf(ctx->a, "The version of module \"%s\"", m->calls.data[i]->name),
                      USE_MODULE);
    }
}

const Rule rule_invalid_version_constraint = {
    "invalid-version-constraint", SEV_ERROR, "S7", "Version constraints that do not parse",
    "required_version, the version of each required provider and the version of each registry "
    "module must be literal strings in Terraform's constraint syntax: comma-separated "
    "operator-version pairs such as \"~> 5.0\" or \">= 1.5.0, < 2.0.0\" (operators =, !=, >, >=, "
    "<, <=, ~>). Anything else, such as \"5.x\", \"^5.0\" or \">= 5,\", makes `terraform init` "
    "fail.",
    "module", check};
