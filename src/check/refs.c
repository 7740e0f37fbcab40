/* refs.c - the reference index: every traversal (var.x, aws_s3_bucket.b.arn,
 * each.key, ...) and function call a module makes, with the declaration it
 * sits in and the context flags in force there (count, for_each, self,
 * depends_on).  Names bound by for expressions, template for directives and
 * dynamic block iterators are local and not references. */
#include "check_int.h"

#include <string.h>

typedef struct Walker {
    Module *m;
    Interner *names;
    RefIndex *out;
    const SourceFile *file;
    uint32_t flags;
    OwnerKind owner_kind;
    void *owner;
    const AstAttribute *attr;
    const char *top;           /* top-level argument or block type being walked */
    Vec(const char *) bound;   /* names bound by enclosing for/dynamic */
    uint32_t depth;
} Walker;

static bool is_bound(Walker *w, const char *name) {
    for (uint32_t i = w->bound.len; i > 0; i--)
        if (w->bound.data[i - 1] == name) return true;
    return false;
}

static void walk_expr(Walker *w, const AstExpr *e);

static void walk_list(Walker *w, const ExprList *l) {
    for (uint32_t i = 0; i < l->len; i++) walk_expr(w, l->items[i]);
}

/* Records the traversal ending at e (a GETATTR/INDEX/VARIABLE chain whose
 * root is a variable), then walks the index keys inside it. */
static void walk_chain(Walker *w, const AstExpr *e, bool splat) {
    const AstExpr *chain[64];
    uint32_t n = 0;
    const AstExpr *x = e;
    while (x && (x->kind == AST_GETATTR || x->kind == AST_INDEX)) {
        if (n < 64) chain[n++] = x;
        x = x->kind == AST_GETATTR ? x->u.attr.obj : x->u.index.obj;
    }
    if (!x || x->kind != AST_VARIABLE) {
        /* not rooted at a name: walk everything inside */
        if (x) walk_expr(w, x);
        for (uint32_t i = 0; i < n; i++)
            if (chain[i]->kind == AST_INDEX) walk_expr(w, chain[i]->u.index.key);
        return;
    }
    if (!is_bound(w, x->u.name)) {
        Reference r;
        memset(&r, 0, sizeof r);
        r.file = w->file;
        r.root = x->u.name;
        r.root_range = x->range;
        r.range = x->range;
        r.total_steps = n;
        r.splat = splat;
        r.flags = w->flags;
        r.owner_kind = w->owner_kind;
        r.owner = w->owner;
        r.attr = w->attr;
        r.top = w->top;
        for (uint32_t i = n; i > 0 && r.nsteps < REF_MAX_STEPS; i--) {
            const AstExpr *s = chain[i - 1];
            RefStep *st = &r.steps[r.nsteps++];
            if (s->kind == AST_GETATTR) {
                st->name = s->u.attr.name;
                st->range = s->u.attr.name_range;
            } else {
                st->range = range_make(s->u.index.obj->range.end, s->range.end);
            }
            r.range.end = s->range.end;
        }
        vec_push(&w->out->refs, r);
    }
    for (uint32_t i = 0; i < n; i++)
        if (chain[i]->kind == AST_INDEX && !chain[i]->u.index.legacy) walk_expr(w, chain[i]->u.index.key);
}

static void bind(Walker *w, const char *name) {
    if (name) vec_push(&w->bound, name);
}

static void walk_expr(Walker *w, const AstExpr *e) {
    if (!e || w->depth > 512) return;
    w->depth++;
    switch (e->kind) {
    case AST_VARIABLE:
    case AST_GETATTR:
    case AST_INDEX:
        walk_chain(w, e, false);
        break;
    case AST_SPLAT:
        if (e->u.splat.source->kind == AST_VARIABLE || e->u.splat.source->kind == AST_GETATTR ||
            e->u.splat.source->kind == AST_INDEX)
            walk_chain(w, e->u.splat.source, true);
        else
            walk_expr(w, e->u.splat.source);
        walk_expr(w, e->u.splat.each); /* relative to the item: only index keys matter */
        break;
    case AST_TEMPLATE:
        walk_list(w, &e->u.tmpl.parts);
        break;
    case AST_TEMPLATE_IF:
        walk_expr(w, e->u.tif->cond);
        walk_list(w, &e->u.tif->then_parts);
        walk_list(w, &e->u.tif->else_parts);
        break;
    case AST_TEMPLATE_FOR: {
        walk_expr(w, e->u.tfor->coll);
        uint32_t save = w->bound.len;
        bind(w, e->u.tfor->key_var);
        bind(w, e->u.tfor->value_var);
        walk_list(w, &e->u.tfor->body);
        w->bound.len = save;
        break;
    }
    case AST_CALL: {
        FuncUse f = {w->file, e->u.call.name, e->range, w->flags, w->owner_kind, w->owner, w->attr, w->top};
        vec_push(&w->out->calls, f);
        walk_list(w, &e->u.call.args);
        break;
    }
    case AST_CONDITIONAL:
        walk_expr(w, e->u.cond.cond);
        walk_expr(w, e->u.cond.then_expr);
        walk_expr(w, e->u.cond.else_expr);
        break;
    case AST_BINARY:
        walk_expr(w, e->u.binary.lhs);
        walk_expr(w, e->u.binary.rhs);
        break;
    case AST_UNARY:
        walk_expr(w, e->u.unary.operand);
        break;
    case AST_TUPLE:
        walk_list(w, &e->u.items);
        break;
    case AST_OBJECT:
        for (uint32_t i = 0; i < e->u.object.len; i++) {
            if (!e->u.object.items[i].key_literal) walk_expr(w, e->u.object.items[i].key);
            walk_expr(w, e->u.object.items[i].value);
        }
        break;
    case AST_FOR: {
        walk_expr(w, e->u.forx->coll);
        uint32_t save = w->bound.len;
        bind(w, e->u.forx->key_var);
        bind(w, e->u.forx->value_var);
        walk_expr(w, e->u.forx->key_expr);
        walk_expr(w, e->u.forx->value_expr);
        walk_expr(w, e->u.forx->cond);
        w->bound.len = save;
        break;
    }
    case AST_PAREN:
        walk_expr(w, e->u.inner);
        break;
    default:
        break;
    }
    w->depth--;
}

static void walk_attr(Walker *w, const AstAttribute *a, uint32_t extra_flags) {
    uint32_t save_flags = w->flags;
    const AstAttribute *save_attr = w->attr;
    const SourceFile *save_file = w->file;
    w->flags |= extra_flags;
    if (!w->attr) w->attr = a;
    w->file = a->src;
    walk_expr(w, a->expr);
    w->flags = save_flags;
    w->attr = save_attr;
    w->file = save_file;
}

static void walk_body(Walker *w, const AstBody *b, bool resource_like);

/* dynamic "label" { for_each = ..., iterator = it, labels = [...], content { ... } } */
static void walk_dynamic(Walker *w, const AstBlock *b, bool resource_like) {
    const AstAttribute *fe = body_attr(b->body, "for_each");
    if (fe) walk_attr(w, fe, 0);
    const char *it = b->label_count ? intern(w->names, b->labels[0].value, strlen(b->labels[0].value)) : NULL;
    const AstAttribute *ia = body_attr(b->body, "iterator");
    if (ia && ia->expr->kind == AST_VARIABLE) it = ia->expr->u.name;
    uint32_t save = w->bound.len;
    bind(w, it);
    for (uint32_t i = 0; i < b->body->len; i++) {
        const AstItem *item = &b->body->items[i];
        if (!item->is_block) {
            const char *n = item->u.attr->name;
            if (strcmp(n, "labels") == 0) walk_attr(w, item->u.attr, 0);
            continue;
        }
        if (strcmp(item->u.block->type, "content") == 0) walk_body(w, item->u.block->body, resource_like);
    }
    w->bound.len = save;
}

static void walk_lifecycle(Walker *w, const AstBlock *b) {
    for (uint32_t i = 0; i < b->body->len; i++) {
        const AstItem *it = &b->body->items[i];
        if (!it->is_block) {
            if (strcmp(it->u.attr->name, "replace_triggered_by") == 0) walk_attr(w, it->u.attr, RC_LIFECYCLE);
            /* ignore_changes holds attribute paths, not references */
            else if (strcmp(it->u.attr->name, "ignore_changes") != 0) walk_attr(w, it->u.attr, RC_LIFECYCLE);
            continue;
        }
        const AstBlock *nb = it->u.block;
        uint32_t f = RC_LIFECYCLE | (strcmp(nb->type, "postcondition") == 0 ? RC_SELF : 0);
        for (uint32_t k = 0; k < nb->body->len; k++)
            if (!nb->body->items[k].is_block) walk_attr(w, nb->body->items[k].u.attr, f);
    }
}

/* The body of a resource, data source, module call or nested block. */
static void walk_body(Walker *w, const AstBody *b, bool resource_like) {
    if (!b) return;
    bool top_level = resource_like && w->attr == NULL;
    for (uint32_t i = 0; i < b->len; i++) {
        const AstItem *it = &b->items[i];
        if (top_level) {
            w->top = it->is_block ? it->u.block->type : it->u.attr->name;
            if (it->is_block && strcmp(it->u.block->type, "dynamic") == 0 && it->u.block->label_count)
                w->top = intern(w->names, it->u.block->labels[0].value, strlen(it->u.block->labels[0].value));
        }
        if (!it->is_block) {
            const AstAttribute *a = it->u.attr;
            if (resource_like && (strcmp(a->name, "count") == 0 || strcmp(a->name, "for_each") == 0) && w->attr == NULL) {
                uint32_t save = w->flags;
                w->flags = (w->flags & ~(uint32_t)(RC_COUNT | RC_EACH)) | RC_META;
                walk_attr(w, a, 0);
                w->flags = save;
            } else if (strcmp(a->name, "depends_on") == 0 && w->attr == NULL) {
                walk_attr(w, a, RC_DEPENDS_ON);
            } else if (resource_like && strcmp(a->name, "provider") == 0 && w->attr == NULL) {
                /* provider = aws.west is a provider address, not a reference */
            } else {
                walk_attr(w, a, 0);
            }
            continue;
        }
        const AstBlock *nb = it->u.block;
        if (strcmp(nb->type, "dynamic") == 0) {
            walk_dynamic(w, nb, resource_like);
        } else if (resource_like && w->attr == NULL && strcmp(nb->type, "lifecycle") == 0) {
            walk_lifecycle(w, nb);
        } else if (resource_like && w->attr == NULL &&
                   (strcmp(nb->type, "provisioner") == 0 || strcmp(nb->type, "connection") == 0)) {
            uint32_t save = w->flags;
            w->flags |= RC_SELF | RC_PROVISIONER;
            for (uint32_t k = 0; k < nb->body->len; k++) {
                const AstItem *pi = &nb->body->items[k];
                /* when = destroy and on_failure = continue are keywords */
                if (!pi->is_block && strcmp(nb->type, "provisioner") == 0 &&
                    (strcmp(pi->u.attr->name, "when") == 0 || strcmp(pi->u.attr->name, "on_failure") == 0))
                    continue;
                if (pi->is_block) walk_body(w, pi->u.block->body, false);
                else walk_attr(w, pi->u.attr, 0);
            }
            w->flags = save;
        } else {
            walk_body(w, nb->body, false);
        }
    }
}

static void set_owner(Walker *w, OwnerKind k, void *owner, const SourceFile *f, uint32_t flags) {
    w->owner_kind = k;
    w->owner = owner;
    w->file = f;
    w->flags = flags;
    w->attr = NULL;
    w->top = NULL;
    w->bound.len = 0;
}

void refindex_build(Module *m, Interner *names, RefIndex *out) {
    Walker w;
    memset(&w, 0, sizeof w);
    w.m = m;
    w.names = names;
    w.out = out;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *r = &m->resources.data[i];
        set_owner(&w, OWNER_RESOURCE, r, r->file, (r->count ? RC_COUNT : 0) | (r->for_each ? RC_EACH : 0));
        walk_body(&w, r->block->body, true);
    }
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *c = m->calls.data[i];
        set_owner(&w, OWNER_CALL, c, c->file, (c->count ? RC_COUNT : 0) | (c->for_each ? RC_EACH : 0));
        for (uint32_t k = 0; k < c->block->body->len; k++) {
            const AstItem *it = &c->block->body->items[k];
            if (it->is_block) {
                walk_body(&w, it->u.block->body, false);
                continue;
            }
            const char *n = it->u.attr->name;
            if (strcmp(n, "source") == 0 || strcmp(n, "version") == 0 || strcmp(n, "providers") == 0) continue;
            if (strcmp(n, "count") == 0 || strcmp(n, "for_each") == 0) {
                uint32_t save = w.flags;
                w.flags = RC_META;
                walk_attr(&w, it->u.attr, 0);
                w.flags = save;
            } else {
                walk_attr(&w, it->u.attr, strcmp(n, "depends_on") == 0 ? RC_DEPENDS_ON : 0);
            }
        }
    }
    for (uint32_t i = 0; i < m->outputs.len; i++) {
        Output *o = &m->outputs.data[i];
        set_owner(&w, OWNER_OUTPUT, o, o->file, 0);
        for (uint32_t k = 0; k < o->block->body->len; k++) {
            const AstItem *it = &o->block->body->items[k];
            if (it->is_block) {
                walk_body(&w, it->u.block->body, false);
                continue;
            }
            walk_attr(&w, it->u.attr, strcmp(it->u.attr->name, "depends_on") == 0 ? RC_DEPENDS_ON : 0);
        }
    }
    for (uint32_t i = 0; i < m->locals.len; i++) {
        Local *l = &m->locals.data[i];
        set_owner(&w, OWNER_LOCAL, l, l->file, 0);
        walk_attr(&w, l->attr, 0);
    }
    for (uint32_t i = 0; i < m->variables.len; i++) {
        Variable *v = &m->variables.data[i];
        set_owner(&w, OWNER_VARIABLE, v, v->file, 0);
        if (v->default_attr) walk_attr(&w, v->default_attr, RC_DEFAULT);
        for (uint32_t k = 0; k < v->block->body->len; k++) {
            const AstItem *it = &v->block->body->items[k];
            if (it->is_block && strcmp(it->u.block->type, "validation") == 0) {
                w.flags = RC_VALIDATION;
                walk_body(&w, it->u.block->body, false);
                w.flags = 0;
            }
        }
    }
    for (uint32_t i = 0; i < m->providers.len; i++) {
        ProviderConfig *p = &m->providers.data[i];
        set_owner(&w, OWNER_PROVIDER, p, p->file, 0);
        for (uint32_t k = 0; k < p->block->body->len; k++) {
            const AstItem *it = &p->block->body->items[k];
            if (it->is_block) walk_body(&w, it->u.block->body, false);
            else if (strcmp(it->u.attr->name, "alias") != 0) walk_attr(&w, it->u.attr, 0);
        }
    }
    for (uint32_t i = 0; i < m->checks.len; i++) {
        OtherBlock *c = &m->checks.data[i];
        set_owner(&w, OWNER_CHECK, c, c->file, 0);
        for (uint32_t k = 0; k < c->block->body->len; k++) {
            const AstItem *it = &c->block->body->items[k];
            if (it->is_block && strcmp(it->u.block->type, "assert") == 0) walk_body(&w, it->u.block->body, false);
        }
    }
    for (uint32_t i = 0; i < m->imports.len; i++) {
        OtherBlock *c = &m->imports.data[i];
        const AstAttribute *fe = body_attr(c->block->body, "for_each");
        set_owner(&w, OWNER_IMPORT, c, c->file, fe ? RC_EACH : 0);
        for (uint32_t k = 0; k < c->block->body->len; k++) {
            const AstItem *it = &c->block->body->items[k];
            if (it->is_block) continue;
            const char *n = it->u.attr->name;
            if (strcmp(n, "to") == 0 || strcmp(n, "provider") == 0) continue;
            walk_attr(&w, it->u.attr, strcmp(n, "for_each") == 0 ? RC_META : 0);
        }
    }
    vec_free(&w.bound);
}

void refindex_free(RefIndex *ix) {
    vec_free(&ix->refs);
    vec_free(&ix->calls);
}

Resource *ref_resource(Module *m, const Reference *r, uint32_t *after) {
    static const char *const not_resources[] = {"var", "local", "module", "path", "terraform", "each", "count", "self"};
    bool data = strcmp(r->root, "data") == 0, eph = strcmp(r->root, "ephemeral") == 0;
    if (data || eph) {
        if (r->nsteps < 2 || !r->steps[0].name || !r->steps[1].name) return NULL;
        *after = 2;
        return module_resource(m, data ? MODE_DATA : MODE_EPHEMERAL, r->steps[0].name, r->steps[1].name);
    }
    for (size_t i = 0; i < sizeof not_resources / sizeof not_resources[0]; i++)
        if (strcmp(r->root, not_resources[i]) == 0) return NULL;
    if (r->nsteps < 1 || !r->steps[0].name) return NULL;
    *after = 1;
    return module_resource(m, MODE_MANAGED, r->root, r->steps[0].name);
}
