/* argument_type.c - T5: a value of the wrong shape or type for the schema. */
#include "../check_int.h"

static void check(CheckCtx *ctx) { schema_walk(ctx, SE_SHAPE); }

const Rule rule_argument_type = {
    "argument-type", SEV_ERROR, "T5", "Values of the wrong shape or type for the provider schema",
    "Terraform converts argument values to the type the provider schema declares, and fails when "
    "it cannot: a string that is not a number for `memory_size`, \"yes\" for a bool, an object "
    "where a list is expected. It also tells blocks and arguments apart: a nested block written as "
    "an argument (`ingress = [...]`) or an argument written as a block (`tags { ... }`) is an "
    "error, as are more blocks than the schema allows (a second `versioning` block). tfcheck "
    "checks values that the configuration alone decides (literals and constant collections) "
    "using Terraform's conversion rules - numbers and bools convert to strings, \"12\" converts to "
    "a number, \"true\"/\"false\"/\"1\"/\"0\" to a bool - and never guesses about values that "
    "come from variables or other resources.",
    "module", check};
