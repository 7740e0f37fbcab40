/* unformatted.c - F1: files that `terraform fmt` would rewrite, reported
 * at the first line that would change. */
#include "../check_int.h"
#include "../../fmt/fmt.h"

static void check(CheckCtx *ctx) {
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->files.len; i++) {
        const SourceFile *src = m->files.data[i].src;
        if (m->files.data[i].json) continue; /* terraform fmt leaves JSON alone */
        /* module rules run only on modules that parse, so this file does;
         * the formatter's own tree goes to a scratch arena */
        Arena scratch;
        arena_init(&scratch);
        DiagList scratch_diags;
        diag_list_init(&scratch_diags, &scratch);
        StrBuf out = {0};
        bool ok = fmt_format(src, &scratch, ctx->names, &scratch_diags, &out);
        diag_list_free(&scratch_diags);
        arena_free(&scratch);
        uint32_t line = ok ? fmt_first_difference(src->text, src->len, out.data, out.len) : 0;
        if (line) {
            uint32_t start = line <= src->line_count ? src->line_starts[line - 1] : src->len;
            if (line == 1) start += src->bom;
            uint32_t end = start;
            while (end < src->len && src->text[end] != '\n' && src->text[end] != '\r') end++;
            Diag *d = ctx_report(ctx, src, range_make(start, end), "File is not formatted");
            /* show the line as terraform fmt would write it */
            const char *o = out.data;
            uint32_t ln = 1;
            size_t p = 0;
            while (p < out.len && ln < line) if (o[p++] == '\n') ln++;
            size_t q = p;
            while (q < out.len && o[q] != '\n' && o[q] != '\r') q++;
            d->detail = arena_printf(ctx->a, "terraform fmt would rewrite this file, starting with line %u, which "
                                             "it would write as:\n    %.*s",
                                     line, (int)(q - p), o + p);
            d->hint = arena_printf(ctx->a, "Run tfcheck fmt %s (or terraform fmt).", src->path);
        }
        sb_free(&out);
    }
}

const Rule rule_unformatted = {
    "unformatted", SEV_WARNING, "F1", "Files that terraform fmt would rewrite",
    "CI pipelines commonly run `terraform fmt -check` and fail on any file it would change. "
    "tfcheck formats every .tf and .tfvars file it checks exactly as terraform fmt does (same "
    "indentation, spacing, alignment of \"=\" and comments, and Terraform's rewrites such as "
    "unwrapping \"${var.x}\") and reports the first line that would change. `tfcheck fmt` (or "
    "terraform fmt) fixes it. The severity can be changed with --severity unformatted=LEVEL.",
    "module", check};
