/* hcl.h - HCL2 native syntax: tokens, the syntax tree, lexer and parser.
 *
 * hcl_lex turns a SourceFile into a token stream that keeps trivia (comments
 * and newlines are tokens; the whitespace before a token is the gap between
 * it and the previous one), so the formatter and suppression comments can use
 * the same stream.  hcl_parse builds the syntax tree from it, reporting
 * syntax errors (rule "syntax", class S1) into a DiagList and recovering so
 * that one file can yield several errors without cascades.
 */
#ifndef TFCHECK_HCL_H
#define TFCHECK_HCL_H

#include "../base/base.h"

/* ---- tokens ------------------------------------------------------------ */
typedef enum TokenKind {
#define TOK(name, text) TK_##name,
#include "tokens.def"
#undef TOK
    TK__COUNT
} TokenKind;

const char *token_kind_name(TokenKind k);

typedef struct Token {
    uint32_t off;     /* byte offset into the source */
    uint32_t len;     /* length in bytes */
    uint16_t kind;    /* TokenKind */
    uint16_t flags;   /* TKF_* */
} Token;

enum {
    TKF_STRIP = 1,      /* ${~, %{~ or ~}: a strip marker is present */
    TKF_FLUSH = 2,      /* OHEREDOC of the indented form <<- */
    TKF_CONTINUED = 4,  /* QUOTED_NEWLINE inside a string that goes on (see lex.c) */
};

typedef struct TokenList {
    Token *data;
    uint32_t len, cap;
} TokenList;

/* Lexes a whole file.  Invalid characters become tokens of their own, each
 * reported into diags.  The list ends with one TK_EOF token. */
void hcl_lex(const SourceFile *src, TokenList *out, DiagList *diags);
void token_list_free(TokenList *tl);
/* Whitespace (spaces, tabs, a BOM) between token i and the one before it. */
uint32_t token_space_before(const TokenList *tl, uint32_t i);

/* ---- syntax tree ---------------------------------------------------------
 * Every node carries a Range of byte offsets into its file; source_pos gives
 * line and column. */
typedef enum ExprKind {
    AST_INVALID,       /* placeholder left by error recovery */
    AST_NULL,
    AST_BOOL,          /* u.boolean */
    AST_NUMBER,        /* u.number: the literal's text */
    AST_STRING,        /* u.string: one decoded literal part of a template */
    AST_TEMPLATE,      /* u.tmpl: quoted or heredoc template */
    AST_TEMPLATE_IF,   /* u.tif: %{ if } inside a template */
    AST_TEMPLATE_FOR,  /* u.tfor: %{ for } inside a template */
    AST_VARIABLE,      /* u.name: a root name such as var, local, each */
    AST_GETATTR,       /* u.attr: obj.name */
    AST_INDEX,         /* u.index: obj[key] or legacy obj.0 */
    AST_SPLAT,         /* u.splat: src.*.x or src[*].x */
    AST_SPLAT_ITEM,    /* the anonymous item a splat's `each` is built on */
    AST_CALL,          /* u.call */
    AST_CONDITIONAL,   /* u.cond */
    AST_BINARY,        /* u.binary */
    AST_UNARY,         /* u.unary */
    AST_TUPLE,         /* u.items */
    AST_OBJECT,        /* u.object */
    AST_FOR,           /* u.forx */
    AST_PAREN,         /* u.inner */
} ExprKind;

typedef enum BinaryOp {
    OP_OR, OP_AND, OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
} BinaryOp;

typedef enum UnaryOp { OP_NOT, OP_NEG } UnaryOp;

const char *binary_op_text(BinaryOp op);

typedef struct AstExpr AstExpr;

typedef struct ExprList {
    AstExpr **items;
    uint32_t len;
} ExprList;

typedef struct ObjectItem {
    AstExpr *key;       /* a bare identifier key is an AST_VARIABLE with key_literal */
    AstExpr *value;
    bool key_literal;   /* key is a naked identifier, meaning the string itself */
    bool key_paren;     /* key was wrapped in parentheses: always an expression */
} ObjectItem;

/* Kept out of line: rare, and larger than the common node (which is kept
 * at 48 bytes because a file has as many nodes as it has tokens, roughly). */
typedef struct AstTemplateIf { AstExpr *cond; ExprList then_parts, else_parts; } AstTemplateIf;
typedef struct AstTemplateFor { const char *key_var, *value_var; AstExpr *coll; ExprList body; } AstTemplateFor;
typedef struct AstFor {
    const char *key_var, *value_var;   /* key_var NULL when absent */
    AstExpr *coll, *key_expr, *value_expr, *cond;
    bool is_object, group;
} AstFor;

enum {
    AEF_EXPAND_FINAL = 1,  /* AST_CALL: the last argument is expanded with ... */
};

struct AstExpr {
    ExprKind kind;
    Range range;
    uint32_t flags;        /* AEF_* (fills what would be padding) */
    union {
        bool boolean;
        struct { const char *text; uint32_t len; } number;
        struct { const char *text; uint32_t len; } string;   /* decoded bytes, not NUL-terminated */
        const char *name;                                     /* interned */
        struct { ExprList parts; bool heredoc; bool flush; bool wrap; } tmpl;
        struct AstTemplateIf *tif;
        struct AstTemplateFor *tfor;
        struct { AstExpr *obj; const char *name; Range name_range; } attr;
        struct { AstExpr *obj; AstExpr *key; bool legacy; } index;
        struct { AstExpr *source; AstExpr *each; bool full; } splat;
        struct { const char *name; ExprList args; } call; /* see ast_call_name_range */
        struct { AstExpr *cond, *then_expr, *else_expr; } cond;
        struct { BinaryOp op; AstExpr *lhs, *rhs; } binary;
        struct { UnaryOp op; AstExpr *operand; } unary;
        ExprList items;
        struct { ObjectItem *items; uint32_t len; } object;
        struct AstFor *forx;
        AstExpr *inner;
    } u;
};

/* The range of a call's function name (provider::x::f included). */
Range ast_call_name_range(const AstExpr *call);

typedef struct AstBody AstBody;

typedef struct AstAttribute {
    const SourceFile *src; /* the file it was written in */
    const char *name;      /* interned */
    Range name_range;
    AstExpr *expr;
    Range range;           /* name through end of expression */
} AstAttribute;

typedef struct AstLabel {
    const char *value;     /* decoded */
    Range range;
    bool quoted;
} AstLabel;

typedef struct AstBlock {
    const SourceFile *src; /* the file it was written in */
    const char *type;      /* interned */
    Range type_range;
    AstLabel *labels;
    uint32_t label_count;
    AstBody *body;
    Range open_brace, close_brace;
    Range range;           /* type through closing brace */
} AstBlock;

typedef struct AstItem {
    bool is_block;
    union {
        AstAttribute *attr;
        AstBlock *block;
    } u;
} AstItem;

struct AstBody {
    AstItem *items;        /* in source order */
    uint32_t len;
    Range range;
};

typedef struct AstFile {
    const SourceFile *src;
    AstBody *body;
} AstFile;

typedef struct HclParser HclParser;

/* Parses a file into `arena`.  Names are interned in `names`.  Syntax errors
 * go to diags; the returned tree is always structurally complete (bad parts
 * become AST_INVALID).  `tokens` may be NULL, in which case the parser lexes
 * the file itself and releases the tokens before returning. */
AstFile *hcl_parse(const SourceFile *src, const TokenList *tokens, Arena *arena,
                   Interner *names, DiagList *diags);

/* Nesting depth beyond which the parser reports an error instead of
 * recursing further. */
enum { HCL_MAX_DEPTH = 256 };

/* Debug rendering of a tree as an S-expression, for tests. */
void hcl_dump(const AstFile *f, StrBuf *out);

#endif
