/* dependency_cycle.c - R4: cycles among locals, resources and data sources
 * through their references and depends_on, found as strongly connected
 * components (Tarjan's algorithm, iterative). */
#include "../check_int.h"

#include <stdlib.h>

typedef struct Graph {
    uint32_t n;
    Vec(uint32_t) *adj;
} Graph;

static uint32_t node_of(CheckCtx *ctx, const Reference *r, uint32_t nlocals) {
    Module *m = ctx->m;
    if (strcmp(r->root, "local") == 0) {
        if (!r->nsteps || !r->steps[0].name) return UINT32_MAX;
        for (uint32_t i = 0; i < m->locals.len; i++)
            if (m->locals.data[i].name == r->steps[0].name) return i;
        return UINT32_MAX;
    }
    if (strcmp(r->root, "data") == 0) {
        if (r->nsteps < 2 || !r->steps[0].name || !r->steps[1].name) return UINT32_MAX;
        for (uint32_t i = 0; i < m->resources.len; i++) {
            Resource *res = &m->resources.data[i];
            if (res->mode == MODE_DATA && res->type == r->steps[0].name && res->name == r->steps[1].name)
                return nlocals + i;
        }
        return UINT32_MAX;
    }
    if (!r->nsteps || !r->steps[0].name) return UINT32_MAX;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *res = &m->resources.data[i];
        if (res->mode == MODE_MANAGED && res->type == r->root && res->name == r->steps[0].name) return nlocals + i;
    }
    return UINT32_MAX;
}

static const char *node_name(CheckCtx *ctx, uint32_t v, uint32_t nlocals) {
    Module *m = ctx->m;
    if (v < nlocals) return arena_printf(ctx->a, "local.%s", m->locals.data[v].name);
    Resource *r = &m->resources.data[v - nlocals];
    return r->mode == MODE_DATA ? arena_printf(ctx->a, "data.%s.%s", r->type, r->name)
                                : arena_printf(ctx->a, "%s.%s", r->type, r->name);
}

static void node_loc(CheckCtx *ctx, uint32_t v, uint32_t nlocals, const SourceFile **f, Range *r) {
    Module *m = ctx->m;
    if (v < nlocals) {
        *f = m->locals.data[v].file;
        *r = m->locals.data[v].attr->name_range;
    } else {
        Resource *res = &m->resources.data[v - nlocals];
        *f = res->file;
        *r = block_decl_range(res->block);
    }
}

typedef struct Frame {
    uint32_t v, edge;
} Frame;

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    uint32_t nl = m->locals.len, n = nl + m->resources.len;
    if (n == 0) return;
    Graph g = {n, mem_alloc(mem_mul(sizeof(*g.adj), n))};
    memset(g.adj, 0, sizeof(*g.adj) * n);
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (r->flags & RC_PROVISIONER) continue; /* provisioners run after the resource exists */
        uint32_t from = UINT32_MAX;
        if (r->owner_kind == OWNER_LOCAL) from = (uint32_t)((Local *)r->owner - m->locals.data);
        else if (r->owner_kind == OWNER_RESOURCE) from = nl + (uint32_t)((Resource *)r->owner - m->resources.data);
        if (from == UINT32_MAX) continue;
        uint32_t to = node_of(ctx, r, nl);
        if (to == UINT32_MAX) continue;
        if (to == from && from >= nl) continue; /* self-reference reports a resource naming itself */
        vec_push(&g.adj[from], to);
    }
    /* Tarjan's strongly connected components, with an explicit stack */
    uint32_t *index = mem_alloc(mem_mul(sizeof(uint32_t), n)), *low = mem_alloc(mem_mul(sizeof(uint32_t), n));
    bool *on = mem_alloc(n);
    for (uint32_t i = 0; i < n; i++) index[i] = UINT32_MAX;
    memset(on, 0, n);
    Vec(uint32_t) stack = {0};
    Vec(Frame) calls = {0};
    uint32_t next_index = 0;
    for (uint32_t s = 0; s < n; s++) {
        if (index[s] != UINT32_MAX) continue;
        Frame f0 = {s, 0};
        vec_push(&calls, f0);
        index[s] = low[s] = next_index++;
        vec_push(&stack, s);
        on[s] = true;
        while (calls.len) {
            Frame *f = &vec_last(&calls);
            uint32_t v = f->v;
            if (f->edge < g.adj[v].len) {
                uint32_t w = g.adj[v].data[f->edge++];
                if (index[w] == UINT32_MAX) {
                    index[w] = low[w] = next_index++;
                    vec_push(&stack, w);
                    on[w] = true;
                    Frame fw = {w, 0};
                    vec_push(&calls, fw);
                } else if (on[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            calls.len--;
            if (calls.len) {
                uint32_t parent = vec_last(&calls).v;
                if (low[v] < low[parent]) low[parent] = low[v];
            }
            if (low[v] != index[v]) continue;
            /* v roots a component: pop it */
            Vec(uint32_t) comp = {0};
            uint32_t w;
            do {
                w = stack.data[--stack.len];
                on[w] = false;
                vec_push(&comp, w);
            } while (w != v);
            bool self_loop = false;
            for (uint32_t k = 0; k < g.adj[v].len; k++)
                if (g.adj[v].data[k] == v) self_loop = true;
            if (comp.len > 1 || self_loop) {
                /* report at the member that comes first in the sorted order */
                uint32_t first = comp.data[0];
                for (uint32_t k = 1; k < comp.len; k++)
                    if (comp.data[k] < first) first = comp.data[k];
                StrBuf names = {0};
                for (uint32_t k = comp.len; k > 0; k--) {
                    if (names.len) sb_puts(&names, ", ");
                    sb_puts(&names, node_name(ctx, comp.data[k - 1], nl));
                }
                const SourceFile *file;
                Range r;
                node_loc(ctx, first, nl, &file, &r);
                Diag *d = ctx_report(ctx, file, r, arena_printf(ctx->a, "Cycle: %s", names.data));
                d->detail = arena_printf(ctx->a, "These declarations depend on each other through their "
                                                 "references and depends_on, so Terraform cannot order them: %s.",
                                         names.data);
                d->hint = "Break the cycle: compute the shared part in a separate local or resource that "
                          "both can depend on.";
                sb_free(&names);
            }
            vec_free(&comp);
        }
    }
    vec_free(&stack);
    vec_free(&calls);
    mem_free(index);
    mem_free(low);
    mem_free(on);
    for (uint32_t i = 0; i < n; i++) vec_free(&g.adj[i]);
    mem_free(g.adj);
}

const Rule rule_dependency_cycle = {
    "dependency-cycle", SEV_ERROR, "R4", "Cycles among locals, resources and data sources",
    "Terraform evaluates locals and creates resources in dependency order, taken from their "
    "references and `depends_on`. When they depend on each other in a circle (local.a uses "
    "local.b, which uses local.a; a security group's rule references an instance that references "
    "the group), there is no order and `terraform validate` or `plan` fails with \"Cycle: ...\". "
    "Break the circle by moving the shared part into its own local or resource (for security "
    "groups, use separate aws_vpc_security_group_ingress_rule resources).",
    "module", check};
