/* dump.c - renders a syntax tree as an S-expression.
 *
 * Used by the parser's unit tests to assert structure (precedence, splats,
 * template directives) without depending on any later stage.
 */
#include "hcl.h"

#include <string.h>

static void dump_expr(const AstExpr *e, StrBuf *out);

static void dump_list(const char *tag, ExprList l, StrBuf *out) {
    sb_printf(out, "(%s", tag);
    for (uint32_t i = 0; i < l.len; i++) {
        sb_putc(out, ' ');
        dump_expr(l.items[i], out);
    }
    sb_putc(out, ')');
}

static void dump_string(const char *s, uint32_t n, StrBuf *out) {
    sb_putc(out, '"');
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { sb_putc(out, '\\'); sb_putc(out, (char)c); }
        else if (c == '\n') sb_puts(out, "\\n");
        else if (c == '\r') sb_puts(out, "\\r");
        else if (c == '\t') sb_puts(out, "\\t");
        else if (c < 0x20) sb_printf(out, "\\x%02x", c);
        else sb_putc(out, (char)c);
    }
    sb_putc(out, '"');
}

static void dump_expr(const AstExpr *e, StrBuf *out) {
    if (!e) { sb_puts(out, "nil"); return; }
    switch (e->kind) {
    case AST_INVALID: sb_puts(out, "invalid"); break;
    case AST_NULL: sb_puts(out, "null"); break;
    case AST_BOOL: sb_puts(out, e->u.boolean ? "true" : "false"); break;
    case AST_NUMBER: sb_append(out, e->u.number.text, e->u.number.len); break;
    case AST_STRING: dump_string(e->u.string.text, e->u.string.len, out); break;
    case AST_TEMPLATE:
        dump_list(e->u.tmpl.heredoc ? (e->u.tmpl.flush ? "heredoc-" : "heredoc")
                                    : (e->u.tmpl.wrap ? "wrap" : "template"),
                  e->u.tmpl.parts, out);
        break;
    case AST_TEMPLATE_IF:
        sb_puts(out, "(%if ");
        dump_expr(e->u.tif->cond, out);
        sb_putc(out, ' ');
        dump_list("then", e->u.tif->then_parts, out);
        sb_putc(out, ' ');
        dump_list("else", e->u.tif->else_parts, out);
        sb_putc(out, ')');
        break;
    case AST_TEMPLATE_FOR:
        sb_printf(out, "(%%for %s %s ", e->u.tfor->key_var ? e->u.tfor->key_var : "_", e->u.tfor->value_var);
        dump_expr(e->u.tfor->coll, out);
        sb_putc(out, ' ');
        dump_list("body", e->u.tfor->body, out);
        sb_putc(out, ')');
        break;
    case AST_VARIABLE: sb_puts(out, e->u.name); break;
    case AST_GETATTR:
        sb_puts(out, "(. ");
        dump_expr(e->u.attr.obj, out);
        sb_printf(out, " %s)", e->u.attr.name);
        break;
    case AST_INDEX:
        sb_puts(out, e->u.index.legacy ? "(.idx " : "([] ");
        dump_expr(e->u.index.obj, out);
        sb_putc(out, ' ');
        dump_expr(e->u.index.key, out);
        sb_putc(out, ')');
        break;
    case AST_SPLAT:
        sb_puts(out, e->u.splat.full ? "([*] " : "(.* ");
        dump_expr(e->u.splat.source, out);
        sb_putc(out, ' ');
        dump_expr(e->u.splat.each, out);
        sb_putc(out, ')');
        break;
    case AST_SPLAT_ITEM: sb_puts(out, "@"); break;
    case AST_CALL:
        sb_printf(out, "(call %s", e->u.call.name);
        for (uint32_t i = 0; i < e->u.call.args.len; i++) {
            sb_putc(out, ' ');
            dump_expr(e->u.call.args.items[i], out);
        }
        if (e->flags & AEF_EXPAND_FINAL) sb_puts(out, " ...");
        sb_putc(out, ')');
        break;
    case AST_CONDITIONAL:
        sb_puts(out, "(? ");
        dump_expr(e->u.cond.cond, out);
        sb_putc(out, ' ');
        dump_expr(e->u.cond.then_expr, out);
        sb_putc(out, ' ');
        dump_expr(e->u.cond.else_expr, out);
        sb_putc(out, ')');
        break;
    case AST_BINARY:
        sb_printf(out, "(%s ", binary_op_text(e->u.binary.op));
        dump_expr(e->u.binary.lhs, out);
        sb_putc(out, ' ');
        dump_expr(e->u.binary.rhs, out);
        sb_putc(out, ')');
        break;
    case AST_UNARY:
        sb_puts(out, e->u.unary.op == OP_NOT ? "(! " : "(neg ");
        dump_expr(e->u.unary.operand, out);
        sb_putc(out, ')');
        break;
    case AST_TUPLE: dump_list("tuple", e->u.items, out); break;
    case AST_OBJECT:
        sb_puts(out, "(object");
        for (uint32_t i = 0; i < e->u.object.len; i++) {
            const ObjectItem *it = &e->u.object.items[i];
            sb_puts(out, it->key_literal ? " (k " : " (e ");
            dump_expr(it->key, out);
            sb_putc(out, ' ');
            dump_expr(it->value, out);
            sb_putc(out, ')');
        }
        sb_putc(out, ')');
        break;
    case AST_FOR:
        sb_printf(out, "(for%s %s %s ", e->u.forx->is_object ? "{}" : "[]",
                  e->u.forx->key_var ? e->u.forx->key_var : "_", e->u.forx->value_var);
        dump_expr(e->u.forx->coll, out);
        sb_putc(out, ' ');
        dump_expr(e->u.forx->key_expr, out);
        sb_putc(out, ' ');
        dump_expr(e->u.forx->value_expr, out);
        sb_putc(out, ' ');
        dump_expr(e->u.forx->cond, out);
        if (e->u.forx->group) sb_puts(out, " ...");
        sb_putc(out, ')');
        break;
    case AST_PAREN:
        sb_puts(out, "(paren ");
        dump_expr(e->u.inner, out);
        sb_putc(out, ')');
        break;
    }
}

static void dump_body(const AstBody *b, StrBuf *out, int indent) {
    for (uint32_t i = 0; i < b->len; i++) {
        const AstItem *it = &b->items[i];
        for (int k = 0; k < indent; k++) sb_puts(out, "  ");
        if (!it->is_block) {
            sb_printf(out, "%s = ", it->u.attr->name);
            dump_expr(it->u.attr->expr, out);
            sb_putc(out, '\n');
            continue;
        }
        const AstBlock *blk = it->u.block;
        sb_puts(out, blk->type);
        for (uint32_t l = 0; l < blk->label_count; l++) {
            sb_putc(out, ' ');
            if (blk->labels[l].quoted) dump_string(blk->labels[l].value, (uint32_t)strlen(blk->labels[l].value), out);
            else sb_puts(out, blk->labels[l].value);
        }
        sb_puts(out, " {\n");
        dump_body(blk->body, out, indent + 1);
        for (int k = 0; k < indent; k++) sb_puts(out, "  ");
        sb_puts(out, "}\n");
    }
}

void hcl_dump(const AstFile *f, StrBuf *out) { dump_body(f->body, out, 0); }
