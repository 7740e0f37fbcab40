/* json_syntax.c - Terraform's JSON syntax (*.tf.json, *.tfvars.json, CDKTF's
 * cdk.tf.json) read into the same syntax tree the native parser builds, so
 * that the module model and every rule work on both.
 *
 * Terraform interprets a JSON document by what each place in it means:
 *   - top-level keys are block types; the levels below them are labels
 *     (resource -> type -> name -> body), and any level may be an array of
 *     objects that is read as if they were merged;
 *   - in a body, a key is a nested block when the schema says so (the
 *     provider schema for resources, data sources and providers; Terraform's
 *     own for meta blocks such as lifecycle, provisioner, dynamic, variable
 *     validation), otherwise an argument; "//" keys are comments;
 *   - an argument's string is a template ("${...}" and "%{...}"), except in
 *     the places that take a bare expression or traversal (variable type,
 *     depends_on, provider, ignore_changes, replace_triggered_by, module
 *     providers, moved/import/removed addresses) and in values that are
 *     literal (variable defaults, *.tfvars.json).
 * Templates and expressions are parsed with the native parser from a
 * scratch text; their ranges are then moved back into the JSON string, to
 * the exact column when the string has no escapes and to the whole string
 * otherwise, so findings point at real lines and columns of the JSON file.
 */
#include "config.h"

#include <string.h>

#include "../schema/schema.h"
#include "../tfjson/tfjson.h"

typedef struct JsonReader {
    const SourceFile *src;
    Arena *a;
    Interner *names;
    DiagList *diags;
    bool failed;
} JsonReader;

typedef enum StrMode { STR_TEMPLATE, STR_EXPR, STR_LITERAL } StrMode;

static AstExpr *new_node(JsonReader *jr, ExprKind k, Range r) {
    AstExpr *e = ARENA_NEW(jr->a, AstExpr);
    memset(e, 0, sizeof *e);
    e->kind = k;
    e->range = r;
    return e;
}

static const char *name_of(JsonReader *jr, const char *s) { return intern(jr->names, s, strlen(s)); }

static void json_error(JsonReader *jr, Range r, const char *summary, const char *detail) {
    Diag *d = diag_add(jr->diags, SEV_ERROR, "syntax", "S1", jr->src, r, summary);
    d->detail = detail;
    jr->failed = true;
}

/* ---- moving ranges from the scratch text back into the JSON string ---------- */
typedef struct Remap {
    uint32_t syn_start, syn_len;  /* the content's place in the scratch text */
    uint32_t real_start;          /* where the content starts in the JSON file */
    Range whole;                  /* the JSON string, quotes included */
    bool exact;                   /* no escapes: offsets map one to one */
} Remap;

static uint32_t remap_off(const Remap *m, uint32_t off) {
    if (!m->exact) return off;
    if (off < m->syn_start) off = m->syn_start;
    if (off > m->syn_start + m->syn_len) off = m->syn_start + m->syn_len;
    return m->real_start + (off - m->syn_start);
}

static Range remap_range(const Remap *m, Range r) {
    if (!m->exact) return m->whole;
    return range_make(remap_off(m, r.start), remap_off(m, r.end));
}

static void remap_expr(const Remap *m, AstExpr *e, uint32_t depth);

static void remap_list(const Remap *m, ExprList *l, uint32_t depth) {
    for (uint32_t i = 0; i < l->len; i++) remap_expr(m, l->items[i], depth + 1);
}

static void remap_expr(const Remap *m, AstExpr *e, uint32_t depth) {
    if (!e || depth > 600) return;
    e->range = remap_range(m, e->range);
    switch (e->kind) {
    case AST_TEMPLATE: remap_list(m, &e->u.tmpl.parts, depth); break;
    case AST_TEMPLATE_IF:
        remap_expr(m, e->u.tif->cond, depth + 1);
        remap_list(m, &e->u.tif->then_parts, depth);
        remap_list(m, &e->u.tif->else_parts, depth);
        break;
    case AST_TEMPLATE_FOR:
        remap_expr(m, e->u.tfor->coll, depth + 1);
        remap_list(m, &e->u.tfor->body, depth);
        break;
    case AST_GETATTR:
        e->u.attr.name_range = remap_range(m, e->u.attr.name_range);
        remap_expr(m, e->u.attr.obj, depth + 1);
        break;
    case AST_INDEX:
        remap_expr(m, e->u.index.obj, depth + 1);
        remap_expr(m, e->u.index.key, depth + 1);
        break;
    case AST_SPLAT:
        remap_expr(m, e->u.splat.source, depth + 1);
        remap_expr(m, e->u.splat.each, depth + 1);
        break;
    case AST_CALL: remap_list(m, &e->u.call.args, depth); break;
    case AST_CONDITIONAL:
        remap_expr(m, e->u.cond.cond, depth + 1);
        remap_expr(m, e->u.cond.then_expr, depth + 1);
        remap_expr(m, e->u.cond.else_expr, depth + 1);
        break;
    case AST_BINARY:
        remap_expr(m, e->u.binary.lhs, depth + 1);
        remap_expr(m, e->u.binary.rhs, depth + 1);
        break;
    case AST_UNARY: remap_expr(m, e->u.unary.operand, depth + 1); break;
    case AST_TUPLE: remap_list(m, &e->u.items, depth); break;
    case AST_OBJECT:
        for (uint32_t i = 0; i < e->u.object.len; i++) {
            remap_expr(m, e->u.object.items[i].key, depth + 1);
            remap_expr(m, e->u.object.items[i].value, depth + 1);
        }
        break;
    case AST_FOR:
        remap_expr(m, e->u.forx->coll, depth + 1);
        remap_expr(m, e->u.forx->key_expr, depth + 1);
        remap_expr(m, e->u.forx->value_expr, depth + 1);
        remap_expr(m, e->u.forx->cond, depth + 1);
        break;
    case AST_PAREN: remap_expr(m, e->u.inner, depth + 1); break;
    default: break;
    }
}

/* ---- strings ---------------------------------------------------------------------- */
static AstExpr *literal_string(JsonReader *jr, const JsonValue *v) {
    AstExpr *part = new_node(jr, AST_STRING, v->range);
    part->u.string.text = v->str;
    part->u.string.len = v->len;
    AstExpr *t = new_node(jr, AST_TEMPLATE, v->range);
    t->u.tmpl.parts.items = ARENA_ARRAY(jr->a, AstExpr *, 1);
    t->u.tmpl.parts.items[0] = part;
    t->u.tmpl.parts.len = 1;
    return t;
}

/* Does the JSON string's source text equal its decoded value (no escapes)? */
static bool string_is_raw(JsonReader *jr, const JsonValue *v) {
    uint32_t n = v->range.end - v->range.start;
    return n == v->len + 2 && memcmp(jr->src->text + v->range.start + 1, v->str, v->len) == 0;
}

static AstExpr *parse_string(JsonReader *jr, const JsonValue *v, StrMode mode) {
    if (mode == STR_LITERAL) return literal_string(jr, v);
    if (mode == STR_TEMPLATE && !strstr(v->str, "${") && !strstr(v->str, "%{")) return literal_string(jr, v);
    static const char marker[] = "TFCHECK_JSON_TEMPLATE_END";
    const char *head = mode == STR_TEMPLATE ? "x = <<TFCHECK_JSON_TEMPLATE_END\n" : "x = ";
    StrBuf sb = {0};
    sb_puts(&sb, head);
    uint32_t syn_start = (uint32_t)sb.len;
    sb_append(&sb, v->str, v->len);
    if (mode == STR_TEMPLATE) sb_printf(&sb, "\n%s\n", marker);
    else sb_putc(&sb, '\n');
    char *text = arena_strndup(jr->a, sb.data, sb.len);
    size_t textlen = sb.len;
    sb_free(&sb);
    SourceFile *syn = source_from_memory(jr->a, jr->src->path, text, textlen);
    Arena scratch;
    arena_init(&scratch);
    DiagList errs;
    diag_list_init(&errs, &scratch);
    AstFile *f = hcl_parse(syn, NULL, jr->a, jr->names, &errs);
    AstExpr *e = NULL;
    bool bad = false;
    for (uint32_t i = 0; i < errs.items.len; i++) bad |= errs.items.data[i].severity == SEV_ERROR;
    if (!bad && f->body->len == 1 && !f->body->items[0].is_block) e = f->body->items[0].u.attr->expr;
    if (!e) {
        const Diag *first = errs.items.len ? &errs.items.data[0] : NULL;
        json_error(jr, v->range,
                   mode == STR_TEMPLATE ? "Invalid template in JSON string" : "Invalid expression in JSON string",
                   first ? arena_printf(jr->a, "%s%s%s", first->summary, first->detail ? ": " : "",
                                        first->detail ? first->detail : "")
                         : "The string does not hold a single expression.");
        diag_list_free(&errs);
        arena_free(&scratch);
        return new_node(jr, AST_INVALID, v->range);
    }
    diag_list_free(&errs);
    arena_free(&scratch);
    if (mode == STR_TEMPLATE && e->kind == AST_TEMPLATE) {
        /* a heredoc's value ends with the newline before its marker: drop it */
        ExprList *parts = &e->u.tmpl.parts;
        if (parts->len) {
            AstExpr *last = parts->items[parts->len - 1];
            if (last->kind == AST_STRING && last->u.string.len &&
                last->u.string.text[last->u.string.len - 1] == '\n') {
                last->u.string.len--;
                if (!last->u.string.len) parts->len--;
            }
        }
        e->u.tmpl.heredoc = false;
        e->u.tmpl.flush = false;
        e->u.tmpl.wrap = parts->len == 1 && parts->items[0]->kind != AST_STRING &&
                         parts->items[0]->kind != AST_TEMPLATE_IF && parts->items[0]->kind != AST_TEMPLATE_FOR;
    }
    Remap m = {syn_start, v->len, v->range.start + 1, v->range, string_is_raw(jr, v)};
    remap_expr(&m, e, 0);
    if (mode == STR_TEMPLATE && e->kind == AST_TEMPLATE) e->range = v->range;
    return e;
}

/* ---- values ----------------------------------------------------------------------- */
static AstExpr *json_expr(JsonReader *jr, const JsonValue *v, StrMode mode, uint32_t depth) {
    if (depth > JSON_MAX_DEPTH) return new_node(jr, AST_INVALID, v->range);
    switch (v->kind) {
    case JSON_NULL: return new_node(jr, AST_NULL, v->range);
    case JSON_BOOL: {
        AstExpr *e = new_node(jr, AST_BOOL, v->range);
        e->u.boolean = v->boolean;
        return e;
    }
    case JSON_NUMBER: {
        AstExpr *e = new_node(jr, AST_NUMBER, v->range);
        e->u.number.text = v->str;
        e->u.number.len = v->len;
        return e;
    }
    case JSON_STRING: return parse_string(jr, v, mode);
    case JSON_ARRAY: {
        AstExpr *e = new_node(jr, AST_TUPLE, v->range);
        e->u.items.items = ARENA_ARRAY(jr->a, AstExpr *, v->count ? v->count : 1);
        for (uint32_t i = 0; i < v->count; i++) e->u.items.items[i] = json_expr(jr, v->items[i], mode, depth + 1);
        e->u.items.len = v->count;
        return e;
    }
    case JSON_OBJECT: {
        AstExpr *e = new_node(jr, AST_OBJECT, v->range);
        e->u.object.items = ARENA_ARRAY(jr->a, ObjectItem, v->count ? v->count : 1);
        for (uint32_t i = 0; i < v->count; i++) {
            ObjectItem *oi = &e->u.object.items[i];
            memset(oi, 0, sizeof *oi);
            JsonValue key;
            memset(&key, 0, sizeof key);
            key.kind = JSON_STRING;
            key.range = v->key_ranges[i];
            key.str = v->keys[i];
            key.len = (uint32_t)strlen(v->keys[i]);
            oi->key = parse_string(jr, &key, mode == STR_LITERAL ? STR_LITERAL : STR_TEMPLATE);
            oi->value = json_expr(jr, v->items[i], mode, depth + 1);
        }
        e->u.object.len = v->count;
        return e;
    }
    }
    return new_node(jr, AST_INVALID, v->range);
}

/* ---- bodies ----------------------------------------------------------------------- */
typedef enum BodyKind {
    BK_PLAIN,        /* attributes only (locals, tfvars), unless schema says otherwise */
    BK_RESOURCE,     /* managed resource: schema + resource meta */
    BK_DATA,         /* data source / ephemeral resource */
    BK_PROVIDER,
    BK_VARIABLE,
    BK_OUTPUT,
    BK_MODULE,
    BK_TERRAFORM,
    BK_LIFECYCLE,
    BK_CHECK,
    BK_MOVED,        /* moved, import, removed */
    BK_CONDITION,    /* precondition, postcondition, validation, assert */
    BK_PROVISIONER,
    BK_DYNAMIC,
    BK_BACKEND,
} BodyKind;

typedef Vec(AstItem) ItemVec;

static AstBody *read_body(JsonReader *jr, const JsonValue *obj, BodyKind kind, SchemaBlockId blk, uint32_t depth);

static AstBlock *new_block(JsonReader *jr, const char *type, Range type_range, const AstLabel *labels,
                           uint32_t nlabels, const JsonValue *body_obj) {
    AstBlock *b = ARENA_NEW(jr->a, AstBlock);
    memset(b, 0, sizeof *b);
    b->src = jr->src;
    b->type = name_of(jr, type);
    b->type_range = type_range;
    b->label_count = nlabels;
    if (nlabels) {
        b->labels = ARENA_ARRAY(jr->a, AstLabel, nlabels);
        memcpy(b->labels, labels, sizeof(AstLabel) * nlabels);
    }
    Range r = body_obj->range;
    b->open_brace = range_make(r.start, r.start + 1);
    b->close_brace = range_make(r.end > r.start ? r.end - 1 : r.end, r.end);
    b->range = range_join(type_range, r);
    return b;
}

static void push_block(ItemVec *items, AstBlock *b) {
    AstItem it = {true, {.block = b}};
    vec_push(items, it);
}

/* Calls emit for each body object at `v`: an object, or an array of them. */
typedef void (*EmitFn)(JsonReader *jr, ItemVec *items, const char *type, Range type_range, AstLabel *labels,
                       uint32_t nlabels, const JsonValue *body, BodyKind kind, SchemaBlockId blk, uint32_t depth);

static void emit_block(JsonReader *jr, ItemVec *items, const char *type, Range type_range, AstLabel *labels,
                       uint32_t nlabels, const JsonValue *body, BodyKind kind, SchemaBlockId blk, uint32_t depth) {
    if (body->kind == JSON_ARRAY) {
        for (uint32_t i = 0; i < body->count; i++)
            emit_block(jr, items, type, type_range, labels, nlabels, body->items[i], kind, blk, depth + 1);
        return;
    }
    if (body->kind == JSON_NULL) return;
    if (body->kind != JSON_OBJECT) {
        json_error(jr, body->range, "Incorrect JSON value type",
                   arena_printf(jr->a, "A JSON object is required here, to hold the body of a \"%s\" block.", type));
        return;
    }
    AstBlock *b = new_block(jr, type, type_range, labels, nlabels, body);
    b->body = read_body(jr, body, kind, blk, depth + 1);
    push_block(items, b);
}

/* Blocks with `want` labels: each label level is an object key. */
static void emit_labelled(JsonReader *jr, ItemVec *items, const char *type, Range type_range, AstLabel *labels,
                          uint32_t have, uint32_t want, const JsonValue *v, BodyKind kind, uint32_t depth) {
    if (depth > 64) return;
    if (have == want) {
        SchemaBlockId blk = -1;
        if ((kind == BK_RESOURCE || kind == BK_DATA) && want >= 1) {
            SchemaKind sk = strcmp(type, "resource") == 0 ? SK_RESOURCE : strcmp(type, "data") == 0 ? SK_DATA
                                                                                                   : SK_EPHEMERAL;
            blk = schema_type_any(sk, labels[0].value);
        } else if (kind == BK_PROVIDER && want == 1) {
            blk = schema_provider_config_any(labels[0].value);
        }
        emit_block(jr, items, type, type_range, labels, have, v, kind, blk, depth);
        return;
    }
    if (v->kind == JSON_ARRAY) {
        for (uint32_t i = 0; i < v->count; i++)
            emit_labelled(jr, items, type, type_range, labels, have, want, v->items[i], kind, depth + 1);
        return;
    }
    if (v->kind != JSON_OBJECT) {
        json_error(jr, v->range, "Incorrect JSON value type",
                   arena_printf(jr->a, "A JSON object is required here, with the %s block's labels as its keys.",
                                type));
        return;
    }
    for (uint32_t i = 0; i < v->count; i++) {
        if (strcmp(v->keys[i], "//") == 0) continue;
        AstLabel lab = {v->keys[i], v->key_ranges[i], true};
        labels[have] = lab;
        emit_labelled(jr, items, type, type_range, labels, have + 1, want, v->items[i], kind, depth + 1);
    }
}

static void push_attr(JsonReader *jr, ItemVec *items, const JsonValue *obj, uint32_t i, StrMode mode) {
    AstAttribute *at = ARENA_NEW(jr->a, AstAttribute);
    memset(at, 0, sizeof *at);
    at->src = jr->src;
    at->name = name_of(jr, obj->keys[i]);
    at->name_range = obj->key_ranges[i];
    at->expr = json_expr(jr, obj->items[i], mode, 0);
    at->range = range_join(obj->key_ranges[i], obj->items[i]->range);
    AstItem it = {false, {.attr = at}};
    vec_push(items, it);
}

static bool is(const char *a, const char *b) { return strcmp(a, b) == 0; }

static AstBody *read_body(JsonReader *jr, const JsonValue *obj, BodyKind kind, SchemaBlockId blk, uint32_t depth) {
    AstBody *body = ARENA_NEW(jr->a, AstBody);
    memset(body, 0, sizeof *body);
    body->range = obj->range;
    ItemVec items = {0};
    AstLabel labels[4];
    for (uint32_t i = 0; i < obj->count && depth < 128; i++) {
        const char *k = obj->keys[i];
        const JsonValue *v = obj->items[i];
        Range kr = obj->key_ranges[i];
        if (is(k, "//")) continue;
        switch (kind) {
        case BK_RESOURCE:
        case BK_DATA:
            if (is(k, "depends_on") || is(k, "provider")) {
                push_attr(jr, &items, obj, i, STR_EXPR);
                continue;
            }
            if (is(k, "lifecycle")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_LIFECYCLE, -1, depth);
                continue;
            }
            if (kind == BK_RESOURCE && is(k, "connection")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_PLAIN, -1, depth);
                continue;
            }
            if (kind == BK_RESOURCE && is(k, "provisioner")) {
                emit_labelled(jr, &items, k, kr, labels, 0, 1, v, BK_PROVISIONER, depth);
                continue;
            }
            break;
        case BK_PROVIDER:
            break;
        case BK_VARIABLE:
            if (is(k, "type")) {
                push_attr(jr, &items, obj, i, STR_EXPR);
                continue;
            }
            if (is(k, "default")) {
                push_attr(jr, &items, obj, i, STR_LITERAL);
                continue;
            }
            if (is(k, "validation")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_CONDITION, -1, depth);
                continue;
            }
            break;
        case BK_OUTPUT:
            if (is(k, "depends_on")) {
                push_attr(jr, &items, obj, i, STR_EXPR);
                continue;
            }
            if (is(k, "precondition")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_CONDITION, -1, depth);
                continue;
            }
            break;
        case BK_MODULE:
            if (is(k, "depends_on") || is(k, "providers")) {
                push_attr(jr, &items, obj, i, STR_EXPR);
                continue;
            }
            break;
        case BK_TERRAFORM:
            if (is(k, "required_providers")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_PLAIN, -1, depth);
                continue;
            }
            if (is(k, "backend")) {
                emit_labelled(jr, &items, k, kr, labels, 0, 1, v, BK_BACKEND, depth);
                continue;
            }
            if (is(k, "cloud")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_BACKEND, -1, depth);
                continue;
            }
            if (is(k, "provider_meta")) {
                emit_labelled(jr, &items, k, kr, labels, 0, 1, v, BK_PLAIN, depth);
                continue;
            }
            if (is(k, "experiments")) {
                push_attr(jr, &items, obj, i, STR_EXPR);
                continue;
            }
            break;
        case BK_BACKEND:
            if (is(k, "workspaces")) { /* cloud { workspaces { ... } } */
                emit_block(jr, &items, k, kr, labels, 0, v, BK_PLAIN, -1, depth);
                continue;
            }
            break;
        case BK_LIFECYCLE:
            if (is(k, "ignore_changes") || is(k, "replace_triggered_by")) {
                push_attr(jr, &items, obj, i, STR_EXPR);
                continue;
            }
            if (is(k, "precondition") || is(k, "postcondition")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_CONDITION, -1, depth);
                continue;
            }
            break;
        case BK_CHECK:
            if (is(k, "data")) {
                emit_labelled(jr, &items, k, kr, labels, 0, 2, v, BK_DATA, depth);
                continue;
            }
            if (is(k, "assert")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_CONDITION, -1, depth);
                continue;
            }
            break;
        case BK_MOVED:
            if (is(k, "from") || is(k, "to") || is(k, "provider")) {
                push_attr(jr, &items, obj, i, STR_EXPR);
                continue;
            }
            if (is(k, "lifecycle")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_PLAIN, -1, depth);
                continue;
            }
            if (is(k, "provisioner")) {
                emit_labelled(jr, &items, k, kr, labels, 0, 1, v, BK_PROVISIONER, depth);
                continue;
            }
            break;
        case BK_PROVISIONER:
            if (is(k, "connection")) {
                emit_block(jr, &items, k, kr, labels, 0, v, BK_PLAIN, -1, depth);
                continue;
            }
            break;
        default:
            break;
        }
        /* dynamic blocks, in bodies that have nested blocks */
        if (is(k, "dynamic") && (kind == BK_RESOURCE || kind == BK_DATA || kind == BK_PROVIDER || blk >= 0)) {
            if (v->kind != JSON_OBJECT) continue;
            for (uint32_t d = 0; d < v->count; d++) {
                if (is(v->keys[d], "//")) continue;
                SchemaNested sn;
                SchemaBlockId inner = schema_nested(blk, v->keys[d], &sn) ? sn.block : -1;
                AstLabel lab = {v->keys[d], v->key_ranges[d], true};
                const JsonValue *dv = v->items[d];
                const JsonValue *bodies[1] = {dv};
                for (uint32_t n = 0; n < (dv->kind == JSON_ARRAY ? dv->count : 1); n++) {
                    const JsonValue *one = dv->kind == JSON_ARRAY ? dv->items[n] : bodies[0];
                    if (one->kind != JSON_OBJECT) continue;
                    AstBlock *b = new_block(jr, "dynamic", kr, &lab, 1, one);
                    /* for_each, iterator, labels; content is the nested block's body */
                    ItemVec dyn = {0};
                    for (uint32_t j = 0; j < one->count; j++) {
                        if (is(one->keys[j], "//")) continue;
                        if (is(one->keys[j], "content"))
                            emit_block(jr, &dyn, "content", one->key_ranges[j], labels, 0, one->items[j],
                                       BK_DYNAMIC, inner, depth + 1);
                        else
                            push_attr(jr, &dyn, one, j, is(one->keys[j], "iterator") ? STR_EXPR : STR_TEMPLATE);
                    }
                    b->body = ARENA_NEW(jr->a, AstBody);
                    memset(b->body, 0, sizeof *b->body);
                    b->body->range = one->range;
                    b->body->items = vec_to_arena(jr->a, &dyn);
                    b->body->len = dyn.len;
                    vec_free(&dyn);
                    push_block(&items, b);
                }
            }
            continue;
        }
        SchemaNested sn;
        if (blk >= 0 && schema_nested(blk, k, &sn)) {
            emit_block(jr, &items, k, kr, labels, 0, v, BK_DYNAMIC, sn.block, depth);
            continue;
        }
        push_attr(jr, &items, obj, i, STR_TEMPLATE);
    }
    body->items = vec_to_arena(jr->a, &items);
    body->len = items.len;
    vec_free(&items);
    return body;
}

/* ---- files -------------------------------------------------------------------------- */
static const struct {
    const char *type;
    uint32_t labels;
    BodyKind kind;
} top_blocks[] = {
    {"resource", 2, BK_RESOURCE}, {"data", 2, BK_DATA},       {"ephemeral", 2, BK_DATA},
    {"provider", 1, BK_PROVIDER}, {"variable", 1, BK_VARIABLE}, {"output", 1, BK_OUTPUT},
    {"module", 1, BK_MODULE},     {"terraform", 0, BK_TERRAFORM}, {"locals", 0, BK_PLAIN},
    {"moved", 0, BK_MOVED},       {"import", 0, BK_MOVED},    {"removed", 0, BK_MOVED},
    {"check", 1, BK_CHECK},
};

AstFile *json_config_parse(const SourceFile *src, bool tfvars, Arena *a, Interner *names, DiagList *diags) {
    JsonReader jr = {src, a, names, diags, false};
    AstFile *f = ARENA_NEW(a, AstFile);
    memset(f, 0, sizeof *f);
    f->src = src;
    f->body = ARENA_NEW(a, AstBody);
    memset(f->body, 0, sizeof *f->body);
    f->body->range = range_make(0, src->len);
    JsonValue *doc = json_parse(src, a, diags);
    if (!doc) return f;
    if (doc->kind != JSON_OBJECT) {
        json_error(&jr, doc->range, "Incorrect JSON value type",
                   "The root of a Terraform JSON file must be an object.");
        return f;
    }
    ItemVec items = {0};
    AstLabel labels[4];
    for (uint32_t i = 0; i < doc->count; i++) {
        const char *k = doc->keys[i];
        if (strcmp(k, "//") == 0) continue;
        if (tfvars) {
            push_attr(&jr, &items, doc, i, STR_LITERAL);
            continue;
        }
        uint32_t t = 0, n = sizeof top_blocks / sizeof top_blocks[0];
        while (t < n && strcmp(top_blocks[t].type, k) != 0) t++;
        if (t == n) {
            /* an unknown block type: keep it as a block so the model reports it */
            const JsonValue *v = doc->items[i];
            if (v->kind == JSON_OBJECT) emit_block(&jr, &items, k, doc->key_ranges[i], labels, 0, v, BK_PLAIN, -1, 0);
            else json_error(&jr, doc->key_ranges[i], "Unsupported block type",
                            arena_printf(a, "Blocks of type \"%s\" are not expected here.", k));
            continue;
        }
        emit_labelled(&jr, &items, k, doc->key_ranges[i], labels, 0, top_blocks[t].labels, doc->items[i],
                      top_blocks[t].kind, 0);
    }
    f->body->items = vec_to_arena(a, &items);
    f->body->len = items.len;
    vec_free(&items);
    return f;
}
