/* schema_int.h - the record layout of the generated tables in schema_data.c
 * (written by tools/schema/gen_schema.py; keep the two in step).  Names and
 * type codes are offsets into schema_strings; every list is sorted by name. */
#ifndef TFCHECK_SCHEMA_INT_H
#define TFCHECK_SCHEMA_INT_H

#include <stdint.h>

typedef struct SchemaAttrRec {
    uint32_t name, type, flags;               /* flags: SA_* in schema.h */
} SchemaAttrRec;

typedef struct SchemaBlockTypeRec {
    uint32_t name, block;
    uint8_t nesting;                          /* SchemaNesting */
    uint16_t min_items, max_items;            /* 0: no limit */
} SchemaBlockTypeRec;

typedef struct SchemaBlockRec {
    uint32_t attr_start, attr_count;
    uint32_t nested_start, nested_count;
    uint32_t deprecated;
} SchemaBlockRec;

typedef struct SchemaTypeRec {
    uint32_t name, block;
    uint16_t provider;
    uint16_t kind;                            /* SchemaKind */
} SchemaTypeRec;

typedef struct SchemaRange { uint32_t start, count; } SchemaRange;

typedef struct SchemaProviderRec {
    const char *source;                       /* "hashicorp/aws" */
    const char *version;                      /* "5.100.0" */
    uint32_t provider_block;
    SchemaRange kinds[3];                     /* into schema_types, per SchemaKind */
} SchemaProviderRec;

extern const char schema_strings[];
extern const SchemaAttrRec schema_attrs[];
extern const SchemaBlockTypeRec schema_block_types[];
extern const SchemaBlockRec schema_blocks[];
extern const SchemaTypeRec schema_types[];
extern const SchemaProviderRec schema_providers[];
extern const uint32_t schema_provider_count;

#endif
