/* aws_value_out_of_range.c - A15: numeric arguments outside the values AWS
 * accepts (Lambda memory and timeout, batch sizes, retention periods, ...),
 * after evaluation, for every instance.  The bounds are the rows of
 * aws_ranges.def; only known values are checked. */
#include "../aws_values.h"

#include <stdlib.h>

typedef enum RangeKind { RK_RANGE, RK_ATLEAST, RK_ONEOF } RangeKind;

typedef struct RangeRow {
    RangeKind kind;
    const char *type;         /* resource type */
    const char *path;         /* argument, through nested blocks */
    int64_t min, max;         /* RK_RANGE: min..max; RK_ATLEAST: min.. */
    const char *values;       /* RK_RANGE: extra accepted values; RK_ONEOF: the accepted values */
    const char *when;         /* "", "ARG=VALUE", "ARG!=VALUE" or "source=KIND" */
    const char *source;
} RangeRow;

static const RangeRow rows[] = {
#define RANGE(type, path, min, max, also, when, source) {RK_RANGE, type, path, min, max, also, when, source},
#define ATLEAST(type, path, min, when, source) {RK_ATLEAST, type, path, min, 0, "", when, source},
#define ONEOF(type, path, values, when, source) {RK_ONEOF, type, path, 0, 0, values, when, source},
#include "../aws_ranges.def"
#undef RANGE
#undef ATLEAST
#undef ONEOF
};

enum { ROW_COUNT = sizeof rows / sizeof rows[0] };

/* Whether v is in the comma-separated list of integers `list`. */
static bool in_list(const char *list, int64_t v) {
    const char *p = list;
    while (*p) {
        char *end;
        long long x = strtoll(p, &end, 10);
        if (end == p) return false;
        if (x == v) return true;
        p = *end == ',' ? end + 1 : end;
    }
    return false;
}

/* The accepted values of a list nearest to v (below and above), for hints. */
static void nearest(const char *list, int64_t v, int64_t *below, bool *has_below, int64_t *above, bool *has_above) {
    *has_below = *has_above = false;
    for (const char *p = list; *p;) {
        char *end;
        long long x = strtoll(p, &end, 10);
        if (end == p) break;
        if (x < v && (!*has_below || x > *below)) *below = x, *has_below = true;
        if (x > v && (!*has_above || x < *above)) *above = x, *has_above = true;
        p = *end == ',' ? end + 1 : end;
    }
}

static bool accepted(const RangeRow *row, int64_t v) {
    switch (row->kind) {
    case RK_RANGE: return (v >= row->min && v <= row->max) || in_list(row->values, v);
    case RK_ATLEAST: return v >= row->min;
    case RK_ONEOF: return in_list(row->values, v);
    }
    return true;
}

/* ---- event sources ---------------------------------------------------------- */

typedef enum SourceKind { SRC_UNKNOWN, SRC_SQS_STANDARD, SRC_SQS_FIFO, SRC_OTHER } SourceKind;

/* FIFO-ness of a queue resource when every instance agrees on it. */
static SourceKind queue_kind(CheckCtx *ctx, const Resource *q) {
    Instance *ins;
    bool known;
    uint32_t n = eval_instances(ctx->ev, ctx->m, q, &ins, &known);
    int fifo = -1;
    for (uint32_t i = 0; known && i < n; i++) {
        int f = aws_value_bool(eval_resource_arg(ctx->ev, ctx->m, q, &ins[i], "fifo_queue"));
        if (f < 0 || (fifo >= 0 && f != fifo)) return SRC_UNKNOWN;
        fifo = f;
    }
    return fifo < 0 ? SRC_UNKNOWN : fifo ? SRC_SQS_FIFO : SRC_SQS_STANDARD;
}

/* What an event source mapping instance reads from: its event_source_arn's
 * service when known, else the type of the resource it refers to. */
static SourceKind source_kind(CheckCtx *ctx, const Resource *r, const Instance *in) {
    if (body_block(r->block->body, "self_managed_event_source")) return SRC_OTHER;
    Value *v = eval_resource_arg(ctx->ev, ctx->m, r, in, "event_source_arn");
    if (v && v->kind == V_STRING) {
        /* arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE */
        const char *s = v->str, *svc = NULL;
        int colons = 0;
        for (uint32_t i = 0; i < v->len; i++)
            if (s[i] == ':' && ++colons == 2) svc = s + i + 1;
        if (!svc || strncmp(s, "arn:", 4) != 0) return SRC_UNKNOWN;
        if (strncmp(svc, "sqs:", 4) != 0) return SRC_OTHER;
        return v->len >= 5 && memcmp(s + v->len - 5, ".fifo", 5) == 0 ? SRC_SQS_FIFO : SRC_SQS_STANDARD;
    }
    /* the kind its event_source_arn references give: every mapping's found in
     * one pass over the module's references, the first time it is asked */
    if (!ptrmap_get(&ctx->memo, ctx->refs)) {
        ptrmap_set(&ctx->memo, ctx->refs, ctx->refs);
        for (uint32_t i = 0; i < ctx->refs->refs.len; i++) {
            const Reference *ref = &ctx->refs->refs.data[i];
            if (ref->owner_kind != OWNER_RESOURCE || !ref->top || strcmp(ref->top, "event_source_arn") != 0) continue;
            intptr_t have = (intptr_t)ptrmap_get(&ctx->memo, ref->owner);
            if (have && have - 1 != SRC_UNKNOWN) continue;
            uint32_t after;
            Resource *target = ref_resource(ctx->m, ref, &after);
            SourceKind kind = SRC_UNKNOWN;
            if (target && target->mode == MODE_MANAGED) {
                static const char *const others[] = {"aws_kinesis_stream", "aws_dynamodb_table", "aws_msk_cluster",
                                                     "aws_msk_serverless_cluster", "aws_mq_broker",
                                                     "aws_docdb_cluster"};
                if (strcmp(target->type, "aws_sqs_queue") == 0) kind = queue_kind(ctx, target);
                for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
                    if (strcmp(target->type, others[k]) == 0) kind = SRC_OTHER;
            }
            ptrmap_set(&ctx->memo, ref->owner, (void *)(intptr_t)(kind + 1));
        }
    }
    intptr_t memo = (intptr_t)ptrmap_get(&ctx->memo, r);
    return memo ? (SourceKind)(memo - 1) : SRC_UNKNOWN;
}

/* Whether the row's condition holds for the instance: 1 yes, 0 no, -1 unknown. */
static int condition(CheckCtx *ctx, const Resource *r, const Instance *in, const RangeRow *row) {
    const char *w = row->when;
    if (!w[0]) return 1;
    if (strncmp(w, "source=", 7) == 0) {
        SourceKind k = source_kind(ctx, r, in);
        if (k == SRC_UNKNOWN) return -1;
        return strcmp(w + 7, "sqs-fifo") == 0 ? k == SRC_SQS_FIFO : 0;
    }
    const char *op = strstr(w, "!=");
    bool negate = op != NULL;
    if (!op) op = strchr(w, '=');
    if (!op) return -1;
    const char *arg = arena_strndup(ctx->a, w, (size_t)(op - w));
    const char *want = op + (negate ? 2 : 1);
    Value *v = eval_resource_arg(ctx->ev, ctx->m, r, in, arg);
    bool eq;
    if (!v || v->kind == V_NULL) eq = false;
    else if (v->kind == V_STRING) eq = strcmp(v->str, want) == 0;
    else return -1;
    return negate ? !eq : eq;
}

static const char *accepted_text(CheckCtx *ctx, const RangeRow *row) {
    switch (row->kind) {
    case RK_RANGE:
        if (row->values[0])
            return arena_printf(ctx->a, "%s, or %lld to %lld", row->values, (long long)row->min, (long long)row->max);
        return arena_printf(ctx->a, "%lld to %lld", (long long)row->min, (long long)row->max);
    case RK_ATLEAST: return arena_printf(ctx->a, "%lld or more", (long long)row->min);
    case RK_ONEOF: {
        const char *t = arena_strndup(ctx->a, row->values, strlen(row->values));
        char *c = (char *)t;
        StrBuf sb = {0};
        for (; *c; c++) {
            if (*c == ',') sb_puts(&sb, ", ");
            else sb_putc(&sb, *c);
        }
        const char *out = arena_printf(ctx->a, "one of %s", sb_cstr(&sb));
        sb_free(&sb);
        return out;
    }
    }
    return "";
}

static const char *condition_text(CheckCtx *ctx, const RangeRow *row) {
    const char *w = row->when;
    if (!w[0]) return "";
    if (strcmp(w, "source=sqs-fifo") == 0) return " for an SQS FIFO queue";
    const char *op = strstr(w, "!=");
    if (op)
        return arena_printf(ctx->a, " when %.*s is not %s", (int)(op - w), w, op + 2);
    op = strchr(w, '=');
    return op ? arena_printf(ctx->a, " when %.*s is %s", (int)(op - w), w, op + 1) : "";
}

typedef struct Found {
    int64_t value;
    const Instance *in;
    uint32_t more;
} Found;

static void report(CheckCtx *ctx, const Resource *r, const RangeRow *row, const AstAttribute *at, const Found *f) {
    const char *what = arena_printf(ctx->a, "%s %s", r->type, row->path);
    const char *summary =
        row->kind == RK_ONEOF
            ? arena_printf(ctx->a, "%s %lld is not a value AWS accepts", what, (long long)f->value)
            : arena_printf(ctx->a, "%s %lld is outside the range AWS accepts%s", what, (long long)f->value,
                           condition_text(ctx, row));
    Diag *d = ctx_report(ctx, at->src, at->expr->range, summary);
    const char *who = aws_instance_address(ctx, r, f->in);
    const char *val = aws_expr_is_literal(at->expr)
                          ? arena_printf(ctx->a, "%s sets %s = %lld.", who, row->path, (long long)f->value)
                          : arena_printf(ctx->a, "For %s, %s evaluates to %lld.", who, row->path,
                                         (long long)f->value);
    const char *more = f->more == 1 ? " One more instance is out of range too."
                       : f->more > 1 ? arena_printf(ctx->a, " %u more instances are out of range too.", f->more)
                                     : "";
    d->detail = arena_printf(ctx->a, "%s AWS accepts %s%s. (Source: %s.)%s", val, accepted_text(ctx, row),
                             condition_text(ctx, row), row->source, more);
    if (row->kind == RK_ONEOF) {
        int64_t lo = 0, hi = 0;
        bool has_lo, has_hi;
        nearest(row->values, f->value, &lo, &has_lo, &hi, &has_hi);
        if (has_lo && has_hi)
            d->hint = arena_printf(ctx->a, "Use one of the accepted values; the nearest are %lld and %lld.",
                                   (long long)lo, (long long)hi);
        else
            d->hint = arena_printf(ctx->a, "Use one of the accepted values; the nearest is %lld.",
                                   (long long)(has_lo ? lo : hi));
    } else if (row->kind == RK_ATLEAST) {
        d->hint = arena_printf(ctx->a, "Use %lld or more.", (long long)row->min);
    } else {
        d->hint = arena_printf(ctx->a, "Use a value from %lld to %lld.", (long long)row->min, (long long)row->max);
    }
}

enum { REPORTED_MAX = 64 };

typedef struct RowRun {
    const RangeRow *row;
    Instance *ins;
    uint32_t nins;
    /* arguments of this resource already reported: a narrower row (FIFO
     * queues: 10) comes before the general one (10000) and wins */
    const AstAttribute *reported[REPORTED_MAX];
    uint32_t nreported;
} RowRun;

static void check_attr(CheckCtx *ctx, const Resource *r, const AstAttribute *at, void *data) {
    RowRun *run = data;
    for (uint32_t i = 0; i < run->nreported; i++)
        if (run->reported[i] == at) return;
    Found f = {0, NULL, 0};
    bool have = false;
    for (uint32_t i = 0; i < run->nins; i++) {
        int64_t v;
        if (!aws_value_int(eval_attr(ctx->ev, ctx->m, r, &run->ins[i], at), &v)) continue;
        if (accepted(run->row, v) || condition(ctx, r, &run->ins[i], run->row) != 1) continue;
        if (have) {
            f.more++;
            continue;
        }
        have = true;
        f.value = v;
        f.in = &run->ins[i];
    }
    if (!have) return;
    report(ctx, r, run->row, at, &f);
    if (run->nreported < REPORTED_MAX) run->reported[run->nreported++] = at;
}

/* Lambda reads more than 10 messages from a standard queue only when it
 * may wait for them: batch_size > 10 needs maximum_batching_window_in_seconds
 * of at least 1 (CreateEventSourceMapping BatchSize). */
static void check_sqs_window(CheckCtx *ctx, const Resource *r, const RowRun *run) {
    AstAttribute *at = body_attr(r->block->body, "batch_size");
    if (!at) return;
    for (uint32_t i = 0; i < run->nreported; i++)
        if (run->reported[i] == at) return; /* out of range already */
    Instance *ins = run->ins;
    uint32_t nins = run->nins;
    for (uint32_t i = 0; i < nins; i++) {
        int64_t batch, window = 0;
        if (!aws_value_int(eval_attr(ctx->ev, ctx->m, r, &ins[i], at), &batch) || batch <= 10 || batch > 10000)
            continue;
        Value *w = eval_resource_arg(ctx->ev, ctx->m, r, &ins[i], "maximum_batching_window_in_seconds");
        if (w && w->kind != V_NULL && !aws_value_int(w, &window)) continue; /* not known */
        if (window >= 1 || source_kind(ctx, r, &ins[i]) != SRC_SQS_STANDARD) continue;
        Diag *d = ctx_report(ctx, at->src, at->expr->range,
                             arena_printf(ctx->a, "batch_size %lld for a standard SQS queue needs "
                                                  "maximum_batching_window_in_seconds of at least 1",
                                          (long long)batch));
        d->detail = arena_printf(ctx->a, "For %s the batch size is %lld and the batching window is %lld. Lambda "
                                         "accepts a batch size above 10 from a standard SQS queue only with a "
                                         "batching window of at least one second. (Source: Lambda API "
                                         "CreateEventSourceMapping BatchSize.)",
                                 aws_instance_address(ctx, r, &ins[i]), (long long)batch, (long long)window);
        d->hint = "Set maximum_batching_window_in_seconds to 1 or more, or use a batch size of 10 or less.";
        return;
    }
}

static void check(CheckCtx *ctx) {
    if (!ctx->ev) return;
    Module *m = ctx->m;
    for (uint32_t i = 0; i < m->resources.len; i++) {
        const Resource *r = &m->resources.data[i];
        if (r->mode != MODE_MANAGED) continue;
        RowRun run;
        memset(&run, 0, sizeof run);
        bool expanded = false;
        for (size_t k = 0; k < ROW_COUNT; k++) {
            if (strcmp(rows[k].type, r->type) != 0) continue;
            if (!expanded) {
                bool known;
                run.nins = eval_instances(ctx->ev, m, r, &run.ins, &known);
                expanded = true;
            }
            run.row = &rows[k];
            aws_each_attr(ctx, r, rows[k].path, check_attr, &run);
        }
        if (expanded && strcmp(r->type, "aws_lambda_event_source_mapping") == 0) check_sqs_window(ctx, r, &run);
    }
}

/* The documentation table: one line per row of aws_ranges.def. */
#define RANGE(type, path, min, max, also, when, source) \
    "| `" type "` | `" path "` | " #min " to " #max " | " also " | " when " | " source " |\n"
#define ATLEAST(type, path, min, when, source) "| `" type "` | `" path "` | " #min " or more | | " when " | " source " |\n"
#define ONEOF(type, path, values, when, source) "| `" type "` | `" path "` | " values " | | " when " | " source " |\n"

const Rule rule_aws_value_out_of_range = {
    "aws-value-out-of-range", SEV_ERROR, "A15", "Arguments outside the values AWS accepts, after evaluation",
    "AWS accepts a bounded range for many numeric arguments: Lambda memory 128-10240 MB and timeout "
    "1-900 seconds, event source mapping batch sizes (at most 10 from an SQS FIFO queue, and above "
    "10 from a standard queue only with a batching window of at least one second), SQS timeouts "
    "and retention, log retention periods from a fixed list, KMS deletion windows of 7-30 days, "
    "and more. A value outside the range is rejected by the API at apply, often after other "
    "resources were created, and values computed from variables, locals, conditionals or "
    "count/for_each escape `terraform validate`. tfcheck evaluates each argument for every "
    "instance and checks it against the table below; values that are only known after apply are "
    "not checked. Where the provider's own validation rejects a value too, this rule reports it "
    "with the evaluated value. The `when` column names the condition under which a bound "
    "applies (an argument's value, or the kind of event source a mapping reads from, taken from "
    "its ARN or from the resource it refers to).\n\n"
    "| resource | argument | accepted | also accepted | when | source |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
#include "../aws_ranges.def"
    ,
    "module", check};
#undef RANGE
#undef ATLEAST
#undef ONEOF
