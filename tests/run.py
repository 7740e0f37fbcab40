#!/usr/bin/env python3
"""run.py - tfcheck's test runner (Python 3 standard library only).

Usage: python3 tests/run.py BUILD_DIR [BUILD_DIR ...]

For each build directory (release, asan, ...) it runs:
  unit      the C unit tests (BUILD/unit_tests)
  valid     every tests/hcl/valid fixture parses with no diagnostic at all
  errors    every tests/hcl/errors fixture reports exactly its NAME.expect
            ("LINE<TAB>SUMMARY" per diagnostic, in report order)
  golden    tests/golden/NAME.tf checked against NAME.diag (text output) and
            NAME.json (JSON output); UPDATE=1 rewrites them for review
  cli       exit codes, options, discovery, JSON shape (tests/cli_cases.py)
  fuzzreg   inputs that once crashed or hung a fuzz target run cleanly
  eval      tests/eval/cases/*.txt through `tfcheck console` (tests/eval_cases.py)
and once, where terraform is on the PATH:
  terraform the differential test: tfcheck finds a syntax error in exactly the
            fixtures where `terraform fmt -check` does (exit 2), and its first
            error is on terraform's first error line.
  eval-terraform  every expression case's expectation equals what
            `terraform console` prints (cached in build/eval-tf-cache.json)

The last line is "N passed, N failed" (with ", N skipped" when some were).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
sys.path.insert(0, TESTS)


class Runner:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.skipped = 0
        self.failures = []

    def ok(self, cond, name, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            self.failures.append(name)
            print("FAIL %s" % name)
            if detail:
                for line in str(detail).rstrip().splitlines()[:40]:
                    print("    " + line)
        return cond

    def skip(self, name, why):
        self.skipped += 1
        print("SKIP %s: %s" % (name, why))


def run(cmd, cwd=None, env=None, timeout=120, stdin=None):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    p = subprocess.run(cmd, cwd=cwd, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout, input=stdin)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def fixtures(folder, exts=(".tf", ".tfvars")):
    d = os.path.join(TESTS, folder)
    if not os.path.isdir(d):
        return []
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(exts))


def stem(path):
    base = os.path.basename(path)
    for ext in (".tfvars", ".tf"):
        if base.endswith(ext):
            return base[: -len(ext)]
    return base


def check_json(tfcheck, path, cwd=None):
    rc, out, err = run([tfcheck, "--format", "json", path], cwd=cwd)
    try:
        doc = json.loads(out)
    except ValueError:
        doc = None
    return rc, doc, out + err


def suite_unit(r, build):
    exe = os.path.join(build, "unit_tests")
    rc, out, err = run([exe], timeout=600)
    m = re.search(r"unit: (\d+) passed, (\d+) failed", out)
    r.ok(rc == 0 and m is not None and m.group(2) == "0", "unit[%s]" % build, out[-3000:] + err[-3000:])


def suite_valid(r, tfcheck, build):
    for f in fixtures("hcl/valid"):
        rc, doc, raw = check_json(tfcheck, f)
        syn = [d for d in (doc or {}).get("diagnostics", []) if d["rule"] == "syntax"]
        r.ok(rc in (0, 1) and doc is not None and syn == [],
             "valid/%s[%s]" % (os.path.basename(f), build), raw)


def suite_errors(r, tfcheck, build):
    for f in fixtures("hcl/errors"):
        exp_path = os.path.join(os.path.dirname(f), stem(f) + ".expect")
        name = "errors/%s[%s]" % (os.path.basename(f), build)
        if not os.path.exists(exp_path):
            r.ok(False, name, "missing " + exp_path)
            continue
        rc, doc, raw = check_json(tfcheck, f)
        if doc is None:
            r.ok(False, name, raw)
            continue
        got = ["%d\t%s" % (d["line"], d["summary"]) for d in doc["diagnostics"] if d["rule"] == "syntax"]
        want = [l.rstrip("\n") for l in open(exp_path, encoding="utf-8") if l.strip()]
        if os.environ.get("UPDATE") == "1" and got != want:
            with open(exp_path, "w", encoding="utf-8") as fh:
                fh.write("".join(g + "\n" for g in got))
            print("updated %s" % exp_path)
            want = got
        r.ok(rc == 1 and got == want, name, "want:\n  %s\ngot (exit %d):\n  %s" % (
            "\n  ".join(want), rc, "\n  ".join(got)))


def golden_dirs():
    gdir = os.path.join(TESTS, "golden")
    if not os.path.isdir(gdir):
        return []
    return [os.path.join(gdir, n) for n in sorted(os.listdir(gdir)) if os.path.isdir(os.path.join(gdir, n))]


def suite_golden(r, tfcheck, build):
    """tests/golden/NAME/ is a module; expected.diag and expected.json hold
    tfcheck's text and JSON output for it, reviewed by hand."""
    for d in golden_dirs():
        name = os.path.basename(d)
        for exp_name, args in (("expected.diag", ["--no-color"]), ("expected.json", ["--format", "json"])):
            exp = os.path.join(d, exp_name)
            if not os.path.exists(exp):
                continue
            rc, out, err = run([tfcheck] + args + ["."], cwd=d)
            if os.environ.get("UPDATE") == "1" and open(exp, encoding="utf-8").read() != out:
                with open(exp, "w", encoding="utf-8") as fh:
                    fh.write(out)
                print("updated %s (review the diff)" % exp)
            want = open(exp, encoding="utf-8").read()
            r.ok(out == want and rc in (0, 1), "golden/%s/%s[%s]" % (name, exp_name, build),
                 diff_text(want, out) + err)


def diff_text(a, b):
    import difflib
    return "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), "expected", "actual"))


EXPECT_RE = re.compile(r"#\s*EXPECT:\s*([a-z0-9-]+(?:[ ,]+[a-z0-9-]+)*)")


def expected_markers(case_dir):
    """(relative file, line, rule) for every `# EXPECT: rule` marker."""
    want = set()
    for dirpath, dirnames, filenames in os.walk(case_dir):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fn in filenames:
            if not (fn.endswith(".tf") or fn.endswith(".tfvars")):
                continue
            path = os.path.join(dirpath, fn)
            if not os.path.isfile(path):
                continue  # a dangling symbolic link (an io fixture)
            with open(path, encoding="utf-8", errors="replace") as fh:
                for no, line in enumerate(fh, 1):
                    m = EXPECT_RE.search(line)
                    if m:
                        for rule in re.split(r"[ ,]+", m.group(1).strip()):
                            want.add((os.path.relpath(path, case_dir), no, rule))
    extra = os.path.join(case_dir, "expect.txt")
    if os.path.exists(extra):
        for line in open(extra, encoding="utf-8"):
            parts = line.split()
            if len(parts) == 2 and ":" in parts[0]:
                f, no = parts[0].rsplit(":", 1)
                want.add((f, int(no), parts[1]))
    return want


def rule_cases():
    root = os.path.join(TESTS, "rules")
    if not os.path.isdir(root):
        return []
    out = []
    for rule in sorted(os.listdir(root)):
        rdir = os.path.join(root, rule)
        if not os.path.isdir(rdir):
            continue
        for case in sorted(os.listdir(rdir)):
            cdir = os.path.join(rdir, case)
            if os.path.isdir(cdir) and (case.startswith("bad") or case.startswith("good")):
                out.append((rule, case, cdir))
    return out


def run_case(tfcheck, cdir):
    args = []
    af = os.path.join(cdir, "args")
    if os.path.exists(af):
        args = open(af, encoding="utf-8").read().split()
    rc, out, err = run([tfcheck, "--format", "json"] + args + ["."], cwd=cdir,
                       env={"TF_VAR_from_env": "x"})
    try:
        doc = json.loads(out)
    except ValueError:
        return rc, None, out + err
    return rc, doc, out + err


def suite_rules(r, tfcheck, build):
    import check_rules
    for rule, case, cdir in rule_cases():
        name = "rules/%s/%s[%s]" % (rule, case, build)
        rc, doc, raw = run_case(tfcheck, cdir)
        if doc is None:
            r.ok(False, name, raw)
            continue
        # info-level conventions of other rules (iam-fixed-name) are not this
        # fixture's business unless it marks them; errors and warnings of
        # every rule are
        want = expected_markers(cdir)
        got = set()
        for d in doc["diagnostics"]:
            g = (os.path.normpath(d["file"]), d["line"], d["rule"])
            if d["severity"] != "info" or d["rule"] == rule or g in want:
                got.add(g)
        if case.startswith("good"):
            r.ok(not got and rc == 0, name, "a passing fixture must have no finding at all; got:\n  " +
                 "\n  ".join("%s:%d %s" % g for g in sorted(got)))
        else:
            r.ok(got == want and any(w[2] == rule for w in want), name,
                 "missing:\n  %s\nunexpected:\n  %s" % (
                     "\n  ".join("%s:%d %s" % g for g in sorted(want - got)),
                     "\n  ".join("%s:%d %s" % g for g in sorted(got - want))))
    check_rules.check_registry(r, tfcheck, build, run, rule_cases(), ROOT)


def suite_modules(r, tfcheck, build):
    for kind in ("valid", "valid-json"):
        suite_modules_in(r, tfcheck, build, kind)


def suite_modules_in(r, tfcheck, build, kind):
    d = os.path.join(TESTS, "modules", kind)
    if not os.path.isdir(d):
        return
    for name in sorted(os.listdir(d)):
        mdir = os.path.join(d, name)
        if not os.path.isdir(mdir):
            continue
        rc, out, err = run([tfcheck, "--format", "json", "-r", "."], cwd=mdir)
        try:
            diags = [d for d in json.loads(out)["diagnostics"] if d["severity"] != "info"]
        except (ValueError, KeyError):
            diags = None
        r.ok(rc == 0 and diags == [], "modules/%s/%s[%s]" % (kind, name, build),
             "a valid module must have no error or warning (info-level conventions such as "
             "iam-fixed-name may stand):\n" + out[-4000:] + err[-2000:])


def suite_cli(r, tfcheck, build):
    import cli_cases
    cli_cases.run_all(r, tfcheck, build, run)


def suite_fuzzreg(r, tfcheck, build):
    d = os.path.join(TESTS, "fuzz-regressions")
    if not os.path.isdir(d):
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(d)):
            src = os.path.join(d, name)
            dst = os.path.join(tmp, name + ".tf")
            shutil.copyfile(src, dst)
            try:
                rc, out, err = run([tfcheck, "--format", "json", dst], timeout=60)
                good = rc in (0, 1) and "Sanitizer" not in err and "runtime error" not in err
            except subprocess.TimeoutExpired:
                good, err = False, "timed out"
            r.ok(good, "fuzzreg/%s[%s]" % (name, build), err[-2000:])


def terraform_syntax(tf, path):
    """(has_error, first_error_line) from `terraform fmt -check`."""
    env = {"TF_CLI_CONFIG_FILE": "/dev/null", "CHECKPOINT_DISABLE": "1"}
    rc, out, err = run([tf, "fmt", "-check", "-no-color", os.path.basename(path)],
                       cwd=os.path.dirname(path), env=env)
    if rc != 2:
        return False, None
    lines = [int(m.group(1)) for m in re.finditer(r"^\s+on \S+ line (\d+)", out + err, re.M)]
    return True, (min(lines) if lines else None)


def suite_terraform(r, tfcheck):
    tf = shutil.which("terraform")
    if not tf:
        r.skip("terraform", "terraform is not on the PATH; the differential test did not run")
        return
    files = fixtures("hcl/valid") + fixtures("hcl/errors")
    for d in golden_dirs():
        files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".tf")]
    files += [os.path.join(ROOT, "examples", "demo", f) for f in
              sorted(os.listdir(os.path.join(ROOT, "examples", "demo"))) if f.endswith(".tf")]
    for f in files:
        tf_err, tf_line = terraform_syntax(tf, f)
        rc, doc, raw = check_json(tfcheck, f)
        errs = [d for d in (doc or {}).get("diagnostics", [])
                if d["rule"] == "syntax" and d["file"].endswith(os.path.basename(f))]
        ours = min((d["line"] for d in errs), default=None)
        name = "terraform/%s" % os.path.relpath(f, ROOT)
        if tf_err:
            r.ok(bool(errs) and (tf_line is None or ours == tf_line), name,
                 "terraform: syntax error on line %s; tfcheck: first on line %s" % (tf_line, ours))
        else:
            r.ok(not errs, name, "terraform accepts the file; tfcheck reports:\n" + raw)


def main():
    builds = sys.argv[1:] or [os.path.join(ROOT, "build", "release")]
    r = Runner()
    for build in builds:
        build = os.path.abspath(build)
        tfcheck = os.path.join(build, "tfcheck")
        label = os.path.basename(build)
        print("== %s" % label)
        suite_unit(r, build)
        suite_valid(r, tfcheck, label)
        suite_errors(r, tfcheck, label)
        suite_golden(r, tfcheck, label)
        suite_cli(r, tfcheck, label)
        suite_rules(r, tfcheck, label)
        suite_modules(r, tfcheck, label)
        suite_fuzzreg(r, tfcheck, label)
        import fmt_cases
        fmt_cases.suite(r, tfcheck, label, run)
        import eval_cases
        eval_cases.suite(r, tfcheck, label, run)
    print("== terraform differential")
    first = os.path.join(os.path.abspath(builds[0]), "tfcheck")
    suite_terraform(r, first)
    import fmt_cases
    fmt_cases.differential(r, first, run, [os.path.join(TESTS, "hcl"), os.path.join(TESTS, "fmt", "cases"),
                                           os.path.join(TESTS, "golden"), os.path.join(ROOT, "examples")])
    import eval_cases
    eval_cases.differential(r, run)
    import tf_validate
    tf_validate.run(r, first, rule_cases(), run_case, os.path.join(TESTS, "modules", "valid"))
    tail = ", %d skipped" % r.skipped if r.skipped else ""
    print("%d passed, %d failed%s" % (r.passed, r.failed, tail))
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main())
