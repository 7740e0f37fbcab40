/* nondeterministic_argument.c - V2: timestamp(), plantimestamp(), uuid() or
 * bcrypt() in a managed resource's argument, directly or through locals,
 * where lifecycle.ignore_changes does not cover it: a diff on every plan. */
#include "../check_int.h"

static bool volatile_func(const char *name) {
    return strcmp(name, "timestamp") == 0 || strcmp(name, "uuid") == 0 || strcmp(name, "bcrypt") == 0 ||
           strcmp(name, "plantimestamp") == 0;
}

/* Arguments whose whole purpose is to force replacement or re-runs. */
static bool intentional_arg(const char *name) {
    return strcmp(name, "triggers") == 0 || strcmp(name, "triggers_replace") == 0 ||
           strcmp(name, "keepers") == 0 || strcmp(name, "input") == 0;
}

static bool ignored(const Resource *r, const char *arg) {
    if (!r->lifecycle) return false;
    AstAttribute *ic = body_attr(r->lifecycle->body, "ignore_changes");
    if (!ic) return false;
    const AstExpr *e = ic->expr;
    if (e->kind == AST_VARIABLE && strcmp(e->u.name, "all") == 0) return true;
    if (e->kind != AST_TUPLE) return false;
    for (uint32_t i = 0; i < e->u.items.len; i++) {
        const AstExpr *x = e->u.items.items[i];
        while (x->kind == AST_GETATTR || x->kind == AST_INDEX)
            x = x->kind == AST_GETATTR ? x->u.attr.obj : x->u.index.obj;
        const char *n = x->kind == AST_VARIABLE ? x->u.name : NULL;
        if (!n && x->kind == AST_TEMPLATE) n = NULL;
        if (n && strcmp(n, arg) == 0) return true;
    }
    return false;
}

/* `top` is the resource's top-level argument or nested block type that
 * holds the value: what ignore_changes names. */
static bool in_scope(const Resource *r, const char *top, uint32_t flags) {
    if (r->mode != MODE_MANAGED || !top) return false;
    if (flags & (RC_LIFECYCLE | RC_PROVISIONER | RC_META | RC_DEPENDS_ON)) return false;
    if (intentional_arg(top) || strcmp(top, "count") == 0 || strcmp(top, "for_each") == 0) return false;
    return !ignored(r, top);
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    RefIndex *ix = ctx->refs;
    uint32_t nl = m->locals.len;
    /* locals whose value changes on every run, directly or through other locals */
    bool *vol = mem_alloc(nl ? nl : 1);
    memset(vol, 0, nl ? nl : 1);
    for (uint32_t i = 0; i < ix->calls.len; i++) {
        const FuncUse *f = &ix->calls.data[i];
        if (f->owner_kind == OWNER_LOCAL && volatile_func(f->name)) vol[(Local *)f->owner - m->locals.data] = true;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = 0; i < ix->refs.len; i++) {
            const Reference *r = &ix->refs.data[i];
            if (r->owner_kind != OWNER_LOCAL || strcmp(r->root, "local") != 0 || !r->nsteps) continue;
            Local *target = module_local(m, r->steps[0].name);
            uint32_t from = (uint32_t)((Local *)r->owner - m->locals.data);
            if (target && vol[target - m->locals.data] && !vol[from]) {
                vol[from] = true;
                changed = true;
            }
        }
    }
    for (uint32_t i = 0; i < ix->calls.len; i++) {
        const FuncUse *f = &ix->calls.data[i];
        if (f->owner_kind != OWNER_RESOURCE || !volatile_func(f->name)) continue;
        Resource *r = f->owner;
        if (!in_scope(r, f->top, f->flags)) continue;
        Diag *d = ctx_report(ctx, f->file, f->range,
                             arena_printf(ctx->a, "%s() in argument \"%s\" changes on every plan", f->name, f->top));
        d->detail = arena_printf(ctx->a, "%s() returns a new value each run, so %s.%s shows a change (or a "
                                         "replacement) on every plan and apply.",
                                 f->name, r->key, f->top);
        d->hint = arena_printf(ctx->a, "Use a fixed value (or time_static / random_uuid resources), or add "
                                       "%s to lifecycle { ignore_changes = [...] }.",
                               f->top);
    }
    for (uint32_t i = 0; i < ix->refs.len; i++) {
        const Reference *r = &ix->refs.data[i];
        if (r->owner_kind != OWNER_RESOURCE || strcmp(r->root, "local") != 0 || !r->nsteps) continue;
        Local *l = module_local(m, r->steps[0].name);
        if (!l || !vol[l - m->locals.data]) continue;
        Resource *res = r->owner;
        if (!in_scope(res, r->top, r->flags)) continue;
        Diag *d = ctx_report(ctx, r->file, r->range,
                             arena_printf(ctx->a, "local.%s in argument \"%s\" changes on every plan", l->name, r->top));
        d->detail = arena_printf(ctx->a, "local.%s is computed with timestamp(), uuid() or bcrypt(), which return "
                                         "a new value each run, so %s.%s shows a change on every plan and apply.",
                                 l->name, res->key, r->top);
        d->hint = arena_printf(ctx->a, "Use a fixed value, or add %s to lifecycle { ignore_changes = [...] }.",
                               r->top);
    }
    mem_free(vol);
}

const Rule rule_nondeterministic_argument = {
    "nondeterministic-argument", SEV_WARNING, "V2", "Arguments that change on every plan",
    "timestamp(), plantimestamp(), uuid() and bcrypt() return a new value on every run. Used in a "
    "resource argument (a `CreatedAt` tag, a name suffix, a password hash), directly or through "
    "a local, they make every plan show a change, and for arguments that force replacement, "
    "destroy and recreate the resource each time. Use fixed values, the time_static and "
    "random_uuid resources (which keep their value in state), or list the argument in "
    "`lifecycle { ignore_changes }`. Arguments meant to force re-runs (`triggers`, "
    "`triggers_replace`, `keepers`) are not reported.",
    "module", check};
