/* undeclared_variable_value.c - V1: a tfvars file sets a variable the root
 * module does not declare. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    if (!m->is_root) return;
    for (uint32_t i = 0; i < m->var_values.len; i++) {
        AstAttribute *a = m->var_values.data[i];
        if (module_variable(m, a->name)) continue;
        const SourceFile *f = m->var_value_files.data[i];
        const char *base = strrchr(f->path, '/');
        Diag *d = ctx_report(ctx, f, a->name_range, "Value for undeclared variable");
        d->detail = arena_printf(ctx->a, "The root module does not declare a variable named \"%s\" but a value was "
                                         "found in file \"%s\". If you meant to use this value, add a \"variable\" "
                                         "block to the configuration.",
                                 a->name, base ? base + 1 : f->path);
        const char **cands = ARENA_ARRAY(ctx->a, const char *, m->variables.len + 1);
        for (uint32_t j = 0; j < m->variables.len; j++) cands[j] = m->variables.data[j].name;
        const char *s = did_you_mean(a->name, cands, m->variables.len);
        if (s) d->hint = arena_printf(ctx->a, "Did you mean \"%s\"?", s);
    }
}

const Rule rule_undeclared_variable_value = {
    "undeclared-variable-value", SEV_WARNING, "V1", "tfvars values for variables that do not exist",
    "A value in terraform.tfvars or a *.auto.tfvars file for a variable the root module does not "
    "declare is ignored, with a warning from Terraform. It is usually a misspelling, which leaves "
    "the intended variable at its default (or unset), or a leftover from a removed variable.",
    "module", check};
