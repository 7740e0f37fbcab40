/* diff.c - line diffs for `fmt -diff` and for F1 findings: the first line
 * that differs, and a unified diff (3 lines of context, diff -u's format)
 * computed with Myers' O(ND) algorithm. */
#include "fmt.h"

#include <string.h>

uint32_t fmt_first_difference(const char *a, size_t alen, const char *b, size_t blen) {
    size_t n = alen < blen ? alen : blen, i = 0;
    while (i < n && a[i] == b[i]) i++;
    if (i == alen && i == blen) return 0;
    uint32_t line = 1;
    for (size_t k = 0; k < i; k++)
        if (a[k] == '\n') line++;
    return line;
}

typedef struct Lines {
    const char **start;
    uint32_t *len;       /* with the newline */
    uint32_t n;
} Lines;

static void split(const char *s, size_t len, Lines *out) {
    uint32_t count = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '\n') count++;
    if (len && s[len - 1] != '\n') count++;
    out->start = mem_alloc(mem_mul(sizeof(char *), count + 1));
    out->len = mem_alloc(mem_mul(sizeof(uint32_t), count + 1));
    out->n = 0;
    size_t b = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '\n') continue;
        out->start[out->n] = s + b;
        out->len[out->n++] = (uint32_t)(i + 1 - b);
        b = i + 1;
    }
    if (b < len) {
        out->start[out->n] = s + b;
        out->len[out->n++] = (uint32_t)(len - b);
    }
}

static bool same(const Lines *a, uint32_t i, const Lines *b, uint32_t j) {
    return a->len[i] == b->len[j] && memcmp(a->start[i], b->start[j], a->len[i]) == 0;
}

typedef enum Op { OP_KEEP, OP_DEL, OP_ADD } Op;
typedef Vec(Op) OpVec;

/* Myers' greedy algorithm with a saved V array per d, then a backtrack. */
static void edit_script(const Lines *a, const Lines *b, OpVec *ops) {
    int n = (int)a->n, m = (int)b->n, max = n + m;
    int off = max + 1;
    Vec(int *) trace = {0};
    int *v = mem_alloc(mem_mul(sizeof(int), (size_t)(2 * max + 3)));
    memset(v, 0, sizeof(int) * (size_t)(2 * max + 3));
    int d_end = 0;
    for (int d = 0; d <= max; d++) {
        int *snap = mem_alloc(mem_mul(sizeof(int), (size_t)(2 * max + 3)));
        memcpy(snap, v, sizeof(int) * (size_t)(2 * max + 3));
        vec_push(&trace, snap);
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && same(a, (uint32_t)x, b, (uint32_t)y)) { x++; y++; }
            v[off + k] = x;
            if (x >= n && y >= m) { done = true; break; }
        }
        if (done) { d_end = d; break; }
    }
    /* backtrack from (n, m) */
    OpVec rev = {0};
    int x = n, y = m;
    for (int d = d_end; d > 0; d--) {
        int *pv = trace.data[d];
        int k = x - y;
        int pk = (k == -d || (k != d && pv[off + k - 1] < pv[off + k + 1])) ? k + 1 : k - 1;
        int px = pv[off + pk], py = px - pk;
        while (x > px && y > py) { vec_push(&rev, OP_KEEP); x--; y--; }
        if (x == px) { vec_push(&rev, OP_ADD); y--; }
        else { vec_push(&rev, OP_DEL); x--; }
    }
    while (x > 0 && y > 0) { vec_push(&rev, OP_KEEP); x--; y--; }
    for (uint32_t i = rev.len; i > 0; i--) vec_push(ops, rev.data[i - 1]);
    vec_free(&rev);
    for (uint32_t i = 0; i < trace.len; i++) mem_free(trace.data[i]);
    vec_free(&trace);
    mem_free(v);
}

static void put_line(StrBuf *out, char mark, const char *s, uint32_t len) {
    sb_putc(out, mark);
    sb_append(out, s, len);
    if (!len || s[len - 1] != '\n') sb_puts(out, "\n\\ No newline at end of file\n");
}

void fmt_unified_diff(const char *name, const char *old_text, size_t old_len, const char *new_text,
                      size_t new_len, StrBuf *out) {
    Lines a, b;
    split(old_text, old_len, &a);
    split(new_text, new_len, &b);
    OpVec ops = {0};
    edit_script(&a, &b, &ops);
    sb_printf(out, "--- old/%s\n+++ new/%s\n", name, name);
    /* group the script into hunks with 3 lines of context */
    uint32_t i = 0;
    while (i < ops.len) {
        while (i < ops.len && ops.data[i] == OP_KEEP) i++;
        if (i >= ops.len) break;
        uint32_t start = i >= 3 ? i - 3 : 0, end = i;
        for (;;) {
            while (end < ops.len && ops.data[end] != OP_KEEP) end++;
            uint32_t keep = end;
            while (keep < ops.len && ops.data[keep] == OP_KEEP) keep++;
            if (keep < ops.len && keep - end <= 6) { end = keep; continue; }
            end = end + 3 < keep ? end + 3 : keep;
            break;
        }
        uint32_t ai = 0, bi = 0;
        for (uint32_t k = 0; k < start; k++) {
            if (ops.data[k] != OP_ADD) ai++;
            if (ops.data[k] != OP_DEL) bi++;
        }
        uint32_t ac = 0, bc = 0;
        for (uint32_t k = start; k < end; k++) {
            if (ops.data[k] != OP_ADD) ac++;
            if (ops.data[k] != OP_DEL) bc++;
        }
        sb_printf(out, "@@ -%u,%u +%u,%u @@\n", ac ? ai + 1 : ai, ac, bc ? bi + 1 : bi, bc);
        for (uint32_t k = start; k < end; k++) {
            if (ops.data[k] == OP_KEEP) { put_line(out, ' ', a.start[ai], a.len[ai]); ai++; bi++; }
            else if (ops.data[k] == OP_DEL) { put_line(out, '-', a.start[ai], a.len[ai]); ai++; }
            else { put_line(out, '+', b.start[bi], b.len[bi]); bi++; }
        }
        i = end;
    }
    vec_free(&ops);
    mem_free(a.start);
    mem_free(a.len);
    mem_free(b.start);
    mem_free(b.len);
}
