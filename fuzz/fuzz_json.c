/* fuzz_json.c - libFuzzer target for the JSON parser: parse, check that
 * every value's range lies inside the input and inside its parent's, free. */
#include <stdlib.h>

#include "../src/base/base.h"
#include "../src/tfjson/tfjson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_ranges(const JsonValue *v, Range outer, uint32_t len, int depth) {
    if (v->range.start > v->range.end || v->range.end > len) abort();
    if (v->range.start < outer.start || v->range.end > outer.end) abort();
    if (depth > JSON_MAX_DEPTH + 1) abort();
    for (uint32_t i = 0; i < v->count; i++) check_ranges(v->items[i], v->range, len, depth + 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1u << 20)) return 0;
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    SourceFile *f = source_from_memory(&a, "fuzz.json", (const char *)data, size);
    JsonValue *v = json_parse(f, &a, &dl);
    if (v) check_ranges(v, range_make(0, f->len), f->len, 0);
    if (!v && dl.items.len == 0) abort(); /* a failure always says why */
    diag_list_free(&dl);
    arena_free(&a);
    return 0;
}
