/* text.c - the compiler-style text reporter.
 *
 *   main.tf:3:9: error: Missing newline after argument [syntax]
 *       3 |   a = 1 b = 2
 *         |         ^
 *     An argument definition must end with a newline.
 *     hint: Put the next argument on a new line.
 */
#include "report.h"

#include <string.h>

typedef struct Style {
    const char *bold, *reset, *sev, *caret, *dim;
} Style;

static Style style_for(Severity s, bool color) {
    Style st = {"", "", "", "", ""};
    if (!color) return st;
    st.bold = "\033[1m";
    st.reset = "\033[0m";
    st.caret = "\033[1;32m";
    st.dim = "\033[2m";
    st.sev = s == SEV_ERROR ? "\033[1;31m" : s == SEV_WARNING ? "\033[1;33m" : "\033[1;36m";
    return st;
}

/* Prints `text` indented by `indent`, wrapping words at 80 columns; "\n"
 * in the text starts a new line. */
static void print_wrapped(FILE *out, const char *indent, const char *text) {
    const size_t width = 80 - strlen(indent);
    const char *s = text;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        if (n == 0) fputc('\n', out);
        while (n > 0) {
            size_t take = n;
            if (n > width) { /* break at the last space that fits */
                take = width;
                while (take > 0 && s[take] != ' ') take--;
                if (take == 0) take = width;
            }
            fprintf(out, "%s%.*s\n", indent, (int)take, s);
            s += take;
            n -= take;
            while (n > 0 && *s == ' ') { s++; n--; }
        }
        if (!nl) break;
        s = nl + 1;
    }
}

/* The source line and the caret run under [start, end) of that line. */
static void print_snippet(FILE *out, const Diag *d, Style st) {
    const SourceFile *f = d->file;
    Pos a = source_pos(f, d->subject.start);
    uint32_t len;
    const char *line = source_line(f, a.line, &len);
    uint32_t line_start = (uint32_t)(line - f->text);
    uint32_t line_end = line_start + len;
    uint32_t s = d->subject.start, e = d->subject.end;
    if (e > line_end) e = line_end;
    if (s > line_end) s = line_end;
    fprintf(out, "%s%5u |%s %.*s\n", st.dim, a.line, st.reset, (int)len, line);
    fprintf(out, "%s      |%s %s", st.dim, st.reset, st.caret);
    /* Walk the line so tabs stay tabs and multi-byte characters take one
     * column, keeping the caret under the right character. */
    for (uint32_t i = line_start; i < s;) {
        unsigned char c = (unsigned char)f->text[i];
        fputc(c == '\t' ? '\t' : ' ', out);
        uint32_t cp;
        int n = utf8_decode((const unsigned char *)f->text + i, line_end - i, &cp);
        i += n > 0 ? (uint32_t)n : 1;
    }
    uint32_t carets = 0;
    for (uint32_t i = s; i < e;) {
        uint32_t cp;
        int n = utf8_decode((const unsigned char *)f->text + i, e - i, &cp);
        i += n > 0 ? (uint32_t)n : 1;
        fputc('^', out);
        carets++;
    }
    if (carets == 0) fputc('^', out);
    fprintf(out, "%s\n", st.reset);
}

void report_text(FILE *out, const DiagList *dl, const ReportSummary *sum, bool color) {
    for (uint32_t i = 0; i < dl->items.len; i++) {
        const Diag *d = &dl->items.data[i];
        Style st = style_for(d->severity, color);
        if (d->file && d->has_subject) {
            Pos a = source_pos(d->file, d->subject.start);
            fprintf(out, "%s%s:%u:%u:%s ", st.bold, d->path, a.line, a.column, st.reset);
        } else if (d->path) {
            fprintf(out, "%s%s:%s ", st.bold, d->path, st.reset);
        } else {
            fprintf(out, "%stfcheck:%s ", st.bold, st.reset);
        }
        fprintf(out, "%s%s:%s %s%s%s [%s]\n", st.sev, severity_name(d->severity), st.reset,
                st.bold, d->summary, st.reset, d->rule);
        if (d->file && d->has_subject) print_snippet(out, d, st);
        if (d->detail) print_wrapped(out, "  ", d->detail);
        if (d->hint) {
            StrBuf hint = {0};
            sb_printf(&hint, "hint: %s", d->hint);
            print_wrapped(out, "  ", hint.data);
            sb_free(&hint);
        }
        fputc('\n', out);
    }
    uint32_t e = diag_count(dl, SEV_ERROR), w = diag_count(dl, SEV_WARNING),
             n = diag_count(dl, SEV_INFO);
    fprintf(out, "%u error%s, %u warning%s, %u info%s in %u file%s\n", e, e == 1 ? "" : "s", w,
            w == 1 ? "" : "s", n, n == 1 ? "" : "s", sum->files, sum->files == 1 ? "" : "s");
}
