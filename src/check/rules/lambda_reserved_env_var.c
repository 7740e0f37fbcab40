/* lambda_reserved_env_var.c - A4: Lambda functions whose environment
 * variables, after evaluation (merge(), locals, for expressions, module
 * inputs), use a key the Lambda runtime reserves.  The API rejects the
 * function ("Reserved keys used in this request: ...").  The finding points
 * at the key where it is written, or at the part of the expression that
 * produces it. */
#include "../aws_values.h"

/* "Defined runtime environment variables" of the Lambda developer guide:
 * the keys Lambda sets itself and does not let a function configure
 * (TZ, LANG, PATH and the other "unreserved" ones may be set). */
static const char *const reserved[] = {
    "_HANDLER",
    "_X_AMZN_TRACE_ID",
    "AWS_DEFAULT_REGION",
    "AWS_REGION",
    "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
    "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME",
    "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_RUNTIME_API",
    "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR",
};

static bool is_reserved(const char *key) {
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(key, reserved[i]) == 0) return true;
    return false;
}

enum { KEY_SEARCH_DEPTH = 32 };

static bool has_key(const Value *v, const char *key) {
    return v && (v->kind == V_OBJECT || v->kind == V_MAP) && val_get(v, key) != NULL;
}

/* Where the key `key` of the evaluated map comes from inside e: the key
 * itself where an object literal writes it, else the innermost part that
 * produces it (the merge() argument that last sets it, a for expression, a
 * reference), else e. */
static const AstExpr *key_source(CheckCtx *ctx, const AstAttribute *at, const AstExpr *e, const Instance *in,
                                 const char *key, int depth) {
    if (depth > KEY_SEARCH_DEPTH) return e;
    switch (e->kind) {
    case AST_OBJECT:
        for (uint32_t i = e->u.object.len; i-- > 0;) {
            const ObjectItem *it = &e->u.object.items[i];
            const char *k = NULL;
            if (it->key_literal && it->key->kind == AST_VARIABLE) k = it->key->u.name;
            else if (!it->key_paren) k = expr_literal_string(ctx->a, it->key);
            if (k && strcmp(k, key) == 0) return it->key;
        }
        return e;
    case AST_CALL:
        if (strcmp(e->u.call.name, "merge") != 0) return e;
        /* merge(): the last argument with the key wins */
        for (uint32_t i = e->u.call.args.len; i-- > 0;) {
            const AstExpr *arg = e->u.call.args.items[i];
            if (has_key(eval_expr(ctx->ev, ctx->m, at->src, arg, in->scope), key))
                return key_source(ctx, at, arg, in, key, depth + 1);
        }
        return e;
    case AST_PAREN: return key_source(ctx, at, e->u.inner, in, key, depth + 1);
    case AST_CONDITIONAL: {
        const AstExpr *branches[2] = {e->u.cond.then_expr, e->u.cond.else_expr};
        Value *c = eval_expr(ctx->ev, ctx->m, at->src, e->u.cond.cond, in->scope);
        if (c && c->kind == V_BOOL) return key_source(ctx, at, branches[c->boolean ? 0 : 1], in, key, depth + 1);
        return e;
    }
    default: return e;
    }
}

typedef struct EnvRun {
    Instance *ins;
    uint32_t nins;
} EnvRun;

static void check_variables(CheckCtx *ctx, const Resource *r, const AstAttribute *at, void *data) {
    EnvRun *run = data;
    const char **done = NULL; /* keys reported for this argument */
    uint32_t ndone = 0, cap = 0;
    for (uint32_t i = 0; i < run->nins; i++) {
        Value *v = eval_attr(ctx->ev, ctx->m, r, &run->ins[i], at);
        if (!v || (v->kind != V_OBJECT && v->kind != V_MAP)) continue;
        for (uint32_t k = 0; k < v->count; k++) {
            const char *key = v->keys[k];
            if (!is_reserved(key)) continue;
            bool seen = false;
            for (uint32_t j = 0; j < ndone; j++) seen = seen || strcmp(done[j], key) == 0;
            if (seen) continue;
            if (ndone == cap) {
                cap = cap ? cap * 2 : 4;
                const char **grown = arena_alloc(ctx->a, sizeof *grown * cap);
                if (ndone) memcpy(grown, done, sizeof *grown * ndone);
                done = grown;
            }
            done[ndone++] = key;
            const AstExpr *src = key_source(ctx, at, at->expr, &run->ins[i], key, 0);
            bool lit = src != at->expr && aws_expr_is_literal(src);
            Diag *d = ctx_report(ctx, at->src, src->range,
                                 arena_printf(ctx->a, "Lambda environment variable %s is reserved", key));
            const char *who = aws_instance_address(ctx, r, &run->ins[i]);
            d->detail = arena_printf(ctx->a, "%s %s. The Lambda runtime sets %s itself, and the Lambda API rejects "
                                             "a function configuration that sets a reserved key "
                                             "(InvalidParameterValueException: reserved keys used in this "
                                             "request). Source: AWS Lambda Developer Guide, defined runtime "
                                             "environment variables.",
                                     who,
                                     lit ? arena_printf(ctx->a, "sets %s in environment.variables", key)
                                         : arena_printf(ctx->a, "gets the key %s in environment.variables once "
                                                                "they are evaluated",
                                                        key),
                                     key);
            d->hint = arena_printf(ctx->a, "Remove %s (the function can read the value Lambda provides), or "
                                           "pass your value under another name.",
                                   key);
        }
    }
}

static void check(CheckCtx *ctx) {
    if (!ctx->ev) return;
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *r = &m->resources.data[i];
        if (r->mode != MODE_MANAGED || strcmp(r->type, "aws_lambda_function") != 0) continue;
        if (!body_block(r->block->body, "environment")) continue;
        EnvRun run;
        bool known;
        run.nins = eval_instances(ctx->ev, m, r, &run.ins, &known);
        aws_each_attr(ctx, r, "environment.variables", check_variables, &run);
    }
}

const Rule rule_lambda_reserved_env_var = {
    "lambda-reserved-env-var", SEV_ERROR, "A4", "Lambda environment variables that use reserved keys",
    "Lambda sets a number of environment variables itself and reserves their keys: _HANDLER, "
    "_X_AMZN_TRACE_ID, AWS_DEFAULT_REGION, AWS_REGION, AWS_EXECUTION_ENV, "
    "AWS_LAMBDA_FUNCTION_NAME, AWS_LAMBDA_FUNCTION_MEMORY_SIZE, AWS_LAMBDA_FUNCTION_VERSION, "
    "AWS_LAMBDA_INITIALIZATION_TYPE, AWS_LAMBDA_LOG_GROUP_NAME, AWS_LAMBDA_LOG_STREAM_NAME, "
    "AWS_ACCESS_KEY, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, "
    "AWS_LAMBDA_RUNTIME_API, LAMBDA_TASK_ROOT and LAMBDA_RUNTIME_DIR (AWS Lambda Developer Guide, "
    "\"Defined runtime environment variables\"). A function whose `environment { variables }` "
    "sets one of them is rejected by the Lambda API with InvalidParameterValueException when it is "
    "created or updated; `terraform validate` does not know the list. tfcheck evaluates the "
    "variables for every instance of the function, so keys that come from `merge()`, locals, "
    "for expressions or module inputs are found too, and points at the key where the map is "
    "written literally. The unreserved runtime variables (TZ, LANG, PATH, LD_LIBRARY_PATH, "
    "NODE_PATH, PYTHONPATH, AWS_LAMBDA_EXEC_WRAPPER, ...) may be set and are not reported. "
    "Remove the key (the function reads the value Lambda provides) or use another name.",
    "module", check};
