/* iam_fixed_name.c - A3: IAM roles, policies, users, groups and instance
 * profiles whose `name` is fixed before apply (a literal, or computed from
 * values the configuration already knows).  IAM names are unique per
 * account, so a second copy of the stack in the same account collides; a
 * convention, reported as info (--severity iam-fixed-name=warning raises it). */
#include "../aws_values.h"

typedef struct IamType {
    const char *type;
    const char *what;         /* for messages */
    bool has_prefix;          /* the type accepts name_prefix */
} IamType;

static const IamType iam_types[] = {
    {"aws_iam_role", "role", true},
    {"aws_iam_policy", "policy", true},
    {"aws_iam_instance_profile", "instance profile", true},
    {"aws_iam_user", "user", false},
    {"aws_iam_group", "group", false},
};

static void check(CheckCtx *ctx) {
    if (!ctx->ev) return;
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *r = &m->resources.data[i];
        if (r->mode != MODE_MANAGED) continue;
        const IamType *t = NULL;
        for (size_t k = 0; k < sizeof iam_types / sizeof iam_types[0]; k++)
            if (strcmp(r->type, iam_types[k].type) == 0) t = &iam_types[k];
        AstAttribute *at = t ? body_attr(r->block->body, "name") : NULL;
        if (!at) continue;
        Instance *ins;
        bool known;
        uint32_t n = eval_instances(ctx->ev, m, r, &ins, &known);
        /* fixed: every instance's name is known before apply */
        Value *first = NULL;
        bool fixed = known && n > 0;
        for (uint32_t k = 0; fixed && k < n; k++) {
            Value *v = eval_attr(ctx->ev, m, r, &ins[k], at);
            if (!v || v->kind != V_STRING) fixed = false;
            else if (!first) first = v;
        }
        if (!fixed) continue;
        const char *who = aws_instance_address(ctx, r, &ins[0]);
        Diag *d = ctx_report(ctx, at->src, at->expr->range,
                             arena_printf(ctx->a, "IAM %s name is fixed: %s", t->what, aws_quote(ctx, first)));
        const char *fixed_how =
            aws_expr_is_literal(at->expr)
                ? arena_printf(ctx->a, "%s is always named %s.", who, aws_quote(ctx, first))
                : arena_printf(ctx->a, "%s gets the name %s%s, known before anything is applied.", who,
                               aws_quote(ctx, first), n > 1 ? " (its other instances get fixed names too)" : "");
        d->detail = arena_printf(ctx->a, "%s IAM names are unique in an account, so a second copy of this "
                                         "configuration in the same account (another environment, a pull-request "
                                         "stack, a blue/green deployment) fails with EntityAlreadyExists, and "
                                         "pipelines that deploy side by side need generated names.",
                                 fixed_how);
        d->hint = t->has_prefix
                      ? arena_printf(ctx->a, "Use name_prefix instead of name, so the provider appends a unique "
                                             "26-character suffix (the prefix may have at most %d characters).",
                                     strcmp(r->type, "aws_iam_role") == 0 ? 38 : 102)
                      : "Make the name unique per deployment, for example with the environment or a random_id "
                        "suffix (IAM users and groups have no name_prefix).";
    }
}

const Rule rule_iam_fixed_name = {
    "iam-fixed-name", SEV_INFO, "A3", "IAM roles, policies, users and groups with fixed names",
    "IAM role, policy, instance profile, user and group names are unique within an AWS account. A "
    "name written as a literal, or computed only from values known before apply (variables with "
    "defaults, locals, workspace), is the same for every copy of the stack: a second environment, "
    "a pull-request preview or a blue/green deployment in the same account fails with "
    "EntityAlreadyExists, and replacing the resource (create before destroy) collides with "
    "itself. Roles, policies and instance profiles accept `name_prefix`, for which the provider "
    "appends a unique 26-character suffix; users and groups need a unique component in the name. "
    "This is a convention, so the rule reports at info level; pipelines that require generated "
    "names can raise it with `--severity iam-fixed-name=warning` or `=error`. Names that are only "
    "known after apply are not reported.",
    "module", check};
