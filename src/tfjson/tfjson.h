/* tfjson.h - JSON syntax with source positions.
 *
 * json_parse reads a JSON document into a tree whose every value and object
 * key keeps its Range in the file, so that diagnostics about JSON input
 * (Terraform JSON, tfvars JSON, .terraform/modules/modules.json) point at a
 * real line and column.  Syntax errors are reported with rule "syntax". */
#ifndef TFCHECK_TFJSON_H
#define TFCHECK_TFJSON_H

#include "../base/base.h"

typedef enum JsonKind { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } JsonKind;

typedef struct JsonValue JsonValue;
struct JsonValue {
    JsonKind kind;
    Range range;
    bool boolean;
    const char *str;          /* string: decoded, NUL-terminated; number: its text */
    uint32_t len;
    JsonValue **items;        /* array items, object values (in document order) */
    const char **keys;        /* object keys, decoded */
    Range *key_ranges;
    uint32_t count;
};

/* Parses a whole document; returns NULL (after reporting) on a syntax error. */
JsonValue *json_parse(const SourceFile *src, Arena *a, DiagList *diags);
/* The value of the last member named `key`, or NULL. */
const JsonValue *json_get(const JsonValue *obj, const char *key);

enum { JSON_MAX_DEPTH = 512 };

#endif
