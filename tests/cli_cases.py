"""cli_cases.py - command-line tests: options, exit codes, discovery and the
JSON document's shape.  Called by run.py with its runner and run helper."""
import hashlib
import json
import os
import tempfile

VALID = 'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "logs-${var.region}"\n}\n'
BROKEN = 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n'


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def tree_digest(root):
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            if os.path.islink(p):
                continue
            h.update(p.encode())
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def run_all(r, tfcheck, build, run):
    def case(name, cond, detail=""):
        r.ok(cond, "cli/%s[%s]" % (name, build), detail)

    def j(args, cwd=None, env=None):
        rc, out, err = run([tfcheck, "--format", "json"] + args, cwd=cwd, env=env)
        try:
            return rc, json.loads(out), out + err
        except ValueError:
            return rc, None, out + err

    rc, out, err = run([tfcheck, "--version"])
    case("version", rc == 0 and out.startswith("tfcheck "), out + err)
    rc, out, err = run([tfcheck, "--help"])
    case("help", rc == 0 and "Usage: tfcheck" in out and "--fail-on" in out, out + err)
    rc, out, err = run([tfcheck, "--bogus"])
    case("unknown-option", rc == 2 and "--bogus" in err and out == "", out + err)
    rc, out, err = run([tfcheck, "--format", "xml", "."])
    case("bad-format", rc == 2 and "xml" in err, out + err)
    rc, out, err = run([tfcheck, "--format"])
    case("format-needs-value", rc == 2, out + err)
    rc, out, err = run([tfcheck, "--fail-on", "sometimes", "."])
    case("bad-fail-on", rc == 2, out + err)

    with tempfile.TemporaryDirectory() as tmp:
        clean = os.path.join(tmp, "clean")
        write(clean, "main.tf", VALID)
        write(clean, "terraform.tfvars", 'region = "eu-west-1"\n')
        rc, doc, raw = j([clean])
        case("clean-dir", rc == 0 and doc is not None and doc["diagnostics"] == [] and
             doc["summary"]["files"] == 2, raw)
        rc, out, err = run([tfcheck, "check", clean])
        case("check-subcommand", rc == 0 and "0 errors" in out, out + err)
        rc, out, err = run([tfcheck, "check"], cwd=clean)
        case("default-path-is-dot", rc == 0 and "in 2 files" in out, out + err)

        broken = os.path.join(tmp, "broken")
        write(broken, "main.tf", BROKEN)
        rc, doc, raw = j([broken])
        ok = rc == 1 and doc is not None and len(doc["diagnostics"]) == 1
        case("syntax-error-exit-1", ok, raw)
        if ok:
            d = doc["diagnostics"][0]
            want_keys = {"rule", "class", "severity", "file", "line", "column", "end_line",
                         "end_column", "summary", "detail", "hint"}
            case("json-keys", want_keys <= set(d.keys()), json.dumps(d))
            case("json-values", d["rule"] == "syntax" and d["class"] == "S1" and
                 d["severity"] == "error" and d["line"] == 2 and d["column"] == 12 and
                 d["summary"] == "Invalid expression", json.dumps(d))
            case("json-doc", doc["version"] == 1 and set(doc["summary"].keys()) >=
                 {"files", "errors", "warnings", "infos"} and doc["summary"]["errors"] == 1,
                 raw)
            case("json-file-path", d["file"] == os.path.join(broken, "main.tf"), d["file"])
        rc, doc, raw = j(["broken"], cwd=tmp)
        case("path-as-given", doc is not None and doc["diagnostics"] and
             doc["diagnostics"][0]["file"] == "broken/main.tf", raw)
        rc, doc, raw = j(["broken/"], cwd=tmp)
        case("path-trailing-slash", doc is not None and doc["diagnostics"] and
             doc["diagnostics"][0]["file"] == "broken/main.tf", raw)
        rc, doc, raw = j(["."], cwd=broken)
        case("path-dot", doc is not None and doc["diagnostics"] and
             doc["diagnostics"][0]["file"] == "main.tf", raw)
        rc, out, err = run([tfcheck, "--no-color", broken])
        case("text-format", rc == 1 and "main.tf:2:12: error: Invalid expression [syntax]" in out
             and "^" in out and "\033[" not in out, out + err)
        rc, out, err = run([tfcheck, "--color", broken])
        case("color-forced", "\033[" in out, out)
        rc, out, err = run([tfcheck, broken])
        case("no-color-off-tty", "\033[" not in out, out)
        rc, doc, raw = j([clean, broken])
        case("several-paths", rc == 1 and doc is not None and doc["summary"]["files"] == 3, raw)

        rc, doc, raw = j([os.path.join(tmp, "missing")])
        case("missing-path-exit-2", rc == 2 and doc is not None and
             doc["diagnostics"][0]["rule"] == "io", raw)
        other = write(tmp, "notes.txt", "hello\n")
        rc, doc, raw = j([other])
        case("not-terraform-file", rc == 2, raw)
        rc, out, err = run([tfcheck, "-"])
        case("stdin-unsupported", rc == 2, out + err)

        tree = os.path.join(tmp, "tree")
        write(tree, "main.tf", VALID)
        write(tree, "sub/x.tf", VALID)
        write(tree, "sub/deeper/y.tfvars", "a = 1\n")
        write(tree, ".terraform/modules/m/z.tf", BROKEN)
        write(tree, ".git/w.tf", BROKEN)
        write(tree, ".hidden.tf", BROKEN)
        write(tree, "README.md", "# x\n")
        rc, doc, raw = j([tree])
        case("non-recursive", rc == 0 and doc is not None and doc["summary"]["files"] == 1, raw)
        rc, doc, raw = j(["--recursive", tree])
        case("recursive-skips-hidden", rc == 0 and doc is not None and
             doc["summary"]["files"] == 3, raw)
        os.symlink("..", os.path.join(tree, "sub", "loop"))
        rc, doc, raw = j(["-r", tree])
        loops = [d for d in (doc or {}).get("diagnostics", []) if d["summary"] == "Symbolic link loop skipped"]
        case("symlink-loop", rc == 0 and len(loops) == 1 and doc["summary"]["files"] == 3, raw)
        rc, doc, raw = j(["-r", "--fail-on", "warning", tree])
        case("symlink-loop-warning-fails", rc == 1, raw)
        os.symlink("nowhere.tf", os.path.join(tree, "dangling.tf"))
        rc, doc, raw = j([tree])
        case("unreadable-file-exit-2", rc == 2 and doc is not None and
             any(d["summary"] == "Cannot read file" for d in doc["diagnostics"]), raw)
        os.unlink(os.path.join(tree, "dangling.tf"))

        jdir = os.path.join(tmp, "json")
        write(jdir, "main.tf", VALID)
        write(jdir, "cdktf.json", "{}\n")
        stack = os.path.join(jdir, "cdktf.out", "stacks", "app")
        write(stack, "cdk.tf.json", '{\n  "resource": {\n    "aws_sns_topic": {\n      "t": {\n'
              '        "nme": "alerts"\n      }\n    }\n  }\n}\n')
        rc, doc, raw = j([jdir])
        nc = [d for d in (doc or {}).get("diagnostics", []) if d["rule"] == "not-checked"]
        case("cdktf-project-stacks-reported-not-skipped", rc == 0 and len(nc) == 1 and
             nc[0]["severity"] == "warning", raw)
        # the stack itself is read: a finding at its line and column in the JSON
        rc, doc, raw = j([stack])
        ua = [d for d in (doc or {}).get("diagnostics", []) if d["rule"] == "unsupported-argument"]
        case("cdk-tf-json-checked-with-position", rc == 1 and len(ua) == 1 and ua[0]["line"] == 5 and
             ua[0]["column"] == 9 and ua[0]["file"].endswith("cdk.tf.json"), raw)
        rc, doc, raw = j(["--fail-on", "warning", jdir])
        case("fail-on-warning", rc == 1, raw)
        rc, doc, raw = j(["--fail-on=info", clean])
        case("fail-on-info-clean", rc == 0, raw)

        empty = os.path.join(tmp, "empty")
        os.makedirs(empty)
        rc, doc, raw = j([empty])
        case("empty-dir", rc == 0 and doc is not None and doc["summary"]["files"] == 0, raw)

        before = tree_digest(tmp)
        run([tfcheck, "-r", tmp])
        case("never-modifies-files", tree_digest(tmp) == before)

        # tfcheck console: expressions from standard input, evaluated in a module
        con = os.path.join(tmp, "console")
        write(con, "main.tf", 'variable "env" {\n  type    = string\n  default = "dev"\n}\n\n'
                              'locals {\n  name = "app-${var.env}"\n}\n')
        rc, out, err = run([tfcheck, "console", con], stdin=b'local.name\nupper(var.env)\n')
        case("console-values", rc == 0 and out == '"app-dev"\n"DEV"\n', out + err)
        rc, out, err = run([tfcheck, "console", "--var", "env=prod", con], stdin=b'local.name\n')
        case("console-var", rc == 0 and out == '"app-prod"\n', out + err)
        rc, out, err = run([tfcheck, "console", "--workspace", "blue", con], stdin=b'terraform.workspace\n')
        case("console-workspace", rc == 0 and out == '"blue"\n', out + err)
        rc, out, err = run([tfcheck, "console", con], stdin=b'upper(1, 2)\n1 +\n')
        case("console-errors", rc == 0 and out == "" and err.startswith("Error: Too many function arguments") and
             err.count("Error: ") == 2, out + err)
        rc, out, err = run([tfcheck, "console", "--delimit", con], stdin=b'1\nnope(\n')
        case("console-delimit", out == "1\n\x1e\n\x1e\n" and err.count("\x1e\n") == 2, repr(out) + err)
        rc, out, err = run([tfcheck, "console", os.path.join(tmp, "no-such-dir")], stdin=b'1\n')
        case("console-missing-dir", rc == 2 and "no-such-dir" in err, out + err)
        rc, out, err = run([tfcheck, "console", "--bogus"], stdin=b'')
        case("console-bad-option", rc == 2 and "unknown option" in err, out + err)
