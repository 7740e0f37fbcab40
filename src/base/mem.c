/* mem.c - the allocation hook, arenas, vectors and the string builder.
 *
 * All heap traffic passes through mem_alloc/mem_realloc/mem_free so that a
 * test build can count it (mem_live_bytes, mem_peak_bytes).  Each block keeps
 * its size in a small header for that bookkeeping.
 */
#include "base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct MemHeader {
    size_t size;
    size_t pad; /* keeps the payload 16-aligned */
} MemHeader;

/* Process-wide counters: the allocator is the one place where a global is
 * the right tool (it mirrors what the C library itself keeps). */
static size_t live_bytes;
static size_t peak_bytes;

static void out_of_memory(size_t size) {
    fprintf(stderr, "tfcheck: out of memory (allocating %zu bytes)\n", size);
    exit(2);
}

size_t mem_mul(size_t size, size_t count) {
    if (count != 0 && size > SIZE_MAX / count) out_of_memory(SIZE_MAX);
    return size * count;
}

void *mem_alloc(size_t size) {
    if (size > SIZE_MAX - sizeof(MemHeader)) out_of_memory(size);
    MemHeader *h = malloc(sizeof(MemHeader) + size);
    if (!h) out_of_memory(size);
    h->size = size;
    live_bytes += size;
    if (live_bytes > peak_bytes) peak_bytes = live_bytes;
    return h + 1;
}

void *mem_realloc(void *ptr, size_t size) {
    if (!ptr) return mem_alloc(size);
    if (size > SIZE_MAX - sizeof(MemHeader)) out_of_memory(size);
    MemHeader *old = (MemHeader *)ptr - 1;
    size_t old_size = old->size;
    MemHeader *h = realloc(old, sizeof(MemHeader) + size);
    if (!h) out_of_memory(size);
    h->size = size;
    live_bytes = live_bytes - old_size + size;
    if (live_bytes > peak_bytes) peak_bytes = live_bytes;
    return h + 1;
}

void mem_free(void *ptr) {
    if (!ptr) return;
    MemHeader *h = (MemHeader *)ptr - 1;
    live_bytes -= h->size;
    free(h);
}

size_t mem_live_bytes(void) { return live_bytes; }
size_t mem_peak_bytes(void) { return peak_bytes; }

/* ---- arena ---------------------------------------------------------------- */

struct ArenaChunk {
    ArenaChunk *prev;
    size_t cap;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024 };

void arena_init(Arena *a) { memset(a, 0, sizeof *a); }

void arena_free(Arena *a) {
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *prev = c->prev;
        mem_free(c);
        c = prev;
    }
    memset(a, 0, sizeof *a);
}

void *arena_alloc_slow(Arena *a, size_t size) {
    if (!a->head || a->cap - a->used < size) {
        /* Chunks double with the arena's size so big inputs do not produce
         * thousands of chunks; a huge request gets a chunk of its own. */
        size_t cap = a->head ? a->head->cap * 2 : ARENA_MIN_CHUNK;
        if (cap > 16u * 1024 * 1024) cap = 16u * 1024 * 1024;
        if (cap < size) cap = size;
        ArenaChunk *c = mem_alloc(sizeof(ArenaChunk) + cap);
        c->prev = a->head;
        c->cap = cap;
        a->head = c;
        a->base = c->data;
        a->used = 0;
        a->cap = cap;
    }
    void *p = a->head->data + a->used;
    a->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_vprintf(Arena *a, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

/* ---- vectors --------------------------------------------------------------- */

void vec_grow_(void **data, uint32_t *cap, size_t elem, uint32_t need) {
    uint32_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > UINT32_MAX / 2) out_of_memory(SIZE_MAX);
        ncap *= 2;
    }
    *data = mem_realloc(*data, mem_mul(elem, ncap));
    *cap = ncap;
}

void *vec_to_arena_(Arena *a, const void *data, uint32_t len, size_t elem) {
    if (len == 0) return NULL;
    void *p = arena_alloc(a, mem_mul(elem, len));
    memcpy(p, data, elem * len);
    return p;
}

/* ---- string builder --------------------------------------------------------- */

void sb_append(StrBuf *sb, const char *s, size_t n) {
    if (sb->cap - sb->len < n + 1) {
        size_t ncap = sb->cap ? sb->cap : 64;
        while (ncap - sb->len < n + 1) ncap = mem_mul(ncap, 2);
        sb->data = mem_realloc(sb->data, ncap);
        sb->cap = ncap;
    }
    if (n) memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void sb_puts(StrBuf *sb, const char *s) { sb_append(sb, s, strlen(s)); }
void sb_putc(StrBuf *sb, char c) { sb_append(sb, &c, 1); }

void sb_printf(StrBuf *sb, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n > 0) {
        sb_append(sb, "", 0);
        if (sb->cap - sb->len < (size_t)n + 1) {
            size_t ncap = sb->cap;
            while (ncap - sb->len < (size_t)n + 1) ncap = mem_mul(ncap, 2);
            sb->data = mem_realloc(sb->data, ncap);
            sb->cap = ncap;
        }
        vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
        sb->len += (size_t)n;
    }
    va_end(ap);
}

void sb_free(StrBuf *sb) {
    mem_free(sb->data);
    memset(sb, 0, sizeof *sb);
}

const char *sb_cstr(StrBuf *sb) {
    if (!sb->data) sb_append(sb, "", 0);
    return sb->data;
}
