/* fmt_cmd.c - `tfcheck fmt`, with terraform fmt's options and exit codes:
 *   tfcheck fmt [-check] [-diff] [-write=true|false] [-list=true|false]
 *               [-recursive] [PATH ...]
 * PATH is a file, a directory (its .tf, .tfvars, .tftest.hcl and .tfmock.hcl
 * files), or - for standard input (formatted to standard output).  Exit 0
 * when done, 2 on syntax errors or unreadable input (such files are never
 * rewritten), 3 under -check when some file is not formatted.  Writes are
 * atomic (a temporary file in the same directory, renamed over the old one),
 * keep the file's mode, and happen only when the content changes.
 *
 * The paths are first expanded into a list of files (directories in name
 * order, as terraform reads them), then formatted: each file read into one
 * reused buffer and formatted with one FmtWork, so that a file costs an
 * open, fstat, read and close and no allocation, and under -check (without
 * -diff) no output is built at all.  A long list is split in two halves
 * formatted at once by two processes (see format_items).  The option
 * -full-parse, for tests, checks every file's syntax with the full parser
 * (see src/fmt/validate.c). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../fmt/fmt.h"
#include "../report/report.h"
#include "cli.h"

typedef struct FmtOptions {
    bool check, diff, write, list, recursive;
    bool write_set;
    bool full_parse;  /* -full-parse: FMT_FULL_PARSE, for tests */
    Vec(const char *) paths;
} FmtOptions;

/* One step of the run, in the order terraform takes them. */
typedef enum ItemKind {
    ITEM_FILE,        /* format the file `path` */
    ITEM_STDIN,       /* format standard input */
    ITEM_ERROR,       /* report `path` (a message) as an error */
} ItemKind;

typedef struct FmtItem {
    ItemKind kind;
    const char *path; /* in the run's arena */
} FmtItem;

typedef Vec(FmtItem) FmtItems;

typedef struct FmtRun {
    FmtOptions *o;
    Arena *a;         /* paths and messages */
    FmtItems items;
    FmtWork *work;    /* the formatter's buffers, reused for every file */
    Interner *names;
    StrBuf text;      /* the file being formatted, reused */
    StrBuf out;       /* its formatted text, when one is needed */
    FILE *stdout_, *stderr_; /* where this process reports (see format_items) */
    bool errors;      /* syntax errors or unreadable input */
    bool changed;     /* some file is (or was) not formatted */
} FmtRun;

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static bool fmt_file_kind(const char *name) {
    return ends_with(name, ".tf") || ends_with(name, ".tfvars") || ends_with(name, ".tftest.hcl") ||
           ends_with(name, ".tfmock.hcl");
}

static bool parse_bool_opt(const char *a, const char *name, bool *out, bool *ok) {
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0) return false;
    const char *v = a + n;
    if (*v == '\0') { *out = true; return true; }
    if (*v != '=') return false;
    v++;
    if (strcmp(v, "true") == 0 || strcmp(v, "1") == 0) *out = true;
    else if (strcmp(v, "false") == 0 || strcmp(v, "0") == 0) *out = false;
    else *ok = false;
    return true;
}

/* Writes data to path atomically, keeping the file's mode. */
static bool write_atomic(const char *path, const char *data, size_t len, mode_t mode, const char **why) {
    size_t n = strlen(path);
    char *tmp = mem_alloc(n + 16);
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tfcheckXXXXXX", 15);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        *why = strerror(errno);
        mem_free(tmp);
        return false;
    }
    bool ok = true;
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            ok = false;
            break;
        }
        done += (size_t)w;
    }
    if (ok && fchmod(fd, mode & 07777) != 0) ok = false;
    if (ok && fsync(fd) != 0) ok = false;
    if (close(fd) != 0) ok = false;
    if (ok && rename(tmp, path) != 0) ok = false;
    if (!ok) {
        *why = strerror(errno);
        unlink(tmp);
    }
    mem_free(tmp);
    return ok;
}

static void print_diags(FmtRun *r, DiagList *dl) {
    if (!dl->items.len) return;
    diag_sort(dl);
    ReportSummary sum = {1, NULL, 0};
    report_text(r->stderr_, dl, &sum, false);
}

/* ---- finding the files ------------------------------------------------------ */

static void add_item(FmtRun *r, ItemKind kind, const char *path) {
    FmtItem it = {kind, path};
    vec_push(&r->items, it);
}

static void add_error(FmtRun *r, const char *path, const char *why) {
    add_item(r, ITEM_ERROR, arena_printf(r->a, "tfcheck fmt: %s: %s\n", path, why));
}

/* Sorts "<type byte><name>" entries by name, bottom-up merging runs through
 * `tmp` (as many entries): a direct strcmp, where qsort would call back. */
static void sort_entries(char **v, char **tmp, uint32_t n) {
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = strcmp(v[j] + 1, v[i] + 1) < 0 ? v[j++] : v[i++];
            while (i < mid) tmp[k++] = v[i++];
            while (j < hi) tmp[k++] = v[j++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
}

/* A directory's entries in name order (as terraform reads them): its files
 * and, with -recursive, what its subdirectories hold. */
static void find_in_dir(FmtRun *r, const char *dir, int depth) {
    if (depth > 128) return;
    DIR *d = opendir(dir);
    if (!d) {
        add_error(r, dir, strerror(errno));
        return;
    }
    StrBuf all = {0}; /* "<type byte><name>\0" per entry */
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        sb_putc(&all, (char)de->d_type); /* the entry's type travels in front of its name */
        sb_append(&all, de->d_name, strlen(de->d_name) + 1);
    }
    closedir(d);
    Vec(char *) names = {0};
    for (size_t p = 0; p < all.len; p += strlen(all.data + p + 1) + 2) vec_push(&names, all.data + p);
    if (names.len > 1) {
        char **tmp = mem_alloc(mem_mul(sizeof(char *), names.len));
        sort_entries(names.data, tmp, names.len);
        mem_free(tmp);
    }
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/') dl--;
    bool here = dl == 1 && dir[0] == '.';
    for (uint32_t i = 0; i < names.len; i++) {
        unsigned char type = (unsigned char)names.data[i][0];
        const char *n = names.data[i] + 1;
        bool dir_like = type == DT_DIR || type == DT_UNKNOWN || type == DT_LNK;
        if (!dir_like && !(type == DT_REG && fmt_file_kind(n))) continue;
        size_t nl = strlen(n), at = here ? 0 : dl + 1;
        char *child = arena_alloc(r->a, at + nl + 1); /* dir/name, or name in "." */
        if (!here) {
            memcpy(child, dir, dl);
            child[dl] = '/';
        }
        memcpy(child + at, n, nl + 1);
        if (type == DT_UNKNOWN || type == DT_LNK) { /* ask the file system */
            struct stat st;
            if (lstat(child, &st) != 0) continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            if (r->o->recursive && n[0] != '.') find_in_dir(r, child, depth + 1);
            continue;
        }
        if (type == DT_REG && fmt_file_kind(n)) add_item(r, ITEM_FILE, child);
    }
    vec_free(&names);
    sb_free(&all);
}

static void find_items(FmtRun *r) {
    for (uint32_t i = 0; i < r->o->paths.len; i++) {
        const char *p = r->o->paths.data[i];
        if (strcmp(p, "-") == 0) {
            add_item(r, ITEM_STDIN, p);
            continue;
        }
        struct stat st;
        if (stat(p, &st) != 0)
            add_error(r, p, strerror(errno));
        else if (S_ISDIR(st.st_mode))
            find_in_dir(r, p, 0);
        else if (!fmt_file_kind(p))
            add_error(r, p,
                      "only .tf, .tfvars, .tftest.hcl and .tfmock.hcl files can be formatted");
        else
            add_item(r, ITEM_FILE, p);
    }
}

/* ---- formatting ----------------------------------------------------------------- */

/* Formats one file's text; `display` is the name to list and diff. */
static void format_text(FmtRun *r, const char *display, const char *path, const SourceFile *src, bool from_stdin) {
    Arena scratch; /* for the syntax tree and diagnostics, when there are any */
    arena_init(&scratch);
    DiagList dl;
    diag_list_init(&dl, &scratch);
    const char *text = src->text;
    size_t len = src->len;
    bool want_text = from_stdin || r->o->write || r->o->diff;
    StrBuf *out = want_text ? &r->out : NULL;
    r->out.len = 0;
    FmtStatus st = fmt_file(r->work, src, &scratch, r->names, &dl, out, r->o->full_parse ? FMT_FULL_PARSE : 0);
    if (st == FMT_INVALID) {
        print_diags(r, &dl);
        r->errors = true;
        goto done;
    }
    if (from_stdin) {
        if (out->len == 0 || out->data[out->len - 1] != '\n')
            sb_putc(out, '\n'); /* as terraform fmt prints standard input's result */
        bool differs = out->len != len || memcmp(out->data, text, len) != 0;
        if (r->o->diff && differs) {
            StrBuf d = {0};
            fmt_unified_diff("<stdin>", text, len, out->data, out->len, &d);
            fwrite(d.data, 1, d.len, r->stdout_);
            sb_free(&d);
        } else if (!r->o->check) {
            fwrite(out->data, 1, out->len, r->stdout_);
        }
        if (differs) r->changed = true;
        goto done;
    }
    if (st == FMT_CHANGED) {
        r->changed = true;
        if (r->o->list) fprintf(r->stdout_, "%s\n", display);
        if (r->o->write) {
            const char *why = NULL;
            struct stat sb;
            if (stat(path, &sb) != 0) {
                fprintf(r->stderr_, "tfcheck fmt: cannot write %s: %s\n", display, strerror(errno));
                r->errors = true;
            } else if (!write_atomic(path, out->data, out->len, sb.st_mode, &why)) {
                fprintf(r->stderr_, "tfcheck fmt: cannot write %s: %s\n", display, why);
                r->errors = true;
            }
        }
        if (r->o->diff) {
            StrBuf d = {0};
            fmt_unified_diff(display, text, len, out->data, out->len, &d);
            fwrite(d.data, 1, d.len, r->stdout_);
            sb_free(&d);
        }
    }
done:
    diag_list_free(&dl);
    arena_free(&scratch);
}

/* Reads a whole file into r->text, NUL-terminated: a regular file with one
 * open, fstat and read, anything else (a pipe, a device) until it ends.
 * Returns false with errno set on failure; files over 1 GiB are refused
 * with EFBIG (as source_read does). */
static bool read_file(FmtRun *r, const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st;
    int e = 0;
    if (fstat(fd, &st) != 0) e = errno;
    else if (S_ISDIR(st.st_mode)) e = EISDIR;
    else if (S_ISREG(st.st_mode) && st.st_size > (1 << 30)) e = EFBIG;
    size_t want = !e && S_ISREG(st.st_mode) ? (size_t)st.st_size : SIZE_MAX; /* read all fstat promised */
    StrBuf *b = &r->text;
    b->len = 0;
    while (!e && b->len < want) {
        size_t room = S_ISREG(st.st_mode) ? want - b->len : 65536;
        if (b->cap - b->len < room + 1) {
            size_t cap = b->len + room + 1;
            if (!S_ISREG(st.st_mode) && cap < 2 * b->cap) cap = 2 * b->cap;
            b->data = mem_realloc(b->data, cap);
            b->cap = cap;
        }
        ssize_t n = read(fd, b->data + b->len, room);
        if (n < 0) {
            if (errno != EINTR) e = errno;
            continue;
        }
        if (n == 0) break;
        b->len += (size_t)n;
        if (b->len > (1u << 30)) e = EFBIG;
    }
    close(fd);
    if (e) {
        errno = e;
        return false;
    }
    sb_append(b, "", 0); /* NUL-terminated, as the lexer wants */
    return true;
}

static void format_path_file(FmtRun *r, const char *path) {
    if (!read_file(r, path)) {
        fprintf(r->stderr_, "tfcheck fmt: %s: %s\n", path, strerror(errno));
        r->errors = true;
        return;
    }
    SourceFile src;
    memset(&src, 0, sizeof src); /* no line table: fmt_file makes one if it reports */
    src.path = path;
    src.text = r->text.data;
    src.len = (uint32_t)r->text.len;
    src.bom = src.len >= 3 && memcmp(src.text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    format_text(r, path, path, &src, false);
}

static void format_stdin(FmtRun *r) {
    StrBuf in = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) sb_append(&in, buf, n);
    Arena a;
    arena_init(&a);
    SourceFile *src = source_from_memory(&a, "<stdin>", in.data ? in.data : "", in.len);
    sb_free(&in);
    if (!src) {
        fprintf(r->stderr_, "tfcheck fmt: standard input is too large\n");
        r->errors = true;
    } else {
        format_text(r, "<stdin>", NULL, src, true);
    }
    arena_free(&a);
}

static void format_range(FmtRun *r, uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; i++) {
        const FmtItem *it = &r->items.data[i];
        switch (it->kind) {
        case ITEM_FILE: format_path_file(r, it->path); break;
        case ITEM_STDIN: format_stdin(r); break;
        case ITEM_ERROR:
            fputs(it->path, r->stderr_);
            r->errors = true;
            break;
        }
    }
}

/* Lists shorter than this are formatted by one process: a second one costs
 * more to start than it saves. */
enum { SPLIT_MIN_ITEMS = 64 };

/* Formats every item, in order.  A long list of files on a machine with more
 * than one processor is split in two: a child process formats the first
 * half, reporting straight to standard output and error, while this one
 * formats the second half, reporting into memory, which it writes out once
 * the child is done; so the output comes in the same order as from one
 * process.  Processes rather than threads, because a process needs nothing
 * shared made safe (the allocation hook's counters, for one, are
 * process-wide); the child's exit status carries its errors and changes. */
static void format_items(FmtRun *r) {
    uint32_t n = r->items.len;
    bool split = n >= SPLIT_MIN_ITEMS && sysconf(_SC_NPROCESSORS_ONLN) > 1;
    for (uint32_t i = 0; split && i < n; i++)
        if (r->items.data[i].kind == ITEM_STDIN) split = false;
    char *out_buf = NULL, *err_buf = NULL;
    size_t out_len = 0, err_len = 0;
    FILE *out_mem = NULL, *err_mem = NULL;
    if (split) {
        out_mem = open_memstream(&out_buf, &out_len);
        err_mem = open_memstream(&err_buf, &err_len);
        if (!out_mem || !err_mem) split = false;
    }
    pid_t child = -1;
    if (split) {
        fflush(stdout); /* nothing buffered may be written twice */
        fflush(stderr);
        child = fork();
    }
    if (child == 0) { /* the first half, reported as it goes */
        format_range(r, 0, n / 2);
        fflush(stdout);
        fflush(stderr);
        _exit((r->errors ? 1 : 0) | (r->changed ? 2 : 0));
    }
    if (child < 0) { /* one process for all */
        if (out_mem) fclose(out_mem);
        if (err_mem) fclose(err_mem);
        free(out_buf);
        free(err_buf);
        format_range(r, 0, n);
        return;
    }
    r->stdout_ = out_mem;
    r->stderr_ = err_mem;
    format_range(r, n / 2, n);
    fclose(out_mem);
    fclose(err_mem);
    int status = 0;
    pid_t got;
    while ((got = waitpid(child, &status, 0)) < 0 && errno == EINTR) {
    }
    if (got == child && WIFEXITED(status)) {
        if (WEXITSTATUS(status) & 1) r->errors = true;
        if (WEXITSTATUS(status) & 2) r->changed = true;
    } else {
        fprintf(stderr, "tfcheck fmt: the process formatting the first %u files failed\n", n / 2);
        r->errors = true;
    }
    fwrite(out_buf, 1, out_len, stdout);
    fwrite(err_buf, 1, err_len, stderr);
    free(out_buf);
    free(err_buf);
    r->stdout_ = stdout;
    r->stderr_ = stderr;
}

int cmd_fmt(int argc, char **argv, int first) {
    FmtOptions o;
    memset(&o, 0, sizeof o);
    o.write = o.list = true;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        bool ok = true, v;
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            vec_push(&o.paths, a);
            continue;
        }
        /* terraform accepts one or two dashes */
        const char *opt = a[1] == '-' ? a + 1 : a;
        if (parse_bool_opt(opt, "-check", &o.check, &ok) || parse_bool_opt(opt, "-diff", &o.diff, &ok) ||
            parse_bool_opt(opt, "-list", &o.list, &ok) || parse_bool_opt(opt, "-recursive", &o.recursive, &ok)) {
        } else if (strcmp(opt, "-full-parse") == 0) {
            o.full_parse = true;
        } else if (parse_bool_opt(opt, "-write", &v, &ok)) {
            o.write = v;
            o.write_set = true;
        } else if (strcmp(opt, "-h") == 0 || strcmp(opt, "-help") == 0) {
            fputs("Usage: tfcheck fmt [-check] [-diff] [-write=true|false] [-list=true|false] [-recursive] [PATH ...]\n"
                  "\n"
                  "Rewrites Terraform files (.tf, .tfvars, .tftest.hcl, .tfmock.hcl) in the canonical\n"
                  "format, byte for byte as terraform fmt does. PATH defaults to the current\n"
                  "directory; - reads standard input and writes the result to standard output.\n"
                  "\n"
                  "  -check       write nothing; exit 3 when some file is not formatted\n"
                  "  -diff        print a unified diff of each change\n"
                  "  -write=false do not rewrite files\n"
                  "  -list=false  do not list the files that change\n"
                  "  -recursive   also process subdirectories\n"
                  "\n"
                  "Exit status: 0 done, 2 syntax errors or unreadable input, 3 -check found changes.\n",
                  stdout);
            vec_free(&o.paths);
            return 0;
        } else {
            ok = false;
        }
        if (!ok) {
            fprintf(stderr, "tfcheck fmt: unknown or malformed option '%s'\nRun 'tfcheck fmt -help' for usage.\n", a);
            vec_free(&o.paths);
            return 2;
        }
    }
    if (o.check) {
        if (!o.write_set) o.write = false;
    }
    if (o.paths.len == 0) vec_push(&o.paths, ".");
    Arena arena;
    arena_init(&arena);
    Interner names;
    interner_init(&names);
    FmtRun r;
    memset(&r, 0, sizeof r);
    r.o = &o;
    r.a = &arena;
    r.work = fmt_work_new();
    r.names = &names;
    r.stdout_ = stdout;
    r.stderr_ = stderr;
    find_items(&r);
    format_items(&r);
    fflush(stdout);
    fmt_work_free(r.work);
    vec_free(&r.items);
    sb_free(&r.text);
    sb_free(&r.out);
    interner_free(&names);
    arena_free(&arena);
    vec_free(&o.paths);
    if (r.errors) return 2;
    if (o.check && r.changed) return 3;
    return 0;
}
