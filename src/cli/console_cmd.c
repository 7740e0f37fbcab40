/* console_cmd.c - `tfcheck console`: reads expressions from standard input,
 * one per line, evaluates each in the module of DIR and prints the result
 * as `terraform console` does (errors on stderr as "Error: SUMMARY", a blank
 * line and the detail).  --delimit ends each answer with a line holding
 * ASCII RS (0x1e) on both streams, for test drivers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../config/config.h"
#include "../eval/eval.h"
#include "cli.h"

static int console_usage(const char *msg) {
    fprintf(stderr, "tfcheck console: %s\nUsage: tfcheck console [--var NAME=VALUE] [--var-file FILE] "
                    "[--workspace NAME] [--delimit] [DIR]\n", msg);
    return 2;
}

static void print_error(const char *summary, const char *detail) {
    fprintf(stderr, "Error: %s\n", summary ? summary : "Invalid expression");
    if (detail && *detail) fprintf(stderr, "\n%s\n", detail);
}

int cmd_console(int argc, char **argv, int first) {
    const char *dir = NULL, *workspace = NULL;
    bool delimit = false;
    Vec(const char *) vars = {0};
    Vec(const char *) var_files = {0};
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--delimit") == 0) delimit = true;
        else if ((strcmp(a, "--var") == 0 || strcmp(a, "--var-file") == 0 || strcmp(a, "--workspace") == 0) &&
                 i + 1 < argc) {
            if (a[5] == 0) vec_push(&vars, argv[++i]);
            else if (a[5] == '-') vec_push(&var_files, argv[++i]);
            else workspace = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            vec_free(&vars);
            vec_free(&var_files);
            return console_usage("unknown option");
        } else if (!dir) dir = a;
        else {
            vec_free(&vars);
            vec_free(&var_files);
            return console_usage("only one directory may be given");
        }
    }
    if (!dir) dir = ".";
    for (uint32_t i = 0; i < vars.len; i++)
        if (!strchr(vars.data[i], '=')) {
            vec_free(&vars);
            vec_free(&var_files);
            return console_usage("--var needs NAME=VALUE");
        }
    Arena arena;
    arena_init(&arena);
    Interner names;
    interner_init(&names);
    DiagList diags;
    diag_list_init(&diags, &arena);
    LoadOptions lo = {var_files.data, var_files.len, vars.data, vars.len, true};
    ModuleTree *tree = config_load(dir, NULL, 0, &lo, &arena, &names, &diags);
    int rc = 0;
    for (uint32_t i = 0; i < diags.items.len; i++)
        if (diags.items.data[i].severity == SEV_ERROR && strcmp(diags.items.data[i].rule, "io") == 0) {
            fprintf(stderr, "tfcheck console: %s: %s\n", dir, diags.items.data[i].summary);
            rc = 2;
        }
    if (rc == 0) {
        EvalOptions eo = {workspace, vars.data, vars.len, true, false};
        Evaluator *ev = evaluator_new(tree, &arena, &names, &diags, &eo);
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while ((n = getline(&line, &cap, stdin)) >= 0) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
            size_t k = 0;
            while (line[k] == ' ' || line[k] == '\t') k++;
            if (!line[k]) continue;
            const char *err = NULL;
            AstExpr *e = eval_parse_expression(ev, "<console-input>", line, (size_t)n, &err);
            if (!e) {
                const char *colon = strstr(err, ": ");
                print_error(colon ? arena_strndup(&arena, err, (size_t)(colon - err)) : err, colon ? colon + 2 : NULL);
            } else {
                uint32_t before = eval_error_count(ev);
                Value *v = eval_expr(ev, tree->root, NULL, e, NULL);
                if (eval_error_count(ev) != before) {
                    const char *summary, *detail;
                    Range where;
                    eval_last_error(ev, &summary, &detail, &where);
                    print_error(summary, detail);
                } else {
                    StrBuf sb = {0};
                    val_show(v, &sb);
                    fwrite(sb.data ? sb.data : "", 1, sb.len, stdout);
                    fputc('\n', stdout);
                    sb_free(&sb);
                }
            }
            if (delimit) {
                fputs("\x1e\n", stdout);
                fputs("\x1e\n", stderr);
            }
            fflush(stdout);
            fflush(stderr);
        }
        free(line); /* getline's own buffer */
        evaluator_free(ev);
    }
    config_free(tree);
    diag_list_free(&diags);
    interner_free(&names);
    arena_free(&arena);
    vec_free(&vars);
    vec_free(&var_files);
    return rc;
}
