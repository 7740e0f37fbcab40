/* check.c - the rule registry (generated from rules.def) and the pass that
 * runs every module-level rule over every module of a tree. */
#include "check_int.h"

#include <string.h>

#define RULE(n) extern const Rule rule_##n;
#include "rules.def"
#undef RULE

static const Rule *const registry[] = {
#define RULE(n) &rule_##n,
#include "rules.def"
#undef RULE
};

const Rule *const *rules_all(size_t *count) {
    *count = sizeof registry / sizeof registry[0];
    return registry;
}

const Rule *rule_find(const char *id) {
    for (size_t i = 0; i < sizeof registry / sizeof registry[0]; i++)
        if (strcmp(registry[i]->id, id) == 0) return registry[i];
    return NULL;
}

Diag *ctx_report(CheckCtx *ctx, const SourceFile *f, Range r, const char *summary) {
    return diag_add(ctx->diags, ctx->rule->severity, ctx->rule->id, ctx->rule->class_id, f, r, summary);
}

const char *ctx_range_text(CheckCtx *ctx, const SourceFile *f, Range r) {
    Pos a = source_pos(f, r.start), b = source_pos(f, r.end);
    if (a.line == b.line)
        return arena_printf(ctx->a, "%s:%u,%u-%u", f->path, a.line, a.column, b.column);
    return arena_printf(ctx->a, "%s:%u,%u-%u,%u", f->path, a.line, a.column, b.line, b.column);
}

const char *did_you_mean(const char *name, const char *const *cands, size_t n) {
    const char *best = NULL;
    size_t len = strlen(name);
    size_t limit = len < 4 ? 1 : len / 3 + 1; /* close enough to be a typo */
    size_t bd = limit + 1;
    for (size_t i = 0; i < n; i++) {
        if (!cands[i] || strcmp(cands[i], name) == 0) continue;
        size_t d = str_edit_distance(name, cands[i]);
        if (d < bd) {
            bd = d;
            best = cands[i];
        }
    }
    return best;
}

Range block_decl_range(const AstBlock *b) {
    Range r = b->type_range;
    if (b->label_count) r.end = b->labels[b->label_count - 1].range.end;
    return r;
}

void check_tree(ModuleTree *tree, Arena *a, Interner *names, DiagList *diags, const CheckOptions *opts,
                SchemaSelection *sel_out) {
    SchemaSelection *sel = arena_alloc(a, sizeof *sel);
    schema_select(tree, a, opts, sel);
    if (sel_out) *sel_out = *sel;
    EvalOptions eo = {opts ? opts->workspace : NULL, opts ? opts->vars : NULL, opts ? opts->var_count : 0, true, false};
    Evaluator *ev = evaluator_new(tree, a, names, diags, &eo);
    for (uint32_t i = 0; i < tree->modules.len; i++) {
        RefIndex ix;
        memset(&ix, 0, sizeof ix);
        Module *m = tree->modules.data[i];
        if (m->remote) continue; /* not the user's code: only its interface is used */
        /* A module with syntax errors, or with Terraform JSON files tfcheck
         * cannot read yet, is only partly known: like terraform, which stops
         * at syntax errors, run no module-level rule on it (no cascades). */
        if (m->has_syntax_errors || m->has_unread_json) continue;
        refindex_build(m, names, &ix);
        CheckCtx ctx = {tree, m, a, names, diags, NULL, &ix, sel, ev, opts, {0}};
        for (size_t r = 0; r < sizeof registry / sizeof registry[0]; r++) {
            if (!registry[r]->check) continue;
            ctx.rule = registry[r];
            registry[r]->check(&ctx);
            ptrmap_free(&ctx.memo);
        }
        refindex_free(&ix);
    }
    evaluator_free(ev);
}
