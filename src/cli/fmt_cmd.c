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
 * Files are read into one reused buffer and formatted with one FmtWork, so
 * a file costs an open, fstat, read and close and no allocation; under
 * -check (without -diff) no output is built at all.  The option -full-parse,
 * for tests, checks every file's syntax with the full parser (see
 * src/fmt/validate.c). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

typedef struct FmtRun {
    FmtOptions *o;
    FmtWork *work;    /* the formatter's buffers, reused for every file */
    Interner *names;
    StrBuf text;      /* the file being formatted, reused */
    StrBuf out;       /* its formatted text, when one is needed */
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

static void print_diags(DiagList *dl) {
    if (!dl->items.len) return;
    diag_sort(dl);
    ReportSummary sum = {1, NULL, 0};
    report_text(stderr, dl, &sum, false);
}

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
        print_diags(&dl);
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
            fwrite(d.data, 1, d.len, stdout);
            sb_free(&d);
        } else if (!r->o->check) {
            fwrite(out->data, 1, out->len, stdout);
        }
        if (differs) r->changed = true;
        goto done;
    }
    if (st == FMT_CHANGED) {
        r->changed = true;
        if (r->o->list) printf("%s\n", display);
        if (r->o->write) {
            const char *why = NULL;
            struct stat sb;
            if (stat(path, &sb) != 0) {
                fprintf(stderr, "tfcheck fmt: cannot write %s: %s\n", display, strerror(errno));
                r->errors = true;
            } else if (!write_atomic(path, out->data, out->len, sb.st_mode, &why)) {
                fprintf(stderr, "tfcheck fmt: cannot write %s: %s\n", display, why);
                r->errors = true;
            }
        }
        if (r->o->diff) {
            StrBuf d = {0};
            fmt_unified_diff(display, text, len, out->data, out->len, &d);
            fwrite(d.data, 1, d.len, stdout);
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
    size_t want = S_ISREG(st.st_mode) ? (size_t)st.st_size : SIZE_MAX; /* read all fstat promised */
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
        fprintf(stderr, "tfcheck fmt: %s: %s\n", path, strerror(errno));
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

/* Sorts "<type byte><name>" entries by name. */
static int cmp_entry(const void *a, const void *b) {
    return strcmp(*(const char *const *)a + 1, *(const char *const *)b + 1);
}

/* A directory's entries in name order (as terraform reads them), then its
 * files and, with -recursive, its subdirectories. */
static void format_dir(FmtRun *r, const char *dir, int depth) {
    if (depth > 128) return;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "tfcheck fmt: %s: %s\n", dir, strerror(errno));
        r->errors = true;
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
    if (names.len) qsort(names.data, names.len, sizeof(char *), cmp_entry);
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/') dl--;
    bool here = dl == 1 && dir[0] == '.';
    StrBuf child = {0};
    for (uint32_t i = 0; i < names.len; i++) {
        unsigned char type = (unsigned char)names.data[i][0];
        const char *n = names.data[i] + 1;
        child.len = 0;
        if (!here) {
            sb_append(&child, dir, dl);
            sb_putc(&child, '/');
        }
        sb_puts(&child, n);
        if (type == DT_UNKNOWN || type == DT_LNK) { /* ask the file system */
            struct stat st;
            if (lstat(child.data, &st) != 0) continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            if (r->o->recursive && n[0] != '.') format_dir(r, child.data, depth + 1);
            continue;
        }
        if (type == DT_REG && fmt_file_kind(n)) format_path_file(r, child.data);
    }
    sb_free(&child);
    vec_free(&names);
    sb_free(&all);
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
        fprintf(stderr, "tfcheck fmt: standard input is too large\n");
        r->errors = true;
    } else {
        format_text(r, "<stdin>", NULL, src, true);
    }
    arena_free(&a);
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
    Interner names;
    interner_init(&names);
    FmtRun r;
    memset(&r, 0, sizeof r);
    r.o = &o;
    r.work = fmt_work_new();
    r.names = &names;
    for (uint32_t i = 0; i < o.paths.len; i++) {
        const char *p = o.paths.data[i];
        if (strcmp(p, "-") == 0) {
            format_stdin(&r);
            continue;
        }
        struct stat st;
        if (stat(p, &st) != 0) {
            fprintf(stderr, "tfcheck fmt: %s: %s\n", p, strerror(errno));
            r.errors = true;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            format_dir(&r, p, 0);
        } else if (!fmt_file_kind(p)) {
            fprintf(stderr, "tfcheck fmt: %s: only .tf, .tfvars, .tftest.hcl and .tfmock.hcl files can be "
                            "formatted\n", p);
            r.errors = true;
        } else {
            format_path_file(&r, p);
        }
    }
    fflush(stdout);
    fmt_work_free(r.work);
    sb_free(&r.text);
    sb_free(&r.out);
    interner_free(&names);
    vec_free(&o.paths);
    if (r.errors) return 2;
    if (o.check && r.changed) return 3;
    return 0;
}
