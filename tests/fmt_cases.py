"""fmt_cases.py - the formatter's tests: golden NAME_in.tf / NAME_out.tf
pairs (the expected outputs were produced by terraform fmt and reviewed), a
verbatim round trip (formatted files stay byte for byte as they are),
idempotence on every valid fixture, the fmt command line, and, where
terraform is on the PATH, the differential test over every fixture and a
generated messy corpus of 1,000 files."""
import filecmp
import os
import shutil
import stat
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def fmt_file(run, tfcheck, path, *args):
    return run([tfcheck, "fmt"] + list(args) + [path])


def read(path):
    with open(path, "rb") as f:
        return f.read()


def suite(r, tfcheck, build, run):
    cases = os.path.join(HERE, "fmt", "cases")
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(cases)):
            if not name.endswith("_in.tf"):
                continue
            stem = name[:-len("_in.tf")]
            want = read(os.path.join(cases, stem + "_out.tf"))
            work = os.path.join(tmp, stem + ".tf")
            shutil.copyfile(os.path.join(cases, name), work)
            rc, out, err = fmt_file(run, tfcheck, work)
            got = read(work)
            r.ok(rc == 0 and got == want, "fmt/golden/%s[%s]" % (stem, build),
                 "exit %d\nwant: %r\ngot:  %r\n%s" % (rc, want, got, err))
            rt = os.path.join(tmp, stem + "_rt.tf")
            shutil.copyfile(os.path.join(cases, stem + "_out.tf"), rt)
            rc, out, err = fmt_file(run, tfcheck, rt, "-check")
            r.ok(rc == 0 and read(rt) == want and out == "", "fmt/round-trip/%s[%s]" % (stem, build), out + err)
        # idempotence on every valid fixture
        valid = os.path.join(os.path.dirname(HERE), "tests", "hcl", "valid") \
            if not os.path.isdir(os.path.join(HERE, "hcl", "valid")) else os.path.join(HERE, "hcl", "valid")
        for name in sorted(os.listdir(valid)):
            if not (name.endswith(".tf") or name.endswith(".tfvars")):
                continue
            work = os.path.join(tmp, "idem_" + name)
            shutil.copyfile(os.path.join(valid, name), work)
            rc1, _, e1 = fmt_file(run, tfcheck, work)
            once = read(work)
            rc2, out2, e2 = fmt_file(run, tfcheck, work)
            r.ok(rc1 == 0 and rc2 == 0 and read(work) == once and out2 == "",
                 "fmt/idempotent/%s[%s]" % (name, build), e1 + e2 + out2)
        cli(r, tfcheck, build, run, tmp)
        paths(r, tfcheck, build, run, tmp)


def cli(r, tfcheck, build, run, tmp):
    def case(name, cond, detail=""):
        r.ok(cond, "fmt/cli/%s[%s]" % (name, build), detail)

    d = os.path.join(tmp, "cli")
    os.makedirs(os.path.join(d, "sub"))
    messy = 'a  =  1\nbb = 2\n'
    tidy = 'a  = 1\nbb = 2\n'
    for n, t in (("messy.tf", messy), ("tidy.tf", tidy), ("vars.tfvars", messy), ("sub/deep.tf", messy),
                 ("notes.txt", messy), ("t.tftest.hcl", messy)):
        with open(os.path.join(d, n), "w") as f:
            f.write(t)
    os.chmod(os.path.join(d, "messy.tf"), 0o640)
    before_tidy = os.stat(os.path.join(d, "tidy.tf")).st_mtime_ns
    rc, out, err = run([tfcheck, "fmt", "-check", d])
    case("check-exit-3", rc == 3 and "messy.tf" in out and "tidy.tf" not in out and "deep.tf" not in out, out + err)
    case("check-writes-nothing", read(os.path.join(d, "messy.tf")).decode() == messy)
    rc, out, err = run([tfcheck, "fmt", "-check", "-list=false", d])
    case("list-false", rc == 3 and out == "", out)
    rc, out, err = run([tfcheck, "fmt", "-diff", "-write=false", os.path.join(d, "messy.tf")])
    case("diff", rc == 0 and "--- old/" in out and "-a  =  1" in out and "+a  = 1" in out, out + err)
    case("write-false", read(os.path.join(d, "messy.tf")).decode() == messy)
    rc, out, err = run([tfcheck, "fmt", d])
    case("write", rc == 0 and read(os.path.join(d, "messy.tf")).decode() == tidy and
         read(os.path.join(d, "vars.tfvars")).decode() == tidy and
         read(os.path.join(d, "t.tftest.hcl")).decode() == tidy and
         read(os.path.join(d, "sub/deep.tf")).decode() == messy and
         read(os.path.join(d, "notes.txt")).decode() == messy, out + err)
    case("keeps-mode", stat.S_IMODE(os.stat(os.path.join(d, "messy.tf")).st_mode) == 0o640)
    case("unchanged-not-touched", os.stat(os.path.join(d, "tidy.tf")).st_mtime_ns == before_tidy)
    case("no-temp-files-left", not [n for n in os.listdir(d) if ".tfcheck" in n], str(os.listdir(d)))
    rc, out, err = run([tfcheck, "fmt", "-recursive", d])
    case("recursive", rc == 0 and read(os.path.join(d, "sub/deep.tf")).decode() == tidy, out + err)
    rc, out, err = run([tfcheck, "fmt", "-check", d])
    case("check-clean", rc == 0 and out == "", out + err)
    p = subprocess.run([tfcheck, "fmt", "-"], input=messy.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    case("stdin", p.returncode == 0 and p.stdout.decode() == tidy, p.stdout.decode() + p.stderr.decode())
    broken = os.path.join(d, "broken.tf")
    with open(broken, "w") as f:
        f.write('a  = {\n')
    rc, out, err = run([tfcheck, "fmt", broken])
    case("syntax-error-exit-2", rc == 2 and "[syntax]" in err and read(broken) == b"a  = {\n", out + err)
    rc, out, err = run([tfcheck, "fmt", os.path.join(d, "notes.txt")])
    case("wrong-extension", rc == 2, err)
    rc, out, err = run([tfcheck, "fmt", "-bogus"])
    case("bad-option", rc == 2, err)
    rc, out, err = run([tfcheck, "fmt", os.path.join(d, "missing")])
    case("missing-path", rc == 2, err)


def collect(dst, roots):
    """Copies every .tf/.tfvars file under roots into dst as fNNNNN.tf(vars)."""
    os.makedirs(dst)
    n = 0
    for root in roots:
        for dirpath, _, files in os.walk(root):
            for fn in sorted(files):
                if fn.endswith(".tf") or fn.endswith(".tfvars"):
                    n += 1
                    ext = ".tfvars" if fn.endswith(".tfvars") else ".tf"
                    shutil.copyfile(os.path.join(dirpath, fn), os.path.join(dst, "f%05d%s" % (n, ext)))
    return n


def tree(d):
    out = {}
    for dirpath, _, files in os.walk(d):
        for fn in files:
            p = os.path.join(dirpath, fn)
            out[os.path.relpath(p, d)] = read(p)
    return out


def paths(r, tfcheck, build, run, tmp):
    """The formatter checks syntax on the tokens (src/fmt/validate.c) and
    runs the parser only where that check is unsure; -full-parse runs the
    parser on every file.  Both must give the same files, messages and exit
    codes, over every fixture (the syntax errors included) and a generated
    corpus; and `-check` must list exactly the files that formatting
    changes."""
    def case(name, cond, detail=""):
        r.ok(cond, "fmt/paths/%s[%s]" % (name, build), detail)

    base = os.path.join(tmp, "paths")
    src = os.path.join(base, "src")
    collect(src, [os.path.join(HERE, "hcl"), os.path.join(HERE, "fmt", "cases"), os.path.join(HERE, "golden")])
    subprocess.run(["python3", os.path.join(HERE, "fmt", "gen_messy.py"), os.path.join(src, "gen"), "300", "5"],
                   check=True)
    fast, full = os.path.join(base, "fast"), os.path.join(base, "full")
    shutil.copytree(src, fast)
    shutil.copytree(src, full)
    c1 = run([tfcheck, "fmt", "-check", "-recursive", fast])
    c2 = run([tfcheck, "fmt", "-check", "-recursive", "-full-parse", full])
    norm = lambda res, d: (res[0], res[1].replace(d, "D"), res[2].replace(d, "D"))
    case("check-same", norm(c1, fast) == norm(c2, full),
         "fast: exit %d\n%s\nfull-parse: exit %d\n%s" % (c1[0], c1[2][:2000], c2[0], c2[2][:2000]))
    w1 = run([tfcheck, "fmt", "-recursive", fast])
    w2 = run([tfcheck, "fmt", "-recursive", "-full-parse", full])
    t1, t2 = tree(fast), tree(full)
    differ = sorted(k for k in t1 if t1[k] != t2.get(k))
    case("write-same", norm(w1, fast) == norm(w2, full) and not differ, "files that differ: %s" % differ[:20])
    before = tree(src)
    changed = sorted(os.path.join(fast, k) for k in t1 if t1[k] != before[k])
    listed = sorted(l for l in c1[1].splitlines() if l)
    case("check-lists-changes", listed == changed,
         "listed but unchanged: %s\nchanged but not listed: %s" % (
             sorted(set(listed) - set(changed))[:10], sorted(set(changed) - set(listed))[:10]))


def differential(r, tfcheck, run, roots, gen_count=1000):
    tf = shutil.which("terraform")
    if not tf:
        r.skip("fmt/terraform", "terraform is not on the PATH; the fmt differential test did not run")
        return
    env = dict(os.environ, TF_CLI_CONFIG_FILE="/dev/null", CHECKPOINT_DISABLE="1")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        os.makedirs(src)
        n = 0
        for root in roots:
            for dirpath, _, files in os.walk(root):
                for fn in sorted(files):
                    if fn.endswith(".tf") or fn.endswith(".tfvars"):
                        n += 1
                        ext = ".tfvars" if fn.endswith(".tfvars") else ".tf"
                        shutil.copyfile(os.path.join(dirpath, fn), os.path.join(src, "f%05d%s" % (n, ext)))
        subprocess.run(["python3", os.path.join(HERE, "fmt", "gen_messy.py"), os.path.join(src, "gen"),
                        str(gen_count), "7"], check=True)
        ours, theirs = os.path.join(tmp, "ours"), os.path.join(tmp, "theirs")
        shutil.copytree(src, ours)
        shutil.copytree(src, theirs)
        rc1, out1, err1 = run([tfcheck, "fmt", "-recursive", ours])
        p = subprocess.run([tf, "fmt", "-recursive", theirs], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        diffs = []
        total = 0
        for dirpath, _, files in os.walk(theirs):
            for fn in files:
                total += 1
                t = os.path.join(dirpath, fn)
                o = os.path.join(ours, os.path.relpath(t, theirs))
                if not filecmp.cmp(t, o, shallow=False):
                    diffs.append(os.path.relpath(t, theirs))
        r.ok(not diffs and (rc1 == 2) == (p.returncode == 2),
             "fmt/terraform-differential (%d files)" % total,
             "exit %d vs terraform %d; files that differ from terraform fmt: %s" % (
                 rc1, p.returncode, ", ".join(sorted(diffs)[:20])))
        # -check (which builds no output where it can) lists exactly the files terraform changed
        before, after = tree(src), tree(theirs)
        changed = sorted(k for k in after if after[k] != before[k])
        rc2, out2, _ = run([tfcheck, "fmt", "-check", "-recursive", src])
        listed = sorted(os.path.relpath(l, src) for l in out2.splitlines() if l)
        r.ok(listed == changed and (rc2 == 2) == (p.returncode == 2),
             "fmt/terraform-differential-check (%d files)" % total,
             "exit %d vs terraform %d; listed but unchanged: %s; changed but not listed: %s" % (
                 rc2, p.returncode, sorted(set(listed) - set(changed))[:10], sorted(set(changed) - set(listed))[:10]))
