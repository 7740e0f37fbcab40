/* show.c - values as `terraform console` prints them.
 *
 * A port of Terraform's repl.FormatValue (internal/repl/format.go): Go's
 * strconv.Quote for one-line strings, `<<EOT` heredocs for strings with a
 * newline, conversion-function wrappers for typed collections and typed
 * nulls, one element per line indented by two spaces, no `=` alignment.
 */
#include "eval.h"

#include <string.h>
#include <utf8proc.h>

/* Values nest at most this deep in practice (the evaluator and the decoders
 * limit depth far below it); deeper parts print as "..." rather than
 * exhausting the stack. */
enum { SHOW_MAX_DEPTH = 4096 };

static void indent_to(StrBuf *out, int indent) {
    for (int i = 0; i < indent; i++) sb_putc(out, ' ');
}

/* Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and
 * the ASCII space (Go and Debian's utf8proc both follow Unicode 15.0). */
static bool go_is_print(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return true;
    default:
        return false;
    }
}

/* One code point escaped as strconv.Quote does when it is not printable. */
static void escape_rune(StrBuf *out, uint32_t cp) {
    static const char hex[] = "0123456789abcdef";
    switch (cp) {
    case '\a': sb_puts(out, "\\a"); return;
    case '\b': sb_puts(out, "\\b"); return;
    case '\f': sb_puts(out, "\\f"); return;
    case '\n': sb_puts(out, "\\n"); return;
    case '\r': sb_puts(out, "\\r"); return;
    case '\t': sb_puts(out, "\\t"); return;
    case '\v': sb_puts(out, "\\v"); return;
    }
    if (cp < ' ' || cp == 0x7F) {
        sb_printf(out, "\\x%c%c", hex[cp >> 4], hex[cp & 0xF]);
    } else if (cp < 0x10000) {
        sb_printf(out, "\\u%04x", (unsigned)cp);
    } else {
        sb_printf(out, "\\U%08x", (unsigned)cp);
    }
}

/* strconv.Quote: "..." with \" and \\, printable runes as they are, the
 * rest escaped; a byte that is not valid UTF-8 becomes \xNN. */
void val_quote_go(StrBuf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    sb_putc(out, '"');
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int w = utf8_decode(p + i, n - i, &cp);
        if (w == 0) {
            sb_printf(out, "\\x%c%c", hex[p[i] >> 4], hex[p[i] & 0xF]);
            i++;
            continue;
        }
        if (cp == '"' || cp == '\\') {
            sb_putc(out, '\\');
            sb_putc(out, (char)cp);
        } else if (go_is_print(cp)) {
            sb_append(out, s + i, (size_t)w);
        } else {
            escape_rune(out, cp);
        }
        i += (size_t)w;
    }
    sb_putc(out, '"');
}

const char *val_go_quote(Arena *a, const char *s, size_t n) {
    StrBuf sb = {0};
    val_quote_go(&sb, s, n);
    const char *r = arena_strndup(a, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

/* strings.TrimSpace(line) == delim, with Go's unicode.IsSpace (a byte that
 * is not UTF-8 counts as a non-space, as Go decodes it to U+FFFD). */
static bool line_is_delimiter(const char *line, size_t n, const StrBuf *delim) {
    const unsigned char *p = (const unsigned char *)line;
    size_t first = n, last = 0;   /* the non-space part is [first, last) */
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int w = utf8_decode(p + i, n - i, &cp);
        size_t step = w ? (size_t)w : 1;
        if (w == 0 || !unicode_is_space(cp)) {
            if (first == n) first = i;
            last = i + step;
        }
        i += step;
    }
    if (first == n) return delim->len == 0;
    return last - first == delim->len && memcmp(line + first, delim->data, delim->len) == 0;
}

/* The end of the line starting at s[i] (the '\n' or n). */
static size_t line_end(const char *s, size_t n, size_t i) {
    const char *nl = memchr(s + i, '\n', n - i);
    return nl ? (size_t)(nl - s) : n;
}

/* The heredoc delimiter: "EOT", with "_" appended while some line is it. */
static void heredoc_delimiter(const char *s, size_t n, StrBuf *delim) {
    sb_puts(delim, "EOT");
    for (size_t i = 0; i <= n;) {
        size_t e = line_end(s, n, i);
        if (line_is_delimiter(s + i, e - i, delim)) {
            sb_putc(delim, '_');
            i = 0;   /* start again: an earlier line may be the longer one */
            continue;
        }
        i = e + 1;
    }
}

/* A string: quoted when it has no newline, else a heredoc whose lines are
 * written as they are (`<<-` and indented lines when nested). */
static void show_string(StrBuf *out, const char *s, size_t n, int indent) {
    if (!memchr(s, '\n', n)) {
        val_quote_go(out, s, n);
        return;
    }
    StrBuf delim = {0};
    heredoc_delimiter(s, n, &delim);
    sb_puts(out, indent > 0 ? "<<-" : "<<");
    sb_append(out, delim.data, delim.len);
    for (size_t i = 0; i <= n;) {
        size_t e = line_end(s, n, i);
        sb_putc(out, '\n');
        indent_to(out, indent);
        sb_append(out, s + i, e - i);
        i = e + 1;
    }
    sb_putc(out, '\n');
    indent_to(out, indent);
    sb_append(out, delim.data, delim.len);
    sb_free(&delim);
}

/* cty's FriendlyName: "dynamic", "list of string", "object", "tuple". */
static void friendly_type(StrBuf *out, const Type *t) {
    for (; t; t = t->elem) {
        switch (t->kind) {
        case TY_STRING: sb_puts(out, "string"); return;
        case TY_NUMBER: sb_puts(out, "number"); return;
        case TY_BOOL: sb_puts(out, "bool"); return;
        case TY_OBJECT: sb_puts(out, "object"); return;
        case TY_TUPLE: sb_puts(out, "tuple"); return;
        case TY_LIST: sb_puts(out, "list of "); break;
        case TY_SET: sb_puts(out, "set of "); break;
        case TY_MAP: sb_puts(out, "map of "); break;
        case TY_ANY: case TY_INVALID: sb_puts(out, "dynamic"); return;
        }
    }
    sb_puts(out, "dynamic");
}

/* A null shows its type: tostring(null), or tolist(null) and the like
 * followed by a comment naming the element type. */
static void show_null(StrBuf *out, const Type *t) {
    const char *wrap = NULL;
    switch (t ? t->kind : TY_ANY) {
    case TY_ANY: case TY_INVALID: sb_puts(out, "null"); return;
    case TY_STRING: sb_puts(out, "tostring(null)"); return;
    case TY_NUMBER: sb_puts(out, "tonumber(null)"); return;
    case TY_BOOL: sb_puts(out, "tobool(null)"); return;
    case TY_LIST: wrap = "tolist"; break;
    case TY_SET: wrap = "toset"; break;
    case TY_MAP: wrap = "tomap"; break;
    case TY_OBJECT: case TY_TUPLE:
        sb_puts(out, "null /* ");
        friendly_type(out, t);
        sb_puts(out, " */");
        return;
    }
    sb_printf(out, "%s(null) /* of ", wrap);
    friendly_type(out, t->elem);
    sb_puts(out, " */");
}

static void show(StrBuf *out, const Value *v, int indent, Arena *scratch, int depth);

/* [ one element per line, each followed by a comma ] */
static void show_sequence(StrBuf *out, const Value *v, int indent, Arena *scratch, int depth) {
    sb_putc(out, '[');
    for (uint32_t i = 0; i < v->count; i++) {
        sb_putc(out, '\n');
        indent_to(out, indent + 2);
        show(out, v->items[i], indent + 2, scratch, depth + 1);
        sb_putc(out, ',');
    }
    if (v->count > 0) {
        sb_putc(out, '\n');
        indent_to(out, indent);
    }
    sb_putc(out, ']');
}

/* { "key" = value per line, keys shown as strings, no alignment } */
static void show_mapping(StrBuf *out, const Value *v, int indent, Arena *scratch, int depth) {
    sb_putc(out, '{');
    for (uint32_t i = 0; i < v->count; i++) {
        sb_putc(out, '\n');
        indent_to(out, indent + 2);
        show_string(out, v->keys[i], strlen(v->keys[i]), indent + 2);
        sb_puts(out, " = ");
        show(out, v->items[i], indent + 2, scratch, depth + 1);
    }
    if (v->count > 0) {
        sb_putc(out, '\n');
        indent_to(out, indent);
    }
    sb_putc(out, '}');
}

/* FormatValue: unknown first, then sensitive, then null, then the kinds. */
static void show(StrBuf *out, const Value *v, int indent, Arena *scratch, int depth) {
    if (depth > SHOW_MAX_DEPTH) {
        sb_puts(out, "...");
        return;
    }
    if (!v || v->kind == V_UNKNOWN) {
        sb_puts(out, "(known after apply)");
        return;
    }
    if (v->sensitive) {
        sb_puts(out, "(sensitive value)");
        return;
    }
    switch (v->kind) {
    case V_NULL: show_null(out, v->type); break;
    case V_BOOL: sb_puts(out, v->boolean ? "true" : "false"); break;
    case V_NUMBER: sb_puts(out, num_format(scratch, v)); break;
    case V_STRING: show_string(out, v->str ? v->str : "", v->len, indent); break;
    case V_TUPLE: show_sequence(out, v, indent, scratch, depth); break;
    case V_OBJECT: show_mapping(out, v, indent, scratch, depth); break;
    case V_LIST:
        sb_puts(out, "tolist(");
        show_sequence(out, v, indent, scratch, depth);
        sb_putc(out, ')');
        break;
    case V_SET:
        sb_puts(out, "toset(");
        show_sequence(out, v, indent, scratch, depth);
        sb_putc(out, ')');
        break;
    case V_MAP:
        sb_puts(out, "tomap(");
        show_mapping(out, v, indent, scratch, depth);
        sb_putc(out, ')');
        break;
    case V_UNKNOWN: break;   /* handled above */
    }
}

void val_show(const Value *v, StrBuf *out) {
    Arena scratch;   /* for num_format's text */
    arena_init(&scratch);
    show(out, v, 0, &scratch, 0);
    arena_free(&scratch);
}

const char *val_brief(Arena *a, const Value *v) {
    if (!v || v->kind == V_UNKNOWN) return "(known after apply)";
    if (v->sensitive) return "(sensitive value)";
    switch (v->kind) {
    case V_NULL: return "null";
    case V_BOOL: return v->boolean ? "true" : "false";
    case V_NUMBER: return num_format(a, v);
    case V_STRING: {
        StrBuf sb = {0};
        val_quote_go(&sb, v->str ? v->str : "", v->len);
        char *s = arena_strndup(a, sb.data, sb.len);
        sb_free(&sb);
        return s;
    }
    case V_TUPLE: case V_LIST: case V_SET:
        return v->count ? "[...]" : "[]";
    case V_OBJECT: case V_MAP:
        return v->count ? "{...}" : "{}";
    case V_UNKNOWN: break;
    }
    return "(known after apply)";
}
