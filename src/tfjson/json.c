/* json.c - a JSON parser (RFC 8259) that keeps positions.  Recursive descent
 * over the bytes, with a depth limit; strings are decoded (escapes and
 * surrogate pairs) into the arena. */
#include "tfjson.h"

#include <string.h>

typedef struct JsonParser {
    const SourceFile *src;
    const unsigned char *s;
    uint32_t len, pos;
    Arena *a;
    DiagList *diags;
    bool failed;
    uint32_t depth;
} JsonParser;

static void fail(JsonParser *p, uint32_t at, const char *summary, const char *detail) {
    if (p->failed) return;
    p->failed = true;
    uint32_t end = at < p->len ? at + 1 : at;
    Diag *d = diag_add(p->diags, SEV_ERROR, "syntax", "S1", p->src, range_make(at, end), summary);
    d->detail = detail;
}

static void skip_ws(JsonParser *p) {
    while (p->pos < p->len) {
        unsigned c = p->s[p->pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') p->pos++;
        else break;
    }
}

static JsonValue *new_value(JsonParser *p, JsonKind k, uint32_t start) {
    JsonValue *v = ARENA_NEW(p->a, JsonValue);
    v->kind = k;
    v->range.start = start;
    return v;
}

static int hex4(const unsigned char *s) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = s[i];
        int d = (c >= '0' && c <= '9') ? (int)(c - '0') : (c >= 'a' && c <= 'f') ? (int)(c - 'a' + 10)
              : (c >= 'A' && c <= 'F') ? (int)(c - 'A' + 10) : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* string = '"' chars '"'; on entry pos is at the opening quote */
static bool parse_string(JsonParser *p, const char **out, uint32_t *out_len) {
    uint32_t start = p->pos++;
    StrBuf sb = {0};
    while (p->pos < p->len) {
        unsigned c = p->s[p->pos];
        if (c == '"') {
            p->pos++;
            *out = arena_strndup(p->a, sb.data ? sb.data : "", sb.len);
            *out_len = (uint32_t)sb.len;
            sb_free(&sb);
            return true;
        }
        if (c < 0x20) {
            fail(p, p->pos, "Invalid JSON string", "Control characters (such as a newline) must be escaped inside JSON strings.");
            sb_free(&sb);
            return false;
        }
        if (c != '\\') {
            sb_putc(&sb, (char)c);
            p->pos++;
            continue;
        }
        if (p->pos + 1 >= p->len) break;
        unsigned e = p->s[p->pos + 1];
        p->pos += 2;
        switch (e) {
        case '"': sb_putc(&sb, '"'); break;
        case '\\': sb_putc(&sb, '\\'); break;
        case '/': sb_putc(&sb, '/'); break;
        case 'b': sb_putc(&sb, '\b'); break;
        case 'f': sb_putc(&sb, '\f'); break;
        case 'n': sb_putc(&sb, '\n'); break;
        case 'r': sb_putc(&sb, '\r'); break;
        case 't': sb_putc(&sb, '\t'); break;
        case 'u': {
            int cp = p->pos + 4 <= p->len ? hex4(p->s + p->pos) : -1;
            if (cp < 0) {
                fail(p, p->pos - 2, "Invalid JSON escape", "\\u must be followed by four hexadecimal digits.");
                sb_free(&sb);
                return false;
            }
            p->pos += 4;
            uint32_t code = (uint32_t)cp;
            if (code >= 0xD800 && code <= 0xDBFF && p->pos + 6 <= p->len && p->s[p->pos] == '\\' &&
                p->s[p->pos + 1] == 'u') {
                int lo = hex4(p->s + p->pos + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    code = 0x10000 + ((code - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                    p->pos += 6;
                }
            }
            if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD; /* lone surrogate */
            char u[4];
            sb_append(&sb, u, (size_t)utf8_encode(code, u));
            break;
        }
        default:
            fail(p, p->pos - 2, "Invalid JSON escape", "Valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.");
            sb_free(&sb);
            return false;
        }
    }
    fail(p, start, "Unterminated JSON string", "No closing quote was found for this string.");
    sb_free(&sb);
    return false;
}

static JsonValue *parse_value(JsonParser *p);

static bool literal(JsonParser *p, const char *word) {
    size_t n = strlen(word);
    if (p->pos + n <= p->len && memcmp(p->s + p->pos, word, n) == 0) {
        p->pos += (uint32_t)n;
        return true;
    }
    return false;
}

static JsonValue *parse_number(JsonParser *p) {
    uint32_t start = p->pos;
    if (p->s[p->pos] == '-') p->pos++;
    if (p->pos >= p->len || p->s[p->pos] < '0' || p->s[p->pos] > '9') {
        fail(p, start, "Invalid JSON value", "Expected a value: an object, array, string, number, true, false or null.");
        return NULL;
    }
    if (p->s[p->pos] == '0') p->pos++;
    else while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') p->pos++;
    if (p->pos < p->len && p->s[p->pos] == '.') {
        p->pos++;
        uint32_t d = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') p->pos++;
        if (d == p->pos) {
            fail(p, p->pos, "Invalid JSON number", "A decimal point must be followed by digits.");
            return NULL;
        }
    }
    if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
        p->pos++;
        if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-')) p->pos++;
        uint32_t d = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') p->pos++;
        if (d == p->pos) {
            fail(p, p->pos, "Invalid JSON number", "An exponent must have digits.");
            return NULL;
        }
    }
    JsonValue *v = new_value(p, JSON_NUMBER, start);
    v->str = arena_strndup(p->a, (const char *)p->s + start, p->pos - start);
    v->len = p->pos - start;
    v->range.end = p->pos;
    return v;
}

typedef Vec(JsonValue *) ValueVec;

static JsonValue *parse_container(JsonParser *p, bool object) {
    uint32_t start = p->pos++;
    JsonValue *v = new_value(p, object ? JSON_OBJECT : JSON_ARRAY, start);
    ValueVec items = {0};
    Vec(const char *) keys = {0};
    Vec(Range) key_ranges = {0};
    char close = object ? '}' : ']';
    skip_ws(p);
    if (p->pos < p->len && p->s[p->pos] == (unsigned char)close) {
        p->pos++;
        goto done;
    }
    for (;;) {
        skip_ws(p);
        if (object) {
            if (p->pos >= p->len || p->s[p->pos] != '"') {
                fail(p, p->pos, "Invalid JSON object", "Expected a quoted property name.");
                break;
            }
            uint32_t ks = p->pos;
            const char *key;
            uint32_t klen;
            if (!parse_string(p, &key, &klen)) break;
            vec_push(&keys, key);
            vec_push(&key_ranges, range_make(ks, p->pos));
            skip_ws(p);
            if (p->pos >= p->len || p->s[p->pos] != ':') {
                fail(p, p->pos, "Invalid JSON object", "Expected a colon after the property name.");
                break;
            }
            p->pos++;
        }
        JsonValue *item = parse_value(p);
        if (!item) break;
        vec_push(&items, item);
        skip_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == (unsigned char)close) {
            p->pos++;
            break;
        }
        if (p->pos >= p->len)
            fail(p, start, object ? "Unclosed JSON object" : "Unclosed JSON array",
                 "The document ends before the closing bracket.");
        else
            fail(p, p->pos, object ? "Invalid JSON object" : "Invalid JSON array",
                 object ? "Expected a comma or a closing brace." : "Expected a comma or a closing bracket.");
        break;
    }
done:
    v->count = items.len;
    v->items = vec_to_arena(p->a, &items);
    if (object) {
        v->keys = vec_to_arena(p->a, &keys);
        v->key_ranges = vec_to_arena(p->a, &key_ranges);
    }
    vec_free(&items);
    vec_free(&keys);
    vec_free(&key_ranges);
    v->range.end = p->pos;
    return p->failed ? NULL : v;
}

static JsonValue *parse_value(JsonParser *p) {
    skip_ws(p);
    if (p->pos >= p->len) {
        fail(p, p->pos, "Missing JSON value", "The document ends where a value was expected.");
        return NULL;
    }
    if (p->depth >= JSON_MAX_DEPTH) {
        fail(p, p->pos, "JSON nested too deeply", "Arrays and objects may be nested at most 512 levels deep.");
        return NULL;
    }
    uint32_t start = p->pos;
    unsigned c = p->s[p->pos];
    JsonValue *v = NULL;
    p->depth++;
    if (c == '{' || c == '[') {
        v = parse_container(p, c == '{');
    } else if (c == '"') {
        const char *str;
        uint32_t len;
        if (parse_string(p, &str, &len)) {
            v = new_value(p, JSON_STRING, start);
            v->str = str;
            v->len = len;
        }
    } else if (literal(p, "true") || literal(p, "false")) {
        v = new_value(p, JSON_BOOL, start);
        v->boolean = c == 't';
    } else if (literal(p, "null")) {
        v = new_value(p, JSON_NULL, start);
    } else {
        v = parse_number(p);
    }
    p->depth--;
    if (v) v->range.end = p->pos;
    return v;
}

JsonValue *json_parse(const SourceFile *src, Arena *a, DiagList *diags) {
    JsonParser p;
    memset(&p, 0, sizeof p);
    p.src = src;
    p.s = (const unsigned char *)src->text;
    p.len = src->len;
    p.pos = src->bom;
    p.a = a;
    p.diags = diags;
    JsonValue *v = parse_value(&p);
    if (!v) return NULL;
    skip_ws(&p);
    if (p.pos < p.len) {
        fail(&p, p.pos, "Extra characters after JSON value", "A JSON document holds exactly one value.");
        return NULL;
    }
    return v;
}

const JsonValue *json_get(const JsonValue *obj, const char *key) {
    if (!obj || obj->kind != JSON_OBJECT) return NULL;
    const JsonValue *found = NULL;
    for (uint32_t i = 0; i < obj->count; i++)
        if (strcmp(obj->keys[i], key) == 0) found = obj->items[i];
    return found;
}
