/* stages.c - rules whose diagnostics come from an earlier stage (the lexer
 * and parser, the file reader, the module loader).  They are registered here
 * so that every diagnostic has an entry in `tfcheck rules` and an
 * explanation in `tfcheck explain`. */
#include "../check_int.h"

const Rule rule_syntax = {
    "syntax", SEV_ERROR, "S1", "HCL syntax errors",
    "The file is not valid HCL native syntax, so `terraform init` and every later command stop "
    "before doing anything: an unclosed block, string or heredoc, a missing `=` or newline, an "
    "invalid character, an unbalanced bracket, an invalid escape sequence, or an argument set "
    "twice in one block. tfcheck reports each error on the line Terraform reports it, in "
    "Terraform's words, and keeps reading after it so that independent errors in one file are "
    "all shown at once. Fix the first error first: later ones in the same block are sometimes its "
    "consequence.",
    "parser", NULL};

const Rule rule_io = {
    "io", SEV_ERROR, "S1", "Files and directories that could not be read",
    "tfcheck could not read a path it was given or found: it does not exist, a permission "
    "is missing, it is a dangling symbolic link, or it is not a Terraform file. Nothing in it "
    "was checked, so tfcheck exits with status 2 (it could not do its job) rather than 0 or 1. "
    "A symbolic link loop under a directory checked with --recursive is reported as a warning "
    "and skipped.",
    "reader", NULL};

const Rule rule_not_checked = {
    "not-checked", SEV_WARNING, "S1", "Configuration found but not checked",
    "tfcheck reports configuration it found but did not check, rather than skip it in silence, so "
    "that a clean result never hides something that was not looked at. It fires when a CDKTF "
    "project directory (one with cdktf.json) is checked: the configuration CDKTF deploys is the "
    "cdk.tf.json that `cdktf synth` writes for each stack under cdktf.out/stacks, so check those "
    "directories (`tfcheck cdktf.out/stacks/*`). Terraform JSON files themselves (*.tf.json, "
    "*.tfvars.json, cdk.tf.json) are read and checked like native syntax.",
    "reader", NULL};

const Rule rule_invalid_block = {
    "invalid-block", SEV_ERROR, "S1", "Top-level blocks Terraform does not accept",
    "Terraform accepts only terraform, provider, variable, locals, output, resource, data, "
    "module, moved, import, removed and check blocks at the top level of a .tf file, each with "
    "a fixed number of labels whose names start with a letter or underscore and contain only "
    "letters, digits, underscores and dashes. Anything else (a misspelt block type, a missing "
    "resource name, an argument outside any block, an override for a block that does not exist) "
    "makes `terraform init` fail. A close misspelling gets a did-you-mean suggestion.",
    "loader", NULL};

const Rule rule_invalid_type = {
    "invalid-type", SEV_ERROR, "V3", "Invalid variable type constraints",
    "A variable's `type` must be a type keyword (string, number, bool, any) or a type "
    "constructor (list(T), set(T), map(T), tuple([...]), object({...}) whose attributes may be "
    "optional(T) or optional(T, default)). Anything else, such as `strng` or `optional` outside "
    "an object type, is rejected by `terraform validate`.",
    "loader", NULL};

const Rule rule_module_source = {
    "module-source", SEV_ERROR, "R1", "Local module sources that do not exist",
    "A module call whose `source` is a local path (starting with ./ or ../) must name an "
    "existing directory, resolved from the calling module's own directory. Otherwise `terraform "
    "init` fails with \"Unreadable module directory\". Check the relative path; a common slip is "
    "resolving it from the repository root instead of from the calling module.",
    "loader", NULL};

const Rule rule_module_cycle = {
    "module-cycle", SEV_ERROR, "R4", "Modules that call themselves",
    "A chain of local module calls leads back to a module that is already being loaded (module "
    "A calls B, which calls A). Terraform would try to load the chain forever and `terraform "
    "init` fails. Break the cycle by moving the shared part into a third module that both call.",
    "loader", NULL};
