/* schema.c - lookups in the generated provider schema tables. */
#include "schema.h"

#include <stdio.h>
#include <string.h>

#include "schema_int.h"
#include "../config/config.h"

#define STR(off) (schema_strings + (off))

uint32_t schema_provider_count_all(void) { return schema_provider_count; }
const char *schema_provider_source(SchemaProviderId p) { return schema_providers[p].source; }
const char *schema_provider_version(SchemaProviderId p) { return schema_providers[p].version; }
SchemaBlockId schema_provider_config(SchemaProviderId p) { return (SchemaBlockId)schema_providers[p].provider_block; }

uint32_t schema_provider_versions(const char *source, SchemaProviderId *out, uint32_t max) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < schema_provider_count && n < max; i++) {
        if (strcmp(schema_providers[i].source, source) != 0) continue;
        /* insertion sort, newest first */
        Version v;
        version_parse(schema_providers[i].version, strlen(schema_providers[i].version), &v);
        uint32_t j = n++;
        for (; j > 0; j--) {
            Version w;
            const char *s = schema_providers[out[j - 1]].version;
            version_parse(s, strlen(s), &w);
            if (version_compare(&w, &v) >= 0) break;
            out[j] = out[j - 1];
        }
        out[j] = (SchemaProviderId)i;
    }
    return n;
}

SchemaBlockId schema_type(SchemaProviderId p, SchemaKind k, const char *name) {
    SchemaRange r = schema_providers[p].kinds[k];
    uint32_t lo = r.start, hi = r.start + r.count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(STR(schema_types[mid].name), name);
        if (c == 0) return (SchemaBlockId)schema_types[mid].block;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

uint32_t schema_type_count(SchemaProviderId p, SchemaKind k) { return schema_providers[p].kinds[k].count; }

const char *schema_type_name(SchemaProviderId p, SchemaKind k, uint32_t i) {
    return STR(schema_types[schema_providers[p].kinds[k].start + i].name);
}

bool schema_block_deprecated(SchemaBlockId b) { return b >= 0 && schema_blocks[b].deprecated; }

static void attr_out(uint32_t i, SchemaAttr *out) {
    out->name = STR(schema_attrs[i].name);
    out->type = STR(schema_attrs[i].type);
    out->flags = schema_attrs[i].flags;
}

static void nested_out(uint32_t i, SchemaNested *out) {
    const SchemaBlockTypeRec *r = &schema_block_types[i];
    out->name = STR(r->name);
    out->block = (SchemaBlockId)r->block;
    out->nesting = (SchemaNesting)r->nesting;
    out->min_items = r->min_items;
    out->max_items = r->max_items;
}

bool schema_attr(SchemaBlockId b, const char *name, SchemaAttr *out) {
    if (b < 0) return false;
    uint32_t lo = schema_blocks[b].attr_start, hi = lo + schema_blocks[b].attr_count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(STR(schema_attrs[mid].name), name);
        if (c == 0) {
            if (out) attr_out(mid, out);
            return true;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

bool schema_nested(SchemaBlockId b, const char *name, SchemaNested *out) {
    if (b < 0) return false;
    uint32_t lo = schema_blocks[b].nested_start, hi = lo + schema_blocks[b].nested_count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(STR(schema_block_types[mid].name), name);
        if (c == 0) {
            if (out) nested_out(mid, out);
            return true;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

uint32_t schema_attr_count(SchemaBlockId b) { return b < 0 ? 0 : schema_blocks[b].attr_count; }
void schema_attr_at(SchemaBlockId b, uint32_t i, SchemaAttr *out) { attr_out(schema_blocks[b].attr_start + i, out); }
uint32_t schema_nested_count(SchemaBlockId b) { return b < 0 ? 0 : schema_blocks[b].nested_count; }
void schema_nested_at(SchemaBlockId b, uint32_t i, SchemaNested *out) {
    nested_out(schema_blocks[b].nested_start + i, out);
}

const char *schema_type_skip(const char *t) {
    switch (*t) {
    case 'L': case 'S': case 'M':
        return schema_type_skip(t + 1);
    case 'O':
    case 'T': {
        char close = *t == 'O' ? '}' : ']';
        t += 2; /* "O{" or "T[" */
        while (*t && *t != close) {
            if (close == '}') {
                while (*t && *t != ':') t++;
                if (*t) t++;
            }
            t = schema_type_skip(t);
            if (*t == ',') t++;
        }
        return *t ? t + 1 : t;
    }
    case '\0':
        return t;
    default:
        return t + 1;
    }
}

const char *schema_object_attr(const char *t, const char *name, size_t len) {
    if (t[0] != 'O') return NULL;
    t += 2;
    while (*t && *t != '}') {
        const char *colon = strchr(t, ':');
        if (!colon) return NULL;
        if ((size_t)(colon - t) == len && memcmp(t, name, len) == 0) return colon + 1;
        t = schema_type_skip(colon + 1);
        if (*t == ',') t++;
    }
    return NULL;
}

void schema_type_describe(const char *t, char *buf, size_t size) {
    const char *word;
    switch (*t) {
    case 's': word = "string"; break;
    case 'n': word = "number"; break;
    case 'b': word = "bool"; break;
    case 'd': word = "any value"; break;
    case 'O': word = "object"; break;
    case 'T': word = "tuple"; break;
    case 'L': case 'S': case 'M': {
        char inner[64];
        schema_type_describe(t + 1, inner, sizeof inner);
        snprintf(buf, size, "%s of %s", *t == 'L' ? "list" : *t == 'S' ? "set" : "map", inner);
        return;
    }
    default: word = "?"; break;
    }
    snprintf(buf, size, "%s", word);
}

static int compare_versions(SchemaProviderId a, SchemaProviderId b) {
    Version va, vb;
    version_parse(schema_providers[a].version, strlen(schema_providers[a].version), &va);
    version_parse(schema_providers[b].version, strlen(schema_providers[b].version), &vb);
    return version_compare(&va, &vb);
}

SchemaBlockId schema_type_any(SchemaKind k, const char *name) {
    SchemaBlockId best = -1;
    SchemaProviderId bp = -1;
    for (uint32_t i = 0; i < schema_provider_count; i++) {
        SchemaBlockId b = schema_type((SchemaProviderId)i, k, name);
        if (b < 0) continue;
        if (bp < 0 || (strcmp(schema_providers[i].source, schema_providers[bp].source) == 0 &&
                       compare_versions((SchemaProviderId)i, bp) > 0)) {
            best = b;
            bp = (SchemaProviderId)i;
        }
    }
    return best;
}

SchemaBlockId schema_provider_config_any(const char *name) {
    char source[128];
    snprintf(source, sizeof source, "hashicorp/%s", name);
    SchemaProviderId ids[4];
    return schema_provider_versions(source, ids, 4) ? schema_provider_config(ids[0]) : -1;
}
