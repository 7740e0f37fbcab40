/* convert.c - Terraform's type conversion, as cty's convert package does it:
 * first a check on the types alone (is there a conversion from this type to
 * that one?), then the conversion of the value, which can still fail ("x" is
 * no number).  Also type unification (the one type a group of types can all
 * convert to, used for tolist(["a", 1]), conditionals and the collection
 * functions) and the messages cty gives when no conversion exists. */
#include "eval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool is_dyn(const Type *t) { return !t || t->kind == TY_ANY; }
static bool is_prim(const Type *t) {
    return t && (t->kind == TY_STRING || t->kind == TY_NUMBER || t->kind == TY_BOOL);
}
static bool is_coll(const Type *t) { return t && (t->kind == TY_LIST || t->kind == TY_SET || t->kind == TY_MAP); }
static bool same(const Type *a, const Type *b) { return type_equal(a, b); }
static const Type *dyn(const Type *t) { return t ? t : &type_any; }

/* Whether t has optional() attributes anywhere: then even a value of the
 * same type is rebuilt, for the defaults. */
static bool has_optional(const Type *t) {
    if (!t) return false;
    switch (t->kind) {
    case TY_LIST:
    case TY_SET:
    case TY_MAP: return has_optional(t->elem);
    case TY_TUPLE:
        for (uint32_t i = 0; i < t->elem_count; i++)
            if (has_optional(t->elems[i])) return true;
        return false;
    case TY_OBJECT:
        for (uint32_t i = 0; i < t->attr_count; i++)
            if (t->attrs[i].optional || has_optional(t->attrs[i].type)) return true;
        return false;
    default: return false;
    }
}
/* A value of type in needs no conversion to out. */
static bool exact(const Type *in, const Type *out) { return type_equal(in, out) && !has_optional(out); }

static const Type *attr_type(const Type *obj, const char *name, const TypeAttr **attr) {
    for (uint32_t i = 0; i < obj->attr_count; i++)
        if (strcmp(obj->attrs[i].name, name) == 0) {
            if (attr) *attr = &obj->attrs[i];
            return obj->attrs[i].type;
        }
    return NULL;
}

static Type *new_type(Arena *a, TypeKind k) {
    Type *t = ARENA_NEW(a, Type);
    t->kind = k;
    return t;
}

static const Type *coll_of(Arena *a, TypeKind k, const Type *elem) {
    Type *t = new_type(a, k);
    t->elem = (Type *)dyn(elem);
    return t;
}

/* The type with every optional() marker removed (cty's
 * WithoutOptionalAttributesDeep): what null and unknown results carry. */
static const Type *plain(Arena *a, const Type *t) {
    if (!t) return &type_any;
    switch (t->kind) {
    case TY_LIST:
    case TY_SET:
    case TY_MAP: {
        const Type *e = plain(a, t->elem);
        return e == t->elem ? t : coll_of(a, t->kind, e);
    }
    case TY_TUPLE: {
        Type *c = NULL;
        for (uint32_t i = 0; i < t->elem_count; i++) {
            const Type *e = plain(a, t->elems[i]);
            if (e == t->elems[i] && !c) continue;
            if (!c) {
                c = new_type(a, TY_TUPLE);
                c->elem_count = t->elem_count;
                c->elems = ARENA_ARRAY(a, Type *, t->elem_count);
                memcpy(c->elems, t->elems, sizeof(Type *) * t->elem_count);
            }
            c->elems[i] = (Type *)e;
        }
        return c ? c : t;
    }
    case TY_OBJECT: {
        Type *c = NULL;
        for (uint32_t i = 0; i < t->attr_count; i++) {
            const Type *e = plain(a, t->attrs[i].type);
            if (e == t->attrs[i].type && !t->attrs[i].optional && !c) continue;
            if (!c) {
                c = new_type(a, TY_OBJECT);
                c->attr_count = t->attr_count;
                c->attrs = ARENA_ARRAY(a, TypeAttr, t->attr_count);
                memcpy(c->attrs, t->attrs, sizeof(TypeAttr) * t->attr_count);
            }
            c->attrs[i].type = (Type *)e;
            c->attrs[i].optional = false;
            c->attrs[i].default_value = NULL;
        }
        return c ? c : t;
    }
    default: return t;
    }
}

/* cty's FriendlyNameForConstraint: dynamic reads "any type", and a
 * collection of dynamic "list of any single type". */
const char *type_constraint_name(Arena *a, const Type *t) {
    if (is_dyn(t)) return "any type";
    const char *what = t->kind == TY_LIST ? "list" : t->kind == TY_SET ? "set" : t->kind == TY_MAP ? "map" : NULL;
    if (!what) return type_friendly_name(a, t);
    const char *elem = is_dyn(t->elem) ? "any single type" : type_constraint_name(a, t->elem);
    return arena_printf(a, "%s of %s", what, elem);
}

/* ---- which conversions exist (types only) ---------------------------------- */

static const Type *unify(Arena *a, const Type **types, uint32_t n, bool unsafe);
static bool can_conv(Arena *a, const Type *in, const Type *out, bool unsafe);

static bool can_conv_or_same(Arena *a, const Type *in, const Type *out, bool unsafe) {
    return same(in, out) || can_conv(a, in, out, unsafe);
}

/* tuple -> list/set of ety; a dynamic ety asks for the unified element type. */
static bool can_tuple_to_coll(Arena *a, const Type *in, const Type *ety, bool unsafe) {
    if (in->elem_count == 0) return true;
    if (is_dyn(ety)) {
        ety = unify(a, (const Type **)in->elems, in->elem_count, unsafe);
        if (!ety) return false;
        if (is_dyn(ety))
            for (uint32_t i = 0; i < in->elem_count; i++)
                if (!is_dyn(in->elems[i])) return false;
    }
    for (uint32_t i = 0; i < in->elem_count; i++)
        if (!can_conv_or_same(a, in->elems[i], ety, unsafe)) return false;
    return true;
}

static const Type **attr_types(Arena *a, const Type *obj) {
    const Type **ts = ARENA_ARRAY(a, const Type *, obj->attr_count ? obj->attr_count : 1);
    for (uint32_t i = 0; i < obj->attr_count; i++) ts[i] = obj->attrs[i].type;
    return ts;
}

static bool can_object_to_map(Arena *a, const Type *in, const Type *ety, bool unsafe) {
    if (in->attr_count == 0) return true;
    if (is_dyn(ety)) {
        ety = unify(a, attr_types(a, in), in->attr_count, unsafe);
        if (!ety) return false;
    }
    for (uint32_t i = 0; i < in->attr_count; i++)
        if (!can_conv_or_same(a, in->attrs[i].type, ety, unsafe)) return false;
    return true;
}

static bool can_object_to_object(Arena *a, const Type *in, const Type *out, bool unsafe) {
    for (uint32_t i = 0; i < out->attr_count; i++) {
        const Type *it = attr_type(in, out->attrs[i].name, NULL);
        if (!it) {
            if (out->attrs[i].optional) continue;
            return false;
        }
        if (!can_conv_or_same(a, it, out->attrs[i].type, unsafe)) return false;
    }
    return true;
}

static bool can_map_to_object(Arena *a, const Type *in, const Type *out, bool unsafe) {
    for (uint32_t i = 0; i < out->attr_count; i++)
        if (!can_conv_or_same(a, in->elem, out->attrs[i].type, unsafe) && !(out->attrs[i].optional && unsafe))
            return false;
    return true;
}

/* getConversion: whether some value of type in may convert to out. */
static bool can_conv(Arena *a, const Type *in, const Type *out, bool unsafe) {
    if (is_dyn(out)) return true;
    if (is_dyn(in)) return unsafe;
    if (is_prim(in) && is_prim(out)) {
        if (in->kind == out->kind || out->kind == TY_STRING) return true;
        return unsafe && in->kind == TY_STRING;
    }
    TypeKind ik = in->kind, ok = out->kind;
    if (ok == TY_OBJECT && ik == TY_OBJECT) return can_object_to_object(a, in, out, unsafe);
    if (ok == TY_TUPLE && ik == TY_TUPLE) {
        if (in->elem_count != out->elem_count) return false;
        for (uint32_t i = 0; i < in->elem_count; i++)
            if (!can_conv_or_same(a, in->elems[i], out->elems[i], unsafe)) return false;
        return true;
    }
    if (ok == TY_LIST && (ik == TY_LIST || ik == TY_SET)) return can_conv_or_same(a, in->elem, out->elem, unsafe);
    if (ok == TY_SET && (ik == TY_LIST || ik == TY_SET)) {
        if (ik == TY_LIST && !unsafe) return false; /* loses order and duplicates */
        return can_conv_or_same(a, in->elem, out->elem, unsafe);
    }
    if (ok == TY_MAP && ik == TY_MAP) return can_conv_or_same(a, in->elem, out->elem, unsafe);
    if ((ok == TY_LIST || ok == TY_SET) && ik == TY_TUPLE) return can_tuple_to_coll(a, in, out->elem, unsafe);
    if (ok == TY_MAP && ik == TY_OBJECT) return can_object_to_map(a, in, out->elem, unsafe);
    if (ok == TY_OBJECT && ik == TY_MAP) return unsafe && can_map_to_object(a, in, out, unsafe);
    return false;
}

bool type_convertible(Arena *a, const Type *from, const Type *to) {
    return same(from, to) || can_conv(a, from, to, true);
}

/* ---- unification -------------------------------------------------------------- */

/* cty's compareTypes: < 0 when a is the more general (preferred) result. */
static int cmp_types(const Type *a, const Type *b) {
    /* dynamic is least preferred: it is assumed to become its neighbours' type */
    if (is_dyn(a) || is_dyn(b)) {
        if (!is_dyn(a)) return -1;
        if (!is_dyn(b)) return 1;
        return 0;
    }
    if (is_prim(a) && is_prim(b) && (a->kind == TY_STRING || b->kind == TY_STRING)) {
        if (a->kind != TY_STRING) return 1;
        if (b->kind != TY_STRING) return -1;
        return 0;
    }
    if (a->kind == b->kind && is_coll(a)) return cmp_types(a->elem, b->elem);
    int swap = 1;
    if ((a->kind == TY_TUPLE && b->kind == TY_LIST) || (a->kind == TY_OBJECT && b->kind == TY_MAP) ||
        (a->kind == TY_SET && b->kind == TY_TUPLE) || (a->kind == TY_SET && b->kind == TY_LIST)) {
        const Type *t = a;
        a = b, b = t;
        swap = -1;
    }
    if (b->kind == TY_SET && (a->kind == TY_TUPLE || a->kind == TY_LIST)) return -swap;
    if (a->kind == TY_LIST && b->kind == TY_TUPLE) return -swap;
    if (a->kind == TY_MAP && b->kind == TY_OBJECT) return -swap;
    bool a_super = false, b_super = false;
    if (a->kind == TY_OBJECT && b->kind == TY_OBJECT) {
        if (a->attr_count != b->attr_count) return 0;
        for (uint32_t i = 0; i < a->attr_count; i++) {
            const Type *bt = attr_type(b, a->attrs[i].name, NULL);
            if (!bt) return 0;
            int c = cmp_types(a->attrs[i].type, bt);
            if (c < 0) a_super = true;
            else if (c > 0) b_super = true;
        }
    } else if (a->kind == TY_TUPLE && b->kind == TY_TUPLE) {
        if (a->elem_count != b->elem_count) return 0;
        for (uint32_t i = 0; i < a->elem_count; i++) {
            int c = cmp_types(a->elems[i], b->elems[i]);
            if (c < 0) a_super = true;
            else if (c > 0) b_super = true;
        }
    } else {
        return 0;
    }
    if (a_super == b_super) return 0;
    return a_super ? -swap : swap;
}

/* cty's sortTypes: a topological order of "more general than", stable. */
static uint32_t *sort_types(Arena *a, const Type **ts, uint32_t n) {
    uint8_t *edge = arena_alloc(a, mem_mul(n, n)); /* edge[i*n+j]: i before j */
    uint32_t *indeg = ARENA_ARRAY(a, uint32_t, n);
    for (uint32_t i = 0; i + 1 < n; i++)
        for (uint32_t j = i + 1; j < n; j++) {
            int c = cmp_types(ts[i], ts[j]);
            if (c < 0) edge[i * n + j] = 1, indeg[j]++;
            else if (c > 0) edge[j * n + i] = 1, indeg[i]++;
        }
    uint32_t *order = ARENA_ARRAY(a, uint32_t, n);
    uint32_t head = 0, tail = 0;
    for (uint32_t i = 0; i < n; i++)
        if (indeg[i] == 0) order[tail++] = i;
    while (head < tail) {
        uint32_t i = order[head++];
        for (uint32_t j = 0; j < n; j++)
            if (edge[i * n + j] && --indeg[j] == 0) order[tail++] = j;
    }
    while (tail < n) order[tail++] = 0; /* a cycle: cannot happen with cty's order */
    return order;
}

static bool all_convert(Arena *a, const Type **ts, uint32_t n, const Type *to, bool unsafe) {
    for (uint32_t i = 0; i < n; i++)
        if (!can_conv_or_same(a, ts[i], to, unsafe)) return false;
    return true;
}

static const Type *unify_coll(Arena *a, TypeKind k, const Type **ts, uint32_t n, bool unsafe, bool has_dyn) {
    if (has_dyn) return &type_any;
    const Type **es = ARENA_ARRAY(a, const Type *, n);
    for (uint32_t i = 0; i < n; i++) es[i] = ts[i]->elem;
    const Type *e = unify(a, es, n, unsafe);
    if (!e) return NULL;
    const Type *r = coll_of(a, k, e);
    return all_convert(a, ts, n, r, unsafe) ? r : NULL;
}

static const Type *unify_objects_to_map(Arena *a, const Type **ts, uint32_t n, bool unsafe) {
    uint32_t total = 0;
    for (uint32_t i = 0; i < n; i++) total += ts[i]->attr_count;
    const Type **all = ARENA_ARRAY(a, const Type *, total ? total : 1);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < ts[i]->attr_count; j++) all[k++] = ts[i]->attrs[j].type;
    const Type *e = unify(a, all, total, unsafe);
    if (!e) return NULL;
    const Type *r = coll_of(a, TY_MAP, e);
    return all_convert(a, ts, n, r, unsafe) ? r : NULL;
}

static const Type *unify_tuples_to_list(Arena *a, const Type **ts, uint32_t n, bool unsafe) {
    uint32_t total = 0;
    for (uint32_t i = 0; i < n; i++) total += ts[i]->elem_count;
    const Type **all = ARENA_ARRAY(a, const Type *, total ? total : 1);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < ts[i]->elem_count; j++) all[k++] = ts[i]->elems[j];
    const Type *e = unify(a, all, total, unsafe);
    if (!e) return NULL;
    const Type *r = coll_of(a, TY_LIST, e);
    return all_convert(a, ts, n, r, unsafe) ? r : NULL;
}

static const Type *unify_objects(Arena *a, const Type **ts, uint32_t n, bool unsafe, bool has_dyn) {
    if (has_dyn) return &type_any;
    const Type *first = ts[0];
    for (uint32_t i = 1; i < n; i++) {
        if (ts[i]->attr_count != first->attr_count) return unify_objects_to_map(a, ts, n, unsafe);
        for (uint32_t j = 0; j < ts[i]->attr_count; j++)
            if (!attr_type(first, ts[i]->attrs[j].name, NULL)) return unify_objects_to_map(a, ts, n, unsafe);
    }
    Type *r = new_type(a, TY_OBJECT);
    r->attr_count = first->attr_count;
    r->attrs = ARENA_ARRAY(a, TypeAttr, first->attr_count ? first->attr_count : 1);
    const Type **across = ARENA_ARRAY(a, const Type *, n);
    for (uint32_t j = 0; j < first->attr_count; j++) {
        for (uint32_t i = 0; i < n; i++) across[i] = attr_type(ts[i], first->attrs[j].name, NULL);
        const Type *u = unify(a, across, n, unsafe);
        if (!u) return NULL;
        r->attrs[j].name = first->attrs[j].name;
        r->attrs[j].type = (Type *)u;
    }
    return all_convert(a, ts, n, r, unsafe) ? r : unify_objects_to_map(a, ts, n, unsafe);
}

static const Type *unify_tuples(Arena *a, const Type **ts, uint32_t n, bool unsafe, bool has_dyn) {
    if (has_dyn) return &type_any;
    const Type *first = ts[0];
    for (uint32_t i = 1; i < n; i++)
        if (ts[i]->elem_count != first->elem_count) return unify_tuples_to_list(a, ts, n, unsafe);
    Type *r = new_type(a, TY_TUPLE);
    r->elem_count = first->elem_count;
    r->elems = ARENA_ARRAY(a, Type *, first->elem_count ? first->elem_count : 1);
    const Type **across = ARENA_ARRAY(a, const Type *, n);
    for (uint32_t j = 0; j < first->elem_count; j++) {
        for (uint32_t i = 0; i < n; i++) across[i] = ts[i]->elems[j];
        const Type *u = unify(a, across, n, unsafe);
        if (!u) return NULL;
        r->elems[j] = (Type *)u;
    }
    return all_convert(a, ts, n, r, unsafe) ? r : unify_tuples_to_list(a, ts, n, unsafe);
}

/* Unifies the structural members of ts (tuples, or objects) first, as a list
 * (or map), then all of ts with that in their place. */
static const Type *unify_structural_as(Arena *a, const Type **ts, uint32_t n, bool unsafe, TypeKind structural) {
    const Type **sub = ARENA_ARRAY(a, const Type *, n);
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++)
        if (ts[i]->kind == structural) sub[m++] = ts[i];
    TypeKind want = structural == TY_TUPLE ? TY_LIST : TY_MAP;
    const Type *c = structural == TY_TUPLE ? unify_tuples_to_list(a, sub, m, unsafe)
                                           : unify_objects_to_map(a, sub, m, unsafe);
    if (!c || c->kind != want) return NULL;
    const Type **repl = ARENA_ARRAY(a, const Type *, n);
    for (uint32_t i = 0; i < n; i++) repl[i] = ts[i]->kind == structural ? c : ts[i];
    const Type *r = unify(a, repl, n, unsafe);
    return r && r->kind == want ? r : NULL;
}

/* The distinct types of ts, first occurrences in order: a repeated type
 * changes nothing in unification, and long tuples repeat one type. */
static const Type **distinct_types(Arena *a, const Type **ts, uint32_t *n) {
    const Type **out = NULL;
    uint32_t m = 0;
    for (uint32_t i = 0; i < *n; i++) {
        bool seen = false;
        const Type **kept = out ? out : ts; /* until a repeat, the kept types are ts's first m */
        for (uint32_t k = 0; k < m && !seen; k++) seen = same(dyn(kept[k]), dyn(ts[i]));
        if (seen) {
            if (!out) {
                out = ARENA_ARRAY(a, const Type *, *n);
                memcpy(out, ts, sizeof(Type *) * i);
            }
            continue;
        }
        if (out) out[m] = ts[i];
        m++;
    }
    if (!out) return ts;
    *n = m;
    return out;
}

static const Type *unify(Arena *a, const Type **ts, uint32_t n, bool unsafe) {
    if (n == 0) return NULL;
    ts = distinct_types(a, ts, &n);
    if (n == 1) return dyn(ts[0]);
    uint32_t maps = 0, lists = 0, sets = 0, objs = 0, tuples = 0, dyns = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (is_dyn(ts[i])) {
            dyns++;
            continue;
        }
        switch (ts[i]->kind) {
        case TY_MAP: maps++; break;
        case TY_LIST: lists++; break;
        case TY_SET: sets++; break;
        case TY_OBJECT: objs++; break;
        case TY_TUPLE: tuples++; break;
        default: break;
        }
    }
    const Type *r;
    if (maps && maps + dyns == n) return unify_coll(a, TY_MAP, ts, n, unsafe, dyns > 0);
    if (maps && maps + objs + dyns == n) {
        if ((r = unify_structural_as(a, ts, n, unsafe, TY_OBJECT))) return r;
    } else if (lists && lists + dyns == n) {
        return unify_coll(a, TY_LIST, ts, n, unsafe, dyns > 0);
    } else if (lists && lists + tuples + dyns == n) {
        if ((r = unify_structural_as(a, ts, n, unsafe, TY_TUPLE))) return r;
    } else if (sets && sets + dyns == n) {
        return unify_coll(a, TY_SET, ts, n, unsafe, dyns > 0);
    } else if (objs && objs + dyns == n) {
        return unify_objects(a, ts, n, unsafe, dyns > 0);
    } else if (tuples && tuples + dyns == n) {
        return unify_tuples(a, ts, n, unsafe, dyns > 0);
    } else if (objs && tuples) {
        return NULL;
    }
    uint32_t *order = sort_types(a, ts, n);
    for (uint32_t k = 0; k < n; k++) {
        const Type *want = ts[order[k]];
        bool ok = true;
        for (uint32_t i = 0; i < n && ok; i++)
            if (i != order[k]) ok = can_conv_or_same(a, ts[i], want, unsafe);
        if (ok) return dyn(want);
    }
    return NULL;
}

const Type *type_unify(Arena *a, const Type **types, uint32_t n) { return unify(a, types, n, true); }

/* cty's dynamicReplace: out, with its dynamic parts taken from in (for the
 * type a converted null or unknown carries). */
static const Type *dyn_replace(Arena *a, const Type *in, const Type *out) {
    if (is_dyn(in)) return dyn(out);
    if (is_dyn(out)) return in;
    switch (out->kind) {
    case TY_MAP:
    case TY_LIST:
    case TY_SET: {
        const Type *e = out->elem;
        if (in->kind == TY_MAP || (out->kind != TY_MAP && (in->kind == TY_LIST || in->kind == TY_SET))) {
            e = dyn_replace(a, in->elem, out->elem);
        } else if (in->kind == TY_OBJECT && out->kind == TY_MAP) {
            e = dyn_replace(a, unify(a, attr_types(a, in), in->attr_count, true), out->elem);
        } else if (in->kind == TY_TUPLE && out->kind != TY_MAP) {
            e = dyn_replace(a, unify(a, (const Type **)in->elems, in->elem_count, true), out->elem);
        }
        return e == out->elem ? out : coll_of(a, out->kind, e);
    }
    case TY_OBJECT: {
        Type *r = new_type(a, TY_OBJECT);
        r->attr_count = out->attr_count;
        r->attrs = ARENA_ARRAY(a, TypeAttr, out->attr_count ? out->attr_count : 1);
        for (uint32_t i = 0; i < out->attr_count; i++) {
            r->attrs[i] = out->attrs[i];
            const Type *it = in->kind == TY_MAP      ? in->elem
                             : in->kind == TY_OBJECT ? attr_type(in, out->attrs[i].name, NULL)
                                                     : NULL;
            if (it) r->attrs[i].type = (Type *)dyn_replace(a, it, out->attrs[i].type);
        }
        return r;
    }
    case TY_TUPLE: {
        if (in->kind != TY_TUPLE || in->elem_count != out->elem_count) return out;
        Type *r = new_type(a, TY_TUPLE);
        r->elem_count = out->elem_count;
        r->elems = ARENA_ARRAY(a, Type *, out->elem_count ? out->elem_count : 1);
        for (uint32_t i = 0; i < out->elem_count; i++) r->elems[i] = (Type *)dyn_replace(a, in->elems[i], out->elems[i]);
        return r;
    }
    default: return out;
    }
}

/* ---- messages (cty's MismatchMessage) ---------------------------------------- */

static const char *mismatch(Arena *a, const Type *got, const Type *want);

static const char *quoted_list(Arena *a, const char **names, uint32_t n) {
    StrBuf sb = {0};
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_puts(&sb, n == 2 ? " and " : i + 1 == n ? ", and " : ", ");
        sb_printf(&sb, "\"%s\"", names[i]);
    }
    const char *s = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return s;
}

static const char *mismatch_objects(Arena *a, const Type *got, const Type *want) {
    const char **missing = ARENA_ARRAY(a, const char *, want->attr_count ? want->attr_count : 1);
    uint32_t nmissing = 0;
    const char *unsafe_msg = NULL, *safe_msg = NULL;
    for (uint32_t i = 0; i < want->attr_count; i++) {
        const TypeAttr *wa = &want->attrs[i];
        const Type *gt = attr_type(got, wa->name, NULL);
        if (!gt) {
            if (!wa->optional) missing[nmissing++] = wa->name;
            continue;
        }
        if (!unsafe_msg && !can_conv_or_same(a, gt, wa->type, true))
            unsafe_msg = arena_printf(a, "attribute \"%s\": %s", wa->name, mismatch(a, gt, wa->type));
        if (!safe_msg && !can_conv_or_same(a, gt, wa->type, false))
            safe_msg = arena_printf(a, "attribute \"%s\": %s", wa->name, mismatch(a, gt, wa->type));
    }
    if (nmissing == 1) return arena_printf(a, "attribute \"%s\" is required", missing[0]);
    if (nmissing > 1) return arena_printf(a, "attributes %s are required", quoted_list(a, missing, nmissing));
    if (unsafe_msg) return unsafe_msg;
    if (safe_msg) return safe_msg;
    return "incorrect object attributes";
}

static const char *required(Arena *a, const Type *want) {
    return arena_printf(a, "%s required", type_constraint_name(a, want));
}

static const char *mismatch_from_structural(Arena *a, const Type *got, const Type *want) {
    if ((want->kind == TY_LIST || want->kind == TY_SET) && got->kind != TY_TUPLE) return required(a, want);
    if (want->kind == TY_MAP && got->kind != TY_OBJECT) return required(a, want);
    const Type *we = want->elem;
    if (got->kind == TY_TUPLE) {
        for (uint32_t i = 0; i < got->elem_count; i++)
            if (!can_conv_or_same(a, got->elems[i], we, true))
                return arena_printf(a, "element %u: %s", i, mismatch(a, got->elems[i], we));
    } else {
        for (uint32_t i = 0; i < got->attr_count; i++)
            if (!can_conv_or_same(a, got->attrs[i].type, we, true))
                return arena_printf(a, "element \"%s\": %s", got->attrs[i].name, mismatch(a, got->attrs[i].type, we));
    }
    return arena_printf(a, "all elements must be %s", type_constraint_name(a, we));
}

static const char *mismatch_from_collection(Arena *a, const Type *got, const Type *want) {
    bool seq_got = got->kind == TY_LIST || got->kind == TY_SET;
    if ((want->kind == TY_LIST || want->kind == TY_SET) && !seq_got) return required(a, want);
    if (want->kind == TY_MAP && got->kind != TY_MAP) return required(a, want);
    const char *noun = want->kind == TY_LIST ? "list element type" : want->kind == TY_SET ? "set element type"
                                                                                         : "map element type";
    return arena_printf(a, "incorrect %s: %s", noun, mismatch(a, got->elem, want->elem));
}

static const char *mismatch(Arena *a, const Type *got, const Type *want) {
    got = dyn(got), want = dyn(want);
    if (got->kind == TY_OBJECT && want->kind == TY_OBJECT) return mismatch_objects(a, got, want);
    if (got->kind == TY_TUPLE && want->kind == TY_LIST && is_dyn(want->elem))
        return "all list elements must have the same type";
    if (got->kind == TY_TUPLE && want->kind == TY_SET && is_dyn(want->elem))
        return "all set elements must have the same type";
    if (got->kind == TY_OBJECT && want->kind == TY_MAP && is_dyn(want->elem))
        return "all map elements must have the same type";
    if ((got->kind == TY_TUPLE || got->kind == TY_OBJECT) && is_coll(want))
        return mismatch_from_structural(a, got, want);
    if (is_coll(got) && is_coll(want)) return mismatch_from_collection(a, got, want);
    return required(a, want);
}

/* ---- converting values ------------------------------------------------------------ */

typedef struct Conv {
    Arena *a;
    const char *why;          /* the failure, in cty's words */
    const Value *where;       /* the value that failed */
    int depth;
} Conv;

enum { MAX_DEPTH = 200 };

static Value *fail(Conv *c, const Value *v, const char *msg) {
    c->why = msg;
    c->where = v;
    return NULL;
}

static Value *conv(Conv *c, const Value *v, const Type *out, bool unsafe);

/* number = [sign] ("inf" | "Inf" | mantissa [exponent]), as Go's
 * big.ParseFloat reads base 10; mantissa = digits ["." digits] | "." digits,
 * exponent = ("e"|"E"|"p"|"P") [sign] digits ("p": a power of two). */
static Value *parse_number(Arena *a, const char *s, size_t n) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (n - i == 3 && (memcmp(s + i, "inf", 3) == 0 || memcmp(s + i, "Inf", 3) == 0))
        return val_number_double(a, neg ? -INFINITY : INFINITY);
    size_t int_at = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    size_t int_len = i - int_at, frac_at = i, frac_len = 0;
    if (i < n && s[i] == '.') {
        frac_at = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        frac_len = i - frac_at;
    }
    if (int_len + frac_len == 0) return NULL;
    char exp_kind = 0;
    size_t exp_at = i, exp_len = 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E' || s[i] == 'p' || s[i] == 'P')) {
        exp_kind = (char)(s[i] | 0x20);
        exp_at = ++i;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        exp_len = i - exp_at;
        if (exp_len == 0 || (exp_len == 1 && (s[exp_at] == '+' || s[exp_at] == '-'))) return NULL;
    }
    if (i != n) return NULL;
    /* rebuilt as number.c's syntax: [-]digits[.digits][e[sign]digits] */
    char *text = arena_printf(a, "%s%.*s%s%.*s%s%.*s", neg ? "-" : "", (int)(int_len ? int_len : 1),
                              int_len ? s + int_at : "0", frac_len ? "." : "", (int)frac_len, s + frac_at,
                              exp_kind == 'e' ? "e" : "", exp_kind == 'e' ? (int)exp_len : 0, s + exp_at);
    Value *v = val_number_text(a, text, strlen(text));
    if (!v || exp_kind != 'p') return v;
    long e = strtol(arena_strndup(a, s + exp_at, exp_len), NULL, 10);
    if (e > 100000 || e < -100000) return NULL;
    Value *scale = val_number_i64(a, 1), *two = val_number_i64(a, 2);
    for (long k = e < 0 ? -e : e; k; k >>= 1) {
        if (k & 1) scale = num_mul(a, scale, two);
        two = num_mul(a, two, two);
    }
    return e < 0 ? num_div(a, v, scale) : num_mul(a, v, scale);
}

static Value *conv_primitive(Conv *c, const Value *v, const Type *out, bool unsafe) {
    Arena *a = c->a;
    if (out->kind == TY_STRING) {
        if (v->kind == V_NUMBER) {
            const char *s = num_format(a, v);
            return val_string_raw(a, s, strlen(s));
        }
        if (v->kind == V_BOOL) return val_cstring(a, v->boolean ? "true" : "false");
    } else if (v->kind == V_STRING && unsafe) {
        if (out->kind == TY_NUMBER) {
            Value *r = parse_number(a, v->str, v->len);
            return r ? r : fail(c, v, "a number is required");
        }
        if (strcmp(v->str, "true") == 0 || strcmp(v->str, "1") == 0) return val_bool(a, true);
        if (strcmp(v->str, "false") == 0 || strcmp(v->str, "0") == 0) return val_bool(a, false);
        return fail(c, v, "a bool is required");
    }
    return fail(c, v, mismatch(a, val_type(a, v), out));
}

/* The element type a list or set of these items has: the first that is not
 * dynamic; NULL when two differ (cty's CanListVal). */
static const Type *common_type(Arena *a, Value **items, uint32_t n) {
    const Type *t = NULL;
    for (uint32_t i = 0; i < n; i++) {
        const Type *it = val_type(a, items[i]);
        if (is_dyn(it)) continue;
        if (!t) t = it;
        else if (!same(t, it)) return NULL;
    }
    return t ? t : &type_any;
}

/* conversionUnifyListElements: brings converted elements to one type. */
static bool unify_items(Conv *c, Value **items, uint32_t n, bool unsafe) {
    if (n == 0) return true;
    const Type **ts = ARENA_ARRAY(c->a, const Type *, n);
    for (uint32_t i = 0; i < n; i++) ts[i] = val_type(c->a, items[i]);
    const Type *u = unify(c->a, ts, n, unsafe);
    if (!u) return fail(c, NULL, "cannot find a common base type for all elements"), false;
    for (uint32_t i = 0; i < n; i++) {
        if (same(ts[i], u)) continue;
        if (!(items[i] = conv(c, items[i], u, unsafe))) return false;
    }
    return true;
}

Value *val_unmark_deep(Arena *a, Value *v, bool *had) {
    Value **items = NULL;
    for (uint32_t i = 0; v->items && i < v->count; i++) {
        bool h = false;
        Value *u = val_unmark_deep(a, v->items[i], &h);
        if (!h) continue;
        if (!items) {
            items = ARENA_ARRAY(a, Value *, v->count);
            memcpy(items, v->items, sizeof(Value *) * v->count);
        }
        items[i] = u;
    }
    if (!items && !v->sensitive) return v;
    *had = true;
    Value *c = ARENA_NEW(a, Value);
    *c = *v;
    c->sensitive = false;
    if (items) c->items = items;
    return c;
}

static Value *make_seq(Conv *c, const Value *v, TypeKind k, Value **items, uint32_t n, const Type *empty_elem) {
    if (n == 0) return k == TY_LIST ? val_list(c->a, empty_elem, items, 0) : val_set(c->a, empty_elem, items, 0);
    const Type *e = common_type(c->a, items, n);
    if (!e) return fail(c, v, k == TY_LIST ? "element types must all match for conversion to list"
                                           : "element types must all match for conversion to set");
    if (k == TY_LIST) return val_list(c->a, e, items, n);
    /* a set holds no marks: its elements' marks move to the set */
    bool s = false;
    for (uint32_t i = 0; i < n; i++) items[i] = val_unmark_deep(c->a, items[i], &s);
    return val_mark(c->a, val_set(c->a, e, items, n), s);
}

/* A set whose elements are not all known may yet lose some to coalescing:
 * its length is unknown unless it has one element. */
static bool length_known(const Value *v) { return v->kind != V_SET || v->count <= 1 || val_is_wholly_known(v); }

/* list/set/tuple -> list or set of out->elem */
static Value *conv_to_seq(Conv *c, const Value *v, const Type *out, bool unsafe) {
    Arena *a = c->a;
    TypeKind k = out->kind;
    const Type *ety = out->elem;
    if (v->kind == V_LIST || v->kind == V_SET) {
        if (v->kind == V_LIST && k == TY_SET && !unsafe) return fail(c, v, mismatch(a, v->type, out));
        if (k == TY_LIST && !length_known(v)) return val_unknown(a, coll_of(a, TY_LIST, v->type->elem));
        Value **items = ARENA_ARRAY(a, Value *, v->count ? v->count : 1);
        bool direct = exact(v->type->elem, ety);
        for (uint32_t i = 0; i < v->count; i++)
            if (!(items[i] = direct ? v->items[i] : conv(c, v->items[i], ety, unsafe))) return NULL;
        return make_seq(c, v, k, items, v->count, is_dyn(ety) ? v->type->elem : plain(a, ety));
    }
    if (v->kind != V_TUPLE) return fail(c, v, mismatch(a, val_type(a, v), out));
    if (v->count == 0) return make_seq(c, v, k, NULL, 0, plain(a, ety));
    const Type *in = val_type(a, v);
    if (is_dyn(ety)) {
        ety = unify(a, (const Type **)in->elems, in->elem_count, unsafe);
        bool ok = ety != NULL;
        if (ok && is_dyn(ety))
            for (uint32_t i = 0; i < in->elem_count; i++) ok = ok && is_dyn(in->elems[i]);
        if (!ok) return fail(c, v, mismatch(a, in, out));
    }
    Value **items = ARENA_ARRAY(a, Value *, v->count);
    for (uint32_t i = 0; i < v->count; i++)
        if (!(items[i] = exact(in->elems[i], ety) ? v->items[i] : conv(c, v->items[i], ety, unsafe))) return NULL;
    if (k == TY_LIST && !unify_items(c, items, v->count, unsafe)) {
        if (!c->where) c->where = v;
        return NULL;
    }
    return make_seq(c, v, k, items, v->count, ety);
}

static Value *make_map(Conv *c, const Value *v, Value **items, const Type *empty_elem, bool unify_elems,
                       bool unsafe) {
    Arena *a = c->a;
    if (v->count == 0) return val_map(a, empty_elem, v->keys, items, 0);
    if (unify_elems && !unify_items(c, items, v->count, unsafe)) {
        if (!c->where) c->where = v;
        return NULL;
    }
    const Type *e = common_type(a, items, v->count);
    if (!e) return fail(c, v, "element types must all match for conversion to map");
    return val_map(a, e, v->keys, items, v->count);
}

/* map/object -> map of out->elem */
static Value *conv_to_map(Conv *c, const Value *v, const Type *out, bool unsafe) {
    Arena *a = c->a;
    const Type *ety = out->elem;
    Value **items = ARENA_ARRAY(a, Value *, v->count ? v->count : 1);
    if (v->kind == V_MAP) {
        bool direct = exact(v->type->elem, ety);
        for (uint32_t i = 0; i < v->count; i++)
            if (!(items[i] = direct ? v->items[i] : conv(c, v->items[i], ety, unsafe))) return NULL;
        return make_map(c, v, items, is_dyn(ety) ? v->type->elem : ety,
                        is_coll(ety) || (ety && ety->kind == TY_OBJECT), false);
    }
    if (v->kind != V_OBJECT) return fail(c, v, mismatch(a, val_type(a, v), out));
    if (v->count == 0) return make_map(c, v, items, plain(a, ety), false, unsafe);
    const Type *in = val_type(a, v);
    if (is_dyn(ety) && !(ety = unify(a, attr_types(a, in), in->attr_count, unsafe)))
        return fail(c, v, mismatch(a, in, out));
    for (uint32_t i = 0; i < v->count; i++)
        if (!(items[i] = exact(in->attrs[i].type, ety) ? v->items[i] : conv(c, v->items[i], ety, unsafe))) return NULL;
    return make_map(c, v, items, ety, is_coll(ety) || ety->kind == TY_OBJECT, unsafe);
}

/* The value of an optional attribute the input leaves out or sets to null:
 * its default (converted to the attribute's type), else a typed null. */
static Value *attr_default(Conv *c, const TypeAttr *ta, bool unsafe) {
    if (ta->default_value) {
        Value *d = eval_const(ta->default_value, c->a);
        if (d && d->kind != V_UNKNOWN) {
            Conv sub = {c->a, NULL, NULL, c->depth};
            Value *r = conv(&sub, d, ta->type, unsafe);
            if (r) return r;
        }
    }
    return val_null(c->a, plain(c->a, ta->type));
}

/* object/map -> object type out: extra attributes are dropped, optional
 * ones filled in. */
static Value *conv_to_object(Conv *c, const Value *v, const Type *out, bool unsafe) {
    Arena *a = c->a;
    if (v->kind != V_OBJECT && v->kind != V_MAP) return fail(c, v, mismatch(a, val_type(a, v), out));
    const Type *in = val_type(a, v);
    if (!can_conv(a, in, out, unsafe)) return fail(c, v, mismatch(a, in, out));
    uint32_t n = out->attr_count;
    const char **keys = ARENA_ARRAY(a, const char *, n ? n : 1);
    Value **items = ARENA_ARRAY(a, Value *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        const TypeAttr *ta = &out->attrs[i];
        Value *iv = val_get(v, ta->name);
        keys[i] = ta->name;
        if (!iv) {
            if (v->kind == V_MAP && !ta->optional)
                return fail(c, v, arena_printf(a, "map has no element for required attribute \"%s\"", ta->name));
            if (!ta->optional) return fail(c, v, mismatch(a, in, out));
            items[i] = attr_default(c, ta, unsafe);
            continue;
        }
        if (iv->kind == V_NULL && ta->optional && ta->default_value) {
            items[i] = attr_default(c, ta, unsafe);
            continue;
        }
        const Type *it = val_type(a, iv);
        if (v->kind == V_MAP && !can_conv_or_same(a, it, ta->type, unsafe))
            return fail(c, iv, arena_printf(a, "map element type is incompatible with attribute \"%s\": %s", ta->name,
                                            mismatch(a, it, ta->type)));
        if (!(items[i] = exact(it, ta->type) ? iv : conv(c, iv, ta->type, unsafe))) return NULL;
        if (items[i]->kind == V_NULL) items[i] = val_mark(a, val_null(a, plain(a, val_type(a, items[i]))), items[i]->sensitive);
    }
    return val_object(a, keys, items, n);
}

static Value *conv_to_tuple(Conv *c, const Value *v, const Type *out, bool unsafe) {
    Arena *a = c->a;
    if (v->kind != V_TUPLE || v->count != out->elem_count) return fail(c, v, mismatch(a, val_type(a, v), out));
    Value **items = ARENA_ARRAY(a, Value *, v->count ? v->count : 1);
    for (uint32_t i = 0; i < v->count; i++)
        if (!(items[i] = conv(c, v->items[i], out->elems[i], unsafe))) return NULL;
    return val_tuple(a, items, v->count);
}

static Value *conv_known(Conv *c, const Value *v, const Type *out, bool unsafe) {
    switch (out->kind) {
    case TY_STRING:
    case TY_NUMBER:
    case TY_BOOL: return conv_primitive(c, v, out, unsafe);
    case TY_LIST:
    case TY_SET: return conv_to_seq(c, v, out, unsafe);
    case TY_MAP: return conv_to_map(c, v, out, unsafe);
    case TY_OBJECT: return conv_to_object(c, v, out, unsafe);
    case TY_TUPLE: return conv_to_tuple(c, v, out, unsafe);
    default: return fail(c, v, mismatch(c->a, val_type(c->a, v), out));
    }
}

/* cty's wrapper around every conversion: marks carried over, a dynamic
 * target passes the value through, null and unknown pass through typed. */
static Value *conv(Conv *c, const Value *v, const Type *out, bool unsafe) {
    if (is_dyn(out)) return (Value *)v;
    if (++c->depth > MAX_DEPTH) return fail(c, v, "value is nested too deeply");
    Value *r;
    const Type *in = val_type(c->a, v);
    if (exact(in, out)) {
        r = (Value *)v;
    } else if (v->kind == V_UNKNOWN || v->kind == V_NULL) {
        const Type *t = dyn_replace(c->a, in, plain(c->a, out));
        r = v->kind == V_UNKNOWN ? val_unknown(c->a, t) : val_null(c->a, t);
    } else {
        r = conv_known(c, v, out, unsafe);
    }
    c->depth--;
    if (r && v->sensitive && !r->sensitive) r = val_mark(c->a, r, true);
    return r;
}

Value *val_convert(Arena *a, const Value *v, const Type *t, const char **why, const Value **where) {
    if (is_dyn(t)) return (Value *)v;
    const Type *in = val_type(a, v);
    if (exact(in, t)) return (Value *)v;
    Conv c = {a, NULL, NULL, 0};
    Value *r = NULL;
    if (!can_conv(a, in, t, true)) fail(&c, v, mismatch(a, in, t));
    else r = conv(&c, v, t, true);
    if (!r) {
        if (why) *why = c.why ? c.why : "invalid value";
        if (where) *where = c.where ? c.where : v;
    }
    return r;
}

const char *val_to_string(Arena *a, const Value *v, const char **why) {
    switch (v->kind) {
    case V_STRING: return v->str ? v->str : "";
    case V_NUMBER: return num_format(a, v);
    case V_BOOL: return v->boolean ? "true" : "false";
    case V_NULL:
        if (why) *why = "a null value cannot be converted to a string";
        return NULL;
    case V_UNKNOWN:
        if (why) *why = "the value is not yet known";
        return NULL;
    default:
        if (why) *why = "string required";
        return NULL;
    }
}
