/* diag.c - the one diagnostic type every stage appends to.
 *
 * Stages add diagnostics and carry on; only main decides the exit code.
 */
#include "base.h"

#include <stdlib.h>
#include <string.h>

const char *severity_name(Severity s) {
    switch (s) {
    case SEV_ERROR: return "error";
    case SEV_WARNING: return "warning";
    case SEV_INFO: return "info";
    }
    return "error";
}

void diag_list_init(DiagList *dl, Arena *arena) {
    memset(dl, 0, sizeof *dl);
    dl->arena = arena;
}

void diag_list_free(DiagList *dl) { vec_free(&dl->items); }

Diag *diag_add(DiagList *dl, Severity sev, const char *rule, const char *class_id,
               const SourceFile *file, Range subject, const char *summary) {
    Diag d;
    memset(&d, 0, sizeof d);
    d.severity = sev;
    d.rule = rule;
    d.class_id = class_id;
    d.summary = summary;
    d.file = file;
    d.path = file ? file->path : NULL;
    d.subject = subject;
    d.context = subject;
    d.has_subject = file != NULL;
    vec_push(&dl->items, d);
    return &vec_last(&dl->items);
}

void diag_detailf(DiagList *dl, Diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    d->detail = arena_vprintf(dl->arena, fmt, ap);
    va_end(ap);
}

uint32_t diag_count(const DiagList *dl, Severity sev) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < dl->items.len; i++)
        if (dl->items.data[i].severity == sev) n++;
    return n;
}

typedef struct Keyed {
    Diag d;
    uint32_t seq;
} Keyed;

static int cmp_diag(const void *pa, const void *pb) {
    const Keyed *a = pa, *b = pb;
    const char *fa = a->d.path ? a->d.path : "", *fb = b->d.path ? b->d.path : "";
    int c = strcmp(fa, fb);
    if (c) return c;
    if (a->d.has_subject != b->d.has_subject) return a->d.has_subject ? 1 : -1;
    if (a->d.subject.start != b->d.subject.start)
        return a->d.subject.start < b->d.subject.start ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_sort(DiagList *dl) {
    uint32_t n = dl->items.len;
    if (n < 2) return;
    Keyed *k = mem_alloc(mem_mul(sizeof(Keyed), n));
    for (uint32_t i = 0; i < n; i++) {
        k[i].d = dl->items.data[i];
        k[i].seq = i;
    }
    qsort(k, n, sizeof(Keyed), cmp_diag);
    for (uint32_t i = 0; i < n; i++) dl->items.data[i] = k[i].d;
    mem_free(k);
}
