/* main.c - tfcheck's entry point: parses options, finds the modules the PATH
 * arguments name, loads and checks each, and hands the diagnostics to a
 * reporter.  Only this file decides the exit code:
 *   0  nothing at or above the --fail-on threshold
 *   1  findings at or above it
 *   2  tfcheck could not do its job (bad usage, unreadable input)
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../check/check.h"
#include "../config/config.h"
#include "../hcl/hcl.h"
#include "../report/report.h"
#include "cli.h"

#ifndef TFCHECK_VERSION
#define TFCHECK_VERSION "0.2.0"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

typedef enum OutputFormat { FORMAT_TEXT, FORMAT_JSON } OutputFormat;

typedef struct Options {
    OutputFormat format;
    bool color;
    bool recursive;
    bool markdown;             /* explain --markdown */
    Severity fail_on;
    Vec(const char *) paths;
    Vec(const char *) var_files;
    Vec(const char *) vars;
    Vec(const char *) severities; /* RULE=LEVEL overrides */
    Vec(const char *) provider_versions; /* NAME=VERSION */
    bool verbose;
    const char *workspace;     /* --workspace: terraform.workspace */
    Vec(const char *) env_suffix_vars; /* --env-suffix-var */
} Options;

static const char USAGE[] =
    "Usage: tfcheck [check] [options] [PATH ...]\n"
    "       tfcheck rules\n"
    "       tfcheck explain RULE\n"
    "       tfcheck fmt [-check] [-diff] [-write=false] [-list=false] [-recursive] [PATH ...]\n"
    "       tfcheck console [--var NAME=VALUE] [--var-file FILE] [--workspace NAME] [DIR]\n"
    "\n"
    "Checks Terraform configurations (*.tf, *.tfvars, *.tf.json, *.tfvars.json)\n"
    "without running terraform. PATH is a module directory or a file in one\n"
    "(default: .); a file is checked in the context of its whole module.\n"
    "\n"
    "Options:\n"
    "  -r, --recursive        also check subdirectories (hidden ones are skipped)\n"
    "  -f, --format FORMAT    output format: text (default) or json\n"
    "      --fail-on LEVEL    exit 1 on findings at or above LEVEL:\n"
    "                         error (default), warning or info\n"
    "      --var-file FILE    a tfvars file with values for the root variables\n"
    "      --var NAME=VALUE   a value for a root variable (repeatable)\n"
    "      --severity RULE=LEVEL  report RULE as error, warning or info, or\n"
    "                         not at all (off); repeatable\n"
    "      --provider-version NAME=VERSION  check against this embedded provider\n"
    "                         version (aws=5, aws=6.25.0); repeatable\n"
    "      --workspace NAME   the value of terraform.workspace (default: default)\n"
    "      --env-suffix-var NAME  the variable every resource name must derive\n"
    "                         from (default environment_suffix); repeatable\n"
    "      --verbose          say on stderr which provider schema versions were used\n"
    "      --no-color         never colour the text output\n"
    "      --color            always colour the text output\n"
    "  -v, --version          print the version and exit\n"
    "  -h, --help             print this help and exit\n"
    "\n"
    "Commands:\n"
    "  rules                  list every rule: id, severity, class, summary\n"
    "  explain RULE           describe one rule (--markdown for Markdown)\n"
    "  fmt                    format files exactly as terraform fmt does (fmt -help)\n"
    "  console                evaluate expressions from standard input, one per\n"
    "                         line, as terraform console does\n"
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

/* Does "aws=5" / "hashicorp/aws=6.25.0" name an embedded provider version? */
static bool embedded_version_exists(const char *spec) {
    const char *eq = strchr(spec, '=');
    if (!eq || eq == spec || !eq[1]) return false;
    char name[256];
    size_t nl = (size_t)(eq - spec);
    if (nl >= sizeof name - 16) return false;
    memcpy(name, spec, nl);
    name[nl] = '\0';
    char source[300];
    snprintf(source, sizeof source, "%s%s", strchr(name, '/') ? "" : "hashicorp/", name);
    SchemaProviderId ids[16];
    uint32_t n = schema_provider_versions(source, ids, 16);
    size_t vl = strlen(eq + 1);
    for (uint32_t i = 0; i < n; i++) {
        const char *ver = schema_provider_version(ids[i]);
        if (strncmp(ver, eq + 1, vl) == 0 && (ver[vl] == '\0' || ver[vl] == '.')) return true;
    }
    return false;
}

/* Returns -1 to go on, or an exit code. */
static int parse_args(int argc, char **argv, int first, Options *o) {
    bool color_forced = false, no_color = false;
    bool options_done = false;
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
            printf("tfcheck %s\nembedded provider schemas:", TFCHECK_VERSION);
            for (uint32_t p = 0; p < schema_provider_count_all(); p++)
                printf(" %s %s%s", schema_provider_source((SchemaProviderId)p),
                       schema_provider_version((SchemaProviderId)p), p + 1 < schema_provider_count_all() ? "," : "\n");
            return EXIT_CLEAN;
        } else if (strcmp(a, "-r") == 0 || strcmp(a, "--recursive") == 0) {
            o->recursive = true;
        } else if (strcmp(a, "--verbose") == 0) {
            o->verbose = true;
        } else if (option_value(argc, argv, &i, "--workspace", &v)) {
            o->workspace = v;
        } else if (option_value(argc, argv, &i, "--env-suffix-var", &v)) {
            vec_push(&o->env_suffix_vars, v);
        } else if (option_value(argc, argv, &i, "--provider-version", &v)) {
            if (!embedded_version_exists(v))
                return usage_error("--provider-version takes NAME=VERSION naming an embedded provider version "
                                   "(see tfcheck --version), got", v);
            vec_push(&o->provider_versions, v);
        } else if (strcmp(a, "--no-color") == 0) {
            no_color = true;
        } else if (strcmp(a, "--color") == 0) {
            color_forced = true;
        } else if (strcmp(a, "--markdown") == 0) {
            o->markdown = true;
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
        } else if (option_value(argc, argv, &i, "--var-file", &v)) {
            if (!v) return usage_error("option --var-file needs a file name", NULL);
            vec_push(&o->var_files, v);
        } else if (option_value(argc, argv, &i, "--severity", &v)) {
            const char *eq = v ? strchr(v, '=') : NULL;
            if (!eq) return usage_error("option --severity needs RULE=LEVEL, got", v ? v : "nothing");
            char id[128];
            size_t n = (size_t)(eq - v);
            if (n >= sizeof id) return usage_error("unknown rule in --severity:", v);
            memcpy(id, v, n);
            id[n] = '\0';
            if (!rule_find(id)) return usage_error("unknown rule in --severity (see 'tfcheck rules'):", v);
            if (strcmp(eq + 1, "error") && strcmp(eq + 1, "warning") && strcmp(eq + 1, "info") && strcmp(eq + 1, "off"))
                return usage_error("--severity level must be error, warning, info or off, got", v);
            vec_push(&o->severities, v);
        } else if (option_value(argc, argv, &i, "--var", &v)) {
            if (!v || !strchr(v, '=') || v[0] == '=')
                return usage_error("option --var needs NAME=VALUE, got", v ? v : "nothing");
            vec_push(&o->vars, v);
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

/* ---- rules and explain ------------------------------------------------------- */

static int cmd_rules(void) {
    size_t n;
    const Rule *const *all = rules_all(&n);
    for (size_t i = 0; i < n; i++)
        printf("%-30s %-8s %-3s %s\n", all[i]->id, severity_name(all[i]->severity), all[i]->class_id,
               all[i]->summary);
    return EXIT_CLEAN;
}

/* Wraps one line of text at width columns. */
static void print_wrapped(const char *s, size_t n, size_t width) {
    if (n == 0) {
        putchar('\n');
        return;
    }
    while (n > 0) {
        size_t take = n;
        if (n > width) {
            take = width;
            while (take > 0 && s[take] != ' ') take--;
            if (take == 0) take = width;
        }
        printf("%.*s\n", (int)take, s);
        s += take;
        n -= take;
        while (n > 0 && *s == ' ') s++, n--;
    }
}

/* Prints an explanation: each line wrapped on its own, table rows
 * (lines starting with '|') as they are. */
static void print_paragraph(const char *text, size_t width) {
    const char *s = text;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        if (s[0] == '|') printf("%.*s\n", (int)n, s);
        else print_wrapped(s, n, width);
        s += n;
        if (*s == '\n') s++;
    }
}

static int cmd_explain(const Options *o) {
    if (o->paths.len != 1 || strcmp(o->paths.data[0], ".") == 0)
        return usage_error("explain needs one rule id; 'tfcheck rules' lists them", NULL);
    const char *id = o->paths.data[0];
    const Rule *r = rule_find(id);
    if (!r) {
        size_t n;
        const Rule *const *all = rules_all(&n);
        fprintf(stderr, "tfcheck: no rule named '%s'.", id);
        for (size_t i = 0; i < n; i++)
            if (strstr(all[i]->id, id) || strstr(id, all[i]->id)) {
                fprintf(stderr, " Did you mean '%s'?", all[i]->id);
                break;
            }
        fprintf(stderr, " 'tfcheck rules' lists them.\n");
        return EXIT_TROUBLE;
    }
    if (o->markdown) {
        printf("# %s\n\n", r->id);
        printf("| severity | class | reported by |\n| --- | --- | --- |\n| %s | %s | %s |\n\n",
               severity_name(r->severity), r->class_id, r->stage);
        printf("**%s.**\n\n", r->summary);
        printf("%s\n", r->explanation);
        return EXIT_CLEAN;
    }
    printf("%s (%s, class %s)\n%s.\n\n", r->id, severity_name(r->severity), r->class_id, r->summary);
    print_paragraph(r->explanation, 78);
    return EXIT_CLEAN;
}

/* ---- checking ----------------------------------------------------------------- */

/* The files of one module directory that the command line reached. */
typedef struct Group {
    const char *dir;
    Vec(const char *) files;   /* the files to report on */
    bool explicit_files;       /* reached as file arguments: report only these */
    const char *real;          /* realpath of dir */
    ModuleTree *tree;
    DiagList diags;
} Group;

static const char *dir_of(Arena *a, const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash) return ".";
    if (slash == path) return "/";
    return arena_strndup(a, path, (size_t)(slash - path));
}

typedef Vec(Group *) GroupVec;

static Group *group_for(GroupVec *groups, Arena *a, const char *dir, bool explicit_files) {
    for (uint32_t i = 0; i < groups->len; i++)
        if (strcmp(groups->data[i]->dir, dir) == 0 && groups->data[i]->explicit_files == explicit_files)
            return groups->data[i];
    Group *g = ARENA_NEW(a, Group);
    g->dir = dir;
    g->explicit_files = explicit_files;
    char real[PATH_MAX];
    g->real = realpath(dir, real) ? arena_strndup(a, real, strlen(real)) : dir;
    diag_list_init(&g->diags, a);
    vec_push(groups, g);
    return g;
}

static bool diag_in_files(const Diag *d, const Group *g) {
    if (!d->path) return true;
    for (uint32_t i = 0; i < g->files.len; i++)
        if (strcmp(g->files.data[i], d->path) == 0) return true;
    return false;
}

/* A CDKTF project (cdktf.json) keeps its synthesized configurations in
 * cdktf.out/stacks/NAME/cdk.tf.json, which a check of the project directory
 * does not reach: say so rather than report a clean result. */
static void report_cdktf_stacks(Arena *a, const char *dir, DiagList *diags) {
    struct stat st;
    const char *marker = arena_printf(a, "%s/cdktf.json", dir);
    const char *stacks = arena_printf(a, "%s/cdktf.out/stacks", dir);
    if (stat(marker, &st) != 0 || !S_ISREG(st.st_mode) || stat(stacks, &st) != 0 || !S_ISDIR(st.st_mode)) return;
    Diag *d = diag_add(diags, SEV_WARNING, "not-checked", "S1", NULL, range_make(0, 0),
                       "CDKTF's synthesized stacks were not checked");
    d->path = stacks;
    d->detail = "This is a CDKTF project: the Terraform configuration it deploys is the cdk.tf.json that "
                "cdktf synth writes for each stack under cdktf.out/stacks, which checking the project "
                "directory does not reach.";
    d->hint = arena_printf(a, "Check the stacks themselves: tfcheck %s/*", stacks);
}

static int run_check(const Options *opt) {
    Arena arena;
    arena_init(&arena);
    Interner names;
    interner_init(&names);
    DiagList diags;
    diag_list_init(&diags, &arena);

    bool trouble = false;
    FoundFiles files = {0};
    GroupVec groups = {0};
    for (uint32_t i = 0; i < opt->paths.len; i++) {
        const char *path = opt->paths.data[i];
        if (strcmp(path, "-") == 0) {
            trouble = true;
            Diag *d = diag_add(&diags, SEV_ERROR, "io", "S1", NULL, range_make(0, 0),
                               "Reading standard input is not supported by check");
            d->path = "-";
            continue;
        }
        files.len = 0;
        bool is_file = false;
        if (!discover(path, opt->recursive, &arena, &files, &diags, &is_file)) trouble = true;
        if (!is_file && !opt->recursive) report_cdktf_stacks(&arena, path, &diags);
        for (uint32_t k = 0; k < files.len; k++) {
            Group *g = group_for(&groups, &arena, dir_of(&arena, files.data[k].path), is_file);
            vec_push(&g->files, files.data[k].path);
        }
    }
    LoadOptions lo = {opt->var_files.data, opt->var_files.len, opt->vars.data, opt->vars.len, true};
    CheckOptions co = {opt->provider_versions.data, opt->provider_versions.len, opt->vars.data, opt->vars.len,
                       opt->workspace, opt->env_suffix_vars.data, opt->env_suffix_vars.len};
    Vec(ReportProvider) used = {0};
    for (uint32_t i = 0; i < groups.len; i++) {
        Group *g = groups.data[i];
        g->tree = config_load(g->dir, NULL, 0, &lo, &arena, &names, &g->diags);
        SchemaSelection sel;
        check_tree(g->tree, &arena, &names, &g->diags, &co, &sel);
        for (uint32_t k = 0; k < sel.count; k++) {
            const char *ver = schema_provider_version(sel.items[k].provider);
            if (opt->verbose)
                fprintf(stderr, "tfcheck: %s: %s %s (%s)\n", g->dir, sel.items[k].source, ver, sel.items[k].why);
            bool dup = false;
            for (uint32_t u = 0; u < used.len && !dup; u++)
                dup = !strcmp(used.data[u].source, sel.items[k].source) && !strcmp(used.data[u].version, ver);
            if (!dup) {
                ReportProvider rp = {sel.items[k].source, ver};
                vec_push(&used, rp);
            }
        }
    }
    /* A directory that another checked module calls is reported through that
     * call (as a child), not again as a root of its own. */
    uint32_t read = 0;
    PtrMap seen = {0};
    for (uint32_t i = 0; i < groups.len; i++) {
        Group *g = groups.data[i];
        bool called = false;
        for (uint32_t k = 0; k < groups.len && !called; k++) {
            if (k == i) continue;
            ModuleTree *t = groups.data[k]->tree;
            for (uint32_t j = 1; j < t->modules.len && !called; j++) {
                char real[PATH_MAX];
                if (realpath(t->modules.data[j]->dir, real) && strcmp(real, g->real) == 0) called = true;
            }
        }
        if (called && !g->explicit_files) continue;
        if (g->explicit_files) {
            read += g->files.len;
        } else {
            /* every file of the module and of the local modules it calls */
            read += g->files.len;
            for (uint32_t j = 1; j < g->tree->modules.len; j++)
                if (!g->tree->modules.data[j]->remote) read += g->tree->modules.data[j]->files.len;
        }
        for (uint32_t k = 0; k < g->diags.items.len; k++) {
            Diag *d = &g->diags.items.data[k];
            if (g->explicit_files && !diag_in_files(d, g)) continue;
            /* a module called from two checked modules is loaded twice:
             * report each finding once (keyed by an interned description) */
            char key[1024];
            int n = snprintf(key, sizeof key, "%s|%u|%u|%d|%s|%s", d->path ? d->path : "", d->subject.start,
                             d->subject.end, d->has_subject, d->rule, d->summary);
            const char *k2 = intern(&names, key, n > 0 && (size_t)n < sizeof key ? (size_t)n : sizeof key - 1);
            if (ptrmap_get(&seen, k2)) continue;
            ptrmap_put(&seen, k2, d);
            vec_push(&diags.items, *d);
        }
    }
    ptrmap_free(&seen);
    for (uint32_t i = 0; i < diags.items.len; i++)
        if (strcmp(diags.items.data[i].rule, "io") == 0 && diags.items.data[i].severity == SEV_ERROR)
            trouble = true;
    /* --severity RULE=LEVEL: later options win */
    uint32_t kept = 0;
    for (uint32_t i = 0; i < diags.items.len; i++) {
        Diag d = diags.items.data[i];
        bool off = false;
        for (uint32_t k = 0; k < opt->severities.len; k++) {
            const char *s = opt->severities.data[k], *eq = strchr(s, '=');
            if (strlen(d.rule) != (size_t)(eq - s) || strncmp(d.rule, s, (size_t)(eq - s)) != 0) continue;
            off = strcmp(eq + 1, "off") == 0;
            if (!off) d.severity = eq[1] == 'e' ? SEV_ERROR : eq[1] == 'w' ? SEV_WARNING : SEV_INFO;
        }
        if (!off) diags.items.data[kept++] = d;
    }
    diags.items.len = kept;

    diag_sort(&diags);
    ReportSummary sum = {read, used.data, used.len};
    if (opt->format == FORMAT_JSON) report_json(stdout, &diags, &sum);
    else report_text(stdout, &diags, &sum, opt->color);
    fflush(stdout);
    vec_free(&used);

    int rc;
    if (trouble) rc = EXIT_TROUBLE;
    else {
        rc = EXIT_CLEAN;
        for (uint32_t i = 0; i < diags.items.len; i++)
            if (diags.items.data[i].severity <= opt->fail_on) rc = EXIT_FINDINGS;
    }
    if (ferror(stdout)) rc = EXIT_TROUBLE;

    for (uint32_t i = 0; i < groups.len; i++) {
        vec_free(&groups.data[i]->files);
        diag_list_free(&groups.data[i]->diags);
        config_free(groups.data[i]->tree);
    }
    vec_free(&groups);
    vec_free(&files);
    diag_list_free(&diags);
    interner_free(&names);
    arena_free(&arena);
    return rc;
}

int main(int argc, char **argv) {
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.fail_on = SEV_ERROR;
    const char *cmd = argc > 1 ? argv[1] : "";
    if (strcmp(cmd, "fmt") == 0) return cmd_fmt(argc, argv, 2);
    if (strcmp(cmd, "console") == 0) return cmd_console(argc, argv, 2);
    bool is_rules = strcmp(cmd, "rules") == 0, is_explain = strcmp(cmd, "explain") == 0;
    int first = (strcmp(cmd, "check") == 0 || is_rules || is_explain) ? 2 : 1;
    int rc = parse_args(argc, argv, first, &opt);
    if (rc < 0) {
        if (is_rules) rc = cmd_rules();
        else if (is_explain) rc = cmd_explain(&opt);
        else rc = run_check(&opt);
    }
    vec_free(&opt.paths);
    vec_free(&opt.var_files);
    vec_free(&opt.vars);
    vec_free(&opt.severities);
    vec_free(&opt.env_suffix_vars);
    return rc;
}
