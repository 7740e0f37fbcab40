/* value.c - constant evaluation (literals only, for the rules that check
 * defaults and tfvars) and the check of values against type constraints. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

static Value *new_value(Arena *a, ValueKind k, Range r) {
    Value *v = ARENA_NEW(a, Value);
    v->kind = k;
    v->range = r;
    return v;
}

static Value *template_value(const AstExpr *e, Arena *a) {
    StrBuf sb = {0};
    for (uint32_t i = 0; i < e->u.tmpl.parts.len; i++) {
        const AstExpr *p = e->u.tmpl.parts.items[i];
        if (p->kind == AST_STRING) {
            sb_append(&sb, p->u.string.text, p->u.string.len);
            continue;
        }
        Value *pv = eval_const(p, a);
        if (pv->kind == V_STRING) {
            sb_append(&sb, pv->str, pv->len);
        } else if (pv->kind == V_NUMBER) {
            sb_puts(&sb, num_format(a, pv));
        } else if (pv->kind == V_BOOL) {
            sb_puts(&sb, pv->boolean ? "true" : "false");
        } else if (e->u.tmpl.wrap) {
            sb_free(&sb);
            pv->range = e->range;
            return pv;
        } else {
            sb_free(&sb);
            return new_value(a, V_UNKNOWN, e->range);
        }
    }
    if (e->u.tmpl.wrap && e->u.tmpl.parts.len == 1 && e->u.tmpl.parts.items[0]->kind != AST_STRING) {
        /* "${x}" yields x itself, not its string form */
        sb_free(&sb);
        Value *v = eval_const(e->u.tmpl.parts.items[0], a);
        return v;
    }
    Value *v = new_value(a, V_STRING, e->range);
    v->str = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    v->len = (uint32_t)sb.len;
    sb_free(&sb);
    return v;
}

typedef struct KeyedValue {
    const char *key;
    Value *value;
    uint32_t order;
} KeyedValue;

static int cmp_keyed(const void *pa, const void *pb) {
    const KeyedValue *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    if (c) return c;
    return a->order < b->order ? -1 : 1;
}

static Value *object_value(const AstExpr *e, Arena *a) {
    uint32_t n = e->u.object.len;
    KeyedValue *kv = mem_alloc(mem_mul(sizeof(KeyedValue), n ? n : 1));
    for (uint32_t i = 0; i < n; i++) {
        const ObjectItem *it = &e->u.object.items[i];
        const char *key = NULL;
        if (it->key_literal) {
            key = it->key->u.name;
        } else {
            Value *k = eval_const(it->key, a);
            if (k->kind == V_STRING) key = k->str;
            else if (k->kind == V_NUMBER) key = num_format(a, k);
            else if (k->kind == V_BOOL) key = k->boolean ? "true" : "false";
        }
        if (!key) {
            mem_free(kv);
            return new_value(a, V_UNKNOWN, e->range);
        }
        kv[i].key = key;
        kv[i].value = eval_const(it->value, a);
        kv[i].order = i;
    }
    qsort(kv, n, sizeof(KeyedValue), cmp_keyed);
    /* a later duplicate key wins, as in Terraform */
    Value *v = new_value(a, V_OBJECT, e->range);
    v->keys = ARENA_ARRAY(a, const char *, n ? n : 1);
    v->items = ARENA_ARRAY(a, Value *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        if (v->count && strcmp(v->keys[v->count - 1], kv[i].key) == 0) {
            v->items[v->count - 1] = kv[i].value;
            continue;
        }
        v->keys[v->count] = kv[i].key;
        v->items[v->count] = kv[i].value;
        v->count++;
    }
    mem_free(kv);
    return v;
}

Value *eval_const(const AstExpr *e, Arena *a) {
    switch (e->kind) {
    case AST_NULL:
        return new_value(a, V_NULL, e->range);
    case AST_BOOL: {
        Value *v = new_value(a, V_BOOL, e->range);
        v->boolean = e->u.boolean;
        return v;
    }
    case AST_NUMBER: {
        Value *v = val_number_text(a, e->u.number.text, e->u.number.len);
        if (!v) return new_value(a, V_UNKNOWN, e->range);
        v->range = e->range;
        return v;
    }
    case AST_STRING: {
        Value *v = new_value(a, V_STRING, e->range);
        v->str = arena_strndup(a, e->u.string.text, e->u.string.len);
        v->len = e->u.string.len;
        return v;
    }
    case AST_TEMPLATE:
        return template_value(e, a);
    case AST_PAREN:
        return eval_const(e->u.inner, a);
    case AST_UNARY: {
        Value *o = eval_const(e->u.unary.operand, a);
        if (e->u.unary.op == OP_NEG && o->kind == V_NUMBER) {
            Value *v = num_neg(a, o);
            v->range = e->range;
            return v;
        }
        if (e->u.unary.op == OP_NOT && o->kind == V_BOOL) {
            Value *v = new_value(a, V_BOOL, e->range);
            v->boolean = !o->boolean;
            return v;
        }
        return new_value(a, V_UNKNOWN, e->range);
    }
    case AST_TUPLE: {
        Value *v = new_value(a, V_TUPLE, e->range);
        v->count = e->u.items.len;
        v->items = ARENA_ARRAY(a, Value *, v->count ? v->count : 1);
        for (uint32_t i = 0; i < v->count; i++) v->items[i] = eval_const(e->u.items.items[i], a);
        return v;
    }
    case AST_OBJECT:
        return object_value(e, a);
    default:
        return new_value(a, V_UNKNOWN, e->range);
    }
}

static bool number_text_valid(const char *s) {
    if (!*s) return false;
    char *end;
    strtod(s, &end);
    return *end == '\0' && s[0] != ' ' && strspn(s, "0123456789.eE+-") == strlen(s);
}

static bool fail(const char **why, Range *where, const Value *v, const char *msg) {
    *why = msg;
    *where = v->range;
    return false;
}

bool value_conforms(const Value *v, const Type *t, Arena *a, const char **why, Range *where) {
    if (!t || t->kind == TY_ANY || t->kind == TY_INVALID) return true;
    if (v->kind == V_UNKNOWN || v->kind == V_NULL) return true;
    switch (t->kind) {
    case TY_STRING:
        if (v->kind == V_STRING || v->kind == V_NUMBER || v->kind == V_BOOL) return true;
        return fail(why, where, v, "string required");
    case TY_NUMBER:
        if (v->kind == V_NUMBER) return true;
        if (v->kind == V_STRING && number_text_valid(v->str)) return true;
        return fail(why, where, v, "a number is required");
    case TY_BOOL:
        if (v->kind == V_BOOL) return true;
        if (v->kind == V_STRING && (strcmp(v->str, "true") == 0 || strcmp(v->str, "false") == 0 ||
                                     strcmp(v->str, "1") == 0 || strcmp(v->str, "0") == 0))
            return true;
        return fail(why, where, v, "a bool is required");
    case TY_LIST:
    case TY_SET:
        if (v->kind != V_TUPLE && v->kind != V_LIST && v->kind != V_SET)
            return fail(why, where, v, t->kind == TY_LIST ? "list of " "values required" : "set of values required");
        for (uint32_t i = 0; i < v->count; i++)
            if (!value_conforms(v->items[i], t->elem, a, why, where)) {
                *why = arena_printf(a, "element %u: %s", i, *why);
                return false;
            }
        return true;
    case TY_MAP:
        if (v->kind != V_OBJECT && v->kind != V_MAP) return fail(why, where, v, "map of values required");
        for (uint32_t i = 0; i < v->count; i++)
            if (!value_conforms(v->items[i], t->elem, a, why, where)) {
                *why = arena_printf(a, "element \"%s\": %s", v->keys[i], *why);
                return false;
            }
        return true;
    case TY_OBJECT:
        if (v->kind != V_OBJECT && v->kind != V_MAP) return fail(why, where, v, "object required");
        for (uint32_t k = 0; k < t->attr_count; k++) {
            const TypeAttr *ta = &t->attrs[k];
            const Value *av = NULL;
            for (uint32_t i = 0; i < v->count; i++)
                if (strcmp(v->keys[i], ta->name) == 0) av = v->items[i];
            if (!av) {
                if (ta->optional) continue;
                *why = arena_printf(a, "attribute \"%s\" is required", ta->name);
                *where = v->range;
                return false;
            }
            if (!value_conforms(av, ta->type, a, why, where)) {
                *why = arena_printf(a, "attribute \"%s\": %s", ta->name, *why);
                return false;
            }
        }
        return true;
    case TY_TUPLE:
        if (v->kind != V_TUPLE && v->kind != V_LIST) return fail(why, where, v, "tuple required");
        if (v->count != t->elem_count)
            return fail(why, where, v, arena_printf(a, "tuple required with %u elements", t->elem_count));
        for (uint32_t i = 0; i < v->count; i++)
            if (!value_conforms(v->items[i], t->elems[i], a, why, where)) {
                *why = arena_printf(a, "element %u: %s", i, *why);
                return false;
            }
        return true;
    default:
        return true;
    }
}
