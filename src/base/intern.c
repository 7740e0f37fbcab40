/* intern.c - interned identifiers.
 *
 * An open-addressing hash table of unique strings (FNV-1a hashed).  Equal
 * names give the same pointer, so later stages compare names by pointer, as
 * Lua does with its short strings.
 */
#include "base.h"

#include <string.h>

struct InternEntry {
    uint32_t hash;
    uint32_t len;
    char text[];
};

static uint32_t hash_bytes(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

void interner_init(Interner *in) {
    memset(in, 0, sizeof *in);
    arena_init(&in->arena);
}

void interner_free(Interner *in) {
    mem_free(in->slots);
    arena_free(&in->arena);
    memset(in, 0, sizeof *in);
}

static void rehash(Interner *in) {
    uint32_t ncap = in->cap ? in->cap * 2 : 256;
    InternEntry **slots = mem_alloc(mem_mul(sizeof(InternEntry *), ncap));
    memset(slots, 0, sizeof(InternEntry *) * ncap);
    for (uint32_t i = 0; i < in->cap; i++) {
        InternEntry *e = in->slots[i];
        if (!e) continue;
        uint32_t j = e->hash & (ncap - 1);
        while (slots[j]) j = (j + 1) & (ncap - 1);
        slots[j] = e;
    }
    mem_free(in->slots);
    in->slots = slots;
    in->cap = ncap;
}

const char *intern(Interner *in, const char *s, size_t n) {
    if ((in->count + 1) * 4 >= in->cap * 3) rehash(in);
    uint32_t h = hash_bytes(s, n);
    uint32_t j = h & (in->cap - 1);
    for (;;) {
        InternEntry *e = in->slots[j];
        if (!e) break;
        if (e->hash == h && e->len == n && memcmp(e->text, s, n) == 0) return e->text;
        j = (j + 1) & (in->cap - 1);
    }
    InternEntry *e = arena_alloc(&in->arena, sizeof(InternEntry) + n + 1);
    e->hash = h;
    e->len = (uint32_t)n;
    memcpy(e->text, s, n);
    e->text[n] = '\0';
    in->slots[j] = e;
    in->count++;
    return e->text;
}
