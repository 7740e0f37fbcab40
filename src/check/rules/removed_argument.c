/* removed_argument.c - T4 (error): an argument or block that existed in the
 * previous major version of the provider and is gone in the selected one. */
#include "../check_int.h"

static void check(CheckCtx *ctx) { schema_walk(ctx, SE_REMOVED); }

const Rule rule_removed_argument = {
    "removed-argument", SEV_ERROR, "T4", "Arguments and blocks removed in the selected provider major version",
    "tfcheck embeds two major versions of the AWS provider. When a module selects the newer one "
    "(through required_providers or the lock file) but uses an argument or nested block that only "
    "the older one has - `stage_name` on `aws_api_gateway_deployment`, removed in 6.0 - "
    "`terraform validate` fails with \"Unsupported argument\". tfcheck says which version removed "
    "it, so the fix is clear: follow the provider's upgrade guide, or constrain the provider to the "
    "older major until the module is migrated. Resource types removed in a major are reported by "
    "unknown-resource-type with the same explanation.",
    "module", check};
