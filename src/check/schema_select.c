/* schema_select.c - which embedded provider schema each module is checked
 * against.
 *
 * For every provider source the tree uses (hashicorp/aws, ...), the newest
 * embedded version that every module's required_providers constraint and
 * the root's lock file admit.  When no embedded version matches exactly
 * (a module pins 5.31.0), the embedded version of the same major is used:
 * within a major the AWS provider only adds types and arguments, so checking
 * against a newer minor finds no false "unknown" and misses little.
 * `--provider-version aws=5` forces a major (or an exact embedded version). */
#include "check_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "hashicorp/aws" for a source written as "hashicorp/aws",
 * "registry.terraform.io/HashiCorp/aws" or absent (local name "aws"). */
const char *provider_source_key(Arena *a, const char *source, const char *local_name) {
    const char *s = source ? source : arena_printf(a, "hashicorp/%s", local_name);
    const char *host = "registry.terraform.io/";
    size_t hl = strlen(host);
    if (strncasecmp(s, host, hl) == 0) s += hl;
    char *low = arena_strndup(a, s, strlen(s));
    for (char *c = low; *c; c++)
        if (*c >= 'A' && *c <= 'Z') *c = (char)(*c - 'A' + 'a');
    return low;
}

static const char *lock_version(Module *root, Arena *a, const char *source) {
    if (!root || !root->lock) return NULL;
    AstBody *body = root->lock->body;
    for (uint32_t i = 0; i < body->len; i++) {
        if (!body->items[i].is_block) continue;
        AstBlock *b = body->items[i].u.block;
        if (strcmp(b->type, "provider") != 0 || b->label_count != 1) continue;
        if (strcmp(provider_source_key(a, b->labels[0].value, ""), source) != 0) continue;
        AstAttribute *va = body_attr(b->body, "version");
        return va ? expr_literal_string(a, va->expr) : NULL;
    }
    return NULL;
}

static SchemaProviderId choose(const char *source, Module **mods, uint32_t nmods, Arena *a, const char *lock,
                               const char *forced, const char **why) {
    SchemaProviderId ids[16];
    uint32_t n = schema_provider_versions(source, ids, 16);
    if (!n) return -1;
    if (forced) {
        for (uint32_t i = 0; i < n; i++) {
            const char *v = schema_provider_version(ids[i]);
            size_t fl = strlen(forced);
            if (strcmp(v, forced) == 0 || (strncmp(v, forced, fl) == 0 && v[fl] == '.')) {
                *why = "forced by --provider-version";
                return ids[i];
            }
        }
    }
    /* every constraint on this source, from every module */
    Vec(VersionConstraints) cons = {0};
    for (uint32_t k = 0; k < nmods; k++)
        for (uint32_t j = 0; j < mods[k]->required_providers.len; j++) {
            RequiredProvider *p = &mods[k]->required_providers.data[j];
            if (!p->version || strcmp(provider_source_key(a, p->source, p->name), source) != 0) continue;
            VersionConstraints vc;
            const char *err;
            if (constraints_parse(a, p->version, &vc, &err)) vec_push(&cons, vc);
        }
    SchemaProviderId pick = -1;
    Version lv;
    bool have_lock = lock && version_parse(lock, strlen(lock), &lv);
    for (uint32_t i = 0; i < n && pick < 0; i++) {
        const char *vs = schema_provider_version(ids[i]);
        Version v;
        version_parse(vs, strlen(vs), &v);
        if (have_lock) {
            if (v.major == lv.major) {
                pick = ids[i];
                *why = "the major version the lock file selects";
            }
            continue;
        }
        bool ok = true;
        for (uint32_t c = 0; c < cons.len && ok; c++) ok = constraints_allow(&cons.data[c], &v);
        if (ok) {
            pick = ids[i];
            *why = cons.len ? "the newest embedded version the constraints allow" : "no version constraint: the newest embedded version";
        }
    }
    /* no exact match: a version the constraints name, and its major */
    for (uint32_t c = 0; pick < 0 && c < cons.len; c++)
        for (uint32_t k = 0; pick < 0 && k < cons.data[c].len; k++) {
            Version cand = cons.data[c].items[k].v;
            bool ok = true;
            for (uint32_t d = 0; d < cons.len && ok; d++) ok = constraints_allow(&cons.data[d], &cand);
            if (!ok) continue;
            for (uint32_t i = 0; i < n && pick < 0; i++) {
                const char *vs = schema_provider_version(ids[i]);
                Version v;
                version_parse(vs, strlen(vs), &v);
                if (v.major == cand.major) {
                    pick = ids[i];
                    *why = "the embedded version of the major the constraints select";
                }
            }
        }
    vec_free(&cons);
    if (pick < 0) {
        pick = ids[0];
        *why = "no embedded version matches the constraints: the newest one";
    }
    return pick;
}

void schema_select(ModuleTree *tree, Arena *a, const CheckOptions *opts, SchemaSelection *out) {
    memset(out, 0, sizeof *out);
    Module **mods = tree->modules.data;
    uint32_t nmods = tree->modules.len;
    for (uint32_t k = 0; k < nmods; k++) {
        Module *m = mods[k];
        /* only modules the rules will check */
        if (m->remote || m->has_syntax_errors || m->has_unread_json) continue;
        /* sources named in required_providers, and the implied ones of resources */
        Vec(const char *) srcs = {0};
        for (uint32_t j = 0; j < m->required_providers.len; j++) {
            RequiredProvider *p = &m->required_providers.data[j];
            vec_push(&srcs, provider_source_key(a, p->source, p->name));
        }
        for (uint32_t j = 0; j < m->resources.len; j++)
            vec_push(&srcs, module_provider_source(m, a, m->resources.data[j].provider_name));
        for (uint32_t j = 0; j < m->providers.len; j++)
            vec_push(&srcs, module_provider_source(m, a, m->providers.data[j].name));
        for (uint32_t j = 0; j < srcs.len; j++) {
            const char *src = srcs.data[j];
            bool seen = false;
            for (uint32_t i = 0; i < out->count && !seen; i++) seen = strcmp(out->items[i].source, src) == 0;
            if (seen || out->count == SCHEMA_SELECTION_MAX) continue;
            const char *forced = NULL;
            const char *slash = strrchr(src, '/');
            const char *type = slash ? slash + 1 : src;
            for (uint32_t f = 0; opts && f < opts->forced_count; f++) {
                const char *eq = strchr(opts->forced[f], '=');
                if (!eq) continue;
                size_t nl = (size_t)(eq - opts->forced[f]);
                if ((strlen(type) == nl && strncmp(opts->forced[f], type, nl) == 0) ||
                    (strlen(src) == nl && strncmp(opts->forced[f], src, nl) == 0))
                    forced = eq + 1;
            }
            const char *why = "";
            SchemaProviderId id = choose(src, mods, nmods, a, lock_version(tree->root, a, src), forced, &why);
            if (id < 0) continue;
            SchemaChoice *c = &out->items[out->count++];
            c->source = src;
            c->provider = id;
            c->why = why;
            /* the previous major, for "removed in X.0" */
            SchemaProviderId ids[16];
            uint32_t n = schema_provider_versions(src, ids, 16);
            const char *cv = schema_provider_version(id);
            long cmaj = strtol(cv, NULL, 10);
            c->previous = -1;
            for (uint32_t i = 0; i < n && c->previous < 0; i++)
                if (strtol(schema_provider_version(ids[i]), NULL, 10) < cmaj) c->previous = ids[i];
        }
        vec_free(&srcs);
    }
}

const SchemaChoice *schema_choice(const SchemaSelection *sel, const char *source) {
    for (uint32_t i = 0; i < sel->count; i++)
        if (strcmp(sel->items[i].source, source) == 0) return &sel->items[i];
    return NULL;
}

const char *module_provider_source(Module *m, Arena *a, const char *local_name) {
    if (!local_name) local_name = "";
    for (uint32_t j = 0; j < m->required_providers.len; j++) {
        RequiredProvider *p = &m->required_providers.data[j];
        if (strcmp(p->name, local_name) == 0) return provider_source_key(a, p->source, p->name);
    }
    return provider_source_key(a, NULL, local_name);
}
