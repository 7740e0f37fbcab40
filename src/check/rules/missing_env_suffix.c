/* missing_env_suffix.c - A2: in a module that declares the environment
 * suffix variable (environment_suffix, or the names given with
 * --env-suffix-var), a resource name that does not derive from it, directly
 * or through locals or other resources' names, so that two environments (or
 * two pull requests) deploying the module collide on the name. */
#include "../check_int.h"

typedef struct NameArg {
    const char *type, *arg;
} NameArg;

static const NameArg name_args[] = {
#define NAME(type, arg, min, max, chars, rules, source) {type, arg},
#include "../aws_names.def"
#undef NAME
};

/* The suffix variable's name in this module, or NULL when it declares none. */
static const char *suffix_variable(CheckCtx *ctx) {
    const CheckOptions *o = ctx->opts;
    if (o && o->env_suffix_count) {
        for (uint32_t i = 0; i < o->env_suffix_count; i++)
            if (module_variable(ctx->m, intern(ctx->names, o->env_suffix_vars[i], strlen(o->env_suffix_vars[i]))))
                return o->env_suffix_vars[i];
        return NULL;
    }
    return module_variable(ctx->m, intern(ctx->names, "environment_suffix", 18)) ? "environment_suffix" : NULL;
}

typedef struct Taint {
    CheckCtx *ctx;
    const char *var;          /* the suffix variable */
    PtrMap locals;            /* Local* -> 1 derived, 2 not (memo) */
    PtrMap busy;
} Taint;

static bool arg_derives(Taint *t, const Resource *r, const char *arg, int depth);

static bool local_derives(Taint *t, Local *l, int depth);

/* Does reference ref name the suffix or something built from it? */
static bool ref_derives(Taint *t, const Reference *ref, int depth) {
    if (depth > 32 || !ref->nsteps || !ref->steps[0].name) return false;
    const char *root = ref->root, *first = ref->steps[0].name;
    if (strcmp(root, "var") == 0) return strcmp(first, t->var) == 0;
    /* each.key / each.value carry what the block's for_each is built from */
    if (strcmp(root, "each") == 0 && ref->owner_kind == OWNER_RESOURCE)
        return arg_derives(t, ref->owner, "for_each", depth + 1);
    /* a module output may be built from the suffix inside the module: not
     * followed, so taken as derived (never a finding on a guess) */
    if (strcmp(root, "module") == 0) return true;
    if (strcmp(root, "local") == 0) {
        Local *l = module_local(t->ctx->m, first);
        return l && local_derives(t, l, depth + 1);
    }
    uint32_t after;
    Resource *res = ref_resource(t->ctx->m, ref, &after);
    if (res && after < ref->nsteps && ref->steps[after].name)
        return arg_derives(t, res, ref->steps[after].name, depth + 1);
    return false;
}

static bool local_derives(Taint *t, Local *l, int depth) {
    intptr_t memo = (intptr_t)ptrmap_get(&t->locals, l);
    if (memo) return memo == 1;
    if (ptrmap_get(&t->busy, l)) return false;
    ptrmap_put(&t->busy, l, l);
    bool yes = false;
    RefIndex *ix = t->ctx->refs;
    for (uint32_t i = 0; i < ix->refs.len && !yes; i++) {
        const Reference *ref = &ix->refs.data[i];
        if (ref->owner_kind == OWNER_LOCAL && ref->owner == l) yes = ref_derives(t, ref, depth);
    }
    ptrmap_set(&t->locals, l, (void *)(intptr_t)(yes ? 1 : 2));
    return yes;
}

static bool arg_derives(Taint *t, const Resource *r, const char *arg, int depth) {
    if (depth > 32) return false;
    RefIndex *ix = t->ctx->refs;
    for (uint32_t i = 0; i < ix->refs.len; i++) {
        const Reference *ref = &ix->refs.data[i];
        if (ref->owner_kind != OWNER_RESOURCE || ref->owner != r || !ref->top || strcmp(ref->top, arg) != 0) continue;
        if (ref_derives(t, ref, depth)) return true;
    }
    return false;
}

/* Names that need to be unique only inside their parent resource (a role's
 * inline policies, a function's aliases, a log group's streams ...): two
 * deployments never collide on them. */
static bool scoped_name(const char *type) {
    static const char *const scoped[] = {
        "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_lambda_alias",
        "aws_cloudwatch_log_stream", "aws_cloudwatch_log_metric_filter", "aws_cloudwatch_log_subscription_filter",
        "aws_glue_catalog_table", "aws_api_gateway_stage", "aws_apigatewayv2_stage", "aws_api_gateway_resource",
        "aws_lb_listener_rule", "aws_ecs_service", "aws_sfn_alias", "aws_lambda_permission",
        "aws_s3_bucket_object", "aws_s3_object", "aws_dynamodb_table_item", "aws_sns_topic_subscription",
        "aws_cloudwatch_event_target", "aws_autoscaling_policy", "aws_appautoscaling_policy",
    };
    for (size_t i = 0; i < sizeof scoped / sizeof scoped[0]; i++)
        if (strcmp(type, scoped[i]) == 0) return true;
    return false;
}

static void check(CheckCtx *ctx) {
    const char *var = suffix_variable(ctx);
    if (!var) return;
    Taint t = {ctx, intern(ctx->names, var, strlen(var)), {0}, {0}};
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        Resource *r = &m->resources.data[i];
        if (r->mode != MODE_MANAGED || scoped_name(r->type)) continue;
        for (size_t k = 0; k < sizeof name_args / sizeof name_args[0]; k++) {
            if (strcmp(name_args[k].type, r->type) != 0) continue;
            AstAttribute *at = body_attr(r->block->body, name_args[k].arg);
            if (!at || arg_derives(&t, r, at->name, 0)) continue;
            Diag *d = ctx_report(ctx, at->src, at->expr->range, "Resource name without the environment suffix");
            d->detail = arena_printf(ctx->a,
                                     "The module declares var.%s, but %s.%s's %s does not use it (directly or through "
                                     "locals), so every environment that deploys this module creates the same name "
                                     "and the second deployment collides with the first.",
                                     var, r->type, r->name, at->name);
            d->hint = arena_printf(ctx->a, "Build the name from var.%s, e.g. \"app-${var.%s}\".", var, var);
        }
    }
    ptrmap_free(&t.locals);
    ptrmap_free(&t.busy);
}

const Rule rule_missing_env_suffix = {
    "missing-env-suffix", SEV_WARNING, "A2", "Resource names that do not carry the environment suffix",
    "Pipelines that deploy one module many times (per environment, per pull request) give it a suffix "
    "variable and expect every resource name to include it. Where a module declares that variable "
    "(`environment_suffix` by default; name others with `--env-suffix-var NAME`, repeatable), tfcheck "
    "reports every name argument of a managed resource (the name arguments of the aws-name-invalid table: "
    "`name`, `bucket`, `function_name`, `name_prefix`, ...) whose value does not derive from it, directly, "
    "through locals, or through another resource's name. Such names collide between deployments "
    "(\"BucketAlreadyExists\", \"EntityAlreadyExists\", \"ResourceConflictException\"). Names that need to be "
    "unique only inside a parent (inline role policies, aliases, log streams, stages, ECS services ...) are "
    "not checked; `each.key`/`each.value` count as derived when the `for_each` is, and a module output "
    "always counts as derived. Modules that declare no suffix variable are not checked.",
    "module", check};
