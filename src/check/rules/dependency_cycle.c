/* dependency_cycle.c - R4: cycles among locals, resources and data sources
 * through their references and depends_on, found as strongly connected
 * components (Tarjan's algorithm, iterative). */
#include "../check_int.h"

#include <stdlib.h>

typedef struct Graph {
    uint32_t n;
    Vec(uint32_t) *adj;
} Graph;

/* Nodes: the module's locals, then its resources and data sources, then for
 * each loaded module call one node per variable of the called module (the
 * call's input) and one per output.  An output depends on the inputs its
 * value reaches inside the called module, so a cycle that passes through a
 * module call is found, as Terraform finds it. */
typedef struct Nodes {
    uint32_t nl, nr;          /* locals, resources */
    uint32_t *call_base;      /* first input node of each call (UINT32_MAX if not loaded) */
    uint32_t n;
} Nodes;

static uint32_t call_index(Module *m, const char *name) {
    for (uint32_t i = 0; i < m->calls.len; i++)
        if (m->calls.data[i]->name == name) return i;
    return UINT32_MAX;
}

static uint32_t input_node(const Nodes *nd, Module *m, uint32_t c, const char *var) {
    Module *child = m->calls.data[c]->child;
    if (nd->call_base[c] == UINT32_MAX) return UINT32_MAX;
    for (uint32_t i = 0; i < child->variables.len; i++)
        if (child->variables.data[i].name == var) return nd->call_base[c] + i;
    return UINT32_MAX;
}

static uint32_t output_node(const Nodes *nd, Module *m, uint32_t c, const char *out) {
    Module *child = m->calls.data[c]->child;
    if (nd->call_base[c] == UINT32_MAX) return UINT32_MAX;
    for (uint32_t i = 0; i < child->outputs.len; i++)
        if (child->outputs.data[i].name == out) return nd->call_base[c] + child->variables.len + i;
    return UINT32_MAX;
}

static uint32_t node_of(CheckCtx *ctx, const Nodes *nd, const Reference *r) {
    Module *m = ctx->m;
    if (strcmp(r->root, "local") == 0) {
        if (!r->nsteps || !r->steps[0].name) return UINT32_MAX;
        Local *l = module_local(m, r->steps[0].name);
        return l ? (uint32_t)(l - m->locals.data) : UINT32_MAX;
    }
    if (strcmp(r->root, "module") == 0) {
        if (!r->nsteps || !r->steps[0].name) return UINT32_MAX;
        uint32_t c = call_index(m, r->steps[0].name);
        if (c == UINT32_MAX) return UINT32_MAX;
        const RefStep *out = r->nsteps > 1 ? &r->steps[1] : NULL;
        if (out && !out->name && r->nsteps > 2) out = &r->steps[2];
        return out && out->name ? output_node(nd, m, c, out->name) : UINT32_MAX;
    }
    uint32_t after;
    Resource *res = ref_resource(m, r, &after);
    return res ? nd->nl + (uint32_t)(res - m->resources.data) : UINT32_MAX;
}

static const char *node_name(CheckCtx *ctx, const Nodes *nd, uint32_t v) {
    Module *m = ctx->m;
    if (v < nd->nl) return arena_printf(ctx->a, "local.%s", m->locals.data[v].name);
    if (v < nd->nl + nd->nr) {
        return m->resources.data[v - nd->nl].key;
    }
    for (uint32_t c = 0; c < m->calls.len; c++) {
        if (nd->call_base[c] == UINT32_MAX || v < nd->call_base[c]) continue;
        Module *child = m->calls.data[c]->child;
        uint32_t k = v - nd->call_base[c];
        if (k < child->variables.len)
            return arena_printf(ctx->a, "module.%s.var.%s", m->calls.data[c]->name, child->variables.data[k].name);
        k -= child->variables.len;
        if (k < child->outputs.len)
            return arena_printf(ctx->a, "module.%s.output.%s", m->calls.data[c]->name, child->outputs.data[k].name);
    }
    return "?";
}

/* Where to report: a local or resource of this module, else the call. */
static bool node_loc(CheckCtx *ctx, const Nodes *nd, uint32_t v, const SourceFile **f, Range *r) {
    Module *m = ctx->m;
    if (v < nd->nl) {
        *f = m->locals.data[v].file;
        *r = m->locals.data[v].attr->name_range;
        return true;
    }
    if (v < nd->nl + nd->nr) {
        Resource *res = &m->resources.data[v - nd->nl];
        *f = res->file;
        *r = block_decl_range(res->block);
        return true;
    }
    for (uint32_t c = m->calls.len; c > 0; c--) {
        if (nd->call_base[c - 1] != UINT32_MAX && v >= nd->call_base[c - 1]) {
            *f = m->calls.data[c - 1]->file;
            *r = block_decl_range(m->calls.data[c - 1]->block);
            return false;
        }
    }
    return false;
}

/* Inside a called module: which variables does output `o` reach, through
 * locals and resources?  (Nested module calls are not followed: a missed
 * cycle is better than an invented one.) */
static void output_inputs(Module *child, const RefIndex *ix, uint32_t o, bool *vars_hit) {
    uint32_t nl = child->locals.len, nr = child->resources.len;
    bool *seen = mem_alloc(nl + nr + 1);
    memset(seen, 0, nl + nr + 1);
    Vec(uint32_t) work = {0};
    /* start: the output's own references; owner encoding: locals < nl, resources after */
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < ix->refs.len; i++) {
            const Reference *r = &ix->refs.data[i];
            bool from_start = pass == 0 && r->owner_kind == OWNER_OUTPUT &&
                              (Output *)r->owner == &child->outputs.data[o];
            if (!from_start) continue;
            if (strcmp(r->root, "var") == 0 && r->nsteps && r->steps[0].name) {
                for (uint32_t v = 0; v < child->variables.len; v++)
                    if (child->variables.data[v].name == r->steps[0].name) vars_hit[v] = true;
            } else if (strcmp(r->root, "local") == 0 && r->nsteps && r->steps[0].name) {
                for (uint32_t l = 0; l < nl; l++)
                    if (child->locals.data[l].name == r->steps[0].name && !seen[l]) { seen[l] = true; vec_push(&work, l); }
            } else {
                uint32_t after;
                Resource *res = ref_resource(child, r, &after);
                uint32_t k = res ? (uint32_t)(res - child->resources.data) : 0;
                if (res && res->mode != MODE_EPHEMERAL && !seen[nl + k]) { seen[nl + k] = true; vec_push(&work, nl + k); }
            }
        }
    }
    while (work.len) {
        uint32_t v = work.data[--work.len];
        for (uint32_t i = 0; i < ix->refs.len; i++) {
            const Reference *r = &ix->refs.data[i];
            bool owned = v < nl ? (r->owner_kind == OWNER_LOCAL && (Local *)r->owner == &child->locals.data[v])
                                : (r->owner_kind == OWNER_RESOURCE && (Resource *)r->owner == &child->resources.data[v - nl]);
            if (!owned || !r->nsteps || !r->steps[0].name) continue;
            if (strcmp(r->root, "var") == 0) {
                for (uint32_t k = 0; k < child->variables.len; k++)
                    if (child->variables.data[k].name == r->steps[0].name) vars_hit[k] = true;
            } else if (strcmp(r->root, "local") == 0) {
                for (uint32_t l = 0; l < nl; l++)
                    if (child->locals.data[l].name == r->steps[0].name && !seen[l]) { seen[l] = true; vec_push(&work, l); }
            } else {
                uint32_t after;
                Resource *res = ref_resource(child, r, &after);
                uint32_t k = res ? (uint32_t)(res - child->resources.data) : 0;
                if (res && res->mode != MODE_EPHEMERAL && !seen[nl + k]) { seen[nl + k] = true; vec_push(&work, nl + k); }
            }
        }
    }
    vec_free(&work);
    mem_free(seen);
}

typedef struct Frame {
    uint32_t v, edge;
} Frame;

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    Nodes nd = {m->locals.len, m->resources.len, NULL, 0};
    nd.call_base = mem_alloc(mem_mul(sizeof(uint32_t), m->calls.len + 1));
    uint32_t n = nd.nl + nd.nr;
    for (uint32_t c = 0; c < m->calls.len; c++) {
        Module *child = call_child_known(m->calls.data[c]);
        nd.call_base[c] = child ? n : UINT32_MAX;
        if (child) n += child->variables.len + child->outputs.len;
    }
    nd.n = n;
    uint32_t nl = nd.nl;
    if (n == 0) {
        mem_free(nd.call_base);
        return;
    }
    Graph g = {n, mem_alloc(mem_mul(sizeof(*g.adj), n))};
    memset(g.adj, 0, sizeof(*g.adj) * n);
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        uint32_t to = node_of(ctx, &nd, r);
        if (to == UINT32_MAX) continue;
        if (r->owner_kind == OWNER_LOCAL) {
            uint32_t from = (uint32_t)((Local *)r->owner - m->locals.data);
            vec_push(&g.adj[from], to);
        } else if (r->owner_kind == OWNER_RESOURCE) {
            uint32_t from = nl + (uint32_t)((Resource *)r->owner - m->resources.data);
            if (to == from) continue; /* self-reference reports a resource naming itself */
            vec_push(&g.adj[from], to);
        } else if (r->owner_kind == OWNER_CALL && r->attr) {
            uint32_t c = (uint32_t)call_index(m, ((ModuleCall *)r->owner)->name);
            if (c == UINT32_MAX || nd.call_base[c] == UINT32_MAX) continue;
            Module *child = m->calls.data[c]->child;
            uint32_t from = input_node(&nd, m, c, r->attr->name);
            if (from != UINT32_MAX) {
                vec_push(&g.adj[from], to);
            } else {
                /* count, for_each, depends_on: every output of the call waits for them */
                for (uint32_t o = 0; o < child->outputs.len; o++)
                    vec_push(&g.adj[nd.call_base[c] + child->variables.len + o], to);
            }
        }
    }
    /* outputs of each call depend on the inputs they reach inside the module */
    for (uint32_t c = 0; c < m->calls.len; c++) {
        Module *child = m->calls.data[c]->child;
        if (nd.call_base[c] == UINT32_MAX || !child->outputs.len) continue;
        RefIndex cix;
        memset(&cix, 0, sizeof cix);
        refindex_build(child, ctx->names, &cix);
        bool *hit = mem_alloc(child->variables.len + 1);
        for (uint32_t o = 0; o < child->outputs.len; o++) {
            memset(hit, 0, child->variables.len + 1);
            output_inputs(child, &cix, o, hit);
            for (uint32_t v = 0; v < child->variables.len; v++)
                if (hit[v]) vec_push(&g.adj[nd.call_base[c] + child->variables.len + o], nd.call_base[c] + v);
        }
        mem_free(hit);
        refindex_free(&cix);
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
                    sb_puts(&names, node_name(ctx, &nd, comp.data[k - 1]));
                }
                const SourceFile *file = NULL;
                Range r = {0, 0};
                node_loc(ctx, &nd, first, &file, &r);
                Diag *d = ctx_report(ctx, file, r, arena_printf(ctx->a, "Cycle: %s", names.data));
                if (!file) d->has_subject = false;
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
    mem_free(nd.call_base);
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
