/* eval.h - values and the evaluation of constant expressions.
 *
 * A Value is what an expression yields: null, bool, number, string, tuple,
 * object, or unknown (the configuration alone does not decide it).  This
 * first version evaluates constant expressions only (literals, collections,
 * templates without references, unary minus and not), which is what variable
 * defaults and tfvars files may contain.
 */
#ifndef TFCHECK_EVAL_H
#define TFCHECK_EVAL_H

#include "../base/base.h"
#include "../config/config.h"
#include "../hcl/hcl.h"

typedef enum ValueKind { V_NULL, V_BOOL, V_NUMBER, V_STRING, V_TUPLE, V_OBJECT, V_UNKNOWN } ValueKind;

typedef struct Value Value;
struct Value {
    ValueKind kind;
    bool boolean;
    double number;
    const char *str;          /* string: bytes (NUL-terminated); number: its text */
    uint32_t len;
    Value **items;            /* tuple items, object values */
    const char **keys;        /* object keys (sorted by byte order, unique) */
    uint32_t count;
    Range range;              /* where the value was written */
};

/* Evaluates a constant expression; anything that needs references or
 * functions becomes V_UNKNOWN.  Never NULL. */
Value *eval_const(const AstExpr *e, Arena *a);

const char *value_kind_name(ValueKind k);

/* Checks that v converts to type t under Terraform's conversion rules.
 * Returns true if it does (or if that cannot be decided).  On failure sets
 * *why to Terraform's wording ("a number is required", "attribute \"x\" is
 * required") and *where to the offending part. */
bool value_conforms(const Value *v, const Type *t, Arena *a, const char **why, Range *where);

#endif
