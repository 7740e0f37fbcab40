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
        Resource *q = module_resource_key(m, r->key); /* the first of that address */
        if (q && q != r) {
            Range rr = block_decl_range(r->block), qr = block_decl_range(q->block);
            const char *kind = r->mode == MODE_MANAGED ? "resource" : r->mode == MODE_DATA ? "data" : "ephemeral";
            report_dup(ctx, r->file, rr, arena_printf(ctx->a, "Duplicate %s \"%s\" configuration", kind, r->type),
                       arena_printf(ctx->a, "A %s %s named \"%s\" was already declared at %s. Resource names must be "
                                            "unique per type in each module.",
                                    r->type, r->mode == MODE_MANAGED ? "resource" : r->mode == MODE_DATA ? "data resource"
                                                                                          : "ephemeral resource",
                                    r->name, ctx_range_text(ctx, q->file, qr)));
        }
    }
    for (uint32_t i = 0; i < m->variables.len; i++) {
        Variable *v = &m->variables.data[i], *q = module_variable(m, v->name);
        if (q && q != v) {
                report_dup(ctx, v->file, block_decl_range(v->block), "Duplicate variable declaration",
                           arena_printf(ctx->a, "A variable named \"%s\" was already declared at %s. Variable "
                                                "names must be unique within a module.",
                                        v->name, ctx_range_text(ctx, q->file, block_decl_range(q->block))));
        }
    }
    for (uint32_t i = 0; i < m->outputs.len; i++) {
        Output *o = &m->outputs.data[i], *q = module_output(m, o->name);
        if (q && q != o) {
                report_dup(ctx, o->file, block_decl_range(o->block), "Duplicate output definition",
                           arena_printf(ctx->a, "An output named \"%s\" was already defined at %s. Output names "
                                                "must be unique within a module.",
                                        o->name, ctx_range_text(ctx, q->file, block_decl_range(q->block))));
        }
    }
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *c = m->calls.data[i], *q = module_call(m, c->name);
        if (q && q != c) {
                report_dup(ctx, c->file, block_decl_range(c->block), "Duplicate module call",
                           arena_printf(ctx->a, "A module call named \"%s\" was already defined at %s. Module "
                                                "calls must have unique names within a module.",
                                        c->name, ctx_range_text(ctx, q->file, block_decl_range(q->block))));
        }
    }
    for (uint32_t i = 0; i < m->locals.len; i++) {
        Local *l = &m->locals.data[i], *q = module_local(m, l->name);
        if (q && q != l) {
            report_dup(ctx, l->file, l->attr->name_range, "Duplicate local value definition",
                       arena_printf(ctx->a, "A local value named \"%s\" was already defined at %s. Local value "
                                            "names must be unique within a module.",
                                    l->name, ctx_range_text(ctx, q->file, q->attr->range)));
        }
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
