/* check_int.h - what the rule files share: the context a rule runs in,
 * reporting helpers, and the index of every reference a module makes. */
#ifndef TFCHECK_CHECK_INT_H
#define TFCHECK_CHECK_INT_H

#include <string.h>

#include "check.h"
#include "../eval/eval.h"

typedef enum OwnerKind {
    OWNER_NONE, OWNER_RESOURCE, OWNER_LOCAL, OWNER_OUTPUT, OWNER_CALL, OWNER_VARIABLE,
    OWNER_PROVIDER, OWNER_CHECK, OWNER_IMPORT,
} OwnerKind;

/* Context flags in force where a reference is written. */
enum {
    RC_COUNT = 1,        /* count.index is available */
    RC_EACH = 2,         /* each.key / each.value are available */
    RC_SELF = 4,         /* self is available */
    RC_DEPENDS_ON = 8,   /* inside depends_on: a bare address */
    RC_DEFAULT = 16,     /* inside a variable default: nothing may be referenced */
    RC_VALIDATION = 32,  /* inside a variable validation block */
    RC_LIFECYCLE = 64,   /* inside a lifecycle block */
    RC_PROVISIONER = 128,/* inside a provisioner or connection block */
    RC_META = 256,       /* inside count or for_each itself */
};

typedef struct RefStep {
    const char *name;        /* attribute name; NULL for an index step */
    Range range;
} RefStep;

enum { REF_MAX_STEPS = 6 };

typedef struct Reference {
    const SourceFile *file;
    const char *root;        /* interned root name: var, local, aws_instance, ... */
    Range root_range;
    RefStep steps[REF_MAX_STEPS];
    uint32_t nsteps;         /* steps recorded (at most REF_MAX_STEPS) */
    uint32_t total_steps;    /* steps in the whole chain */
    Range range;             /* root through the last recorded step */
    bool splat;              /* the chain continues with a splat */
    uint32_t flags;          /* RC_* */
    OwnerKind owner_kind;
    void *owner;             /* Resource*, Local*, Output*, ModuleCall*, Variable*, ... */
    const AstAttribute *attr; /* the innermost argument that contains it */
    const char *top;         /* the owner's top-level argument or nested block type containing it */
} Reference;

typedef struct FuncUse {
    const SourceFile *file;
    const char *name;        /* interned function name */
    Range range;
    uint32_t flags;
    OwnerKind owner_kind;
    void *owner;
    const AstAttribute *attr;
    const char *top;         /* as in Reference */
} FuncUse;

typedef struct RefIndex {
    Vec(Reference) refs;
    Vec(FuncUse) calls;
} RefIndex;

void refindex_build(Module *m, Interner *names, RefIndex *out);

/* The resource, data source or ephemeral resource a reference names
 * (aws_s3_bucket.b..., data.t.n..., ephemeral.t.n...), or NULL.  *after
 * gets the index of the step that follows the name. */
Resource *ref_resource(Module *m, const Reference *r, uint32_t *after);
void refindex_free(RefIndex *ix);

struct CheckCtx {
    ModuleTree *tree;
    Module *m;
    Arena *a;
    Interner *names;
    DiagList *diags;
    const Rule *rule;        /* the rule running now */
    RefIndex *refs;          /* references of m */
    const SchemaSelection *sel; /* provider schema versions in use */
    Evaluator *ev;           /* values of the tree's expressions (shared by all modules) */
    const CheckOptions *opts; /* may be NULL */
    PtrMap memo;             /* the running rule's own cache; emptied after each rule */
};

/* ---- schema checks (schema_walk.c) ---------------------------------------- */
/* The schema a resource is checked against: the block in the selected
 * version and the same type in the previous major (-1 where absent). */
typedef struct SchemaTarget {
    const SchemaChoice *choice;
    SchemaBlockId block, prev;
} SchemaTarget;

/* false when the resource's provider is not embedded; *t->block is -1 when
 * the provider is but the type is not. */
bool resource_schema(CheckCtx *ctx, const Resource *r, SchemaTarget *t);

typedef enum SchemaEvent {
    SE_UNSUPPORTED,   /* T2: argument or block the schema does not have */
    SE_REQUIRED,      /* T3: required argument or block missing */
    SE_DEPRECATED,    /* T4: deprecated argument or block */
    SE_REMOVED,       /* T4: gone in the selected major, present in the previous */
    SE_SHAPE,         /* T5: block vs argument, value type, block counts */
} SchemaEvent;

/* Walks every resource, data source, ephemeral resource and provider block
 * of ctx->m against its schema and reports the findings of one kind. */
void schema_walk(CheckCtx *ctx, SchemaEvent ev);
/* "6.0" for the major a choice's version starts. */
const char *schema_major_text(CheckCtx *ctx, SchemaProviderId p);

/* Adds a diagnostic with the running rule's id, severity and class. */
Diag *ctx_report(CheckCtx *ctx, const SourceFile *f, Range r, const char *summary);
/* "file:line,col-col" as Terraform prints a range. */
const char *ctx_range_text(CheckCtx *ctx, const SourceFile *f, Range r);
/* The closest candidate by edit distance, or NULL when none is close. */
const char *did_you_mean(const char *name, const char *const *cands, size_t n);
/* The declaration range of a block: its type and labels. */
Range block_decl_range(const AstBlock *b);

#endif
