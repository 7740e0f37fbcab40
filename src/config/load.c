/* load.c - reads a module directory into the Module model.
 *
 * Files are read in name order, as Terraform reads them.  Override files
 * (override.tf, *_override.tf) are merged into the blocks they override
 * after all primary files are read, following Terraform's merge rules:
 * arguments replace arguments, a nested block type replaces all blocks of
 * that type, locals and required providers merge entry by entry.  Local
 * child modules (source "./x" or "../x") are loaded recursively; a module
 * that calls itself through a chain is reported once.
 */
#include "config.h"

#include "../tfjson/tfjson.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Loader {
    Arena *a;
    Interner *names;
    DiagList *diags;
    const LoadOptions *opts;
    ModuleTree *tree;
    Vec(const char *) stack;    /* real paths of the modules being loaded */
    const JsonValue *installed; /* .terraform/modules/modules.json "Modules", or NULL */
    const char *root_dir;
} Loader;

/* ---- small helpers shared with the checks ---------------------------------- */

AstAttribute *body_attr(const AstBody *b, const char *name) {
    if (!b) return NULL;
    for (uint32_t i = 0; i < b->len; i++)
        if (!b->items[i].is_block && strcmp(b->items[i].u.attr->name, name) == 0)
            return b->items[i].u.attr;
    return NULL;
}

AstBlock *body_block(const AstBody *b, const char *type) {
    if (!b) return NULL;
    for (uint32_t i = 0; i < b->len; i++)
        if (b->items[i].is_block && strcmp(b->items[i].u.block->type, type) == 0)
            return b->items[i].u.block;
    return NULL;
}

const char *expr_literal_string(Arena *a, const AstExpr *e) {
    if (!e) return NULL;
    if (e->kind == AST_PAREN) return expr_literal_string(a, e->u.inner);
    if (e->kind != AST_TEMPLATE) return NULL;
    StrBuf sb = {0};
    for (uint32_t i = 0; i < e->u.tmpl.parts.len; i++) {
        const AstExpr *p = e->u.tmpl.parts.items[i];
        if (p->kind == AST_STRING) {
            sb_append(&sb, p->u.string.text, p->u.string.len);
        } else if (p->kind == AST_TEMPLATE) {
            const char *inner = expr_literal_string(a, p);
            if (!inner) {
                sb_free(&sb);
                return NULL;
            }
            sb_puts(&sb, inner);
        } else {
            sb_free(&sb);
            return NULL;
        }
    }
    const char *s = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return s;
}

Variable *module_variable(Module *m, const char *name) { return ptrmap_get(&m->by_variable, name); }
Local *module_local(Module *m, const char *name) { return ptrmap_get(&m->by_local, name); }
Output *module_output(Module *m, const char *name) { return ptrmap_get(&m->by_output, name); }
Resource *module_resource_key(Module *m, const char *key) { return ptrmap_get(&m->by_resource, key); }

Resource *module_resource(Module *m, ResourceMode mode, const char *type, const char *name) {
    char key[512];
    int n = snprintf(key, sizeof key, "%s%s.%s",
                     mode == MODE_DATA ? "data." : mode == MODE_EPHEMERAL ? "ephemeral." : "", type, name);
    if (n > 0 && (size_t)n < sizeof key) return module_resource_key(m, intern(m->names, key, (size_t)n));
    for (uint32_t i = 0; i < m->resources.len; i++) { /* a very long address */
        Resource *r = &m->resources.data[i];
        if (r->mode == mode && r->type == type && r->name == name) return r;
    }
    return NULL;
}

Module *call_child_known(const ModuleCall *c) {
    if (!c->child || c->child->has_syntax_errors || c->child->has_unread_json) return NULL;
    return c->child;
}

ModuleCall *module_call(Module *m, const char *name) { return ptrmap_get(&m->by_call, name); }

/* Builds the name maps once the module's declarations are final. */
static void index_module(Module *m) {
    for (uint32_t i = 0; i < m->variables.len; i++) ptrmap_put(&m->by_variable, m->variables.data[i].name, &m->variables.data[i]);
    for (uint32_t i = 0; i < m->locals.len; i++) ptrmap_put(&m->by_local, m->locals.data[i].name, &m->locals.data[i]);
    for (uint32_t i = 0; i < m->outputs.len; i++) ptrmap_put(&m->by_output, m->outputs.data[i].name, &m->outputs.data[i]);
    for (uint32_t i = 0; i < m->calls.len; i++) ptrmap_put(&m->by_call, m->calls.data[i]->name, m->calls.data[i]);
    for (uint32_t i = 0; i < m->resources.len; i++) ptrmap_put(&m->by_resource, m->resources.data[i].key, &m->resources.data[i]);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static const char *path_join(Arena *a, const char *dir, const char *name) {
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/') n--;
    if (n == 1 && dir[0] == '.') return arena_strndup(a, name, strlen(name));
    return arena_printf(a, "%.*s/%s", (int)n, dir, name);
}

/* Lexically cleans a path: removes "." parts and folds "x/.." pairs. */
static const char *path_clean(Arena *a, const char *p) {
    bool abs = p[0] == '/';
    Vec(const char *) parts = {0};
    Vec(uint32_t) lens = {0};
    const char *s = p;
    while (*s) {
        while (*s == '/') s++;
        const char *e = s;
        while (*e && *e != '/') e++;
        uint32_t n = (uint32_t)(e - s);
        if (n == 0 || (n == 1 && s[0] == '.')) {
        } else if (n == 2 && s[0] == '.' && s[1] == '.' && parts.len &&
                   !(lens.data[lens.len - 1] == 2 && parts.data[parts.len - 1][0] == '.' &&
                     parts.data[parts.len - 1][1] == '.')) {
            parts.len--;
            lens.len--;
        } else if (!(n == 2 && s[0] == '.' && s[1] == '.' && abs && parts.len == 0)) {
            vec_push(&parts, s);
            vec_push(&lens, n);
        }
        s = e;
    }
    StrBuf sb = {0};
    if (abs) sb_putc(&sb, '/');
    for (uint32_t i = 0; i < parts.len; i++) {
        if (i) sb_putc(&sb, '/');
        sb_append(&sb, parts.data[i], lens.data[i]);
    }
    if (sb.len == 0) sb_putc(&sb, '.');
    const char *out = arena_strndup(a, sb.data, sb.len);
    sb_free(&sb);
    vec_free(&parts);
    vec_free(&lens);
    return out;
}

static Diag *config_error(Loader *ld, const char *rule, const char *cls, const SourceFile *f, Range r,
                          const char *summary) {
    return diag_add(ld->diags, SEV_ERROR, rule, cls, f, r, summary);
}

/* ---- reading files ---------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static ConfigFile *read_config_file(Loader *ld, Module *m, const char *path) {
    SourceFile *src = source_read(ld->a, path);
    if (!src) {
        Diag *d = diag_add(ld->diags, SEV_ERROR, "io", "S1", NULL, range_make(0, 0), "Cannot read file");
        d->path = path;
        diag_detailf(ld->diags, d, "%s.", strerror(errno));
        return NULL;
    }
    src->path = path;
    ConfigFile cf;
    memset(&cf, 0, sizeof cf);
    cf.src = src;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    bool json = ends_with(base, ".json");
    cf.tfvars = ends_with(base, ".tfvars") || ends_with(base, ".tfvars.json");
    cf.ast = json ? json_config_parse(src, cf.tfvars, ld->a, ld->names, ld->diags)
                  : hcl_parse(src, NULL, ld->a, ld->names, ld->diags);
    cf.json = json;
    cf.override = !cf.tfvars && (strcmp(base, "override.tf") == 0 || ends_with(base, "_override.tf") ||
                                 strcmp(base, "override.tf.json") == 0 || ends_with(base, "_override.tf.json"));
    cf.auto_tfvars = cf.tfvars && (strcmp(base, "terraform.tfvars") == 0 || ends_with(base, ".auto.tfvars") ||
                                   strcmp(base, "terraform.tfvars.json") == 0 ||
                                   ends_with(base, ".auto.tfvars.json"));
    vec_push(&m->files, cf);
    return &vec_last(&m->files);
}

/* Reads the module's files: every *.tf and *.tfvars in dir, or only the
 * given files.  JSON files are reported as not yet checked. */
static void read_module_files(Loader *ld, Module *m, const char **only, uint32_t only_count) {
    Vec(char *) names = {0};
    if (only) {
        for (uint32_t i = 0; i < only_count; i++) {
            char *c = mem_alloc(strlen(only[i]) + 1);
            strcpy(c, only[i]);
            vec_push(&names, c);
        }
    } else {
        DIR *d = opendir(m->dir);
        if (!d) {
            Diag *dg = diag_add(ld->diags, SEV_ERROR, "io", "S1", NULL, range_make(0, 0), "Cannot read directory");
            dg->path = m->dir;
            diag_detailf(ld->diags, dg, "%s.", strerror(errno));
            return;
        }
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            const char *n = de->d_name;
            if (n[0] == '.') continue;
            if (!ends_with(n, ".tf") && !ends_with(n, ".tfvars") && !ends_with(n, ".tf.json") &&
                !ends_with(n, ".tfvars.json"))
                continue;
            const char *full = path_join(ld->a, m->dir, n);
            struct stat st;
            if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) continue;
            char *c = mem_alloc(strlen(full) + 1);
            strcpy(c, full);
            vec_push(&names, c);
        }
        closedir(d);
    }
    if (names.len) qsort(names.data, names.len, sizeof(char *), cmp_str);
    for (uint32_t i = 0; i < names.len; i++) {
        const char *path = arena_strndup(ld->a, names.data[i], strlen(names.data[i]));
        uint32_t before = ld->diags->items.len;
        read_config_file(ld, m, path);
        for (uint32_t k = before; k < ld->diags->items.len; k++)
            if (strcmp(ld->diags->items.data[k].rule, "syntax") == 0) m->has_syntax_errors = true;
    }
    for (uint32_t i = 0; i < names.len; i++) mem_free(names.data[i]);
    vec_free(&names);
}

/* ---- building the model ------------------------------------------------------- */

static const char *const top_level_blocks[] = {
    "terraform", "provider", "variable", "locals", "output", "resource", "data", "ephemeral",
    "module", "moved", "import", "removed", "check", NULL,
};

static bool valid_name(const char *s) {
    if (!s[0]) return false;
    unsigned c = (unsigned char)s[0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80)) return false;
    for (const char *p = s + 1; *p; p++) {
        c = (unsigned char)*p;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c >= 0x80))
            return false;
    }
    return true;
}

/* Checks a top-level block's labels: count and (for names) identifier form. */
static bool check_labels(Loader *ld, AstBlock *b, uint32_t want, const char *what) {
    if (b->label_count != want) {
        Range r = b->label_count > want ? b->labels[want].range : b->type_range;
        Diag *d = config_error(ld, "invalid-block", "S1", b->src, r,
                               b->label_count < want
                                   ? arena_printf(ld->a, "Missing name for %s", b->type)
                                   : arena_printf(ld->a, "Extraneous label for %s", b->type));
        if (d)
            d->detail = arena_printf(ld->a, "All %s blocks must have %u label%s (%s).", b->type, want,
                                     want == 1 ? "" : "s", what);
        return false;
    }
    uint32_t name_label = want - 1;
    if (want > 0 && !valid_name(b->labels[name_label].value)) {
        Diag *d = config_error(ld, "invalid-block", "S1", b->src, b->labels[name_label].range,
                               arena_printf(ld->a, "Invalid %s name", b->type));
        d->detail = "A name must start with a letter or underscore and may contain only letters, "
                    "digits, underscores, and dashes.";
        return false;
    }
    return true;
}

static const char *label(Loader *ld, AstBlock *b, uint32_t i) {
    return intern(ld->names, b->labels[i].value, strlen(b->labels[i].value));
}

static void add_required_providers(Loader *ld, Module *m, AstBlock *rp) {
    for (uint32_t i = 0; i < rp->body->len; i++) {
        AstItem *it = &rp->body->items[i];
        if (it->is_block) continue;
        AstAttribute *a = it->u.attr;
        RequiredProvider p;
        memset(&p, 0, sizeof p);
        p.name = a->name;
        p.loc.file = a->src;
        p.loc.range = a->name_range;
        const AstExpr *e = a->expr;
        const char *lit = expr_literal_string(ld->a, e);
        if (lit) { /* legacy form: aws = "~> 5.0" */
            p.version = lit;
            p.version_expr = a->expr;
        } else if (e->kind == AST_OBJECT) {
            for (uint32_t k = 0; k < e->u.object.len; k++) {
                const ObjectItem *oi = &e->u.object.items[k];
                const char *key = oi->key_literal ? oi->key->u.name : expr_literal_string(ld->a, oi->key);
                if (!key) continue;
                if (strcmp(key, "source") == 0) p.source = expr_literal_string(ld->a, oi->value);
                else if (strcmp(key, "version") == 0) {
                    p.version = expr_literal_string(ld->a, oi->value);
                    p.version_expr = oi->value;
                } else if (strcmp(key, "configuration_aliases") == 0 && oi->value->kind == AST_TUPLE) {
                    const ExprList *l = &oi->value->u.items;
                    p.aliases = ARENA_ARRAY(ld->a, const char *, l->len ? l->len : 1);
                    for (uint32_t j = 0; j < l->len; j++) {
                        const AstExpr *x = l->items[j];
                        const char *lit2 = NULL, *dot = NULL;
                        if (x->kind == AST_GETATTR && x->u.attr.obj->kind == AST_VARIABLE)
                            p.aliases[p.alias_count++] = x->u.attr.name;
                        else if ((lit2 = expr_literal_string(ld->a, x)) && (dot = strchr(lit2, '.')))
                            p.aliases[p.alias_count++] = intern(ld->names, dot + 1, strlen(dot + 1)); /* JSON */
                    }
                }
            }
        }
        vec_push(&m->required_providers, p);
    }
}

static void add_terraform_block(Loader *ld, Module *m, AstBlock *b, bool override) {
    TerraformBlock tb = {b, b->src};
    vec_push(&m->terraform_blocks, tb);
    AstAttribute *rv = body_attr(b->body, "required_version");
    if (rv) {
        if (override) m->required_versions.len = 0; /* an override replaces */
        vec_push(&m->required_versions, rv);
    }
    for (uint32_t i = 0; i < b->body->len; i++) {
        AstItem *it = &b->body->items[i];
        if (!it->is_block) continue;
        AstBlock *nb = it->u.block;
        if (strcmp(nb->type, "required_providers") == 0) {
            if (override) {
                /* entries replace same-named ones; the block is not a duplicate */
                for (uint32_t k = 0; k < nb->body->len; k++) {
                    if (nb->body->items[k].is_block) continue;
                    AstAttribute *a = nb->body->items[k].u.attr;
                    for (uint32_t j = 0; j < m->required_providers.len; j++)
                        if (m->required_providers.data[j].name == a->name) {
                            m->required_providers.data[j] = m->required_providers.data[m->required_providers.len - 1];
                            m->required_providers.len--;
                            break;
                        }
                }
            } else {
                vec_push(&m->required_providers_blocks, nb);
                vec_push(&m->required_providers_files, nb->src);
            }
            add_required_providers(ld, m, nb);
        } else if (strcmp(nb->type, "backend") == 0 || strcmp(nb->type, "cloud") == 0) {
            Backend be = {strcmp(nb->type, "cloud") == 0 ? "cloud"
                                                         : (nb->label_count ? label(ld, nb, 0) : ""),
                          nb, nb->src};
            if (override) m->backends.len = 0; /* an override backend replaces */
            vec_push(&m->backends, be);
        }
    }
}

static void add_resource(Loader *ld, Module *m, AstBlock *b, ResourceMode mode, bool in_check) {
    if (!check_labels(ld, b, 2, mode == MODE_DATA ? "type, name" : "type, name")) return;
    Resource r;
    memset(&r, 0, sizeof r);
    r.mode = mode;
    r.type = label(ld, b, 0);
    r.name = label(ld, b, 1);
    const char *prefix = mode == MODE_DATA ? "data." : mode == MODE_EPHEMERAL ? "ephemeral." : "";
    const char *key = arena_printf(ld->a, "%s%s.%s", prefix, r.type, r.name);
    r.key = intern(ld->names, key, strlen(key));
    r.block = b;
    r.file = b->src;
    r.count = body_attr(b->body, "count");
    r.for_each = body_attr(b->body, "for_each");
    r.provider = body_attr(b->body, "provider");
    r.lifecycle = body_block(b->body, "lifecycle");
    r.in_check = in_check;
    const char *us = strchr(r.type, '_');
    r.provider_name = us ? intern(ld->names, r.type, (size_t)(us - r.type)) : r.type;
    if (r.provider) {
        const AstExpr *pe = r.provider->expr;
        if (pe->kind == AST_GETATTR && pe->u.attr.obj->kind == AST_VARIABLE) {
            r.provider_name = pe->u.attr.obj->u.name;
            r.provider_alias = pe->u.attr.name;
        } else if (pe->kind == AST_VARIABLE) {
            r.provider_name = pe->u.name;
        }
    }
    vec_push(&m->resources, r);
}

static void add_variable(Loader *ld, Module *m, AstBlock *b) {
    if (!check_labels(ld, b, 1, "name")) return;
    Variable v;
    memset(&v, 0, sizeof v);
    v.name = label(ld, b, 0);
    v.block = b;
    v.file = b->src;
    v.nullable = true;
    AstAttribute *t = body_attr(b->body, "type");
    if (t) {
        v.type_expr = t->expr;
        v.type = type_from_expr(t->expr, t->src, ld->a, ld->names, ld->diags);
    }
    v.default_attr = body_attr(b->body, "default");
    AstAttribute *n = body_attr(b->body, "nullable");
    if (n && n->expr->kind == AST_BOOL) v.nullable = n->expr->u.boolean;
    AstAttribute *s = body_attr(b->body, "sensitive");
    v.sensitive = s && s->expr->kind == AST_BOOL && s->expr->u.boolean;
    AstAttribute *e = body_attr(b->body, "ephemeral");
    v.ephemeral = e && e->expr->kind == AST_BOOL && e->expr->u.boolean;
    vec_push(&m->variables, v);
}

static void add_module_call(Loader *ld, Module *m, AstBlock *b) {
    if (!check_labels(ld, b, 1, "name")) return;
    ModuleCall *c = ARENA_NEW(ld->a, ModuleCall);  /* see index_module */
    c->name = label(ld, b, 0);
    c->block = b;
    c->file = b->src;
    AstAttribute *s = body_attr(b->body, "source");
    if (s) {
        c->source = expr_literal_string(ld->a, s->expr);
        c->source_range = s->expr->range;
    }
    c->count = body_attr(b->body, "count");
    c->for_each = body_attr(b->body, "for_each");
    c->local = c->source && (strncmp(c->source, "./", 2) == 0 || strncmp(c->source, "../", 3) == 0 ||
                             strcmp(c->source, ".") == 0 || strcmp(c->source, "..") == 0);
    vec_push(&m->calls, c);
}

static void add_block(Loader *ld, Module *m, AstBlock *b) {
    const char *t = b->type;
    if (strcmp(t, "terraform") == 0) {
        check_labels(ld, b, 0, "");
        add_terraform_block(ld, m, b, false);
    } else if (strcmp(t, "provider") == 0) {
        if (!check_labels(ld, b, 1, "name")) return;
        ProviderConfig p = {label(ld, b, 0), NULL, b, b->src};
        AstAttribute *al = body_attr(b->body, "alias");
        if (al) {
            const char *s = expr_literal_string(ld->a, al->expr);
            if (s) p.alias = intern(ld->names, s, strlen(s));
        }
        vec_push(&m->providers, p);
    } else if (strcmp(t, "variable") == 0) {
        add_variable(ld, m, b);
    } else if (strcmp(t, "locals") == 0) {
        check_labels(ld, b, 0, "");
        for (uint32_t i = 0; i < b->body->len; i++) {
            AstItem *it = &b->body->items[i];
            if (it->is_block) {
                Diag *d = config_error(ld, "invalid-block", "S1", it->u.block->src, it->u.block->type_range,
                                       "Unsupported block type");
                d->detail = arena_printf(ld->a, "Blocks of type \"%s\" are not expected here.", it->u.block->type);
                continue;
            }
            bool again = false; /* set twice in this block: a syntax error already */
            for (uint32_t k = 0; k < i; k++)
                if (!b->body->items[k].is_block && b->body->items[k].u.attr->name == it->u.attr->name)
                    again = true;
            if (again) continue;
            Local l = {it->u.attr->name, it->u.attr, it->u.attr->src};
            vec_push(&m->locals, l);
        }
    } else if (strcmp(t, "output") == 0) {
        if (!check_labels(ld, b, 1, "name")) return;
        Output o = {label(ld, b, 0), b, b->src, body_attr(b->body, "value")};
        vec_push(&m->outputs, o);
    } else if (strcmp(t, "resource") == 0) {
        add_resource(ld, m, b, MODE_MANAGED, false);
    } else if (strcmp(t, "data") == 0) {
        add_resource(ld, m, b, MODE_DATA, false);
    } else if (strcmp(t, "ephemeral") == 0) {
        add_resource(ld, m, b, MODE_EPHEMERAL, false);
    } else if (strcmp(t, "module") == 0) {
        add_module_call(ld, m, b);
    } else if (strcmp(t, "moved") == 0 || strcmp(t, "import") == 0 || strcmp(t, "removed") == 0) {
        if (!check_labels(ld, b, 0, "")) return;
        OtherBlock o = {b, b->src};
        vec_push(t[0] == 'm' ? &m->moved : t[0] == 'i' ? &m->imports : &m->removed, o);
    } else if (strcmp(t, "check") == 0) {
        if (!check_labels(ld, b, 1, "name")) return;
        OtherBlock o = {b, b->src};
        vec_push(&m->checks, o);
        for (uint32_t i = 0; i < b->body->len; i++)
            if (b->body->items[i].is_block && strcmp(b->body->items[i].u.block->type, "data") == 0)
                add_resource(ld, m, b->body->items[i].u.block, MODE_DATA, true);
    } else {
        const char *best = NULL;
        size_t bd = 3;
        for (const char *const *k = top_level_blocks; *k; k++) {
            size_t d = str_edit_distance(t, *k);
            if (d < bd) {
                bd = d;
                best = *k;
            }
        }
        Diag *d = config_error(ld, "invalid-block", "S1", b->src, b->type_range, "Unsupported block type");
        d->detail = best ? arena_printf(ld->a, "Blocks of type \"%s\" are not expected here. Did you mean \"%s\"?", t, best)
                         : arena_printf(ld->a, "Blocks of type \"%s\" are not expected here.", t);
    }
}

/* ---- override files ------------------------------------------------------------ */

static bool same_identity(Loader *ld, const AstBlock *a, const AstBlock *b) {
    if (a->type != b->type || a->label_count != b->label_count) return false;
    for (uint32_t i = 0; i < a->label_count; i++)
        if (strcmp(a->labels[i].value, b->labels[i].value) != 0) return false;
    if (strcmp(a->type, "provider") == 0) {
        /* provider configurations are told apart by their alias too */
        AstAttribute *x = body_attr(a->body, "alias"), *y = body_attr(b->body, "alias");
        const char *xs = x ? expr_literal_string(ld->a, x->expr) : NULL;
        const char *ys = y ? expr_literal_string(ld->a, y->expr) : NULL;
        if ((xs == NULL) != (ys == NULL)) return false;
        if (xs && strcmp(xs, ys) != 0) return false;
    }
    return true;
}

/* The body of `base` with `over`'s arguments and nested block types
 * replacing its own. */
static AstBody *merge_bodies(Loader *ld, const AstBody *base, const AstBody *over) {
    Vec(AstItem) items = {0};
    for (uint32_t i = 0; i < base->len; i++) {
        const AstItem *it = &base->items[i];
        bool replaced = false;
        for (uint32_t k = 0; k < over->len && !replaced; k++) {
            const AstItem *o = &over->items[k];
            if (it->is_block != o->is_block) continue;
            if (!it->is_block && it->u.attr->name == o->u.attr->name) replaced = true;
            if (it->is_block && it->u.block->type == o->u.block->type) replaced = true;
        }
        if (!replaced) vec_push(&items, *it);
    }
    for (uint32_t k = 0; k < over->len; k++) vec_push(&items, over->items[k]);
    AstBody *b = ARENA_NEW(ld->a, AstBody);
    b->items = vec_to_arena(ld->a, &items);
    b->len = items.len;
    b->range = base->range;
    vec_free(&items);
    return b;
}

static void apply_override_block(Loader *ld, Module *m, AstBlock *ob) {
    if (strcmp(ob->type, "terraform") == 0) {
        add_terraform_block(ld, m, ob, true);
        return;
    }
    if (strcmp(ob->type, "locals") == 0) {
        for (uint32_t i = 0; i < ob->body->len; i++) {
            if (ob->body->items[i].is_block) continue;
            AstAttribute *a = ob->body->items[i].u.attr;
            Local *l = NULL; /* the maps are built after the overrides */
            for (uint32_t k = 0; k < m->locals.len && !l; k++)
                if (m->locals.data[k].name == a->name) l = &m->locals.data[k];
            if (!l) {
                Diag *d = config_error(ld, "invalid-block", "S4", a->src, a->name_range,
                                       "Missing base local value definition to override");
                d->detail = arena_printf(ld->a, "There is no local value named \"%s\". An override file can "
                                                "only override a local value that was already defined in a "
                                                "primary configuration file.", a->name);
                continue;
            }
            l->attr = a;
            l->file = a->src;
        }
        return;
    }
    /* find the primary block with the same type and labels */
    for (uint32_t f = 0; f < m->files.len; f++) {
        ConfigFile *cf = &m->files.data[f];
        if (cf->override || cf->tfvars) continue;
        for (uint32_t i = 0; i < cf->ast->body->len; i++) {
            AstItem *it = &cf->ast->body->items[i];
            if (!it->is_block || !same_identity(ld, it->u.block, ob)) continue;
            it->u.block->body = merge_bodies(ld, it->u.block->body, ob->body);
            return;
        }
    }
    Diag *d = config_error(ld, "invalid-block", "S4", ob->src, ob->type_range,
                           arena_printf(ld->a, "Missing base %s definition to override", ob->type));
    d->detail = "An override file can only override a block that was already defined in a primary "
                "configuration file of the same module.";
}

/* ---- variable values --------------------------------------------------------------- */

static void add_var_values(Module *m, ConfigFile *cf) {
    for (uint32_t i = 0; i < cf->ast->body->len; i++) {
        AstItem *it = &cf->ast->body->items[i];
        if (it->is_block) continue;
        vec_push(&m->var_values, it->u.attr);
        vec_push(&m->var_value_files, cf->src);
    }
}

static void load_var_sources(Loader *ld, Module *m) {
    /* terraform.tfvars, then *.auto.tfvars in name order (files are sorted) */
    for (uint32_t i = 0; i < m->files.len; i++) {
        ConfigFile *cf = &m->files.data[i];
        const char *base = strrchr(cf->src->path, '/');
        base = base ? base + 1 : cf->src->path;
        if (cf->auto_tfvars && strcmp(base, "terraform.tfvars") == 0) add_var_values(m, cf);
    }
    for (uint32_t i = 0; i < m->files.len; i++) {
        ConfigFile *cf = &m->files.data[i];
        const char *base = strrchr(cf->src->path, '/');
        base = base ? base + 1 : cf->src->path;
        if (cf->auto_tfvars && strcmp(base, "terraform.tfvars.json") == 0) add_var_values(m, cf);
    }
    for (uint32_t i = 0; i < m->files.len; i++) {
        ConfigFile *cf = &m->files.data[i];
        if (cf->auto_tfvars && (ends_with(cf->src->path, ".auto.tfvars") ||
                                ends_with(cf->src->path, ".auto.tfvars.json")))
            add_var_values(m, cf);
    }
    const LoadOptions *o = ld->opts;
    if (!o) return;
    for (uint32_t i = 0; i < o->var_file_count; i++) {
        uint32_t before = m->files.len;
        ConfigFile *cf = read_config_file(ld, m, arena_strndup(ld->a, o->var_files[i], strlen(o->var_files[i])));
        if (!cf || m->files.len == before) continue;
        cf->tfvars = true;
        cf->auto_tfvars = false;
        add_var_values(m, cf);
    }
    for (uint32_t i = 0; i < o->var_count; i++) {
        const char *eq = strchr(o->vars[i], '=');
        size_t n = eq ? (size_t)(eq - o->vars[i]) : strlen(o->vars[i]);
        vec_push(&m->var_names_set, intern(ld->names, o->vars[i], n));
    }
    if (o->read_env) {
        extern char **environ;
        for (char **e = environ; e && *e; e++) {
            if (strncmp(*e, "TF_VAR_", 7) != 0) continue;
            const char *name = *e + 7;
            const char *eq = strchr(name, '=');
            if (!eq || eq == name) continue;
            vec_push(&m->var_names_set, intern(ld->names, name, (size_t)(eq - name)));
        }
    }
}

/* ---- modules ------------------------------------------------------------------------- */

static Module *load_module(Loader *ld, const char *dir, Module *parent, ModuleCall *call, const char *key,
                           const char **only, uint32_t only_count);

static void load_children(Loader *ld, Module *m) {
    for (uint32_t i = 0; i < m->calls.len; i++) {
        ModuleCall *c = m->calls.data[i];
        if (!c->source) continue;
        const char *key = m->key[0] ? arena_printf(ld->a, "%s.%s", m->key, c->name) : c->name;
        const char *dir = NULL;
        if (!c->local) {
            /* a remote module is read where terraform init downloaded it */
            for (uint32_t k = 0; ld->installed && k < ld->installed->count && !dir; k++) {
                const JsonValue *e = ld->installed->items[k];
                const JsonValue *ek = json_get(e, "Key"), *ed = json_get(e, "Dir");
                if (ek && ed && ek->kind == JSON_STRING && ed->kind == JSON_STRING && strcmp(ek->str, key) == 0)
                    dir = path_clean(ld->a, path_join(ld->a, ld->root_dir, ed->str));
            }
            struct stat st;
            if (!dir || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
                c->not_inspected = true;
                continue;
            }
        } else {
            dir = path_clean(ld->a, path_join(ld->a, m->dir, c->source));
        }
        char real[PATH_MAX];
        struct stat dst;
        if (!realpath(dir, real) || stat(real, &dst) != 0 || !S_ISDIR(dst.st_mode)) {
            bool exists = realpath(dir, real) != NULL;
            Diag *d = config_error(ld, "module-source", "R1", c->file, c->source_range,
                                   exists ? "Unreadable module directory" : "Module not found");
            d->detail = exists ? arena_printf(ld->a, "The module source %s is a file; a module source names the "
                                                     "directory that holds the module's .tf files.", dir)
                               : arena_printf(ld->a, "The module directory %s does not exist.", dir);
            d->hint = "Check the relative path in source; it is resolved from the calling module's directory.";
            continue;
        }
        bool cycle = false;
        for (uint32_t k = 0; k < ld->stack.len; k++)
            if (strcmp(ld->stack.data[k], real) == 0) cycle = true;
        if (cycle) {
            Diag *d = config_error(ld, "module-cycle", "R4", c->file, c->block->type_range,
                                   "Module calls itself");
            d->detail = arena_printf(ld->a, "module \"%s\" loads %s, which is already being loaded "
                                            "higher up this chain of module calls; Terraform would "
                                            "recurse forever.", c->name, dir);
            continue;
        }
        c->child = load_module(ld, dir, m, c, key, NULL, 0);
    }
}

static Module *load_module(Loader *ld, const char *dir, Module *parent, ModuleCall *call, const char *key,
                           const char **only, uint32_t only_count) {
    Module *m = ARENA_NEW(ld->a, Module);
    m->dir = dir;
    m->parent = parent;
    m->call = call;
    m->is_root = parent == NULL;
    m->names = ld->names;
    m->key = key;
    m->remote = parent && (parent->remote || !call->local);
    m->display_name = parent == NULL ? "root"
                      : strcmp(parent->display_name, "root") == 0
                          ? arena_printf(ld->a, "module.%s", call->name)
                          : arena_printf(ld->a, "%s.module.%s", parent->display_name, call->name);
    vec_push(&ld->tree->modules, m);
    char real[PATH_MAX];
    const char *real_dir = realpath(dir, real) ? arena_strndup(ld->a, real, strlen(real)) : dir;
    vec_push(&ld->stack, real_dir);

    uint32_t first_diag = ld->diags->items.len;
    read_module_files(ld, m, only, only_count);
    for (uint32_t f = 0; f < m->files.len; f++) {
        ConfigFile *cf = &m->files.data[f];
        if (cf->tfvars || cf->override) continue;
        for (uint32_t i = 0; i < cf->ast->body->len; i++) {
            AstItem *it = &cf->ast->body->items[i];
            if (it->is_block) continue;
            Diag *d = config_error(ld, "invalid-block", "S1", cf->src, it->u.attr->name_range,
                                   "Unsupported argument");
            d->detail = arena_printf(ld->a, "An argument named \"%s\" is not expected here.", it->u.attr->name);
            d->hint = "Only blocks (resource, variable, ...) may appear at the top level of a .tf file; "
                      "variable values belong in a .tfvars file.";
        }
    }
    /* overrides first change the primary bodies, so the model sees the result */
    for (uint32_t f = 0; f < m->files.len; f++) {
        ConfigFile *cf = &m->files.data[f];
        if (!cf->override) continue;
        for (uint32_t i = 0; i < cf->ast->body->len; i++)
            if (cf->ast->body->items[i].is_block && strcmp(cf->ast->body->items[i].u.block->type, "locals") != 0 &&
                strcmp(cf->ast->body->items[i].u.block->type, "terraform") != 0)
                apply_override_block(ld, m, cf->ast->body->items[i].u.block);
    }
    for (uint32_t f = 0; f < m->files.len; f++) {
        ConfigFile *cf = &m->files.data[f];
        if (cf->tfvars || cf->override) continue;
        for (uint32_t i = 0; i < cf->ast->body->len; i++)
            if (cf->ast->body->items[i].is_block) add_block(ld, m, cf->ast->body->items[i].u.block);
    }
    for (uint32_t f = 0; f < m->files.len; f++) {
        ConfigFile *cf = &m->files.data[f];
        if (!cf->override) continue;
        for (uint32_t i = 0; i < cf->ast->body->len; i++) {
            AstItem *it = &cf->ast->body->items[i];
            if (it->is_block && (strcmp(it->u.block->type, "locals") == 0 || strcmp(it->u.block->type, "terraform") == 0))
                apply_override_block(ld, m, it->u.block);
        }
    }
    index_module(m);
    /* a file that does not parse yields a partial tree: the loader's own
     * findings about it would be cascades of the syntax errors */
    if (m->has_syntax_errors) {
        uint32_t kept = first_diag;
        for (uint32_t k = first_diag; k < ld->diags->items.len; k++) {
            Diag *d = &ld->diags->items.data[k];
            bool broken_file = false;
            for (uint32_t j = first_diag; j < ld->diags->items.len && !broken_file; j++)
                broken_file = strcmp(ld->diags->items.data[j].rule, "syntax") == 0 && ld->diags->items.data[j].file == d->file;
            if (broken_file && (strcmp(d->rule, "invalid-block") == 0 || strcmp(d->rule, "invalid-type") == 0)) continue;
            ld->diags->items.data[kept++] = *d;
        }
        ld->diags->items.len = kept;
    }
    bool has_tfvars = false;
    for (uint32_t f = 0; f < m->files.len; f++)
        if (m->files.data[f].auto_tfvars) has_tfvars = true;
    m->looks_like_root = has_tfvars || m->providers.len > 0 || m->backends.len > 0;
    if (m->is_root) {
        load_var_sources(ld, m);
        const char *lock = path_join(ld->a, m->dir, ".terraform.lock.hcl");
        struct stat st;
        if (stat(lock, &st) == 0 && S_ISREG(st.st_mode)) {
            SourceFile *src = source_read(ld->a, lock);
            if (src) {
                src->path = lock;
                m->lock = hcl_parse(src, NULL, ld->a, ld->names, ld->diags);
            }
        }
    }

    load_children(ld, m);
    ld->stack.len--;
    return m;
}

ModuleTree *config_load(const char *dir, const char **only_files, uint32_t only_count,
                        const LoadOptions *opts, Arena *a, Interner *names, DiagList *diags) {
    Loader ld;
    memset(&ld, 0, sizeof ld);
    ld.a = a;
    ld.names = names;
    ld.diags = diags;
    ld.opts = opts;
    ld.tree = ARENA_NEW(a, ModuleTree);
    ld.root_dir = dir;
    /* modules that a previous terraform init installed */
    const char *mj = path_join(a, dir, ".terraform/modules/modules.json");
    struct stat st;
    if (stat(mj, &st) == 0 && S_ISREG(st.st_mode)) {
        SourceFile *src = source_read(a, mj);
        if (src) {
            src->path = mj;
            const JsonValue *doc = json_parse(src, a, diags);
            const JsonValue *mods = json_get(doc, "Modules");
            if (mods && mods->kind == JSON_ARRAY) ld.installed = mods;
        }
    }
    ld.tree->root = load_module(&ld, dir, NULL, NULL, "", only_files, only_count);
    vec_free(&ld.stack);
    return ld.tree;
}

void config_free(ModuleTree *t) {
    if (!t) return;
    for (uint32_t i = 0; i < t->modules.len; i++) {
        Module *m = t->modules.data[i];
        vec_free(&m->files);
        vec_free(&m->terraform_blocks);
        vec_free(&m->required_providers);
        vec_free(&m->required_providers_blocks);
        vec_free(&m->required_providers_files);
        vec_free(&m->backends);
        vec_free(&m->providers);
        vec_free(&m->variables);
        vec_free(&m->locals);
        vec_free(&m->outputs);
        vec_free(&m->resources);
        vec_free(&m->calls);
        vec_free(&m->moved);
        vec_free(&m->imports);
        vec_free(&m->removed);
        vec_free(&m->checks);
        vec_free(&m->var_values);
        vec_free(&m->var_value_files);
        vec_free(&m->var_names_set);
        vec_free(&m->required_versions);
        ptrmap_free(&m->by_variable);
        ptrmap_free(&m->by_local);
        ptrmap_free(&m->by_output);
        ptrmap_free(&m->by_call);
        ptrmap_free(&m->by_resource);
    }
    vec_free(&t->modules);
}
