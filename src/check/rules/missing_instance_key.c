/* missing_instance_key.c - R3: an attribute read from a resource that has
 * count or for_each without choosing an instance. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        uint32_t k = 0;
        Resource *res = ref_resource(m, r, &k);
        /* ephemeral resources are not checked here yet */
        if (!res || res->mode == MODE_EPHEMERAL || r->nsteps <= k || !r->steps[k].name) continue;
        const RefStep *after = &r->steps[k];
        if (!res->count && !res->for_each) continue;
        const char *addr = res->key; /* type.name or data.type.name */
        bool counted = res->count != NULL;
        Diag *d = ctx_report(ctx, r->file, range_join(r->root_range, after->range), "Missing resource instance key");
        d->detail = arena_printf(ctx->a, "Because %s has \"%s\" set, its attributes must be accessed on specific "
                                         "instances.\n\nFor example, to correlate with indices of a referring "
                                         "resource, use:\n    %s[%s]",
                                 addr, counted ? "count" : "for_each", addr, counted ? "count.index" : "each.key");
        d->hint = counted ? arena_printf(ctx->a, "Use %s[0].%s for one instance, or %s[*].%s for all of them.",
                                         addr, after->name, addr, after->name)
                          : arena_printf(ctx->a, "Use %s[\"key\"].%s for one instance, or a for expression over "
                                                 "%s for all of them.",
                                         addr, after->name, addr);
    }
    /* module.m.out where the call has count or for_each */
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (strcmp(r->root, "module") != 0 || r->nsteps < 2 || !r->steps[0].name || !r->steps[1].name) continue;
        ModuleCall *c = module_call(m, r->steps[0].name);
        if (!c || (!c->count && !c->for_each)) continue;
        bool counted = c->count != NULL;
        Diag *d = ctx_report(ctx, r->file, range_join(r->root_range, r->steps[1].range), "Unsupported attribute");
        d->detail = counted ? arena_printf(ctx->a, "Can't access attributes on a list of objects: module.%s has "
                                                   "\"count\" set, so it is a list of module instances. Did you "
                                                   "mean to access attribute \"%s\" for a specific element of the "
                                                   "list, or across all elements of the list?",
                                           c->name, r->steps[1].name)
                            : arena_printf(ctx->a, "module.%s has \"for_each\" set, so it is a map of module "
                                                   "instances and has no attribute \"%s\" of its own; choose an "
                                                   "instance by its key.",
                                           c->name, r->steps[1].name);
        d->hint = counted ? arena_printf(ctx->a, "Use module.%s[0].%s, or module.%s[*].%s for all of them.", c->name,
                                         r->steps[1].name, c->name, r->steps[1].name)
                          : arena_printf(ctx->a, "Use module.%s[\"key\"].%s, or a for expression over module.%s.",
                                         c->name, r->steps[1].name, c->name);
    }
}

const Rule rule_missing_instance_key = {
    "missing-instance-key", SEV_ERROR, "R3", "Attributes read from a multi-instance resource without a key",
    "A resource or data source with `count` is a list of instances and one with `for_each` is a "
    "map of them, so `aws_instance.web.id` does not name a single value. Pick an instance "
    "(`aws_instance.web[0].id`, `aws_instance.web[each.key].id`) or use a splat or for expression "
    "for all of them (`aws_instance.web[*].id`). `terraform validate` fails with \"Missing "
    "resource instance key\" otherwise.",
    "module", check};
