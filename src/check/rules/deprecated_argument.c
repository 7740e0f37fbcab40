/* deprecated_argument.c - T4 (warning): an argument, nested block or
 * resource type the selected provider version marks deprecated. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    schema_walk(ctx, SE_DEPRECATED);
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *r = &m->resources.data[i];
        SchemaTarget t;
        if (!resource_schema(ctx, r, &t) || t.block < 0 || !schema_block_deprecated(t.block)) continue;
        Diag *d = ctx_report(ctx, r->file, r->block->labels[0].range,
                             r->mode == MODE_DATA ? "Deprecated data source" : "Deprecated resource type");
        d->detail = arena_printf(ctx->a, "%s is deprecated in %s %s and will be removed in a future major version.",
                                 r->type, t.choice->source, schema_provider_version(t.choice->provider));
        d->hint = "See the provider's documentation for its replacement.";
    }
}

const Rule rule_deprecated_argument = {
    "deprecated-argument", SEV_WARNING, "T4", "Deprecated arguments, blocks and resource types",
    "Providers deprecate arguments, nested blocks and whole resource types a major version before "
    "they remove them (`stage_name` on `aws_api_gateway_deployment` in AWS provider 5). The "
    "configuration still works, but the next major upgrade will break it, and terraform prints a "
    "warning on every plan. tfcheck reports what the selected provider version's schema marks "
    "deprecated; move to the replacement the provider documents.",
    "module", check};
