/* version.c - semantic versions and Terraform's version constraint syntax:
 * "= 1.2.3", "!= 1.2", "> 1", ">= 1.0", "< 2", "<= 2.1", "~> 5.0", a bare
 * version meaning "=", joined by commas.  Prereleases match only when a
 * constraint names that exact prerelease, as in Terraform. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static bool parse_num(const char **p, const char *end, int64_t *out) {
    const char *s = *p;
    if (s >= end || !isdigit((unsigned char)*s)) return false;
    int64_t v = 0;
    while (s < end && isdigit((unsigned char)*s)) {
        if (v > 100000000) return false;
        v = v * 10 + (*s - '0');
        s++;
    }
    *out = v;
    *p = s;
    return true;
}

/* Parses up to three dot-separated numbers and an optional -prerelease or
 * +build.  Returns the number of numeric parts, 0 on failure. */
static int parse_version_parts(const char *s, const char *end, Version *v, Arena *a) {
    memset(v, 0, sizeof *v);
    v->pre = "";
    if (s < end && *s == 'v') s++;
    int64_t nums[3] = {0, 0, 0};
    int parts = 0;
    while (parts < 3) {
        if (!parse_num(&s, end, &nums[parts])) return 0;
        parts++;
        if (s < end && *s == '.') {
            s++;
            continue;
        }
        break;
    }
    if (s < end && *s == '-') {
        const char *q = ++s;
        while (s < end && (isalnum((unsigned char)*s) || *s == '.' || *s == '-')) s++;
        if (s == q) return 0;
        v->pre = a ? arena_strndup(a, q, (size_t)(s - q)) : "pre";
    }
    if (s < end && *s == '+') {
        s++;
        while (s < end && (isalnum((unsigned char)*s) || *s == '.' || *s == '-')) s++;
    }
    if (s != end) return 0;
    v->major = nums[0];
    v->minor = nums[1];
    v->patch = nums[2];
    return parts;
}

bool version_parse(const char *s, size_t n, Version *out) {
    return parse_version_parts(s, s + n, out, NULL) == 3;
}

int version_compare(const Version *a, const Version *b) {
    if (a->major != b->major) return a->major < b->major ? -1 : 1;
    if (a->minor != b->minor) return a->minor < b->minor ? -1 : 1;
    if (a->patch != b->patch) return a->patch < b->patch ? -1 : 1;
    bool ap = a->pre && a->pre[0], bp = b->pre && b->pre[0];
    if (ap != bp) return ap ? -1 : 1; /* a prerelease sorts before its release */
    if (ap) return strcmp(a->pre, b->pre) < 0 ? -1 : strcmp(a->pre, b->pre) > 0;
    return 0;
}

bool constraints_parse(Arena *a, const char *s, VersionConstraints *out, const char **why) {
    Vec(VersionConstraint) items = {0};
    const char *p = s;
    for (;;) {
        while (*p == ' ' || *p == '\t') p++;
        const char *start = p;
        while (*p && *p != ',') p++;
        const char *end = p;
        while (end > start && (end[-1] == ' ' || end[-1] == '\t')) end--;
        if (end == start) {
            vec_free(&items);
            *why = "A version constraint is empty; an empty string or a stray comma is not allowed.";
            return false;
        }
        VersionConstraint c;
        memset(&c, 0, sizeof c);
        const char *q = start;
        if (strncmp(q, "~>", 2) == 0) { c.op = COP_PESSIMISTIC; q += 2; }
        else if (strncmp(q, ">=", 2) == 0) { c.op = COP_GE; q += 2; }
        else if (strncmp(q, "<=", 2) == 0) { c.op = COP_LE; q += 2; }
        else if (strncmp(q, "!=", 2) == 0) { c.op = COP_NE; q += 2; }
        else if (*q == '>') { c.op = COP_GT; q++; }
        else if (*q == '<') { c.op = COP_LT; q++; }
        else if (*q == '=') { c.op = COP_EQ; q++; }
        else c.op = COP_EQ;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        c.parts = parse_version_parts(q, end, &c.v, a);
        if (c.parts == 0) {
            vec_free(&items);
            *why = arena_printf(a, "\"%.*s\" is not a valid version constraint: expected an "
                                   "operator (=, !=, >, >=, <, <=, ~>) and a version such as 1.2.3.",
                                (int)(end - start), start);
            return false;
        }
        vec_push(&items, c);
        if (*p == ',') {
            p++;
            continue;
        }
        break;
    }
    out->len = items.len;
    out->items = vec_to_arena(a, &items);
    vec_free(&items);
    return true;
}

static bool allow_one(const VersionConstraint *c, const Version *v) {
    int cmp = version_compare(v, &c->v);
    switch (c->op) {
    case COP_EQ:
        if (c->parts < 3 && !(c->v.pre && c->v.pre[0])) {
            /* "= 1.2" matches any 1.2.x */
            if (v->major != c->v.major) return false;
            if (c->parts >= 2 && v->minor != c->v.minor) return false;
            return true;
        }
        return cmp == 0;
    case COP_NE: return cmp != 0;
    case COP_GT: return cmp > 0;
    case COP_GE: return cmp >= 0;
    case COP_LT: return cmp < 0;
    case COP_LE: return cmp <= 0;
    case COP_PESSIMISTIC:
        if (cmp < 0) return false;
        /* ~> 1.2 allows 1.x >= 1.2; ~> 1.2.3 allows 1.2.x >= 1.2.3; ~> 1 allows 1.x */
        if (c->parts <= 2) return v->major == c->v.major;
        return v->major == c->v.major && v->minor == c->v.minor;
    }
    return false;
}

bool constraints_allow(const VersionConstraints *c, const Version *v) {
    bool pre = v->pre && v->pre[0];
    bool named = false;
    for (uint32_t i = 0; i < c->len; i++) {
        if (!allow_one(&c->items[i], v)) return false;
        if (pre && c->items[i].v.pre && strcmp(c->items[i].v.pre, v->pre) == 0 &&
            c->items[i].v.major == v->major && c->items[i].v.minor == v->minor &&
            c->items[i].v.patch == v->patch)
            named = true;
    }
    return !pre || named;
}
