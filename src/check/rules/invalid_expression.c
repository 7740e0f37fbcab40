/* invalid_expression.c - T5: expressions Terraform cannot evaluate: a
 * function given an argument it rejects, an operator given the wrong type,
 * a template interpolating null or a list, an index or attribute that is
 * not there.  Every expression of the module is evaluated (per instance);
 * only errors on values the configuration decides are reported. */
#include "../check_int.h"

/* Errors about references are the reference rules' (undeclared-reference,
 * iteration-context, invalid-reference): not reported twice. */
static bool reference_error(const char *summary) {
    static const char *const prefixes[] = {
        "Reference to undeclared", "Reference to \"count\"", "Reference to \"each\"", "Invalid reference",
        "Invalid \"path\" attribute", "Invalid \"terraform\" attribute", "Invalid \"count\" attribute",
        "Invalid \"each\" attribute", "Unknown variable",
    };
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (strncmp(summary, prefixes[i], strlen(prefixes[i])) == 0) return true;
    return false;
}

static void check(CheckCtx *ctx) {
    eval_module(ctx->ev, ctx->m);
    const EvalError *errs;
    uint32_t n = eval_recorded_errors(ctx->ev, &errs);
    for (uint32_t i = 0; i < n; i++) {
        const EvalError *e = &errs[i];
        /* reported by unknown-instance-key, missing-instance-key and the reference rules */
        if (e->instance_key || e->instances_attr || reference_error(e->summary)) continue;
        bool mine = false;
        for (uint32_t k = 0; k < ctx->m->files.len && !mine; k++) mine = ctx->m->files.data[k].src == e->file;
        if (!mine) continue;
        Diag *d = ctx_report(ctx, e->file, e->range, e->summary);
        d->detail = e->detail;
    }
}

const Rule rule_invalid_expression = {
    "invalid-expression", SEV_ERROR, "T5", "Expressions Terraform fails to evaluate",
    "tfcheck evaluates every expression of a module as Terraform would, with variables from tfvars, "
    "`--var`, `TF_VAR_` and defaults, locals, module inputs and outputs, and the arguments resources set, "
    "and reports what Terraform itself would stop on: a function given a value it rejects (\"Invalid "
    "function argument\", e.g. `substr` on a number list, `cidrsubnet` beyond 32 bits, `file` of a missing "
    "file), an operator on the wrong type, a template interpolating null or a list, a missing map key or "
    "object attribute, an index beyond a list. Values the configuration does not decide (attributes "
    "resources compute, variables without a value) are unknown and never reported. The summary and "
    "detail are Terraform's own words.",
    "module", check};
