/* fmt_int.h - what the formatter's files share: the places Terraform's
 * rewrites apply to ("sites"), found either by the tree-free syntax check in
 * validate.c or, when that check is unsure, from hcl_parse's tree.  Both
 * give them as indices into the lexer's token list.
 */
#ifndef TFCHECK_FMT_INT_H
#define TFCHECK_FMT_INT_H

#include "../hcl/hcl.h"
#include "fmt.h"

typedef enum SiteKind {
    SITE_VALUE,     /* an attribute's value: "${expr}" may be unwrapped */
    SITE_VAR_TYPE,  /* `type` in a top-level variable block: legacy types */
    SITE_LABELS,    /* a block's labels: re-quoted unless already plain */
} SiteKind;

typedef struct FmtLabel {
    const char *text;    /* the label's value (decoded), not NUL-terminated */
    uint32_t len;
} FmtLabel;

typedef struct FmtSite {
    SiteKind kind;
    uint32_t from, to;        /* tokens [from, to): the value, or what lies between
                                 a block's type and its "{" */
    uint32_t label, nlabels;  /* SITE_LABELS: labels[label .. label + nlabels) */
} FmtSite;

typedef Vec(uint8_t) FmtByteVec;

typedef struct FmtSites {
    Vec(FmtSite) sites;       /* in source order */
    Vec(FmtLabel) labels;
    Vec(uint32_t) names;      /* validate.c: the attribute names (tokens) of the open bodies */
    FmtByteVec directives;    /* validate.c: open %{ if } / %{ for } of a template */
} FmtSites;

typedef enum FmtCheck {
    FMT_CHECK_VALID,   /* hcl_parse reports nothing for this file; sites filled in */
    FMT_CHECK_UNSURE,  /* a syntax error, or something the check leaves to the parser */
} FmtCheck;

/* The tree-free syntax check: accepts only files in which hcl_parse finds no
 * error, and records the rewrite sites as the tree would give them.  `toks`
 * is the lexer's token list (ending with TK_EOF) of `text`. */
FmtCheck fmt_validate(const char *text, const Token *toks, uint32_t ntok, FmtSites *out);

#endif
