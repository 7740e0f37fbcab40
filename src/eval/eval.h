/* eval.h - values, Terraform's expression evaluation and its function library.
 *
 * A Value is what an expression yields, with cty's kinds: null, bool, number
 * (exact, 512-bit binary floating point as Terraform computes), string,
 * list, set, map, tuple, object, and unknown (the configuration alone does
 * not decide it; typed where the type is known, and for strings refined with
 * a known prefix and a minimum length).  Values live in an arena and are
 * never mutated once built.
 *
 * The evaluator (eval.c) computes expressions in a scope: variables, locals,
 * path.*, terraform.workspace, count/each, for-expression symbols, resource
 * attributes set in configuration, module outputs.  Functions (funcs/) are
 * listed in funcs.def with their Terraform signatures; funcs.c converts the
 * arguments to the parameter types before a function runs, so a function
 * body sees known, non-null values of its parameter types unless its entry
 * says otherwise.
 */
#ifndef TFCHECK_EVAL_H
#define TFCHECK_EVAL_H

#include "../base/base.h"
#include "../config/config.h"
#include "../hcl/hcl.h"

/* ---- values ------------------------------------------------------------- */
typedef enum ValueKind {
    V_NULL, V_BOOL, V_NUMBER, V_STRING,
    V_TUPLE, V_OBJECT,            /* structural: per-element / per-attribute types */
    V_LIST, V_SET, V_MAP,         /* collections: one element type (type->elem) */
    V_UNKNOWN,
} ValueKind;

typedef struct ValueNum ValueNum;   /* opaque: an MPFR number (number.c) */

typedef struct Value Value;
struct Value {
    ValueKind kind;
    bool boolean;
    bool sensitive;           /* marked sensitive (sensitive(), sensitive variables) */
    bool open;                /* object of a resource or module: attributes it lacks are
                                 unknown (computed), not errors */
    bool computed;            /* open object of a managed resource: those attributes are
                                 known only after apply */
    bool instances;           /* the instances of a resource with count or for_each */
    const char *str;          /* string: bytes, NUL-terminated, NFC; unknown string: known prefix or NULL */
    uint32_t len;             /* bytes of str */
    uint32_t min_len;         /* unknown string: at least this many bytes (known parts) */
    ValueNum *num;            /* number */
    Value **items;            /* tuple/list/set elements; object/map values (by key order) */
    const char **keys;        /* object/map keys, sorted by byte order, unique */
    uint32_t count;
    const Type *type;         /* list/set/map: the collection type (type->elem is the element
                                 type); null and unknown: their type (TY_ANY = dynamic);
                                 NULL for the others, whose type follows from the value */
    Range range;              /* where the value was written (0,0 when computed) */
};

const char *value_kind_name(ValueKind k);

/* Shared type singletons (never modified). */
extern const Type type_any, type_string, type_number, type_bool;
/* Builders for composite types in an arena. */
Type *type_list_of(Arena *a, const Type *elem);
Type *type_set_of(Arena *a, const Type *elem);
Type *type_map_of(Arena *a, const Type *elem);
bool type_equal(const Type *a, const Type *b);
/* Terraform's spelling: "string", "list of string", "object", ... (for messages) */
const char *type_friendly_name(Arena *a, const Type *t);

/* Constructors (all allocate in a). */
Value *val_null(Arena *a, const Type *t);         /* t NULL: dynamic */
Value *val_unknown(Arena *a, const Type *t);      /* t NULL: dynamic */
Value *val_bool(Arena *a, bool b);
Value *val_string(Arena *a, const char *s, size_t n);  /* copies; normalises to NFC */
Value *val_string_raw(Arena *a, const char *s, size_t n); /* copies as is (already NFC) */
Value *val_cstring(Arena *a, const char *s);
/* An unknown string whose value starts with prefix and is at least min_len bytes. */
Value *val_unknown_string(Arena *a, const char *prefix, size_t prefix_len, uint32_t min_len);
Value *val_tuple(Arena *a, Value **items, uint32_t n);          /* items copied */
Value *val_object(Arena *a, const char **keys, Value **items, uint32_t n); /* sorts; later duplicate wins */
Value *val_list(Arena *a, const Type *elem, Value **items, uint32_t n);    /* elems already of type elem */
Value *val_set(Arena *a, const Type *elem, Value **items, uint32_t n);     /* dedups and orders as cty */
Value *val_map(Arena *a, const Type *elem, const char **keys, Value **items, uint32_t n);

/* Numbers (number.c).  Terraform parses literals at 512 bits; functions that
 * work in float64 (pow, log, ...) yield 53-bit numbers, which print with
 * fewer digits, exactly as cty does. */
Value *val_number_text(Arena *a, const char *text, size_t n); /* NULL if not a number */
Value *val_number_i64(Arena *a, int64_t i);
Value *val_number_double(Arena *a, double d);   /* 53-bit, as big.NewFloat */
bool num_is_integer(const Value *v);
bool num_to_i64(const Value *v, int64_t *out);  /* false unless an integer in range */
double num_to_double(const Value *v);
bool num_is_inf(const Value *v);
int num_sign(const Value *v);                   /* -1, 0, 1 */
int num_cmp(const Value *a, const Value *b);
/* Arithmetic as cty: the result has the larger precision of its operands.
 * num_div returns NULL for 0/0 and inf/inf (x/0 is an infinity; x % 0 is x). */
Value *num_add(Arena *a, const Value *x, const Value *y);
Value *num_sub(Arena *a, const Value *x, const Value *y);
Value *num_mul(Arena *a, const Value *x, const Value *y);
Value *num_div(Arena *a, const Value *x, const Value *y);
Value *num_mod(Arena *a, const Value *x, const Value *y);
Value *num_neg(Arena *a, const Value *x);
Value *num_floor(Arena *a, const Value *x);
Value *num_ceil(Arena *a, const Value *x);
Value *num_abs(Arena *a, const Value *x);
/* The number as Terraform prints it: shortest decimal that reads back to the
 * same value at its precision, never in exponent form ("0.5", "1e+30" is
 * printed as 1000000000000000000000000000000). */
const char *num_format(Arena *a, const Value *v);
/* Go's Text('g', digits): digits significant digits, trailing zeros dropped,
 * exponent form (1e+21) when the exponent is < -4 or >= digits. */
void num_format_g(StrBuf *sb, const Value *v, int digits);

/* Value queries. */
bool val_is_known(const Value *v);        /* not unknown here */
bool val_is_wholly_known(const Value *v); /* nothing unknown anywhere inside */
bool val_is_collection(const Value *v);   /* list, set, map, tuple, object */
bool val_is_sequence(const Value *v);     /* list, set, tuple */
bool val_is_mapping(const Value *v);      /* map, object */
/* An attribute of an object/map (NULL if absent). */
Value *val_get(const Value *v, const char *key);
/* The value's type (allocated when composite). */
const Type *val_type(Arena *a, const Value *v);
/* Equality as Terraform's == : false across types (1 != "1"); unknown inside
 * gives an unknown bool, returned through *unknown. */
bool val_equal(const Value *a, const Value *b, bool *unknown);
/* Total order used for sets (cty's set order) and sort(). */
int val_compare(const Value *a, const Value *b);
/* Copies v with the sensitive mark set (when s) */
Value *val_mark(Arena *a, const Value *v, bool s);

/* ---- conversion (conversion.c) -------------------------------------------
 * Terraform's type conversion (cty/convert): number/bool <-> string, tuple ->
 * list/set, object -> map/object, list <-> set, unification of element types.
 * On failure returns NULL and sets *why to Terraform's words ("a number is
 * required", "attribute \"x\" is required") and *where to the offending part. */
Value *val_convert(Arena *a, const Value *v, const Type *t, const char **why, const Value **where);
/* The most specific type both could convert to (NULL if none), for list
 * literals, conditionals and collection functions. */
const Type *type_unify(Arena *a, const Type **types, uint32_t n);
/* String form of a primitive as "${...}" would give it; NULL for others. */
const char *val_to_string(Arena *a, const Value *v, const char **why);
/* Whether some value of type from converts to type to (cty's
 * GetConversionUnsafe: types only; the value may still fail, "x" to number). */
bool type_convertible(Arena *a, const Type *from, const Type *to);
/* cty's FriendlyNameForConstraint: "list of any single type", "any type". */
const char *type_constraint_name(Arena *a, const Type *t);
/* v with no sensitive mark at any depth (copies only what changes); sets
 *had when a mark was removed.  cty's sets hold no marked elements, and
 * functions that do not handle marks see their arguments so. */
Value *val_unmark_deep(Arena *a, Value *v, bool *had);

/* Checks that v converts to type t (unknown and null always do).  On failure
 * sets *why and *where as val_convert does (kept for the V3 rules). */
bool value_conforms(const Value *v, const Type *t, Arena *a, const char **why, Range *where);

/* ---- display (show.c) ----------------------------------------------------- */
/* The value as `terraform console` prints it (tolist([...]), "(known after
 * apply)", "(sensitive value)", heredocs for multi-line strings ...). */
void val_show(const Value *v, StrBuf *out);
/* s quoted as Go's strconv.Quote does (%q), as cty's set hashing uses it. */
void val_quote_go(StrBuf *out, const char *s, size_t n);
/* The same as an arena string, for messages that quote an input (%q). */
const char *val_go_quote(Arena *a, const char *s, size_t n);
/* A short one-line rendering for messages: "\"abc\"", "12", "[...]". */
const char *val_brief(Arena *a, const Value *v);

/* ---- evaluation ---------------------------------------------------------- */
typedef struct Evaluator Evaluator;
typedef struct EvalError EvalError;
typedef struct Scope Scope;

/* Symbols bound around an expression: for-expression and template-for
 * variables, each.key/each.value, count.index, self, templatefile vars. */
struct Scope {
    const Scope *parent;
    const char *name;         /* interned symbol name, or one of the names below */
    Value *value;
};
/* Names used in scopes for the meta symbols */
#define SCOPE_EACH_KEY   "\001each.key"
#define SCOPE_EACH_VALUE "\001each.value"
#define SCOPE_COUNT      "\001count.index"
#define SCOPE_ONLY       "\001only"   /* templatefile: only these names, no var/local/... */

typedef struct EvalOptions {
    const char *workspace;    /* terraform.workspace: "default" unless --workspace */
    const char **vars;        /* --var NAME=VALUE, in order (later wins) */
    uint32_t var_count;
    bool read_env;            /* TF_VAR_NAME values */
    bool report_errors;       /* emit diagnostics for evaluation errors (rule "invalid-expression") */
} EvalOptions;

/* An evaluator for one module tree.  Values are computed lazily and cached
 * per module (variables, locals, module outputs). */
Evaluator *evaluator_new(ModuleTree *tree, Arena *a, Interner *names, DiagList *diags, const EvalOptions *opts);
void evaluator_free(Evaluator *ev);
Arena *evaluator_arena(Evaluator *ev);

/* Evaluates e, written in module m's file f, in scope s (may be NULL). */
Value *eval_expr(Evaluator *ev, Module *m, const SourceFile *f, const AstExpr *e, const Scope *s);
/* Parses one expression written as text (the console, --var values).
 * NULL with *err set ("Summary: detail") on a syntax error. */
AstExpr *eval_parse_expression(Evaluator *ev, const char *path, const char *text, size_t len, const char **err);
/* Evaluation errors so far, and the newest one (for the console). */
uint32_t eval_error_count(const Evaluator *ev);
void eval_last_error(const Evaluator *ev, const char **summary, const char **detail, Range *where);
/* Every evaluation error met outside try()/can(), once per place, in the
 * order met (the invalid-expression rule reports them). */
typedef struct EvalError {
    const SourceFile *file;
    Range range;
    const char *summary, *detail;
    bool instance_key;        /* an index into a counted / for_each resource's instances */
    bool instances_attr;      /* an attribute of such instances without an index */
} EvalError;
/* Evaluates every expression of a module once (arguments of resources and
 * their nested and dynamic blocks for each instance, locals, outputs, module
 * call arguments, provider settings), so that its errors are recorded. */
void eval_module(Evaluator *ev, Module *m);
uint32_t eval_recorded_errors(const Evaluator *ev, const EvalError **out);
/* How many unknowns only `apply` can decide (attributes a managed resource
 * computes, timestamp(), uuid() ...) evaluation has met so far: a count or
 * for_each that is unknown while this grows cannot be planned. */
uint32_t eval_computed_unknowns(const Evaluator *ev);
/* A module's output value. */
Value *eval_output(Evaluator *ev, Module *m, const char *name);

/* The values the module's named symbols have. */
Value *eval_variable(Evaluator *ev, Module *m, const char *name);
Value *eval_local(Evaluator *ev, Module *m, const char *name);

/* One instance of a resource or module call: its count.index or each.* bound. */
typedef struct Instance {
    Scope *scope;             /* count.index / each.key / each.value, or NULL */
    Value *key;               /* the instance key: number, string, or NULL when single */
} Instance;
/* The instances of a resource: one with no key when neither count nor
 * for_each is set; one per element when they are known; one with unknown
 * each/count when they are not (*known = false). */
uint32_t eval_instances(Evaluator *ev, Module *m, const Resource *r, Instance **out, bool *known);
/* An argument of a resource block (top level) for one instance, or NULL
 * when the block does not set it. */
Value *eval_resource_arg(Evaluator *ev, Module *m, const Resource *r, const Instance *in, const char *name);
/* Evaluates an argument of any body of a resource (nested blocks too). */
Value *eval_attr(Evaluator *ev, Module *m, const Resource *r, const Instance *in, const AstAttribute *at);

/* ---- functions (funcs.c, funcs/<category>.c) ----------------------------- */
typedef struct FuncCall FuncCall;
typedef Value *(*FuncImpl)(FuncCall *fc, Value **args, uint32_t nargs);

enum {
    FF_UNKNOWN = 1,           /* the body handles unknown arguments itself */
    FF_NULL = 2,              /* the body handles null arguments itself */
    FF_SENSITIVE = 4,         /* the body handles sensitive marks itself */
    FF_IMPURE = 8,            /* result differs between runs: always unknown (timestamp, uuid) */
    FF_SPECIAL = 16,          /* a special form the evaluator handles (can, try): never called */
};

typedef struct FuncDef {
    const char *name;         /* "upper" */
    const char *category;     /* "string" */
    const char *params;       /* "str:string,offset:number"  (types in Terraform syntax; dynamic = any) */
    const char *variadic;     /* "args:dynamic" or NULL */
    const char *returns;      /* "string", "list(string)", "dynamic" */
    FuncImpl impl;
    uint32_t flags;           /* FF_* */
} FuncDef;

const FuncDef *func_lookup(const char *name);   /* accepts "core::x" too */
const FuncDef *funcs_all(size_t *count);

struct FuncCall {
    Evaluator *ev;
    Arena *a;                 /* where results go */
    const FuncDef *def;
    const AstExpr *call;      /* the call expression (NULL when called from C) */
    Module *m;                /* the module the call is written in (path.module base) */
    const char *base_dir;     /* directory relative paths resolve against (the module's dir) */
    int depth;                /* template nesting (templatefile inside templatefile) */
    /* set by func_arg_error / func_fail: */
    const char *err_summary;  /* "Invalid function argument" or "Error in function call" */
    const char *err_detail;
    int err_arg;              /* argument index the error is about, -1 for the call */
};

/* Report an error about argument i (0-based): Terraform's
 * "Invalid function argument: Invalid value for "NAME" parameter: MSG."
 * Returns NULL, so a body can `return func_arg_error(...)`. */
Value *func_arg_error(FuncCall *fc, int i, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Report a failure of the call: "Error in function call: Call to function
 * "NAME" failed: MSG."  Returns NULL. */
Value *func_fail(FuncCall *fc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The unknown result of the function's declared return type. */
Value *func_unknown_result(FuncCall *fc);

/* Compatibility for rules written before the evaluator: evaluates an
 * expression that may contain only literals (no references), anything else
 * unknown.  Never NULL. */
Value *eval_const(const AstExpr *e, Arena *a);

#endif
