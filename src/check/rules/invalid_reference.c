/* invalid_reference.c - R1: references of the wrong shape: path.x or
 * terraform.x attributes that do not exist, var or local without a name, a
 * resource type without a resource name. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (r->flags & RC_DEFAULT) continue;
        const char *root = r->root;
        const RefStep *s0 = r->nsteps ? &r->steps[0] : NULL;
        Range sub = s0 ? range_join(r->root_range, s0->range) : r->root_range;
        if (strcmp(root, "path") == 0) {
            if (s0 && s0->name && (strcmp(s0->name, "module") == 0 || strcmp(s0->name, "root") == 0 ||
                                   strcmp(s0->name, "cwd") == 0))
                continue;
            Diag *d = ctx_report(ctx, r->file, sub, "Invalid \"path\" attribute");
            d->detail = arena_printf(ctx->a, "The \"path\" object does not have an attribute named \"%s\". The "
                                             "supported attributes are path.cwd, path.module, and path.root, "
                                             "giving the current working directory, the directory of the "
                                             "current module, and the directory of the root module, respectively.",
                                     s0 && s0->name ? s0->name : "");
        } else if (strcmp(root, "terraform") == 0) {
            if (s0 && s0->name && (strcmp(s0->name, "workspace") == 0 || strcmp(s0->name, "applying") == 0))
                continue;
            Diag *d = ctx_report(ctx, r->file, sub, "Invalid \"terraform\" attribute");
            if (s0 && s0->name && strcmp(s0->name, "env") == 0) {
                d->detail = "The terraform.env attribute was deprecated in v0.10 and removed in v0.12. The \"state "
                            "environment\" concept was renamed to \"workspace\" in v0.12, and so the workspace name "
                            "can now be accessed using the terraform.workspace attribute.";
                d->hint = "Use terraform.workspace.";
            } else {
                d->detail = arena_printf(ctx->a, "The \"terraform\" object does not have an attribute named \"%s\". "
                                                 "The supported attributes are terraform.workspace and "
                                                 "terraform.applying.",
                                         s0 && s0->name ? s0->name : "");
            }
        } else if (strcmp(root, "var") == 0 || strcmp(root, "local") == 0 || strcmp(root, "module") == 0) {
            if (s0 && s0->name) continue;
            Diag *d = ctx_report(ctx, r->file, sub, "Invalid reference");
            d->detail = arena_printf(ctx->a, "The \"%s\" object cannot be accessed directly. Instead, access "
                                             "one of its attributes.",
                                     root);
            d->hint = arena_printf(ctx->a, "Write %s.<name>.", root);
        } else if (strcmp(root, "data") == 0 || strcmp(root, "ephemeral") == 0) {
            if (r->nsteps >= 2 && r->steps[0].name && r->steps[1].name) continue;
            Diag *d = ctx_report(ctx, r->file, r->range, "Invalid reference");
            d->detail = arena_printf(ctx->a, "The \"%s\" object must be followed by two attribute names: the "
                                             "resource type and the resource name.", root);
        } else if (strcmp(root, "count") == 0 || strcmp(root, "each") == 0 || strcmp(root, "self") == 0) {
            continue; /* iteration-context */
        } else {
            if (s0 && s0->name) continue;
            Diag *d = ctx_report(ctx, r->file, r->range, "Invalid reference");
            d->detail = "A reference to a resource type must be followed by at least one attribute access, "
                        "specifying the resource name.";
        }
    }
}

const Rule rule_invalid_reference = {
    "invalid-reference", SEV_ERROR, "R1", "References of a shape Terraform rejects",
    "Some names have a fixed shape: `path` offers only path.module, path.root and path.cwd; "
    "`terraform` offers terraform.workspace and terraform.applying; `var`, `local` and `module` "
    "must be followed by a name; `data` by a type and a name; and a resource type by a resource "
    "name. Anything else, such as `path.modules` or `var[\"x\"]`, fails `terraform validate`.",
    "module", check};
