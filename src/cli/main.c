/* main.c - tfcheck's entry point: parses options, finds files, runs the
 * stages over them and hands the diagnostics to a reporter.  Only this file
 * decides the exit code:
 *   0  nothing at or above the --fail-on threshold
 *   1  findings at or above it
 *   2  tfcheck could not do its job (bad usage, unreadable input)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../hcl/hcl.h"
#include "../report/report.h"
#include "cli.h"

#ifndef TFCHECK_VERSION
#define TFCHECK_VERSION "0.1.0"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

typedef enum OutputFormat { FORMAT_TEXT, FORMAT_JSON } OutputFormat;

typedef struct Options {
    OutputFormat format;
    bool color;
    bool recursive;
    Severity fail_on;
    Vec(const char *) paths;
} Options;

static const char USAGE[] =
    "Usage: tfcheck [check] [options] [PATH ...]\n"
    "\n"
    "Checks Terraform configurations (*.tf, *.tfvars, *.tf.json, *.tfvars.json)\n"
    "without running terraform. PATH is a file or a directory (default: .).\n"
    "\n"
    "Options:\n"
    "  -r, --recursive        also check subdirectories (hidden ones are skipped)\n"
    "  -f, --format FORMAT    output format: text (default) or json\n"
    "      --fail-on LEVEL    exit 1 on findings at or above LEVEL:\n"
    "                         error (default), warning or info\n"
    "      --no-color         never colour the text output\n"
    "      --color            always colour the text output\n"
    "  -v, --version          print the version and exit\n"
    "  -h, --help             print this help and exit\n"
    "\n"
    "Exit status: 0 no findings at or above --fail-on, 1 findings, 2 tfcheck\n"
    "could not do its job (bad usage, unreadable input).\n";

static int usage_error(const char *what, const char *arg) {
    fprintf(stderr, "tfcheck: %s%s%s%s\nRun 'tfcheck --help' for usage.\n", what,
            arg ? " '" : "", arg ? arg : "", arg ? "'" : "");
    return EXIT_TROUBLE;
}

/* Matches "--name value" or "--name=value"; advances *i past the value. */
static bool option_value(int argc, char **argv, int *i, const char *name, const char **value) {
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0) return false;
    if (a[n] == '=') {
        *value = a + n + 1;
        return true;
    }
    if (a[n] != '\0') return false;
    *value = (*i + 1 < argc) ? argv[++*i] : NULL;
    return true;
}

/* Returns -1 to go on, or an exit code. */
static int parse_args(int argc, char **argv, Options *o) {
    bool color_forced = false, no_color = false;
    bool options_done = false;
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "check") == 0) first = 2;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        const char *v = NULL;
        if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
            vec_push(&o->paths, a);
            continue;
        }
        if (strcmp(a, "--") == 0) {
            options_done = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(USAGE, stdout);
            return EXIT_CLEAN;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
            printf("tfcheck %s\n", TFCHECK_VERSION);
            return EXIT_CLEAN;
        } else if (strcmp(a, "-r") == 0 || strcmp(a, "--recursive") == 0) {
            o->recursive = true;
        } else if (strcmp(a, "--no-color") == 0) {
            no_color = true;
        } else if (strcmp(a, "--color") == 0) {
            color_forced = true;
        } else if (strcmp(a, "-f") == 0 || option_value(argc, argv, &i, "--format", &v)) {
            if (strcmp(a, "-f") == 0) v = (i + 1 < argc) ? argv[++i] : NULL;
            if (!v) return usage_error("option --format needs a value (text or json)", NULL);
            if (strcmp(v, "text") == 0) o->format = FORMAT_TEXT;
            else if (strcmp(v, "json") == 0) o->format = FORMAT_JSON;
            else return usage_error("unknown output format (expected text or json):", v);
        } else if (option_value(argc, argv, &i, "--fail-on", &v)) {
            if (!v) return usage_error("option --fail-on needs a value (error, warning or info)", NULL);
            if (strcmp(v, "error") == 0) o->fail_on = SEV_ERROR;
            else if (strcmp(v, "warning") == 0) o->fail_on = SEV_WARNING;
            else if (strcmp(v, "info") == 0) o->fail_on = SEV_INFO;
            else return usage_error("unknown --fail-on level (expected error, warning or info):", v);
        } else {
            return usage_error("unknown option", a);
        }
    }
    const char *no_color_env = getenv("NO_COLOR");
    o->color = color_forced || (!no_color && isatty(STDOUT_FILENO) &&
                                !(no_color_env && no_color_env[0]));
    if (o->paths.len == 0) vec_push(&o->paths, ".");
    return -1;
}

/* Lexes and parses one file into the run's arena. */
static bool check_file(const FoundFile *ff, Arena *arena, Interner *names, DiagList *diags) {
    if (ff->kind == FILE_TF_JSON || ff->kind == FILE_TFVARS_JSON) {
        Diag *d = diag_add(diags, SEV_WARNING, "not-checked", "S1", NULL, range_make(0, 0),
                           "Terraform JSON syntax is not checked yet");
        d->path = ff->path;
        d->detail = "This version of tfcheck reads Terraform's native syntax only; this file "
                    "was not checked.";
        return true;
    }
    SourceFile *src = source_read(arena, ff->path);
    if (!src) {
        Diag *d = diag_add(diags, SEV_ERROR, "io", "S1", NULL, range_make(0, 0), "Cannot read file");
        d->path = ff->path;
        diag_detailf(diags, d, "%s.", strerror(errno));
        return false;
    }
    src->path = ff->path;
    hcl_parse(src, NULL, arena, names, diags);
    return true;
}

int main(int argc, char **argv) {
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.fail_on = SEV_ERROR;
    int rc = parse_args(argc, argv, &opt);
    if (rc >= 0) {
        vec_free(&opt.paths);
        return rc;
    }

    Arena arena;
    arena_init(&arena);
    Interner names;
    interner_init(&names);
    DiagList diags;
    diag_list_init(&diags, &arena);

    bool trouble = false;
    FoundFiles files = {0};
    for (uint32_t i = 0; i < opt.paths.len; i++) {
        const char *path = opt.paths.data[i];
        if (strcmp(path, "-") == 0) {
            trouble = true;
            Diag *d = diag_add(&diags, SEV_ERROR, "io", "S1", NULL, range_make(0, 0),
                               "Reading standard input is not supported by check");
            d->path = "-";
            continue;
        }
        if (!discover(path, opt.recursive, &arena, &files, &diags)) trouble = true;
    }
    uint32_t read = 0;
    for (uint32_t i = 0; i < files.len; i++) {
        if (check_file(&files.data[i], &arena, &names, &diags)) read++;
        else trouble = true;
    }
    for (uint32_t i = 0; i < diags.items.len; i++)
        if (strcmp(diags.items.data[i].rule, "io") == 0 &&
            diags.items.data[i].severity == SEV_ERROR)
            trouble = true;

    diag_sort(&diags);
    ReportSummary sum = {read};
    if (opt.format == FORMAT_JSON) report_json(stdout, &diags, &sum);
    else report_text(stdout, &diags, &sum, opt.color);
    fflush(stdout);

    if (trouble) rc = EXIT_TROUBLE;
    else {
        rc = EXIT_CLEAN;
        for (uint32_t i = 0; i < diags.items.len; i++)
            if (diags.items.data[i].severity <= opt.fail_on) rc = EXIT_FINDINGS;
    }
    if (ferror(stdout)) rc = EXIT_TROUBLE;

    vec_free(&files);
    diag_list_free(&diags);
    interner_free(&names);
    arena_free(&arena);
    vec_free(&opt.paths);
    return rc;
}
