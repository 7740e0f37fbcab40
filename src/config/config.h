/* config.h - the Terraform module model.
 *
 * Turns parsed files into a Module: its terraform settings, providers,
 * variables, locals, outputs, resources, data sources, module calls and the
 * other top-level blocks, with override files merged and local child modules
 * loaded recursively into a ModuleTree.  This stage describes the source; it
 * evaluates nothing (constant values come from src/eval).
 */
#ifndef TFCHECK_CONFIG_H
#define TFCHECK_CONFIG_H

#include "../base/base.h"
#include "../hcl/hcl.h"

/* ---- type constraints ------------------------------------------------- */
typedef enum TypeKind {
    TY_ANY, TY_STRING, TY_NUMBER, TY_BOOL,
    TY_LIST, TY_SET, TY_MAP, TY_OBJECT, TY_TUPLE,
    TY_INVALID,
} TypeKind;

typedef struct TypeAttr TypeAttr;
typedef struct Type {
    TypeKind kind;
    struct Type *elem;        /* list, set, map */
    TypeAttr *attrs;          /* object: sorted by name */
    uint32_t attr_count;
    struct Type **elems;      /* tuple */
    uint32_t elem_count;
} Type;

struct TypeAttr {
    const char *name;         /* interned */
    Type *type;
    bool optional;
    AstExpr *default_value;   /* optional(T, default) */
};

/* Parses a type constraint expression (string, list(object({...})),
 * optional(T, d) inside object types, legacy "string").  Errors go to diags
 * with the rule id "invalid-type". */
Type *type_from_expr(AstExpr *e, const SourceFile *src, Arena *a, Interner *names,
                     DiagList *diags);
void type_format(const Type *t, StrBuf *out);

/* ---- versions ------------------------------------------------------------ */
typedef struct Version {
    int64_t major, minor, patch;
    const char *pre;          /* prerelease, "" if none */
} Version;

typedef enum ConstraintOp { COP_EQ, COP_NE, COP_GT, COP_GE, COP_LT, COP_LE, COP_PESSIMISTIC } ConstraintOp;

typedef struct VersionConstraint {
    ConstraintOp op;
    Version v;
    int parts;                /* how many of major.minor.patch were written */
} VersionConstraint;

typedef struct VersionConstraints {
    VersionConstraint *items;
    uint32_t len;
} VersionConstraints;

bool version_parse(const char *s, size_t n, Version *out);
/* Parses "~> 5.0, >= 5.1, != 5.3.0".  Returns false and an explanation on
 * a malformed constraint. */
bool constraints_parse(Arena *a, const char *s, VersionConstraints *out, const char **why);
bool constraints_allow(const VersionConstraints *c, const Version *v);
int version_compare(const Version *a, const Version *b);

/* ---- the model ------------------------------------------------------------- */
typedef struct Module Module;
typedef struct ModuleCall ModuleCall;

/* A place in the configuration: the file and a range in it. */
typedef struct Loc {
    const SourceFile *file;
    Range range;
} Loc;

typedef struct RequiredProvider {
    const char *name;            /* local name, interned */
    const char *source;          /* "hashicorp/aws", or NULL when not given */
    const char *version;         /* constraint string, or NULL */
    AstExpr *version_expr;
    const char **aliases;        /* configuration_aliases: "aws.west" */
    uint32_t alias_count;
    Loc loc;
} RequiredProvider;

typedef struct TerraformBlock {
    AstBlock *block;
    const SourceFile *file;
} TerraformBlock;

typedef struct Backend {
    const char *type;            /* "s3", ...; "cloud" for a cloud block */
    AstBlock *block;
    const SourceFile *file;
} Backend;

typedef struct ProviderConfig {
    const char *name;            /* interned */
    const char *alias;           /* interned, NULL when un-aliased */
    AstBlock *block;
    const SourceFile *file;
} ProviderConfig;

typedef struct Variable {
    const char *name;
    AstBlock *block;
    const SourceFile *file;
    AstExpr *type_expr;
    Type *type;                  /* TY_ANY when no type given */
    AstAttribute *default_attr;  /* NULL when no default */
    bool nullable;
    bool sensitive;
    bool ephemeral;
} Variable;

typedef struct Local {
    const char *name;
    AstAttribute *attr;
    const SourceFile *file;
} Local;

typedef struct Output {
    const char *name;
    AstBlock *block;
    const SourceFile *file;
    AstAttribute *value;
} Output;

/* ephemeral: Terraform 1.10's ephemeral resources, referenced as ephemeral.type.name */
typedef enum ResourceMode { MODE_MANAGED, MODE_DATA, MODE_EPHEMERAL } ResourceMode;

typedef struct Resource {
    ResourceMode mode;
    const char *type;            /* interned */
    const char *name;            /* interned */
    const char *key;             /* "type.name", "data.type.name" or "ephemeral.type.name", interned */
    AstBlock *block;
    const SourceFile *file;
    AstAttribute *count, *for_each;
    AstAttribute *provider;      /* provider = aws.west */
    const char *provider_name;   /* local provider name used: prefix of the type or meta-arg */
    const char *provider_alias;
    AstBlock *lifecycle;
    bool in_check;               /* a scoped data source inside a check block */
} Resource;

struct ModuleCall {
    const char *name;
    AstBlock *block;
    const SourceFile *file;
    const char *source;          /* NULL when missing or not a literal string */
    Range source_range;
    AstAttribute *count, *for_each;
    bool local;                  /* source starts with ./ or ../ */
    Module *child;               /* loaded child module, or NULL */
    bool not_inspected;          /* remote and not in .terraform/modules */
};

/* Other top-level blocks kept for the checks that need them. */
typedef struct OtherBlock {
    AstBlock *block;
    const SourceFile *file;
} OtherBlock;

typedef struct ConfigFile {
    const SourceFile *src;
    AstFile *ast;
    bool override;               /* override.tf or *_override.tf */
    bool tfvars;                 /* *.tfvars */
    bool auto_tfvars;            /* terraform.tfvars or *.auto.tfvars (or their .json forms) */
    bool json;                   /* Terraform JSON syntax (*.tf.json, *.tfvars.json) */
} ConfigFile;

struct Module {
    const char *dir;             /* path as reached from the command line */
    const char *display_name;    /* "root", or "module.a.module.b" */
    const char *key;             /* "", or "a.b": the key in .terraform/modules/modules.json */
    Module *parent;
    ModuleCall *call;            /* the call that loaded it (NULL for a root) */
    bool is_root;
    bool looks_like_root;        /* has providers, a backend or tfvars */
    bool remote;                 /* downloaded by terraform init (or inside such a module):
                                    read for its interface, not checked itself */
    Vec(ConfigFile) files;
    Vec(TerraformBlock) terraform_blocks;
    Vec(RequiredProvider) required_providers;
    Vec(AstBlock *) required_providers_blocks;
    Vec(const SourceFile *) required_providers_files;
    Vec(Backend) backends;
    Vec(ProviderConfig) providers;
    Vec(Variable) variables;
    Vec(Local) locals;
    Vec(Output) outputs;
    Vec(Resource) resources;     /* managed and data */
    Vec(ModuleCall *) calls;
    Vec(OtherBlock) moved, imports, removed, checks;
    /* values given to the root's variables: tfvars attributes in load order
     * (later ones win), then --var, and names from TF_VAR_ */
    Vec(AstAttribute *) var_values;
    Vec(const SourceFile *) var_value_files;
    Vec(const char *) var_names_set; /* from --var and TF_VAR_ (interned) */
    AstFile *lock;               /* .terraform.lock.hcl of a root module, or NULL */
    Vec(AstAttribute *) required_versions; /* in force: an override file's replace the primaries' */
    bool has_syntax_errors;      /* some file did not parse: the model is partial */
    bool has_unread_json;        /* *.tf.json files (not read yet): the model is partial */
    bool has_unread_tfvars_json; /* terraform.tfvars.json or *.auto.tfvars.json (not read yet) */
    /* name -> declaration (the first of duplicates), built once loaded */
    PtrMap by_variable, by_local, by_output, by_call;
    PtrMap by_resource;          /* interned "type.name" or "data.type.name" -> Resource */
    Interner *names;             /* the run's interner, for address lookups */
};

typedef struct LoadOptions {
    const char **var_files;      /* --var-file, in order */
    uint32_t var_file_count;
    const char **vars;           /* --var name=value */
    uint32_t var_count;
    bool read_env;               /* look at TF_VAR_name */
} LoadOptions;

typedef struct ModuleTree {
    Module *root;
    Vec(Module *) modules;       /* every loaded module, root first */
} ModuleTree;

/* Loads the module in `dir` and its local child modules.  `only_files`
 * (may be NULL) restricts a root to some of its files. */
ModuleTree *config_load(const char *dir, const char **only_files, uint32_t only_count,
                        const LoadOptions *opts, Arena *a, Interner *names, DiagList *diags);

/* Releases the heap parts of a tree (the rest lives in the arena). */
void config_free(ModuleTree *t);

/* Lookups by interned name. */
Variable *module_variable(Module *m, const char *name);
Local *module_local(Module *m, const char *name);
Output *module_output(Module *m, const char *name);
Resource *module_resource(Module *m, ResourceMode mode, const char *type, const char *name);
/* The same by interned address ("type.name" / "data.type.name"). */
Resource *module_resource_key(Module *m, const char *key);
ModuleCall *module_call(Module *m, const char *name);

/* The module call's child, when it was read completely (loaded, parsed
 * without errors, no unread JSON files); NULL otherwise, so that checks of
 * the call treat the module's interface as unknown. */
Module *call_child_known(const ModuleCall *c);

/* Reads a Terraform JSON file (*.tf.json, or *.tfvars.json when tfvars) into
 * the syntax tree the native parser builds for the same configuration.
 * Errors go to diags with rule "syntax"; the tree is always usable. */
AstFile *json_config_parse(const SourceFile *src, bool tfvars, Arena *a, Interner *names, DiagList *diags);

/* Attribute `name` of a body, or NULL. */
AstAttribute *body_attr(const AstBody *b, const char *name);
/* First nested block of type `type`, or NULL. */
AstBlock *body_block(const AstBody *b, const char *type);
/* The literal string value of an expression ("x", or "${"x"}"), or NULL. */
const char *expr_literal_string(Arena *a, const AstExpr *e);

#endif
