/* intern.c - interned identifiers.
 *
 * An open-addressing hash table of unique strings.  Equal names give the
 * same pointer, so later stages compare names by pointer, as Lua does with
 * its short strings.  Each slot keeps the hash and length beside the pointer
 * so that a probe rarely has to touch the string itself.
 */
#include "base.h"

#include <string.h>

struct InternEntry {
    uint32_t hash;
    uint32_t len;
    const char *text;    /* NULL for an empty slot */
};

/* A word-at-a-time multiplicative hash (names are short). */
static uint32_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return (uint32_t)h;
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
    uint32_t ncap = in->cap ? in->cap * 2 : 4096;
    InternEntry *slots = mem_alloc(mem_mul(sizeof(InternEntry), ncap));
    memset(slots, 0, sizeof(InternEntry) * ncap);
    InternEntry *old = in->slots;
    for (uint32_t i = 0; i < in->cap; i++) {
        if (!old[i].text) continue;
        uint32_t j = old[i].hash & (ncap - 1);
        while (slots[j].text) j = (j + 1) & (ncap - 1);
        slots[j] = old[i];
    }
    mem_free(in->slots);
    in->slots = slots;
    in->cap = ncap;
}

const char *intern(Interner *in, const char *s, size_t n) {
    if ((in->count + 1) * 4 >= in->cap * 3) rehash(in);
    InternEntry *slots = in->slots;
    uint32_t h = hash_bytes(s, n);
    uint32_t j = h & (in->cap - 1);
    for (;;) {
        InternEntry *e = &slots[j];
        if (!e->text) break;
        if (e->hash == h && e->len == n && memcmp(e->text, s, n) == 0) return e->text;
        j = (j + 1) & (in->cap - 1);
    }
    char *text = arena_alloc(&in->arena, n + 1);
    memcpy(text, s, n);
    text[n] = '\0';
    slots[j].hash = h;
    slots[j].len = (uint32_t)n;
    slots[j].text = text;
    in->count++;
    return text;
}

size_t str_edit_distance(const char *a, const char *b) {
    size_t n = strlen(a), m = strlen(b);
    if (n > 100 || m > 100) return 1000;
    size_t row[101];
    for (size_t j = 0; j <= m; j++) row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t prev = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t cur = row[j];
            size_t best = prev + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    return row[m];
}
