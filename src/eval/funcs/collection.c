/* collection.c - Terraform's collection functions (see collection.def for
 * their signatures), as cty's stdlib and Terraform's lang/funcs define them:
 * the same result types (a tuple in gives a tuple out, lists stay lists),
 * the same treatment of unknown elements and sensitive marks, the same
 * messages.  Every entry has FF_SENSITIVE: functions that cty lets see marks
 * take the top-level mark off and put it on the result (take_top); the others
 * take off marks at any depth and mark the whole result (take_deep). */
#include "funcs_int.h"

#include <stdlib.h>
#include <utf8proc.h>

#define WHOLE_NUMBER "value must be a whole number, between -9223372036854775808 and 9223372036854775807"
enum { MAX_PRODUCT = 1 << 20, MAX_RANGE = 1024 };

static bool known(const Value *v) { return v->kind != V_UNKNOWN; }
static bool is(const Type *t, TypeKind k) { return t && t->kind == k; }
static bool is_dynamic(const Type *t) { return !t || t->kind == TY_ANY; }

/* Marks off the arguments: only each argument's own (cty's AllowMarked). */
static bool take_top(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = false;
    for (uint32_t i = 0; i < nargs; i++)
        if (args[i]->sensitive) {
            s = true;
            args[i] = val_mark(fc->a, args[i], false);
        }
    return s;
}

/* Marks off the arguments at any depth (cty unmarks deeply for functions
 * that do not handle marks). */
static bool take_deep(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = false;
    for (uint32_t i = 0; i < nargs; i++) args[i] = val_unmark_deep(fc->a, args[i], &s);
    return s;
}

static Value *marked(FuncCall *fc, Value *r, bool s) { return r && s ? val_mark(fc->a, r, true) : r; }

/* An argument whose type is not known yet (an unknown of dynamic type):
 * cty gives an unknown result without looking further, unless the
 * parameter says it takes such values (AllowDynamicType). */
static bool dynamic_arg(Value **args, uint32_t nargs) {
    for (uint32_t i = 0; i < nargs; i++)
        if (args[i]->kind == V_UNKNOWN && is_dynamic(args[i]->type)) return true;
    return false;
}

/* A set built from items: cty's sets hold no marks, so the elements' marks
 * move to the set. */
static Value *make_set(FuncCall *fc, const Type *elem, Value **items, uint32_t n) {
    bool s = false;
    for (uint32_t i = 0; i < n; i++) items[i] = val_unmark_deep(fc->a, items[i], &s);
    return marked(fc, val_set(fc->a, elem, items, n), s);
}

/* A set whose elements are not all known may still lose some to
 * coalescing: its length is unknown unless it has at most one element. */
static bool length_known(const Value *v) {
    return known(v) && (v->kind != V_SET || v->count <= 1 || val_is_wholly_known(v));
}

/* A whole number in int64 range, as gocty reads a number into an int. */
static bool to_int(const Value *v, int64_t *out) { return num_is_integer(v) && num_to_i64(v, out); }

static Type *tuple_type(FuncCall *fc, const Type **elems, uint32_t n) {
    Type *t = ARENA_NEW(fc->a, Type);
    t->kind = TY_TUPLE;
    t->elem_count = n;
    t->elems = ARENA_ARRAY(fc->a, Type *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) t->elems[i] = (Type *)elems[i];
    return t;
}

/* ---- alltrue, anytrue ------------------------------------------------------ */

Value *fn_alltrue(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0];
    if (!known(l)) return marked(fc, val_unknown(fc->a, &type_bool), s);
    for (uint32_t i = 0; i < l->count; i++) {
        const Value *e = l->items[i];
        if (!known(e)) return marked(fc, val_unknown(fc->a, &type_bool), s);
        if (e->kind == V_NULL || !e->boolean) return marked(fc, val_bool(fc->a, false), s);
    }
    return marked(fc, val_bool(fc->a, true), s);
}

Value *fn_anytrue(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0];
    if (!known(l)) return marked(fc, val_unknown(fc->a, &type_bool), s);
    bool unknown = false;
    for (uint32_t i = 0; i < l->count; i++) {
        const Value *e = l->items[i];
        if (!known(e)) unknown = true;
        else if (e->kind == V_BOOL && e->boolean) return marked(fc, val_bool(fc->a, true), s);
    }
    return marked(fc, unknown ? val_unknown(fc->a, &type_bool) : val_bool(fc->a, false), s);
}

/* ---- chunklist -------------------------------------------------------------- */

Value *fn_chunklist(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    Value *l = args[0], *size = args[1];
    const Type *ret = type_list_of(fc->a, l->type);
    if (!known(l) || !known(size)) return marked(fc, val_unknown(fc->a, ret), s);
    int64_t n;
    if (!to_int(size, &n)) return func_fail(fc, "invalid size: " WHOLE_NUMBER);
    if (n < 0) return func_fail(fc, "the size argument must be positive");
    if (l->count == 0) return marked(fc, val_list(fc->a, l->type, NULL, 0), s);
    if (n == 0) return marked(fc, val_list(fc->a, l->type, &l, 1), s);
    uint32_t chunks = (uint32_t)((l->count + (uint64_t)n - 1) / (uint64_t)n);
    Value **out = ARENA_ARRAY(fc->a, Value *, chunks);
    for (uint32_t c = 0; c < chunks; c++) {
        uint64_t at = (uint64_t)c * (uint64_t)n;
        uint64_t len = l->count - at < (uint64_t)n ? l->count - at : (uint64_t)n;
        out[c] = val_list(fc->a, l->type->elem, l->items + at, (uint32_t)len);
    }
    return marked(fc, val_list(fc->a, l->type, out, chunks), s);
}

/* ---- coalesce, coalescelist ------------------------------------------------- */

Value *fn_coalesce(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Type **types = ARENA_ARRAY(fc->a, const Type *, nargs ? nargs : 1);
    for (uint32_t i = 0; i < nargs; i++) types[i] = val_type(fc->a, args[i]);
    const Type *ret = type_unify(fc->a, types, nargs);
    if (!ret) return func_fail(fc, "all arguments must have the same type");
    for (uint32_t i = 0; i < nargs; i++) {
        const char *why = NULL;
        const Value *where = NULL;
        Value *v = val_convert(fc->a, args[i], ret, &why, &where);
        if (!v) return func_fail(fc, "%s", why);
        if (!known(v)) return marked(fc, val_unknown(fc->a, ret), s);
        if (v->kind == V_NULL) continue;
        if (v->kind == V_STRING && v->len == 0) continue;
        return marked(fc, v, s);
    }
    return func_fail(fc, "no non-null, non-empty-string arguments");
}

Value *fn_coalescelist(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    if (nargs == 0) return func_fail(fc, "at least one argument is required");
    const Type *ret = NULL;
    bool mixed = false;
    for (uint32_t i = 0; i < nargs; i++) {
        if (!known(args[i])) {
            mixed = true; /* cty stops checking here: the result type is unknown */
            break;
        }
        const Type *t = val_type(fc->a, args[i]);
        if (!is(t, TY_LIST) && !is(t, TY_TUPLE)) return func_fail(fc, "coalescelist arguments must be lists or tuples");
        if (!ret) ret = t;
        else if (!type_equal(ret, t)) mixed = true;
    }
    if (mixed) ret = &type_any;
    for (uint32_t i = 0; i < nargs; i++) {
        if (!known(args[i])) return marked(fc, val_unknown(fc->a, ret), s);
        if (args[i]->kind == V_NULL) continue;
        if (args[i]->count > 0) return marked(fc, args[i], s);
    }
    return func_fail(fc, "no non-null arguments");
}

/* ---- compact, concat, contains, distinct ------------------------------------- */

Value *fn_compact(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0];
    if (!val_is_wholly_known(l)) return marked(fc, val_unknown(fc->a, type_list_of(fc->a, &type_string)), s);
    Value **items = ARENA_ARRAY(fc->a, Value *, l->count ? l->count : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < l->count; i++)
        if (l->items[i]->kind == V_STRING && l->items[i]->len > 0) items[n++] = l->items[i];
    return marked(fc, val_list(fc->a, &type_string, items, n), s);
}

/* Lists unify to one list type when every argument is a list; otherwise
 * the result is a tuple of all the elements. */
Value *fn_concat(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    if (nargs == 0) return func_fail(fc, "at least one argument is required");
    Arena *a = fc->a;
    const Type **types = ARENA_ARRAY(a, const Type *, nargs);
    bool all_lists = true, unknown = false;
    uint32_t total = 0;
    for (uint32_t i = 0; i < nargs; i++) {
        types[i] = val_type(a, args[i]);
        all_lists = all_lists && is(types[i], TY_LIST);
        unknown = unknown || !known(args[i]);
        total += known(args[i]) ? args[i]->count : 0;
    }
    Value **items = ARENA_ARRAY(a, Value *, total ? total : 1);
    uint32_t n = 0;
    const Type *ret = all_lists ? type_unify(a, types, nargs) : NULL;
    if (ret && is(ret, TY_LIST)) {
        if (unknown) return marked(fc, val_unknown(a, ret), s);
        for (uint32_t i = 0; i < nargs; i++) {
            const char *why = NULL;
            const Value *where = NULL;
            Value *l = val_convert(a, args[i], ret, &why, &where);
            if (!l) return func_arg_error(fc, (int)i, "%s", why);
            if (l->sensitive) s = true;
            for (uint32_t k = 0; k < l->count; k++) items[n++] = l->items[k];
        }
        return marked(fc, val_list(a, ret->elem, items, n), s);
    }
    for (uint32_t i = 0; i < nargs; i++) {
        if (is(types[i], TY_TUPLE)) continue;
        if (!is(types[i], TY_LIST))
            return func_arg_error(fc, (int)i, "all arguments must be lists or tuples; got %s",
                                  type_friendly_name(a, types[i]));
        if (!known(args[i])) return marked(fc, val_unknown(a, &type_any), s);
    }
    if (unknown) return marked(fc, val_unknown(a, &type_any), s);
    for (uint32_t i = 0; i < nargs; i++)
        for (uint32_t k = 0; k < args[i]->count; k++) items[n++] = args[i]->items[k];
    return marked(fc, val_tuple(a, items, n), s);
}

Value *fn_contains(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0], *x = args[1];
    if (!known(l) || !known(x)) return marked(fc, val_unknown(fc->a, &type_bool), s);
    const Type *t = val_type(fc->a, l);
    if (!is(t, TY_LIST) && !is(t, TY_TUPLE) && !is(t, TY_SET))
        return func_fail(fc, "argument must be list, tuple, or set");
    bool unknown = false;
    for (uint32_t i = 0; i < l->count; i++) {
        bool u;
        bool eq = val_equal(x, l->items[i], &u);
        if (u) unknown = true;
        else if (eq) return marked(fc, val_bool(fc->a, true), s);
    }
    return marked(fc, unknown ? val_unknown(fc->a, &type_bool) : val_bool(fc->a, false), s);
}

Value *fn_distinct(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0];
    if (!val_is_wholly_known(l)) return marked(fc, val_unknown(fc->a, l->type), s);
    Value **items = ARENA_ARRAY(fc->a, Value *, l->count ? l->count : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < l->count; i++) {
        bool seen = false;
        for (uint32_t k = 0; k < n && !seen; k++) {
            bool u;
            seen = val_equal(items[k], l->items[i], &u) && !u;
        }
        if (!seen) items[n++] = l->items[i];
    }
    return marked(fc, val_list(fc->a, l->type->elem, items, n), s);
}

/* ---- element, index, one ---------------------------------------------------------- */

Value *fn_element(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, 1);
    s = take_deep(fc, args + 1, nargs - 1) || s;
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    const Value *l = args[0], *index = args[1];
    const Type *t = val_type(fc->a, l);
    int64_t i = 0;
    if (is(t, TY_TUPLE)) {
        if (!known(index)) return marked(fc, val_unknown(fc->a, &type_any), s);
        if (!to_int(index, &i)) return func_fail(fc, "invalid index: " WHOLE_NUMBER);
        if (t->elem_count == 0) return func_fail(fc, "cannot use element function with an empty list");
        int64_t r = i % (int64_t)t->elem_count;
        /* Terraform 1.11 (cty 1.16) does not wrap a negative index of a tuple */
        if (r < 0) return func_fail(fc, "panic in function implementation: runtime error: index out of range [%lld]", (long long)r);
        if (!known(l)) return marked(fc, val_unknown(fc->a, t->elems[r]), s);
        return marked(fc, l->items[r], s);
    }
    if (!is(t, TY_LIST)) return func_fail(fc, "cannot read elements from %s", type_friendly_name(fc->a, t));
    if (!known(l) || !known(index)) return marked(fc, val_unknown(fc->a, t->elem), s);
    if (!to_int(index, &i)) return func_fail(fc, "invalid index: " WHOLE_NUMBER);
    if (l->count == 0) return func_fail(fc, "cannot use element function with an empty list");
    int64_t r = i % (int64_t)l->count;
    if (r < 0) r += l->count;
    return marked(fc, l->items[r], s);
}

Value *fn_index(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0], *x = args[1];
    if (!known(l) || !known(x)) return marked(fc, val_unknown(fc->a, &type_number), s);
    const Type *t = val_type(fc->a, l);
    if (!is(t, TY_LIST) && !is(t, TY_TUPLE)) return func_fail(fc, "argument must be a list or tuple");
    if (l->count == 0) return func_fail(fc, "cannot search an empty list");
    for (uint32_t i = 0; i < l->count; i++) {
        bool u;
        bool eq = val_equal(l->items[i], x, &u);
        if (u) return marked(fc, val_unknown(fc->a, &type_number), s);
        if (eq) return marked(fc, val_number_i64(fc->a, i), s);
    }
    return func_fail(fc, "item not found");
}

#define ONE_ELEMENT "must be a list, set, or tuple value with either zero or one elements"

Value *fn_one(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    const Value *l = args[0];
    const Type *t = val_type(fc->a, l), *ret;
    if (is(t, TY_LIST) || is(t, TY_SET)) ret = t->elem;
    else if (is(t, TY_TUPLE) && t->elem_count <= 1) ret = t->elem_count ? t->elems[0] : &type_any;
    else return func_arg_error(fc, 0, ONE_ELEMENT);
    if (!length_known(l)) return marked(fc, val_unknown(fc->a, ret), s);
    if (l->count == 0) return marked(fc, val_null(fc->a, ret), s);
    if (l->count == 1) return marked(fc, l->items[0], s);
    return func_arg_error(fc, 0, ONE_ELEMENT);
}

/* ---- flatten ------------------------------------------------------------------------- */

typedef struct Flat {
    Vec(Value *) out;
    bool known;               /* false once an unknown sequence is met */
    bool sensitive;           /* a nested sequence was marked */
} Flat;

static bool is_seq_type(const Type *t) { return is(t, TY_LIST) || is(t, TY_SET) || is(t, TY_TUPLE); }

static void flattener(FuncCall *fc, Flat *f, const Value *l, int depth) {
    if (!length_known(l) || depth > 1000) {
        f->known = false;
        return;
    }
    for (uint32_t i = 0; i < l->count; i++) {
        const Value *e = l->items[i];
        const Type *t = val_type(fc->a, e);
        if (e->kind == V_UNKNOWN && is_dynamic(t)) f->known = false;
        if (e->kind != V_NULL && is_seq_type(t)) {
            if (e->sensitive) f->sensitive = true;
            if (!known(e)) f->known = false;
            else flattener(fc, f, e, depth + 1);
        } else {
            vec_push(&f->out, (Value *)e);
        }
    }
}

Value *fn_flatten(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    const Value *l = args[0];
    if (!known(l)) return marked(fc, val_unknown(fc->a, &type_any), s);
    if (!is_seq_type(val_type(fc->a, l))) return func_fail(fc, "can only flatten lists, sets and tuples");
    Flat f = {{0}, true, false};
    flattener(fc, &f, l, 0);
    Value *r = f.known ? val_tuple(fc->a, f.out.data, f.out.len) : val_unknown(fc->a, &type_any);
    vec_free(&f.out);
    return marked(fc, r, s || f.sensitive);
}

/* ---- keys, length, lookup, values ---------------------------------------------------- */

Value *fn_keys(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    const Value *m = args[0];
    const Type *t = val_type(fc->a, m);
    if (is(t, TY_OBJECT)) {
        /* from the type: an unknown object still has known attribute names */
        Value **items = ARENA_ARRAY(fc->a, Value *, t->attr_count ? t->attr_count : 1);
        for (uint32_t i = 0; i < t->attr_count; i++) items[i] = val_cstring(fc->a, t->attrs[i].name);
        return marked(fc, val_tuple(fc->a, items, t->attr_count), s);
    }
    if (!is(t, TY_MAP)) return func_arg_error(fc, 0, "must have map or object type");
    if (!known(m)) return marked(fc, val_unknown(fc->a, type_list_of(fc->a, &type_string)), s);
    Value **items = ARENA_ARRAY(fc->a, Value *, m->count ? m->count : 1);
    for (uint32_t i = 0; i < m->count; i++) items[i] = val_cstring(fc->a, m->keys[i]);
    return marked(fc, val_list(fc->a, &type_string, items, m->count), s);
}

/* The number of grapheme clusters in s, as Terraform counts characters. */
static uint32_t graphemes(const char *s, size_t n) {
    uint32_t count = 0;
    utf8proc_int32_t prev = -1, cp;
    utf8proc_int32_t state = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            cp = 0xFFFD;
            k = 1;
        }
        if (prev < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state)) count++;
        prev = cp;
        i += (size_t)k;
    }
    return count;
}

Value *fn_length(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    const Value *v = args[0];
    const Type *t = val_type(fc->a, v);
    Value *unknown = val_unknown(fc->a, &type_number);
    if (is_dynamic(t)) return marked(fc, unknown, s);
    switch (t->kind) {
    case TY_TUPLE: return marked(fc, val_number_i64(fc->a, t->elem_count), s);
    case TY_OBJECT: return marked(fc, val_number_i64(fc->a, t->attr_count), s);
    case TY_STRING:
        if (!known(v)) return marked(fc, unknown, s);
        return marked(fc, val_number_i64(fc->a, graphemes(v->str, v->len)), s);
    case TY_LIST:
    case TY_SET:
    case TY_MAP:
        if (!length_known(v)) return marked(fc, unknown, s);
        return marked(fc, val_number_i64(fc->a, v->count), s);
    default: return func_fail(fc, "argument must be a string, a collection type, or a structural type");
    }
}

Value *fn_lookup(FuncCall *fc, Value **args, uint32_t nargs) {
    if (nargs > 3) return func_fail(fc, "lookup() takes two or three arguments, got %u", nargs);
    if (args[0]->kind == V_NULL) return func_arg_error(fc, 0, "argument must not be null");
    if (args[1]->kind == V_NULL) return func_arg_error(fc, 1, "argument must not be null");
    bool key_marked = args[1]->sensitive;
    bool s = take_top(fc, args, 2);
    if (dynamic_arg(args, 2)) return marked(fc, val_unknown(fc->a, &type_any), s);
    const Value *m = args[0], *key = args[1], *def = nargs == 3 ? args[2] : NULL;
    Arena *a = fc->a;
    const Type *t = val_type(a, m), *ret;
    if (is(t, TY_OBJECT)) {
        const Type *at = NULL;
        for (uint32_t i = 0; known(key) && i < t->attr_count && !at; i++)
            if (strcmp(t->attrs[i].name, key->str) == 0) at = t->attrs[i].type;
        if (!known(key)) ret = &type_any;
        else if (at) ret = at;
        else if (def) ret = val_type(a, def);
        else return func_arg_error(fc, 0, "the given object has no attribute %s", val_brief(a, key));
    } else if (is(t, TY_MAP)) {
        const char *why;
        const Value *where;
        if (def && !val_convert(a, def, t->elem, &why, &where))
            return func_arg_error(fc, 2, "the default value must have the same type as the map elements");
        ret = t->elem;
    } else {
        return func_arg_error(fc, 0, "lookup() requires a map as the first argument");
    }
    if (!known(m) || !known(key)) return marked(fc, val_unknown(a, ret), s);
    Value *found = val_get(m, key->str);
    if (found) return marked(fc, found, s);
    if (def) {
        const char *why = NULL;
        const Value *where = NULL;
        Value *d = val_convert(a, def, ret, &why, &where);
        if (!d) return func_fail(fc, "%s", why);
        return marked(fc, d, s);
    }
    return func_fail(fc, "lookup failed to find key %s",
                     key_marked ? "(sensitive value)" : val_brief(a, key));
}

Value *fn_values(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    const Value *m = args[0];
    const Type *t = val_type(fc->a, m);
    if (is(t, TY_MAP)) {
        if (!known(m)) return marked(fc, val_unknown(fc->a, type_list_of(fc->a, t->elem)), s);
        return marked(fc, val_list(fc->a, t->elem, m->items, m->count), s);
    }
    if (!is(t, TY_OBJECT)) return func_fail(fc, "values() requires a map as the first argument");
    if (!known(m)) return marked(fc, val_unknown(fc->a, &type_any), s);
    return marked(fc, val_tuple(fc->a, m->items, m->count), s);
}

/* ---- matchkeys -------------------------------------------------------------------------- */

Value *fn_matchkeys(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    Arena *a = fc->a;
    const Value *values = args[0];
    const Type *pair[2] = {val_type(a, args[1]), val_type(a, args[2])};
    const Type *kt = type_unify(a, pair, 2);
    if (!kt) return func_fail(fc, "keys and searchset must be of the same type");
    const Type *ret = values->type ? values->type : type_list_of(a, &type_any);
    const Type *elem = ret->elem ? ret->elem : &type_any;
    if (!known(values) || !known(args[1]) || !known(args[2])) return marked(fc, val_unknown(a, ret), s);
    if (values->count != args[1]->count) return func_fail(fc, "length of keys and values should be equal");
    const char *why = NULL;
    const Value *where = NULL;
    Value *keys = val_convert(a, args[1], kt, &why, &where);
    Value *search = keys ? val_convert(a, args[2], kt, &why, &where) : NULL;
    if (!search) return func_fail(fc, "%s", why);
    if (search->count == 0) return marked(fc, val_list(a, elem, NULL, 0), s);
    if (!val_is_wholly_known(values) || !val_is_wholly_known(keys)) return marked(fc, val_unknown(a, ret), s);
    Value **out = ARENA_ARRAY(a, Value *, values->count ? values->count : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < keys->count; i++)
        for (uint32_t k = 0; k < search->count; k++) {
            bool u;
            bool eq = val_equal(keys->items[i], search->items[k], &u);
            if (u) return marked(fc, val_list(a, elem, NULL, 0), s);
            if (eq) {
                out[n++] = values->items[i];
                break;
            }
        }
    return marked(fc, val_list(a, elem, out, n), s);
}

/* ---- merge ---------------------------------------------------------------------------------- */

/* The result is the arguments' type when they all have the same one, else an
 * object of all their keys. */
Value *fn_merge(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    Arena *a = fc->a;
    const Type *first = NULL;
    bool matching = true, dynamic = false, unknown = false;
    uint32_t total = 0;
    for (uint32_t i = 0; i < nargs; i++) {
        const Type *t = val_type(a, args[i]);
        if (is_dynamic(t)) {
            dynamic = true;
            break;
        }
        if (!is(t, TY_MAP) && !is(t, TY_OBJECT))
            return func_fail(fc, "arguments must be maps or objects, got \"%s\"", type_friendly_name(a, t));
        if (!first) first = t;
        else if (!type_equal(first, t)) matching = false;
    }
    for (uint32_t i = 0; i < nargs; i++) {
        unknown = unknown || !known(args[i]);
        total += args[i]->count;
    }
    bool as_map = !dynamic && matching && first && is(first, TY_MAP);
    if (unknown) return marked(fc, val_unknown(a, as_map ? first : &type_any), s);
    const char **keys = ARENA_ARRAY(a, const char *, total ? total : 1);
    Value **items = ARENA_ARRAY(a, Value *, total ? total : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < nargs; i++) {
        if (args[i]->kind == V_NULL) continue;
        for (uint32_t k = 0; k < args[i]->count; k++) {
            keys[n] = args[i]->keys[k];
            items[n++] = args[i]->items[k];
        }
    }
    if (as_map) return marked(fc, val_map(a, first->elem, keys, items, n), s);
    return marked(fc, val_object(a, keys, items, n), s);
}

/* ---- range ------------------------------------------------------------------------------------- */

Value *fn_range(FuncCall *fc, Value **args, uint32_t nargs) {
    Arena *a = fc->a;
    Value *start, *end, *step;
    switch (nargs) {
    case 1:
        start = val_number_i64(a, 0), end = args[0];
        step = val_number_i64(a, num_sign(end) < 0 ? -1 : 1);
        break;
    case 2:
        start = args[0], end = args[1];
        step = val_number_i64(a, num_cmp(end, start) < 0 ? -1 : 1);
        break;
    case 3: start = args[0], end = args[1], step = args[2]; break;
    default: return func_fail(fc, "must have one, two, or three arguments");
    }
    /* a zero step is not refused (cty's check compares pointers): it runs
     * into the 1024-value limit unless start and end are equal */
    bool down = num_sign(step) < 0;
    if (down && num_cmp(end, start) > 0)
        return func_arg_error(fc, 1, "end must be less than start when step is negative");
    if (!down && num_cmp(end, start) < 0)
        return func_arg_error(fc, 1, "end must be greater than start when step is positive");
    Value *vals[MAX_RANGE];
    uint32_t n = 0;
    for (Value *x = start; down ? num_cmp(x, end) > 0 : num_cmp(x, end) < 0; x = num_add(a, x, step)) {
        if (n >= MAX_RANGE)
            return func_fail(fc, "more than 1024 values were generated; either decrease the difference between "
                                 "start and end or use a smaller step");
        vals[n++] = x;
    }
    return val_list(a, &type_number, vals, n);
}

/* ---- reverse, slice, sort ------------------------------------------------------------------------- */

Value *fn_reverse(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    const Value *l = args[0];
    const Type *t = val_type(fc->a, l);
    if (!is(t, TY_TUPLE) && !is(t, TY_LIST) && !is(t, TY_SET))
        return func_arg_error(fc, 0, "can only reverse list or tuple values, not %s", type_friendly_name(fc->a, t));
    if (!known(l)) {
        if (is(t, TY_TUPLE)) return marked(fc, val_unknown(fc->a, &type_any), s);
        return marked(fc, val_unknown(fc->a, type_list_of(fc->a, t->elem)), s);
    }
    Value **items = ARENA_ARRAY(fc->a, Value *, l->count ? l->count : 1);
    for (uint32_t i = 0; i < l->count; i++) items[l->count - 1 - i] = l->items[i];
    if (is(t, TY_TUPLE)) return marked(fc, val_tuple(fc->a, items, l->count), s);
    return marked(fc, val_list(fc->a, t->elem, items, l->count), s);
}

/* cty's sliceIndexes: checks what is known of the two indexes. */
static bool slice_indexes(FuncCall *fc, const Value *l, const Type *t, Value **args, int64_t *start, int64_t *end) {
    bool len_known = is(t, TY_TUPLE) || known(l);
    int64_t len = is(t, TY_TUPLE) ? t->elem_count : (int64_t)l->count;
    if (known(args[1])) {
        if (!to_int(args[1], start)) return func_arg_error(fc, 1, "invalid start index: " WHOLE_NUMBER), false;
        if (*start < 0) return func_arg_error(fc, 1, "start index must not be less than zero"), false;
        if (len_known && *start > len)
            return func_arg_error(fc, 1, "start index must not be greater than the length of the list"), false;
    }
    if (known(args[2])) {
        if (!to_int(args[2], end)) return func_arg_error(fc, 2, "invalid end index: " WHOLE_NUMBER), false;
        if (*end < 0) return func_arg_error(fc, 2, "end index must not be less than zero"), false;
        if (len_known && *end > len)
            return func_arg_error(fc, 2, "end index must not be greater than the length of the list"), false;
    }
    if (known(args[1]) && known(args[2]) && *start > *end)
        return func_arg_error(fc, 1, "start index must not be greater than end index"), false;
    return true;
}

Value *fn_slice(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, 1);
    s = take_deep(fc, args + 1, nargs - 1) || s;
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    const Value *l = args[0];
    const Type *t = val_type(fc->a, l);
    if (is(t, TY_SET))
        return func_arg_error(fc, 0, "cannot slice a set, because its elements do not have indices; explicitly "
                                     "convert to a list if the ordering of the result is not important");
    if (!is(t, TY_LIST) && !is(t, TY_TUPLE)) return func_arg_error(fc, 0, "must be a list or tuple value");
    int64_t start = 0, end = 0;
    if (!slice_indexes(fc, l, t, args, &start, &end)) return NULL;
    if (!known(l) || !known(args[1]) || !known(args[2]))
        return marked(fc, val_unknown(fc->a, is(t, TY_LIST) ? t : &type_any), s);
    Value **items = l->items + start;
    uint32_t n = (uint32_t)(end - start);
    if (is(t, TY_TUPLE)) return marked(fc, val_tuple(fc->a, items, n), s);
    return marked(fc, val_list(fc->a, t->elem, items, n), s);
}

static int cmp_strings(const void *pa, const void *pb) {
    const Value *x = *(Value *const *)pa, *y = *(Value *const *)pb;
    uint32_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->str, y->str, n);
    if (c) return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

Value *fn_sort(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0];
    if (!known(l)) return marked(fc, val_unknown(fc->a, type_list_of(fc->a, &type_string)), s);
    Value **items = ARENA_ARRAY(fc->a, Value *, l->count ? l->count : 1);
    if (!val_is_wholly_known(l)) {
        /* the order is not known yet, the length is */
        for (uint32_t i = 0; i < l->count; i++) items[i] = val_unknown(fc->a, &type_string);
        return marked(fc, val_list(fc->a, &type_string, items, l->count), s);
    }
    for (uint32_t i = 0; i < l->count; i++) {
        if (l->items[i]->kind == V_NULL)
            return func_fail(fc, "given list element %u is null; a null string cannot be sorted", i);
        items[i] = l->items[i];
    }
    qsort(items, l->count, sizeof(Value *), cmp_strings);
    return marked(fc, val_list(fc->a, &type_string, items, l->count), s);
}

/* ---- sets ------------------------------------------------------------------------------------------ */

typedef enum SetOp { SET_UNION, SET_INTERSECTION, SET_SUBTRACT } SetOp;

static bool set_has(const Value *set, const Value *x) {
    for (uint32_t i = 0; i < set->count; i++) {
        bool u;
        if (val_equal(set->items[i], x, &u) && !u) return true;
    }
    return false;
}

/* cty's setOperationReturnType and setOperationImpl. */
static Value *set_operation(FuncCall *fc, Value **args, uint32_t nargs, SetOp op) {
    bool s = take_deep(fc, args, nargs);
    Arena *a = fc->a;
    const Type **etys = ARENA_ARRAY(a, const Type *, nargs);
    uint32_t n = 0;
    bool unknown = false;
    for (uint32_t i = 0; i < nargs; i++) {
        const Type *t = val_type(a, args[i]);
        const Type *ety = is(t, TY_SET) ? t->elem : &type_any;
        unknown = unknown || !known(args[i]);
        /* empty sets of no particular type convert to any other */
        if (known(args[i]) && args[i]->count == 0 && is_dynamic(ety)) continue;
        etys[n++] = ety;
    }
    const Type *ety = n ? type_unify(a, etys, n) : &type_any;
    if (!ety) return func_fail(fc, "given sets must all have compatible element types");
    const Type *ret = type_set_of(a, ety);
    if (unknown) return marked(fc, val_unknown(a, ret), s);
    Vec(Value *) acc = {0};
    for (uint32_t i = 0; i < nargs; i++) {
        const char *why = NULL;
        const Value *where = NULL;
        Value *set = val_convert(a, args[i], ret, &why, &where);
        if (!set) {
            vec_free(&acc);
            return func_arg_error(fc, (int)i, "%s", why);
        }
        if (op != SET_UNION && !val_is_wholly_known(set)) {
            vec_free(&acc);
            return marked(fc, val_unknown(a, ret), s);
        }
        if (i == 0 || op == SET_UNION) {
            for (uint32_t k = 0; k < set->count; k++) vec_push(&acc, set->items[k]);
            continue;
        }
        uint32_t m = 0;
        for (uint32_t k = 0; k < acc.len; k++)
            if (set_has(set, acc.data[k]) == (op == SET_INTERSECTION)) acc.data[m++] = acc.data[k];
        acc.len = m;
    }
    Value **items = ARENA_ARRAY(a, Value *, acc.len ? acc.len : 1);
    if (acc.len) memcpy(items, acc.data, sizeof(Value *) * acc.len);
    uint32_t count = acc.len;
    vec_free(&acc);
    return marked(fc, make_set(fc, ety, items, count), s);
}

Value *fn_setintersection(FuncCall *fc, Value **args, uint32_t nargs) {
    return set_operation(fc, args, nargs, SET_INTERSECTION);
}
Value *fn_setsubtract(FuncCall *fc, Value **args, uint32_t nargs) {
    return set_operation(fc, args, nargs, SET_SUBTRACT);
}
Value *fn_setunion(FuncCall *fc, Value **args, uint32_t nargs) { return set_operation(fc, args, nargs, SET_UNION); }

/* Lists (and tuples) give a list of tuples in their order; any set makes
 * the result a set. */
Value *fn_setproduct(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    Arena *a = fc->a;
    if (nargs < 2) return func_fail(fc, "at least two arguments are required");
    const Type **etys = ARENA_ARRAY(a, const Type *, nargs);
    uint32_t lists = 0;
    bool unknown = false;
    uint64_t total = 1;
    for (uint32_t i = 0; i < nargs; i++) {
        const Type *t = val_type(a, args[i]);
        if (is(t, TY_SET)) {
            etys[i] = t->elem;
        } else if (is(t, TY_LIST)) {
            etys[i] = t->elem;
            lists++;
        } else if (is(t, TY_TUPLE)) {
            etys[i] = t->elem_count ? type_unify(a, (const Type **)t->elems, t->elem_count) : &type_any;
            if (!etys[i]) return func_arg_error(fc, (int)i, "all elements must be of the same type");
            lists++;
        } else {
            return func_arg_error(fc, (int)i, "a set or a list is required");
        }
        if (!length_known(args[i])) unknown = true;
        else total *= args[i]->count;
        if (total > MAX_PRODUCT) total = MAX_PRODUCT + 1;
    }
    const Type *tuple = tuple_type(fc, etys, nargs);
    const Type *ret = lists == nargs ? type_list_of(a, tuple) : type_set_of(a, tuple);
    if (unknown) return marked(fc, val_unknown(a, ret), s);
    if (total > MAX_PRODUCT) return func_fail(fc, "the product would have more than %d elements", MAX_PRODUCT);
    Value **out = ARENA_ARRAY(a, Value *, total ? total : 1);
    uint32_t *pos = ARENA_ARRAY(a, uint32_t, nargs);
    for (uint64_t k = 0; k < total; k++) {
        Value **row = ARENA_ARRAY(a, Value *, nargs);
        for (uint32_t j = 0; j < nargs; j++) {
            const char *why = NULL;
            const Value *where = NULL;
            row[j] = val_convert(a, args[j]->items[pos[j]], etys[j], &why, &where);
            if (!row[j]) return func_fail(fc, "%s", why);
        }
        out[k] = val_tuple(a, row, nargs);
        for (uint32_t j = nargs; j-- > 0;) {
            if (++pos[j] < args[j]->count) break;
            pos[j] = 0;
        }
    }
    if (lists == nargs) return marked(fc, val_list(a, tuple, out, (uint32_t)total), s);
    return marked(fc, make_set(fc, tuple, out, (uint32_t)total), s);
}

/* ---- sum, transpose, zipmap ------------------------------------------------------------------------- */

#define SUM_NUMBERS "argument must be list, set, or tuple of number values"

Value *fn_sum(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    const Value *l = args[0];
    if (!known(l)) return marked(fc, val_unknown(fc->a, &type_number), s);
    const Type *t = val_type(fc->a, l);
    if (!is(t, TY_LIST) && !is(t, TY_SET) && !is(t, TY_TUPLE) && !is(t, TY_MAP) && !is(t, TY_OBJECT))
        return func_arg_error(fc, 0, "cannot sum noniterable");
    if (l->count == 0) return func_arg_error(fc, 0, "cannot sum an empty list");
    if (!is_seq_type(t))
        return func_arg_error(fc, 0, "argument must be list, set, or tuple. Received %s", type_friendly_name(fc->a, t));
    if (!val_is_wholly_known(l)) return marked(fc, val_unknown(fc->a, &type_number), s);
    Value *sum = NULL;
    for (uint32_t i = 0; i < l->count; i++) {
        const char *why;
        const Value *where;
        Value *x = l->items[i]->kind == V_NULL ? NULL : val_convert(fc->a, l->items[i], &type_number, &why, &where);
        if (!x) return func_arg_error(fc, 0, SUM_NUMBERS);
        if (sum && num_is_inf(sum) && num_is_inf(x) && num_sign(sum) != num_sign(x))
            return func_fail(fc, "can't compute sum of opposing infinities");
        sum = sum ? num_add(fc->a, sum, x) : x;
    }
    return marked(fc, sum, s);
}

typedef struct Pair {
    const Value *out;         /* the string in a list: a key of the result */
    const char *in;           /* the key it was listed under */
} Pair;

static int cmp_pairs(const void *pa, const void *pb) {
    const Pair *x = pa, *y = pb;
    int c = cmp_strings(&x->out, &y->out);
    return c ? c : strcmp(x->in, y->in);
}

Value *fn_transpose(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_deep(fc, args, nargs);
    Arena *a = fc->a;
    const Value *m = args[0];
    const Type *ret = type_map_of(a, type_list_of(a, &type_string));
    if (!val_is_wholly_known(m)) return marked(fc, val_unknown(a, ret), s);
    Vec(Pair) pairs = {0};
    for (uint32_t i = 0; i < m->count; i++) {
        const Value *l = m->items[i];
        if (l->kind == V_NULL) {
            vec_free(&pairs);
            return func_fail(fc, "input must not contain null list");
        }
        for (uint32_t k = 0; k < l->count; k++) {
            if (l->items[k]->kind == V_NULL) {
                vec_free(&pairs);
                return func_fail(fc, "input list must not contain null string");
            }
            vec_push(&pairs, ((Pair){l->items[k], m->keys[i]}));
        }
    }
    if (pairs.len) qsort(pairs.data, pairs.len, sizeof(Pair), cmp_pairs);
    const char **keys = ARENA_ARRAY(a, const char *, pairs.len ? pairs.len : 1);
    Value **lists = ARENA_ARRAY(a, Value *, pairs.len ? pairs.len : 1);
    Value **names = ARENA_ARRAY(a, Value *, pairs.len ? pairs.len : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < pairs.len;) {
        uint32_t k = i;
        while (k < pairs.len && cmp_strings(&pairs.data[k].out, &pairs.data[i].out) == 0) {
            names[k] = val_cstring(a, pairs.data[k].in);
            k++;
        }
        keys[n] = arena_strndup(a, pairs.data[i].out->str, pairs.data[i].out->len);
        lists[n++] = val_list(a, &type_string, names + i, k - i);
        i = k;
    }
    vec_free(&pairs);
    return marked(fc, val_map(a, ret->elem, keys, lists, n), s);
}

Value *fn_zipmap(FuncCall *fc, Value **args, uint32_t nargs) {
    bool s = take_top(fc, args, nargs);
    if (dynamic_arg(args, nargs)) return marked(fc, val_unknown(fc->a, &type_any), s);
    Arena *a = fc->a;
    const Value *keys = args[0], *values = args[1];
    const Type *t = val_type(a, values), *ret;
    bool wholly = val_is_wholly_known(keys);
    if (is(t, TY_LIST)) {
        ret = type_map_of(a, t->elem);
    } else if (is(t, TY_TUPLE)) {
        ret = &type_any;
        if (wholly) {
            if (keys->count != t->elem_count)
                return func_fail(fc, "number of keys (%u) does not match number of values (%u)", keys->count,
                                 t->elem_count);
            for (uint32_t i = 0; i < keys->count; i++)
                if (keys->items[i]->kind == V_NULL) return func_fail(fc, "keys list has null value at index %u", i);
        }
    } else {
        return func_fail(fc, "values argument must be a list or tuple value");
    }
    if (!known(values) || !wholly) return marked(fc, val_unknown(a, ret), s);
    if (keys->count != values->count)
        return func_fail(fc, "number of keys (%u) does not match number of values (%u)", keys->count, values->count);
    const char **names = ARENA_ARRAY(a, const char *, keys->count ? keys->count : 1);
    for (uint32_t i = 0; i < keys->count; i++) {
        const Value *k = keys->items[i];
        if (k->kind == V_NULL) return func_fail(fc, "keys list has null value at index %u", i);
        if (k->sensitive) s = true; /* keys cannot carry marks: the map does */
        names[i] = k->str;
    }
    if (is(t, TY_LIST)) return marked(fc, val_map(a, t->elem, names, values->items, keys->count), s);
    return marked(fc, val_object(a, names, values->items, keys->count), s);
}
