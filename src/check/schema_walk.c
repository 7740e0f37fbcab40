/* schema_walk.c - checks resource, data source, ephemeral resource and
 * provider bodies against the embedded provider schema.
 *
 * One walker serves the schema rules: each rule runs it for one kind of
 * finding (SchemaEvent), so the rules stay separate in the registry (own id,
 * severity, class) while the logic of descending through nested and
 * dynamic blocks lives here once.  The previous major's schema is walked
 * alongside, so that an argument the selected version lacks can be told
 * apart as "removed in 6.0" rather than never having existed. */
#include "check_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../eval/eval.h"

typedef enum MetaKind { META_NONE, META_RESOURCE, META_DATA, META_PROVIDER } MetaKind;

typedef struct Walk {
    CheckCtx *ctx;
    SchemaEvent ev;
    const SchemaChoice *choice;
    uint32_t depth;
} Walk;

const char *schema_major_text(CheckCtx *ctx, SchemaProviderId p) {
    return arena_printf(ctx->a, "%ld.0", strtol(schema_provider_version(p), NULL, 10));
}

bool resource_schema(CheckCtx *ctx, const Resource *r, SchemaTarget *t) {
    const char *src = module_provider_source(ctx->m, ctx->a, r->provider_name);
    const SchemaChoice *c = schema_choice(ctx->sel, src);
    if (!c) return false;
    SchemaKind k = r->mode == MODE_MANAGED ? SK_RESOURCE : r->mode == MODE_DATA ? SK_DATA : SK_EPHEMERAL;
    /* a source without ephemeral resources (the cdktf packages) knows none */
    if (k == SK_EPHEMERAL && schema_type_count(c->provider, SK_EPHEMERAL) == 0) return false;
    t->choice = c;
    t->block = schema_type(c->provider, k, r->type);
    t->prev = c->previous >= 0 ? schema_type(c->previous, k, r->type) : -1;
    return true;
}

/* ---- schema types as config types, for value_conforms ---------------------- */
static Type *type_of_code(const char **pp, Arena *a) {
    const char *p = *pp;
    Type *t = arena_alloc(a, sizeof *t);
    memset(t, 0, sizeof *t);
    switch (*p) {
    case 's': t->kind = TY_STRING; p++; break;
    case 'n': t->kind = TY_NUMBER; p++; break;
    case 'b': t->kind = TY_BOOL; p++; break;
    case 'L': case 'S': case 'M':
        t->kind = *p == 'L' ? TY_LIST : *p == 'S' ? TY_SET : TY_MAP;
        p++;
        t->elem = type_of_code(&p, a);
        break;
    case 'O': {
        t->kind = TY_OBJECT;
        p += 2;
        Vec(TypeAttr) attrs = {0};
        while (*p && *p != '}') {
            const char *colon = strchr(p, ':');
            if (!colon) break;
            TypeAttr ta = {arena_strndup(a, p, (size_t)(colon - p)), NULL, false, NULL};
            p = colon + 1;
            ta.type = type_of_code(&p, a);
            vec_push(&attrs, ta);
            if (*p == ',') p++;
        }
        if (*p == '}') p++;
        t->attr_count = attrs.len;
        t->attrs = arena_alloc(a, sizeof(TypeAttr) * (attrs.len ? attrs.len : 1));
        if (attrs.len) memcpy(t->attrs, attrs.data, sizeof(TypeAttr) * attrs.len);
        vec_free(&attrs);
        break;
    }
    default: /* dynamic, tuples: anything goes here */
        t->kind = TY_ANY;
        p = schema_type_skip(p);
        break;
    }
    *pp = p;
    return t;
}

/* ---- names for "did you mean" ---------------------------------------------- */
static const char *suggest(Walk *w, SchemaBlockId b, const char *name) {
    uint32_t na = schema_attr_count(b), nb = schema_nested_count(b);
    const char **c = arena_alloc(w->ctx->a, sizeof(char *) * (na + nb + 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < na; i++) {
        SchemaAttr sa;
        schema_attr_at(b, i, &sa);
        if (sa.flags & (SA_REQUIRED | SA_OPTIONAL)) c[n++] = sa.name;
    }
    for (uint32_t i = 0; i < nb; i++) {
        SchemaNested sn;
        schema_nested_at(b, i, &sn);
        c[n++] = sn.name;
    }
    return did_you_mean(name, c, n);
}

static bool is_meta_attr(MetaKind meta, const char *name) {
    switch (meta) {
    case META_RESOURCE:
    case META_DATA:
        return !strcmp(name, "count") || !strcmp(name, "for_each") || !strcmp(name, "provider") ||
               !strcmp(name, "depends_on");
    case META_PROVIDER:
        return !strcmp(name, "alias") || !strcmp(name, "version");
    default:
        return false;
    }
}

static bool is_meta_block(MetaKind meta, const char *type) {
    if (meta == META_RESOURCE)
        return !strcmp(type, "lifecycle") || !strcmp(type, "provisioner") || !strcmp(type, "connection");
    if (meta == META_DATA) return !strcmp(type, "lifecycle");
    return false;
}

static void removed(Walk *w, const SourceFile *f, Range r, const char *what, const char *name) {
    if (w->ev != SE_REMOVED) return;
    Diag *d = ctx_report(w->ctx, f, r, "Argument removed from the provider");
    d->detail = arena_printf(w->ctx->a,
                             "%s \"%s\" was removed in version %s of %s: it exists in %s but not in %s, "
                             "the version this module is checked against.",
                             what, name, schema_major_text(w->ctx, w->choice->provider), w->choice->source,
                             schema_provider_version(w->choice->previous),
                             schema_provider_version(w->choice->provider));
    d->hint = "See the provider's upgrade guide for its replacement, or constrain the provider to the older major.";
}

static void check_value(Walk *w, const AstAttribute *at, const SchemaAttr *sa) {
    if (sa->type[0] == 'd') return;
    Value *v = eval_const(at->expr, w->ctx->a);
    if (v->kind == V_UNKNOWN) return;
    const char *p = sa->type;
    Type *t = type_of_code(&p, w->ctx->a);
    const char *why = NULL;
    Range where = at->expr->range;
    if (value_conforms(v, t, w->ctx->a, &why, &where)) return;
    char tb[96];
    schema_type_describe(sa->type, tb, sizeof tb);
    if (strcmp(why, "list of values required") == 0 || strcmp(why, "set of values required") == 0 ||
        strcmp(why, "map of values required") == 0)
        why = arena_printf(w->ctx->a, "%s required", tb);
    Diag *d = ctx_report(w->ctx, at->src, at->expr->range, "Incorrect attribute value type");
    d->detail = arena_printf(w->ctx->a, "Inappropriate value for attribute \"%s\": %s.", at->name, why);
    d->hint = arena_printf(w->ctx->a, "\"%s\" takes a %s.", at->name, tb);
}

/* Is there a block (or dynamic block) named `name` in the body? */
static bool written_as_block(const AstBody *body, const char *name) {
    for (uint32_t i = 0; i < body->len; i++) {
        if (!body->items[i].is_block) continue;
        const AstBlock *b = body->items[i].u.block;
        if (strcmp(b->type, name) == 0) return true;
        if (strcmp(b->type, "dynamic") == 0 && b->label_count == 1 && strcmp(b->labels[0].value, name) == 0)
            return true;
    }
    return false;
}

typedef struct Seen {
    const char *name;
    uint32_t count;
    bool dynamic;
    const AstBlock *extra;   /* the first block past max_items */
} Seen;

static void walk_body(Walk *w, const AstBody *body, const SourceFile *file, SchemaBlockId blk, SchemaBlockId prev,
                      MetaKind meta, Range missing_at, bool check_required);

static void walk_nested(Walk *w, const AstBlock *b, Range name_range, const AstBody *body, const SchemaNested *sn,
                        SchemaBlockId prev) {
    if (w->ev == SE_DEPRECATED && schema_block_deprecated(sn->block)) {
        Diag *d = ctx_report(w->ctx, b->src, name_range, "Deprecated block");
        d->detail = arena_printf(w->ctx->a, "Blocks of type \"%s\" are deprecated in %s %s.", sn->name,
                                 w->choice->source, schema_provider_version(w->choice->provider));
        d->hint = "See the provider's documentation for its replacement.";
    }
    SchemaNested pn;
    SchemaBlockId pb = prev >= 0 && schema_nested(prev, sn->name, &pn) ? pn.block : -1;
    Range at = b->open_brace;
    walk_body(w, body, b->src, sn->block, pb, META_NONE, at, true);
}

static void walk_body(Walk *w, const AstBody *body, const SourceFile *file, SchemaBlockId blk, SchemaBlockId prev,
                      MetaKind meta, Range missing_at, bool check_required) {
    if (!body || w->depth > 64) return;
    w->depth++;
    CheckCtx *ctx = w->ctx;
    Vec(Seen) seen = {0};
    for (uint32_t i = 0; i < body->len; i++) {
        const AstItem *it = &body->items[i];
        if (!it->is_block) {
            const AstAttribute *at = it->u.attr;
            if (is_meta_attr(meta, at->name)) continue;
            SchemaAttr sa;
            SchemaNested sn;
            if (schema_attr(blk, at->name, &sa)) {
                if (w->ev == SE_UNSUPPORTED && !(sa.flags & (SA_REQUIRED | SA_OPTIONAL))) {
                    Diag *d = ctx_report(ctx, at->src, at->name_range, "Value for unconfigurable attribute");
                    d->detail = arena_printf(ctx->a, "Can't configure a value for \"%s\": its value will be "
                                                     "decided automatically based on the result of applying "
                                                     "this configuration.", at->name);
                    d->hint = "Remove the argument; read the value from the resource instead.";
                } else if (w->ev == SE_DEPRECATED && (sa.flags & SA_DEPRECATED)) {
                    Diag *d = ctx_report(ctx, at->src, at->name_range, "Argument is deprecated");
                    d->detail = arena_printf(ctx->a, "The argument \"%s\" is deprecated in %s %s.", at->name,
                                             w->choice->source, schema_provider_version(w->choice->provider));
                    d->hint = "See the provider's documentation for its replacement.";
                } else if (w->ev == SE_SHAPE) {
                    check_value(w, at, &sa);
                }
            } else if (schema_nested(blk, at->name, &sn)) {
                if (w->ev == SE_SHAPE) {
                    Diag *d = ctx_report(ctx, at->src, at->name_range, "Unsupported argument");
                    d->detail = arena_printf(ctx->a, "An argument named \"%s\" is not expected here. Did you mean "
                                                     "to define a block of type \"%s\"?", at->name, at->name);
                    d->hint = arena_printf(ctx->a, "Write it as a block: %s { ... }, one block per item.", at->name);
                }
            } else if (prev >= 0 && (schema_attr(prev, at->name, NULL) || schema_nested(prev, at->name, NULL))) {
                removed(w, at->src, at->name_range, "The argument", at->name);
            } else if (w->ev == SE_UNSUPPORTED) {
                Diag *d = ctx_report(ctx, at->src, at->name_range, "Unsupported argument");
                const char *s = suggest(w, blk, at->name);
                d->detail = s ? arena_printf(ctx->a, "An argument named \"%s\" is not expected here. Did you mean "
                                                     "\"%s\"?", at->name, s)
                              : arena_printf(ctx->a, "An argument named \"%s\" is not expected here.", at->name);
                if (s) d->hint = arena_printf(ctx->a, "Did you mean \"%s\"?", s);
            }
            continue;
        }
        const AstBlock *b = it->u.block;
        if (is_meta_block(meta, b->type)) continue;
        const char *type = b->type;
        const AstBody *content = b->body;
        Range name_range = b->type_range;
        bool dynamic = false;
        if (strcmp(b->type, "dynamic") == 0 && meta != META_PROVIDER) {
            if (b->label_count != 1) continue;
            dynamic = true;
            type = b->labels[0].value;
            name_range = b->labels[0].range;
            AstBlock *cb = body_block(b->body, "content");
            content = cb ? cb->body : NULL;
        }
        SchemaNested sn;
        SchemaAttr sa_blk;
        if (schema_nested(blk, type, &sn)) {
            Seen *s = NULL;
            for (uint32_t k = 0; k < seen.len; k++)
                if (seen.data[k].name == sn.name) s = &seen.data[k];
            if (!s) {
                Seen ns = {sn.name, 0, false, NULL};
                vec_push(&seen, ns);
                s = &seen.data[seen.len - 1];
            }
            if (dynamic) s->dynamic = true;
            else {
                s->count++;
                uint32_t max = sn.nesting == SN_SINGLE || sn.nesting == SN_GROUP ? 1 : sn.max_items;
                if (max && s->count == max + 1) s->extra = b;
            }
            if (content) walk_nested(w, b, name_range, content, &sn, prev);
        } else if (schema_attr(blk, type, &sa_blk)) {
            /* a list or set of objects may be written as blocks (terraform's
             * attributes-as-blocks mode, e.g. ingress on aws_security_group) */
            if ((sa_blk.type[0] == 'L' || sa_blk.type[0] == 'S') && sa_blk.type[1] == 'O') continue;
            if (w->ev == SE_SHAPE) {
                Diag *d = ctx_report(ctx, b->src, name_range, "Unsupported block type");
                d->detail = arena_printf(ctx->a, "Blocks of type \"%s\" are not expected here. Did you mean to "
                                                 "define argument \"%s\"? If so, use the equals sign to assign "
                                                 "it a value.", type, type);
                d->hint = arena_printf(ctx->a, "Write %s = { ... } (or a list) instead of a block.", type);
            }
        } else if (prev >= 0 && (schema_attr(prev, type, NULL) || schema_nested(prev, type, NULL))) {
            removed(w, b->src, name_range, "The block type", type);
        } else if (w->ev == SE_UNSUPPORTED) {
            Diag *d = ctx_report(ctx, b->src, name_range, "Unsupported block type");
            const char *s = suggest(w, blk, type);
            d->detail = s ? arena_printf(ctx->a, "Blocks of type \"%s\" are not expected here. Did you mean "
                                                 "\"%s\"?", type, s)
                          : arena_printf(ctx->a, "Blocks of type \"%s\" are not expected here.", type);
            if (s) d->hint = arena_printf(ctx->a, "Did you mean \"%s\"?", s);
        }
    }
    if (w->ev == SE_REQUIRED && check_required) {
        uint32_t na = schema_attr_count(blk);
        for (uint32_t i = 0; i < na; i++) {
            SchemaAttr sa;
            schema_attr_at(blk, i, &sa);
            if (!(sa.flags & SA_REQUIRED) || body_attr(body, sa.name) || written_as_block(body, sa.name)) continue;
            Diag *d = ctx_report(ctx, file, missing_at, "Missing required argument");
            d->detail = arena_printf(ctx->a, "The argument \"%s\" is required, but no definition was found.",
                                     sa.name);
            d->hint = arena_printf(ctx->a, "Add %s = ... to this block.", sa.name);
        }
        uint32_t nb = schema_nested_count(blk);
        for (uint32_t i = 0; i < nb; i++) {
            SchemaNested sn;
            schema_nested_at(blk, i, &sn);
            if (!sn.min_items) continue;
            uint32_t have = 0;
            bool dyn = false;
            for (uint32_t k = 0; k < seen.len; k++)
                if (strcmp(seen.data[k].name, sn.name) == 0) {
                    have = seen.data[k].count;
                    dyn = seen.data[k].dynamic;
                }
            if (dyn || have >= sn.min_items) continue;
            Diag *d = ctx_report(ctx, file, missing_at,
                                 arena_printf(ctx->a, "Insufficient %s blocks", sn.name));
            d->detail = arena_printf(ctx->a, "At least %u \"%s\" blocks are required.", sn.min_items, sn.name);
            d->hint = arena_printf(ctx->a, "Add a %s { ... } block.", sn.name);
        }
    }
    if (w->ev == SE_SHAPE) {
        for (uint32_t k = 0; k < seen.len; k++) {
            Seen *s = &seen.data[k];
            if (s->dynamic || !s->extra) continue;
            SchemaNested sn;
            schema_nested(blk, s->name, &sn);
            uint32_t max = sn.nesting == SN_SINGLE || sn.nesting == SN_GROUP ? 1 : sn.max_items;
            Diag *d = ctx_report(ctx, s->extra->src, s->extra->type_range,
                                 arena_printf(ctx->a, "Too many %s blocks", s->name));
            d->detail = arena_printf(ctx->a, "No more than %u \"%s\" blocks are allowed", max, s->name);
            d->hint = "Merge the blocks or remove the extra ones.";
        }
    }
    vec_free(&seen);
    w->depth--;
}

void schema_walk(CheckCtx *ctx, SchemaEvent ev) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *r = &m->resources.data[i];
        SchemaTarget t;
        if (!resource_schema(ctx, r, &t) || t.block < 0) continue;
        Walk w = {ctx, ev, t.choice, 0};
        walk_body(&w, r->block->body, r->file, t.block, t.prev, r->mode == MODE_MANAGED ? META_RESOURCE : META_DATA,
                  r->block->open_brace, true);
    }
    for (uint32_t i = 0; i < m->providers.len; i++) {
        const ProviderConfig *p = &m->providers.data[i];
        const SchemaChoice *c = schema_choice(ctx->sel, module_provider_source(m, ctx->a, p->name));
        if (!c) continue;
        Walk w = {ctx, ev, c, 0};
        SchemaBlockId prev = c->previous >= 0 ? schema_provider_config(c->previous) : -1;
        /* provider arguments may come from the environment: nothing is required here */
        walk_body(&w, p->block->body, p->file, schema_provider_config(c->provider), prev, META_PROVIDER,
                  p->block->open_brace, false);
    }
}
