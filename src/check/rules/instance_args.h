/* instance_args.h - what invalid_count.c and invalid_for_each.c share: the
 * blocks that take count / for_each (resources, data sources, module calls). */
#ifndef TFCHECK_INSTANCE_ARGS_H
#define TFCHECK_INSTANCE_ARGS_H

#include "../check_int.h"

typedef void (*MetaCheck)(CheckCtx *ctx, AstAttribute *meta);

/* Calls check on the count (count = true) or for_each argument of every
 * resource, data source and module call of ctx->m that has one. */
static inline void each_meta_argument(CheckCtx *ctx, bool count, MetaCheck check) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        AstAttribute *a = count ? m->resources.data[i].count : m->resources.data[i].for_each;
        if (a) check(ctx, a);
    }
    for (uint32_t i = 0; i < m->calls.len; i++) {
        AstAttribute *a = count ? m->calls.data[i]->count : m->calls.data[i]->for_each;
        if (a) check(ctx, a);
    }
}

#endif
