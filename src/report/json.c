/* json.c - the JSON reporter.  The document's shape is a contract that CI
 * pipelines build on (docs/json-output.md): fields are added, never renamed
 * or removed. */
#include "report.h"

void json_write_string(FILE *out, const char *s) {
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned c = *p;
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (c < 0x20) {
                fprintf(out, "\\u%04x", c);
            } else if (c >= 0x80) {
                /* pass valid UTF-8 through; escape stray bytes as U+FFFD */
                uint32_t cp;
                int n = utf8_decode(p, 4, &cp);
                if (n <= 0) {
                    fputs("\\ufffd", out);
                } else {
                    fwrite(p, 1, (size_t)n, out);
                    p += n - 1;
                }
            } else {
                fputc((int)c, out);
            }
        }
    }
    fputc('"', out);
}

static void write_opt_string(FILE *out, const char *key, const char *s) {
    fprintf(out, ",\"%s\":", key);
    if (s) json_write_string(out, s);
    else fputs("null", out);
}

void report_json(FILE *out, const DiagList *dl, const ReportSummary *sum) {
    fputs("{\"version\":1,\"diagnostics\":[", out);
    for (uint32_t i = 0; i < dl->items.len; i++) {
        const Diag *d = &dl->items.data[i];
        if (i) fputc(',', out);
        fputs("{\"rule\":", out);
        json_write_string(out, d->rule);
        fputs(",\"class\":", out);
        json_write_string(out, d->class_id);
        fprintf(out, ",\"severity\":\"%s\"", severity_name(d->severity));
        write_opt_string(out, "file", d->path);
        if (d->file && d->has_subject) {
            Pos a = source_pos(d->file, d->subject.start);
            Pos b = source_pos(d->file, d->subject.end);
            fprintf(out, ",\"line\":%u,\"column\":%u,\"end_line\":%u,\"end_column\":%u", a.line,
                    a.column, b.line, b.column);
        } else {
            fputs(",\"line\":0,\"column\":0,\"end_line\":0,\"end_column\":0", out);
        }
        fputs(",\"summary\":", out);
        json_write_string(out, d->summary);
        write_opt_string(out, "detail", d->detail);
        write_opt_string(out, "hint", d->hint);
        fputc('}', out);
    }
    fprintf(out, "],\"summary\":{\"files\":%u,\"errors\":%u,\"warnings\":%u,\"infos\":%u,\"providers\":[",
            sum->files, diag_count(dl, SEV_ERROR), diag_count(dl, SEV_WARNING),
            diag_count(dl, SEV_INFO));
    for (uint32_t i = 0; i < sum->provider_count; i++) {
        fputs(i ? ",{\"source\":" : "{\"source\":", out);
        json_write_string(out, sum->providers[i].source);
        fputs(",\"version\":", out);
        json_write_string(out, sum->providers[i].version);
        fputc('}', out);
    }
    fputs("]}}\n", out);
}
