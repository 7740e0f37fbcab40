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
