/* missing_required_argument.c - T3: a required argument or nested block
 * missing, at any depth. */
#include "../check_int.h"

static void check(CheckCtx *ctx) { schema_walk(ctx, SE_REQUIRED); }

const Rule rule_missing_required_argument = {
    "missing-required-argument", SEV_ERROR, "T3", "Required arguments and blocks that are missing",
    "The provider schema marks some arguments as required, at the top of a resource and inside its "
    "nested blocks (`projection_type` in a DynamoDB `global_secondary_index`, `rest_api_id` on an "
    "API Gateway deployment), and some nested blocks as needed at least once. Leaving one out makes "
    "`terraform validate` fail with \"Missing required argument\" or \"Insufficient ... blocks\". "
    "A block type supplied through a `dynamic` block is counted as present, since its number of "
    "instances is only known at plan. Provider blocks are not checked for required arguments, "
    "because those may come from the environment.",
    "module", check};
