/* value.c - values: constructors, the types they have, equality, the order
 * sets keep (cty's), and sensitive marks.  Values are immutable once built;
 * every constructor allocates in the arena it is given. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

const Type type_any = {TY_ANY, 0, 0, 0, 0, 0};
const Type type_string = {TY_STRING, 0, 0, 0, 0, 0};
const Type type_number = {TY_NUMBER, 0, 0, 0, 0, 0};
const Type type_bool = {TY_BOOL, 0, 0, 0, 0, 0};

const char *value_kind_name(ValueKind k) {
    switch (k) {
    case V_NULL: return "null";
    case V_BOOL: return "bool";
    case V_NUMBER: return "number";
    case V_STRING: return "string";
    case V_TUPLE: return "tuple";
    case V_OBJECT: return "object";
    case V_LIST: return "list";
    case V_SET: return "set";
    case V_MAP: return "map";
    case V_UNKNOWN: return "unknown";
    }
    return "unknown";
}

/* ---- types ------------------------------------------------------------------ */

static Type *type_coll(Arena *a, TypeKind k, const Type *elem) {
    Type *t = ARENA_NEW(a, Type);
    t->kind = k;
    t->elem = (Type *)(elem ? elem : &type_any);
    return t;
}
Type *type_list_of(Arena *a, const Type *elem) { return type_coll(a, TY_LIST, elem); }
Type *type_set_of(Arena *a, const Type *elem) { return type_coll(a, TY_SET, elem); }
Type *type_map_of(Arena *a, const Type *elem) { return type_coll(a, TY_MAP, elem); }

bool type_equal(const Type *a, const Type *b) {
    if (a == b) return true;
    if (!a || !b) return (!a || a->kind == TY_ANY) && (!b || b->kind == TY_ANY);
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case TY_LIST:
    case TY_SET:
    case TY_MAP: return type_equal(a->elem, b->elem);
    case TY_TUPLE:
        if (a->elem_count != b->elem_count) return false;
        for (uint32_t i = 0; i < a->elem_count; i++)
            if (!type_equal(a->elems[i], b->elems[i])) return false;
        return true;
    case TY_OBJECT:
        if (a->attr_count != b->attr_count) return false;
        for (uint32_t i = 0; i < a->attr_count; i++)
            if (strcmp(a->attrs[i].name, b->attrs[i].name) != 0 || !type_equal(a->attrs[i].type, b->attrs[i].type))
                return false;
        return true;
    default: return true;
    }
}

const char *type_friendly_name(Arena *a, const Type *t) {
    if (!t) return "dynamic";
    switch (t->kind) {
    case TY_ANY: return "dynamic";
    case TY_STRING: return "string";
    case TY_NUMBER: return "number";
    case TY_BOOL: return "bool";
    case TY_LIST: return arena_printf(a, "list of %s", type_friendly_name(a, t->elem));
    case TY_SET: return arena_printf(a, "set of %s", type_friendly_name(a, t->elem));
    case TY_MAP: return arena_printf(a, "map of %s", type_friendly_name(a, t->elem));
    case TY_OBJECT: return "object";
    case TY_TUPLE: return "tuple";
    default: return "invalid";
    }
}

/* ---- constructors ------------------------------------------------------------- */

static Value *new_val(Arena *a, ValueKind k) {
    Value *v = ARENA_NEW(a, Value);
    v->kind = k;
    return v;
}

Value *val_null(Arena *a, const Type *t) {
    Value *v = new_val(a, V_NULL);
    v->type = t ? t : &type_any;
    return v;
}

Value *val_unknown(Arena *a, const Type *t) {
    Value *v = new_val(a, V_UNKNOWN);
    v->type = t ? t : &type_any;
    return v;
}

Value *val_bool(Arena *a, bool b) {
    Value *v = new_val(a, V_BOOL);
    v->boolean = b;
    return v;
}

Value *val_string_raw(Arena *a, const char *s, size_t n) {
    Value *v = new_val(a, V_STRING);
    v->str = arena_strndup(a, s ? s : "", n);
    v->len = (uint32_t)n;
    return v;
}

Value *val_string(Arena *a, const char *s, size_t n) {
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++) ascii = (unsigned char)s[i] < 0x80;
    if (ascii) return val_string_raw(a, s, n);
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (m < 0) return val_string_raw(a, s, n); /* not valid UTF-8: kept as is */
    Value *v = val_string_raw(a, (const char *)out, (size_t)m);
    free(out); /* utf8proc's own allocation */
    return v;
}

Value *val_cstring(Arena *a, const char *s) { return val_string(a, s, strlen(s)); }

Value *val_unknown_string(Arena *a, const char *prefix, size_t prefix_len, uint32_t min_len) {
    Value *v = val_unknown(a, &type_string);
    if (prefix && prefix_len) {
        v->str = arena_strndup(a, prefix, prefix_len);
        v->len = (uint32_t)prefix_len;
    }
    v->min_len = min_len > prefix_len ? min_len : (uint32_t)prefix_len;
    return v;
}

static Value **copy_items(Arena *a, Value **items, uint32_t n) {
    Value **out = ARENA_ARRAY(a, Value *, n ? n : 1);
    if (n) memcpy(out, items, sizeof(Value *) * n);
    return out;
}

Value *val_tuple(Arena *a, Value **items, uint32_t n) {
    Value *v = new_val(a, V_TUPLE);
    v->items = copy_items(a, items, n);
    v->count = n;
    return v;
}

Value *val_list(Arena *a, const Type *elem, Value **items, uint32_t n) {
    Value *v = new_val(a, V_LIST);
    v->items = copy_items(a, items, n);
    v->count = n;
    v->type = type_list_of(a, elem);
    return v;
}

typedef struct KeyItem {
    const char *key;
    Value *val;
    uint32_t order;
} KeyItem;

static int cmp_key_item(const void *pa, const void *pb) {
    const KeyItem *x = pa, *y = pb;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Sorts keys, the later of duplicates winning, into v. */
static void fill_keyed(Arena *a, Value *v, const char **keys, Value **items, uint32_t n) {
    KeyItem *ki = mem_alloc(mem_mul(sizeof(KeyItem), n ? n : 1));
    for (uint32_t i = 0; i < n; i++) ki[i] = (KeyItem){keys[i], items[i], i};
    qsort(ki, n, sizeof(KeyItem), cmp_key_item);
    v->keys = ARENA_ARRAY(a, const char *, n ? n : 1);
    v->items = ARENA_ARRAY(a, Value *, n ? n : 1);
    v->count = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (v->count && strcmp(v->keys[v->count - 1], ki[i].key) == 0) {
            v->items[v->count - 1] = ki[i].val;
            continue;
        }
        v->keys[v->count] = ki[i].key;
        v->items[v->count] = ki[i].val;
        v->count++;
    }
    mem_free(ki);
}

Value *val_object(Arena *a, const char **keys, Value **items, uint32_t n) {
    Value *v = new_val(a, V_OBJECT);
    fill_keyed(a, v, keys, items, n);
    return v;
}

Value *val_map(Arena *a, const Type *elem, const char **keys, Value **items, uint32_t n) {
    Value *v = new_val(a, V_MAP);
    fill_keyed(a, v, keys, items, n);
    v->type = type_map_of(a, elem);
    return v;
}

static int cmp_values_qsort(const void *pa, const void *pb) {
    return val_compare(*(Value *const *)pa, *(Value *const *)pb);
}

Value *val_set(Arena *a, const Type *elem, Value **items, uint32_t n) {
    Value *v = new_val(a, V_SET);
    Value **sorted = copy_items(a, items, n);
    qsort(sorted, n, sizeof(Value *), cmp_values_qsort);
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++) {
        /* unknown elements are never merged: each may be anything */
        if (m && sorted[i]->kind != V_UNKNOWN && val_compare(sorted[m - 1], sorted[i]) == 0) continue;
        sorted[m++] = sorted[i];
    }
    v->items = sorted;
    v->count = m;
    v->type = type_set_of(a, elem);
    /* cty's sets hold no marked elements: the marks move to the set */
    for (uint32_t i = 0; i < m; i++)
        if (sorted[i]->sensitive) {
            sorted[i] = val_mark(a, sorted[i], false);
            v->sensitive = true;
        }
    return v;
}

Value *val_mark(Arena *a, const Value *v, bool s) {
    if (v->sensitive == s) return (Value *)v;
    Value *c = ARENA_NEW(a, Value);
    *c = *v;
    c->sensitive = s;
    return c;
}

/* ---- queries ---------------------------------------------------------------------- */

bool val_is_known(const Value *v) { return v->kind != V_UNKNOWN; }

bool val_is_wholly_known(const Value *v) {
    if (v->kind == V_UNKNOWN) return false;
    for (uint32_t i = 0; i < v->count; i++)
        if (v->items && !val_is_wholly_known(v->items[i])) return false;
    return true;
}

bool val_is_collection(const Value *v) {
    return v->kind == V_LIST || v->kind == V_SET || v->kind == V_MAP || v->kind == V_TUPLE || v->kind == V_OBJECT;
}
bool val_is_sequence(const Value *v) { return v->kind == V_LIST || v->kind == V_SET || v->kind == V_TUPLE; }
bool val_is_mapping(const Value *v) { return v->kind == V_MAP || v->kind == V_OBJECT; }

Value *val_get(const Value *v, const char *key) {
    if (!val_is_mapping(v)) return NULL;
    uint32_t lo = 0, hi = v->count;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        int c = strcmp(v->keys[mid], key);
        if (c == 0) return v->items[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

const Type *val_type(Arena *a, const Value *v) {
    switch (v->kind) {
    case V_NULL:
    case V_UNKNOWN: return v->type ? v->type : &type_any;
    case V_BOOL: return &type_bool;
    case V_NUMBER: return &type_number;
    case V_STRING: return &type_string;
    case V_LIST:
    case V_SET:
    case V_MAP: return v->type;
    case V_TUPLE: {
        Type *t = ARENA_NEW(a, Type);
        t->kind = TY_TUPLE;
        t->elem_count = v->count;
        t->elems = ARENA_ARRAY(a, Type *, v->count ? v->count : 1);
        for (uint32_t i = 0; i < v->count; i++) t->elems[i] = (Type *)val_type(a, v->items[i]);
        return t;
    }
    case V_OBJECT: {
        Type *t = ARENA_NEW(a, Type);
        t->kind = TY_OBJECT;
        t->attr_count = v->count;
        t->attrs = ARENA_ARRAY(a, TypeAttr, v->count ? v->count : 1);
        for (uint32_t i = 0; i < v->count; i++) {
            t->attrs[i].name = v->keys[i];
            t->attrs[i].type = (Type *)val_type(a, v->items[i]);
        }
        return t;
    }
    }
    return &type_any;
}

/* ---- equality and order ------------------------------------------------------------ */


/* The bytes cty hashes a value by (makeSetHashBytes); they also order the
 * elements of sets of collections. */
static void set_hash_bytes(StrBuf *sb, const Value *v) {
    switch (v->kind) {
    case V_UNKNOWN: sb_putc(sb, '?'); return;
    case V_NULL: sb_putc(sb, '~'); return;
    case V_NUMBER: num_format_g(sb, v, 10); return;
    case V_BOOL: sb_putc(sb, v->boolean ? 'T' : 'F'); return;
    case V_STRING: val_quote_go(sb, v->str, v->len); return;
    case V_MAP:
        sb_putc(sb, '{');
        for (uint32_t i = 0; i < v->count; i++) {
            val_quote_go(sb, v->keys[i], strlen(v->keys[i]));
            sb_putc(sb, ':');
            set_hash_bytes(sb, v->items[i]);
            sb_putc(sb, ';');
        }
        sb_putc(sb, '}');
        return;
    case V_LIST:
    case V_SET:
        sb_putc(sb, '[');
        for (uint32_t i = 0; i < v->count; i++) {
            set_hash_bytes(sb, v->items[i]);
            sb_putc(sb, ';');
        }
        sb_putc(sb, ']');
        return;
    case V_OBJECT:
    case V_TUPLE:
        sb_putc(sb, '<');
        for (uint32_t i = 0; i < v->count; i++) {
            set_hash_bytes(sb, v->items[i]);
            sb_putc(sb, ';');
        }
        sb_putc(sb, '>');
        return;
    }
}

/* cty orders the elements of sets of collections by comparing these bytes. */
static int set_order(const Value *a, const Value *b) {
    StrBuf x = {0}, y = {0};
    set_hash_bytes(&x, a);
    set_hash_bytes(&y, b);
    size_t n = x.len < y.len ? x.len : y.len;
    int c = n ? memcmp(x.data, y.data, n) : 0;
    if (!c) c = x.len == y.len ? 0 : x.len < y.len ? -1 : 1;
    sb_free(&x);
    sb_free(&y);
    return c < 0 ? -1 : c > 0;
}

static int val_compare_structural(const Value *a, const Value *b);

static int kind_rank(ValueKind k) {
    switch (k) {
    case V_BOOL: return 0;
    case V_NUMBER: return 1;
    case V_STRING: return 2;
    case V_NULL: return 3;
    default: return 4 + (int)k;
    }
}

int val_compare(const Value *a, const Value *b) {
    if (a->kind != b->kind) return kind_rank(a->kind) < kind_rank(b->kind) ? -1 : 1;
    if (val_is_collection(a)) {
        int eq = val_compare_structural(a, b);
        if (eq == 0) return 0;
        int o = set_order(a, b);
        return o ? o : eq;
    }
    switch (a->kind) {
    case V_BOOL: return a->boolean == b->boolean ? 0 : a->boolean ? 1 : -1;
    case V_NUMBER: return num_cmp(a, b);
    case V_STRING: {
        uint32_t n = a->len < b->len ? a->len : b->len;
        int c = memcmp(a->str, b->str, n);
        if (c) return c < 0 ? -1 : 1;
        return a->len == b->len ? 0 : a->len < b->len ? -1 : 1;
    }
    case V_NULL:
    case V_UNKNOWN: return 0;
    default: return val_compare_structural(a, b);
    }
}

/* Element by element (keys first): zero exactly when equal. */
static int val_compare_structural(const Value *a, const Value *b) {
    {
        uint32_t n = a->count < b->count ? a->count : b->count;
        for (uint32_t i = 0; i < n; i++) {
            if (a->keys && b->keys) {
                int c = strcmp(a->keys[i], b->keys[i]);
                if (c) return c < 0 ? -1 : 1;
            }
            int c = val_compare(a->items[i], b->items[i]);
            if (c) return c;
        }
        return a->count == b->count ? 0 : a->count < b->count ? -1 : 1;
    }
}

bool val_equal(const Value *a, const Value *b, bool *unknown) {
    *unknown = false;
    if (a->kind == V_UNKNOWN || b->kind == V_UNKNOWN) {
        *unknown = true;
        return false;
    }
    if (a->kind == V_NULL || b->kind == V_NULL) return a->kind == b->kind;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case V_BOOL: return a->boolean == b->boolean;
    case V_NUMBER: return num_cmp(a, b) == 0;
    case V_STRING: return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
    default: break;
    }
    if ((a->kind == V_LIST || a->kind == V_SET || a->kind == V_MAP) && !type_equal(a->type->elem, b->type->elem))
        return false;
    if (a->count != b->count) return false;
    bool any_unknown = false;
    for (uint32_t i = 0; i < a->count; i++) {
        if (a->keys && strcmp(a->keys[i], b->keys[i]) != 0) return false;
        bool u;
        bool eq = val_equal(a->items[i], b->items[i], &u);
        if (u) any_unknown = true;
        else if (!eq) return false;
    }
    *unknown = any_unknown;
    return !any_unknown;
}
