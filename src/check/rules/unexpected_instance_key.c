/* unexpected_instance_key.c - R3: an index on a resource that has neither
 * count nor for_each. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        uint32_t k = 0;
        Resource *res = ref_resource(m, r, &k);
        /* ephemeral resources are not checked here yet */
        if (!res || res->mode == MODE_EPHEMERAL || r->nsteps <= k || r->steps[k].name) continue;
        const RefStep *after = &r->steps[k];
        if (res->count || res->for_each) continue;
        const char *addr = res->key; /* type.name or data.type.name */
        Diag *d = ctx_report(ctx, r->file, range_join(r->root_range, after->range), "Unexpected resource instance key");
        d->detail = arena_printf(ctx->a, "Because %s does not have \"count\" or \"for_each\" set, references to it "
                                         "must not include an index key. Remove the bracketed index to refer to "
                                         "the single instance of this resource.",
                                 addr);
    }
}

const Rule rule_unexpected_instance_key = {
    "unexpected-instance-key", SEV_ERROR, "R3", "An instance key on a single-instance resource",
    "A resource or data source without `count` or `for_each` has exactly one instance, and "
    "references to it must not carry an index: `aws_instance.web[0].id` fails `terraform "
    "validate` with \"Unexpected resource instance key\" unless `aws_instance.web` sets count or "
    "for_each. This often follows removing `count` from a resource while leaving `[0]` in the "
    "references to it.",
    "module", check};
