/* symbols.c - the values of a module's named things: input variables (from
 * tfvars, --var, TF_VAR_, the calling module's arguments, defaults), locals,
 * outputs, module calls, resources and their instances (count / for_each),
 * each computed once and cached; a cycle yields unknown (the cycle rule
 * reports it).  Also parses templates and expressions given as text. */
#include "eval_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *intern_s(Evaluator *ev, const char *s) { return intern(ev->names, s, strlen(s)); }

/* ---- text to syntax --------------------------------------------------------------- */

static AstExpr *parse_wrapped(Evaluator *ev, const char *path, const char *head, const char *text, size_t len,
                              const char *tail, const char **err, const SourceFile **file) {
    StrBuf sb = {0};
    sb_puts(&sb, head);
    sb_append(&sb, text, len);
    sb_puts(&sb, tail);
    char *copy = arena_strndup(ev->a, sb.data, sb.len);
    size_t n = sb.len;
    sb_free(&sb);
    SourceFile *src = source_from_memory(ev->a, path ? path : "<text>", copy, n);
    if (file) *file = src;
    DiagList errs;
    diag_list_init(&errs, ev->a);
    AstFile *f = hcl_parse(src, NULL, ev->a, ev->names, &errs);
    AstExpr *e = NULL;
    bool bad = false;
    for (uint32_t i = 0; i < errs.items.len; i++) bad |= errs.items.data[i].severity == SEV_ERROR;
    if (!bad && f->body->len == 1 && !f->body->items[0].is_block) e = f->body->items[0].u.attr->expr;
    if (!e) {
        const Diag *d = errs.items.len ? &errs.items.data[0] : NULL;
        *err = d ? arena_printf(ev->a, "%s%s%s", d->summary, d->detail ? ": " : "", d->detail ? d->detail : "")
                 : "The text does not hold a single expression.";
    }
    diag_list_free(&errs);
    return e;
}

AstExpr *parse_expression_text(Evaluator *ev, const char *path, const char *text, size_t len, const char **err) {
    return parse_wrapped(ev, path, "x = ", text, len, "\n", err, NULL);
}

/* ---- paths ------------------------------------------------------------------------- */

const char *module_path_value(Evaluator *ev, Module *m) {
    if (!m || m->is_root || !ev->tree || !ev->tree->root) return ".";
    const char *root = ev->tree->root->dir;
    size_t n = strlen(root);
    if (strcmp(root, ".") != 0 && strncmp(m->dir, root, n) == 0 && m->dir[n] == '/') return m->dir + n + 1;
    if (strncmp(m->dir, "./", 2) == 0) return m->dir + 2;
    return m->dir;
}

/* ---- variables -------------------------------------------------------------------- */

static bool type_is_primitive(const Type *t) {
    return !t || t->kind == TY_ANY || t->kind == TY_STRING || t->kind == TY_NUMBER || t->kind == TY_BOOL;
}

/* A value given as text (--var, TF_VAR_): a string for primitive types, an
 * HCL expression for the others, as Terraform reads them. */
static Value *text_value(Evaluator *ev, Variable *v, const char *text) {
    if (type_is_primitive(v->type)) return val_cstring(ev->a, text);
    const char *err;
    AstExpr *e = parse_expression_text(ev, "<value for var>", text, strlen(text), &err);
    if (!e) return val_unknown(ev->a, v->type);
    return eval_expr(ev, NULL, NULL, e, NULL);
}

static Value *root_given_value(Evaluator *ev, Module *m, Variable *v) {
    for (uint32_t i = ev->opts.var_count; i-- > 0;) {
        const char *s = ev->opts.vars[i];
        const char *eq = strchr(s, '=');
        if (eq && (size_t)(eq - s) == strlen(v->name) && strncmp(s, v->name, (size_t)(eq - s)) == 0)
            return text_value(ev, v, eq + 1);
    }
    for (uint32_t i = m->var_values.len; i-- > 0;) {
        AstAttribute *at = m->var_values.data[i];
        if (strcmp(at->name, v->name) == 0) return eval_expr(ev, NULL, at->src, at->expr, NULL);
    }
    if (ev->opts.read_env) {
        char name[512];
        snprintf(name, sizeof name, "TF_VAR_%s", v->name);
        const char *env = getenv(name);
        if (env) return text_value(ev, v, env);
    }
    return NULL;
}

/* The unknown values each.* and count.index have in an instance whose
 * count or for_each is not known. */
static Scope *unknown_instance_scope(Evaluator *ev, bool counted, bool each) {
    Scope *s = NULL;
    if (counted) s = scope_push(ev->a, s, SCOPE_COUNT, val_unknown(ev->a, &type_number));
    if (each) {
        s = scope_push(ev->a, s, SCOPE_EACH_KEY, val_unknown(ev->a, &type_string));
        s = scope_push(ev->a, s, SCOPE_EACH_VALUE, val_unknown(ev->a, NULL));
    }
    return s;
}

static Value *call_given_value(Evaluator *ev, Module *m, Variable *v) {
    ModuleCall *mc = m->call;
    if (!mc || !m->parent) return NULL;
    AstAttribute *at = body_attr(mc->block->body, v->name);
    if (!at) return NULL;
    Scope *s = unknown_instance_scope(ev, mc->count != NULL, mc->for_each != NULL);
    return eval_expr(ev, m->parent, at->src, at->expr, s);
}

static Value *variable_value(Evaluator *ev, Module *m, const char *name) {
    Variable *v = module_variable(m, intern_s(ev, name));
    if (!v) return val_unknown(ev->a, NULL);
    bool busy;
    Value *cached = cache_get(ev, v, &busy);
    if (cached) return cached;
    if (busy) return val_unknown(ev->a, v->type);
    cache_busy(ev, v);
    Value *val = m->call ? call_given_value(ev, m, v) : root_given_value(ev, m, v);
    if ((!val || (val->kind == V_NULL && !v->nullable)) && v->default_attr)
        val = eval_expr(ev, m, v->default_attr->src, v->default_attr->expr, NULL);
    if (!val) val = val_unknown(ev->a, v->type);
    if (v->type && v->type->kind != TY_ANY && v->type->kind != TY_INVALID) {
        const char *why;
        const Value *where;
        Value *conv = val_convert(ev->a, val, v->type, &why, &where);
        val = conv ? conv : val_unknown(ev->a, v->type);
    }
    if (v->sensitive) val = val_mark(ev->a, val, true);
    cache_put(ev, v, val);
    return val;
}

static Value *local_value(Evaluator *ev, Module *m, const char *name) {
    Local *l = module_local(m, intern_s(ev, name));
    if (!l) return val_unknown(ev->a, NULL);
    bool busy;
    Value *cached = cache_get(ev, l, &busy);
    if (cached) return cached;
    if (busy) return val_unknown(ev->a, NULL);
    cache_busy(ev, l);
    Value *val = eval_expr(ev, m, l->file, l->attr->expr, NULL);
    cache_put(ev, l, val);
    return val;
}

static Value *output_value(Evaluator *ev, Module *m, const char *name) {
    Output *o = module_output(m, intern_s(ev, name));
    if (!o || !o->value) return val_unknown(ev->a, NULL);
    bool busy;
    Value *cached = cache_get(ev, o, &busy);
    if (cached) return cached;
    if (busy) return val_unknown(ev->a, NULL);
    cache_busy(ev, o);
    Value *val = eval_expr(ev, m, o->file, o->value->expr, NULL);
    cache_put(ev, o, val);
    return val;
}

static Value *call_value(Evaluator *ev, Module *m, ModuleCall *mc) {
    (void)m;
    Module *child = call_child_known(mc);
    if (!child || mc->count || mc->for_each) return val_unknown(ev->a, NULL);
    bool busy;
    Value *cached = cache_get(ev, mc, &busy);
    if (cached) return cached;
    if (busy) return val_unknown(ev->a, NULL);
    cache_busy(ev, mc);
    uint32_t n = child->outputs.len;
    const char **keys = ARENA_ARRAY(ev->a, const char *, n ? n : 1);
    Value **vals = ARENA_ARRAY(ev->a, Value *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        keys[i] = child->outputs.data[i].name;
        vals[i] = eval_output(ev, child, keys[i]);
    }
    Value *v = val_object(ev->a, keys, vals, n);
    v->open = true;
    cache_put(ev, mc, v);
    return v;
}

/* ---- resources --------------------------------------------------------------------- */

static uint32_t instances_of(Evaluator *ev, Module *m, const Resource *r, Instance **out, bool *known) {
    Arena *a = ev->a;
    *known = true;
    if (!r->count && !r->for_each) {
        *out = ARENA_NEW(a, Instance);
        return 1;
    }
    AstAttribute *meta = r->count ? r->count : r->for_each;
    uint32_t errs = ev->errors;
    ev->suppress++;
    Value *v = eval_expr(ev, m, meta->src, meta->expr, NULL);
    ev->suppress--;
    ev->errors = errs;
    if (r->count) {
        int64_t n;
        if (v->kind == V_NUMBER && num_to_i64(v, &n) && n >= 0 && n <= 100000) {
            Instance *ins = ARENA_ARRAY(a, Instance, n ? (size_t)n : 1);
            for (int64_t i = 0; i < n; i++) {
                ins[i].key = val_number_i64(a, i);
                ins[i].scope = scope_push(a, NULL, SCOPE_COUNT, ins[i].key);
            }
            *out = ins;
            return (uint32_t)n;
        }
    } else if ((val_is_mapping(v) && v->kind != V_UNKNOWN) || (v->kind == V_SET && val_is_wholly_known(v))) {
        bool strings = true;
        if (v->kind == V_SET)
            for (uint32_t i = 0; i < v->count; i++) strings &= v->items[i]->kind == V_STRING;
        if (strings) {
            Instance *ins = ARENA_ARRAY(a, Instance, v->count ? v->count : 1);
            for (uint32_t i = 0; i < v->count; i++) {
                Value *key = v->keys ? val_cstring(a, v->keys[i]) : v->items[i];
                ins[i].key = key;
                Scope *s = scope_push(a, NULL, SCOPE_EACH_KEY, key);
                ins[i].scope = scope_push(a, s, SCOPE_EACH_VALUE, v->items[i]);
            }
            *out = ins;
            return v->count;
        }
    }
    *known = false;
    Instance *one = ARENA_NEW(a, Instance);
    one->scope = unknown_instance_scope(ev, r->count != NULL, r->for_each != NULL);
    *out = one;
    return 1;
}

Value *eval_attr(Evaluator *ev, Module *m, const Resource *r, const Instance *in, const AstAttribute *at) {
    (void)r;
    return eval_expr(ev, m, at->src, at->expr, in ? in->scope : NULL);
}

Value *eval_resource_arg(Evaluator *ev, Module *m, const Resource *r, const Instance *in, const char *name) {
    AstAttribute *at = body_attr(r->block->body, name);
    return at ? eval_attr(ev, m, r, in, at) : NULL;
}

static bool meta_argument(const char *name) {
    return strcmp(name, "count") == 0 || strcmp(name, "for_each") == 0 || strcmp(name, "provider") == 0 ||
           strcmp(name, "depends_on") == 0;
}

/* One instance as references see it: the arguments the configuration sets;
 * everything else (computed attributes, nested blocks) unknown. */
static Value *instance_object(Evaluator *ev, Module *m, Resource *r, const Instance *in) {
    if (r->mode == MODE_DATA && strcmp(r->type, "aws_iam_policy_document") == 0)
        return policy_document_value(ev, m, r, in);
    const AstBody *b = r->block->body;
    Vec(const char *) keys = {0};
    Vec(Value *) vals = {0};
    for (uint32_t i = 0; i < b->len; i++) {
        if (b->items[i].is_block) continue;
        const AstAttribute *at = b->items[i].u.attr;
        if (meta_argument(at->name)) continue;
        Value *v = eval_attr(ev, m, r, in, at);
        /* an argument set to null is as if unset: the provider may compute it
         * (name_prefix, region), so references see it unknown */
        if (v->kind == V_NULL) continue;
        vec_push(&keys, at->name);
        vec_push(&vals, v);
    }
    Value *v = val_object(ev->a, keys.data, vals.data, keys.len);
    v->open = true;
    v->computed = r->mode == MODE_MANAGED;
    vec_free(&keys);
    vec_free(&vals);
    return v;
}

static Value *resource_value_in(Evaluator *ev, Module *m, Resource *r) {
    bool busy;
    Value *cached = cache_get(ev, r, &busy);
    if (cached) return cached;
    if (busy) return val_unknown(ev->a, NULL);
    cache_busy(ev, r);
    Instance *ins;
    bool known;
    uint32_t n = eval_instances(ev, m, r, &ins, &known);
    Value *v;
    if (!known) {
        v = val_unknown(ev->a, NULL);
    } else if (!r->count && !r->for_each) {
        v = instance_object(ev, m, r, &ins[0]);
    } else {
        Value **items = ARENA_ARRAY(ev->a, Value *, n ? n : 1);
        for (uint32_t i = 0; i < n; i++) items[i] = instance_object(ev, m, r, &ins[i]);
        if (r->count) {
            v = val_tuple(ev->a, items, n);
        } else {
            const char **keys = ARENA_ARRAY(ev->a, const char *, n ? n : 1);
            for (uint32_t i = 0; i < n; i++) keys[i] = ins[i].key->str;
            v = val_object(ev->a, keys, items, n);
        }
        v->instances = true;
    }
    cache_put(ev, r, v);
    return v;
}

AstExpr *eval_parse_expression(Evaluator *ev, const char *path, const char *text, size_t len, const char **err) {
    return parse_expression_text(ev, path, text, len, err);
}

/* ---- cached values live in the lasting arena ------------------------------------------
 * Whatever is cached (variables, locals, outputs, module calls, resources,
 * instances) is built in the evaluator's lasting arena, even when asked for
 * while eval_module evaluates into its scratch arena. */

Value *eval_variable(Evaluator *ev, Module *m, const char *name) {
    Arena *saved = ev->a;
    ev->a = ev->keep;
    Value *v = variable_value(ev, m, name);
    ev->a = saved;
    return v;
}

Value *eval_local(Evaluator *ev, Module *m, const char *name) {
    Arena *saved = ev->a;
    ev->a = ev->keep;
    Value *v = local_value(ev, m, name);
    ev->a = saved;
    return v;
}

Value *eval_output(Evaluator *ev, Module *m, const char *name) {
    Arena *saved = ev->a;
    ev->a = ev->keep;
    Value *v = output_value(ev, m, name);
    ev->a = saved;
    return v;
}

Value *module_call_value(Evaluator *ev, Module *m, ModuleCall *mc) {
    Arena *saved = ev->a;
    ev->a = ev->keep;
    Value *v = call_value(ev, m, mc);
    ev->a = saved;
    return v;
}

uint32_t eval_instances(Evaluator *ev, Module *m, const Resource *r, Instance **out, bool *known) {
    Arena *saved = ev->a;
    ev->a = ev->keep;
    uint32_t n = instances_of(ev, m, r, out, known);
    ev->a = saved;
    return n;
}

Value *resource_value(Evaluator *ev, Module *m, Resource *r) {
    Arena *saved = ev->a;
    ev->a = ev->keep;
    Value *v = resource_value_in(ev, m, r);
    ev->a = saved;
    return v;
}

/* ---- evaluating a whole module ------------------------------------------------------- */

/* Evaluates one argument for its errors only: into the scratch arena,
 * released right after (what gets cached is built in the lasting arena). */
static void scratch_eval(Evaluator *ev, Module *m, const AstAttribute *at, const Scope *s) {
    Arena *saved = ev->a;
    ev->a = &ev->scratch;
    eval_expr(ev, m, at->src, at->expr, s);
    ev->a = saved;
    arena_free(&ev->scratch);
    arena_init(&ev->scratch);
}

static bool skipped_block(const char *type) {
    return strcmp(type, "lifecycle") == 0 || strcmp(type, "provisioner") == 0 || strcmp(type, "connection") == 0 ||
           strcmp(type, "precondition") == 0 || strcmp(type, "postcondition") == 0;
}

static void walk_body(Evaluator *ev, Module *m, const AstBody *b, const Scope *s, bool top);

/* dynamic "NAME" { for_each = ...; iterator = I; content { ... } } */
static void walk_dynamic(Evaluator *ev, Module *m, const AstBlock *blk, const Scope *s) {
    const AstBody *b = blk->body;
    AstAttribute *fe = body_attr(b, "for_each");
    AstAttribute *it = body_attr(b, "iterator");
    AstBlock *content = body_block(b, "content");
    const char *name = blk->label_count ? blk->labels[0].value : "dynamic";
    if (it && it->expr->kind == AST_VARIABLE) name = it->expr->u.name;
    name = intern_s(ev, name);
    if (!fe || !content) return;
    Value *coll = eval_expr(ev, m, fe->src, fe->expr, s);
    const char *keys[2] = {"key", "value"};
    if (val_is_collection(coll) && coll->kind != V_UNKNOWN && coll->count <= 1000) {
        for (uint32_t i = 0; i < coll->count; i++) {
            Value *kv[2] = {coll->keys ? val_cstring(ev->a, coll->keys[i])
                                       : coll->kind == V_SET ? coll->items[i] : val_number_i64(ev->a, i),
                            coll->items[i]};
            Scope *inner = scope_push(ev->a, s, name, val_object(ev->a, keys, kv, 2));
            walk_body(ev, m, content->body, inner, false);
        }
        return;
    }
    Value *kv[2] = {val_unknown(ev->a, NULL), val_unknown(ev->a, NULL)};
    walk_body(ev, m, content->body, scope_push(ev->a, s, name, val_object(ev->a, keys, kv, 2)), false);
}

static void walk_body(Evaluator *ev, Module *m, const AstBody *b, const Scope *s, bool top) {
    for (uint32_t i = 0; i < b->len; i++) {
        if (b->items[i].is_block) {
            const AstBlock *blk = b->items[i].u.block;
            if (skipped_block(blk->type)) continue;
            if (strcmp(blk->type, "dynamic") == 0) walk_dynamic(ev, m, blk, s);
            else walk_body(ev, m, blk->body, s, false);
            continue;
        }
        const AstAttribute *at = b->items[i].u.attr;
        if (top && (meta_argument(at->name) || strcmp(at->name, "source") == 0 || strcmp(at->name, "version") == 0 ||
                    strcmp(at->name, "providers") == 0))
            continue;
        scratch_eval(ev, m, at, s);
    }
}

void eval_module(Evaluator *ev, Module *m) {
    if (ptrmap_get(&ev->evaluated, m)) return;
    ptrmap_put(&ev->evaluated, m, m);
    for (uint32_t i = 0; i < m->locals.len; i++) eval_local(ev, m, m->locals.data[i].name);
    for (uint32_t i = 0; i < m->outputs.len; i++) eval_output(ev, m, m->outputs.data[i].name);
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *r = &m->resources.data[i];
        if (r->mode == MODE_DATA && strcmp(r->type, "aws_iam_policy_document") == 0) {
            resource_value(ev, m, r);
            continue;
        }
        Instance *ins;
        bool known;
        uint32_t n = eval_instances(ev, m, r, &ins, &known);
        for (uint32_t k = 0; k < n && k < 256; k++) walk_body(ev, m, r->block->body, ins[k].scope, true);
    }
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *mc = m->calls.data[i];
        walk_body(ev, m, mc->block->body, unknown_instance_scope(ev, mc->count != NULL, mc->for_each != NULL), true);
    }
    for (uint32_t i = 0; i < m->providers.len; i++) walk_body(ev, m, m->providers.data[i].block->body, NULL, false);
    /* variables' validation conditions and messages (HCL's || and && evaluate
     * both sides, so `var.x == null || length(var.x) > 0` fails on null) */
    for (uint32_t i = 0; i < m->variables.len; i++) {
        const AstBody *b = m->variables.data[i].block->body;
        for (uint32_t k = 0; k < b->len; k++)
            if (b->items[k].is_block && strcmp(b->items[k].u.block->type, "validation") == 0)
                walk_body(ev, m, b->items[k].u.block->body, NULL, false);
    }
}
