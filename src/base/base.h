/* base.h - the foundation every stage of tfcheck builds on.
 *
 * Allocation (one hook, arenas), growable vectors, string slices, interned
 * identifiers, source files with their line tables, positions and ranges, and
 * the one diagnostic type that every stage appends to.  Nothing here knows
 * about HCL or Terraform.
 */
#ifndef TFCHECK_BASE_H
#define TFCHECK_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- allocation ------------------------------------------------------ */

/* Every heap allocation of tfcheck goes through these.  They never return
 * NULL: on exhaustion they print one line and exit(2), which is the only
 * place outside main() allowed to end the process.  Tests read the counter. */
void *mem_alloc(size_t size);
void *mem_realloc(void *ptr, size_t size);
void mem_free(void *ptr);
size_t mem_live_bytes(void);  /* bytes currently allocated through the hook */
size_t mem_peak_bytes(void);  /* high-water mark of the above */

/* size * count with an overflow check; exits like mem_alloc on overflow. */
size_t mem_mul(size_t size, size_t count);

/* An arena hands out memory that is released all at once. */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head;   /* newest chunk; older chunks chain behind it */
    unsigned char *base;/* head's memory */
    size_t used;        /* bytes used in head */
    size_t cap;         /* capacity of head */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
void *arena_alloc_slow(Arena *a, size_t size);

/* Zeroed, 8-aligned memory.  The common case (room in the current chunk)
 * is inline: the parser allocates a node for nearly every token. */
static inline void *arena_alloc(Arena *a, size_t size) {
    size = (size + 7) & ~(size_t)7;
    if (size == 0) size = 8;
    if (a->cap - a->used >= size && a->base) {
        void *p = a->base + a->used;
        a->used += size;
        __builtin_memset(p, 0, size);
        return p;
    }
    return arena_alloc_slow(a, size);
}
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap);

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_alloc((a), mem_mul(sizeof(T), (n))))

/* ---- growable arrays ---------------------------------------------------
 * Vec(T) is a heap-backed array; vec_push grows it by doubling.  Arrays that
 * outlive their builder are copied into an arena with vec_to_arena. */
#define Vec(T) struct { T *data; uint32_t len, cap; }

void vec_grow_(void **data, uint32_t *cap, size_t elem, uint32_t need);

#define vec_push(v, x)                                                        \
    do {                                                                      \
        if ((v)->len == (v)->cap)                                             \
            vec_grow_((void **)&(v)->data, &(v)->cap, sizeof(*(v)->data),     \
                      (v)->len + 1);                                          \
        (v)->data[(v)->len++] = (x);                                          \
    } while (0)
#define vec_free(v) (mem_free((v)->data), (v)->data = NULL, (v)->len = (v)->cap = 0)
#define vec_last(v) ((v)->data[(v)->len - 1])

void *vec_to_arena_(Arena *a, const void *data, uint32_t len, size_t elem);
#define vec_to_arena(a, v) vec_to_arena_((a), (v)->data, (v)->len, sizeof(*(v)->data))

/* ---- string builder (heap) ---------------------------------------------- */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

void sb_append(StrBuf *sb, const char *s, size_t n);
void sb_puts(StrBuf *sb, const char *s);
void sb_putc(StrBuf *sb, char c);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_free(StrBuf *sb);
const char *sb_cstr(StrBuf *sb); /* NUL-terminated view; valid until next append */

/* ---- interned identifiers -----------------------------------------------
 * Equal names intern to the same pointer, so comparing names is comparing
 * pointers.  The table lives in its own arena. */
typedef struct InternEntry InternEntry;
typedef struct Interner {
    Arena arena;
    InternEntry *slots;     /* open-addressed table (see intern.c) */
    uint32_t count, cap;
} Interner;

void interner_init(Interner *in);
void interner_free(Interner *in);
const char *intern(Interner *in, const char *s, size_t n);

/* Levenshtein distance between two short strings (either over 100 bytes:
 * a large number), for did-you-mean suggestions. */
size_t str_edit_distance(const char *a, const char *b);

/* ---- pointer maps ---------------------------------------------------------
 * A hash map from pointers (typically interned names) to pointers, for the
 * lookups that would otherwise scan a list once per reference. */
typedef struct PtrMap {
    const void **keys;
    void **vals;
    uint32_t count, cap;
} PtrMap;

/* Adds key -> val unless key is present (the first one stays). */
void ptrmap_put(PtrMap *m, const void *key, void *val);
/* Adds key -> val, or replaces the value key has. */
void ptrmap_set(PtrMap *m, const void *key, void *val);
void *ptrmap_get(const PtrMap *m, const void *key);
void ptrmap_free(PtrMap *m);

/* ---- UTF-8 ------------------------------------------------------------- */

/* Decodes one code point at s[0..n).  Returns its length (1-4) and stores the
 * code point, or returns 0 for an invalid sequence (overlong, surrogate,
 * truncated, > U+10FFFF). */
int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
int utf8_encode(uint32_t cp, char out[4]);
bool unicode_is_id_start(uint32_t cp);
bool unicode_is_id_continue(uint32_t cp);
bool unicode_is_space(uint32_t cp);

/* ---- source files and positions -----------------------------------------
 * A position is a byte offset; its line and column come from the file's
 * line-start table, computed once.  Lines and columns are 1-based; columns
 * count grapheme clusters, as HCL (and so Terraform's messages) do. */
typedef struct Pos {
    uint32_t byte;
    uint32_t line;
    uint32_t column;
} Pos;

typedef struct Range {  /* [start, end) in bytes of one file */
    uint32_t start;
    uint32_t end;
} Range;

typedef struct SourceFile {
    const char *path;       /* as reached from the command line */
    const char *text;       /* contents, NUL-terminated (NUL not counted) */
    uint32_t len;           /* bytes */
    uint32_t bom;           /* 3 when a UTF-8 BOM starts the file, else 0 */
    uint32_t *line_starts;  /* byte offset of each line's first byte */
    uint32_t line_count;
} SourceFile;

/* Reads a whole file.  Returns NULL with errno set on failure. Files over
 * 1 GiB are refused with EFBIG. */
SourceFile *source_read(Arena *a, const char *path);
SourceFile *source_from_memory(Arena *a, const char *path, const char *text, size_t len);
Pos source_pos(const SourceFile *f, uint32_t byte);
/* The text of line `line` (1-based) without its line terminator. */
const char *source_line(const SourceFile *f, uint32_t line, uint32_t *len);

static inline Range range_make(uint32_t start, uint32_t end) {
    Range r = {start, end};
    return r;
}
static inline Range range_join(Range a, Range b) {
    Range r = {a.start < b.start ? a.start : b.start, a.end > b.end ? a.end : b.end};
    return r;
}

/* ---- diagnostics -------------------------------------------------------- */
typedef enum Severity { SEV_ERROR, SEV_WARNING, SEV_INFO } Severity;

const char *severity_name(Severity s);

typedef struct Diag {
    Severity severity;
    const char *rule;            /* stable rule id: "syntax", "io", ... */
    const char *class_id;        /* catalogue class: "S1", ... */
    const char *summary;         /* one line, no trailing period */
    const char *detail;          /* full sentences, may be NULL */
    const char *hint;            /* how to fix it, may be NULL */
    const SourceFile *file;      /* NULL for problems without a file */
    const char *path;            /* path to show when file is NULL */
    Range subject;               /* the caret span */
    Range context;               /* wider span for context; == subject if none */
    bool has_subject;
} Diag;

typedef struct DiagList {
    Arena *arena;                /* where summaries and details live */
    Vec(Diag) items;
} DiagList;

void diag_list_init(DiagList *dl, Arena *arena);
void diag_list_free(DiagList *dl);
/* Appends a diagnostic and returns it for the caller to fill in further.
 * Strings passed in must live as long as the arena (literals, or arena
 * copies); diag_detailf formats into the arena. */
Diag *diag_add(DiagList *dl, Severity sev, const char *rule, const char *class_id,
               const SourceFile *file, Range subject, const char *summary);
void diag_detailf(DiagList *dl, Diag *d, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
uint32_t diag_count(const DiagList *dl, Severity sev);
/* Stable order for reporting: by path, then position, then insertion. */
void diag_sort(DiagList *dl);

#endif
