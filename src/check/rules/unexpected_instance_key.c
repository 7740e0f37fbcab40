/* unexpected_instance_key.c - R3: an index on a resource that has neither
 * count nor for_each. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (strcmp(r->root, "var") == 0 || strcmp(r->root, "local") == 0 || strcmp(r->root, "module") == 0 ||
            strcmp(r->root, "path") == 0 || strcmp(r->root, "terraform") == 0 || strcmp(r->root, "each") == 0 ||
            strcmp(r->root, "count") == 0 || strcmp(r->root, "self") == 0)
            continue;
        bool data = strcmp(r->root, "data") == 0;
        uint32_t base = data ? 1 : 0;
        if (r->nsteps < base + 2 || !r->steps[base].name) continue;
        const RefStep *after = &r->steps[base + 1];
        if (after->name) continue;
        Resource *res = data ? (r->steps[0].name ? module_resource(m, MODE_DATA, r->steps[0].name, r->steps[1].name) : NULL)
                             : module_resource(m, MODE_MANAGED, r->root, r->steps[0].name);
        if (!res || res->count || res->for_each) continue;
        const char *addr = data ? arena_printf(ctx->a, "data.%s.%s", res->type, res->name)
                                : arena_printf(ctx->a, "%s.%s", res->type, res->name);
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
