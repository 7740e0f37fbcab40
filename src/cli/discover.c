/* discover.c - finds the files a PATH argument names.
 *
 * A directory contributes its *.tf, *.tfvars, *.tf.json and *.tfvars.json
 * files in name order; --recursive descends into subdirectories except hidden
 * ones (.terraform, .git, ...).  Directories are remembered by device and
 * inode so a symlink loop is reported once and then skipped.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

FileKind file_kind_of(const char *name) {
    if (ends_with(name, ".tf.json")) return FILE_TF_JSON;
    if (ends_with(name, ".tfvars.json")) return FILE_TFVARS_JSON;
    if (ends_with(name, ".tf")) return FILE_TF;
    if (ends_with(name, ".tfvars")) return FILE_TFVARS;
    return FILE_OTHER;
}

typedef struct DirId {
    dev_t dev;
    ino_t ino;
} DirId;

typedef struct Walk {
    Arena *arena;
    FoundFiles *out;
    DiagList *diags;
    bool recursive;
    Vec(DirId) seen;   /* directories on the current path, for loop detection */
} Walk;

static Diag *io_diag(Walk *w, Severity sev, const char *path, const char *summary) {
    Diag *d = diag_add(w->diags, sev, "io", "S1", NULL, range_make(0, 0), summary);
    d->path = arena_strndup(w->arena, path, strlen(path));
    return d;
}

static const char *join(Arena *a, const char *dir, const char *name) {
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/') n--;
    if (n == 1 && dir[0] == '.') return arena_strndup(a, name, strlen(name));
    if (n == 1 && dir[0] == '/') return arena_printf(a, "/%s", name);
    return arena_printf(a, "%.*s/%s", (int)n, dir, name);
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void walk_dir(Walk *w, const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        Diag *d = io_diag(w, SEV_ERROR, path, "Cannot read directory");
        diag_detailf(w->diags, d, "%s.", strerror(errno));
        return;
    }
    for (uint32_t i = 0; i < w->seen.len; i++) {
        if (w->seen.data[i].dev == st.st_dev && w->seen.data[i].ino == st.st_ino) {
            Diag *d = io_diag(w, SEV_WARNING, path, "Symbolic link loop skipped");
            d->detail = "This directory is one of its own parents through a symbolic link; "
                        "tfcheck did not descend into it again.";
            return;
        }
    }
    DIR *dir = opendir(path);
    if (!dir) {
        Diag *d = io_diag(w, SEV_ERROR, path, "Cannot read directory");
        diag_detailf(w->diags, d, "%s.", strerror(errno));
        return;
    }
    DirId id = {st.st_dev, st.st_ino};
    vec_push(&w->seen, id);

    Vec(char *) names = {0};
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        char *copy = mem_alloc(strlen(de->d_name) + 1);
        strcpy(copy, de->d_name);
        vec_push(&names, copy);
    }
    closedir(dir);
    if (names.len) qsort(names.data, names.len, sizeof(char *), cmp_names);

    /* Files first, then subdirectories, each in name order. */
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < names.len; i++) {
            const char *name = names.data[i];
            const char *child = join(w->arena, path, name);
            struct stat cst;
            if (stat(child, &cst) != 0) {
                if (pass == 0 && file_kind_of(name) != FILE_OTHER) {
                    Diag *d = io_diag(w, SEV_ERROR, child, "Cannot read file");
                    diag_detailf(w->diags, d, "%s.", strerror(errno));
                }
                continue;
            }
            if (pass == 0 && !S_ISDIR(cst.st_mode)) {
                FileKind k = file_kind_of(name);
                if (k == FILE_OTHER || name[0] == '.') continue;
                FoundFile ff = {child, k};
                vec_push(w->out, ff);
            } else if (pass == 1 && S_ISDIR(cst.st_mode) && w->recursive && name[0] != '.') {
                walk_dir(w, child);
            }
        }
    }
    for (uint32_t i = 0; i < names.len; i++) mem_free(names.data[i]);
    vec_free(&names);
    w->seen.len--;
}

bool discover(const char *arg, bool recursive, Arena *arena, FoundFiles *out, DiagList *diags,
              bool *is_file) {
    *is_file = false;
    Walk w;
    memset(&w, 0, sizeof w);
    w.arena = arena;
    w.out = out;
    w.diags = diags;
    w.recursive = recursive;
    struct stat st;
    if (stat(arg, &st) != 0) {
        Diag *d = io_diag(&w, SEV_ERROR, arg, "No such file or directory");
        diag_detailf(diags, d, "%s.", strerror(errno));
        d->summary = errno == ENOENT ? "No such file or directory" : "Cannot read path";
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        walk_dir(&w, arg);
        vec_free(&w.seen);
        return true;
    }
    FileKind k = file_kind_of(arg);
    *is_file = true;
    if (k == FILE_OTHER) {
        Diag *d = io_diag(&w, SEV_ERROR, arg, "Not a Terraform file");
        d->detail = "tfcheck reads files ending in .tf, .tfvars, .tf.json and .tfvars.json.";
        return false;
    }
    FoundFile ff = {arena_strndup(arena, arg, strlen(arg)), k};
    vec_push(out, ff);
    return true;
}
