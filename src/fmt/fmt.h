/* fmt.h - formats HCL files exactly as `terraform fmt` does.
 *
 * The formatter works on the token stream in the passes of HCL's hclwrite
 * package (indentation by bracket nesting, spacing between tokens by a
 * fixed rule table, alignment of "=" and of trailing comments across
 * consecutive lines), after Terraform's own rewrites: an attribute whose
 * whole value is "${expr}" becomes expr, legacy variable types ("string",
 * bare list) are normalised, and block labels are re-quoted.  Only
 * whitespace and those rewrites ever change.  A file is formatted only when
 * hcl_parse accepts it; to know that, the formatter checks the syntax on the
 * tokens itself and runs the parser only for the files that check is unsure
 * of (see validate.c), so most files are formatted without a syntax tree.
 */
#ifndef TFCHECK_FMT_H
#define TFCHECK_FMT_H

#include "../base/base.h"

/* Buffers for formatting many files, reused from one file to the next, so
 * that formatting a file allocates nothing once they have grown.  A run that
 * formats many files keeps one (one per process or thread: it is not
 * shared); fmt_format makes its own. */
typedef struct FmtWork FmtWork;
FmtWork *fmt_work_new(void);
void fmt_work_free(FmtWork *w);

typedef enum FmtStatus {
    FMT_INVALID,    /* syntax errors (appended to diags); nothing formatted */
    FMT_FORMATTED,  /* the file is already as terraform fmt writes it */
    FMT_CHANGED,    /* formatting changes it */
} FmtStatus;

enum {
    FMT_NO_REWRITES = 1,  /* whitespace only, without Terraform's rewrites */
    FMT_FULL_PARSE = 2,   /* check the syntax with hcl_parse even where the
                             formatter's own check is sure (for tests) */
};

/* Formats `src`, appending the result to `out`; with `out` NULL only decides
 * whether the file is formatted, building no output where it can avoid it.
 * `src` needs no line table: should there be syntax errors, the diagnostics
 * refer to a copy with one, made in `a` (which also holds the syntax tree, if
 * one is built; names are interned in `names`). */
FmtStatus fmt_file(FmtWork *w, const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out,
                   unsigned flags);

/* Formats `src`.  Returns false, appending the syntax errors to diags and
 * leaving `out` empty, when the file does not parse; a file with syntax
 * errors is never rewritten. */
bool fmt_format(const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out);

/* The same with Terraform's rewrites switchable: without them only
 * whitespace changes (hclwrite's formatting alone), which the fuzz target
 * uses to check that the token stream is preserved. */
bool fmt_format_ex(const SourceFile *src, Arena *a, Interner *names, DiagList *diags, StrBuf *out,
                   bool rewrites);

/* The 1-based line of the first difference between two texts (0 if equal). */
uint32_t fmt_first_difference(const char *a, size_t alen, const char *b, size_t blen);

/* Writes a unified diff of old -> new, labelled old/NAME and new/NAME, as
 * `terraform fmt -diff` prints it. */
void fmt_unified_diff(const char *name, const char *old_text, size_t old_len, const char *new_text,
                      size_t new_len, StrBuf *out);

#endif
