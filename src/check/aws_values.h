/* aws_values.h - what the rules on evaluated AWS arguments share
 * (aws-name-invalid, aws-value-out-of-range, iam-fixed-name,
 * lambda-reserved-env-var): finding an argument by its path through nested
 * blocks, naming the instance a value belongs to, and showing values in
 * messages. */
#ifndef TFCHECK_AWS_VALUES_H
#define TFCHECK_AWS_VALUES_H

#include "check_int.h"

/* Calls fn for every attribute at `path` in a resource's body: "timeout",
 * "ephemeral_storage.size", "rule.expiration.days" (nested blocks may
 * repeat; dynamic blocks are not followed). */
typedef void (*AwsAttrFn)(CheckCtx *ctx, const Resource *r, const AstAttribute *at, void *data);
void aws_each_attr(CheckCtx *ctx, const Resource *r, const char *path, AwsAttrFn fn, void *data);

/* The address of one instance for messages: aws_iam_role.app,
 * aws_iam_role.app["blue"], module.api.aws_sqs_queue.jobs[0]. */
const char *aws_instance_address(CheckCtx *ctx, const Resource *r, const Instance *in);

/* True when e is written as a literal, so its value needs no evaluation. */
bool aws_expr_is_literal(const AstExpr *e);

/* A string value quoted for a message ("(sensitive value)" when marked),
 * long values shortened in the middle; for an unknown string, its known
 * prefix. */
const char *aws_quote(CheckCtx *ctx, const Value *v);

/* Length in characters (UTF-8 code points) of s[0..n). */
uint32_t aws_char_count(const char *s, size_t n);

/* The integer a known number (or numeric string) holds; false for anything
 * else (unknown, null, fractional, out of range). */
bool aws_value_int(const Value *v, int64_t *out);

/* The known boolean a value holds: 1 true, 0 false or null/absent, -1 unknown. */
int aws_value_bool(const Value *v);

#endif
