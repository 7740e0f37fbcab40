/* unit.h - a minimal unit-test harness: named checks counted into a
 * TestCtx; the runner prints failures and a closing "N passed, N failed". */
#ifndef TFCHECK_UNIT_H
#define TFCHECK_UNIT_H

#include <stdio.h>
#include <string.h>

#include "../../src/base/base.h"
#include "../../src/hcl/hcl.h"

typedef struct TestCtx {
    int passed;
    int failed;
    const char *suite;
} TestCtx;

void check_true(TestCtx *t, int ok, const char *what, const char *file, int line);
void check_str(TestCtx *t, const char *got, const char *want, const char *what,
               const char *file, int line);
void check_int(TestCtx *t, long long got, long long want, const char *what, const char *file,
               int line);

#define CHECK(t, cond) check_true((t), (cond), #cond, __FILE__, __LINE__)
#define CHECK_STR(t, got, want) check_str((t), (got), (want), #got, __FILE__, __LINE__)
#define CHECK_INT(t, got, want) check_int((t), (long long)(got), (long long)(want), #got, __FILE__, __LINE__)

/* Parses `src` (named "test.tf") and returns the tree dump; `diags_out`
 * receives "line:col: summary" lines for each diagnostic.  Both strings are
 * heap copies owned by the caller (free with mem_free). */
char *parse_and_dump(const char *src, char **diags_out);

void suite_base(TestCtx *t);
void suite_lex(TestCtx *t);
void suite_parse(TestCtx *t);
void suite_errors(TestCtx *t);

#endif
