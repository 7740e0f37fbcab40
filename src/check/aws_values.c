/* aws_values.c - helpers for the rules that check evaluated AWS arguments:
 * arguments by path through nested blocks, instance addresses and value
 * quoting for messages, integers and booleans out of values. */
#include "aws_values.h"

#include <stdio.h>

enum { PATH_MAX_DEPTH = 8 }; /* "rule.expiration.days" has 3 parts */

static void each_in_body(CheckCtx *ctx, const Resource *r, const AstBody *b, const char *path, AwsAttrFn fn,
                         void *data, int depth) {
    if (!b || depth > PATH_MAX_DEPTH) return;
    const char *dot = strchr(path, '.');
    if (!dot) {
        AstAttribute *at = body_attr(b, path);
        if (at) fn(ctx, r, at, data);
        return;
    }
    size_t n = (size_t)(dot - path);
    for (uint32_t i = 0; i < b->len; i++) {
        const AstItem *it = &b->items[i];
        if (!it->is_block) continue;
        const char *t = it->u.block->type;
        if (strlen(t) == n && memcmp(t, path, n) == 0)
            each_in_body(ctx, r, it->u.block->body, dot + 1, fn, data, depth + 1);
    }
}

void aws_each_attr(CheckCtx *ctx, const Resource *r, const char *path, AwsAttrFn fn, void *data) {
    each_in_body(ctx, r, r->block->body, path, fn, data, 0);
}

static void quote_into(StrBuf *sb, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            sb_putc(sb, '\\');
            sb_putc(sb, (char)c);
        } else if (c == '\n') {
            sb_puts(sb, "\\n");
        } else if (c == '\t') {
            sb_puts(sb, "\\t");
        } else if (c < 0x20 || c == 0x7f) {
            sb_printf(sb, "\\u%04x", c);
        } else {
            sb_putc(sb, (char)c);
        }
    }
}

/* Moves i back to the start of a UTF-8 sequence. */
static size_t char_start(const char *s, size_t i) {
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

const char *aws_quote(CheckCtx *ctx, const Value *v) {
    if (!v || (v->kind != V_STRING && !(v->kind == V_UNKNOWN && v->str))) return "(known after apply)";
    if (v->sensitive) return "(sensitive value)";
    StrBuf sb = {0};
    sb_putc(&sb, '"');
    size_t n = v->len;
    enum { SHOW_ALL = 160, SHOW_HEAD = 96, SHOW_TAIL = 48 };
    if (n <= SHOW_ALL) {
        quote_into(&sb, v->str, n);
    } else {
        size_t head = char_start(v->str, SHOW_HEAD), tail = char_start(v->str, n - SHOW_TAIL);
        quote_into(&sb, v->str, head);
        sb_puts(&sb, "...");
        quote_into(&sb, v->str + tail, n - tail);
    }
    sb_putc(&sb, '"');
    const char *out = arena_strndup(ctx->a, sb_cstr(&sb), strlen(sb_cstr(&sb)));
    sb_free(&sb);
    return out;
}

const char *aws_instance_address(CheckCtx *ctx, const Resource *r, const Instance *in) {
    const char *mod = ctx->m->is_root ? "" : arena_printf(ctx->a, "%s.", ctx->m->display_name);
    const Value *k = in ? in->key : NULL;
    if (!k) {
        if (r->count || r->for_each) return arena_printf(ctx->a, "%s%s[*]", mod, r->key);
        return arena_printf(ctx->a, "%s%s", mod, r->key);
    }
    if (k->kind == V_NUMBER) return arena_printf(ctx->a, "%s%s[%s]", mod, r->key, num_format(ctx->a, k));
    if (k->kind == V_STRING) {
        StrBuf sb = {0};
        quote_into(&sb, k->str, k->len);
        const char *out = arena_printf(ctx->a, "%s%s[\"%s\"]", mod, r->key, sb_cstr(&sb));
        sb_free(&sb);
        return out;
    }
    return arena_printf(ctx->a, "%s%s[*]", mod, r->key);
}

bool aws_expr_is_literal(const AstExpr *e) {
    if (!e) return false;
    switch (e->kind) {
    case AST_NULL:
    case AST_BOOL:
    case AST_NUMBER:
    case AST_STRING: return true;
    case AST_PAREN: return aws_expr_is_literal(e->u.inner);
    case AST_UNARY: return e->u.unary.op == OP_NEG && e->u.unary.operand->kind == AST_NUMBER;
    case AST_TEMPLATE:
        for (uint32_t i = 0; i < e->u.tmpl.parts.len; i++)
            if (e->u.tmpl.parts.items[i]->kind != AST_STRING) return false;
        return true;
    default: return false;
    }
}

uint32_t aws_char_count(const char *s, size_t n) {
    uint32_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

bool aws_value_int(const Value *v, int64_t *out) {
    if (!v) return false;
    if (v->kind == V_NUMBER) return num_is_integer(v) && num_to_i64(v, out);
    if (v->kind == V_STRING) {
        /* Terraform converts "128" to a number for a number argument. */
        Arena tmp;
        arena_init(&tmp);
        Value *n = val_number_text(&tmp, v->str, v->len);
        bool ok = n && num_is_integer(n) && num_to_i64(n, out);
        arena_free(&tmp);
        return ok;
    }
    return false;
}

int aws_value_bool(const Value *v) {
    if (!v || v->kind == V_NULL) return 0;
    if (v->kind == V_BOOL) return v->boolean ? 1 : 0;
    if (v->kind == V_STRING) {
        if (v->len == 4 && memcmp(v->str, "true", 4) == 0) return 1;
        if (v->len == 5 && memcmp(v->str, "false", 5) == 0) return 0;
    }
    return -1;
}
