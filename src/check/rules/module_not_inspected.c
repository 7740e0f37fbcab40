/* module_not_inspected.c - an info note for each remote module call whose
 * source is not available locally. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *c = m->calls.data[i];
        if (!c->not_inspected) continue;
        Diag *d = ctx_report(ctx, c->file, c->source_range, "Module not inspected");
        d->detail = arena_printf(ctx->a, "The source of module \"%s\" (%s) is not a local path and no copy of it "
                                         "was found in .terraform/modules, so its inputs and outputs were not "
                                         "checked; references to its outputs are taken as unknown.",
                                 c->name, c->source);
        d->hint = "Run terraform init (no backend needed: terraform init -backend=false) so that tfcheck can "
                  "read the downloaded module.";
    }
}

const Rule rule_module_not_inspected = {
    "module-not-inspected", SEV_INFO, "R1", "Remote modules that could not be read",
    "Modules from a registry, Git or another remote source are read from .terraform/modules when "
    "a previous `terraform init` downloaded them, as tflint and trivy do. When they are not there, "
    "tfcheck says so once per module call and treats the module's outputs as unknown: it never "
    "reports them as undeclared.",
    "module", check};
