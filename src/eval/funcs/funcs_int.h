/* funcs_int.h - what the function files share: the prototypes of every
 * fn_<name> (from funcs.def) and small helpers for function bodies. */
#ifndef TFCHECK_FUNCS_INT_H
#define TFCHECK_FUNCS_INT_H

#include <string.h>

#include "../eval.h"

#define FUNC(name, params, variadic, returns, flags) Value *fn_##name(FuncCall *fc, Value **args, uint32_t nargs);
#include "funcs.def"
#undef FUNC

/* Go's filepath.Clean (filesystem.c), shared by the file and file-hash functions. */
char *go_path_clean(Arena *a, const char *p);

/* The bytes of a string argument (funcs.c has converted it to a string). */
static inline const char *arg_str(const Value *v) { return v->str ? v->str : ""; }

#endif
