/* duplicate_declaration.c - S4: a resource, data source, variable, output,
 * module call or local value declared twice in one module. */
#include "../check_int.h"

static void report_dup(CheckCtx *ctx, const SourceFile *f, Range r, const char *summary, const char *detail) {
    Diag *d = ctx_report(ctx, f, r, summary);
    d->detail = detail;
    d->hint = "Rename one of the two, or delete the copy.";
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *r = &m->resources.data[i];
        for (uint32_t k = 0; k < i; k++) {
            Resource *q = &m->resources.data[k];
            if (q->key != r->key) continue;
            Range rr = block_decl_range(r->block), qr = block_decl_range(q->block);
            if (r->mode == MODE_MANAGED)
                report_dup(ctx, r->file, rr, arena_printf(ctx->a, "Duplicate resource \"%s\" configuration", r->type),
                           arena_printf(ctx->a, "A %s resource named \"%s\" was already declared at %s. Resource "
                                                "names must be unique per type in each module.",
                                        r->type, r->name, ctx_range_text(ctx, q->file, qr)));
            else
                report_dup(ctx, r->file, rr, arena_printf(ctx->a, "Duplicate data \"%s\" configuration", r->type),
                           arena_printf(ctx->a, "A %s data resource named \"%s\" was already declared at %s. "
                                                "Resource names must be unique per type in each module.",
                                        r->type, r->name, ctx_range_text(ctx, q->file, qr)));
            break;
        }
    }
    for (uint32_t i = 0; i < m->variables.len; i++)
        for (uint32_t k = 0; k < i; k++)
            if (m->variables.data[k].name == m->variables.data[i].name) {
                Variable *v = &m->variables.data[i], *q = &m->variables.data[k];
                report_dup(ctx, v->file, block_decl_range(v->block), "Duplicate variable declaration",
                           arena_printf(ctx->a, "A variable named \"%s\" was already declared at %s. Variable "
                                                "names must be unique within a module.",
                                        v->name, ctx_range_text(ctx, q->file, block_decl_range(q->block))));
                break;
            }
    for (uint32_t i = 0; i < m->outputs.len; i++)
        for (uint32_t k = 0; k < i; k++)
            if (m->outputs.data[k].name == m->outputs.data[i].name) {
                Output *o = &m->outputs.data[i], *q = &m->outputs.data[k];
                report_dup(ctx, o->file, block_decl_range(o->block), "Duplicate output definition",
                           arena_printf(ctx->a, "An output named \"%s\" was already defined at %s. Output names "
                                                "must be unique within a module.",
                                        o->name, ctx_range_text(ctx, q->file, block_decl_range(q->block))));
                break;
            }
    for (uint32_t i = 0; i < m->calls.len; i++)
        for (uint32_t k = 0; k < i; k++)
            if (m->calls.data[k]->name == m->calls.data[i]->name) {
                ModuleCall *c = m->calls.data[i], *q = m->calls.data[k];
                report_dup(ctx, c->file, block_decl_range(c->block), "Duplicate module call",
                           arena_printf(ctx->a, "A module call named \"%s\" was already defined at %s. Module "
                                                "calls must have unique names within a module.",
                                        c->name, ctx_range_text(ctx, q->file, block_decl_range(q->block))));
                break;
            }
    for (uint32_t i = 0; i < m->locals.len; i++)
        for (uint32_t k = 0; k < i; k++) {
            Local *l = &m->locals.data[i], *q = &m->locals.data[k];
            if (q->name != l->name) continue;
            /* two in one locals block are a syntax error already ("Attribute redefined") */
            if (q->file == l->file && q->attr->range.start < l->attr->range.start) {
                bool same_block = false;
                for (uint32_t f = 0; f < m->files.len && !same_block; f++) {
                    AstFile *af = m->files.data[f].ast;
                    for (uint32_t b = 0; b < af->body->len; b++) {
                        AstItem *it = &af->body->items[b];
                        if (it->is_block && it->u.block->range.start <= q->attr->range.start &&
                            l->attr->range.end <= it->u.block->range.end && af->src == l->file)
                            same_block = true;
                    }
                }
                if (same_block) break;
            }
            report_dup(ctx, l->file, l->attr->name_range, "Duplicate local value definition",
                       arena_printf(ctx->a, "A local value named \"%s\" was already defined at %s. Local value "
                                            "names must be unique within a module.",
                                    l->name, ctx_range_text(ctx, q->file, q->attr->range)));
            break;
        }
}

const Rule rule_duplicate_declaration = {
    "duplicate-declaration", SEV_ERROR, "S4", "Names declared twice in one module",
    "Within one module, resource names must be unique per type (and data source names per data "
    "source type), and variable, output, module call and local value names must be unique. A "
    "second declaration, often left when a block is copied into another file or when generated "
    "code is appended to a module, makes `terraform validate` fail with \"Duplicate ... "
    "configuration\". tfcheck reports the second declaration and names the first.",
    "module", check};
