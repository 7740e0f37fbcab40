/* gen_corpus.c - writes a deterministic corpus of realistic Terraform files
 * (AWS modules: variables, locals, S3, IAM, Lambda, SQS, DynamoDB, networking,
 * heredocs, templates, for expressions, splats, comments) for bench_parse.
 * Standalone C11 with its own xorshift PRNG, so the same arguments give the
 * same bytes on every machine.  Usage is in bench/README.md.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(g, a) ((a)[rnd((g), (unsigned)COUNT_OF(a))])

enum {
    DEFAULT_FILES = 400,
    DEFAULT_FILE_BYTES = 64000,  /* 400 files -> about 25.6 MB */
    REF_MAX = 12,                /* references remembered per kind */
    REF_LEN = 160,
};

/* ---- PRNG (xorshift64*, seeded through splitmix64) ----------------------- */

typedef struct Rng {
    uint64_t s;  /* never zero */
} Rng;

static uint64_t splitmix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static uint64_t rng_next(Rng *r) {
    uint64_t x = r->s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    r->s = x;
    return x * 0x2545F4914F6CDD1Dull;
}

/* ---- output buffer --------------------------------------------------------- */

typedef struct Out {
    char *data;
    size_t len, cap;
    int indent;  /* current nesting, two spaces per level */
} Out;

static void out_reserve(Out *o, size_t extra) {
    if (o->cap - o->len > extra) return;
    size_t ncap = o->cap ? o->cap : 1 << 16;
    while (ncap - o->len <= extra) ncap *= 2;
    char *p = realloc(o->data, ncap);
    if (!p) {
        fprintf(stderr, "gen_corpus: out of memory\n");
        exit(1);
    }
    o->data = p;
    o->cap = ncap;
}

static void out_vprintf(Out *o, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0) return;
    out_reserve(o, (size_t)n + 1);
    vsnprintf(o->data + o->len, (size_t)n + 1, fmt, ap);
    o->len += (size_t)n;
}

/* ---- generator state --------------------------------------------------------
 * A RefList remembers the last REF_MAX reference expressions of one kind
 * ("var.x", "aws_s3_bucket.y"), so later blocks refer to things the module
 * really declares. */
typedef struct RefList {
    char item[REF_MAX][REF_LEN];
    unsigned len;   /* filled slots */
    unsigned next;  /* slot to overwrite next */
} RefList;

typedef struct Gen {
    Rng rng;
    Out out;
    unsigned file;      /* index of the file being written */
    char stem[40];      /* per-file prefix that keeps names unique in the module */
    unsigned seq;       /* counter appended to every generated name */
    RefList str_refs, num_refs, bool_refs, list_refs, map_refs, obj_refs, mapobj_refs;
    RefList roles, buckets, queues, tables, subnets, sgs, lambdas, topics, keys;
} Gen;

static unsigned rnd(Gen *g, unsigned n) { return (unsigned)(rng_next(&g->rng) % n); }
static int between(Gen *g, int lo, int hi) { return lo + (int)rnd(g, (unsigned)(hi - lo + 1)); }
static bool chance(Gen *g, unsigned pct) { return rnd(g, 100) < pct; }

static void ref_add(RefList *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ref_add(RefList *r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->item[r->next], REF_LEN, fmt, ap);
    va_end(ap);
    r->next = (r->next + 1) % REF_MAX;
    if (r->len < REF_MAX) r->len++;
}

static const char *ref_pick(Gen *g, const RefList *r) {
    return r->len ? r->item[rnd(g, r->len)] : NULL;
}

/* A reference from r, or (sometimes, or when r is empty) one of the module's
 * core names declared in file 0. */
static const char *ref_or(Gen *g, const RefList *r, const char *const *core, unsigned ncore) {
    if (r->len && (ncore == 0 || chance(g, 75))) return ref_pick(g, r);
    return core[rnd(g, ncore)];
}

static const char *const CORE_STR[] = {"var.project", "var.environment", "local.name_prefix",
                                       "var.region"};
static const char *const CORE_NUM[] = {"var.log_retention_days", "var.default_timeout"};
static const char *const CORE_BOOL[] = {"var.enabled", "local.is_prod"};
static const char *const CORE_LIST[] = {"var.azs", "var.subnet_ids", "var.extra_policy_arns"};
static const char *const CORE_MAP[] = {"var.tags", "local.common_tags"};

static const char *pick_str(Gen *g) { return ref_or(g, &g->str_refs, CORE_STR, COUNT_OF(CORE_STR)); }
static const char *pick_num(Gen *g) { return ref_or(g, &g->num_refs, CORE_NUM, COUNT_OF(CORE_NUM)); }
static const char *pick_bool(Gen *g) { return ref_or(g, &g->bool_refs, CORE_BOOL, COUNT_OF(CORE_BOOL)); }
static const char *pick_list(Gen *g) { return ref_or(g, &g->list_refs, CORE_LIST, COUNT_OF(CORE_LIST)); }
static const char *pick_map(Gen *g) { return ref_or(g, &g->map_refs, CORE_MAP, COUNT_OF(CORE_MAP)); }

/* ---- emitting lines ------------------------------------------------------- */

static void line(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void line(Gen *g, const char *fmt, ...) {
    Out *o = &g->out;
    out_reserve(o, (size_t)o->indent * 2 + 1);
    for (int i = 0; i < o->indent * 2; i++) o->data[o->len++] = ' ';
    va_list ap;
    va_start(ap, fmt);
    out_vprintf(o, fmt, ap);
    va_end(ap);
    out_reserve(o, 1);
    o->data[o->len++] = '\n';
}

/* A line at column 0 whatever the nesting (bodies of plain <<EOF heredocs). */
static void line0(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void line0(Gen *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    out_vprintf(&g->out, fmt, ap);
    va_end(ap);
    out_reserve(&g->out, 1);
    g->out.data[g->out.len++] = '\n';
}

/* Opens a block or multi-line value: the line ends with "{", "[" or "(". */
static void open_line(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void open_line(Gen *g, const char *fmt, ...) {
    Out *o = &g->out;
    out_reserve(o, (size_t)o->indent * 2 + 1);
    for (int i = 0; i < o->indent * 2; i++) o->data[o->len++] = ' ';
    va_list ap;
    va_start(ap, fmt);
    out_vprintf(o, fmt, ap);
    va_end(ap);
    out_reserve(o, 1);
    o->data[o->len++] = '\n';
    o->indent++;
}

static void close_line(Gen *g, const char *closer) {
    g->out.indent--;
    line(g, "%s", closer);
}

static void blank(Gen *g) { line0(g, "%s", ""); }

/* A fresh block label or variable name: stem_role_seq. */
static const char *fresh(Gen *g, char *buf, size_t n, const char *role) {
    snprintf(buf, n, "%s_%s_%u", g->stem, role, ++g->seq);
    return buf;
}

/* Sometimes a trailing comment after a simple attribute. */
static const char *tc(Gen *g) {
    static const char *const C[] = {
        " # seconds", " // keep in sync with the runbook", " # TODO: tune after the load test",
        " # see ADR-0042", " /* inline note */", " # required by the security baseline",
        " // default from the platform team",
    };
    return chance(g, 7) ? PICK(g, C) : "";
}

/* ---- word lists --------------------------------------------------------------- */

static const char *const FEATURES[] = {
    "orders", "billing", "payments", "ingest", "reports", "search", "media", "audit",
    "events", "notify", "users", "catalog", "inventory", "checkout", "shipping", "analytics",
    "backup", "sessions", "profiles", "thumbs", "exports", "imports", "ledger", "metrics",
    "alerts", "webhooks", "scheduler", "gateway", "auth", "feeds",
};
static const char *const ROLES[] = {
    "logs", "uploads", "artifacts", "assets", "archive", "raw", "processed", "staging",
    "cache", "state", "worker", "api", "consumer", "producer", "sync", "batch", "stream",
};
static const char *const NOUNS[] = {
    "orders", "invoices", "events", "uploads", "reports", "sessions", "thumbnails", "exports",
    "audit records", "metrics", "notifications", "payments", "profiles", "webhooks", "snapshots",
};
static const char *const VERBS[] = {
    "Stores", "Processes", "Forwards", "Archives", "Indexes", "Retries", "Batches", "Encrypts",
    "Replicates", "Validates", "Collects", "Publishes",
};
static const char *const ADJS[] = {
    "incoming", "failed", "nightly", "customer", "internal", "partner", "regional", "pending",
    "signed", "compressed", "delayed", "priority",
};
static const char *const TAILS[] = {
    ".", ".", ".", " for downstream consumers.", " before they are archived.",
    " \u2014 see the runbook.", " (owned by the platform team).",
    ". Set to \\\"auto\\\" to let AWS decide.", " per environment.",
    " in the caf\u00e9 region, as requested.",
};
static const char *const RUNTIMES[] = {"python3.12", "python3.11", "nodejs20.x", "java21",
                                       "provided.al2023", "ruby3.3"};
static const char *const VAR_WORDS_STR[] = {
    "bucket_suffix", "storage_class", "log_level", "runtime", "handler", "image_tag",
    "domain_name", "owner", "cost_center", "sse_algorithm", "instance_type", "schedule",
};
static const char *const VAR_WORDS_NUM[] = {
    "retention_days", "memory_size", "timeout_seconds", "max_receive_count", "batch_size",
    "desired_capacity", "read_capacity", "port", "concurrency", "visibility_timeout",
};
static const char *const VAR_WORDS_BOOL[] = {
    "enable_versioning", "enable_logging", "create_alarms", "enable_xray", "force_destroy",
    "enable_pitr", "use_fifo", "public_access",
};
static const char *const VAR_WORDS_LIST[] = {
    "allowed_cidrs", "extra_policy_arns", "admin_role_arns", "trusted_accounts",
    "notification_emails", "replica_regions", "prefixes",
};
static const char *const VAR_WORDS_MAP[] = {
    "extra_tags", "environment_variables", "labels", "annotations", "parameters",
};
static const char *const VAR_WORDS_OBJ[] = {"settings", "config", "scaling", "network", "logging"};
static const char *const VAR_WORDS_MAPOBJ[] = {"services", "rules", "listeners", "targets",
                                                "endpoints"};
static const char *const LOCAL_WORDS[] = {
    "prefix", "label", "suffix", "names", "lookup", "settings", "matrix", "rules", "cidrs",
    "ports", "flags", "defaults", "by_port", "tiers", "summary", "doc", "env_file", "filtered",
};
static const char *const KEYS[] = {"api", "web", "admin", "worker", "metrics", "grpc", "sync",
                                   "public", "internal", "batch"};

/* Several draws in one argument list would run in an unspecified order (gcc
 * and clang differ), so every draw below is its own statement: the corpus
 * must not depend on the compiler. */
static const char *phrase(Gen *g, char *buf, size_t n) {
    const char *verb = PICK(g, VERBS);
    const char *adj = PICK(g, ADJS);
    const char *noun = PICK(g, NOUNS);
    snprintf(buf, n, "%s %s %s", verb, adj, noun);
    return buf;
}

static void describe(Gen *g, char *buf, size_t n) {
    phrase(g, buf, n);
    const char *tail = PICK(g, TAILS);
    size_t len = strlen(buf);
    snprintf(buf + len, n - len, "%s", tail);
}

/* ---- common attribute shapes --------------------------------------------------- */

static void tags_attr(Gen *g, const char *name_suffix) {
    unsigned k = rnd(g, 10);
    if (k < 3) {
        line(g, "tags = local.common_tags");
        return;
    }
    if (k < 8) {
        open_line(g, "tags = merge(local.common_tags, {");
        line(g, "Name      = \"${local.name_prefix}-%s\"", name_suffix);
        line(g, "Component = \"%s\"", g->stem);
        if (chance(g, 40)) line(g, "Tier      = \"%s\"", chance(g, 50) ? "backend" : "data");
        if (chance(g, 30)) line(g, "\"cost:center\" = %s", pick_str(g));
        close_line(g, "})");
        return;
    }
    line(g, "tags = merge(local.common_tags, %s, { Name = \"${local.name_prefix}-%s\" })",
         pick_map(g), name_suffix);
}

/* ---- variables ----------------------------------------------------------------- */

typedef enum VarKind {
    VK_STRING, VK_NUMBER, VK_BOOL, VK_LIST, VK_MAP, VK_OBJECT, VK_MAPOBJ, VK__COUNT
} VarKind;

/* The object shape used by object and map(object) variables, so references
 * to their fields (port, cidr_blocks, enabled, ...) always make sense. */
static void object_type(Gen *g, bool is_map) {
    open_line(g, "type = %sobject({", is_map ? "map(" : "");
    line(g, "name        = optional(string)");
    line(g, "enabled     = optional(bool, true)");
    line(g, "size        = optional(number, %d)", between(g, 1, 8));
    line(g, "port        = optional(number, %d)", chance(g, 50) ? 443 : 8080);
    line(g, "cidr_blocks = optional(list(string), [])");
    line(g, "tags        = optional(map(string), {})");
    open_line(g, "rules = optional(list(object({");
    line(g, "protocol  = optional(string, \"tcp\")");
    line(g, "from_port = number");
    line(g, "to_port   = number");
    close_line(g, "})), [])");
    close_line(g, is_map ? "}))" : "})");
}

static void object_value(Gen *g, const char *key) {
    int port = PICK(g, ((const int[]){80, 443, 5432, 6379, 8080, 8443, 9090}));
    if (chance(g, 35)) {
        line(g, "%s%s{ port = %d, cidr_blocks = [\"10.%d.0.0/16\"] }", key ? key : "",
             key ? " = " : "", port, between(g, 0, 255));
        return;
    }
    open_line(g, "%s%s{", key ? key : "", key ? " = " : "");
    line(g, "name        = \"%s\"", key ? key : g->stem);
    line(g, "port        = %d", port);
    line(g, "enabled     = %s", chance(g, 80) ? "true" : "false");
    int b1 = between(g, 0, 255);
    int b2 = between(g, 0, 255);
    line(g, "cidr_blocks = [\"10.%d.0.0/16\", \"172.16.%d.0/24\"]", b1, b2);
    if (chance(g, 50)) {
        open_line(g, "rules = [");
        int n = between(g, 1, 3);
        for (int i = 0; i < n; i++)
            line(g, "{ from_port = %d, to_port = %d },", port + i, port + i);
        close_line(g, "]");
    }
    close_line(g, "}");
}

static void validation(Gen *g, const char *ref, VarKind k) {
    int lo, hi;
    blank(g);
    open_line(g, "validation {");
    switch (k) {
    case VK_STRING:
        switch (rnd(g, 4)) {
        case 0:
            line(g, "condition     = can(regex(\"^[a-z0-9][a-z0-9-]{2,62}$\", %s))", ref);
            line(g, "error_message = \"The value must be 3-63 lowercase letters, digits or hyphens.\"");
            break;
        case 1:
            line(g, "condition     = contains([\"STANDARD\", \"INTELLIGENT_TIERING\", \"GLACIER\"], %s)", ref);
            line(g, "error_message = \"Use one of STANDARD, INTELLIGENT_TIERING or GLACIER.\"");
            break;
        case 2:
            line(g, "condition     = length(%s) > 0 && length(%s) <= 64", ref, ref);
            line(g, "error_message = \"The value must be between 1 and 64 characters long.\"");
            break;
        default:
            line(g, "condition     = %s == null || can(regex(\"^arn:aws[a-zA-Z-]*:[a-z0-9-]+:\", %s))", ref, ref);
            line(g, "error_message = \"Must be null or an ARN such as \\\"arn:aws:kms:eu-west-1:123456789012:key/abc\\\".\"");
            break;
        }
        break;
    case VK_NUMBER:
        lo = between(g, 0, 5);
        hi = between(g, 100, 10000);
        line(g, "condition     = %s >= %d && %s <= %d && floor(%s) == %s", ref, lo, ref, hi, ref, ref);
        line(g, "error_message = \"The value must be a whole number in the allowed range.\"");
        break;
    case VK_LIST:
        line(g, "condition     = alltrue([for c in %s : can(cidrhost(c, 0)) || startswith(c, \"arn:\")])", ref);
        line(g, "error_message = \"Every entry must be a CIDR block or an ARN.\"");
        break;
    case VK_MAPOBJ:
        line(g, "condition = alltrue([");
        g->out.indent++;
        line(g, "for k, v in %s : v.port > 0 && v.port < 65536", ref);
        close_line(g, "])");
        line(g, "error_message = \"Every port must be between 1 and 65535.\"");
        break;
    default:
        line(g, "condition     = %s != null", ref);
        line(g, "error_message = \"This value may not be null.\"");
        break;
    }
    close_line(g, "}");
}

static void gen_variable(Gen *g, VarKind k) {
    char name[96], desc[256];
    const char *word;
    int lo, hi;
    switch (k) {
    case VK_STRING: word = PICK(g, VAR_WORDS_STR); break;
    case VK_NUMBER: word = PICK(g, VAR_WORDS_NUM); break;
    case VK_BOOL: word = PICK(g, VAR_WORDS_BOOL); break;
    case VK_LIST: word = PICK(g, VAR_WORDS_LIST); break;
    case VK_MAP: word = PICK(g, VAR_WORDS_MAP); break;
    case VK_OBJECT: word = PICK(g, VAR_WORDS_OBJ); break;
    default: word = PICK(g, VAR_WORDS_MAPOBJ); break;
    }
    fresh(g, name, sizeof name, word);
    describe(g, desc, sizeof desc);
    char ref[128];
    snprintf(ref, sizeof ref, "var.%s", name);

    open_line(g, "variable \"%s\" {", name);
    line(g, "description = \"%s\"", desc);
    switch (k) {
    case VK_STRING:
        line(g, "type        = string");
        if (chance(g, 75)) {
            const char *r1 = PICK(g, ROLES);
            const char *a1 = PICK(g, ADJS);
            line(g, "default     = \"%s-%s\"%s", r1, a1, tc(g));
        } else if (chance(g, 50))
            line(g, "default     = null");
        if (chance(g, 15)) line(g, "sensitive   = true");
        if (chance(g, 55)) validation(g, ref, k);
        ref_add(&g->str_refs, "%s", ref);
        break;
    case VK_NUMBER:
        line(g, "type        = number");
        lo = between(g, 1, 900);
        line(g, "default     = %d%s", lo, tc(g));
        if (chance(g, 60)) validation(g, ref, k);
        ref_add(&g->num_refs, "%s", ref);
        break;
    case VK_BOOL:
        line(g, "type        = bool");
        line(g, "default     = %s", chance(g, 50) ? "true" : "false");
        if (chance(g, 30)) line(g, "nullable    = false");
        ref_add(&g->bool_refs, "%s", ref);
        break;
    case VK_LIST:
        line(g, "type        = list(string)");
        if (chance(g, 40)) {
            line(g, "default     = []");
        } else {
            open_line(g, "default = [");
            int n = between(g, 1, 5);
            for (int i = 0; i < n; i++) {
                lo = between(g, 0, 255);
                hi = between(g, 0, 255);
                line(g, "\"10.%d.%d.0/24\",", lo, hi);
            }
            close_line(g, "]");
        }
        if (chance(g, 40)) validation(g, ref, k);
        ref_add(&g->list_refs, "%s", ref);
        break;
    case VK_MAP:
        line(g, "type        = map(string)");
        if (chance(g, 30)) {
            line(g, "default     = {}");
        } else {
            open_line(g, "default = {");
            int n = between(g, 1, 5);
            for (int i = 0; i < n; i++) {
                const char *key = PICK(g, KEYS);
                line(g, "%s_%d = \"%s\"", key, i, PICK(g, ADJS));
            }
            close_line(g, "}");
        }
        ref_add(&g->map_refs, "%s", ref);
        break;
    case VK_OBJECT:
        object_type(g, false);
        line(g, "default = null");
        line(g, "nullable = true");
        ref_add(&g->obj_refs, "%s", ref);
        break;
    default: {
        object_type(g, true);
        open_line(g, "default = {");
        int n = between(g, 1, 4);
        for (int i = 0; i < n; i++) {
            char key[40];
            snprintf(key, sizeof key, "%s_%d", PICK(g, KEYS), i);
            object_value(g, key);
        }
        close_line(g, "}");
        if (chance(g, 50)) validation(g, ref, k);
        ref_add(&g->mapobj_refs, "%s", ref);
        break;
    }
    }
    close_line(g, "}");
    blank(g);
}

static void sec_variables(Gen *g) {
    int n = between(g, 2, 6);
    for (int i = 0; i < n; i++) gen_variable(g, (VarKind)rnd(g, VK__COUNT));
}

static const char *need_mapobj(Gen *g) {
    if (g->mapobj_refs.len == 0) gen_variable(g, VK_MAPOBJ);
    return ref_pick(g, &g->mapobj_refs);
}

static const char *need_obj(Gen *g) {
    if (g->obj_refs.len == 0) gen_variable(g, VK_OBJECT);
    return ref_pick(g, &g->obj_refs);
}

/* ---- locals ------------------------------------------------------------------------ */

static void local_entry(Gen *g, const char *mo, const char *obj) {
    char name[96], ref[128];
    const char *a, *b;
    int k, k2;
    fresh(g, name, sizeof name, PICK(g, LOCAL_WORDS));
    snprintf(ref, sizeof ref, "local.%s", name);
    switch (rnd(g, 24)) {
    case 0:
        a = pick_str(g);
        line(g, "%s = \"${local.name_prefix}-${%s}-%s\"", name, a, PICK(g, ROLES));
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 1:
        a = pick_bool(g);
        b = pick_num(g);
        k = between(g, 0, 9);
        line(g, "%s = %s ? %s : %d%s", name, a, b, k, tc(g));
        ref_add(&g->num_refs, "%s", ref);
        break;
    case 2:
        switch (rnd(g, 4)) {
        case 0: line(g, "%s = max(1, %s * 2 + 1)", name, pick_num(g)); break;
        case 1: line(g, "%s = ceil(%s / 3)", name, pick_num(g)); break;
        case 2: line(g, "%s = (%s + 5) %% 7", name, pick_num(g)); break;
        default:
            a = pick_num(g);
            line(g, "%s = -%s + 100 * (%s - 1)", name, a, pick_num(g));
            break;
        }
        ref_add(&g->num_refs, "%s", ref);
        break;
    case 3:
        line(g, "%s = [for s in %s : lower(trimspace(s)) if s != \"\"]", name, pick_list(g));
        ref_add(&g->list_refs, "%s", ref);
        break;
    case 4:
        if (chance(g, 50))
            line(g, "%s = { for k, v in %s : k => upper(v) if length(v) > 0 }", name, pick_map(g));
        else
            line(g, "%s = { for k, v in %s : \"%s_${k}\" => v }", name, pick_map(g), g->stem);
        ref_add(&g->map_refs, "%s", ref);
        break;
    case 5:
        line(g, "%s = { for name, svc in %s : name => svc.port if svc.enabled }", name, mo);
        break;
    case 6:
        line(g, "%s = { for name, svc in %s : tostring(svc.port) => name... }", name, mo);
        break;
    case 7:
        open_line(g, "%s = flatten([", name);
        open_line(g, "for name, svc in %s : [", mo);
        open_line(g, "for cidr in svc.cidr_blocks : {");
        line(g, "key  = \"${name}-${cidr}\"");
        line(g, "name = name");
        line(g, "cidr = cidr");
        line(g, "port = svc.port");
        close_line(g, "}");
        close_line(g, "]");
        close_line(g, "])");
        break;
    case 8:
        open_line(g, "%s = {", name);
        line(g, "small  = { cpu = 256, memory = 512 }");
        line(g, "medium = { cpu = 512, memory = 1024 }");
        open_line(g, "large = {");
        line(g, "cpu    = 1024");
        line(g, "memory = %d", 2048 * between(g, 1, 4));
        a = PICK(g, ROLES);
        line(g, "extra  = [\"%s\", \"%s\"]", a, PICK(g, ROLES));
        close_line(g, "}");
        close_line(g, "}");
        break;
    case 9:
        switch (rnd(g, 3)) {
        case 0: line(g, "%s = lookup(%s, \"owner\", \"platform-team\")", name, pick_map(g)); break;
        case 1: line(g, "%s = try(%s.tags[\"Owner\"], \"unknown\")", name, obj); break;
        default: line(g, "%s = coalesce(%s, \"default\")", name, pick_str(g)); break;
        }
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 10:
        open_line(g, "%s = jsonencode({", name);
        line(g, "service = \"%s\"", g->stem);
        k = between(g, 1, 4);
        line(g, "version = %d.%d", k, between(g, 0, 9));
        open_line(g, "limits = {");
        line(g, "rps   = %d", between(g, 10, 5000));
        line(g, "burst = %s * 2", pick_num(g));
        close_line(g, "}");
        line(g, "regions = %s", pick_list(g));
        close_line(g, "})");
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 11:
        line(g, "%s = %s.enabled && (%s || !local.is_prod)", name, obj, pick_bool(g));
        ref_add(&g->bool_refs, "%s", ref);
        break;
    case 12:
        line(g, "%s = [for i, az in var.azs : cidrsubnet(var.vpc_cidr, 8, i + %d)]", name,
             between(g, 0, 200));
        ref_add(&g->list_refs, "%s", ref);
        break;
    case 13:
        if (g->subnets.len && chance(g, 60))
            line(g, "%s = %s[*].id", name, ref_pick(g, &g->subnets));
        else if (chance(g, 50))
            line(g, "%s = values(%s)[*].port", name, mo);
        else
            line(g, "%s = values(%s).*.name", name, mo);
        break;
    case 14:
        a = pick_bool(g);
        line(g, "%s = \"%%{ if %s }enabled%%{ else }disabled%%{ endif }-${%s}\"", name, a, pick_str(g));
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 15:
        line(g, "%s = \"Line one\\nLine two\\t\\\"quoted\\\" \\\\ path caf\\u00e9 $${literal} %%%%{x}\"",
             name);
        break;
    case 16:
        a = pick_str(g);
        line(g, "%s = format(\"%%s-%%03d\", %s, %s)", name, a, pick_num(g));
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 17:
        a = pick_list(g);
        b = PICK(g, KEYS);
        line(g, "%s = join(\",\", sort(distinct(concat(%s, [\"%s\", \"%s\"]))))", name, a, b, PICK(g, KEYS));
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 18:
        line(g, "%s = local.is_prod ? \"large\" : var.environment == \"staging\" ? \"medium\" : \"small\"", name);
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 19: {
        const char *m = pick_map(g);
        line(g, "%s = <<-EOT", name);
        g->out.indent++;
        line(g, "# Generated for ${var.project} (%s)", g->stem);
        line(g, "%%{ for k, v in %s ~}", m);
        line(g, "${k}=${v}");
        line(g, "%%{ endfor ~}");
        line(g, "GENERATED_AT=${timestamp()}");
        g->out.indent--;
        line(g, "EOT");
        ref_add(&g->str_refs, "%s", ref);
        break;
    }
    case 20:
        k = between(g, 0, 99);
        k2 = between(g, 0, 9);
        line(g, "%s = [0.5, 1e3, 2.5e-2, %d, 3.14159, %d.%d]", name, k, k2, between(g, 0, 99));
        break;
    case 21:
        switch (rnd(g, 3)) {
        case 0: line(g, "%s = var.azs[length(var.azs) - 1]", name); break;
        case 1: line(g, "%s = var.azs.0", name); break;
        default:
            a = pick_list(g);
            line(g, "%s = element(%s, %s %% 3)", name, a, pick_num(g));
            break;
        }
        ref_add(&g->str_refs, "%s", ref);
        break;
    case 22:
        line(g, "%s = { for i, s in %s : s => i }", name, pick_list(g));
        break;
    default:
        open_line(g, "%s = templatefile(\"${path.module}/templates/%s.json.tpl\", {", name, g->stem);
        line(g, "name    = local.name_prefix");
        line(g, "port    = %s", pick_num(g));
        line(g, "enabled = %s", pick_bool(g));
        line(g, "items   = [for k, v in %s : { key = k, value = v.port }]", mo);
        close_line(g, "})");
        ref_add(&g->str_refs, "%s", ref);
        break;
    }
}

static void sec_locals(Gen *g) {
    char ph[160];
    const char *mo = need_mapobj(g);
    const char *obj = need_obj(g);
    char mo_copy[REF_LEN], obj_copy[REF_LEN];
    snprintf(mo_copy, sizeof mo_copy, "%s", mo);  /* entries may add refs and recycle slots */
    snprintf(obj_copy, sizeof obj_copy, "%s", obj);
    open_line(g, "locals {");
    int n = between(g, 4, 14);
    for (int i = 0; i < n; i++) {
        if (chance(g, 8)) line(g, "# %s", phrase(g, ph, sizeof ph));
        local_entry(g, mo_copy, obj_copy);
    }
    close_line(g, "}");
    blank(g);
}

/* ---- IAM ------------------------------------------------------------------------------ */

static const char *const SERVICES[] = {"lambda.amazonaws.com", "ecs-tasks.amazonaws.com",
                                       "ec2.amazonaws.com", "states.amazonaws.com"};

static void policy_heredoc(Gen *g) {
    static const char *const ACTIONS[] = {
        "\"sqs:SendMessage\", \"sqs:ReceiveMessage\", \"sqs:DeleteMessage\"",
        "\"s3:GetObject\", \"s3:PutObject\"",
        "\"dynamodb:GetItem\", \"dynamodb:PutItem\", \"dynamodb:Query\"",
        "\"kms:Decrypt\", \"kms:GenerateDataKey\"",
        "\"logs:CreateLogStream\", \"logs:PutLogEvents\"",
    };
    RefList *targets[] = {&g->queues, &g->buckets, &g->tables, &g->keys};
    line(g, "policy = <<-EOT");
    g->out.indent++;
    line(g, "{");
    line(g, "  \"Version\": \"2012-10-17\",");
    line(g, "  \"Statement\": [");
    int n = between(g, 1, 4);
    for (int i = 0; i < n; i++) {
        unsigned t = rnd(g, COUNT_OF(ACTIONS));
        const char *target = t < COUNT_OF(targets) ? ref_pick(g, targets[t]) : NULL;
        line(g, "    {");
        line(g, "      \"Sid\": \"Statement%d\",", i);
        line(g, "      \"Effect\": \"Allow\",");
        line(g, "      \"Action\": [%s],", ACTIONS[t]);
        if (target)
            line(g, "      \"Resource\": [\"${%s.arn}\", \"${%s.arn}/*\"]", target, target);
        else
            line(g, "      \"Resource\": \"arn:${local.partition}:logs:${local.region}:${local.account_id}:*\"");
        line(g, "    }%s", i + 1 < n ? "," : "");
    }
    if (chance(g, 60)) {
        g->out.indent--;
        line(g, "    %%{ for arn in %s ~}", pick_list(g));
        line(g, "    ,{");
        line(g, "      \"Effect\": \"Allow\",");
        line(g, "      \"Action\": \"sts:AssumeRole\",");
        line(g, "      \"Resource\": \"${arn}\"");
        line(g, "    }");
        line(g, "    %%{ endfor ~}");
        g->out.indent++;
    }
    if (chance(g, 40)) {
        line(g, "  %%{ if local.is_prod }");
        line(g, "  ,{ \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": { \"Bool\": { \"aws:SecureTransport\": \"false\" } } }");
        line(g, "  %%{ endif }");
    }
    line(g, "  ]");
    line(g, "}");
    g->out.indent--;
    line(g, "EOT");
}

static void sec_iam(Gen *g) {
    char role[96], pol[96], att[96];
    fresh(g, role, sizeof role, PICK(g, ROLES));
    if (chance(g, 40)) line(g, "# IAM role assumed by the %s service", PICK(g, ADJS));
    open_line(g, "resource \"aws_iam_role\" \"%s\" {", role);
    line(g, "name_prefix          = substr(\"${local.name_prefix}-%s-\", 0, 32)", g->stem);
    line(g, "path                 = \"/service/\"");
    int hours = between(g, 1, 4);
    line(g, "max_session_duration = %d%s", 3600 * hours, tc(g));
    open_line(g, "assume_role_policy = jsonencode({");
    line(g, "Version = \"2012-10-17\"");
    open_line(g, "Statement = [");
    open_line(g, "{");
    line(g, "Effect = \"Allow\"");
    if (chance(g, 50))
        line(g, "Principal = { Service = \"%s\" }", PICK(g, SERVICES));
    else {
        const char *svc = PICK(g, SERVICES);
        line(g, "Principal = { Service = [\"%s\", \"%s\"] }", svc, PICK(g, SERVICES));
    }
    line(g, "Action = \"sts:AssumeRole\"");
    if (chance(g, 50)) {
        open_line(g, "Condition = {");
        open_line(g, "StringEquals = {");
        line(g, "\"aws:SourceAccount\" = local.account_id");
        close_line(g, "}");
        close_line(g, "}");
    }
    close_line(g, "},");
    close_line(g, "]");
    close_line(g, "})");
    blank(g);
    tags_attr(g, role);
    close_line(g, "}");
    blank(g);

    fresh(g, pol, sizeof pol, "policy");
    open_line(g, "resource \"aws_iam_role_policy\" \"%s\" {", pol);
    line(g, "name = \"%s\"", pol);
    line(g, "role = aws_iam_role.%s.id", role);
    blank(g);
    if (chance(g, 60)) {
        policy_heredoc(g);
    } else {
        open_line(g, "policy = jsonencode({");
        line(g, "Version = \"2012-10-17\"");
        open_line(g, "Statement = [for arn in %s : {", pick_list(g));
        line(g, "Effect   = \"Allow\"");
        line(g, "Action   = [\"s3:GetObject\", \"s3:ListBucket\"]");
        line(g, "Resource = [arn, \"${arn}/*\"]");
        close_line(g, "}]");
        close_line(g, "})");
    }
    close_line(g, "}");
    blank(g);

    fresh(g, att, sizeof att, "attach");
    open_line(g, "resource \"aws_iam_role_policy_attachment\" \"%s\" {", att);
    open_line(g, "for_each = toset(concat([");
    line(g, "\"arn:${local.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\",");
    if (chance(g, 50)) line(g, "\"arn:${local.partition}:iam::aws:policy/AWSXRayDaemonWriteAccess\",");
    close_line(g, "], var.extra_policy_arns))");
    blank(g);
    line(g, "role       = aws_iam_role.%s.name", role);
    line(g, "policy_arn = each.value");
    close_line(g, "}");
    blank(g);
    ref_add(&g->roles, "aws_iam_role.%s", role);
}

/* ---- S3 --------------------------------------------------------------------------------- */

static void sec_bucket(Gen *g) {
    char b[96], x[96];
    const char *role = PICK(g, ROLES);
    fresh(g, b, sizeof b, role);
    bool multi = chance(g, 35);
    char inst[REF_LEN];
    if (multi) {
        static const char *const LAYERS[] = {"raw", "processed", "curated", "archive"};
        const char *first = PICK(g, LAYERS);
        open_line(g, "resource \"aws_s3_bucket\" \"%s\" {", b);
        line(g, "for_each = toset([\"raw\", \"processed\", \"curated\", \"archive\"])");
        blank(g);
        line(g, "bucket        = \"${local.name_prefix}-%s-${each.key}\"", g->stem);
        line(g, "force_destroy = !local.is_prod");
        line(g, "tags          = merge(local.common_tags, { Layer = each.key })");
        close_line(g, "}");
        blank(g);
        fresh(g, x, sizeof x, "versioning");
        open_line(g, "resource \"aws_s3_bucket_versioning\" \"%s\" {", x);
        line(g, "for_each = aws_s3_bucket.%s", b);
        blank(g);
        line(g, "bucket = each.value.id");
        open_line(g, "versioning_configuration {");
        line(g, "status = %s ? \"Enabled\" : \"Suspended\"", pick_bool(g));
        close_line(g, "}");
        close_line(g, "}");
        blank(g);
        snprintf(inst, sizeof inst, "aws_s3_bucket.%s[\"%s\"]", b, first);
    } else {
        open_line(g, "resource \"aws_s3_bucket\" \"%s\" {", b);
        line(g, "bucket        = \"${local.name_prefix}-%s-%s\"", g->stem, role);
        line(g, "force_destroy = %s", pick_bool(g));
        blank(g);
        tags_attr(g, b);
        close_line(g, "}");
        blank(g);
        snprintf(inst, sizeof inst, "aws_s3_bucket.%s", b);
        fresh(g, x, sizeof x, "versioning");
        open_line(g, "resource \"aws_s3_bucket_versioning\" \"%s\" {", x);
        line(g, "bucket = %s.id", inst);
        line(g, "versioning_configuration { status = \"Enabled\" }");
        close_line(g, "}");
        blank(g);
    }

    fresh(g, x, sizeof x, "sse");
    open_line(g, "resource \"aws_s3_bucket_server_side_encryption_configuration\" \"%s\" {", x);
    line(g, "bucket = %s.id", inst);
    blank(g);
    open_line(g, "rule {");
    open_line(g, "apply_server_side_encryption_by_default {");
    line(g, "sse_algorithm     = var.kms_key_arn == null ? \"AES256\" : \"aws:kms\"");
    line(g, "kms_master_key_id = var.kms_key_arn");
    close_line(g, "}");
    line(g, "bucket_key_enabled = true");
    close_line(g, "}");
    close_line(g, "}");
    blank(g);

    fresh(g, x, sizeof x, "public_access");
    open_line(g, "resource \"aws_s3_bucket_public_access_block\" \"%s\" {", x);
    line(g, "bucket                  = %s.id", inst);
    line(g, "block_public_acls       = true");
    line(g, "block_public_policy     = true");
    line(g, "ignore_public_acls      = true");
    line(g, "restrict_public_buckets = true");
    close_line(g, "}");
    blank(g);

    if (chance(g, 70)) {
        fresh(g, x, sizeof x, "lifecycle");
        open_line(g, "resource \"aws_s3_bucket_lifecycle_configuration\" \"%s\" {", x);
        line(g, "bucket = %s.id", inst);
        int n = between(g, 1, 3);
        for (int i = 0; i < n; i++) {
            blank(g);
            open_line(g, "rule {");
            line(g, "id     = \"%s-%d\"", PICK(g, ROLES), i);
            line(g, "status = %s ? \"Enabled\" : \"Disabled\"", pick_bool(g));
            blank(g);
            if (chance(g, 50)) {
                line(g, "filter { prefix = \"%s/\" }", PICK(g, ROLES));
            } else {
                open_line(g, "filter {");
                open_line(g, "and {");
                line(g, "prefix = \"%s/\"", PICK(g, ROLES));
                line(g, "tags   = { Retain = \"false\" }");
                close_line(g, "}");
                close_line(g, "}");
            }
            open_line(g, "transition {");
            line(g, "days          = %d", 30 * between(g, 1, 6));
            line(g, "storage_class = \"%s\"", chance(g, 50) ? "STANDARD_IA" : "GLACIER");
            close_line(g, "}");
            line(g, "expiration { days = %s }", pick_num(g));
            line(g, "noncurrent_version_expiration { noncurrent_days = %d }", between(g, 7, 365));
            close_line(g, "}");
        }
        close_line(g, "}");
        blank(g);
    }

    char doc[96];
    fresh(g, doc, sizeof doc, "bucket_policy");
    open_line(g, "data \"aws_iam_policy_document\" \"%s\" {", doc);
    open_line(g, "statement {");
    line(g, "sid       = \"DenyInsecureTransport\"");
    line(g, "effect    = \"Deny\"");
    line(g, "actions   = [\"s3:*\"]");
    open_line(g, "resources = [");
    line(g, "%s.arn,", inst);
    line(g, "\"${%s.arn}/*\",", inst);
    close_line(g, "]");
    blank(g);
    open_line(g, "principals {");
    line(g, "type        = \"*\"");
    line(g, "identifiers = [\"*\"]");
    close_line(g, "}");
    blank(g);
    open_line(g, "condition {");
    line(g, "test     = \"Bool\"");
    line(g, "variable = \"aws:SecureTransport\"");
    line(g, "values   = [\"false\"]");
    close_line(g, "}");
    close_line(g, "}");
    if (chance(g, 60)) {
        blank(g);
        open_line(g, "dynamic \"statement\" {");
        line(g, "for_each = %s", pick_list(g));
        open_line(g, "content {");
        line(g, "sid       = \"Read${replace(statement.key, \"-\", \"\")}\"");
        line(g, "actions   = [\"s3:GetObject\"]");
        line(g, "resources = [\"${%s.arn}/${statement.value}/*\"]", inst);
        open_line(g, "principals {");
        line(g, "type        = \"AWS\"");
        line(g, "identifiers = [\"arn:${local.partition}:iam::${local.account_id}:root\"]");
        close_line(g, "}");
        close_line(g, "}");
        close_line(g, "}");
    }
    close_line(g, "}");
    blank(g);

    fresh(g, x, sizeof x, "policy");
    open_line(g, "resource \"aws_s3_bucket_policy\" \"%s\" {", x);
    line(g, "bucket = %s.id", inst);
    line(g, "policy = data.aws_iam_policy_document.%s.json", doc);
    close_line(g, "}");
    blank(g);
    ref_add(&g->buckets, "%s", inst);
}

/* ---- SQS and SNS --------------------------------------------------------------------------- */

static void sec_sqs(Gen *g) {
    char q[96], dlq[96], v[96];
    if (chance(g, 50)) {
        /* one queue and its dead-letter queue */
        const char *role = PICK(g, ROLES);
        fresh(g, dlq, sizeof dlq, "dlq");
        fresh(g, q, sizeof q, role);
        open_line(g, "resource \"aws_sqs_queue\" \"%s\" {", dlq);
        line(g, "name                      = \"${local.name_prefix}-%s-dlq\"", q);
        line(g, "message_retention_seconds = 1209600 # 14 days");
        line(g, "kms_master_key_id         = var.kms_key_arn");
        close_line(g, "}");
        blank(g);
        open_line(g, "resource \"aws_sqs_queue\" \"%s\" {", q);
        line(g, "name                       = \"${local.name_prefix}-%s\"", q);
        line(g, "visibility_timeout_seconds = %s * 6", pick_num(g));
        line(g, "receive_wait_time_seconds  = 20");
        int delay = between(g, 0, 30);
        line(g, "delay_seconds              = %d%s", delay, tc(g));
        line(g, "kms_master_key_id          = var.kms_key_arn");
        blank(g);
        open_line(g, "redrive_policy = jsonencode({");
        line(g, "deadLetterTargetArn = aws_sqs_queue.%s.arn", dlq);
        line(g, "maxReceiveCount     = %d", between(g, 3, 10));
        close_line(g, "})");
        blank(g);
        tags_attr(g, q);
        close_line(g, "}");
        blank(g);
        ref_add(&g->queues, "aws_sqs_queue.%s", q);
        return;
    }
    /* a map of queues from a variable, with for_each */
    fresh(g, v, sizeof v, "queues");
    open_line(g, "variable \"%s\" {", v);
    line(g, "description = \"Queues to create, keyed by short name.\"");
    open_line(g, "type = map(object({");
    line(g, "visibility_timeout = optional(number, 30)");
    line(g, "fifo               = optional(bool, false)");
    line(g, "max_receive_count  = optional(number, 5)");
    close_line(g, "}))");
    open_line(g, "default = {");
    int n = between(g, 1, 4);
    for (int i = 0; i < n; i++) {
        const char *key = PICK(g, KEYS);
        line(g, "%s_%d = { visibility_timeout = %d }", key, i, between(g, 10, 900));
    }
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
    fresh(g, dlq, sizeof dlq, "dlq");
    fresh(g, q, sizeof q, "queue");
    open_line(g, "resource \"aws_sqs_queue\" \"%s\" {", dlq);
    line(g, "for_each = var.%s", v);
    blank(g);
    line(g, "name       = \"${local.name_prefix}-${each.key}-dlq${each.value.fifo ? \".fifo\" : \"\"}\"");
    line(g, "fifo_queue = each.value.fifo");
    close_line(g, "}");
    blank(g);
    open_line(g, "resource \"aws_sqs_queue\" \"%s\" {", q);
    line(g, "for_each = var.%s", v);
    blank(g);
    line(g, "name                       = \"${local.name_prefix}-${each.key}${each.value.fifo ? \".fifo\" : \"\"}\"");
    line(g, "fifo_queue                 = each.value.fifo");
    line(g, "visibility_timeout_seconds = each.value.visibility_timeout");
    open_line(g, "redrive_policy = jsonencode({");
    line(g, "deadLetterTargetArn = aws_sqs_queue.%s[each.key].arn", dlq);
    line(g, "maxReceiveCount     = each.value.max_receive_count");
    close_line(g, "})");
    line(g, "tags = merge(local.common_tags, { Queue = each.key })");
    close_line(g, "}");
    blank(g);
    open_line(g, "output \"%s_urls\" {", q);
    line(g, "description = \"Queue URLs by name.\"");
    line(g, "value       = { for k, q in aws_sqs_queue.%s : k => q.url }", q);
    close_line(g, "}");
    blank(g);
}

static void sec_sns(Gen *g) {
    char t[96], s[96];
    fresh(g, t, sizeof t, "topic");
    open_line(g, "resource \"aws_sns_topic\" \"%s\" {", t);
    line(g, "name              = \"${local.name_prefix}-%s\"", t);
    line(g, "kms_master_key_id = \"alias/aws/sns\"");
    open_line(g, "delivery_policy = jsonencode({");
    open_line(g, "http = {");
    open_line(g, "defaultHealthyRetryPolicy = {");
    line(g, "minDelayTarget     = 20");
    line(g, "maxDelayTarget     = 20");
    line(g, "numRetries         = %d", between(g, 1, 10));
    line(g, "backoffFunction    = \"linear\"");
    close_line(g, "}");
    close_line(g, "}");
    close_line(g, "})");
    tags_attr(g, t);
    close_line(g, "}");
    blank(g);
    fresh(g, s, sizeof s, "email");
    open_line(g, "resource \"aws_sns_topic_subscription\" \"%s\" {", s);
    line(g, "count = var.alarm_email == null ? 0 : 1");
    blank(g);
    line(g, "topic_arn = aws_sns_topic.%s.arn", t);
    line(g, "protocol  = \"email\"");
    line(g, "endpoint  = var.alarm_email");
    close_line(g, "}");
    blank(g);
    const char *q = ref_pick(g, &g->queues);
    if (q) {
        fresh(g, s, sizeof s, "sqs");
        open_line(g, "resource \"aws_sns_topic_subscription\" \"%s\" {", s);
        line(g, "topic_arn            = aws_sns_topic.%s.arn", t);
        line(g, "protocol             = \"sqs\"");
        line(g, "endpoint             = %s.arn", q);
        line(g, "raw_message_delivery = true");
        line(g, "filter_policy        = jsonencode({ eventType = [\"created\", \"updated\"] })");
        close_line(g, "}");
        blank(g);
    }
    ref_add(&g->topics, "aws_sns_topic.%s", t);
}

/* ---- DynamoDB ---------------------------------------------------------------------------- */

static void sec_dynamo(Gen *g) {
    char t[96];
    fresh(g, t, sizeof t, PICK(g, ROLES));
    int ngsi = between(g, 0, 4);
    open_line(g, "resource \"aws_dynamodb_table\" \"%s\" {", t);
    line(g, "name         = \"${local.name_prefix}-%s\"", t);
    const char *b = pick_bool(g);
    line(g, "billing_mode = %s ? \"PAY_PER_REQUEST\" : \"PROVISIONED\"", b);
    line(g, "read_capacity  = %s ? null : %d", b, between(g, 1, 50));
    line(g, "write_capacity = %s ? null : %d", b, between(g, 1, 50));
    line(g, "hash_key     = \"pk\"");
    line(g, "range_key    = \"sk\"");
    line(g, "table_class  = \"STANDARD\"%s", tc(g));
    if (chance(g, 50)) {
        line(g, "stream_enabled   = true");
        line(g, "stream_view_type = \"NEW_AND_OLD_IMAGES\"");
    }
    blank(g);
    line(g, "attribute {");
    line(g, "  name = \"pk\"");
    line(g, "  type = \"S\"");
    line(g, "}");
    blank(g);
    open_line(g, "attribute {");
    line(g, "name = \"sk\"");
    line(g, "type = \"S\"");
    close_line(g, "}");
    for (int i = 1; i <= ngsi; i++) {
        blank(g);
        open_line(g, "attribute {");
        line(g, "name = \"gsi%dpk\"", i);
        line(g, "type = \"%s\"", chance(g, 70) ? "S" : "N");
        close_line(g, "}");
    }
    for (int i = 1; i <= ngsi; i++) {
        blank(g);
        open_line(g, "global_secondary_index {");
        line(g, "name            = \"gsi%d\"", i);
        line(g, "hash_key        = \"gsi%dpk\"", i);
        line(g, "range_key       = \"sk\"");
        if (chance(g, 50)) {
            line(g, "projection_type = \"ALL\"");
        } else {
            line(g, "projection_type    = \"INCLUDE\"");
            line(g, "non_key_attributes = [\"status\", \"created_at\", \"%s\"]", PICK(g, ROLES));
        }
        line(g, "read_capacity   = %s ? null : 5", b);
        line(g, "write_capacity  = %s ? null : 5", b);
        close_line(g, "}");
    }
    if (chance(g, 40)) {
        blank(g);
        open_line(g, "dynamic \"replica\" {");
        line(g, "for_each = local.is_prod ? toset(%s) : toset([])", pick_list(g));
        open_line(g, "content {");
        line(g, "region_name    = replica.value");
        line(g, "propagate_tags = true");
        close_line(g, "}");
        close_line(g, "}");
    }
    blank(g);
    open_line(g, "ttl {");
    line(g, "attribute_name = \"expires_at\"");
    line(g, "enabled        = true");
    close_line(g, "}");
    blank(g);
    line(g, "point_in_time_recovery { enabled = local.is_prod }");
    blank(g);
    open_line(g, "server_side_encryption {");
    line(g, "enabled     = true");
    line(g, "kms_key_arn = var.kms_key_arn");
    close_line(g, "}");
    blank(g);
    open_line(g, "lifecycle {");
    line(g, "prevent_destroy = false");
    line(g, "ignore_changes  = [read_capacity, write_capacity]");
    close_line(g, "}");
    blank(g);
    tags_attr(g, t);
    close_line(g, "}");
    blank(g);
    ref_add(&g->tables, "aws_dynamodb_table.%s", t);
}

/* ---- networking ---------------------------------------------------------------------------- */

static void sec_network(Gen *g) {
    const char *mo = need_mapobj(g);
    char mo_copy[REF_LEN];
    snprintf(mo_copy, sizeof mo_copy, "%s", mo);
    char sn[96], sg[96], rt[96], x[96];
    fresh(g, sn, sizeof sn, "private");
    int base = between(g, 0, 200);
    open_line(g, "resource \"aws_subnet\" \"%s\" {", sn);
    line(g, "count = length(var.azs)");
    blank(g);
    line(g, "vpc_id                  = var.vpc_id");
    line(g, "cidr_block              = cidrsubnet(var.vpc_cidr, 8, count.index + %d)", base);
    line(g, "availability_zone       = var.azs[count.index]");
    line(g, "map_public_ip_on_launch = false");
    blank(g);
    open_line(g, "tags = merge(local.common_tags, {");
    line(g, "Name = \"${local.name_prefix}-%s-private-${count.index}\"", g->stem);
    line(g, "Tier = \"private\"");
    close_line(g, "})");
    close_line(g, "}");
    blank(g);

    fresh(g, rt, sizeof rt, "routes");
    open_line(g, "resource \"aws_route_table\" \"%s\" {", rt);
    line(g, "vpc_id = var.vpc_id");
    blank(g);
    open_line(g, "dynamic \"route\" {");
    line(g, "for_each = var.enabled ? [\"0.0.0.0/0\"] : []");
    open_line(g, "content {");
    line(g, "cidr_block     = route.value");
    line(g, "nat_gateway_id = \"nat-%08x\"", (unsigned)rng_next(&g->rng));
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
    tags_attr(g, rt);
    close_line(g, "}");
    blank(g);
    fresh(g, x, sizeof x, "assoc");
    open_line(g, "resource \"aws_route_table_association\" \"%s\" {", x);
    line(g, "count          = length(aws_subnet.%s)", sn);
    line(g, "subnet_id      = aws_subnet.%s[count.index].id", sn);
    line(g, "route_table_id = aws_route_table.%s.id", rt);
    close_line(g, "}");
    blank(g);

    fresh(g, sg, sizeof sg, "sg");
    open_line(g, "resource \"aws_security_group\" \"%s\" {", sg);
    line(g, "name_prefix = \"${local.name_prefix}-%s-\"", g->stem);
    line(g, "description = \"Security group for %s\"", g->stem);
    line(g, "vpc_id      = var.vpc_id");
    blank(g);
    open_line(g, "dynamic \"ingress\" {");
    line(g, "for_each = %s", mo_copy);
    open_line(g, "content {");
    line(g, "description = \"Allow ${ingress.key} on ${ingress.value.port}\"");
    line(g, "from_port   = ingress.value.port");
    line(g, "to_port     = ingress.value.port");
    line(g, "protocol    = \"tcp\"");
    line(g, "cidr_blocks = ingress.value.cidr_blocks");
    close_line(g, "}");
    close_line(g, "}");
    if (chance(g, 50)) {
        blank(g);
        open_line(g, "dynamic \"ingress\" {");
        open_line(g, "for_each = flatten([");
        line(g, "for name, svc in %s : [for r in svc.rules : merge(r, { name = name })]", mo_copy);
        close_line(g, "])");
        line(g, "iterator = rule");
        open_line(g, "content {");
        line(g, "description = \"Rule ${rule.value.name} #${rule.key}\"");
        line(g, "from_port   = rule.value.from_port");
        line(g, "to_port     = rule.value.to_port");
        line(g, "protocol    = rule.value.protocol");
        line(g, "cidr_blocks = [var.vpc_cidr]");
        close_line(g, "}");
        close_line(g, "}");
    }
    blank(g);
    open_line(g, "egress {");
    line(g, "from_port        = 0");
    line(g, "to_port          = 0");
    line(g, "protocol         = \"-1\"");
    line(g, "cidr_blocks      = [\"0.0.0.0/0\"]");
    line(g, "ipv6_cidr_blocks = [\"::/0\"]");
    close_line(g, "}");
    blank(g);
    open_line(g, "lifecycle {");
    line(g, "create_before_destroy = true");
    close_line(g, "}");
    blank(g);
    tags_attr(g, sg);
    close_line(g, "}");
    blank(g);
    ref_add(&g->subnets, "aws_subnet.%s", sn);
    ref_add(&g->sgs, "aws_security_group.%s", sg);
}

/* ---- Lambda ---------------------------------------------------------------------------------- */

static void sec_lambda(Gen *g) {
    if (g->roles.len == 0 || chance(g, 25)) sec_iam(g);
    char role[REF_LEN];
    snprintf(role, sizeof role, "%s", ref_pick(g, &g->roles));
    char fn[96], lg[96], x[96], ph[160];
    const char *what = PICK(g, ROLES);
    fresh(g, fn, sizeof fn, what);
    fresh(g, lg, sizeof lg, "logs");
    const char *runtime = PICK(g, RUNTIMES);

    open_line(g, "resource \"aws_cloudwatch_log_group\" \"%s\" {", lg);
    line(g, "name              = \"/aws/lambda/${local.name_prefix}-%s\"", fn);
    line(g, "retention_in_days = var.log_retention_days");
    line(g, "kms_key_id        = var.kms_key_arn");
    close_line(g, "}");
    blank(g);

    if (chance(g, 30)) {
        line(g, "/*");
        line(g, " * %s: %s.", fn, phrase(g, ph, sizeof ph));
        line(g, " * The deployment package is built by CI into build/%s.zip.", fn);
        line(g, " */");
    }
    open_line(g, "resource \"aws_lambda_function\" \"%s\" {", fn);
    line(g, "function_name = \"${local.name_prefix}-%s\"", fn);
    line(g, "description   = \"%s\"", phrase(g, ph, sizeof ph));
    line(g, "role          = %s.arn", role);
    line(g, "handler       = \"%s\"", runtime[0] == 'j' ? "com.example.Handler::handleRequest"
                                       : runtime[0] == 'p' && runtime[1] == 'r' ? "bootstrap"
                                                                                : "app.handler");
    line(g, "runtime       = \"%s\"", runtime);
    line(g, "architectures = [\"%s\"]", chance(g, 60) ? "arm64" : "x86_64");
    int mem_prod = 128 << between(g, 2, 4);
    line(g, "memory_size   = local.is_prod ? %d : %d", mem_prod, 128 << between(g, 0, 2));
    const char *timeout = chance(g, 50) ? "var.default_timeout" : "30";
    line(g, "timeout       = %s%s", timeout, tc(g));
    blank(g);
    line(g, "filename         = \"${path.module}/build/%s.zip\"", fn);
    line(g, "source_code_hash = filebase64sha256(\"${path.module}/build/%s.zip\")", fn);
    if (chance(g, 40)) {
        const char *cond = pick_bool(g);
        line(g, "reserved_concurrent_executions = %s ? %d : -1", cond, between(g, 1, 100));
    }
    blank(g);
    open_line(g, "environment {");
    open_line(g, "variables = merge({");
    line(g, "LOG_LEVEL               = local.is_prod ? \"INFO\" : \"DEBUG\"");
    line(g, "POWERTOOLS_SERVICE_NAME = \"%s\"", g->stem);
    line(g, "STAGE                   = upper(var.environment)");
    const char *q = ref_pick(g, &g->queues);
    if (q) line(g, "QUEUE_URL               = %s.url", q);
    const char *t = ref_pick(g, &g->tables);
    if (t) line(g, "TABLE_NAME              = %s.name", t);
    const char *b = ref_pick(g, &g->buckets);
    if (b) line(g, "BUCKET                  = %s.id", b);
    const char *tp = ref_pick(g, &g->topics);
    if (tp) line(g, "TOPIC_ARN               = %s.arn", tp);
    close_line(g, chance(g, 50) ? "}, var.tags)" : "})");
    close_line(g, "}");
    blank(g);
    if (chance(g, 70)) {
        open_line(g, "vpc_config {");
        const char *sn = ref_pick(g, &g->subnets);
        if (sn) line(g, "subnet_ids         = %s[*].id", sn);
        else line(g, "subnet_ids         = var.subnet_ids");
        const char *sg = ref_pick(g, &g->sgs);
        if (sg) line(g, "security_group_ids = [%s.id]", sg);
        else line(g, "security_group_ids = []");
        close_line(g, "}");
        blank(g);
    }
    if (q) {
        line(g, "dead_letter_config { target_arn = %s.arn }", q);
        blank(g);
    }
    line(g, "tracing_config { mode = \"%s\" }", chance(g, 50) ? "Active" : "PassThrough");
    blank(g);
    if (chance(g, 40)) {
        open_line(g, "dynamic \"ephemeral_storage\" {");
        line(g, "for_each = %s > 512 ? [%s] : []", pick_num(g), "1024");
        open_line(g, "content {");
        line(g, "size = ephemeral_storage.value");
        close_line(g, "}");
        close_line(g, "}");
        blank(g);
    }
    line(g, "depends_on = [aws_cloudwatch_log_group.%s]", lg);
    blank(g);
    open_line(g, "lifecycle {");
    line(g, "ignore_changes = [filename, source_code_hash]");
    close_line(g, "}");
    blank(g);
    tags_attr(g, fn);
    close_line(g, "}");
    blank(g);

    if (tp) {
        fresh(g, x, sizeof x, "invoke");
        open_line(g, "resource \"aws_lambda_permission\" \"%s\" {", x);
        line(g, "count = var.enabled ? 1 : 0");
        blank(g);
        line(g, "statement_id  = \"AllowExecutionFromSNS\"");
        line(g, "action        = \"lambda:InvokeFunction\"");
        line(g, "function_name = aws_lambda_function.%s.function_name", fn);
        line(g, "principal     = \"sns.amazonaws.com\"");
        line(g, "source_arn    = %s.arn", tp);
        close_line(g, "}");
        blank(g);
    }
    if (q) {
        fresh(g, x, sizeof x, "esm");
        open_line(g, "resource \"aws_lambda_event_source_mapping\" \"%s\" {", x);
        line(g, "event_source_arn = %s.arn", q);
        line(g, "function_name    = aws_lambda_function.%s.arn", fn);
        line(g, "batch_size       = %d", 10 * between(g, 1, 10));
        line(g, "enabled          = %s", pick_bool(g));
        blank(g);
        line(g, "scaling_config { maximum_concurrency = %d }", between(g, 2, 50));
        blank(g);
        open_line(g, "filter_criteria {");
        open_line(g, "filter {");
        const char *k1 = PICK(g, KEYS);
        line(g, "pattern = jsonencode({ body = { type = [\"%s\", \"%s\"] } })", k1, PICK(g, KEYS));
        close_line(g, "}");
        close_line(g, "}");
        close_line(g, "}");
        blank(g);
    }
    ref_add(&g->lambdas, "aws_lambda_function.%s", fn);
}

/* ---- EC2 launch template with user data ----------------------------------------------------- */

static void user_data(Gen *g) {
    char ph[160];
    const char *m = pick_map(g);
    const char *b = pick_bool(g);
    line(g, "user_data = base64encode(<<-EOT");
    g->out.indent++;
    line(g, "#!/bin/bash");
    line(g, "set -euo pipefail");
    line(g, "# bootstrap for ${local.name_prefix} (%s)", g->stem);
    line(g, "export APP_NAME=\"%s\"", g->stem);
    line(g, "export APP_ENV=\"${var.environment}\"");
    line(g, "export REGION=\"${local.region}\"");
    line(g, "%%{ for k, v in %s ~}", m);
    line(g, "echo \"${k}=${v}\" >> /etc/%s.env", g->stem);
    line(g, "%%{ endfor ~}");
    line(g, "%%{ if %s ~}", b);
    line(g, "yum install -y amazon-cloudwatch-agent");
    line(g, "systemctl enable --now amazon-cloudwatch-agent");
    line(g, "%%{ else ~}");
    line(g, "echo \"monitoring disabled\" > /var/log/%s-bootstrap.log", g->stem);
    line(g, "%%{ endif ~}");
    line(g, "for i in $(seq 1 ${%s}); do", pick_num(g));
    line(g, "  echo \"worker $${i} ready\" >> /var/log/workers.log");
    line(g, "done");
    line(g, "INSTANCE_ID=$(curl -s http://169.254.169.254/latest/meta-data/instance-id)");
    line(g, "aws ssm put-parameter --name \"/${var.project}/%s/$${INSTANCE_ID}\" --value ready --overwrite", g->stem);
    int extra = between(g, 0, 8);
    for (int i = 0; i < extra; i++)
        line(g, "echo \"step %d: %s\" | logger -t %s", i, phrase(g, ph, sizeof ph), g->stem);
    g->out.indent--;
    line(g, "EOT");
    g->out.indent--;
    line(g, ")");
    g->out.indent++;
}

static void sec_instance(Gen *g) {
    char ami[96], lt[96], asg[96];
    fresh(g, ami, sizeof ami, "ami");
    open_line(g, "data \"aws_ami\" \"%s\" {", ami);
    line(g, "most_recent = true");
    line(g, "owners      = [\"amazon\"]");
    blank(g);
    open_line(g, "filter {");
    line(g, "name   = \"name\"");
    line(g, "values = [\"al2023-ami-*-%s\"]", chance(g, 50) ? "arm64" : "x86_64");
    close_line(g, "}");
    blank(g);
    line(g, "filter {");
    line(g, "  name   = \"virtualization-type\"");
    line(g, "  values = [\"hvm\"]");
    line(g, "}");
    close_line(g, "}");
    blank(g);

    fresh(g, lt, sizeof lt, PICK(g, ROLES));
    open_line(g, "resource \"aws_launch_template\" \"%s\" {", lt);
    line(g, "name_prefix   = \"${local.name_prefix}-%s-\"", g->stem);
    line(g, "image_id      = data.aws_ami.%s.id", ami);
    line(g, "instance_type = local.is_prod ? \"m7g.large\" : \"t4g.small\"");
    const char *sg = ref_pick(g, &g->sgs);
    if (sg) line(g, "vpc_security_group_ids = [%s.id]", sg);
    blank(g);
    user_data(g);
    blank(g);
    open_line(g, "metadata_options {");
    line(g, "http_endpoint               = \"enabled\"");
    line(g, "http_tokens                 = \"required\" # IMDSv2 only");
    line(g, "http_put_response_hop_limit = 1");
    close_line(g, "}");
    blank(g);
    open_line(g, "block_device_mappings {");
    line(g, "device_name = \"/dev/xvda\"");
    open_line(g, "ebs {");
    line(g, "volume_size           = %d", 8 * between(g, 1, 16));
    line(g, "volume_type           = \"gp3\"");
    line(g, "encrypted             = true");
    line(g, "delete_on_termination = true");
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
    open_line(g, "tag_specifications {");
    line(g, "resource_type = \"instance\"");
    line(g, "tags          = merge(local.common_tags, { Name = \"${local.name_prefix}-%s\" })", lt);
    close_line(g, "}");
    close_line(g, "}");
    blank(g);

    fresh(g, asg, sizeof asg, "asg");
    open_line(g, "resource \"aws_autoscaling_group\" \"%s\" {", asg);
    line(g, "name_prefix         = \"${local.name_prefix}-%s-\"", g->stem);
    line(g, "min_size            = local.is_prod ? 2 : 1");
    line(g, "max_size            = %d", between(g, 2, 20));
    line(g, "desired_capacity    = %s", chance(g, 50) ? pick_num(g) : "null");
    const char *sn = ref_pick(g, &g->subnets);
    if (sn) line(g, "vpc_zone_identifier = %s[*].id", sn);
    else line(g, "vpc_zone_identifier = var.subnet_ids");
    blank(g);
    open_line(g, "launch_template {");
    line(g, "id      = aws_launch_template.%s.id", lt);
    line(g, "version = \"$Latest\"");
    close_line(g, "}");
    blank(g);
    open_line(g, "dynamic \"tag\" {");
    line(g, "for_each = local.common_tags");
    open_line(g, "content {");
    line(g, "key                 = tag.key");
    line(g, "value               = tag.value");
    line(g, "propagate_at_launch = true");
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
    open_line(g, "instance_refresh {");
    line(g, "strategy = \"Rolling\"");
    open_line(g, "preferences {");
    line(g, "min_healthy_percentage = %d", 50 + 10 * between(g, 0, 4));
    close_line(g, "}");
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
}

/* ---- alarms ----------------------------------------------------------------------------------- */

static void sec_alarms(Gen *g) {
    if (g->lambdas.len == 0) sec_lambda(g);
    char fn[REF_LEN];
    snprintf(fn, sizeof fn, "%s", ref_pick(g, &g->lambdas));
    char loc[96], a[96];
    fresh(g, loc, sizeof loc, "alarms");
    open_line(g, "locals {");
    open_line(g, "%s = {", loc);
    line(g, "errors    = { metric = \"Errors\", threshold = %d, period = 60 }", between(g, 1, 10));
    line(g, "throttles = { metric = \"Throttles\", threshold = %d, period = 300 }", between(g, 1, 50));
    open_line(g, "duration = {");
    line(g, "metric    = \"Duration\"");
    line(g, "threshold = %d * 1000 * 0.8", between(g, 3, 30));
    line(g, "period    = 60");
    close_line(g, "}");
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
    fresh(g, a, sizeof a, "alarm");
    open_line(g, "resource \"aws_cloudwatch_metric_alarm\" \"%s\" {", a);
    line(g, "for_each = var.enabled ? local.%s : {}", loc);
    blank(g);
    line(g, "alarm_name          = \"${local.name_prefix}-%s-${each.key}\"", g->stem);
    line(g, "alarm_description   = \"${title(each.key)} for ${%s.function_name} exceeded ${each.value.threshold}\"", fn);
    line(g, "comparison_operator = \"GreaterThanOrEqualToThreshold\"");
    line(g, "evaluation_periods  = %d", between(g, 1, 5));
    line(g, "metric_name         = each.value.metric");
    line(g, "namespace           = \"AWS/Lambda\"");
    line(g, "period              = each.value.period");
    line(g, "statistic           = each.key == \"duration\" ? \"Maximum\" : \"Sum\"");
    line(g, "threshold           = each.value.threshold");
    line(g, "treat_missing_data  = \"notBreaching\"");
    blank(g);
    open_line(g, "dimensions = {");
    line(g, "FunctionName = %s.function_name", fn);
    close_line(g, "}");
    blank(g);
    const char *tp = ref_pick(g, &g->topics);
    if (tp) line(g, "alarm_actions = [%s.arn]", tp);
    else line(g, "alarm_actions = []");
    line(g, "ok_actions    = []");
    close_line(g, "}");
    blank(g);
}

/* ---- KMS ------------------------------------------------------------------------------------- */

static void sec_kms(Gen *g) {
    char k[96], al[96];
    fresh(g, k, sizeof k, "key");
    open_line(g, "resource \"aws_kms_key\" \"%s\" {", k);
    line(g, "description             = \"Key for %s %s\"", g->stem, PICK(g, NOUNS));
    line(g, "deletion_window_in_days = local.is_prod ? 30 : 7");
    line(g, "enable_key_rotation     = true");
    line(g, "policy                  = <<EOF");
    line0(g, "{");
    line0(g, "  \"Version\": \"2012-10-17\",");
    line0(g, "  \"Id\": \"%s\",", k);
    line0(g, "  \"Statement\": [");
    line0(g, "    {");
    line0(g, "      \"Sid\": \"EnableRootPermissions\",");
    line0(g, "      \"Effect\": \"Allow\",");
    line0(g, "      \"Principal\": {\"AWS\": \"arn:${local.partition}:iam::${local.account_id}:root\"},");
    line0(g, "      \"Action\": \"kms:*\",");
    line0(g, "      \"Resource\": \"*\"");
    line0(g, "    },");
    line0(g, "    {");
    line0(g, "      \"Sid\": \"AllowLogs\",");
    line0(g, "      \"Effect\": \"Allow\",");
    line0(g, "      \"Principal\": {\"Service\": \"logs.${local.region}.amazonaws.com\"},");
    line0(g, "      \"Action\": [\"kms:Encrypt*\", \"kms:Decrypt*\", \"kms:GenerateDataKey*\"],");
    line0(g, "      \"Resource\": \"*\"");
    line0(g, "    }");
    line0(g, "  ]");
    line0(g, "}");
    line0(g, "EOF");
    blank(g);
    tags_attr(g, k);
    close_line(g, "}");
    blank(g);
    fresh(g, al, sizeof al, "alias");
    open_line(g, "resource \"aws_kms_alias\" \"%s\" {", al);
    line(g, "name          = \"alias/${local.name_prefix}/%s\"", k);
    line(g, "target_key_id = aws_kms_key.%s.key_id", k);
    close_line(g, "}");
    blank(g);
    ref_add(&g->keys, "aws_kms_key.%s", k);
}

/* ---- module calls ------------------------------------------------------------------------------ */

static void sec_module(Gen *g) {
    char m[96], ph[160];
    fresh(g, m, sizeof m, "vpc");
    if (chance(g, 50)) {
        open_line(g, "module \"%s\" {", m);
        line(g, "source  = \"terraform-aws-modules/vpc/aws\"");
        line(g, "version = \"~> 5.%d\"", between(g, 0, 9));
        blank(g);
        line(g, "name = \"${local.name_prefix}-%s\"", g->stem);
        line(g, "cidr = var.vpc_cidr");
        line(g, "azs  = var.azs");
        blank(g);
        line(g, "private_subnets = [for i, az in var.azs : cidrsubnet(var.vpc_cidr, 8, i)]");
        line(g, "public_subnets  = [for i, az in var.azs : cidrsubnet(var.vpc_cidr, 8, i + 100)]");
        blank(g);
        line(g, "enable_nat_gateway   = true");
        line(g, "single_nat_gateway   = !local.is_prod");
        line(g, "enable_dns_hostnames = true");
        blank(g);
        line(g, "tags = local.common_tags");
        close_line(g, "}");
    } else {
        fresh(g, m, sizeof m, "events");
        open_line(g, "module \"%s\" {", m);
        line(g, "source  = \"terraform-aws-modules/eventbridge/aws\"");
        int minor = between(g, 0, 9);
        line(g, "version = \"3.%d.%d\"", minor, between(g, 0, 9));
        line(g, "providers = {");
        line(g, "  aws = aws.us_east_1");
        line(g, "}");
        blank(g);
        line(g, "create_bus = false");
        blank(g);
        open_line(g, "rules = {");
        int n = between(g, 1, 4);
        for (int i = 0; i < n; i++) {
            open_line(g, "%s_%d = {", PICK(g, KEYS), i);
            line(g, "description   = \"%s\"", phrase(g, ph, sizeof ph));
            line(g, "schedule_expression = \"rate(%d minutes)\"", between(g, 1, 60));
            line(g, "enabled       = %s", pick_bool(g));
            close_line(g, "}");
        }
        close_line(g, "}");
        blank(g);
        line(g, "tags = local.common_tags");
        close_line(g, "}");
    }
    blank(g);
}

/* ---- comments and outputs ----------------------------------------------------------------------- */

static void sec_comment(Gen *g) {
    char ph[160];
    switch (rnd(g, 3)) {
    case 0:
        line(g, "# -----------------------------------------------------------------------------");
        line(g, "# %s", phrase(g, ph, sizeof ph));
        line(g, "# -----------------------------------------------------------------------------");
        break;
    case 1:
        line(g, "// %s; keep the names stable, dashboards depend on them.", phrase(g, ph, sizeof ph));
        break;
    default:
        line(g, "/*");
        line(g, "  %s.", phrase(g, ph, sizeof ph));
        line(g, "  Example: terraform apply -var 'environment=staging' -target=module.x");
        line(g, "  Nothing here is parsed: \"${not.a.reference}\" %%{ if } { [ (");
        line(g, "*/");
        break;
    }
    blank(g);
}

static void sec_outputs(Gen *g) {
    struct { RefList *r; const char *attr; } kinds[] = {
        {&g->buckets, "arn"}, {&g->queues, "url"}, {&g->tables, "name"}, {&g->roles, "arn"},
        {&g->lambdas, "invoke_arn"}, {&g->topics, "arn"}, {&g->keys, "arn"}, {&g->sgs, "id"},
    };
    int n = between(g, 2, 8);
    char o[96];
    for (int i = 0; i < n; i++) {
        unsigned k = rnd(g, COUNT_OF(kinds) + 2);
        fresh(g, o, sizeof o, "out");
        if (k == COUNT_OF(kinds)) {
            const char *sn = ref_pick(g, &g->subnets);
            open_line(g, "output \"%s\" {", o);
            line(g, "description = \"Private subnet IDs.\"");
            line(g, "value       = %s%s", sn ? sn : "var.subnet_ids", sn ? "[*].id" : "");
            close_line(g, "}");
        } else if (k > COUNT_OF(kinds)) {
            open_line(g, "output \"%s\" {", o);
            line(g, "description = \"Settings as seen by this module.\"");
            open_line(g, "value = {");
            line(g, "prefix  = local.name_prefix");
            line(g, "prod    = local.is_prod");
            line(g, "zones   = length(var.azs)");
            line(g, "labels  = { for k, v in %s : k => v if v != \"\" }", pick_map(g));
            close_line(g, "}");
            if (chance(g, 30)) line(g, "sensitive = true");
            close_line(g, "}");
        } else {
            const char *r = ref_pick(g, kinds[k].r);
            if (!r) {
                g->seq--;
                continue;
            }
            open_line(g, "output \"%s\" {", o);
            const char *adj = PICK(g, ADJS);
            const char *noun = PICK(g, NOUNS);
            line(g, "description = \"The %s of the %s %s.\"", kinds[k].attr, adj, noun);
            line(g, "value       = %s.%s", r, kinds[k].attr);
            if (chance(g, 20)) {
                blank(g);
                open_line(g, "precondition {");
                line(g, "condition     = %s.%s != \"\"", r, kinds[k].attr);
                line(g, "error_message = \"The %s must not be empty.\"", kinds[k].attr);
                close_line(g, "}");
            }
            close_line(g, "}");
        }
        blank(g);
    }
}

/* ---- file 0: what the whole module shares ------------------------------------------------------ */

static void core_variable(Gen *g, const char *name, const char *type, const char *def,
                          const char *desc, const char *cond, const char *msg) {
    open_line(g, "variable \"%s\" {", name);
    line(g, "description = \"%s\"", desc);
    line(g, "type        = %s", type);
    if (def) line(g, "default     = %s", def);
    if (cond) {
        blank(g);
        open_line(g, "validation {");
        line(g, "condition     = %s", cond);
        line(g, "error_message = \"%s\"", msg);
        close_line(g, "}");
    }
    close_line(g, "}");
    blank(g);
}

static void core(Gen *g) {
    open_line(g, "terraform {");
    line(g, "required_version = \">= 1.5.0\"");
    blank(g);
    open_line(g, "required_providers {");
    open_line(g, "aws = {");
    line(g, "source  = \"hashicorp/aws\"");
    line(g, "version = \"~> 5.40\"");
    close_line(g, "}");
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
    open_line(g, "provider \"aws\" {");
    line(g, "region = var.region");
    blank(g);
    open_line(g, "default_tags {");
    line(g, "tags = local.common_tags");
    close_line(g, "}");
    close_line(g, "}");
    blank(g);
    open_line(g, "provider \"aws\" {");
    line(g, "alias  = \"us_east_1\"");
    line(g, "region = \"us-east-1\"");
    close_line(g, "}");
    blank(g);
    line(g, "data \"aws_caller_identity\" \"current\" {}");
    line(g, "data \"aws_region\" \"current\" {}");
    line(g, "data \"aws_partition\" \"current\" {}");
    blank(g);
    core_variable(g, "project", "string", NULL, "Short project name, used as a prefix for every resource.",
                  "can(regex(\"^[a-z][a-z0-9-]{1,20}$\", var.project))",
                  "The project must start with a letter and use lowercase letters, digits and hyphens.");
    core_variable(g, "environment", "string", "\"dev\"", "Deployment environment.",
                  "contains([\"dev\", \"staging\", \"prod\"], var.environment)",
                  "The environment must be one of dev, staging or prod.");
    core_variable(g, "region", "string", "\"eu-west-1\"", "AWS region to deploy into.", NULL, NULL);
    core_variable(g, "tags", "map(string)", "{}", "Extra tags for every resource.", NULL, NULL);
    core_variable(g, "vpc_id", "string", NULL, "VPC that holds the private subnets.",
                  "startswith(var.vpc_id, \"vpc-\")", "The VPC id must start with \\\"vpc-\\\".");
    core_variable(g, "vpc_cidr", "string", "\"10.0.0.0/16\"", "CIDR block of the VPC.",
                  "can(cidrhost(var.vpc_cidr, 0))", "Must be a valid IPv4 CIDR block.");
    core_variable(g, "azs", "list(string)", "[\"eu-west-1a\", \"eu-west-1b\", \"eu-west-1c\"]",
                  "Availability zones to spread subnets over.", "length(var.azs) >= 2",
                  "At least two availability zones are needed.");
    core_variable(g, "subnet_ids", "list(string)", "[]", "Existing subnets to use instead.", NULL, NULL);
    core_variable(g, "enabled", "bool", "true", "Set to false to create nothing that costs money.", NULL, NULL);
    core_variable(g, "kms_key_arn", "string", "null", "KMS key for encryption at rest; null uses AWS keys.", NULL, NULL);
    core_variable(g, "log_retention_days", "number", "30", "Days to keep CloudWatch logs.",
                  "contains([1, 3, 5, 7, 14, 30, 60, 90, 180, 365], var.log_retention_days)",
                  "Use a retention period that CloudWatch supports.");
    core_variable(g, "default_timeout", "number", "30", "Default function timeout in seconds.", NULL, NULL);
    core_variable(g, "alarm_email", "string", "null", "Where alarms are sent; null for none.", NULL, NULL);
    core_variable(g, "extra_policy_arns", "list(string)", "[]", "Managed policies to attach to every role.", NULL, NULL);
    open_line(g, "locals {");
    line(g, "name_prefix = \"${var.project}-${var.environment}\"");
    line(g, "is_prod     = var.environment == \"prod\"");
    line(g, "account_id  = data.aws_caller_identity.current.account_id");
    line(g, "region      = data.aws_region.current.name");
    line(g, "partition   = data.aws_partition.current.partition");
    blank(g);
    open_line(g, "common_tags = merge(var.tags, {");
    line(g, "Project     = var.project");
    line(g, "Environment = var.environment");
    line(g, "ManagedBy   = \"terraform\"");
    close_line(g, "})");
    close_line(g, "}");
    blank(g);
}

/* ---- one file ------------------------------------------------------------------------------------ */

typedef void (*SectionFn)(Gen *g);

typedef struct Section {
    SectionFn fn;
    unsigned weight;
} Section;

static const Section SECTIONS[] = {
    {sec_variables, 12}, {sec_locals, 12}, {sec_network, 6}, {sec_bucket, 9}, {sec_iam, 7},
    {sec_lambda, 9},     {sec_sqs, 8},     {sec_sns, 5},     {sec_dynamo, 7}, {sec_instance, 5},
    {sec_alarms, 5},     {sec_kms, 4},     {sec_module, 3},
};

static void gen_file(Gen *g, uint64_t seed, unsigned file, unsigned nfiles, size_t target) {
    Out keep = g->out;
    memset(g, 0, sizeof *g);
    g->out = keep;
    g->out.len = 0;
    g->out.indent = 0;
    g->rng.s = splitmix64(seed ^ splitmix64(file + 1)) | 1;
    g->file = file;
    char ph[160];
    snprintf(g->stem, sizeof g->stem, "%s%u", PICK(g, FEATURES), file);

    switch (rnd(g, 3)) {
    case 0:
        line(g, "/*");
        line(g, " * %s: %s.", g->stem, phrase(g, ph, sizeof ph));
        line(g, " * Generated benchmark module, file %u of %u.", file + 1, nfiles);
        line(g, " */");
        break;
    case 1:
        line(g, "# %s: %s.", g->stem, phrase(g, ph, sizeof ph));
        line(g, "# Generated benchmark module, file %u of %u.", file + 1, nfiles);
        break;
    default:
        line(g, "// %s: %s.", g->stem, phrase(g, ph, sizeof ph));
        line(g, "// Generated benchmark module, file %u of %u.", file + 1, nfiles);
        break;
    }
    blank(g);
    if (file == 0) core(g);
    sec_variables(g);

    unsigned total = 0;
    for (size_t i = 0; i < COUNT_OF(SECTIONS); i++) total += SECTIONS[i].weight;
    while (g->out.len < target) {
        if (chance(g, 25)) sec_comment(g);
        unsigned w = rnd(g, total);
        size_t i = 0;
        while (w >= SECTIONS[i].weight) w -= SECTIONS[i++].weight;
        SECTIONS[i].fn(g);
    }
    sec_outputs(g);
}

/* ---- main ------------------------------------------------------------------------------------------ */

static int usage(void) {
    fprintf(stderr,
            "usage: gen_corpus OUTDIR [NFILES] [SEED] [--mb N]\n"
            "  NFILES  number of .tf files (default %d)\n"
            "  SEED    PRNG seed (default 1)\n"
            "  --mb N  total size in MB (1e6 bytes); default NFILES * %d bytes\n",
            DEFAULT_FILES, DEFAULT_FILE_BYTES);
    return 2;
}

static bool parse_uint(const char *s, unsigned long long *out) {
    char *end;
    if (!s[0] || s[0] == '-') return false;
    errno = 0;
    *out = strtoull(s, &end, 10);
    return errno == 0 && *end == '\0';
}

int main(int argc, char **argv) {
    const char *dir = NULL;
    unsigned long long nfiles = DEFAULT_FILES, seed = 1, mb = 0;
    int npos = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--mb") == 0) {
            if (i + 1 >= argc || !parse_uint(argv[++i], &mb) || mb == 0 || mb > 100000) return usage();
        } else if (argv[i][0] == '-') {
            return usage();
        } else if (npos == 0) {
            dir = argv[i];
            npos++;
        } else if (npos == 1) {
            if (!parse_uint(argv[i], &nfiles) || nfiles == 0 || nfiles > 1000000) return usage();
            npos++;
        } else if (npos == 2) {
            if (!parse_uint(argv[i], &seed)) return usage();
            npos++;
        } else {
            return usage();
        }
    }
    if (!dir) return usage();
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "gen_corpus: cannot create %s: %s\n", dir, strerror(errno));
        return 1;
    }
    unsigned long long want = mb ? mb * 1000000ull : nfiles * (unsigned long long)DEFAULT_FILE_BYTES;

    Gen *g = calloc(1, sizeof *g);
    if (!g) return 1;
    unsigned long long written = 0;
    for (unsigned f = 0; f < nfiles; f++) {
        /* Aim each file at the average of what is still to write, times a
         * random factor in [0.4, 1.6], so the total lands near the target. */
        unsigned long long left = want > written ? want - written : 0;
        unsigned long long avg = left / (nfiles - f);
        Rng size_rng = {splitmix64(seed * 31 + f) | 1};
        size_t target = (size_t)(avg * (40 + rng_next(&size_rng) % 121) / 100);
        gen_file(g, seed, f, (unsigned)nfiles, target);

        char path[4096];
        char name[64];
        snprintf(name, sizeof name, "%s", g->stem);
        snprintf(path, sizeof path, "%s/%04u_%s.tf", dir, f, name);
        FILE *fp = fopen(path, "wb");
        if (!fp || fwrite(g->out.data, 1, g->out.len, fp) != g->out.len || fclose(fp) != 0) {
            fprintf(stderr, "gen_corpus: cannot write %s: %s\n", path, strerror(errno));
            return 1;
        }
        written += g->out.len;
    }
    printf("gen_corpus: wrote %llu files, %llu bytes (%.1f MB) to %s\n", nfiles, written,
           (double)written / 1e6, dir);
    free(g->out.data);
    free(g);
    return 0;
}
