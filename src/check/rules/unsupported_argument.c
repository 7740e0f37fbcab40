/* unsupported_argument.c - T2: an argument or nested block the resource,
 * data source or provider schema does not have, or a computed-only
 * attribute given a value. */
#include "../check_int.h"

static void check(CheckCtx *ctx) { schema_walk(ctx, SE_UNSUPPORTED); }

const Rule rule_unsupported_argument = {
    "unsupported-argument", SEV_ERROR, "T2", "Arguments and blocks the provider schema does not accept",
    "Every resource, data source and provider block is checked against the provider schema built "
    "into tfcheck (the version the module's required_providers and lock file select). An argument "
    "or nested block the type does not have - a typo, a name from another resource type, an "
    "argument of a different provider version - makes `terraform validate` fail with "
    "\"Unsupported argument\" or \"Unsupported block type\"; so does giving a value to an attribute "
    "the provider computes (\"Value for unconfigurable attribute\", such as `arn`). The finding "
    "names the nearest valid argument when one is close. Dynamic blocks are checked through their "
    "content block.",
    "module", check};
