/* policy.c - data "aws_iam_policy_document" evaluated as the AWS provider
 * renders it (json.MarshalIndent of its policy model): Version, Id and the
 * Statement list with Sid, Effect, Action, NotAction, Resource, NotResource,
 * Principal, NotPrincipal and Condition; a list of one string is written as
 * the string, longer lists in reverse string order as the provider sorts
 * them.  When anything it needs is unknown (or it merges other documents,
 * or builds statements with dynamic blocks) "json" is unknown. */
#include "eval_int.h"

#include <stdlib.h>
#include <string.h>

typedef Vec(const char *) StrVec;

typedef struct Doc {
    Evaluator *ev;
    Module *m;
    const Instance *in;
    StrBuf sb;
    bool unknown;
} Doc;

static void json_str(StrBuf *sb, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    sb_putc(sb, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            sb_putc(sb, '\\');
            sb_putc(sb, (char)c);
        } else if (c == '\n') sb_puts(sb, "\\n");
        else if (c == '\r') sb_puts(sb, "\\r");
        else if (c == '\t') sb_puts(sb, "\\t");
        else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            sb_puts(sb, "\\u00");
            sb_putc(sb, hex[c >> 4]);
            sb_putc(sb, hex[c & 15]);
        } else sb_putc(sb, (char)c);
    }
    sb_putc(sb, '"');
}

static void indent(StrBuf *sb, int depth) {
    sb_putc(sb, '\n');
    for (int i = 0; i < depth; i++) sb_puts(sb, "  ");
}

static int cmp_desc(const void *a, const void *b) {
    return -strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A list of strings from an argument value (list, set or tuple of known
 * strings); false when unknown or not such a list. */
static bool strings_of(Doc *d, const AstAttribute *at, StrVec *out) {
    Value *v = eval_expr(d->ev, d->m, at->src, at->expr, d->in ? d->in->scope : NULL);
    if (!val_is_wholly_known(v)) return false;
    if (v->kind == V_STRING) {
        vec_push(out, v->str);
        return true;
    }
    if (!val_is_sequence(v)) return false;
    for (uint32_t i = 0; i < v->count; i++) {
        const char *why;
        const char *s = val_to_string(d->ev->a, v->items[i], &why);
        if (!s) return false;
        bool dup = false;
        for (uint32_t k = 0; k < out->len; k++) dup |= strcmp(out->data[k], s) == 0;
        if (!dup) vec_push(out, s);
    }
    return true;
}

/* `"Key": "one"` or `"Key": [ ...reverse sorted... ]` */
static void write_list(Doc *d, StrVec *l, int depth) {
    StrBuf *sb = &d->sb;
    if (l->len == 1) {
        json_str(sb, l->data[0], strlen(l->data[0]));
        return;
    }
    qsort(l->data, l->len, sizeof(const char *), cmp_desc);
    sb_putc(sb, '[');
    for (uint32_t i = 0; i < l->len; i++) {
        indent(sb, depth + 1);
        json_str(sb, l->data[i], strlen(l->data[i]));
        if (i + 1 < l->len) sb_putc(sb, ',');
    }
    indent(sb, depth);
    sb_putc(sb, ']');
}

static bool string_arg(Doc *d, const AstBody *b, const char *name, const char **out) {
    AstAttribute *at = body_attr(b, name);
    *out = NULL;
    if (!at) return true;
    Value *v = eval_expr(d->ev, d->m, at->src, at->expr, d->in ? d->in->scope : NULL);
    if (v->kind == V_NULL) return true;
    const char *why;
    if (v->kind == V_UNKNOWN || !(*out = val_to_string(d->ev->a, v, &why))) return false;
    return true;
}

static void key(Doc *d, bool *first, const char *k, int depth) {
    if (!*first) sb_putc(&d->sb, ',');
    *first = false;
    indent(&d->sb, depth);
    json_str(&d->sb, k, strlen(k));
    sb_puts(&d->sb, ": ");
}

static void list_field(Doc *d, const AstBody *b, const char *arg, const char *json_key, bool *first, int depth) {
    AstAttribute *at = body_attr(b, arg);
    if (!at) return;
    StrVec l = {0};
    if (!strings_of(d, at, &l)) d->unknown = true;
    else if (l.len) {
        key(d, first, json_key, depth);
        write_list(d, &l, depth);
    }
    vec_free(&l);
}

/* principals / not_principals blocks: {"Type": ids} ("*" alone for type "*") */
static void principals(Doc *d, const AstBody *b, const char *block, const char *json_key, bool *first, int depth) {
    StrVec types = {0};
    Vec(const AstBlock *) blocks = {0};
    for (uint32_t i = 0; i < b->len; i++)
        if (b->items[i].is_block && strcmp(b->items[i].u.block->type, block) == 0) vec_push(&blocks, b->items[i].u.block);
    if (!blocks.len) {
        vec_free(&types);
        vec_free(&blocks);
        return;
    }
    /* type -> identifiers, merged when a type repeats */
    StrVec ids[16];
    memset(ids, 0, sizeof ids);
    bool star = false;
    for (uint32_t i = 0; i < blocks.len && !d->unknown; i++) {
        const char *type;
        AstAttribute *ia = body_attr(blocks.data[i]->body, "identifiers");
        if (!string_arg(d, blocks.data[i]->body, "type", &type) || !type || !ia) {
            d->unknown = true;
            break;
        }
        uint32_t k = 0;
        while (k < types.len && strcmp(types.data[k], type) != 0) k++;
        if (k == types.len) {
            if (k == 16) {
                d->unknown = true;
                break;
            }
            vec_push(&types, type);
        }
        if (!strings_of(d, ia, &ids[k])) d->unknown = true;
    }
    if (!d->unknown) {
        key(d, first, json_key, depth);
        if (types.len == 1 && strcmp(types.data[0], "*") == 0 && ids[0].len == 1 && strcmp(ids[0].data[0], "*") == 0)
            star = true;
        if (star) {
            sb_puts(&d->sb, "\"*\"");
        } else {
            /* map keys in Go's sorted order */
            uint32_t order[16];
            for (uint32_t i = 0; i < types.len; i++) order[i] = i;
            for (uint32_t i = 1; i < types.len; i++)
                for (uint32_t j = i; j > 0 && strcmp(types.data[order[j - 1]], types.data[order[j]]) > 0; j--) {
                    uint32_t t = order[j];
                    order[j] = order[j - 1];
                    order[j - 1] = t;
                }
            sb_putc(&d->sb, '{');
            bool f2 = true;
            for (uint32_t i = 0; i < types.len; i++) {
                key(d, &f2, types.data[order[i]], depth + 1);
                write_list(d, &ids[order[i]], depth + 1);
            }
            indent(&d->sb, depth);
            sb_putc(&d->sb, '}');
        }
    }
    for (uint32_t i = 0; i < 16; i++) vec_free(&ids[i]);
    vec_free(&types);
    vec_free(&blocks);
}

/* condition blocks: {"Test": {"variable": values}} */
static void conditions(Doc *d, const AstBody *b, bool *first, int depth) {
    typedef struct Cond {
        const char *test, *var;
        StrVec vals;
    } Cond;
    Vec(Cond) cs = {0};
    for (uint32_t i = 0; i < b->len && !d->unknown; i++) {
        if (!b->items[i].is_block || strcmp(b->items[i].u.block->type, "condition") != 0) continue;
        const AstBody *cb = b->items[i].u.block->body;
        Cond c;
        memset(&c, 0, sizeof c);
        AstAttribute *va = body_attr(cb, "values");
        if (!string_arg(d, cb, "test", &c.test) || !string_arg(d, cb, "variable", &c.var) || !c.test || !c.var || !va ||
            !strings_of(d, va, &c.vals)) {
            vec_free(&c.vals);
            d->unknown = true;
            break;
        }
        vec_push(&cs, c);
    }
    if (!d->unknown && cs.len) {
        key(d, first, "Condition", depth);
        sb_putc(&d->sb, '{');
        bool ft = true;
        /* tests in sorted order, each with its variables in sorted order */
        StrVec tests = {0};
        for (uint32_t i = 0; i < cs.len; i++) {
            bool seen = false;
            for (uint32_t k = 0; k < tests.len; k++) seen |= strcmp(tests.data[k], cs.data[i].test) == 0;
            if (!seen) vec_push(&tests, cs.data[i].test);
        }
        qsort(tests.data, tests.len, sizeof(const char *), cmp_desc);
        for (uint32_t t = tests.len; t-- > 0;) {
            key(d, &ft, tests.data[t], depth + 1);
            sb_putc(&d->sb, '{');
            bool fv = true;
            Vec(uint32_t) idx = {0};
            for (uint32_t i = 0; i < cs.len; i++)
                if (strcmp(cs.data[i].test, tests.data[t]) == 0) vec_push(&idx, i);
            for (uint32_t i = 1; i < idx.len; i++)
                for (uint32_t j = i; j > 0 && strcmp(cs.data[idx.data[j - 1]].var, cs.data[idx.data[j]].var) > 0; j--) {
                    uint32_t x = idx.data[j];
                    idx.data[j] = idx.data[j - 1];
                    idx.data[j - 1] = x;
                }
            for (uint32_t i = 0; i < idx.len; i++) {
                Cond *c = &cs.data[idx.data[i]];
                key(d, &fv, c->var, depth + 2);
                write_list(d, &c->vals, depth + 2);
            }
            vec_free(&idx);
            indent(&d->sb, depth + 1);
            sb_putc(&d->sb, '}');
        }
        vec_free(&tests);
        indent(&d->sb, depth);
        sb_putc(&d->sb, '}');
    }
    for (uint32_t i = 0; i < cs.len; i++) vec_free(&cs.data[i].vals);
    vec_free(&cs);
}

static void statement(Doc *d, const AstBody *b, int depth) {
    StrBuf *sb = &d->sb;
    sb_putc(sb, '{');
    bool first = true;
    const char *sid, *effect;
    if (!string_arg(d, b, "sid", &sid) || !string_arg(d, b, "effect", &effect)) {
        d->unknown = true;
        return;
    }
    if (sid && *sid) {
        key(d, &first, "Sid", depth + 1);
        json_str(sb, sid, strlen(sid));
    }
    key(d, &first, "Effect", depth + 1);
    json_str(sb, effect ? effect : "Allow", strlen(effect ? effect : "Allow"));
    list_field(d, b, "actions", "Action", &first, depth + 1);
    list_field(d, b, "not_actions", "NotAction", &first, depth + 1);
    list_field(d, b, "resources", "Resource", &first, depth + 1);
    list_field(d, b, "not_resources", "NotResource", &first, depth + 1);
    principals(d, b, "principals", "Principal", &first, depth + 1);
    principals(d, b, "not_principals", "NotPrincipal", &first, depth + 1);
    conditions(d, b, &first, depth + 1);
    indent(sb, depth);
    sb_putc(sb, '}');
}

/* Go's compact form of the indented JSON: whitespace outside strings removed. */
static Value *minify(Arena *a, const char *s, size_t n) {
    StrBuf sb = {0};
    bool in_str = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_str) {
            sb_putc(&sb, c);
            if (c == '\\' && i + 1 < n) sb_putc(&sb, s[++i]);
            else if (c == '"') in_str = false;
        } else if (c == '"') {
            in_str = true;
            sb_putc(&sb, c);
        } else if (c != ' ' && c != '\n') {
            sb_putc(&sb, c);
        }
    }
    Value *v = val_string_raw(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return v;
}

Value *policy_document_value(Evaluator *ev, Module *m, Resource *r, const Instance *in) {
    Arena *a = ev->a;
    const AstBody *b = r->block->body;
    Doc d = {ev, m, in, {0}, false};
    const char *version, *id;
    if (!string_arg(&d, b, "version", &version) || !string_arg(&d, b, "policy_id", &id)) d.unknown = true;
    if (body_attr(b, "source_policy_documents") || body_attr(b, "override_policy_documents") ||
        body_attr(b, "source_json") || body_attr(b, "override_json"))
        d.unknown = true;
    for (uint32_t i = 0; i < b->len; i++)
        if (b->items[i].is_block && strcmp(b->items[i].u.block->type, "dynamic") == 0) d.unknown = true;
    if (!d.unknown) {
        sb_putc(&d.sb, '{');
        bool first = true;
        key(&d, &first, "Version", 1);
        const char *ver = version ? version : "2012-10-17";
        json_str(&d.sb, ver, strlen(ver));
        if (id && *id) {
            key(&d, &first, "Id", 1);
            json_str(&d.sb, id, strlen(id));
        }
        uint32_t ns = 0;
        for (uint32_t i = 0; i < b->len; i++)
            ns += b->items[i].is_block && strcmp(b->items[i].u.block->type, "statement") == 0;
        if (ns) {
            key(&d, &first, "Statement", 1);
            sb_putc(&d.sb, '[');
            uint32_t k = 0;
            for (uint32_t i = 0; i < b->len && !d.unknown; i++) {
                if (!b->items[i].is_block || strcmp(b->items[i].u.block->type, "statement") != 0) continue;
                indent(&d.sb, 2);
                statement(&d, b->items[i].u.block->body, 2);
                if (++k < ns) sb_putc(&d.sb, ',');
            }
            indent(&d.sb, 1);
            sb_putc(&d.sb, ']');
        }
        indent(&d.sb, 0);
        sb_putc(&d.sb, '}');
    }
    const char *keys[3] = {"id", "json", "minified_json"};
    Value *vals[3];
    if (d.unknown) {
        vals[0] = vals[1] = vals[2] = val_unknown(a, &type_string);
    } else {
        vals[1] = val_string_raw(a, d.sb.data, d.sb.len);
        vals[2] = minify(a, d.sb.data, d.sb.len);
        vals[0] = val_unknown(a, &type_string);
    }
    sb_free(&d.sb);
    Value *v = val_object(a, keys, vals, 3);
    v->open = true;
    return v;
}
