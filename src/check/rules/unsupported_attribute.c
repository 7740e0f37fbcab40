/* unsupported_attribute.c - R2: a reference to an attribute the resource or
 * data source type does not export (nested paths included), and
 * lifecycle.ignore_changes paths that name no argument. */
#include "../check_int.h"

/* Follows the steps of a reference after the resource name (and instance
 * key) through the schema.  Reports the first step that does not exist when
 * deprecated is false, the first deprecated attribute when it is true. */
static void follow(CheckCtx *ctx, const Reference *r, uint32_t k, SchemaBlockId blk, bool deprecated) {
    const char *type = NULL;      /* in a typed attribute when set */
    SchemaNesting nesting = SN_SINGLE;
    bool in_collection = false;   /* at a list/set/map of blocks: an index comes next */
    for (; k < r->nsteps; k++) {
        const RefStep *st = &r->steps[k];
        if (in_collection) {
            if (st->name || nesting == SN_SET) return; /* reported by terraform as other errors; not ours */
            in_collection = false;
            continue;
        }
        if (type) {
            if (type[0] == 'd') return;
            if (type[0] == 'L' || type[0] == 'S' || type[0] == 'M') {
                if (st->name && type[0] != 'M') return;
                type++;
                continue;
            }
            if (type[0] == 'O') {
                if (!st->name) return;
                const char *t2 = schema_object_attr(type, st->name, strlen(st->name));
                if (!t2) {
                    if (!deprecated) {
                        Diag *d = ctx_report(ctx, r->file, st->range, "Unsupported attribute");
                        d->detail = arena_printf(ctx->a, "This object does not have an attribute named \"%s\".",
                                                 st->name);
                    }
                    return;
                }
                type = t2;
                continue;
            }
            return; /* a primitive: indexing it is another error */
        }
        if (!st->name) return;
        SchemaAttr sa;
        SchemaNested sn;
        if (schema_attr(blk, st->name, &sa)) {
            if (deprecated && (sa.flags & SA_DEPRECATED)) {
                Diag *d = ctx_report(ctx, r->file, range_join(r->root_range, st->range), "Deprecated attribute");
                d->detail = arena_printf(ctx->a, "The attribute \"%s\" is deprecated. Refer to the provider "
                                                 "documentation for details.", st->name);
                d->hint = "Read the attribute that replaces it.";
                return;
            }
            type = sa.type;
        } else if (schema_nested(blk, st->name, &sn)) {
            blk = sn.block;
            nesting = sn.nesting;
            in_collection = sn.nesting == SN_LIST || sn.nesting == SN_SET || sn.nesting == SN_MAP;
        } else {
            if (deprecated) return;
            Diag *d = ctx_report(ctx, r->file, st->range, "Unsupported attribute");
            uint32_t na = schema_attr_count(blk), nb = schema_nested_count(blk);
            const char **c = arena_alloc(ctx->a, sizeof(char *) * (na + nb + 1));
            for (uint32_t i = 0; i < na; i++) {
                SchemaAttr x;
                schema_attr_at(blk, i, &x);
                c[i] = x.name;
            }
            for (uint32_t i = 0; i < nb; i++) {
                SchemaNested x;
                schema_nested_at(blk, i, &x);
                c[na + i] = x.name;
            }
            const char *s = did_you_mean(st->name, c, na + nb);
            d->detail = s ? arena_printf(ctx->a, "This object has no argument, nested block, or exported attribute "
                                                 "named \"%s\". Did you mean \"%s\"?", st->name, s)
                          : arena_printf(ctx->a, "This object has no argument, nested block, or exported attribute "
                                                 "named \"%s\".", st->name);
            if (s) d->hint = arena_printf(ctx->a, "Did you mean \"%s\"?", s);
            return;
        }
    }
}

/* Checks the references of ctx->m; deprecated selects which finding. */
void check_attribute_references(CheckCtx *ctx, bool deprecated);
void check_attribute_references(CheckCtx *ctx, bool deprecated) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
        const Reference *r = &ctx->refs->refs.data[i];
        if (r->flags & RC_DEPENDS_ON) continue;
        uint32_t k = 0;
        Resource *res = ref_resource(m, r, &k);
        if (!res) continue;
        SchemaTarget t;
        if (!resource_schema(ctx, res, &t) || t.block < 0) continue;
        bool multi = res->count || res->for_each;
        if (k >= r->nsteps) continue;
        if (multi) {
            if (r->steps[k].name) continue; /* missing-instance-key */
            k++;
        } else if (!r->steps[k].name) {
            continue; /* unexpected-instance-key */
        }
        follow(ctx, r, k, t.block, deprecated);
    }
    if (deprecated) return;
    /* lifecycle { ignore_changes = [name, name["key"], ...] } */
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *res = &m->resources.data[i];
        if (!res->lifecycle) continue;
        AstAttribute *ic = body_attr(res->lifecycle->body, "ignore_changes");
        SchemaTarget t;
        if (!ic || ic->expr->kind != AST_TUPLE || !resource_schema(ctx, res, &t) || t.block < 0) continue;
        for (uint32_t j = 0; j < ic->expr->u.items.len; j++) {
            const AstExpr *e = ic->expr->u.items.items[j];
            while (e->kind == AST_GETATTR || e->kind == AST_INDEX)
                e = e->kind == AST_GETATTR ? e->u.attr.obj : e->u.index.obj;
            const char *name = NULL;
            if (e->kind == AST_VARIABLE) name = e->u.name;
            else name = expr_literal_string(ctx->a, e); /* legacy "tags" */
            if (!name || schema_attr(t.block, name, NULL) || schema_nested(t.block, name, NULL)) continue;
            Diag *d = ctx_report(ctx, ic->src, e->range, "Unsupported attribute");
            d->detail = arena_printf(ctx->a, "This object has no argument, nested block, or exported attribute "
                                             "named \"%s\".", name);
            d->hint = "ignore_changes names the resource's own arguments.";
        }
    }
}

static void check(CheckCtx *ctx) { check_attribute_references(ctx, false); }

const Rule rule_unsupported_attribute = {
    "unsupported-attribute", SEV_ERROR, "R2", "References to attributes a resource type does not have",
    "A reference such as `aws_db_instance.main.name` must name an argument, nested block or "
    "exported attribute of the type (the attribute is `db_name`). tfcheck follows references "
    "through the provider schema, into nested blocks and object-typed attributes "
    "(`aws_instance.web.root_block_device[0].volume_id`), and checks the names in "
    "`lifecycle.ignore_changes` too; `terraform validate` fails with \"Unsupported attribute\" on "
    "each of them. The nearest valid name is suggested.",
    "module", check};
