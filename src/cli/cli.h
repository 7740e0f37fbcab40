/* cli.h - the command line: options, file discovery and the main driver. */
#ifndef TFCHECK_CLI_H
#define TFCHECK_CLI_H

#include "../base/base.h"

typedef enum FileKind {
    FILE_TF,          /* *.tf */
    FILE_TFVARS,      /* *.tfvars */
    FILE_TF_JSON,     /* *.tf.json */
    FILE_TFVARS_JSON, /* *.tfvars.json */
    FILE_OTHER,
} FileKind;

FileKind file_kind_of(const char *name);

typedef struct FoundFile {
    const char *path;   /* as reached from the PATH argument */
    FileKind kind;
} FoundFile;

typedef Vec(FoundFile) FoundFiles;

/* Collects the Terraform files under `arg` (a file or a directory; with
 * `recursive`, its subdirectories too, skipping hidden ones such as
 * .terraform and .git).  Problems (missing paths, unreadable directories,
 * symlink loops) become "io" diagnostics; returns false when `arg` itself
 * could not be read.  *is_file tells whether `arg` named a file. */
bool discover(const char *arg, bool recursive, Arena *arena, FoundFiles *out, DiagList *diags,
              bool *is_file);

/* `tfcheck fmt ...`: argv[first..] are fmt's own options and paths. */
int cmd_fmt(int argc, char **argv, int first);

/* `tfcheck console [options] [DIR]`: evaluates expressions read from
 * standard input, one per line, in the module in DIR, printing each result
 * as terraform console does. */
int cmd_console(int argc, char **argv, int first);

#endif
