/* eval.c - the expression evaluator: HCL's expression semantics over the
 * module model.  References resolve to variables (tfvars, --var, TF_VAR_,
 * defaults, module call inputs), locals, path.*, terraform.workspace,
 * count/each, for-expression symbols, resource arguments set in the
 * configuration (computed attributes are unknown), module outputs and
 * data.aws_iam_policy_document (policy.c).  Whatever the files alone do not
 * decide is unknown; nothing is guessed.  Errors are Terraform's, reported as
 * diagnostics only when asked (and never inside try/can). */
#include "eval_int.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { EVAL_MAX_DEPTH = 200 };

static const char BUSY[] = "busy"; /* cache marker: being computed (a cycle) */

Evaluator *evaluator_new(ModuleTree *tree, Arena *a, Interner *names, DiagList *diags, const EvalOptions *opts) {
    Evaluator *ev = mem_alloc(sizeof *ev);
    memset(ev, 0, sizeof *ev);
    ev->tree = tree;
    ev->a = a;
    ev->keep = a;
    arena_init(&ev->scratch);
    ev->names = names;
    ev->diags = diags;
    if (opts) ev->opts = *opts;
    if (!ev->opts.workspace) ev->opts.workspace = "default";
    return ev;
}

void evaluator_free(Evaluator *ev) {
    if (!ev) return;
    ptrmap_free(&ev->cache);
    ptrmap_free(&ev->evaluated);
    ptrmap_free(&ev->sigs);
    arena_free(&ev->scratch);
    vec_free(&ev->recorded);
    mem_free(ev);
}

Arena *evaluator_arena(Evaluator *ev) { return ev->a; }
uint32_t eval_error_count(const Evaluator *ev) { return ev->errors; }
uint32_t eval_computed_unknowns(const Evaluator *ev) { return ev->computed; }
uint32_t eval_recorded_errors(const Evaluator *ev, const EvalError **out) {
    *out = ev->recorded.data;
    return ev->recorded.len;
}

void eval_last_error(const Evaluator *ev, const char **summary, const char **detail, Range *where) {
    *summary = ev->last_summary;
    *detail = ev->last_detail;
    *where = ev->last_range;
}

Value *eval_error(Ctx *c, Range r, const char *summary, const char *detail) {
    Evaluator *ev = c->ev;
    ev->errors++;
    ev->last_summary = summary;
    ev->last_detail = detail;
    ev->last_range = r;
    ev->last_file = c->f;
    if (!ev->suppress && c->f) {
        bool seen = false;
        for (uint32_t i = 0; i < ev->recorded.len && !seen; i++)
            seen = ev->recorded.data[i].file == c->f && ev->recorded.data[i].range.start == r.start &&
                   ev->recorded.data[i].range.end == r.end;
        if (!seen) {
            /* kept past the scratch arena the message may have been built in */
            EvalError e = {c->f, r, arena_strndup(ev->keep, summary, strlen(summary)),
                           detail ? arena_strndup(ev->keep, detail, strlen(detail)) : NULL, ev->instance_key_error,
                           ev->instances_attr_error};
            vec_push(&ev->recorded, e);
        }
    }
    return val_unknown(ev->a, NULL);
}

static const char *intern_s(Evaluator *ev, const char *s) { return intern(ev->names, s, strlen(s)); }

/* ---- scopes ------------------------------------------------------------------- */

static const Scope *scope_find(const Scope *s, const char *name, bool *only) {
    *only = false;
    for (; s; s = s->parent) {
        if (s->name == name || strcmp(s->name, name) == 0) return s;
        if (strcmp(s->name, SCOPE_ONLY) == 0) *only = true;
    }
    return NULL;
}

Scope *scope_push(Arena *a, const Scope *parent, const char *name, Value *v) {
    Scope *s = ARENA_NEW(a, Scope);
    s->parent = parent;
    s->name = name;
    s->value = v;
    return s;
}

/* ---- templates ------------------------------------------------------------------ */

typedef struct TmplOut {
    StrBuf sb;
    bool unknown;        /* some part is unknown */
    size_t prefix;       /* bytes known before the first unknown part */
    uint32_t min_len;    /* bytes of the known parts */
    bool sensitive;
    bool failed;
} TmplOut;

static void tmpl_parts(Ctx *c, const ExprList *parts, TmplOut *o);

static void tmpl_value(Ctx *c, const AstExpr *p, TmplOut *o) {
    Value *v = eval_node(c, p);
    if (v->sensitive) o->sensitive = true;
    if (v->kind == V_UNKNOWN) {
        if (v->type && v->type->kind != TY_ANY && v->type->kind != TY_STRING && v->type->kind != TY_NUMBER &&
            v->type->kind != TY_BOOL) {
            eval_error(c, p->range, "Invalid template interpolation value",
                       "Cannot include the given value in a string template: string required.");
            o->failed = true;
            return;
        }
        if (!o->unknown) {
            o->prefix = o->sb.len;
            if (v->str) {
                sb_append(&o->sb, v->str, v->len);
                o->prefix = o->sb.len;
            }
        }
        o->min_len += v->min_len;
        o->unknown = true;
        return;
    }
    if (v->kind == V_NULL) {
        eval_error(c, p->range, "Invalid template interpolation value",
                   "The expression result is null. Cannot include a null value in a string template.");
        o->failed = true;
        return;
    }
    const char *why = NULL;
    const char *s = val_to_string(c->ev->a, v, &why);
    if (!s) {
        eval_error(c, p->range, "Invalid template interpolation value",
                   arena_printf(c->ev->a, "Cannot include the given value in a string template: %s.",
                                why ? why : "string required"));
        o->failed = true;
        return;
    }
    size_t n = strlen(s);
    if (!o->unknown) sb_append(&o->sb, s, n);
    o->min_len += (uint32_t)n;
}

static bool cond_bool(Ctx *c, const AstExpr *e, Value *v, bool *out, bool *unknown, const char *what) {
    *unknown = false;
    if (v->kind == V_UNKNOWN) {
        *unknown = true;
        return true;
    }
    if (v->kind == V_NULL) {
        eval_error(c, e->range, "Null condition",
                   arena_printf(c->ev->a, "The condition value is null. Conditions must either be true or false."));
        return false;
    }
    const char *why;
    const Value *where;
    Value *b = val_convert(c->ev->a, v, &type_bool, &why, &where);
    if (!b) {
        eval_error(c, e->range, what,
                   arena_printf(c->ev->a, "The condition expression must be of type bool."));
        return false;
    }
    *out = b->boolean;
    return true;
}

static void tmpl_if(Ctx *c, const AstExpr *p, TmplOut *o) {
    Value *cv = eval_node(c, p->u.tif->cond);
    bool b, unk;
    if (!cond_bool(c, p->u.tif->cond, cv, &b, &unk, "Incorrect condition type")) {
        o->failed = true;
        return;
    }
    if (unk) {
        if (!o->unknown) o->prefix = o->sb.len;
        o->unknown = true;
        return;
    }
    tmpl_parts(c, b ? &p->u.tif->then_parts : &p->u.tif->else_parts, o);
}

static void tmpl_for(Ctx *c, const AstExpr *p, TmplOut *o) {
    const AstTemplateFor *tf = p->u.tfor;
    Value *coll = eval_node(c, tf->coll);
    if (coll->kind == V_UNKNOWN) {
        if (!o->unknown) o->prefix = o->sb.len;
        o->unknown = true;
        return;
    }
    if (coll->kind == V_NULL) {
        eval_error(c, tf->coll->range, "Iteration over null value",
                   "A null value cannot be used as the collection in a 'for' expression.");
        o->failed = true;
        return;
    }
    if (!val_is_collection(coll)) {
        eval_error(c, tf->coll->range, "Iteration over non-iterable value",
                   arena_printf(c->ev->a, "A value of type %s cannot be used as the collection in a 'for' expression.",
                                type_friendly_name(c->ev->a, val_type(c->ev->a, coll))));
        o->failed = true;
        return;
    }
    for (uint32_t i = 0; i < coll->count && !o->failed; i++) {
        Value *k = coll->keys ? val_cstring(c->ev->a, coll->keys[i])
                              : coll->kind == V_SET ? coll->items[i] : val_number_i64(c->ev->a, i);
        const Scope *s = c->s;
        if (tf->key_var) s = scope_push(c->ev->a, s, tf->key_var, k);
        s = scope_push(c->ev->a, s, tf->value_var, coll->items[i]);
        Ctx inner = *c;
        inner.s = s;
        tmpl_parts(&inner, &tf->body, o);
    }
}

static void tmpl_parts(Ctx *c, const ExprList *parts, TmplOut *o) {
    for (uint32_t i = 0; i < parts->len && !o->failed; i++) {
        const AstExpr *p = parts->items[i];
        if (p->kind == AST_STRING) {
            if (!o->unknown) sb_append(&o->sb, p->u.string.text, p->u.string.len);
            o->min_len += p->u.string.len;
        } else if (p->kind == AST_TEMPLATE_IF) {
            tmpl_if(c, p, o);
        } else if (p->kind == AST_TEMPLATE_FOR) {
            tmpl_for(c, p, o);
        } else {
            tmpl_value(c, p, o);
        }
    }
}

static Value *eval_template(Ctx *c, const AstExpr *e) {
    const ExprList *parts = &e->u.tmpl.parts;
    /* "${x}" alone yields x itself, not its string form */
    if (e->u.tmpl.wrap && parts->len == 1 && parts->items[0]->kind != AST_STRING &&
        parts->items[0]->kind != AST_TEMPLATE_IF && parts->items[0]->kind != AST_TEMPLATE_FOR)
        return eval_node(c, parts->items[0]);
    TmplOut o;
    memset(&o, 0, sizeof o);
    tmpl_parts(c, parts, &o);
    Value *v;
    if (o.failed) v = val_unknown(c->ev->a, &type_string);
    else if (o.unknown) v = val_unknown_string(c->ev->a, o.sb.data, o.prefix, o.min_len);
    else v = val_string(c->ev->a, o.sb.data ? o.sb.data : "", o.sb.len);
    sb_free(&o.sb);
    if (o.sensitive) v = val_mark(c->ev->a, v, true);
    return v;
}

/* ---- operators ---------------------------------------------------------------------- */

static Value *operand(Ctx *c, const AstExpr *e, Value *v, const Type *t, const char *side, bool *bad) {
    *bad = false;
    if (v->kind == V_UNKNOWN) return v;
    if (v->kind == V_NULL) {
        *bad = true;
        return eval_error(c, e->range, "Operation failed", "Error during operation: argument must not be null.");
    }
    const char *why;
    const Value *where;
    Value *r = val_convert(c->ev->a, v, t, &why, &where);
    if (!r) {
        *bad = true;
        return eval_error(c, e->range, "Invalid operand",
                          arena_printf(c->ev->a, "Unsuitable value for %s operand: %s.", side, why));
    }
    return r;
}

static Value *eval_binary(Ctx *c, const AstExpr *e) {
    Arena *a = c->ev->a;
    BinaryOp op = e->u.binary.op;
    Value *l = eval_node(c, e->u.binary.lhs), *r = eval_node(c, e->u.binary.rhs);
    bool sens = l->sensitive || r->sensitive;
    Value *out;
    if (op == OP_EQ || op == OP_NE) {
        bool unk;
        bool eq = val_equal(l, r, &unk);
        out = unk ? val_unknown(a, &type_bool) : val_bool(a, op == OP_EQ ? eq : !eq);
    } else if (op == OP_AND || op == OP_OR) {
        bool bl, br = false;
        Value *lb = operand(c, e->u.binary.lhs, l, &type_bool, "left", &bl);
        Value *rb = bl ? NULL : operand(c, e->u.binary.rhs, r, &type_bool, "right", &br);
        if (bl || br) return val_unknown(a, &type_bool);
        if (lb->kind == V_UNKNOWN || rb->kind == V_UNKNOWN) {
            /* false && x and true || x are decided by one side */
            if (lb->kind == V_BOOL && lb->boolean == (op == OP_OR)) out = val_bool(a, lb->boolean);
            else if (rb->kind == V_BOOL && rb->boolean == (op == OP_OR)) out = val_bool(a, rb->boolean);
            else out = val_unknown(a, &type_bool);
        } else {
            out = val_bool(a, op == OP_AND ? (lb->boolean && rb->boolean) : (lb->boolean || rb->boolean));
        }
    } else {
        bool bl, br = false;
        Value *ln = operand(c, e->u.binary.lhs, l, &type_number, "left", &bl);
        Value *rn = bl ? NULL : operand(c, e->u.binary.rhs, r, &type_number, "right", &br);
        bool cmp = op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE;
        if (bl || br) return val_unknown(a, cmp ? &type_bool : &type_number);
        if (ln->kind == V_UNKNOWN || rn->kind == V_UNKNOWN) {
            out = val_unknown(a, cmp ? &type_bool : &type_number);
        } else {
            switch (op) {
            case OP_LT: out = val_bool(a, num_cmp(ln, rn) < 0); break;
            case OP_LE: out = val_bool(a, num_cmp(ln, rn) <= 0); break;
            case OP_GT: out = val_bool(a, num_cmp(ln, rn) > 0); break;
            case OP_GE: out = val_bool(a, num_cmp(ln, rn) >= 0); break;
            case OP_ADD: out = num_add(a, ln, rn); break;
            case OP_SUB: out = num_sub(a, ln, rn); break;
            case OP_MUL: out = num_mul(a, ln, rn); break;
            case OP_DIV:
            case OP_MOD:
                out = op == OP_DIV ? num_div(a, ln, rn) : num_mod(a, ln, rn);
                if (!out)
                    return eval_error(c, e->range, "Operation failed",
                                      "Error during operation: can't divide zero by zero or infinity by infinity.");
                break;
            default: out = val_unknown(a, NULL); break;
            }
        }
    }
    return sens ? val_mark(a, out, true) : out;
}

static Value *eval_unary(Ctx *c, const AstExpr *e) {
    Value *v = eval_node(c, e->u.unary.operand);
    bool bad;
    bool neg = e->u.unary.op == OP_NEG;
    Value *o = operand(c, e->u.unary.operand, v, neg ? &type_number : &type_bool, "unary", &bad);
    if (bad) return val_unknown(c->ev->a, neg ? &type_number : &type_bool);
    Value *out = o->kind == V_UNKNOWN ? val_unknown(c->ev->a, neg ? &type_number : &type_bool)
                 : neg              ? num_neg(c->ev->a, o)
                                    : val_bool(c->ev->a, !o->boolean);
    return v->sensitive ? val_mark(c->ev->a, out, true) : out;
}

/* ---- conditionals ----------------------------------------------------------------------- */

/* Evaluates e; when quiet, its errors are neither reported nor counted. */
static Value *quiet_eval(Ctx *c, const AstExpr *e, bool quiet) {
    if (!quiet) return eval_node(c, e);
    Evaluator *ev = c->ev;
    uint32_t errors = ev->errors;
    const char *ls = ev->last_summary, *ld = ev->last_detail;
    Range lr = ev->last_range;
    ev->suppress++;
    Value *v = eval_node(c, e);
    ev->suppress--;
    ev->errors = errors;
    ev->last_summary = ls, ev->last_detail = ld, ev->last_range = lr;
    return v;
}

static Value *eval_conditional(Ctx *c, const AstExpr *e) {
    Arena *a = c->ev->a;
    Value *cv = eval_node(c, e->u.cond.cond);
    /* HCL evaluates both results (for their types) but reports only the
     * errors of the one chosen; none when the condition is unknown */
    bool pick_then = cv->kind == V_BOOL && cv->boolean;
    bool known = cv->kind == V_BOOL || cv->kind == V_STRING;
    if (cv->kind == V_STRING) pick_then = strcmp(cv->str, "true") == 0;
    Value *t = quiet_eval(c, e->u.cond.then_expr, !known || !pick_then);
    Value *f = quiet_eval(c, e->u.cond.else_expr, !known || pick_then);
    const Type *types[2] = {val_type(a, t), val_type(a, f)};
    const Type *u = NULL;
    if (t->kind == V_NULL && t->type->kind == TY_ANY) u = types[1];
    else if (f->kind == V_NULL && f->type->kind == TY_ANY) u = types[0];
    else u = type_unify(a, types, 2);
    if (!u) {
        return eval_error(c, e->range, "Inconsistent conditional result types",
                          arena_printf(a, "The true and false result expressions must have consistent types. The "
                                          "'true' value is %s, but the 'false' value is %s.",
                                       type_friendly_name(a, types[0]), type_friendly_name(a, types[1])));
    }
    bool b, unk;
    if (!cond_bool(c, e->u.cond.cond, cv, &b, &unk, "Incorrect condition type")) return val_unknown(a, u);
    if (unk) return val_unknown(a, u);
    Value *chosen = b ? t : f;
    if (chosen->kind == V_UNKNOWN || u->kind == TY_ANY) return chosen;
    const char *why;
    const Value *where;
    Value *conv = val_convert(a, chosen, u, &why, &where);
    Value *out = conv ? conv : chosen;
    return cv->sensitive ? val_mark(a, out, true) : out;
}

/* ---- collections ------------------------------------------------------------------------ */

static Value *eval_tuple(Ctx *c, const AstExpr *e) {
    uint32_t n = e->u.items.len;
    Value **items = ARENA_ARRAY(c->ev->a, Value *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) items[i] = eval_node(c, e->u.items.items[i]);
    return val_tuple(c->ev->a, items, n);
}

/* An object key or a for-expression key as a string; NULL (error reported) or
 * *unknown when it cannot be one. */
static const char *key_string(Ctx *c, const AstExpr *ke, Value *k, bool *unknown, bool in_for) {
    *unknown = false;
    if (k->kind == V_UNKNOWN) {
        *unknown = true;
        return NULL;
    }
    if (k->kind == V_NULL) {
        eval_error(c, ke->range, "Invalid object key", "Key expression in 'for' expression must not produce a null value.");
        return NULL;
    }
    const char *why;
    const char *s = val_to_string(c->ev->a, k, &why);
    if (!s) {
        if (in_for)
            eval_error(c, ke->range, "Invalid object key",
                       arena_printf(c->ev->a, "The key expression produced an invalid result: %s.",
                                    why ? why : "string required"));
        else
            eval_error(c, ke->range, "Incorrect key type",
                       arena_printf(c->ev->a, "Can't use this value as a key: %s.", why ? why : "string required"));
        return NULL;
    }
    return s;
}

static Value *eval_object(Ctx *c, const AstExpr *e) {
    Arena *a = c->ev->a;
    uint32_t n = e->u.object.len;
    const char **keys = ARENA_ARRAY(a, const char *, n ? n : 1);
    Value **vals = ARENA_ARRAY(a, Value *, n ? n : 1);
    bool unknown = false;
    for (uint32_t i = 0; i < n; i++) {
        const ObjectItem *it = &e->u.object.items[i];
        if (it->key_literal && it->key->kind == AST_VARIABLE) {
            keys[i] = it->key->u.name;
        } else {
            Value *k = eval_node(c, it->key);
            bool unk;
            if (k->kind == V_NULL) {
                eval_error(c, it->key->range, "Null value as key", "Can't use a null value as a key.");
                return val_unknown(a, NULL);
            }
            keys[i] = key_string(c, it->key, k, &unk, false);
            if (unk) unknown = true;
            else if (!keys[i]) return val_unknown(a, NULL);
        }
        vals[i] = eval_node(c, it->value);
    }
    if (unknown) return val_unknown(a, NULL);
    return val_object(a, keys, vals, n);
}

static Value *eval_for(Ctx *c, const AstExpr *e) {
    Arena *a = c->ev->a;
    const AstFor *fx = e->u.forx;
    Value *coll = eval_node(c, fx->coll);
    if (coll->kind == V_UNKNOWN) return val_unknown(a, NULL);
    if (coll->kind == V_NULL)
        return eval_error(c, fx->coll->range, "Iteration over null value",
                          "A null value cannot be used as the collection in a 'for' expression.");
    if (!val_is_collection(coll))
        return eval_error(c, fx->coll->range, "Iteration over non-iterable value",
                          arena_printf(a, "A value of type %s cannot be used as the collection in a 'for' expression.",
                                       type_friendly_name(a, val_type(a, coll))));
    Vec(Value *) vals = {0};
    Vec(const char *) keys = {0};
    bool unknown = false;
    for (uint32_t i = 0; i < coll->count; i++) {
        Value *k = coll->keys ? val_cstring(a, coll->keys[i]) : coll->kind == V_SET ? coll->items[i] : val_number_i64(a, i);
        const Scope *s = c->s;
        if (fx->key_var) s = scope_push(a, s, fx->key_var, k);
        s = scope_push(a, s, fx->value_var, coll->items[i]);
        Ctx inner = *c;
        inner.s = s;
        if (fx->cond) {
            Value *cv = eval_node(&inner, fx->cond);
            bool b, unk = cv->kind == V_UNKNOWN;
            const char *why;
            const Value *where;
            Value *cb = unk || cv->kind == V_NULL ? NULL : val_convert(a, cv, &type_bool, &why, &where);
            if (cv->kind == V_NULL) {
                eval_error(&inner, fx->cond->range, "Condition is null", "The value of the 'if' clause must not be null.");
                unknown = true;
                break;
            }
            if (!unk && !cb) {
                eval_error(&inner, fx->cond->range, "Invalid 'for' condition",
                           arena_printf(a, "The 'if' clause value is invalid: %s.", why ? why : "bool required"));
                unknown = true;
                break;
            }
            b = cb && cb->boolean;
            if (unk) {
                unknown = true;
                continue;
            }
            if (!b) continue;
        }
        if (fx->is_object) {
            Value *kv = eval_node(&inner, fx->key_expr);
            bool unk;
            const char *ks = key_string(&inner, fx->key_expr, kv, &unk, true);
            if (unk) {
                unknown = true;
                continue;
            }
            if (!ks) {
                unknown = true;
                break;
            }
            vec_push(&keys, ks);
        }
        vec_push(&vals, eval_node(&inner, fx->value_expr));
    }
    Value *out;
    if (unknown) {
        out = val_unknown(a, NULL);
    } else if (!fx->is_object) {
        out = val_tuple(a, vals.data, vals.len);
    } else if (fx->group) {
        /* key => value... : values grouped under their key, in order */
        Vec(const char *) gk = {0};
        Vec(Value *) gv = {0};
        for (uint32_t i = 0; i < keys.len; i++) {
            uint32_t j = 0;
            while (j < gk.len && strcmp(gk.data[j], keys.data[i]) != 0) j++;
            if (j == gk.len) {
                vec_push(&gk, keys.data[i]);
                vec_push(&gv, val_tuple(a, NULL, 0));
            }
            Value *g = gv.data[j];
            Value **items = ARENA_ARRAY(a, Value *, g->count + 1);
            if (g->count) memcpy(items, g->items, sizeof(Value *) * g->count);
            items[g->count] = vals.data[i];
            gv.data[j] = val_tuple(a, items, g->count + 1);
        }
        out = val_object(a, gk.data, gv.data, gk.len);
        vec_free(&gk);
        vec_free(&gv);
    } else {
        for (uint32_t i = 0; i < keys.len && !unknown; i++)
            for (uint32_t j = i + 1; j < keys.len; j++)
                if (strcmp(keys.data[i], keys.data[j]) == 0) {
                    eval_error(c, fx->key_expr->range, "Duplicate object key",
                               arena_printf(a, "Two different items produced the key \"%s\" in this 'for' expression. "
                                               "If duplicates are expected, use the ellipsis (...) after the value "
                                               "expression to enable grouping by key.",
                                            keys.data[i]));
                    unknown = true;
                    break;
                }
        out = unknown ? val_unknown(a, NULL) : val_object(a, keys.data, vals.data, keys.len);
    }
    vec_free(&vals);
    vec_free(&keys);
    return coll->sensitive ? val_mark(a, out, true) : out;
}

/* ---- traversal: attributes, indexes, splats -------------------------------------------------- */

static Value *value_getattr_inner(Ctx *c, Value *obj, const char *name, Range r);

/* An attribute of a counted / for_each resource's instance collection is
 * the missing-instance-key rule's finding: marked so. */
Value *value_getattr(Ctx *c, Value *obj, const char *name, Range r) {
    c->ev->instances_attr_error = obj->instances;
    Value *v = value_getattr_inner(c, obj, name, r);
    c->ev->instances_attr_error = false;
    return v;
}

static Value *value_getattr_inner(Ctx *c, Value *obj, const char *name, Range r) {
    Arena *a = c->ev->a;
    if (obj->kind == V_UNKNOWN) return val_unknown(a, NULL);
    if (obj->kind == V_NULL)
        return eval_error(c, r, "Attempt to get attribute from null value",
                          "This value is null, so it does not have any attributes.");
    Value *out = NULL;
    if (obj->kind == V_OBJECT) {
        out = val_get(obj, name);
        if (!out) {
            if (obj->open) {
                if (obj->computed) c->ev->computed++;
                return val_unknown(a, NULL);
            }
            return eval_error(c, r, "Unsupported attribute",
                              arena_printf(a, "This object does not have an attribute named \"%s\".", name));
        }
    } else if (obj->kind == V_MAP) {
        out = val_get(obj, name);
        if (!out)
            return eval_error(c, r, "Missing map element",
                              arena_printf(a, "This map does not have an element with the key \"%s\".", name));
    } else if ((obj->kind == V_LIST || obj->kind == V_SET) && obj->type && obj->type->elem &&
               obj->type->elem->kind == TY_OBJECT) {
        return eval_error(c, r, "Unsupported attribute",
                          arena_printf(a, "Can't access attributes on a %s of objects. Did you mean to access an "
                                          "attribute for a specific element of the %s, or across all elements of the "
                                          "%s?",
                                       obj->kind == V_LIST ? "list" : "set", obj->kind == V_LIST ? "list" : "set",
                                       obj->kind == V_LIST ? "list" : "set"));
    } else if (val_is_collection(obj)) {
        return eval_error(c, r, "Unsupported attribute", "This value does not have any attributes.");
    } else {
        return eval_error(c, r, "Unsupported attribute",
                          arena_printf(a, "Can't access attributes on a primitive-typed value (%s).",
                                       type_friendly_name(a, val_type(a, obj))));
    }
    return obj->sensitive ? val_mark(a, out, true) : out;
}

static Value *value_index_inner(Ctx *c, Value *obj, Value *key, Range r);

static Value *value_index(Ctx *c, Value *obj, Value *key, Range r) {
    c->ev->instance_key_error = obj->instances;
    Value *v = value_index_inner(c, obj, key, r);
    c->ev->instance_key_error = false;
    return v;
}

static Value *value_index_inner(Ctx *c, Value *obj, Value *key, Range r) {
    Arena *a = c->ev->a;
    if (obj->kind == V_NULL)
        return eval_error(c, r, "Attempt to index null value", "This value is null, so it does not have any indices.");
    if (obj->kind == V_UNKNOWN || key->kind == V_UNKNOWN) return val_unknown(a, NULL);
    if (key->kind == V_NULL) return eval_error(c, r, "Invalid index", "Can't use a null value as an indexing key.");
    Value *out = NULL;
    if (obj->kind == V_LIST || obj->kind == V_TUPLE) {
        const char *why;
        const Value *where;
        Value *k = val_convert(a, key, &type_number, &why, &where);
        if (!k)
            return eval_error(c, r, "Invalid index",
                              "The given key does not identify an element in this collection value: a number is "
                              "required.");
        int64_t i;
        if (!num_is_integer(k))
            return eval_error(c, r, "Invalid index",
                              "The given key does not identify an element in this collection value: indexing a "
                              "sequence requires a whole number, but the given index has a fractional part.");
        if (!num_to_i64(k, &i)) i = num_sign(k) < 0 ? -1 : INT64_MAX;
        if (i < 0)
            return eval_error(c, r, "Invalid index",
                              "The given key does not identify an element in this collection value: a negative "
                              "number is not a valid index for a sequence.");
        if (obj->count == 0)
            return eval_error(c, r, "Invalid index",
                              "The given key does not identify an element in this collection value: the collection "
                              "has no elements.");
        if ((uint64_t)i >= obj->count)
            return eval_error(c, r, "Invalid index",
                              "The given key does not identify an element in this collection value: the given index "
                              "is greater than or equal to the length of the collection.");
        out = obj->items[i];
    } else if (obj->kind == V_MAP || obj->kind == V_OBJECT) {
        const char *why;
        const char *ks = val_to_string(a, key, &why);
        if (!ks)
            return eval_error(c, r, "Invalid index",
                              "The given key does not identify an element in this collection value: string required.");
        out = val_get(obj, ks);
        if (!out) {
            if (obj->open) {
                if (obj->computed) c->ev->computed++;
                return val_unknown(a, NULL);
            }
            return eval_error(c, r, "Invalid index",
                              obj->kind == V_OBJECT && key->kind == V_NUMBER
                                  ? "The given key does not identify an element in this collection value. An object "
                                    "only supports looking up attributes by name, not by numeric index."
                                  : "The given key does not identify an element in this collection value.");
        }
    } else if (obj->kind == V_SET) {
        return eval_error(c, r, "Invalid index",
                          "Elements of a set are identified only by their value and don't have any separate index or "
                          "key to select with, so it's only possible to perform operations across all elements of the "
                          "set.");
    } else {
        return eval_error(c, r, "Invalid index", "This value does not have any indices.");
    }
    return obj->sensitive || key->sensitive ? val_mark(a, out, true) : out;
}

static const char SPLAT_NAME[] = "\001splat";

static Value *eval_splat(Ctx *c, const AstExpr *e) {
    Arena *a = c->ev->a;
    Value *src = eval_node(c, e->u.splat.source);
    if (src->kind == V_UNKNOWN) return val_unknown(a, NULL);
    if (src->kind == V_NULL) {
        /* null of no particular type (or not a sequence) splats to []; a
         * null list, set or tuple is an error */
        TypeKind tk = src->type ? src->type->kind : TY_ANY;
        if (tk == TY_LIST || tk == TY_SET || tk == TY_TUPLE)
            return eval_error(c, e->u.splat.source->range, "Splat of null value",
                              "Splat expressions (with the * symbol) cannot be applied to null sequences.");
        return val_tuple(a, NULL, 0);
    }
    bool seq = src->kind == V_LIST || src->kind == V_TUPLE || src->kind == V_SET;
    uint32_t n = seq ? src->count : 1;
    Value **items = ARENA_ARRAY(a, Value *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        Ctx inner = *c;
        inner.s = scope_push(a, c->s, SPLAT_NAME, seq ? src->items[i] : src);
        items[i] = eval_node(&inner, e->u.splat.each);
    }
    if (src->kind == V_LIST || src->kind == V_SET) {
        const Type *et = n ? val_type(a, items[0]) : &type_any;
        for (uint32_t i = 1; i < n; i++)
            if (!type_equal(et, val_type(a, items[i]))) return val_tuple(a, items, n);
        return val_list(a, et, items, n);
    }
    return val_tuple(a, items, n);
}

/* ---- references ---------------------------------------------------------------------------------- */

static Value *ns_path(Ctx *c, const char *name, Range r) {
    Evaluator *ev = c->ev;
    Arena *a = ev->a;
    if (strcmp(name, "module") == 0) return val_cstring(a, module_path_value(ev, c->m));
    if (strcmp(name, "root") == 0) return val_cstring(a, ".");
    if (strcmp(name, "cwd") == 0) {
        char buf[PATH_MAX];
        const char *dir = ev->tree && ev->tree->root ? ev->tree->root->dir : ".";
        if (!realpath(dir, buf)) return val_unknown(a, &type_string);
        return val_cstring(a, buf);
    }
    return eval_error(c, r, "Invalid \"path\" attribute",
                      arena_printf(a, "The \"path\" object does not have an attribute named \"%s\". The supported "
                                      "attributes are path.cwd, the current working directory, path.module, the "
                                      "path to the current module, and path.root, the path to the root module.",
                                   name));
}

/* A resource, data source or ephemeral resource value as references see it. */
static Value *resource_ref(Ctx *c, ResourceMode mode, const char *type, const char *name, Range r, bool *found) {
    *found = false;
    if (!c->m) return NULL;
    Resource *res = module_resource(c->m, mode, intern_s(c->ev, type), intern_s(c->ev, name));
    if (!res) return NULL;
    *found = true;
    (void)r;
    return resource_value(c->ev, c->m, res);
}

/* Resolves root.name (and data.type.name) before the generic traversal.
 * Returns NULL when the expression is not a reference this layer knows. */
static Value *eval_reference(Ctx *c, const AstExpr *e) {
    Evaluator *ev = c->ev;
    Arena *a = ev->a;
    const AstExpr *obj = e->u.attr.obj;
    const char *attr = e->u.attr.name;
    if (obj->kind == AST_GETATTR && obj->u.attr.obj->kind == AST_VARIABLE &&
        strcmp(obj->u.attr.obj->u.name, "data") == 0) {
        bool only;
        if (scope_find(c->s, "data", &only) || only) return NULL;
        bool found;
        Value *v = resource_ref(c, MODE_DATA, obj->u.attr.name, attr, e->range, &found);
        return found ? v : val_unknown(a, NULL);
    }
    if (obj->kind == AST_GETATTR && obj->u.attr.obj->kind == AST_VARIABLE &&
        strcmp(obj->u.attr.obj->u.name, "ephemeral") == 0) {
        return val_unknown(a, NULL);
    }
    if (obj->kind != AST_VARIABLE) return NULL;
    const char *root = obj->u.name;
    bool only;
    if (scope_find(c->s, root, &only)) return NULL; /* a for-expression symbol shadows namespaces */
    if (only) {
        return eval_error(c, obj->range, "Invalid reference",
                          arena_printf(a, "There is no variable named \"%s\".", root));
    }
    if (strcmp(root, "var") == 0) {
        if (!c->m) return val_unknown(a, NULL);
        Variable *v = module_variable(c->m, intern_s(ev, attr));
        if (!v)
            return eval_error(c, e->range, "Reference to undeclared input variable",
                              arena_printf(a, "An input variable with the name \"%s\" has not been declared. This variable can be "
                                              "declared with a variable \"%s\" {} block.",
                                           attr, attr));
        return eval_variable(ev, c->m, v->name);
    }
    if (strcmp(root, "local") == 0) {
        if (!c->m) return val_unknown(a, NULL);
        Local *l = module_local(c->m, intern_s(ev, attr));
        if (!l)
            return eval_error(c, e->range, "Reference to undeclared local value",
                              arena_printf(a, "A local value with the name \"%s\" has not been declared.", attr));
        return eval_local(ev, c->m, l->name);
    }
    if (strcmp(root, "path") == 0) return ns_path(c, attr, e->range);
    if (strcmp(root, "terraform") == 0) {
        if (strcmp(attr, "workspace") == 0) return val_cstring(a, ev->opts.workspace);
        if (strcmp(attr, "applying") == 0) return val_unknown(a, &type_bool); /* false in plan, true in apply */
        return eval_error(c, e->range, "Invalid \"terraform\" attribute",
                          arena_printf(a, "The \"terraform\" object does not have an attribute named \"%s\". The only "
                                          "supported attribute is terraform.workspace, the name of the currently-"
                                          "selected workspace.",
                                       attr));
    }
    if (strcmp(root, "count") == 0) {
        const Scope *s = scope_find(c->s, SCOPE_COUNT, &only);
        if (strcmp(attr, "index") != 0)
            return eval_error(c, e->range, "Invalid \"count\" attribute",
                              arena_printf(a, "The \"count\" object does not have an attribute named \"%s\". The only "
                                              "supported attribute is count.index, which is the index of each instance "
                                              "of a resource block that has the \"count\" argument set.",
                                           attr));
        if (!s)
            return eval_error(c, e->range, "Reference to \"count\" in non-counted context",
                              "The \"count\" object can only be used in \"module\", \"resource\", and \"data\" blocks, "
                              "and only when the \"count\" argument is set.");
        return s->value;
    }
    if (strcmp(root, "each") == 0) {
        const char *key = strcmp(attr, "key") == 0 ? SCOPE_EACH_KEY : strcmp(attr, "value") == 0 ? SCOPE_EACH_VALUE : NULL;
        if (!key)
            return eval_error(c, e->range, "Invalid \"each\" attribute",
                              arena_printf(a, "The \"each\" object does not have an attribute named \"%s\". The "
                                              "supported attributes are each.key and each.value, the current key and "
                                              "value pair of the \"for_each\" attribute set.",
                                           attr));
        const Scope *s = scope_find(c->s, key, &only);
        if (!s)
            return eval_error(c, e->range, "Reference to \"each\" in context without for_each",
                              "The \"each\" object can be used only in \"module\" or \"resource\" blocks, and only when "
                              "the \"for_each\" argument is set.");
        return s->value;
    }
    if (strcmp(root, "module") == 0) {
        if (!c->m) return val_unknown(a, NULL);
        ModuleCall *mc = module_call(c->m, intern_s(ev, attr));
        if (!mc)
            return eval_error(c, e->range, "Reference to undeclared module",
                              arena_printf(a, "No module call named \"%s\" is declared in the root module.", attr));
        return module_call_value(ev, c->m, mc);
    }
    if (strcmp(root, "self") == 0) return val_unknown(a, NULL);
    if (strcmp(root, "data") == 0 || strcmp(root, "ephemeral") == 0) return NULL;
    /* type.name: a managed resource */
    bool found;
    Value *v = resource_ref(c, MODE_MANAGED, root, attr, e->range, &found);
    if (found) return v;
    if (strchr(root, '_') || (c->m && c->m->resources.len))
        return c->m ? eval_error(c, e->range, "Reference to undeclared resource",
                                 arena_printf(a, "A managed resource \"%s\" \"%s\" has not been declared in the root "
                                                 "module.",
                                              root, attr))
                    : val_unknown(a, NULL);
    return NULL;
}

static Value *eval_variable_node(Ctx *c, const AstExpr *e) {
    bool only;
    const Scope *s = scope_find(c->s, e->u.name, &only);
    if (s) return s->value;
    const char *n = e->u.name;
    if (!only && (strcmp(n, "var") == 0 || strcmp(n, "local") == 0 || strcmp(n, "path") == 0 ||
                  strcmp(n, "module") == 0 || strcmp(n, "data") == 0 || strcmp(n, "count") == 0 ||
                  strcmp(n, "each") == 0 || strcmp(n, "terraform") == 0))
        return eval_error(c, e->range, "Invalid reference",
                          arena_printf(c->ev->a, "The \"%s\" object cannot be accessed directly. Instead, access one of "
                                                 "its attributes.",
                                       n));
    if (!only && strcmp(n, "self") == 0) return val_unknown(c->ev->a, NULL);
    if (!only) {
        /* `aws_s3_bucket` alone names no single value */
        return eval_error(c, e->range, "Invalid reference",
                          "A reference to a resource type must be followed by at least one attribute access, "
                          "specifying the resource name.");
    }
    return eval_error(c, e->range, "Unknown variable",
                      arena_printf(c->ev->a, "There is no variable named \"%s\".", n));
}

/* ---- function calls --------------------------------------------------------------------------------- */

Value *func_invoke(FuncCall *fc, Value **args, uint32_t nargs);

static Value *eval_try(Ctx *c, const AstExpr *e) {
    Arena *a = c->ev->a;
    const ExprList *args = &e->u.call.args;
    if (!args->len)
        return eval_error(c, e->range, "Not enough function arguments",
                          "Function \"try\" expects at least one argument.");
    StrBuf why = {0};
    uint32_t start = c->ev->errors;
    for (uint32_t i = 0; i < args->len; i++) {
        uint32_t before = c->ev->errors;
        c->ev->suppress++;
        Value *v = eval_node(c, args->items[i]);
        c->ev->suppress--;
        if (c->ev->errors == before) {
            sb_free(&why);
            c->ev->errors = start; /* the failed attempts are not errors */
            if (v->kind == V_UNKNOWN) return val_unknown(a, NULL);
            return v;
        }
        sb_printf(&why, "\n- %s", c->ev->last_detail ? c->ev->last_detail : c->ev->last_summary);
    }
    const char *detail = arena_printf(a, "Call to function \"try\" failed: no expression succeeded:%s\n\nAt least one "
                                         "expression must produce a successful result.",
                                      why.data ? why.data : "");
    sb_free(&why);
    return eval_error(c, e->range, "Error in function call", detail);
}

static Value *eval_can(Ctx *c, const AstExpr *e) {
    Arena *a = c->ev->a;
    const ExprList *args = &e->u.call.args;
    if (args->len != 1)
        return eval_error(c, e->range, args->len ? "Too many function arguments" : "Not enough function arguments",
                          args->len ? "Function \"can\" expects only 1 argument(s)."
                                    : "Function \"can\" expects 1 argument(s). Missing value for \"expression\".");
    uint32_t before = c->ev->errors;
    c->ev->suppress++;
    Value *v = eval_node(c, args->items[0]);
    c->ev->suppress--;
    if (c->ev->errors != before) {
        c->ev->errors = before; /* can() answers the question: no error */
        return val_bool(a, false);
    }
    if (!val_is_wholly_known(v)) return val_unknown(a, &type_bool);
    return val_bool(a, true);
}

static Value *eval_call(Ctx *c, const AstExpr *e) {
    Evaluator *ev = c->ev;
    Arena *a = ev->a;
    const char *name = e->u.call.name;
    if (strncmp(name, "provider::", 10) == 0) {
        for (uint32_t i = 0; i < e->u.call.args.len; i++) eval_node(c, e->u.call.args.items[i]);
        return val_unknown(a, NULL);
    }
    const FuncDef *d = func_lookup(name);
    if (!d) {
        return eval_error(c, ast_call_name_range(e), "Call to unknown function",
                          arena_printf(a, "There is no function named \"%s\".", name));
    }
    if (d->flags & FF_SPECIAL) return strcmp(d->name, "try") == 0 ? eval_try(c, e) : eval_can(c, e);
    const ExprList *al = &e->u.call.args;
    Vec(Value *) args = {0};
    Vec(Range) ranges = {0};
    for (uint32_t i = 0; i < al->len; i++) {
        Value *v = eval_node(c, al->items[i]);
        if (i + 1 == al->len && (e->flags & AEF_EXPAND_FINAL)) {
            if (v->kind == V_UNKNOWN) {
                vec_free(&args);
                vec_free(&ranges);
                return val_unknown(a, NULL);
            }
            if (!val_is_sequence(v)) {
                vec_free(&args);
                vec_free(&ranges);
                return eval_error(c, al->items[i]->range, "Invalid expanding argument value",
                                  "The expanding argument (indicated by ...) must be of a tuple, list, or set type.");
            }
            for (uint32_t k = 0; k < v->count; k++) {
                vec_push(&args, v->items[k]);
                vec_push(&ranges, al->items[i]->range);
            }
            continue;
        }
        vec_push(&args, v);
        vec_push(&ranges, al->items[i]->range);
    }
    FuncCall fc;
    memset(&fc, 0, sizeof fc);
    fc.ev = ev;
    fc.a = a;
    fc.def = d;
    fc.call = e;
    fc.m = c->m;
    fc.base_dir = ev->tree && ev->tree->root ? ev->tree->root->dir : ".";
    fc.depth = c->depth;
    Value *r = func_invoke(&fc, args.data, args.len);
    if (!r) {
        /* an argument's error points at it; the call's at its name and "(" */
        Range start = ast_call_name_range(e);
        start.end++;
        Range where = fc.err_arg >= 0 && (uint32_t)fc.err_arg < ranges.len ? ranges.data[fc.err_arg] : start;
        vec_free(&args);
        vec_free(&ranges);
        return eval_error(c, where, fc.err_summary, fc.err_detail);
    }
    vec_free(&args);
    vec_free(&ranges);
    return r;
}

/* ---- the dispatcher -------------------------------------------------------------------------------------- */

Value *eval_node(Ctx *c, const AstExpr *e) {
    Evaluator *ev = c->ev;
    Arena *a = ev->a;
    if (++ev->depth > EVAL_MAX_DEPTH) {
        ev->depth--;
        return eval_error(c, e->range, "Expression too complex",
                          "The expression nests or refers to other values too deeply to evaluate.");
    }
    Value *v;
    switch (e->kind) {
    case AST_NULL: v = val_null(a, NULL); break;
    case AST_BOOL: v = val_bool(a, e->u.boolean); break;
    case AST_NUMBER:
        v = val_number_text(a, e->u.number.text, e->u.number.len);
        if (!v) v = eval_error(c, e->range, "Invalid number literal", "The number literal is not valid.");
        break;
    case AST_STRING: v = val_string(a, e->u.string.text, e->u.string.len); break;
    case AST_TEMPLATE: v = eval_template(c, e); break;
    case AST_TEMPLATE_IF:
    case AST_TEMPLATE_FOR: {
        ExprList one = {(AstExpr **)&e, 1};
        TmplOut o;
        memset(&o, 0, sizeof o);
        tmpl_parts(c, &one, &o);
        v = o.unknown || o.failed ? val_unknown(a, &type_string) : val_string(a, o.sb.data ? o.sb.data : "", o.sb.len);
        sb_free(&o.sb);
        break;
    }
    case AST_VARIABLE: v = eval_variable_node(c, e); break;
    case AST_GETATTR:
        v = eval_reference(c, e);
        if (!v) {
            /* errors point at the ".name" step, as HCL's traversal steps do */
            Range step = e->u.attr.name_range;
            if (step.start > e->u.attr.obj->range.end) step.start--;
            v = value_getattr(c, eval_node(c, e->u.attr.obj), e->u.attr.name, step);
        }
        break;
    case AST_INDEX: {
        Value *obj = eval_node(c, e->u.index.obj);
        Value *key = eval_node(c, e->u.index.key);
        v = value_index(c, obj, key, range_make(e->u.index.obj->range.end, e->range.end)); /* "[key]" */
        break;
    }
    case AST_SPLAT: v = eval_splat(c, e); break;
    case AST_SPLAT_ITEM: {
        bool only;
        const Scope *s = scope_find(c->s, SPLAT_NAME, &only);
        v = s ? s->value : val_unknown(a, NULL);
        break;
    }
    case AST_CALL: v = eval_call(c, e); break;
    case AST_CONDITIONAL: v = eval_conditional(c, e); break;
    case AST_BINARY: v = eval_binary(c, e); break;
    case AST_UNARY: v = eval_unary(c, e); break;
    case AST_TUPLE: v = eval_tuple(c, e); break;
    case AST_OBJECT: v = eval_object(c, e); break;
    case AST_FOR: v = eval_for(c, e); break;
    case AST_PAREN: v = eval_node(c, e->u.inner); break;
    default: v = val_unknown(a, NULL); break;
    }
    ev->depth--;
    return v;
}

Value *eval_expr(Evaluator *ev, Module *m, const SourceFile *f, const AstExpr *e, const Scope *s) {
    Ctx c = {ev, m, f, s, 0};
    return eval_node(&c, e);
}

/* ---- cache ----------------------------------------------------------------------------------------------- */

Value *cache_get(Evaluator *ev, const void *key, bool *busy) {
    void *v = ptrmap_get(&ev->cache, key);
    *busy = v == BUSY;
    return v && v != BUSY ? v : NULL;
}

void cache_busy(Evaluator *ev, const void *key) { ptrmap_set(&ev->cache, key, (void *)BUSY); }
void cache_put(Evaluator *ev, const void *key, Value *v) { ptrmap_set(&ev->cache, key, v); }
