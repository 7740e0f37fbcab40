/* unexpected_module_input.c - R1: a module block that sets an argument the
 * called module does not declare as a variable. */
#include "../check_int.h"

static const char *const meta[] = {"source", "version", "count", "for_each", "providers", "depends_on"};

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *c = m->calls.data[i];
        Module *child = call_child_known(c);
        if (!child) continue;
        for (uint32_t k = 0; k < c->block->body->len; k++) {
            AstItem *it = &c->block->body->items[k];
            if (it->is_block) continue;
            const char *n = it->u.attr->name;
            bool is_meta = false;
            for (size_t j = 0; j < sizeof meta / sizeof meta[0]; j++)
                if (strcmp(n, meta[j]) == 0) is_meta = true;
            if (is_meta || module_variable(child, n)) continue;
            Diag *d = ctx_report(ctx, it->u.attr->src, it->u.attr->name_range, "Unsupported argument");
            d->detail = arena_printf(ctx->a, "An argument named \"%s\" is not expected here: module \"%s\" (%s) "
                                             "declares no variable with that name.",
                                     n, c->name, child->dir);
            const char **cands = ARENA_ARRAY(ctx->a, const char *, child->variables.len + 1);
            for (uint32_t j = 0; j < child->variables.len; j++) cands[j] = child->variables.data[j].name;
            const char *s = did_you_mean(n, cands, child->variables.len);
            if (s) d->hint = arena_printf(ctx->a, "Did you mean \"%s\"?", s);
        }
    }
}

const Rule rule_unexpected_module_input = {
    "unexpected-module-input", SEV_ERROR, "R1", "Module calls that set inputs the module does not have",
    "Each argument of a module block (other than source, version, count, for_each, providers and "
    "depends_on) must match a variable the called module declares. A misspelt or removed input "
    "makes `terraform validate` fail with \"Unsupported argument\"; tfcheck names the closest "
    "declared variable.",
    "module", check};
