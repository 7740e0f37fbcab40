/* schema.h - the provider schemas compiled into tfcheck.
 *
 * For every embedded provider version: its resource, data source and
 * ephemeral resource types, and for each the block schema terraform would
 * validate against (arguments with their types and flags, nested block types
 * with nesting mode and item limits).  The data is generated C
 * (schema_data.c), so nothing is parsed at start-up; lookups are binary
 * searches over sorted tables.  Handles are plain indexes.
 *
 * Types are kept in a compact text form, one character per constructor:
 *   s string, n number, b bool, d dynamic (any),
 *   L<t> list, S<t> set, M<t> map, O{name:t,...} object, T[t,...] tuple.
 */
#ifndef TFCHECK_SCHEMA_H
#define TFCHECK_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum SchemaKind { SK_RESOURCE, SK_DATA, SK_EPHEMERAL } SchemaKind;
typedef enum SchemaNesting { SN_SINGLE, SN_LIST, SN_SET, SN_MAP, SN_GROUP } SchemaNesting;

enum {
    SA_REQUIRED = 1, SA_OPTIONAL = 2, SA_COMPUTED = 4, SA_DEPRECATED = 8,
    SA_SENSITIVE = 16, SA_WRITE_ONLY = 32,
};

typedef int32_t SchemaProviderId;   /* -1: none */
typedef int32_t SchemaBlockId;      /* -1: none */

typedef struct SchemaAttr {
    const char *name;
    const char *type;               /* type code */
    uint32_t flags;                 /* SA_* */
} SchemaAttr;

typedef struct SchemaNested {
    const char *name;
    SchemaBlockId block;
    SchemaNesting nesting;
    uint32_t min_items, max_items;  /* max 0: no limit */
} SchemaNested;

/* ---- providers ---------------------------------------------------------- */
uint32_t schema_provider_count_all(void);
const char *schema_provider_source(SchemaProviderId p);   /* "hashicorp/aws" */
const char *schema_provider_version(SchemaProviderId p);  /* "5.100.0" */
SchemaBlockId schema_provider_config(SchemaProviderId p);
/* The embedded versions of a source ("hashicorp/aws"), newest first; returns
 * how many (at most max) were written to out. */
uint32_t schema_provider_versions(const char *source, SchemaProviderId *out, uint32_t max);

/* ---- types ---------------------------------------------------------------- */
SchemaBlockId schema_type(SchemaProviderId p, SchemaKind k, const char *name);
/* Number of types of a kind, and the i-th name (sorted), for suggestions. */
uint32_t schema_type_count(SchemaProviderId p, SchemaKind k);
const char *schema_type_name(SchemaProviderId p, SchemaKind k, uint32_t i);
/* The type's block in the newest embedded version of any provider that has
 * it, or -1 (for reading JSON bodies before versions are chosen). */
SchemaBlockId schema_type_any(SchemaKind k, const char *name);
/* The provider configuration block of hashicorp/<name>'s newest version, or -1. */
SchemaBlockId schema_provider_config_any(const char *name);
/* Is the resource type itself deprecated (its root block says so)? */
bool schema_block_deprecated(SchemaBlockId b);

/* ---- blocks ----------------------------------------------------------------- */
bool schema_attr(SchemaBlockId b, const char *name, SchemaAttr *out);
bool schema_nested(SchemaBlockId b, const char *name, SchemaNested *out);
uint32_t schema_attr_count(SchemaBlockId b);
void schema_attr_at(SchemaBlockId b, uint32_t i, SchemaAttr *out);
uint32_t schema_nested_count(SchemaBlockId b);
void schema_nested_at(SchemaBlockId b, uint32_t i, SchemaNested *out);

/* ---- type codes --------------------------------------------------------------- */
/* The end of the type code starting at t. */
const char *schema_type_skip(const char *t);
/* In an object type code O{...}: the code of attribute `name` (len bytes), or NULL. */
const char *schema_object_attr(const char *t, const char *name, size_t len);
/* Human form: "list of string", "map of object", ... into buf. */
void schema_type_describe(const char *t, char *buf, size_t size);

#endif
