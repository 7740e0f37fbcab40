/* missing_variable_value.c - V1: a root module variable with no default
 * and no value from terraform.tfvars, *.auto.tfvars, --var-file, --var or
 * TF_VAR_name, so that plan stops and asks for it. */
#include "../check_int.h"

static bool has_value(Module *m, const char *name) {
    for (uint32_t i = 0; i < m->var_values.len; i++)
        if (m->var_values.data[i]->name == name) return true;
    for (uint32_t i = 0; i < m->var_names_set.len; i++)
        if (m->var_names_set.data[i] == name) return true;
    return false;
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    /* A module that configures no provider and no backend and has no tfvars
     * is a library meant to be called; its inputs come from its callers. */
    if (!m->is_root || !m->looks_like_root) return;
    if (m->has_unread_tfvars_json) return; /* values may come from JSON tfvars tfcheck cannot read yet */
    for (uint32_t i = 0; i < m->variables.len; i++) {
        Variable *v = &m->variables.data[i];
        if (v->default_attr || has_value(m, v->name)) continue;
        Diag *d = ctx_report(ctx, v->file, block_decl_range(v->block), "No value for required variable");
        d->detail = arena_printf(ctx->a, "The root module input variable \"%s\" is not set, and has no default "
                                         "value. Use a -var or -var-file command line argument to provide a "
                                         "value for this variable.",
                                 v->name);
        d->hint = arena_printf(ctx->a, "Set %s in terraform.tfvars or a *.auto.tfvars file, or give the variable a "
                                       "default.",
                               v->name);
    }
}

const Rule rule_missing_variable_value = {
    "missing-variable-value", SEV_ERROR, "V1", "Root variables with no value from any source",
    "A variable without a default needs a value from terraform.tfvars, a *.auto.tfvars file, "
    "-var-file, -var or a TF_VAR_ environment variable. Without one, `terraform plan` stops to "
    "ask for it, which hangs or fails a CI pipeline. tfcheck looks at the same sources (pass "
    "--var-file and --var as you would to terraform). It checks modules that look like roots (they "
    "configure a provider or backend, or have tfvars); a module that does neither is treated as a "
    "library whose inputs come from its callers, checked by missing-module-input.",
    "module", check};
