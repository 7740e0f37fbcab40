/* source.c - source files, their line tables, and byte -> line/column.
 *
 * The line table is built once per file (as jq's locfile does); a position's
 * line is then a binary search and its column a short scan that counts
 * grapheme clusters, the unit HCL's positions use.
 */
#include "base.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

static void build_lines(SourceFile *f) {
    uint32_t count = 1;
    const char *p = f->text, *end = f->text + f->len;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        count++;
        p++;
    }
    f->line_starts = mem_alloc(mem_mul(sizeof(uint32_t), count));
    f->line_starts[0] = 0;
    uint32_t k = 1;
    p = f->text;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        p++;
        f->line_starts[k++] = (uint32_t)(p - f->text);
    }
    f->line_count = count;
}

/* Wraps text that already lives in the arena (NUL-terminated). */
static SourceFile *source_wrap(Arena *a, const char *path, const char *text, size_t len) {
    SourceFile *f = ARENA_NEW(a, SourceFile);
    f->path = arena_strndup(a, path, strlen(path));
    f->text = text;
    f->len = (uint32_t)len;
    f->bom = (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    /* The line table is arena-owned too, so one arena_free releases the file. */
    build_lines(f);
    uint32_t *ls = ARENA_ARRAY(a, uint32_t, f->line_count);
    memcpy(ls, f->line_starts, sizeof(uint32_t) * f->line_count);
    mem_free(f->line_starts);
    f->line_starts = ls;
    return f;
}

SourceFile *source_from_memory(Arena *a, const char *path, const char *text, size_t len) {
    if (len > (1u << 30)) {
        errno = EFBIG;
        return NULL;
    }
    char *copy = arena_alloc(a, len + 1);
    if (len) memcpy(copy, text, len);
    copy[len] = '\0';
    return source_wrap(a, path, copy, len);
}

SourceFile *source_read(Arena *a, const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        return NULL;
    }
    /* a regular file is read in one go into the arena; anything else (a
     * pipe, a device) in chunks until it ends */
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size : 65536;
    if (cap > (1u << 30)) {
        close(fd);
        errno = EFBIG;
        return NULL;
    }
    StrBuf sb = {0};
    char *buf = arena_alloc(a, cap + 1);
    size_t len = 0;
    for (;;) {
        if (len == cap) {
            if (S_ISREG(st.st_mode)) break; /* read all fstat promised */
            sb_append(&sb, buf, len);
            len = 0;
            if (sb.len > (1u << 30)) {
                sb_free(&sb);
                close(fd);
                errno = EFBIG;
                return NULL;
            }
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            sb_free(&sb);
            close(fd);
            errno = e;
            return NULL;
        }
        if (n == 0) break;
        len += (size_t)n;
    }
    close(fd);
    if (sb.len) { /* from a stream: join the chunks */
        sb_append(&sb, buf, len);
        SourceFile *f = source_from_memory(a, path, sb.data, sb.len);
        sb_free(&sb);
        return f;
    }
    buf[len] = '\0';
    return source_wrap(a, path, buf, len);
}

static uint32_t line_of(const SourceFile *f, uint32_t byte) {
    uint32_t lo = 0, hi = f->line_count;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->line_starts[mid] <= byte) lo = mid;
        else hi = mid;
    }
    return lo;
}

Pos source_pos(const SourceFile *f, uint32_t byte) {
    if (byte > f->len) byte = f->len;
    uint32_t li = line_of(f, byte);
    uint32_t i = f->line_starts[li];
    if (li == 0) i += f->bom;
    /* column = 1 + the number of grapheme clusters that start before byte */
    uint32_t col = 1;
    utf8proc_int32_t state = 0, prev = -1;
    const unsigned char *s = (const unsigned char *)f->text;
    while (i < byte) {
        uint32_t cp;
        int n = utf8_decode(s + i, f->len - i, &cp);
        if (n <= 0) { /* a stray byte is a cluster of its own */
            col++;
            prev = -1;
            state = 0;
            i++;
            continue;
        }
        if (prev < 0 || utf8proc_grapheme_break_stateful(prev, (utf8proc_int32_t)cp, &state))
            col++;
        prev = (utf8proc_int32_t)cp;
        i += (uint32_t)n;
    }
    Pos p = {byte, li + 1, col};
    return p;
}

const char *source_line(const SourceFile *f, uint32_t line, uint32_t *len) {
    if (line == 0 || line > f->line_count) {
        *len = 0;
        return "";
    }
    uint32_t start = f->line_starts[line - 1];
    if (line == 1) start += f->bom;
    uint32_t end = line < f->line_count ? f->line_starts[line] - 1 : f->len;
    if (end > start && f->text[end - 1] == '\r' && line < f->line_count) end--;
    if (end < start) end = start;
    *len = end - start;
    return f->text + start;
}
