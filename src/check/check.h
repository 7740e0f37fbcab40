/* check.h - the rules: a registry of every diagnostic tfcheck can produce,
 * and the pass that runs the module-level rules over a ModuleTree. */
#ifndef TFCHECK_CHECK_H
#define TFCHECK_CHECK_H

#include "../base/base.h"
#include "../config/config.h"
#include "../schema/schema.h"

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

typedef struct CheckOptions {
    const char **forced;     /* --provider-version NAME=VERSION, e.g. "aws=5" */
    uint32_t forced_count;
    const char **vars;       /* --var NAME=VALUE, for the evaluator */
    uint32_t var_count;
    const char *workspace;   /* --workspace (terraform.workspace), NULL: "default" */
    const char **env_suffix_vars; /* --env-suffix-var NAME (default: environment_suffix) */
    uint32_t env_suffix_count;
} CheckOptions;

/* The embedded provider schema a source is checked against. */
typedef struct SchemaChoice {
    const char *source;          /* "hashicorp/aws" */
    SchemaProviderId provider;   /* the version used */
    SchemaProviderId previous;   /* the newest embedded version of an older major, or -1 */
    const char *why;             /* how it was chosen, for --verbose */
} SchemaChoice;

enum { SCHEMA_SELECTION_MAX = 32 };
typedef struct SchemaSelection {
    SchemaChoice items[SCHEMA_SELECTION_MAX];
    uint32_t count;
} SchemaSelection;

/* Chooses the schema version of every provider the tree uses. */
void schema_select(ModuleTree *tree, Arena *a, const CheckOptions *opts, SchemaSelection *out);
const SchemaChoice *schema_choice(const SchemaSelection *sel, const char *source);
/* "hashicorp/aws" for a provider source as written (NULL: implied by the local name). */
const char *provider_source_key(Arena *a, const char *source, const char *local_name);
/* The source a module's local provider name stands for. */
const char *module_provider_source(Module *m, Arena *a, const char *local_name);

/* Runs every module-level rule over every module of the tree.  opts may be
 * NULL; sel (may be NULL) receives the provider versions used. */
void check_tree(ModuleTree *tree, Arena *a, Interner *names, DiagList *diags, const CheckOptions *opts,
                SchemaSelection *sel);

#endif
