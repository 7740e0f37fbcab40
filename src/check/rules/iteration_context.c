/* iteration_context.c - R3: count.index outside count, each.* outside
 * for_each, self outside provisioners and postconditions, and attributes of
 * count and each that do not exist. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        const RefStep *s0 = r->nsteps ? &r->steps[0] : NULL;
        Range sub = s0 ? range_join(r->root_range, s0->range) : r->root_range;
        if (strcmp(r->root, "count") == 0) {
            if (!(r->flags & RC_COUNT) || (r->flags & RC_META)) {
                Diag *d = ctx_report(ctx, r->file, sub, "Reference to \"count\" in non-counted context");
                d->detail = "The \"count\" object can only be used in \"module\", \"resource\", and \"data\" "
                            "blocks, and only when the \"count\" argument is set.";
                d->hint = "Set count on this block, or use the value the index stands for.";
            } else if (!s0 || !s0->name || strcmp(s0->name, "index") != 0) {
                Diag *d = ctx_report(ctx, r->file, sub, "Invalid \"count\" attribute");
                d->detail = arena_printf(ctx->a, "The \"count\" object does not have an attribute named \"%s\". "
                                                 "The only supported attribute is count.index, which is the "
                                                 "index of each instance of a resource block that has the "
                                                 "\"count\" argument set.",
                                         s0 && s0->name ? s0->name : "");
            }
        } else if (strcmp(r->root, "each") == 0) {
            if (!(r->flags & RC_EACH) || (r->flags & RC_META)) {
                Diag *d = ctx_report(ctx, r->file, sub, "Reference to \"each\" in context without for_each");
                d->detail = "The \"each\" object can be used only in \"module\" or \"resource\" blocks, and "
                            "only when the \"for_each\" argument is set.";
                d->hint = "Set for_each on this block, or refer to the value directly.";
            } else if (!s0 || !s0->name || (strcmp(s0->name, "key") != 0 && strcmp(s0->name, "value") != 0)) {
                Diag *d = ctx_report(ctx, r->file, sub, "Invalid \"each\" attribute");
                d->detail = arena_printf(ctx->a, "The \"each\" object does not have an attribute named \"%s\". "
                                                 "The supported attributes are each.key and each.value, the "
                                                 "current key and value pair of the \"for_each\" attribute set.",
                                         s0 && s0->name ? s0->name : "");
            }
        } else if (strcmp(r->root, "self") == 0) {
            if (r->flags & RC_SELF) continue;
            Diag *d = ctx_report(ctx, r->file, r->root_range, "Invalid \"self\" reference");
            d->detail = "The \"self\" object is not available in this context. This object can be used only "
                        "in resource provisioner, connection, and postcondition blocks.";
            d->hint = "Refer to the resource by its address (type.name) instead.";
        }
    }
}

const Rule rule_iteration_context = {
    "iteration-context", SEV_ERROR, "R3", "count, each and self used where they do not exist",
    "`count.index` exists only inside a resource, data source or module block that sets `count`; "
    "`each.key` and `each.value` only inside one that sets `for_each`; and `self` only inside "
    "provisioner, connection and postcondition blocks. Using them elsewhere (including inside the "
    "`count` or `for_each` expression itself), or asking for an attribute they do not have such as "
    "`each.name`, fails `terraform validate`.",
    "module", check};
