/* unknown_resource_type.c - T1: a resource, data source or ephemeral
 * resource type that the (embedded) provider does not have. */
#include "../check_int.h"

#include <stdlib.h>

/* Does every `_`-separated word of `part`, in order, appear among the words
 * of `whole`? */
static bool words_within(const char *part, const char *whole) {
    const char *p = part;
    while (*p) {
        const char *pe = strchr(p, '_');
        size_t pl = pe ? (size_t)(pe - p) : strlen(p);
        bool found = false;
        while (*whole && !found) {
            const char *we = strchr(whole, '_');
            size_t wl = we ? (size_t)(we - whole) : strlen(whole);
            found = wl == pl && memcmp(whole, p, pl) == 0;
            whole = we ? we + 1 : whole + wl;
        }
        if (!found) return false;
        p = pe ? pe + 1 : p + pl;
    }
    return true;
}

/* The nearest real type: one that holds all the words of the name (the
 * shortest), else one whose words the name holds (the longest), else the
 * closest by edit distance. */
static const char *nearest_type(CheckCtx *ctx, SchemaProviderId p, SchemaKind k, const char *name) {
    uint32_t n = schema_type_count(p, k);
    const char *best = NULL;
    for (uint32_t i = 0; i < n; i++) {
        const char *c = schema_type_name(p, k, i);
        if (words_within(name, c) && (!best || strlen(c) < strlen(best))) best = c;
    }
    if (best) return best;
    const char *prefix_end = strchr(name, '_');
    size_t minlen = prefix_end ? (size_t)(prefix_end - name) + 2 : 0;
    for (uint32_t i = 0; i < n; i++) {
        const char *c = schema_type_name(p, k, i);
        /* at least the provider prefix and two words */
        if (strlen(c) > minlen && strchr(c + minlen, '_') && words_within(c, name) &&
            (!best || strlen(c) > strlen(best)))
            best = c;
    }
    if (best) return best;
    const char **cands = arena_alloc(ctx->a, sizeof(char *) * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) cands[i] = schema_type_name(p, k, i);
    return did_you_mean(name, cands, n);
}

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *r = &m->resources.data[i];
        SchemaTarget t;
        if (!resource_schema(ctx, r, &t) || t.block >= 0 || !r->block->label_count) continue;
        const char *kind = r->mode == MODE_MANAGED ? "resource type" : r->mode == MODE_DATA ? "data source"
                                                                                             : "ephemeral resource type";
        Diag *d = ctx_report(ctx, r->file, r->block->labels[0].range,
                             r->mode == MODE_MANAGED ? "Invalid resource type"
                             : r->mode == MODE_DATA  ? "Invalid data source"
                                                     : "Invalid ephemeral resource type");
        SchemaKind k = r->mode == MODE_MANAGED ? SK_RESOURCE : r->mode == MODE_DATA ? SK_DATA : SK_EPHEMERAL;
        if (t.prev >= 0) {
            d->detail = arena_printf(ctx->a, "The provider %s does not support %s \"%s\" in version %s: it was "
                                             "removed in %s (version %s has it).",
                                     t.choice->source, kind, r->type, schema_provider_version(t.choice->provider),
                                     schema_major_text(ctx, t.choice->provider),
                                     schema_provider_version(t.choice->previous));
            d->hint = "See the provider's upgrade guide for its replacement, or constrain the provider to the "
                      "older major.";
            continue;
        }
        const char *s = nearest_type(ctx, t.choice->provider, k, r->type);
        d->detail = s ? arena_printf(ctx->a, "The provider %s does not support %s \"%s\". Did you mean \"%s\"?",
                                     t.choice->source, kind, r->type, s)
                      : arena_printf(ctx->a, "The provider %s does not support %s \"%s\".", t.choice->source, kind,
                                     r->type);
        if (s) d->hint = arena_printf(ctx->a, "Did you mean \"%s\"?", s);
    }
}

const Rule rule_unknown_resource_type = {
    "unknown-resource-type", SEV_ERROR, "T1", "Resource and data source types the provider does not have",
    "A resource or data source type must exist in the provider that serves it: `terraform init` "
    "and `validate` fail on `aws_s3_bucket_encryption_configuration` (the type is "
    "`aws_s3_bucket_server_side_encryption_configuration`) or on a type from another provider "
    "version. tfcheck knows every type of the embedded providers (AWS 5 and 6, archive, random, "
    "null, tls, time, local) and suggests the nearest real one; types of providers it does not "
    "embed are not checked. A type that the previous major version had is reported as removed in "
    "the new one.",
    "module", check};
