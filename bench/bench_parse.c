/* bench_parse.c - lex and lex+parse throughput of the HCL front end.
 *
 * Loads every *.tf file of a directory into memory (untimed), then times
 * REPEAT passes of hcl_lex alone and REPEAT passes of hcl_lex + hcl_parse
 * over all files, and measures the peak heap of one pass that keeps every
 * file's tree alive.  Exits 1 if the corpus has any syntax error.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/hcl/hcl.h"

enum { DEFAULT_REPEAT = 5, MAX_REPEAT = 1000 };

typedef struct Corpus {
    Arena arena;               /* the loaded files */
    Vec(SourceFile *) files;   /* sorted by path */
    uint64_t bytes;            /* total input size */
} Corpus;

typedef struct PassResult {
    double seconds;
    uint64_t tokens;
    uint32_t errors;
} PassResult;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool has_tf_suffix(const char *name) {
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".tf") == 0;
}

/* Reads every DIR/NAME.tf into c, in name order.  Returns false (after printing
 * why) when the directory or a file cannot be read. */
static bool corpus_load(Corpus *c, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bench_parse: cannot open %s: %s\n", dir, strerror(errno));
        return false;
    }
    Vec(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !has_tf_suffix(e->d_name)) continue;
        char *p = arena_printf(&c->arena, "%s/%s", dir, e->d_name);
        vec_push(&names, p);
    }
    closedir(d);
    if (names.len) qsort(names.data, names.len, sizeof(char *), compare_names);
    bool ok = true;
    for (uint32_t i = 0; i < names.len && ok; i++) {
        SourceFile *f = source_read(&c->arena, names.data[i]);
        if (!f) {
            fprintf(stderr, "bench_parse: cannot read %s: %s\n", names.data[i], strerror(errno));
            ok = false;
            break;
        }
        vec_push(&c->files, f);
        c->bytes += f->len;
    }
    vec_free(&names);
    return ok;
}

/* One pass of hcl_lex over every file; parse also runs hcl_parse on the
 * tokens.  All trees of the pass live in one arena, freed at the end. */
static PassResult run_pass(const Corpus *c, TokenList *tokens, bool parse) {
    PassResult r = {0};
    Arena arena;
    Interner names;
    DiagList diags;
    arena_init(&arena);
    interner_init(&names);
    diag_list_init(&diags, &arena);

    double t0 = now_seconds();
    for (uint32_t i = 0; i < c->files.len; i++) {
        const SourceFile *f = c->files.data[i];
        hcl_lex(f, tokens, &diags);
        r.tokens += tokens->len;
        if (parse) hcl_parse(f, tokens, &arena, &names, &diags);
    }
    r.seconds = now_seconds() - t0;

    r.errors = diag_count(&diags, SEV_ERROR);
    if (r.errors) {
        for (uint32_t i = 0; i < diags.items.len; i++) {
            const Diag *d = &diags.items.data[i];
            if (d->severity != SEV_ERROR) continue;
            Pos p = d->file ? source_pos(d->file, d->subject.start) : (Pos){0, 0, 0};
            fprintf(stderr, "bench_parse: %s:%u:%u: %s\n", d->file ? d->file->path : "?", p.line,
                    p.column, d->summary);
            break;
        }
    }
    diag_list_free(&diags);
    interner_free(&names);
    arena_free(&arena);
    return r;
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct Timing {
    double best, median;
    uint64_t tokens;
    uint32_t errors;
} Timing;

static Timing time_passes(const Corpus *c, TokenList *tokens, bool parse, int repeat) {
    Timing t = {0};
    double *s = mem_alloc(mem_mul(sizeof(double), (size_t)repeat));
    for (int i = 0; i < repeat; i++) {
        PassResult r = run_pass(c, tokens, parse);
        s[i] = r.seconds;
        t.tokens = r.tokens;
        t.errors += r.errors;
    }
    qsort(s, (size_t)repeat, sizeof(double), compare_doubles);
    t.best = s[0];
    t.median = repeat % 2 ? s[repeat / 2] : (s[repeat / 2 - 1] + s[repeat / 2]) / 2;
    mem_free(s);
    return t;
}

static void print_timing(const char *what, const Timing *t, uint64_t bytes) {
    printf("  %-12s %9.1f ms %9.1f ms %10.1f %10.1f %12.2f\n", what, t->best * 1e3,
           t->median * 1e3, (double)bytes / 1e6 / t->best, (double)bytes / 1e6 / t->median,
           (double)t->tokens / t->best / 1e6);
}

int main(int argc, char **argv) {
    /* --parse-only: just the lex+parse passes, for perf record / callgrind */
    bool parse_only = argc > 1 && strcmp(argv[1], "--parse-only") == 0;
    if (parse_only) {
        argv++;
        argc--;
    }
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: bench_parse [--parse-only] DIR [REPEAT]\n");
        return 2;
    }
    int repeat = DEFAULT_REPEAT;
    if (argc == 3) {
        char *end;
        long v = strtol(argv[2], &end, 10);
        if (*end || v < 1 || v > MAX_REPEAT) {
            fprintf(stderr, "bench_parse: REPEAT must be 1..%d\n", MAX_REPEAT);
            return 2;
        }
        repeat = (int)v;
    }

    Corpus c;
    memset(&c, 0, sizeof c);
    arena_init(&c.arena);
    if (!corpus_load(&c, argv[1])) return 2;
    if (c.files.len == 0) {
        fprintf(stderr, "bench_parse: no .tf files in %s\n", argv[1]);
        return 2;
    }

    /* Memory pass first (it also warms the caches): everything the pass
     * allocates beyond what is live now is lex+parse overhead. */
    TokenList tokens = {0};
    size_t live_before = mem_live_bytes();
    size_t peak_before = mem_peak_bytes();
    PassResult mem = run_pass(&c, &tokens, true);
    size_t peak = mem_peak_bytes();
    size_t extra = peak > live_before ? peak - live_before : 0;
    token_list_free(&tokens);
    if (mem.errors) {
        fprintf(stderr, "bench_parse: %u syntax errors: the corpus must be valid\n", mem.errors);
        return 1;
    }

    if (parse_only) {
        Timing t = time_passes(&c, &tokens, true, repeat);
        token_list_free(&tokens);
        printf("lex+parse best %.1f ms, %.1f MB/s\n", t.best * 1e3, (double)c.bytes / 1e6 / t.best);
        return t.errors ? 1 : 0;
    }
    Timing lex = time_passes(&c, &tokens, false, repeat);
    Timing both = time_passes(&c, &tokens, true, repeat);
    token_list_free(&tokens);

    printf("bench_parse %s\n", argv[1]);
    printf("  files        %u\n", c.files.len);
    printf("  input        %llu bytes (%.2f MB)\n", (unsigned long long)c.bytes,
           (double)c.bytes / 1e6);
    printf("  tokens       %llu per pass (incl. newlines and comments)\n",
           (unsigned long long)both.tokens);
    printf("  passes       %d timed per mode, after one untimed pass\n\n", repeat);
    printf("  %-12s %12s %12s %10s %10s %12s\n", "mode", "best", "median", "MB/s best",
           "MB/s med", "Mtok/s best");
    print_timing("lex", &lex, c.bytes);
    print_timing("lex+parse", &both, c.bytes);
    printf("\n  peak heap, one lex+parse pass with all trees alive: %.2f MB = %.2f x input%s\n",
           (double)extra / 1e6, (double)extra / (double)c.bytes,
           peak == peak_before ? " (upper bound: peak set while loading)" : "");
    printf("  (beyond the %.2f MB already live: loaded text and line tables)\n",
           (double)live_before / 1e6);

    int rc = 0;
    if (lex.errors || both.errors) {
        fprintf(stderr, "bench_parse: syntax errors reported: the corpus must be valid\n");
        rc = 1;
    }
    vec_free(&c.files);
    arena_free(&c.arena);
    return rc;
}
