/* eval_int.h - what the evaluator's files share: the Evaluator, the context
 * an expression is evaluated in, and the symbol tables (symbols.c). */
#ifndef TFCHECK_EVAL_INT_H
#define TFCHECK_EVAL_INT_H

#include "eval.h"

struct Evaluator {
    ModuleTree *tree;
    Arena *a;                 /* where values are built now: keep, or scratch */
    Arena *keep;              /* the run's arena: cached values, recorded errors */
    Arena scratch;            /* eval_module's per-argument arena */
    Interner *names;
    DiagList *diags;
    EvalOptions opts;
    PtrMap cache;             /* variables, locals, outputs, resources, module calls -> Value (or busy) */
    int suppress;             /* inside try/can/templatefile: errors are not reported */
    int depth;                /* eval_node nesting, bounded */
    uint32_t errors;          /* evaluation errors so far */
    const char *last_summary, *last_detail;
    Range last_range;
    const SourceFile *last_file;
    Vec(EvalError) recorded;  /* errors outside try/can, first per place */
    uint32_t computed;        /* unknowns met that only apply decides */
    bool instance_key_error;  /* the error being reported is about a resource's instance key */
    bool instances_attr_error; /* ... about an attribute of a resource's instance collection */
    PtrMap evaluated;         /* modules eval_module has walked */
    PtrMap sigs;              /* FuncDef -> its parsed parameters (funcs.c) */
};

typedef struct Ctx {
    Evaluator *ev;
    Module *m;                /* NULL inside templatefile */
    const SourceFile *f;      /* where the expression is written */
    const Scope *s;
    int depth;                /* templatefile nesting */
} Ctx;

Value *eval_node(Ctx *c, const AstExpr *e);
Value *eval_error(Ctx *c, Range r, const char *summary, const char *detail);
Scope *scope_push(Arena *a, const Scope *parent, const char *name, Value *v);
Value *value_getattr(Ctx *c, Value *obj, const char *name, Range r);

Value *cache_get(Evaluator *ev, const void *key, bool *busy);
void cache_busy(Evaluator *ev, const void *key);
void cache_put(Evaluator *ev, const void *key, Value *v);

/* symbols.c */
const char *module_path_value(Evaluator *ev, Module *m);
Value *resource_value(Evaluator *ev, Module *m, Resource *r);
Value *module_call_value(Evaluator *ev, Module *m, ModuleCall *mc);
AstExpr *parse_expression_text(Evaluator *ev, const char *path, const char *text, size_t len, const char **err);

/* policy.c: data "aws_iam_policy_document" evaluated to its JSON */
Value *policy_document_value(Evaluator *ev, Module *m, Resource *r, const Instance *in);

#endif
