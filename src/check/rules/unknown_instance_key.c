/* unknown_instance_key.c - R3: a resource with count or for_each indexed
 * with a key its instances do not have (aws_x.y["prod"] where for_each
 * yields "dev" and "test", [each.key] of another for_each's keys, [3] of a
 * count of 2), when both sides are known. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    eval_module(ctx->ev, ctx->m);
    const EvalError *errs;
    uint32_t n = eval_recorded_errors(ctx->ev, &errs);
    for (uint32_t i = 0; i < n; i++) {
        const EvalError *e = &errs[i];
        if (!e->instance_key) continue;
        bool mine = false;
        for (uint32_t k = 0; k < ctx->m->files.len && !mine; k++) mine = ctx->m->files.data[k].src == e->file;
        if (!mine) continue;
        Diag *d = ctx_report(ctx, e->file, e->range, e->summary);
        d->detail = e->detail;
        d->hint = "Index the resource with one of the keys its count or for_each produces.";
    }
}

const Rule rule_unknown_instance_key = {
    "unknown-instance-key", SEV_ERROR, "R3", "Instance keys a counted or for_each resource does not have",
    "A resource (or data source) with `for_each` has one instance per key, and one with `count` one per "
    "index. tfcheck evaluates both sides and reports an index the instances do not have: a literal key "
    "missing from the `for_each` map or set, `[each.key]` where the referring block iterates over "
    "different keys than the referenced one, or an index at or past the count. `terraform plan` fails on "
    "these with \"Invalid index\". Keys that are unknown before apply are never reported.",
    "module", check};
