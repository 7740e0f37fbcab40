/* aws_name_invalid.c - A1: resource names that AWS rejects once variables,
 * locals, functions, count/for_each and module inputs are evaluated: too
 * long or short, characters outside the allowed set, and the per-service
 * rules (S3 bucket names, .fifo suffixes, KMS alias/ names, ...).  The
 * limits are the rows of aws_names.def; unknown values are checked only as
 * far as their known parts decide. */
#include "../aws_values.h"

typedef struct NameRow {
    const char *type;         /* resource type */
    const char *arg;          /* top-level argument holding the name */
    uint32_t min, max;        /* length in characters (max of the prefix for `prefix` rows) */
    const char *chars;        /* allowed characters: "[A-Za-z0-9_-]" or "any" */
    const char *rules;        /* space-separated rule words (see has_rule callers) */
    const char *source;       /* AWS API reference / provider validator */
} NameRow;

static const NameRow rows[] = {
#define NAME(type, arg, min, max, chars, rules, source) {type, arg, min, max, chars, rules, source},
#include "../aws_names.def"
#undef NAME
};

enum { ROW_COUNT = sizeof rows / sizeof rows[0] };

/* The provider appends this many characters to a name prefix (helper/id's
 * UniqueIDSuffixLength: a timestamp and a counter). */
enum { UNIQUE_SUFFIX_LEN = 26, FIFO_SUFFIX_LEN = 5 };

static bool has_rule(const NameRow *row, const char *word) {
    size_t n = strlen(word);
    for (const char *p = row->rules; (p = strstr(p, word)) != NULL; p += n)
        if ((p == row->rules || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ' || p[n] == '=')) return true;
    return false;
}

/* The value of a rule word with an argument ("fifo=fifo_queue"), or NULL. */
static const char *rule_arg(CheckCtx *ctx, const NameRow *row, const char *word) {
    size_t n = strlen(word);
    for (const char *p = row->rules; (p = strstr(p, word)) != NULL; p += n) {
        if ((p != row->rules && p[-1] != ' ') || p[n] != '=') continue;
        const char *v = p + n + 1, *e = strchr(v, ' ');
        return arena_strndup(ctx->a, v, e ? (size_t)(e - v) : strlen(v));
    }
    return NULL;
}

static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* Whether byte c is in the character class spec: "[...]" with ranges
 * "a-z", literals, \s for white space, \p{L} for non-ASCII letters, \x for
 * a literal x and a leading ^ to negate; "any" holds every byte.  Bytes of non-ASCII characters are
 * only in negated classes. */
static bool class_has(const char *spec, unsigned char c) {
    if (spec[0] != '[') return true;
    const char *p = spec + 1, *end = spec + strlen(spec) - 1; /* the closing ] */
    bool neg = *p == '^';
    if (neg) p++;
    bool in = false;
    while (p < end && !in) {
        if (strncmp(p, "\\p{L}", 5) == 0) {
            in = c >= 0x80; /* the bytes of non-ASCII letters */
            p += 5;
        } else if (p[0] == '\\' && p + 1 < end) {
            in = p[1] == 's' ? is_space(c) : c == (unsigned char)p[1];
            p += 2;
        } else if (p + 2 < end && p[1] == '-') {
            in = c >= (unsigned char)p[0] && c <= (unsigned char)p[2];
            p += 3;
        } else {
            in = c == (unsigned char)p[0];
            p++;
        }
    }
    return neg ? !in : in;
}

static bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

static bool starts_with(const char *s, size_t n, const char *p) {
    size_t k = strlen(p);
    return n >= k && memcmp(s, p, k) == 0;
}
static bool ends_with(const char *s, size_t n, const char *p) {
    size_t k = strlen(p);
    return n >= k && memcmp(s + n - k, p, k) == 0;
}

static bool contains(const char *s, size_t n, const char *p) {
    size_t k = strlen(p);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, p, k) == 0) return true;
    return false;
}

/* n.n.n.n with one to three digits each: S3 rejects bucket names formatted as IPv4 addresses. */
static bool looks_like_ipv4(const char *s, size_t n) {
    int parts = 0, digits = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            if (digits < 1 || digits > 3) return false;
            parts++;
            digits = 0;
        } else if (is_digit((unsigned char)s[i])) {
            digits++;
        } else {
            return false;
        }
    }
    return parts == 4;
}

/* What is wrong with a name, in words for the diagnostic. */
typedef struct Problem {
    const char *summary;      /* "aws_iam_role name is 70 characters; AWS allows at most 64" */
    const char *rule;         /* the constraint broken, a sentence */
    const char *hint;
    uint32_t chars;           /* characters in the value (or its known part) */
    bool too_long;
} Problem;

/* The text being checked: a whole value, or the known prefix of an unknown one. */
typedef struct NameText {
    const char *s;
    size_t n;
    bool complete;            /* s is the whole value */
    uint32_t min_chars;       /* at least this many characters in all */
    int fifo;                 /* the fifo argument: 1, 0, -1 unknown, -2 not applicable */
    bool sensitive;           /* do not show the value's characters */
} NameText;

static const char *describe_char(CheckCtx *ctx, const char *s, size_t n, size_t at) {
    unsigned char c = (unsigned char)s[at];
    if (c == ' ') return "a space";
    if (c < 0x20 || c == 0x7f) return arena_printf(ctx->a, "the control character U+%04X", c);
    if (c >= 0x80) {
        size_t e = at + 1;
        while (e < n && ((unsigned char)s[e] & 0xC0) == 0x80) e++;
        return arena_printf(ctx->a, "\"%.*s\" (a non-ASCII character)", (int)(e - at), s + at);
    }
    if (c == '"') return "\"\\\"\"";
    return arena_printf(ctx->a, "\"%c\"", c);
}

static const char *chars_text(CheckCtx *ctx, const NameRow *row) {
    if (row->chars[0] != '[') return "any characters";
    return arena_printf(ctx->a, "characters from %s", row->chars);
}

/* Checks t against row; fills *p and returns true at the first problem. */
static bool find_problem(CheckCtx *ctx, const NameRow *row, const NameText *t, Problem *p) {
    const char *what = arena_printf(ctx->a, "%s %s", row->type, row->arg);
    bool prefix = has_rule(row, "prefix");
    const char *s = t->s;
    size_t n = t->n;
    memset(p, 0, sizeof *p);
    p->chars = t->min_chars;
    if (has_rule(row, "arn-ok") && memchr(s, ':', n)) return false; /* an ARN: checked by the service as one */

    /* .fifo: part of the name (and of its length) iff the queue or topic is FIFO */
    uint32_t max = row->max;
    size_t base = n; /* the part the character set applies to */
    if (t->fifo != -2 && prefix && t->fifo == 1) max -= FIFO_SUFFIX_LEN;
    if (t->fifo != -2 && !prefix && !t->complete && t->fifo != 0) {
        /* the known prefix may end where ".fifo" begins */
        for (size_t k = FIFO_SUFFIX_LEN; k > 0; k--)
            if (n >= k && memcmp(s + n - k, ".fifo", k) == 0) {
                base = n - k;
                break;
            }
    }
    if (t->fifo != -2 && !prefix && t->complete) {
        bool has = ends_with(s, n, ".fifo");
        const char *arg = rule_arg(ctx, row, "fifo");
        if (t->fifo == 1 && !has) {
            p->summary = arena_printf(ctx->a, "%s must end with \".fifo\" when %s is true", what, arg);
            p->rule = arena_printf(ctx->a, "The name of a FIFO %s must end with the .fifo suffix, which counts "
                                           "towards the %u-character limit.",
                                   strcmp(row->type, "aws_sqs_queue") == 0 ? "queue" : "topic", row->max);
            p->hint = "Append \".fifo\" to the name.";
            return true;
        }
        if (t->fifo == 0 && has) {
            p->summary = arena_printf(ctx->a, "%s ends with \".fifo\" but %s is not true", what, arg);
            p->rule = arena_printf(ctx->a, "Only FIFO %ss may have names ending in .fifo.",
                                   strcmp(row->type, "aws_sqs_queue") == 0 ? "queue" : "topic");
            p->hint = arena_printf(ctx->a, "Set %s = true, or drop the .fifo suffix.", arg);
            return true;
        }
        if (has && t->fifo != 0) base = n - FIFO_SUFFIX_LEN;
    }

    /* length */
    if (t->min_chars > max) {
        p->too_long = true;
        if (prefix)
            p->summary = arena_printf(ctx->a, "%s is %s%u characters; with the provider's %u-character suffix "
                                              "AWS allows at most %u",
                                      what, t->complete ? "" : "at least ", t->min_chars, UNIQUE_SUFFIX_LEN, max);
        else
            p->summary = arena_printf(ctx->a, "%s is %s%u characters; AWS allows at most %u", what,
                                      t->complete ? "" : "at least ", t->min_chars, max);
        p->rule = prefix ? arena_printf(ctx->a, "The provider appends a unique suffix to the prefix, so the prefix "
                                                "may have at most %u characters.", max)
                         : arena_printf(ctx->a, "AWS accepts %u to %u %s.", row->min, max, chars_text(ctx, row));
        p->hint = prefix ? arena_printf(ctx->a, "Shorten the prefix to at most %u characters.", max)
                         : "Shorten the name: abbreviate the parts that come from variables or locals, or "
                           "drop a component.";
        return true;
    }
    if (t->complete && t->min_chars < row->min) {
        p->summary = arena_printf(ctx->a, "%s is %u character%s; AWS requires at least %u", what, t->min_chars,
                                  t->min_chars == 1 ? "" : "s", row->min);
        p->rule = arena_printf(ctx->a, "AWS accepts %u to %u %s.", row->min, max, chars_text(ctx, row));
        p->hint = "Lengthen the name.";
        return true;
    }

    /* characters */
    for (size_t i = 0; i < base; i++) {
        if (class_has(row->chars, (unsigned char)s[i])) continue;
        bool upper = s[i] >= 'A' && s[i] <= 'Z' && class_has(row->chars, (unsigned char)(s[i] - 'A' + 'a'));
        p->summary = arena_printf(ctx->a, "%s contains %s, which AWS does not allow", what,
                                  upper          ? "upper-case letters"
                                  : t->sensitive ? "a character"
                                                 : describe_char(ctx, s, n, i));
        p->rule = arena_printf(ctx->a, "AWS accepts only %s.", chars_text(ctx, row));
        p->hint = upper ? "Use lower case (lower() converts a computed name)."
                        : "Use only the allowed characters (replace() can rewrite a computed name).";
        return true;
    }

    /* first and last characters */
    unsigned char first = n ? (unsigned char)s[0] : 0, last = n ? (unsigned char)s[n - 1] : 0;
    bool check_last = t->complete && !prefix && n > 0;
    if (n && has_rule(row, "letter-first") && !is_alpha(first)) {
        p->summary = arena_printf(ctx->a, "%s must start with a letter", what);
        p->rule = "AWS requires the first character to be a letter.";
        p->hint = "Start the name with a letter (put a fixed word before the computed parts).";
        return true;
    }
    if (n && (has_rule(row, "alnum-first") || has_rule(row, "s3-bucket")) && !is_alnum(first)) {
        p->summary = arena_printf(ctx->a, "%s must start with a letter or digit", what);
        p->rule = "AWS requires the first character to be a letter or a digit.";
        p->hint = "Start the name with a letter or digit.";
        return true;
    }
    if (check_last && (has_rule(row, "alnum-last") || has_rule(row, "s3-bucket")) && !is_alnum(last)) {
        p->summary = arena_printf(ctx->a, "%s must end with a letter or digit", what);
        p->rule = "AWS requires the last character to be a letter or a digit.";
        p->hint = "Remove the trailing separator (trimsuffix() or trimspace() help with computed names).";
        return true;
    }
    if (has_rule(row, "no-hyphen-ends") && ((n && first == '-') || (check_last && last == '-'))) {
        p->summary = arena_printf(ctx->a, "%s must not %s with a hyphen", what, first == '-' ? "begin" : "end");
        p->rule = "AWS does not accept a hyphen as the first or last character.";
        p->hint = "Remove the hyphen (an empty variable between separators often leaves one).";
        return true;
    }
    if (check_last && has_rule(row, "no-hyphen-last") && last == '-') {
        p->summary = arena_printf(ctx->a, "%s must not end with a hyphen", what);
        p->rule = "AWS does not accept a hyphen as the last character.";
        p->hint = "Remove the trailing hyphen (an empty suffix variable often leaves one).";
        return true;
    }
    if (has_rule(row, "no-double-hyphen") && contains(s, n, "--")) {
        p->summary = arena_printf(ctx->a, "%s must not contain two consecutive hyphens", what);
        p->rule = "AWS does not accept \"--\" in this name.";
        p->hint = "Remove the doubled hyphen (an empty variable between two separators often leaves one).";
        return true;
    }
    if (has_rule(row, "not-internal-") && starts_with(s, n, "internal-")) {
        p->summary = arena_printf(ctx->a, "%s must not begin with \"internal-\"", what);
        p->rule = "Elastic Load Balancing reserves the internal- prefix for the DNS names of internal load "
                  "balancers.";
        p->hint = "Choose a name that does not start with internal-.";
        return true;
    }
    if (has_rule(row, "not-sg-") && starts_with(s, n, "sg-")) {
        p->summary = arena_printf(ctx->a, "%s must not begin with \"sg-\"", what);
        p->rule = "EC2 does not accept security group names that start with sg- (the prefix of group IDs).";
        p->hint = "Choose a name that does not start with sg-.";
        return true;
    }
    if (t->complete && !prefix && has_rule(row, "not-default") && n == 7 && memcmp(s, "default", 7) == 0) {
        p->summary = arena_printf(ctx->a, "%s must not be \"default\"", what);
        p->rule = "The name default is reserved for the one AWS creates.";
        p->hint = "Choose another name, or refer to the existing default instead of creating it.";
        return true;
    }
    if (t->complete && !prefix && has_rule(row, "not-all-digits") && n) {
        size_t i = 0;
        while (i < n && is_digit((unsigned char)s[i])) i++;
        if (i == n) {
            p->summary = arena_printf(ctx->a, "%s must not be all digits", what);
            p->rule = "A Lambda alias name cannot consist of digits only (that is a version number).";
            p->hint = "Add a letter to the alias name.";
            return true;
        }
    }

    /* service rules */
    if (has_rule(row, "s3-bucket")) {
        static const char *const bad_prefixes[] = {"xn--", "sthree-", "amzn-s3-demo-"};
        static const char *const bad_suffixes[] = {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"};
        if (contains(s, n, "..")) {
            p->summary = arena_printf(ctx->a, "%s must not contain two adjacent periods", what);
            p->rule = "S3 bucket names must not contain two adjacent periods.";
            p->hint = "Remove the doubled period.";
            return true;
        }
        for (size_t i = 0; i < sizeof bad_prefixes / sizeof bad_prefixes[0]; i++)
            if (starts_with(s, n, bad_prefixes[i])) {
                p->summary = arena_printf(ctx->a, "%s must not start with \"%s\"", what, bad_prefixes[i]);
                p->rule = arena_printf(ctx->a, "S3 reserves the bucket name prefix %s.", bad_prefixes[i]);
                p->hint = "Choose a bucket name with another beginning.";
                return true;
            }
        for (size_t i = 0; check_last && i < sizeof bad_suffixes / sizeof bad_suffixes[0]; i++)
            if (ends_with(s, n, bad_suffixes[i])) {
                p->summary = arena_printf(ctx->a, "%s must not end with \"%s\"", what, bad_suffixes[i]);
                p->rule = arena_printf(ctx->a, "S3 reserves the bucket name suffix %s (access point, "
                                               "Multi-Region Access Point, directory bucket and table bucket "
                                               "names use these).", bad_suffixes[i]);
                p->hint = "Choose a bucket name with another ending.";
                return true;
            }
        if (check_last && looks_like_ipv4(s, n)) {
            p->summary = arena_printf(ctx->a, "%s must not be formatted as an IP address", what);
            p->rule = "S3 bucket names must not be formatted as an IP address.";
            p->hint = "Choose a bucket name that is not an IP address.";
            return true;
        }
    }
    if (has_rule(row, "kms-alias")) {
        const char *need = "alias/";
        size_t k = n < 6 ? n : 6;
        if ((t->complete || n >= 6) && !starts_with(s, n, need)) {
            p->summary = arena_printf(ctx->a, "%s must begin with \"alias/\"", what);
            p->rule = "KMS alias names have the form alias/NAME.";
            p->hint = "Prefix the name with alias/.";
            return true;
        }
        if (!t->complete && memcmp(s, need, k) != 0) {
            p->summary = arena_printf(ctx->a, "%s must begin with \"alias/\"", what);
            p->rule = "KMS alias names have the form alias/NAME.";
            p->hint = "Prefix the name with alias/.";
            return true;
        }
        if (starts_with(s, n, "alias/aws/")) {
            p->summary = arena_printf(ctx->a, "%s must not begin with \"alias/aws/\"", what);
            p->rule = "The alias/aws/ prefix is reserved for AWS managed keys.";
            p->hint = "Choose an alias outside alias/aws/.";
            return true;
        }
    }
    if (has_rule(row, "ecr-repository")) {
        /* components separated by '/', each alphanumeric runs joined by single '.', '_' or '-' */
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (is_alnum(c)) continue;
            bool prev_ok = i > 0 && is_alnum((unsigned char)s[i - 1]);
            bool next_ok = i + 1 < n ? is_alnum((unsigned char)s[i + 1]) : !t->complete;
            if (!prev_ok || !next_ok) {
                p->summary = arena_printf(ctx->a, "%s has \"%c\" %s", what, c,
                                          !prev_ok && i == 0 ? "at its start"
                                          : i + 1 == n       ? "at its end"
                                                             : "next to another separator");
                p->rule = "ECR repository names are lower-case alphanumeric components joined by single '.', "
                          "'_' or '-', with '/' between path components.";
                p->hint = "Remove the extra separator.";
                return true;
            }
        }
    }
    return false;
}

/* Whether the type has a prefix argument, to suggest for names that are too long. */
static bool type_has_prefix_arg(const char *type) {
    for (size_t i = 0; i < ROW_COUNT; i++)
        if (strcmp(rows[i].type, type) == 0 && has_rule(&rows[i], "prefix")) return true;
    return false;
}

typedef struct Found {
    Problem p;
    const Value *v;
    const Instance *in;
    uint32_t more;            /* other instances with a problem */
} Found;

static void report(CheckCtx *ctx, const Resource *r, const NameRow *row, const AstAttribute *at, const Found *f) {
    Diag *d = ctx_report(ctx, at->src, at->expr->range, f->p.summary);
    const char *who = aws_instance_address(ctx, r, f->in);
    const char *val;
    if (f->v->kind == V_UNKNOWN && f->v->str)
        val = arena_printf(ctx->a, "For %s the value is only known after apply, but it starts with %s and has at "
                                   "least %u characters.",
                           who, aws_quote(ctx, f->v), f->p.chars);
    else if (f->v->kind == V_UNKNOWN)
        val = arena_printf(ctx->a, "For %s the value is only known after apply, but its known parts alone have "
                                   "%u characters.",
                           who, f->p.chars);
    else if (aws_expr_is_literal(at->expr))
        val = arena_printf(ctx->a, "%s is %s (%u characters).", who, aws_quote(ctx, f->v), f->p.chars);
    else
        val = arena_printf(ctx->a, "For %s it evaluates to %s (%u characters).", who, aws_quote(ctx, f->v),
                           f->p.chars);
    const char *more = "";
    if (f->more == 1) more = " One more instance has a problem too.";
    else if (f->more > 1) more = arena_printf(ctx->a, " %u more instances have problems too.", f->more);
    d->detail = arena_printf(ctx->a, "%s %s (Source: %s.)%s", val, f->p.rule, row->source, more);
    d->hint = f->p.hint;
    if (f->p.too_long && !has_rule(row, "prefix") && type_has_prefix_arg(r->type))
        d->hint = arena_printf(ctx->a, "%s Or let the provider generate a name from a short prefix.", f->p.hint);
}

static void check_row(CheckCtx *ctx, const Resource *r, const NameRow *row, Instance *ins, uint32_t nins) {
    AstAttribute *at = body_attr(r->block->body, row->arg);
    if (!at) return;
    const char *fifo_arg = rule_arg(ctx, row, "fifo");
    Found f;
    memset(&f, 0, sizeof f);
    bool have = false;
    for (uint32_t i = 0; i < nins; i++) {
        Value *v = eval_attr(ctx->ev, ctx->m, r, &ins[i], at);
        if (!v || v->kind == V_NULL) continue;
        /* "" is no name: the provider then generates one (create.Name), or
         * its own validation rejects it at validate */
        if (v->kind == V_STRING && v->len == 0) continue;
        NameText t = {0};
        if (v->kind == V_STRING) {
            t.s = v->str;
            t.n = v->len;
            t.complete = true;
            t.min_chars = aws_char_count(v->str, v->len);
        } else if (v->kind == V_UNKNOWN && (v->str || v->min_len)) {
            t.s = v->str ? v->str : "";
            t.n = v->str ? v->len : 0;
            uint32_t pc = aws_char_count(t.s, t.n);
            /* min_len counts bytes; a name that may hold any character could
             * spend up to 4 bytes on each of the rest */
            uint32_t rest = v->min_len > t.n ? (uint32_t)(v->min_len - t.n) : 0;
            bool ascii = row->chars[0] == '[' && row->chars[1] != '^' && !strstr(row->chars, "\\p{L}");
            t.min_chars = pc + (ascii ? rest : (rest + 3) / 4);
        } else {
            continue; /* unknown without known parts, or not a string: nothing is decided */
        }
        t.fifo = -2;
        t.sensitive = v->sensitive;
        if (fifo_arg) t.fifo = aws_value_bool(eval_resource_arg(ctx->ev, ctx->m, r, &ins[i], fifo_arg));
        Problem p;
        if (!find_problem(ctx, row, &t, &p)) continue;
        if (have) {
            f.more++;
            continue;
        }
        have = true;
        f.p = p;
        f.v = v;
        f.in = &ins[i];
    }
    if (have) report(ctx, r, row, at, &f);
}

static void check(CheckCtx *ctx) {
    if (!ctx->ev) return;
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *r = &m->resources.data[i];
        if (r->mode != MODE_MANAGED) continue;
        Instance *ins = NULL;
        uint32_t nins = 0;
        bool expanded = false;
        for (size_t k = 0; k < ROW_COUNT; k++) {
            if (strcmp(rows[k].type, r->type) != 0 || !body_attr(r->block->body, rows[k].arg)) continue;
            if (!expanded) {
                bool known;
                nins = eval_instances(ctx->ev, m, r, &ins, &known);
                expanded = true;
            }
            check_row(ctx, r, &rows[k], ins, nins);
        }
    }
}

/* The documentation table: one line per row of aws_names.def. */
#define NAME(type, arg, min, max, chars, rules, source) \
    "| `" type "` | `" arg "` | " #min "-" #max " | `" chars "` | " rules " | " source " |\n"

const Rule rule_aws_name_invalid = {
    "aws-name-invalid", SEV_ERROR, "A1", "Resource names AWS rejects, after evaluation",
    "AWS limits the names of its resources: IAM roles to 64 characters, Lambda functions to 64 "
    "letters, digits, hyphens and underscores, S3 buckets to 3-63 lower-case characters with more "
    "rules, SQS queues to 80 with a .fifo suffix exactly when the queue is FIFO, and so on. Names "
    "built from variables, locals, format(), join(), conditionals, count.index, each.key and "
    "module inputs pass `terraform validate` and fail at plan or apply, after other resources "
    "have been created. tfcheck evaluates each name for every instance of the resource and checks "
    "it against the table below (limits from the AWS API reference of each service and the "
    "validators of terraform-provider-aws). A value only known after apply is checked as far as "
    "its known parts decide it (a known prefix with characters AWS does not allow, or known "
    "parts that alone exceed the limit); nothing else is guessed. For `prefix` arguments "
    "(`name_prefix`, `bucket_prefix`, ...) the limit is what remains once the provider appends its "
    "26-character unique suffix. Rules: `prefix` the argument is a prefix; `letter-first`, "
    "`alnum-first`, `alnum-last` what the first or last character must be; `no-hyphen-ends`, "
    "`no-hyphen-last`, `no-double-hyphen` where hyphens may not appear; `not-internal-`, "
    "`not-sg-` reserved beginnings; `not-default` the name `default` is reserved; "
    "`not-all-digits` not digits only; `fifo=ARG` the name ends in `.fifo` exactly when ARG is "
    "true (the suffix counts towards the limit); `arn-ok` an ARN is accepted instead (not "
    "checked); `s3-bucket` the S3 naming rules (start and end with a letter or digit, no `..`, "
    "not an IP address, no `xn--`, `sthree-` or `amzn-s3-demo-` prefix, no `-s3alias`, `--ol-s3`, "
    "`.mrap`, `--x-s3` or `--table-s3` suffix); `kms-alias` begins with `alias/` and not "
    "`alias/aws/`; `ecr-repository` components of alphanumerics joined by single `.`, `_` or `-`, "
    "separated by `/`.\n\n"
    "| resource | argument | length | characters | rules | source |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
#include "../aws_names.def"
    ,
    "module", check};
#undef NAME
