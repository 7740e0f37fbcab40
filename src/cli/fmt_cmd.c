/* fmt_cmd.c - `tfcheck fmt`, with terraform fmt's options and exit codes:
 *   tfcheck fmt [-check] [-diff] [-write=true|false] [-list=true|false]
 *               [-recursive] [PATH ...]
 * PATH is a file, a directory (its .tf, .tfvars, .tftest.hcl and .tfmock.hcl
 * files), or - for standard input (formatted to standard output).  Exit 0
 * when done, 2 on syntax errors or unreadable input (such files are never
 * rewritten), 3 under -check when some file is not formatted.  Writes are
 * atomic (a temporary file in the same directory, renamed over the old one),
 * keep the file's mode, and happen only when the content changes. */
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
    Vec(const char *) paths;
} FmtOptions;

typedef struct FmtRun {
    FmtOptions *o;
    Arena *a;
    Interner *names;
    bool errors;      /* syntax errors or unreadable input */
    bool changed;     /* some file is (or was) not formatted */
    bool color;
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
static void format_text(FmtRun *r, Arena *a, const char *display, const char *path, const SourceFile *src,
                        bool from_stdin) {
    DiagList dl;
    diag_list_init(&dl, a);
    const char *text = src->text;
    size_t len = src->len;
    StrBuf out = {0};
    if (!fmt_format(src, a, r->names, &dl, &out)) {
        print_diags(&dl);
        diag_list_free(&dl);
        sb_free(&out);
        r->errors = true;
        return;
    }
    diag_list_free(&dl);
    if (from_stdin && (out.len == 0 || out.data[out.len - 1] != '\n'))
        sb_putc(&out, '\n'); /* as terraform fmt prints standard input's result */
    bool differs = out.len != len || memcmp(out.data, text, len) != 0;
    if (from_stdin) {
        if (r->o->diff && differs) {
            StrBuf d = {0};
            fmt_unified_diff("<stdin>", text, len, out.data, out.len, &d);
            fwrite(d.data, 1, d.len, stdout);
            sb_free(&d);
        } else if (!r->o->check) {
            fwrite(out.data, 1, out.len, stdout);
        }
        if (differs) r->changed = true;
        sb_free(&out);
        return;
    }
    if (differs) {
        r->changed = true;
        if (r->o->list) printf("%s\n", display);
        if (r->o->write) {
            const char *why = NULL;
            struct stat st;
            if (stat(path, &st) != 0) {
                fprintf(stderr, "tfcheck fmt: cannot write %s: %s\n", display, strerror(errno));
                r->errors = true;
            } else if (!write_atomic(path, out.data, out.len, st.st_mode, &why)) {
                fprintf(stderr, "tfcheck fmt: cannot write %s: %s\n", display, why);
                r->errors = true;
            }
        }
        if (r->o->diff) {
            StrBuf d = {0};
            fmt_unified_diff(display, text, len, out.data, out.len, &d);
            fwrite(d.data, 1, d.len, stdout);
            sb_free(&d);
        }
    }
    sb_free(&out);
}

static void format_path_file(FmtRun *r, const char *path) {
    Arena scratch;
    arena_init(&scratch);
    SourceFile *src = source_read(&scratch, path);
    if (!src) {
        fprintf(stderr, "tfcheck fmt: %s: %s\n", path, strerror(errno));
        r->errors = true;
        arena_free(&scratch);
        return;
    }
    src->path = path;
    format_text(r, &scratch, path, path, src, false); /* one arena per file */
    arena_free(&scratch);
}

/* Sorts "<type byte><name>" entries by name. */
static int cmp_entry(const void *a, const void *b) {
    return strcmp(*(const char *const *)a + 1, *(const char *const *)b + 1);
}

static void format_dir(FmtRun *r, const char *dir, int depth) {
    if (depth > 128) return;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "tfcheck fmt: %s: %s\n", dir, strerror(errno));
        r->errors = true;
        return;
    }
    Vec(char *) names = {0};
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        size_t n = strlen(de->d_name);
        char *c = mem_alloc(n + 2);
        c[0] = (char)de->d_type; /* the entry's type travels in front of its name */
        memcpy(c + 1, de->d_name, n + 1);
        vec_push(&names, c);
    }
    closedir(d);
    if (names.len) qsort(names.data, names.len, sizeof(char *), cmp_entry);
    Vec(unsigned char) types = {0};
    for (uint32_t i = 0; i < names.len; i++) {
        vec_push(&types, (unsigned char)names.data[i][0]);
        memmove(names.data[i], names.data[i] + 1, strlen(names.data[i] + 1) + 1);
    }
    for (uint32_t i = 0; i < names.len; i++) {
        const char *n = names.data[i];
        size_t dl = strlen(dir);
        while (dl > 1 && dir[dl - 1] == '/') dl--;
        char *child = (dl == 1 && dir[0] == '.') ? arena_strndup(r->a, n, strlen(n))
                                                 : arena_printf(r->a, "%.*s/%s", (int)dl, dir, n);
        unsigned char type = types.data[i];
        if (type == DT_UNKNOWN || type == DT_LNK) { /* ask the file system */
            struct stat st;
            if (lstat(child, &st) != 0) continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            if (r->o->recursive && n[0] != '.') format_dir(r, child, depth + 1);
            continue;
        }
        if (type == DT_REG && fmt_file_kind(n)) format_path_file(r, child);
    }
    for (uint32_t i = 0; i < names.len; i++) mem_free(names.data[i]);
    vec_free(&names);
    vec_free(&types);
}

static void format_stdin(FmtRun *r) {
    StrBuf in = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) sb_append(&in, buf, n);
    SourceFile *src = source_from_memory(r->a, "<stdin>", in.data ? in.data : "", in.len);
    sb_free(&in);
    if (!src) {
        fprintf(stderr, "tfcheck fmt: standard input is too large\n");
        r->errors = true;
        return;
    }
    format_text(r, r->a, "<stdin>", NULL, src, true);
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
    FmtRun r = {&o, &arena, &names, false, false, false};
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
    interner_free(&names);
    arena_free(&arena);
    vec_free(&o.paths);
    if (r.errors) return 2;
    if (o.check && r.changed) return 3;
    return 0;
}
