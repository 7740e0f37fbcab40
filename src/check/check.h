/* check.h - the rules: a registry of every diagnostic tfcheck can produce,
 * and the pass that runs the module-level rules over a ModuleTree. */
#ifndef TFCHECK_CHECK_H
#define TFCHECK_CHECK_H

#include "../base/base.h"
#include "../config/config.h"

typedef struct CheckCtx CheckCtx;

typedef struct Rule {
    const char *id;            /* stable, kebab-case */
    Severity severity;
    const char *class_id;      /* catalogue class: S1 ... O1 */
    const char *summary;       /* one line: what it finds */
    const char *explanation;   /* one paragraph: why it matters, how to fix */
    const char *stage;         /* what emits it: "parser", "loader", "module" */
    void (*check)(CheckCtx *ctx); /* module-level check, NULL when another stage emits it */
} Rule;

/* Every rule, in id order. */
const Rule *const *rules_all(size_t *count);
const Rule *rule_find(const char *id);

/* Runs every module-level rule over every module of the tree. */
void check_tree(ModuleTree *tree, Arena *a, Interner *names, DiagList *diags);

#endif
