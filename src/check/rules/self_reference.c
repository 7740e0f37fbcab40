/* self_reference.c - R4: a resource or data source whose own arguments
 * refer to it by its address. */
#include "../check_int.h"

static void check(CheckCtx *ctx) {
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (r->owner_kind != OWNER_RESOURCE || (r->flags & RC_PROVISIONER)) continue;
        Resource *res = r->owner;
        bool hit;
        if (res->mode == MODE_DATA)
            hit = strcmp(r->root, "data") == 0 && r->nsteps >= 2 && r->steps[0].name == res->type &&
                  r->steps[1].name == res->name;
        else
            hit = r->root == res->type && r->nsteps >= 1 && r->steps[0].name == res->name;
        if (!hit) continue;
        Diag *d = ctx_report(ctx, r->file, r->range, "Self-referential block");
        d->detail = arena_printf(ctx->a, "Configuration for %s may not refer to itself.", res->key);
        d->hint = "Inside provisioner and connection blocks, use self instead; elsewhere compute the value "
                  "from the inputs the resource itself uses.";
    }
}

const Rule rule_self_reference = {
    "self-reference", SEV_ERROR, "R4", "Resources that refer to themselves",
    "A resource's arguments are evaluated before the resource exists, so they cannot read the "
    "resource's own attributes: `aws_s3_bucket.logs.arn` inside `aws_s3_bucket.logs` fails "
    "`terraform validate` with \"Self-referential block\". Inside provisioner and connection "
    "blocks (which run after creation) use `self` instead; elsewhere compute the value from the "
    "same inputs the resource uses, or move it to a separate resource.",
    "module", check};
