#!/usr/bin/env python3
"""eval_cases.py - the expression tests: every case in tests/eval/cases/*.txt
runs through `tfcheck console --delimit` (one process per file, in the module
tests/eval/fixtures) and, where terraform is on the PATH, through `terraform
console` (one process per case, two at a time, results cached by expression
and fixture contents), and both must print the expected lines.

Usage: python3 tests/eval_cases.py [BUILD_DIR ...]      (default build/release)
       python3 tests/eval_cases.py --update-from-terraform FILE
           rewrites FILE's expected outputs with what terraform console prints
           (review the diff: terraform is the oracle, the author the judge).
           An error keeps the form it had (`! SUMMARY` or `! SUMMARY: DETAIL`);
           a case with no expectation yet gets the summary and the detail.

A case file holds, per case, a line `> EXPRESSION` and the lines terraform
console prints for it, or `! SUMMARY` / `! SUMMARY: DETAIL` when it reports
an error (the detail is compared with wrapped lines joined).  Lines starting
with `#` are comments and blank lines are ignored, except inside a heredoc of
an expected value.  Environment: TFCHECK_NO_TERRAFORM=1 skips terraform;
TFCHECK_EVAL_CACHE names the cache file (default build/eval-tf-cache.json).
"""
import concurrent.futures
import hashlib
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CASES = os.path.join(HERE, "eval", "cases")
FIXTURES = os.path.join(HERE, "eval", "fixtures")
DELIM = "\x1e"
WORKERS = 2                       # terraform console processes at a time
HEREDOC_OPEN = re.compile(r"<<-?(EOT_*)$")


class Case:
    def __init__(self, path, lineno, expr):
        self.path = path
        self.lineno = lineno          # 1-based line of the `>` line
        self.expr = expr
        self.want = []                # expected lines
        self.want_lines = []          # their 0-based indexes in the file

    def name(self):
        return "%s:%d" % (os.path.relpath(self.path, CASES), self.lineno)


# ---- case files -------------------------------------------------------------

def heredoc_closes(line, delim):
    """The line ending a heredoc of the expected output: `DELIM`, `DELIM,`
    (an element) or `DELIM = ...` (a key)."""
    return re.match(r"\s*" + re.escape(delim) + r"(,|\s=\s.*)?$", line) is not None


def parse(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    cases, cur, heredoc = [], None, None
    for i, line in enumerate(lines):
        if heredoc is None:
            if line.startswith("> ") or line == ">":
                cur = Case(path, i + 1, line[2:])
                cases.append(cur)
                continue
            if cur is None or line.startswith("#") or not line.strip():
                continue
        cur.want.append(line)
        cur.want_lines.append(i)
        if heredoc is not None and heredoc_closes(line, heredoc):
            heredoc = None
        if heredoc is None:
            m = HEREDOC_OPEN.search(line)
            if m:
                heredoc = m.group(1)
    return cases


def want_error(case):
    """(summary, detail or None) when the case expects an error, else None."""
    if len(case.want) == 1 and case.want[0].startswith("! "):
        text = case.want[0][2:]
        if ": " in text:
            s, d = text.split(": ", 1)
            return s.strip(), norm(d)
        return text.strip(), None
    return None


def norm(text):
    return " ".join(text.split())


# ---- console output ---------------------------------------------------------

def first_error(err):
    """(summary, detail) when the first line of console stderr text that is
    not blank is "Error: SUMMARY", else None.  Both tfcheck's "Error: S", "",
    "D" and terraform's form with its "  on <console-input> line 1:" snippet
    are read."""
    lines = err.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i == len(lines) or not lines[i].startswith("Error: "):
        return None
    summary = lines[i][len("Error: "):].strip()
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and lines[j].startswith("  on "):
        while j < len(lines) and lines[j].strip():
            j += 1
    detail = []
    while j < len(lines) and not re.match(r"(Error|Warning): ", lines[j]):
        detail.append(lines[j])
        j += 1
    return summary, norm("\n".join(detail))


def verdict(case, out_lines, err):
    """(passed, what was printed as one line) for one case's output."""
    got_err = first_error(err)
    if got_err:
        got = "! %s: %s" % got_err
    else:
        got = json.dumps("\n".join(out_lines), ensure_ascii=False)
    exp = want_error(case)
    if exp:
        ok = got_err is not None and not out_lines and got_err[0] == exp[0] and \
            (exp[1] is None or got_err[1] == exp[1])
    else:
        ok = got_err is None and out_lines == case.want
    return ok, got


def expected_text(case):
    if want_error(case):
        return case.want[0]
    return json.dumps("\n".join(case.want), ensure_ascii=False)


def stdout_lines(out):
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def chunks(text):
    """Splits --delimit output into one text per expression."""
    parts, cur = [], []
    for line in text.split("\n"):
        if line == DELIM:
            parts.append("\n".join(cur))
            cur = []
        else:
            cur.append(line)
    return parts, "\n".join(cur)


def clean_env():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TF_VAR_") and k not in ("TF_WORKSPACE", "TF_CLI_ARGS", "TF_CLI_ARGS_console",
                                                        "TF_DATA_DIR", "NO_COLOR")}
    env.update({"TF_CLI_CONFIG_FILE": "/dev/null", "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1"})
    return env


def case_files():
    if not os.path.isdir(CASES):
        return []
    return sorted(os.path.join(CASES, f) for f in os.listdir(CASES) if f.endswith(".txt"))


# ---- tfcheck ----------------------------------------------------------------

def run_tfcheck(tfcheck, cases):
    """[(out_lines, err) or None per case], and a note on how the process ended."""
    stdin = "".join(c.expr + "\n" for c in cases).encode("utf-8")
    try:
        p = subprocess.run([tfcheck, "console", "--delimit", "."], cwd=FIXTURES, env=clean_env(), input=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    except subprocess.TimeoutExpired:
        return [None] * len(cases), "timed out"
    except OSError as e:
        return [None] * len(cases), "cannot run %s: %s" % (tfcheck, e)
    out, out_rest = chunks(p.stdout.decode("utf-8", "replace"))
    err, err_rest = chunks(p.stderr.decode("utf-8", "replace"))
    note = "exit %d%s" % (p.returncode, (": " + err_rest.strip()[-1500:]) if err_rest.strip() else "")
    results = []
    for i in range(len(cases)):
        if i < len(out) and i < len(err):
            results.append((stdout_lines(out[i] + "\n") if out[i] else [], err[i]))
        else:
            results.append(None)
    sanitizer = re.search(r"(Sanitizer|runtime error)", err_rest)
    return results, (note if (p.returncode != 0 or sanitizer) else None)


def suite(r, tfcheck, build, run=None):
    """Every case through tfcheck; one pass or fail per case."""
    for path in case_files():
        cases = parse(path)
        if not cases:
            continue
        sent = [c for c in cases if c.expr.strip()]   # the console skips blank lines
        results, note = run_tfcheck(tfcheck, sent)
        got = dict(zip(map(id, sent), results))
        for c in cases:
            res = got.get(id(c))
            if not c.expr.strip():
                ok, got_text = False, "a case needs an expression"
            elif res is None:
                ok, got_text = False, "no output (%s)" % note
            else:
                ok, got_text = verdict(c, res[0], res[1])
            r.ok(ok, "eval/%s[%s] > %s  expected: %s  got: %s" % (c.name(), build, c.expr, expected_text(c),
                                                                  got_text)
                 if not ok else "eval/%s[%s]" % (c.name(), build))
        if note:
            r.ok(False, "eval/%s[%s] console ended badly: %s" % (os.path.relpath(path, CASES), build,
                                                                 note.replace("\n", " | ")[:2000]))


# ---- terraform --------------------------------------------------------------

def fixture_hash():
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(FIXTURES):
        dirnames[:] = sorted(d for d in dirnames if d != ".terraform")
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            h.update(os.path.relpath(p, FIXTURES).encode() + b"\0")
            try:
                with open(p, "rb") as fh:
                    h.update(fh.read())
            except OSError:
                h.update(b"(unreadable)")
            h.update(b"\0")
    return h.hexdigest()


def terraform_version(tf):
    try:
        p = subprocess.run([tf, "version", "-json"], env=clean_env(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=60)
        return json.loads(p.stdout.decode()).get("terraform_version", "?")
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return "?"


def cache_path():
    return os.environ.get("TFCHECK_EVAL_CACHE") or os.path.join(ROOT, "build", "eval-tf-cache.json")


def load_cache():
    try:
        with open(cache_path(), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def save_cache(cache, salt):
    """Writes the cache, dropping results for other fixtures or terraform versions."""
    cache = {k: v for k, v in cache.items() if v.get("salt") == salt}
    path = cache_path()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = "%s.%d.tmp" % (path, os.getpid())
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(cache, fh, sort_keys=True, indent=0)
    os.replace(tmp, path)


def terraform_results(tf, exprs):
    """{expr: (out_lines, err)} from terraform console, cached."""
    cache = load_cache()
    salt = hashlib.sha256((terraform_version(tf) + "\0" + fixture_hash()).encode()).hexdigest()
    keys = {e: hashlib.sha256((salt + "\0" + e).encode("utf-8")).hexdigest() for e in exprs}
    todo = sorted(set(e for e in exprs if keys[e] not in cache))

    def one(expr):
        work = dirs.get()   # a copy of the fixtures per worker: console takes the state lock
        try:
            p = subprocess.run([tf, "console", "-no-color"], cwd=work, env=clean_env(),
                               input=(expr + "\n").encode("utf-8"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=120)
            res = {"out": p.stdout.decode("utf-8", "replace"), "err": p.stderr.decode("utf-8", "replace"),
                   "rc": p.returncode, "salt": salt}
            return expr, (None if "state lock" in res["err"] else res)
        except subprocess.TimeoutExpired:
            return expr, None
        finally:
            dirs.put(work)

    if todo:
        with tempfile.TemporaryDirectory() as tmp:
            dirs = queue.Queue()
            for i in range(WORKERS):
                work = os.path.join(tmp, "fixtures%d" % i)
                shutil.copytree(FIXTURES, work, symlinks=True)
                dirs.put(work)
            with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
                for expr, res in pool.map(one, todo):
                    if res is not None:
                        cache[keys[expr]] = res
        save_cache(cache, salt)
    out = {}
    for e in exprs:
        res = cache.get(keys[e])
        out[e] = None if res is None else (stdout_lines(res["out"]), res["err"])
    return out


def terraform_path():
    if os.environ.get("TFCHECK_NO_TERRAFORM"):
        return None, "TFCHECK_NO_TERRAFORM is set"
    tf = shutil.which("terraform")
    return tf, (None if tf else "terraform is not on the PATH")


def differential(r, run=None):
    """Every case's expectation against terraform console itself."""
    tf, why = terraform_path()
    if not tf:
        r.skip("eval-terraform", "%s; the expected outputs in tests/eval/cases were not checked "
               "against terraform console" % why)
        return
    all_cases = [c for p in case_files() for c in parse(p)]
    results = terraform_results(tf, [c.expr for c in all_cases])
    for c in all_cases:
        res = results[c.expr]
        if res is None:
            ok, got = False, "terraform console timed out"
        else:
            ok, got = verdict(c, res[0], res[1])
        r.ok(ok, "eval-terraform/%s > %s  expected: %s  terraform: %s" % (c.name(), c.expr, expected_text(c), got)
             if not ok else "eval-terraform/%s" % c.name())


def update_from_terraform(path):
    tf, why = terraform_path()
    if not tf:
        print("cannot update: %s" % why)
        return 2
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    cases = parse(path)
    results = terraform_results(tf, [c.expr for c in cases])
    replace, changed = {}, 0       # first line index -> (last line index, new lines)
    for c in cases:
        res = results[c.expr]
        if res is None:
            print("%s: terraform console timed out; left as it was" % c.name())
            continue
        out_lines, err = res
        e = first_error(err)
        if e:
            old = want_error(c)
            new = ["! %s" % e[0]] if old and old[1] is None else ["! %s: %s" % e]
        else:
            new = out_lines
        if new != c.want:
            changed += 1
        if c.want_lines:
            replace[c.want_lines[0]] = (c.want_lines[-1], new)
        else:
            replace[c.lineno - 1] = (c.lineno - 1, [lines[c.lineno - 1]] + new)
    out, i = [], 0
    while i < len(lines):
        if i in replace:
            last, new = replace[i]
            out.extend(new)
            i = last + 1
        else:
            out.append(lines[i])
            i += 1
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("%s: %d of %d cases changed (review the diff)" % (path, changed, len(cases)))
    return 0


class Runner:
    """The counting part of run.py's Runner, for standalone runs."""

    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def ok(self, cond, name, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s" % name)
        return cond

    def skip(self, name, why):
        self.skipped += 1
        print("SKIP %s: %s" % (name, why))


def main(argv):
    if argv[:1] == ["--update-from-terraform"]:
        if len(argv) != 2:
            print(__doc__)
            return 2
        return update_from_terraform(argv[1])
    if any(a.startswith("-") for a in argv):
        print(__doc__)
        return 2
    builds = argv or [os.path.join(ROOT, "build", "release")]
    r = Runner()
    for build in builds:
        build = os.path.abspath(build)
        suite(r, os.path.join(build, "tfcheck"), os.path.basename(build))
    differential(r)
    tail = ", %d skipped" % r.skipped if r.skipped else ""
    print("%d passed, %d failed%s" % (r.passed, r.failed, tail))
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
