/* types.c - Terraform type constraint expressions: string, number, bool,
 * any, list(T), set(T), map(T), tuple([...]), object({...}) with
 * optional(T, default) attributes, the bare legacy list and map, and
 * quoted legacy types. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

typedef struct TypeParser {
    const SourceFile *src;
    Arena *a;
    Interner *names;
    DiagList *diags;
    int depth;
} TypeParser;

static Type *new_type(Arena *a, TypeKind k) {
    Type *t = ARENA_NEW(a, Type);
    t->kind = k;
    return t;
}

static Type *type_error(TypeParser *tp, Range r, const char *detail) {
    Diag *d = diag_add(tp->diags, SEV_ERROR, "invalid-type", "V3", tp->src, r,
                       "Invalid type specification");
    d->detail = detail;
    return new_type(tp->a, TY_INVALID);
}

static Type *parse_type(TypeParser *tp, const AstExpr *e, bool in_object);

static Type *keyword_type(TypeParser *tp, const char *w, Range r) {
    if (strcmp(w, "string") == 0) return new_type(tp->a, TY_STRING);
    if (strcmp(w, "number") == 0) return new_type(tp->a, TY_NUMBER);
    if (strcmp(w, "bool") == 0) return new_type(tp->a, TY_BOOL);
    if (strcmp(w, "any") == 0) return new_type(tp->a, TY_ANY);
    if (strcmp(w, "set") == 0)
        return type_error(tp, r, "The set type constructor requires one argument specifying the element type.");
    if (strcmp(w, "list") == 0 || strcmp(w, "map") == 0) {
        /* bare legacy form: list means list(any) */
        Type *t = new_type(tp->a, w[0] == 'l' ? TY_LIST : w[0] == 'm' ? TY_MAP : TY_SET);
        t->elem = new_type(tp->a, TY_ANY);
        return t;
    }
    return type_error(tp, r, arena_printf(tp->a, "The keyword \"%s\" is not a valid type specification.", w));
}

static int cmp_attr(const void *a, const void *b) {
    return strcmp(((const TypeAttr *)a)->name, ((const TypeAttr *)b)->name);
}

static Type *parse_object_type(TypeParser *tp, const AstExpr *call) {
    if (call->u.call.args.len != 1 || call->u.call.args.items[0]->kind != AST_OBJECT)
        return type_error(tp, call->range,
                          "The object type constructor requires one argument specifying the "
                          "attribute types as a map.");
    const AstExpr *obj = call->u.call.args.items[0];
    Type *t = new_type(tp->a, TY_OBJECT);
    t->attr_count = obj->u.object.len;
    t->attrs = ARENA_ARRAY(tp->a, TypeAttr, t->attr_count ? t->attr_count : 1);
    for (uint32_t i = 0; i < obj->u.object.len; i++) {
        const ObjectItem *it = &obj->u.object.items[i];
        const char *name = NULL;
        if (it->key_literal) name = it->key->u.name;
        else name = expr_literal_string(tp->a, it->key);
        if (!name) {
            t->attrs[i].name = "";
            t->attrs[i].type = type_error(tp, it->key->range, "Object constructor map keys must be attribute names.");
            continue;
        }
        t->attrs[i].name = intern(tp->names, name, strlen(name));
        const AstExpr *ve = it->value;
        if (ve->kind == AST_CALL && strcmp(ve->u.call.name, "optional") == 0) {
            uint32_t n = ve->u.call.args.len;
            if (n < 1 || n > 2) {
                t->attrs[i].type = type_error(tp, ve->range,
                                              "Optional attribute modifier expects one or two "
                                              "arguments: an attribute type and an optional "
                                              "default value.");
                continue;
            }
            t->attrs[i].optional = true;
            t->attrs[i].type = parse_type(tp, ve->u.call.args.items[0], true);
            if (n == 2) t->attrs[i].default_value = ve->u.call.args.items[1];
        } else {
            t->attrs[i].type = parse_type(tp, ve, true);
        }
    }
    qsort(t->attrs, t->attr_count, sizeof(TypeAttr), cmp_attr);
    return t;
}

static Type *parse_type(TypeParser *tp, const AstExpr *e, bool in_object) {
    if (tp->depth > 64) return type_error(tp, e->range, "The type constraint is nested too deeply.");
    tp->depth++;
    Type *t;
    switch (e->kind) {
    case AST_VARIABLE:
        t = keyword_type(tp, e->u.name, e->range);
        break;
    case AST_TEMPLATE: {
        /* legacy quoted type ("string"): an error since Terraform 0.15 */
        const char *s = expr_literal_string(tp->a, e);
        Diag *d = diag_add(tp->diags, SEV_ERROR, "invalid-type", "V3", tp->src, e->range,
                           "Invalid quoted type constraints");
        d->detail = s ? arena_printf(tp->a, "Terraform 0.11 and earlier required type constraints to be given in "
                                            "quotes, but that form is now deprecated and will be removed in a "
                                            "future version of Terraform. Remove the quotes around \"%s\".", s)
                      : "Type constraints are written without quotes.";
        d->hint = "terraform fmt (and tfcheck fmt) rewrites \"string\" to string, \"list\" to list(string) and "
                  "\"map\" to map(string).";
        t = new_type(tp->a, TY_INVALID);
        break;
    }
    case AST_PAREN:
        t = parse_type(tp, e->u.inner, in_object);
        break;
    case AST_CALL: {
        const char *f = e->u.call.name;
        uint32_t n = e->u.call.args.len;
        if (strcmp(f, "list") == 0 || strcmp(f, "set") == 0 || strcmp(f, "map") == 0) {
            t = new_type(tp->a, f[0] == 'l' ? TY_LIST : f[0] == 's' ? TY_SET : TY_MAP);
            if (n != 1) {
                t = type_error(tp, e->range, arena_printf(tp->a, "The %s type constructor requires one argument specifying the element type.", f));
                break;
            }
            t->elem = parse_type(tp, e->u.call.args.items[0], in_object);
        } else if (strcmp(f, "object") == 0) {
            t = parse_object_type(tp, e);
        } else if (strcmp(f, "tuple") == 0) {
            if (n != 1 || e->u.call.args.items[0]->kind != AST_TUPLE) {
                t = type_error(tp, e->range, "The tuple type constructor requires one argument specifying the element types as a list.");
                break;
            }
            const AstExpr *l = e->u.call.args.items[0];
            t = new_type(tp->a, TY_TUPLE);
            t->elem_count = l->u.items.len;
            t->elems = ARENA_ARRAY(tp->a, Type *, t->elem_count ? t->elem_count : 1);
            for (uint32_t i = 0; i < t->elem_count; i++)
                t->elems[i] = parse_type(tp, l->u.items.items[i], in_object);
        } else if (strcmp(f, "optional") == 0) {
            t = type_error(tp, e->range, "Keyword \"optional\" is valid only as a modifier for object type attributes.");
        } else {
            t = type_error(tp, ast_call_name_range(e),
                           arena_printf(tp->a, "Keyword \"%s\" is not a valid type constructor.", f));
        }
        break;
    }
    default:
        t = type_error(tp, e->range, "A type specification is either a primitive type keyword "
                                     "(bool, number, string) or a complex type constructor call, "
                                     "like list(string).");
    }
    tp->depth--;
    return t;
}

Type *type_from_expr(AstExpr *e, const SourceFile *src, Arena *a, Interner *names, DiagList *diags) {
    TypeParser tp = {src, a, names, diags, 0};
    return parse_type(&tp, e, false);
}

void type_format(const Type *t, StrBuf *out) {
    if (!t) {
        sb_puts(out, "any");
        return;
    }
    switch (t->kind) {
    case TY_ANY: sb_puts(out, "any"); break;
    case TY_STRING: sb_puts(out, "string"); break;
    case TY_NUMBER: sb_puts(out, "number"); break;
    case TY_BOOL: sb_puts(out, "bool"); break;
    case TY_INVALID: sb_puts(out, "invalid"); break;
    case TY_LIST: case TY_SET: case TY_MAP:
        sb_puts(out, t->kind == TY_LIST ? "list(" : t->kind == TY_SET ? "set(" : "map(");
        type_format(t->elem, out);
        sb_putc(out, ')');
        break;
    case TY_OBJECT:
        sb_puts(out, "object({");
        for (uint32_t i = 0; i < t->attr_count; i++) {
            if (i) sb_puts(out, ", ");
            sb_printf(out, "%s = ", t->attrs[i].name);
            if (t->attrs[i].optional) sb_puts(out, "optional(");
            type_format(t->attrs[i].type, out);
            if (t->attrs[i].optional) sb_putc(out, ')');
        }
        sb_puts(out, "})");
        break;
    case TY_TUPLE:
        sb_puts(out, "tuple([");
        for (uint32_t i = 0; i < t->elem_count; i++) {
            if (i) sb_puts(out, ", ");
            type_format(t->elems[i], out);
        }
        sb_puts(out, "])");
        break;
    }
}
