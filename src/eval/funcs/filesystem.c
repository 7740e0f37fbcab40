/* filesystem.c - abspath, basename, dirname, pathexpand, file, filebase64,
 * fileexists, fileset, templatefile.
 *
 * Paths follow Go's path/filepath on Unix (Clean, Join, Base, Dir, Rel) and
 * go-homedir's ~ expansion; fileset globs as doublestar v1.1.5 does, the
 * version Terraform 1.11 uses.  Relative paths resolve against the module
 * directory (fc->base_dir); messages name paths as Terraform does, quoted,
 * or "(sensitive value)" when the argument is sensitive. */
#include "funcs_int.h"

#include "../eval_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

/* ---- C strings, Go's quoting and error words --------------------------------- */

/* Path arguments are handled as C strings: a NUL byte is read as 0xFF,
 * which no UTF-8 string holds, no file name matches and no path rule
 * treats specially, and is turned back into NUL in results and quoting. */
#define NUL_STAND_IN '\xff'


/* %q of a path or name, for messages. */
static const char *fs_quote(Arena *a, const char *s) { return val_go_quote(a, s, strlen(s)); }

static char *c_path(Arena *a, const Value *v) {
    char *s = arena_strndup(a, arg_str(v), v->len);
    for (uint32_t i = 0; i < v->len; i++)
        if (s[i] == '\0') s[i] = NUL_STAND_IN;
    return s;
}

/* A path for unquoted message text: NUL bytes written as \x00. */
static const char *p_text(Arena *a, const char *s) {
    StrBuf sb = {0};
    for (; *s; s++)
        if (*s == NUL_STAND_IN) sb_puts(&sb, "\\x00");
        else sb_putc(&sb, *s);
    const char *r = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

static Value *path_value(Arena *a, const char *s) {
    size_t n = strlen(s);
    char *copy = arena_strndup(a, s, n);
    for (size_t i = 0; i < n; i++)
        if (copy[i] == NUL_STAND_IN) copy[i] = '\0';
    return val_string(a, copy, n);
}

/* A path for a message: quoted, or hidden when the argument is sensitive
 * (Terraform's redactIfSensitive). */
static const char *shown(Arena *a, const char *path, bool sensitive) {
    return sensitive ? "(sensitive value)" : fs_quote(a, path);
}

/* Go's text for an errno (its syscall table, which is strerror in lower case). */
static const char *errno_text(Arena *a, int e) {
    static const struct { int e; const char *text; } table[] = {
        {ENOENT, "no such file or directory"}, {EACCES, "permission denied"},
        {ENOTDIR, "not a directory"},          {EISDIR, "is a directory"},
        {ELOOP, "too many levels of symbolic links"}, {ENAMETOOLONG, "file name too long"},
        {EMFILE, "too many open files"},       {EIO, "input/output error"},
        {EPERM, "operation not permitted"},    {ENXIO, "no such device or address"},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].e == e) return table[i].text;
    return arena_printf(a, "errno %d", e);
}

/* ---- Go's path/filepath ------------------------------------------------------ */

/* Clean: the shortest lexically equal path ("a//b/../c/" -> "a/c", "" -> "."). */
char *go_path_clean(Arena *a, const char *p) {
    size_t n = strlen(p);
    if (n == 0) return arena_strndup(a, ".", 1);
    bool rooted = p[0] == '/';
    char *out = arena_alloc(a, n + 2);
    size_t w = 0, r = 0, dotdot = 0;
    if (rooted) out[w++] = '/', r = 1, dotdot = 1;
    while (r < n) {
        if (p[r] == '/') r++;
        else if (p[r] == '.' && (r + 1 == n || p[r + 1] == '/')) r++;
        else if (p[r] == '.' && p[r + 1] == '.' && (r + 2 == n || p[r + 2] == '/')) {
            r += 2;
            if (w > dotdot) {
                w--;
                while (w > dotdot && out[w] != '/') w--;
            } else if (!rooted) {
                if (w > 0) out[w++] = '/';
                out[w++] = '.', out[w++] = '.';
                dotdot = w;
            }
        } else {
            if ((rooted && w != 1) || (!rooted && w != 0)) out[w++] = '/';
            while (r < n && p[r] != '/') out[w++] = p[r++];
        }
    }
    if (w == 0) out[w++] = '.';
    out[w] = 0;
    return out;
}

/* Join: the non-empty elements joined with '/' and cleaned ("" when none). */
static char *path_join(Arena *a, const char *x, const char *y) {
    if (!*x && !*y) return arena_strndup(a, "", 0);
    if (!*x) return go_path_clean(a, y);
    if (!*y) return go_path_clean(a, x);
    return go_path_clean(a, arena_printf(a, "%s/%s", x, y));
}

static const char *path_base(Arena *a, const char *p) {
    size_t n = strlen(p);
    if (n == 0) return ".";
    while (n > 0 && p[n - 1] == '/') n--;
    if (n == 0) return "/";
    size_t i = n;
    while (i > 0 && p[i - 1] != '/') i--;
    return arena_strndup(a, p + i, n - i);
}

static const char *path_dir(Arena *a, const char *p) {
    size_t i = strlen(p);
    while (i > 0 && p[i - 1] != '/') i--;
    return go_path_clean(a, arena_strndup(a, p, i));
}

/* Rel: targ relative to base, both cleaned first; NULL when it cannot be. */
static const char *path_rel(Arena *a, const char *basepath, const char *targpath) {
    const char *base = go_path_clean(a, basepath), *targ = go_path_clean(a, targpath);
    if (strcmp(base, targ) == 0) return ".";
    if (strcmp(base, ".") == 0) base = "";
    if ((base[0] == '/') != (targ[0] == '/')) return NULL;
    size_t bl = strlen(base), tl = strlen(targ), b0 = 0, bi = 0, t0 = 0, ti = 0;
    for (;;) {
        while (bi < bl && base[bi] != '/') bi++;
        while (ti < tl && targ[ti] != '/') ti++;
        if (bi - b0 != ti - t0 || memcmp(targ + t0, base + b0, bi - b0) != 0) break;
        if (bi < bl) bi++;
        if (ti < tl) ti++;
        b0 = bi, t0 = ti;
    }
    if (bi - b0 == 2 && base[b0] == '.' && base[b0 + 1] == '.') return NULL;
    if (b0 == bl) return arena_strndup(a, targ + t0, tl - t0);
    StrBuf sb = {0};
    sb_puts(&sb, "..");
    for (size_t i = b0; i < bl; i++)
        if (base[i] == '/') sb_puts(&sb, "/..");
    if (t0 != tl) {
        sb_putc(&sb, '/');
        sb_append(&sb, targ + t0, tl - t0);
    }
    const char *r = arena_strndup(a, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

/* go-homedir's Expand: a leading "~" or "~/" becomes the home directory
 * ($HOME, else the password database).  NULL with *err on failure. */
static const char *home_expand(Arena *a, const char *path, const char **err) {
    if (path[0] != '~') return path;
    if (path[1] && path[1] != '/' && path[1] != '\\') {
        *err = "cannot expand user-specific home dir";
        return NULL;
    }
    const char *home = getenv("HOME");
    char *buf = NULL;
    if (!home || !*home) {
        struct passwd pw, *res = NULL;
        size_t cap = 4096;
        buf = mem_alloc(cap);
        if (getpwuid_r(getuid(), &pw, buf, cap, &res) == 0 && res && res->pw_dir && *res->pw_dir)
            home = arena_strndup(a, res->pw_dir, strlen(res->pw_dir));
        mem_free(buf);
        if (!home || !*home) {
            *err = "blank output when reading home directory";
            return NULL;
        }
    }
    return path_join(a, home, path + 1);
}

/* os.Getwd: $PWD when it names the current directory, else getcwd(). */
static const char *working_dir(Arena *a) {
    const char *pwd = getenv("PWD");
    struct stat dot, d;
    if (pwd && pwd[0] == '/' && stat(".", &dot) == 0 && stat(pwd, &d) == 0 && dot.st_dev == d.st_dev &&
        dot.st_ino == d.st_ino)
        return pwd;
    for (size_t cap = 256;; cap *= 2) {
        char *buf = mem_alloc(cap);
        if (getcwd(buf, cap)) {
            const char *r = arena_strndup(a, buf, strlen(buf));
            mem_free(buf);
            return r;
        }
        mem_free(buf);
        if (errno != ERANGE || cap > 65536) return NULL;
    }
}

/* The path a file function opens: ~ expanded, relative to the module
 * directory, cleaned (Terraform's openFile). */
static const char *resolve(FuncCall *fc, const char *path, const char **err) {
    const char *p = home_expand(fc->a, path, err);
    if (!p) return NULL;
    if (p[0] != '/') p = path_join(fc->a, fc->base_dir ? fc->base_dir : ".", p);
    return go_path_clean(fc->a, p);
}

/* ---- reading files ------------------------------------------------------------ */

typedef struct Bytes {
    char *data;               /* heap (mem_alloc), NUL-terminated */
    size_t len;
} Bytes;

/* Reads the file a path argument names.  On failure returns Terraform's
 * message for the "path" parameter. */
static const char *read_file(FuncCall *fc, const char *path, bool sensitive, Bytes *out) {
    const char *err = NULL;
    const char *p = resolve(fc, path, &err);
    out->data = NULL, out->len = 0;
    if (!p) return arena_printf(fc->a, "failed to expand ~: %s", err);
    if (strchr(p, NUL_STAND_IN)) return arena_printf(fc->a, "open %s: invalid argument", p_text(fc->a, p));
    int fd = open(p, O_RDONLY);
    if (fd < 0) {
        if (errno == ENOENT)
            return arena_printf(fc->a,
                                "no file exists at %s; this function works only with files that are distributed "
                                "as part of the configuration source code, so if this file will be created by a "
                                "resource in this configuration you must instead obtain this result from an "
                                "attribute of that resource",
                                shown(fc->a, p, sensitive));
        return arena_printf(fc->a, "open %s: %s", p, errno_text(fc->a, errno));
    }
    size_t cap = 4096;
    out->data = mem_alloc(cap);
    for (;;) {
        if (out->len + 1 >= cap) {
            if (cap > ((size_t)1 << 30)) {
                close(fd);
                return arena_printf(fc->a, "failed to read file: read %s: file too large", p);
            }
            cap *= 2;
            out->data = mem_realloc(out->data, cap);
        }
        ssize_t n = read(fd, out->data + out->len, cap - out->len - 1);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int e = errno;
            close(fd);
            mem_free(out->data);
            out->data = NULL;
            return arena_printf(fc->a, "failed to read file: read %s: %s", p, errno_text(fc->a, e));
        }
        if (n == 0) break;
        out->len += (size_t)n;
    }
    close(fd);
    out->data[out->len] = 0;
    return NULL;
}

static bool utf8_valid(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (len == 0) return false;
        i += (size_t)len;
    }
    return true;
}

/* The file's text (file() and templatefile's loading): NULL after reporting
 * the error. */
static Value *file_text(FuncCall *fc, const Value *arg) {
    Bytes b;
    const char *path = c_path(fc->a, arg);
    const char *err = read_file(fc, path, arg->sensitive, &b);
    if (err) return func_arg_error(fc, 0, "%s", err);
    if (!utf8_valid(b.data, b.len)) {
        mem_free(b.data);
        return func_fail(fc,
                         "contents of %s are not valid UTF-8; use the filebase64 function to obtain the Base64 "
                         "encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file "
                         "hashing results instead",
                         shown(fc->a, path, arg->sensitive));
    }
    Value *v = val_string(fc->a, b.data, b.len);
    mem_free(b.data);
    return val_mark(fc->a, v, arg->sensitive);
}

Value *fn_file(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return file_text(fc, args[0]);
}

Value *fn_filebase64(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    Bytes b;
    const char *err = read_file(fc, c_path(fc->a, args[0]), args[0]->sensitive, &b);
    if (err) return func_arg_error(fc, 0, "%s", err);
    char *out = ARENA_ARRAY(fc->a, char, (b.len + 2) / 3 * 4 + 1);
    size_t w = 0;
    const unsigned char *s = (const unsigned char *)b.data;
    for (size_t i = 0; i < b.len; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16 | (i + 1 < b.len ? (uint32_t)s[i + 1] << 8 : 0) |
                     (i + 2 < b.len ? s[i + 2] : 0);
        out[w++] = digits[v >> 18 & 63];
        out[w++] = digits[v >> 12 & 63];
        out[w++] = i + 1 < b.len ? digits[v >> 6 & 63] : '=';
        out[w++] = i + 2 < b.len ? digits[v & 63] : '=';
    }
    mem_free(b.data);
    return val_mark(fc->a, val_string_raw(fc->a, out, w), args[0]->sensitive);
}

Value *fn_fileexists(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    bool sens = args[0]->sensitive;
    const char *err = NULL;
    const char *p = resolve(fc, c_path(fc->a, args[0]), &err);
    if (!p) return func_fail(fc, "failed to expand ~: %s", err);
    struct stat st;
    bool nul = strchr(p, NUL_STAND_IN) != NULL;   /* names with NUL are refused (EINVAL) */
    if (nul || stat(p, &st) != 0) {
        if (!nul && errno == ENOENT) return val_mark(fc->a, val_bool(fc->a, false), sens);
        return func_fail(fc, "failed to stat %s", shown(fc->a, p, sens));
    }
    if (S_ISREG(st.st_mode)) return val_mark(fc->a, val_bool(fc->a, true), sens);
    const char *what = S_ISDIR(st.st_mode)    ? "is a directory, not a file"
                       : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "is a device node, not a regular file"
                       : S_ISFIFO(st.st_mode) ? "is a named pipe, not a regular file"
                       : S_ISSOCK(st.st_mode) ? "is a unix domain socket, not a regular file"
                                              : "is not a regular file";
    return func_fail(fc, "%s %s", shown(fc->a, p, sens), what);
}

/* ---- path functions --------------------------------------------------------------- */

Value *fn_abspath(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *p = c_path(fc->a, args[0]);
    if (p[0] != '/') {
        const char *wd = working_dir(fc->a);
        if (!wd) return func_fail(fc, "getwd: %s", errno_text(fc->a, errno));
        p = path_join(fc->a, wd, p);
    }
    return path_value(fc->a, go_path_clean(fc->a, p));
}

Value *fn_basename(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return path_value(fc->a, path_base(fc->a, c_path(fc->a, args[0])));
}

Value *fn_dirname(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return path_value(fc->a, path_dir(fc->a, c_path(fc->a, args[0])));
}

Value *fn_pathexpand(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *err = NULL;
    const char *p = home_expand(fc->a, c_path(fc->a, args[0]), &err);
    if (!p) return func_fail(fc, "%s", err);
    return path_value(fc->a, p);
}

/* ---- fileset: doublestar v1.1.5's Glob ----------------------------------------------
 * A pattern is split into '/'-separated components (a '\' escapes); leading
 * components without metacharacters name directories directly, "**" matches
 * any number of directories, and the rest match one name each.  Errors
 * (a malformed class or alternative) surface as that library lets them:
 * only from the match that was tried last. */

enum { GLOB_MAX_DEPTH = 256 };

typedef Vec(const char *) Names;

typedef struct Glob {
    Arena *a;
    Names matches;
    bool bad;                 /* ErrBadPattern, as returned */
} Glob;

/* The index of rune r in s[0..n) not preceded by '\', or -1. */
static long index_unescaped(const char *s, size_t n, char r) {
    for (size_t i = 0; i < n; i++)
        if (s[i] == r && (i == 0 || s[i - 1] != '\\')) return (long)i;
    return -1;
}

/* splitPathOnSeparator: the parts between unescaped separators. */
static Names split_unescaped(Arena *a, const char *s, size_t n, char sep) {
    Names parts = {0};
    if (!memchr(s, sep, n)) {
        vec_push(&parts, arena_strndup(a, s, n));
        return parts;
    }
    for (size_t start = 0; start < n;) {
        long end = index_unescaped(s + start, n - start, sep);
        size_t e = end < 0 ? n : start + (size_t)end;
        vec_push(&parts, arena_strndup(a, s + start, e - start));
        start = e + 1;
    }
    return parts;
}

static int rune(const char *s, size_t n, uint32_t *cp) {
    if (n == 0) {
        *cp = 0xFFFD;
        return 0;
    }
    int len = utf8_decode((const unsigned char *)s, n, cp);
    if (len == 0) *cp = 0xFFFD, len = 1;
    return len;
}

/* A character class body [lo-hi...]: *matches, or false when malformed. */
static bool match_class(const char *cls, size_t n, uint32_t c, bool *matches) {
    uint32_t runes[256];
    size_t count = 0;
    for (size_t i = 0; i < n && count < 256;) {
        int len = rune(cls + i, n - i, &runes[count++]);
        i += (size_t)len;
    }
    if (count == 0) return false;
    size_t i = runes[0] == '^';
    bool hit = false;
    while (i < count) {
        uint32_t lo = runes[i++];
        if (lo == '-') return false;
        if (lo == '\\') {
            if (i >= count) return false;
            lo = runes[i++];
        }
        uint32_t hi = lo;
        if (i < count && runes[i] == '-') {
            if (++i >= count) return false;
            hi = runes[i++];
            if (hi == '-') return false;
            if (hi == '\\') {
                if (i >= count) return false;
                hi = runes[i++];
            }
        }
        if (lo <= c && c <= hi) hit = true;
    }
    *matches = hit != (runes[0] == '^');
    return true;
}

/* matchComponent(pattern, name): *bad set on a malformed pattern. */
static bool match_component(Arena *a, const char *pat, size_t pn, const char *name, size_t nn, bool *bad,
                            int depth) {
    size_t pi = 0, ni = 0;
    if (depth > GLOB_MAX_DEPTH) return false;
    while (pi < pn && ni < nn) {
        uint32_t pr, nr;
        int padj = rune(pat + pi, pn - pi, &pr);
        int nadj = rune(name + ni, nn - ni, &nr);
        if (pr == '\\') {
            pi += (size_t)padj;
            padj = rune(pat + pi, pn - pi, &pr);
            if (padj == 0 || pr == 0xFFFD) {
                *bad = true;
                return false;
            }
            if (pr != nr) return false;
            pi += (size_t)padj, ni += (size_t)nadj;
        } else if (pr == '*') {
            pi += (size_t)padj;
            if (pi >= pn) return true;
            /* the library steps by the width of the rune first met here */
            for (; ni < nn; ni += (size_t)nadj)
                if (match_component(a, pat + pi, pn - pi, name + ni, nn - ni, bad, depth + 1)) return true;
            return false;
        } else if (pr == '[') {
            pi += (size_t)padj;
            long end = index_unescaped(pat + pi, pn - pi, ']');
            bool hit;
            if (end < 0 || !match_class(pat + pi, (size_t)end, nr, &hit)) {
                *bad = true;
                return false;
            }
            if (!hit) return false;
            pi += (size_t)end + 1, ni += (size_t)nadj;
        } else if (pr == '{') {
            pi += (size_t)padj;
            long end = index_unescaped(pat + pi, pn - pi, '}');
            if (end < 0) {
                *bad = true;
                return false;
            }
            Names opts = split_unescaped(a, pat + pi, (size_t)end, ',');
            const char *rest = pat + pi + end + 1;
            size_t rn = pn - pi - (size_t)end - 1;
            bool m = false;
            for (uint32_t k = 0; k < opts.len && !m && !*bad; k++) {
                const char *alt = arena_printf(a, "%s%.*s", opts.data[k], (int)rn, rest);
                m = match_component(a, alt, strlen(alt), name + ni, nn - ni, bad, depth + 1);
            }
            vec_free(&opts);
            return m && !*bad;
        } else if (pr == '?' || pr == nr) {
            pi += (size_t)padj, ni += (size_t)nadj;
        } else {
            return false;
        }
    }
    if (pi >= pn && ni >= nn) return true;
    if (ni >= nn && ((pn - pi == 1 && pat[pi] == '*') || (pn - pi == 2 && pat[pi] == '*' && pat[pi + 1] == '*')))
        return true;
    return false;
}

/* One directory entry, as os.File.Readdir describes it (lstat). */
typedef struct Entry {
    const char *name;
    bool is_dir, is_link;
} Entry;

typedef Vec(Entry) Entries;

/* The entries of dir in the order the system lists them, as Readdir does. */
static Entries read_dir(Arena *a, const char *dir) {
    Entries es = {0};
    DIR *d = opendir(dir);
    if (!d) return es;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        Entry e = {arena_strndup(a, de->d_name, strlen(de->d_name)), false, false};
        struct stat st;
        if (lstat(path_join(a, dir, e.name), &st) == 0) {
            e.is_dir = S_ISDIR(st.st_mode);
            e.is_link = S_ISLNK(st.st_mode);
        }
        vec_push(&es, e);
    }
    closedir(d);
    return es;
}

static bool has_meta(const char *s) { return strpbrk(s, "*?[{\\") != NULL; }

/* doGlob(basedir, components): appends matches; returns the error flag as
 * the library's last assignment to its error leaves it. */
static bool do_glob(Glob *g, const char *basedir, const char **comp, uint32_t n, int depth) {
    if (depth > GLOB_MAX_DEPTH) return false;
    uint32_t pi = 0;
    while (pi < n && !has_meta(comp[pi])) pi++;
    for (uint32_t i = 0; i < pi; i++) basedir = path_join(g->a, basedir, comp[i]);
    struct stat st;
    if (lstat(basedir, &st) != 0) return false;
    if (pi >= n) {
        vec_push(&g->matches, basedir);
        return false;
    }
    if (S_ISLNK(st.st_mode) && stat(basedir, &st) != 0) return false;
    if (!S_ISDIR(st.st_mode)) return false;
    Entries es = read_dir(g->a, basedir);
    bool last = pi + 1 >= n, bad = false;
    if (strcmp(comp[pi], "**") == 0) {
        for (uint32_t i = 0; i < es.len; i++) {
            Entry e = es.data[i];
            const char *full = path_join(g->a, basedir, e.name);
            if (e.is_link) {
                if (stat(full, &st) != 0) continue;
                e.is_dir = S_ISDIR(st.st_mode);
            }
            if (e.is_dir) {
                if (last) vec_push(&g->matches, full);
                bad = do_glob(g, full, comp + pi, n - pi, depth + 1);
            } else if (last) {
                vec_push(&g->matches, full);
            }
        }
        if (last) {
            vec_free(&es);
            return bad;
        }
        pi++;
        last = pi + 1 >= n;
    }
    for (uint32_t i = 0; i < es.len; i++) {
        bad = false;
        const char *name = es.data[i].name;
        bool m = match_component(g->a, comp[pi], strlen(comp[pi]), name, strlen(name), &bad, 0);
        if (bad) break;
        if (!m) continue;
        const char *full = path_join(g->a, basedir, name);
        if (last) vec_push(&g->matches, full);
        else bad = do_glob(g, full, comp + pi + 1, n - pi - 1, depth + 1);
    }
    vec_free(&es);
    return bad;
}

Value *fn_fileset(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    Arena *a = fc->a;
    bool sens = args[0]->sensitive || args[1]->sensitive;
    const char *path = c_path(a, args[0]);
    if (path[0] != '/') path = path_join(a, fc->base_dir ? fc->base_dir : ".", path);
    const char *pattern = path_join(a, path, c_path(a, args[1]));
    Glob g = {a, {0}, false};
    Names comps = split_unescaped(a, pattern, strlen(pattern), '/');
    if (comps.len && comps.data[0][0] == '\0') g.bad = do_glob(&g, "/", comps.data + 1, comps.len - 1, 0);
    else if (comps.len) g.bad = do_glob(&g, ".", comps.data, comps.len, 0);
    vec_free(&comps);
    if (g.bad) {
        vec_free(&g.matches);
        return func_fail(fc, "failed to glob pattern %s: syntax error in pattern", shown(a, pattern, sens));
    }
    Value **items = ARENA_ARRAY(a, Value *, g.matches.len ? g.matches.len : 1);
    uint32_t count = 0;
    for (uint32_t i = 0; i < g.matches.len; i++) {
        const char *m = g.matches.data[i];
        struct stat st;
        if (stat(m, &st) != 0) {
            int e = errno;
            vec_free(&g.matches);
            return func_fail(fc, "failed to stat %s: stat %s: %s", shown(a, m, sens), m, errno_text(a, e));
        }
        if (!S_ISREG(st.st_mode)) continue;
        const char *rel = path_rel(a, path, m);
        if (!rel) {
            vec_free(&g.matches);
            return func_fail(fc, "failed to trim path of match %s: Rel: can't make %s relative to %s",
                             shown(a, "", sens), m, path);
        }
        items[count++] = val_cstring(a, rel);
    }
    vec_free(&g.matches);
    return val_mark(a, val_set(a, &type_string, items, count), sens);
}

/* ---- templatefile ------------------------------------------------------------------- */

/* hclsyntax.ValidIdentifier: (ID_Start | '_') (ID_Continue | '-')* */
static bool valid_identifier(const char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (len == 0) return false;
        bool ok = i == 0 ? unicode_is_id_start(cp) || cp == '_' : unicode_is_id_continue(cp) || cp == '-';
        if (!ok) return false;
        i += (size_t)len;
    }
    return n > 0;
}

/* A parsed template file: the syntax tree and the source it was parsed
 * from.  The text is wrapped in a heredoc so the HCL parser reads it as a
 * template (a line holding just the marker would end it early); the
 * wrapper's first line is not the template's, so lines count from its second. */
typedef struct Template {
    const SourceFile *src;
    AstExpr *expr;
    const char *path;         /* as the call gave it, for messages */
    Range whole;              /* the template text within src */
} Template;

static const char TMPL_HEAD[] = "x = <<TFCHECK_TEMPLATEFILE_END\n", TMPL_TAIL[] = "\nTFCHECK_TEMPLATEFILE_END\n";

/* "PATH:L,C-C" (or "PATH:L,C-L,C") for a range of the template, as HCL's
 * Range.String prints it. */
static const char *tmpl_range(Arena *a, const Template *t, Range r) {
    Pos s = source_pos(t->src, r.start), e = source_pos(t->src, r.end);
    if (s.line == e.line) return arena_printf(a, "%s:%u,%u-%u", t->path, s.line - 1, s.column, e.column);
    return arena_printf(a, "%s:%u,%u-%u,%u", t->path, s.line - 1, s.column, e.line - 1, e.column);
}

/* hcl.Diagnostic.Error(): "RANGE: SUMMARY; DETAIL". */
static const char *tmpl_diag(Arena *a, const Template *t, Range r, const char *summary, const char *detail) {
    return arena_printf(a, "%s: %s; %s", tmpl_range(a, t, r), summary ? summary : "", detail ? detail : "");
}

/* Parses text as a template; false with the error text (hcl.Diagnostics.Error()). */
static bool tmpl_parse(FuncCall *fc, Template *t, const char *text, size_t len, const char **err) {
    Arena *a = fc->a;
    size_t hn = sizeof TMPL_HEAD - 1, tn = sizeof TMPL_TAIL - 1;
    char *buf = ARENA_ARRAY(a, char, hn + len + tn + 1);
    memcpy(buf, TMPL_HEAD, hn);
    memcpy(buf + hn, text, len);
    memcpy(buf + hn + len, TMPL_TAIL, tn + 1);
    t->src = source_from_memory(a, t->path, buf, hn + len + tn);
    DiagList diags;
    diag_list_init(&diags, a);
    AstFile *f = hcl_parse(t->src, NULL, a, fc->ev->names, &diags);
    uint32_t nerr = 0;
    const Diag *first = NULL;
    for (uint32_t i = 0; i < diags.items.len; i++)
        if (diags.items.data[i].severity == SEV_ERROR && !nerr++) first = &diags.items.data[i];
    t->expr = NULL;
    if (!nerr && f->body->len == 1 && !f->body->items[0].is_block) t->expr = f->body->items[0].u.attr->expr;
    if (!t->expr || t->expr->kind != AST_TEMPLATE) {
        if (first && first->has_subject) *err = tmpl_diag(a, t, first->subject, first->summary, first->detail);
        else *err = first ? first->summary : "the template could not be parsed";
        if (nerr > 1) *err = arena_printf(a, "%s, and %u other diagnostic(s)", *err, nerr - 1);
        diag_list_free(&diags);
        return false;
    }
    diag_list_free(&diags);
    /* the heredoc's value ends with the newline written before its marker;
     * without it, a template that is one interpolation yields that value
     * itself, as HCL's TemplateWrapExpr does */
    ExprList *parts = &t->expr->u.tmpl.parts;
    if (parts->len) {
        AstExpr *lastp = parts->items[parts->len - 1];
        if (lastp->kind == AST_STRING && lastp->u.string.len && lastp->u.string.text[lastp->u.string.len - 1] == '\n') {
            lastp->u.string.len--;
            if (!lastp->u.string.len) parts->len--;
        }
    }
    ExprKind k = parts->len == 1 ? parts->items[0]->kind : AST_STRING;
    t->expr->u.tmpl.wrap = k != AST_STRING && k != AST_TEMPLATE_IF && k != AST_TEMPLATE_FOR;
    t->whole = range_make((uint32_t)hn, (uint32_t)(hn + len));
    return true;
}

/* Names bound by the for expressions around a node (HCL's child scopes). */
typedef struct Bound {
    const struct Bound *up;
    const char *k, *v;
} Bound;

static bool is_bound(const Bound *b, const char *name) {
    for (; b; b = b->up)
        if ((b->k && strcmp(b->k, name) == 0) || (b->v && strcmp(b->v, name) == 0)) return true;
    return false;
}

/* The first variable the template refers to that vars does not hold, in
 * source order (HCL's expr.Variables()), or NULL. */
static const AstExpr *missing_var(const AstExpr *e, const Value *vars, const Bound *b, int depth);

static const AstExpr *missing_in(const ExprList *l, const Value *vars, const Bound *b, int depth) {
    for (uint32_t i = 0; i < l->len; i++) {
        const AstExpr *m = missing_var(l->items[i], vars, b, depth);
        if (m) return m;
    }
    return NULL;
}

static const AstExpr *missing_var(const AstExpr *e, const Value *vars, const Bound *b, int depth) {
    if (!e || depth > HCL_MAX_DEPTH) return NULL;
    const AstExpr *m = NULL;
    const AstExpr *kids[4] = {NULL, NULL, NULL, NULL};
    switch (e->kind) {
    case AST_VARIABLE:
        return !is_bound(b, e->u.name) && !val_get(vars, e->u.name) ? e : NULL;
    case AST_TEMPLATE: return missing_in(&e->u.tmpl.parts, vars, b, depth + 1);
    case AST_TEMPLATE_IF:
        if ((m = missing_var(e->u.tif->cond, vars, b, depth + 1))) return m;
        if ((m = missing_in(&e->u.tif->then_parts, vars, b, depth + 1))) return m;
        return missing_in(&e->u.tif->else_parts, vars, b, depth + 1);
    case AST_TEMPLATE_FOR: {
        if ((m = missing_var(e->u.tfor->coll, vars, b, depth + 1))) return m;
        Bound in = {b, e->u.tfor->key_var, e->u.tfor->value_var};
        return missing_in(&e->u.tfor->body, vars, &in, depth + 1);
    }
    case AST_FOR: {
        const AstFor *f = e->u.forx;
        if ((m = missing_var(f->coll, vars, b, depth + 1))) return m;
        Bound in = {b, f->key_var, f->value_var};
        if ((m = missing_var(f->key_expr, vars, &in, depth + 1))) return m;
        if ((m = missing_var(f->value_expr, vars, &in, depth + 1))) return m;
        return missing_var(f->cond, vars, &in, depth + 1);
    }
    case AST_GETATTR: kids[0] = e->u.attr.obj; break;
    case AST_INDEX: kids[0] = e->u.index.obj, kids[1] = e->u.index.key; break;
    case AST_SPLAT: kids[0] = e->u.splat.source, kids[1] = e->u.splat.each; break;
    case AST_CALL: return missing_in(&e->u.call.args, vars, b, depth + 1);
    case AST_CONDITIONAL:
        kids[0] = e->u.cond.cond, kids[1] = e->u.cond.then_expr, kids[2] = e->u.cond.else_expr;
        break;
    case AST_BINARY: kids[0] = e->u.binary.lhs, kids[1] = e->u.binary.rhs; break;
    case AST_UNARY: kids[0] = e->u.unary.operand; break;
    case AST_TUPLE: return missing_in(&e->u.items, vars, b, depth + 1);
    case AST_OBJECT:
        for (uint32_t i = 0; i < e->u.object.len; i++) {
            const ObjectItem *it = &e->u.object.items[i];
            if (!it->key_literal && (m = missing_var(it->key, vars, b, depth + 1))) return m;
            if ((m = missing_var(it->value, vars, b, depth + 1))) return m;
        }
        return NULL;
    case AST_PAREN: kids[0] = e->u.inner; break;
    default: return NULL;
    }
    for (int i = 0; i < 4 && kids[i]; i++)
        if ((m = missing_var(kids[i], vars, b, depth + 1))) return m;
    return NULL;
}

/* Renders the template with only vars in scope, as a nested template call
 * (templatefile inside it refuses to run).  NULL with *err on failure. */
static Value *tmpl_render(FuncCall *fc, const Template *t, const Value *vars, const char **err) {
    Evaluator *ev = fc->ev;
    const Scope *s = scope_push(fc->a, NULL, SCOPE_ONLY, NULL);
    for (uint32_t i = 0; i < vars->count; i++) s = scope_push(fc->a, s, vars->keys[i], vars->items[i]);
    Ctx c = {ev, NULL, t->src, s, fc->depth + 1};
    uint32_t before = eval_error_count(ev);
    ev->suppress++;
    Value *v = eval_node(&c, t->expr);
    ev->suppress--;
    if (eval_error_count(ev) != before) {
        const char *summary, *detail;
        Range where;
        eval_last_error(ev, &summary, &detail, &where);
        *err = tmpl_diag(fc->a, t, where, summary, detail);
        return NULL;
    }
    if (v->kind == V_NULL) {
        *err = tmpl_diag(fc->a, t, t->whole, "Template result is null",
                         "The result of the template is null, which is not a valid result for a templatestring call.");
        return NULL;
    }
    return v;
}

Value *fn_templatefile(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    Value *path = args[0], *vars = args[1];
    if (fc->depth > 0) return func_fail(fc, "cannot recursively call templatefile from inside another template function");
    if (!fc->ev) return func_fail(fc, "templatefile needs an evaluator");
    if (path->kind == V_UNKNOWN || vars->kind == V_UNKNOWN) {
        Value *r = func_unknown_result(fc);
        return val_mark(fc->a, r, path->sensitive || vars->sensitive);
    }
    Value *text = file_text(fc, path);
    if (!text) return NULL;
    Template t = {NULL, NULL, c_path(fc->a, path), {0, 0}};
    const char *err = NULL;
    if (!tmpl_parse(fc, &t, text->str, text->len, &err)) return func_fail(fc, "%s", err);
    if (vars->kind != V_OBJECT && vars->kind != V_MAP) return func_arg_error(fc, 1, "invalid vars value: must be a map");
    for (uint32_t i = 0; i < vars->count; i++)
        if (!valid_identifier(vars->keys[i]))
            return func_arg_error(fc, 1,
                                  "invalid template variable name %s: must start with a letter, followed by zero or "
                                  "more letters, digits, and underscores",
                                  fs_quote(fc->a, vars->keys[i]));
    const AstExpr *miss = missing_var(t.expr, vars, NULL, 0);
    if (miss)
        return func_arg_error(fc, 1, "vars map does not contain key %s, referenced at %s", fs_quote(fc->a, miss->u.name),
                              tmpl_range(fc->a, &t, miss->range));
    Value *r = tmpl_render(fc, &t, vars, &err);
    if (!r) return func_fail(fc, "%s", err);
    return val_mark(fc->a, r, path->sensitive || vars->sensitive || r->sensitive);
}
