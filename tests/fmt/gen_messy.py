#!/usr/bin/env python3
"""gen_messy.py - a generator of messy but valid Terraform files, for the
formatter's differential test against `terraform fmt`.

Usage: gen_messy.py OUTDIR COUNT [SEED]

Each file is a random mix of the constructs real configurations use (blocks
with quoted and bare labels, attributes, objects, tuples, calls, operators,
conditionals, for expressions, splats, templates with interpolations and
directives, heredocs, comments of all kinds, "${...}"-wrapped values, legacy
variable types), written with random but legal whitespace: odd indentation,
missing and doubled spaces, tabs, trailing blanks, misaligned "=" and
comments, blank lines full of spaces, CRLF line endings in some files.
Deterministic for a given seed."""
import os
import random
import sys

IDENTS = ["name", "bucket", "tags", "count_limit", "enabled", "cidr_block", "ami", "instance_type",
          "description", "value", "subnet_ids", "policy", "role", "timeout", "memory_size", "environment",
          "a", "bb", "ccc_long_attribute_name", "x1", "my-dashed-name", "default_tags"]
TYPES = ["aws_s3_bucket", "aws_instance", "aws_iam_role", "aws_lambda_function", "aws_sqs_queue",
         "aws_security_group", "aws_vpc", "aws_subnet"]
FUNCS = ["lookup", "merge", "concat", "format", "join", "length", "upper", "coalesce", "try", "jsonencode",
         "cidrsubnet", "element", "keys", "values", "tolist", "toset"]


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.depth = 0

    def sp(self, allow_zero=True):
        """Whitespace between two tokens on one line."""
        c = self.r.random()
        if allow_zero and c < 0.25:
            return ""
        if c < 0.7:
            return " "
        if c < 0.85:
            return "  "
        if c < 0.95:
            return "\t"
        return "   "

    def sp1(self):
        """At least one blank, where tokens would otherwise merge."""
        return self.sp(allow_zero=False)

    def ind(self, level):
        c = self.r.random()
        if c < 0.5:
            return "  " * level
        if c < 0.7:
            return "    " * level
        if c < 0.85:
            return "\t" * level
        return " " * self.r.randint(0, 7)

    def trail(self):
        return self.r.choice(["", "", "", " ", "  ", "\t"])

    def ident(self):
        return self.r.choice(IDENTS)

    def ref(self):
        c = self.r.random()
        if c < 0.3:
            return "var." + self.ident().replace("-", "_")
        if c < 0.5:
            return "local." + self.ident().replace("-", "_")
        if c < 0.7:
            return "%s.main.%s" % (self.r.choice(TYPES), self.ident().replace("-", "_"))
        if c < 0.8:
            return "%s.main[*].id" % self.r.choice(TYPES)
        if c < 0.9:
            return "%s.main[%d].arn" % (self.r.choice(TYPES), self.r.randint(0, 3))
        return "data.aws_caller_identity.current.account_id"

    def string(self, depth):
        parts = []
        for _ in range(self.r.randint(0, 3)):
            c = self.r.random()
            if c < 0.5:
                parts.append(self.r.choice(["web", "prod-", "x y", "a\\nb", "\\\"q\\\"", "é", "$${literal}", "100%"]))
            elif depth < 2:
                parts.append("${%s%s%s}" % (self.sp(), self.expr(depth + 1, simple=True), self.sp()))
        return '"' + "".join(parts) + '"'

    def expr(self, depth=0, simple=False):
        r = self.r.random()
        if simple or depth > 2:
            return self.r.choice([str(self.r.randint(0, 999)), "true", "false", "null", self.ref(),
                                  '"s"', "-%d" % self.r.randint(1, 9), "1.5e3"])
        if r < 0.15:
            return self.string(depth)
        if r < 0.25:
            return self.ref()
        if r < 0.35:
            args = [self.expr(depth + 1) for _ in range(self.r.randint(0, 3))]
            return "%s(%s)" % (self.r.choice(FUNCS), ("," + self.sp()).join(args))
        if r < 0.45:
            op = self.r.choice(["+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||"])
            # a name runs on into a following "-" (names may contain dashes)
            before = self.sp1() if op == "-" else self.sp()
            return "%s%s%s%s%s" % (self.expr(depth + 1, True), before, op, self.sp(), self.expr(depth + 1, True))
        if r < 0.52:
            return "%s%s?%s%s%s:%s%s" % (self.expr(depth + 1, True), self.sp1(), self.sp(), self.expr(depth + 1, True),
                                        self.sp1(), self.sp(), self.expr(depth + 1, True))
        if r < 0.6:
            items = [self.expr(depth + 1) for _ in range(self.r.randint(0, 4))]
            tail = "," if items and self.r.random() < 0.3 else ""
            return "[" + self.sp() + ("," + self.sp()).join(items) + tail + self.sp() + "]"
        if r < 0.68:
            return "[for%s%s%sin%s%s%s:%s%s%s]" % (
                self.sp1(), self.r.choice(["x", "k, v", "k,v"]), self.sp1(), self.sp1(), self.ref(), self.sp(),
                self.sp(), "upper(x)" if self.r.random() < 0.5 else "x", self.r.choice(["", " if x != null"]))
        if r < 0.74:
            return "{for%sk,%sv%sin%s%s%s:%sk%s=>%sv}" % (self.sp1(), self.sp(), self.sp1(), self.sp1(), self.ref(),
                                                         self.sp(), self.sp(), self.sp(), self.sp())
        if r < 0.8:
            return "!" + self.sp() + self.ref()
        if r < 0.86:
            return "(" + self.sp() + self.expr(depth + 1) + self.sp() + ")"
        if r < 0.92:
            return '"${' + self.sp() + self.ref() + self.sp() + '}"'
        inner = ", ".join("%s = %s" % (self.ident().replace("-", "_"), self.expr(depth + 1, True))
                          for _ in range(self.r.randint(0, 3)))
        return "{" + self.sp() + inner + self.sp() + "}"

    def multiline_object(self, level):
        lines = ["{"]
        for _ in range(self.r.randint(1, 5)):
            key = self.r.choice([self.ident().replace("-", "_"), '"Key.%d"' % self.r.randint(0, 9)])
            sep = self.r.choice(["=", "=", ":"])
            comment = self.r.choice(["", "", "", " # note", " // why"])
            lines.append("%s%s%s%s%s%s%s" % (self.ind(level + 1), key, self.sp(), sep, self.sp1(),
                                             self.expr(2), comment) + self.trail())
        lines.append(self.ind(level) + "}")
        return "\n".join(lines)

    def heredoc(self, level):
        marker = self.r.choice(["EOT", "EOF", "POLICY"])
        flush = self.r.random() < 0.5
        body = []
        for _ in range(self.r.randint(0, 4)):
            body.append(self.r.choice(["  echo hello", "line ${var.name}", "%{ if var.enabled }on%{ endif }",
                                       '{"a": 1}', "", "\tindented"]))
        end = (self.ind(level) if flush else "") + marker
        return "<<%s%s\n%s%s" % ("-" if flush else "", marker, "".join(b + "\n" for b in body), end)

    def attribute(self, level):
        name = self.ident()
        c = self.r.random()
        if c < 0.12:
            value = self.multiline_object(level)
        elif c < 0.2:
            value = self.heredoc(level)
        elif c < 0.26:
            items = ",\n".join(self.ind(level + 1) + self.expr(1) for _ in range(self.r.randint(1, 4)))
            value = "[\n" + items + self.r.choice(["", ","]) + "\n" + self.ind(level) + "]"
        elif c < 0.3:
            value = '"${\n' + self.ind(level + 1) + self.ref() + self.sp1() + "?" + self.sp1() + "1" + \
                    self.sp1() + ":" + self.sp1() + "2\n" + self.ind(level) + '}"'
        else:
            value = self.expr()
        comment = ""
        if self.r.random() < 0.2 and "\n" not in value:
            comment = self.sp1() + self.r.choice(["# trailing", "// trailing", "/* block */"])
        return self.ind(level) + name + self.sp() + "=" + self.sp() + value + comment + self.trail()

    def block(self, level, top):
        kind = self.r.random()
        if top and kind < 0.15:
            name = self.ident().replace("-", "_")
            typ = self.r.choice(['"string"', '"list"', '"map"', "list", "map", "set", "string",
                                 "list(string)", "object({ a = string })", "any"])
            lines = [self.ind(level) + "variable" + self.sp1() + '"%s"' % name + self.sp() + "{" + self.trail()]
            lines.append(self.ind(level + 1) + "type" + self.sp() + "=" + self.sp() + typ)
            if self.r.random() < 0.5:
                lines.append(self.ind(level + 1) + "default" + self.sp() + "=" + self.sp() + "null")
            lines.append(self.ind(level) + "}")
            return "\n".join(lines)
        if top:
            labels = [self.r.choice(TYPES), self.ident().replace("-", "_")]
            btype = "resource"
        else:
            labels = [] if self.r.random() < 0.7 else ["x"]
            btype = self.r.choice(["lifecycle", "ingress", "tags_block", "nested", "dynamic"])
        lab = ""
        for l in labels:
            lab += self.sp1() + (l if self.r.random() < 0.2 else '"%s"' % l)
        if self.r.random() < 0.1 and level > 0:
            return self.ind(level) + btype + lab + self.sp1() + "{" + self.sp() + self.ident() + self.sp() + \
                "=" + self.sp() + self.expr(2) + self.sp() + "}"
        if self.r.random() < 0.05:
            return self.ind(level) + btype + lab + self.sp1() + "{}"
        lines = [self.ind(level) + btype + lab + self.sp1() + "{" + self.trail()]
        used = set()
        for _ in range(self.r.randint(1, 7)):
            c = self.r.random()
            if c < 0.12:
                lines.append(self.ind(level + 1) + self.r.choice(["# comment", "// comment", "/* c */"]))
            elif c < 0.2:
                lines.append(self.r.choice(["", "  ", "\t"]))
            elif c < 0.3 and level < 2:
                lines.append(self.block(level + 1, False))
            else:
                a = self.attribute(level + 1)
                key = a.strip().split("=")[0].strip()
                if key in used:
                    continue
                used.add(key)
                lines.append(a)
        lines.append(self.ind(level) + "}" + self.trail())
        return "\n".join(lines)

    def file(self):
        parts = []
        if self.r.random() < 0.3:
            parts.append(self.r.choice(["# header comment", "/* multi\n   line */", "// header"]))
        for _ in range(self.r.randint(1, 6)):
            parts.append(self.block(0, True))
            parts.append("\n" * self.r.randint(0, 2))
        text = "\n".join(parts)
        end = self.r.choice(["\n", "\n", "\n", "", "\n\n", "\n   "])
        text = text.rstrip("\n") + end
        if self.r.random() < 0.1:
            text = text.replace("\n", "\r\n")
        return text


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        g = Gen(random.Random(seed * 100003 + i))
        with open(os.path.join(out, "messy_%04d.tf" % i), "w", encoding="utf-8", newline="") as f:
            f.write(g.file())


if __name__ == "__main__":
    main()
