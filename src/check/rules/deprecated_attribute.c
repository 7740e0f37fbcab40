/* deprecated_attribute.c - R2 (warning): a reference to an attribute the
 * selected provider version marks deprecated. */
#include "../check_int.h"

void check_attribute_references(CheckCtx *ctx, bool deprecated);

static void check(CheckCtx *ctx) { check_attribute_references(ctx, true); }

const Rule rule_deprecated_attribute = {
    "deprecated-attribute", SEV_WARNING, "R2", "References to deprecated attributes",
    "Reading an attribute the provider has deprecated (`data.aws_region.current.name` in AWS "
    "provider 6, where `region` replaces it) works today and prints a warning on every plan; the "
    "next major version removes it and the reference breaks. tfcheck reports such references "
    "using the selected provider version's schema.",
    "module", check};
