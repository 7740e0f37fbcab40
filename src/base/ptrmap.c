/* ptrmap.c - an open-addressing hash map keyed by pointer.  Keys are never
 * removed; a NULL key slot is empty. */
#include "base.h"

#include <string.h>

static uint32_t hash_ptr(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDull;
    x ^= x >> 33;
    return (uint32_t)x;
}

static void grow(PtrMap *m) {
    uint32_t ncap = m->cap ? m->cap * 2 : 64;
    const void **keys = mem_alloc(mem_mul(sizeof(void *), ncap));
    void **vals = mem_alloc(mem_mul(sizeof(void *), ncap));
    memset(keys, 0, sizeof(void *) * ncap);
    for (uint32_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        uint32_t j = hash_ptr(m->keys[i]) & (ncap - 1);
        while (keys[j]) j = (j + 1) & (ncap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    mem_free(m->keys);
    mem_free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = ncap;
}

static void put(PtrMap *m, const void *key, void *val, bool replace) {
    if (!key) return;
    if ((m->count + 1) * 4 >= m->cap * 3) grow(m);
    uint32_t j = hash_ptr(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->keys[j] == key) {
            if (replace) m->vals[j] = val;
            return;
        }
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = key;
    m->vals[j] = val;
    m->count++;
}

void ptrmap_put(PtrMap *m, const void *key, void *val) { put(m, key, val, false); }
void ptrmap_set(PtrMap *m, const void *key, void *val) { put(m, key, val, true); }

void *ptrmap_get(const PtrMap *m, const void *key) {
    if (!m->cap || !key) return NULL;
    uint32_t j = hash_ptr(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->keys[j] == key) return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

void ptrmap_free(PtrMap *m) {
    mem_free(m->keys);
    mem_free(m->vals);
    memset(m, 0, sizeof *m);
}
