"""tf_validate.py - the differential test against `terraform validate`.

Where terraform and an offline provider mirror exist (the folder holding
registry.terraform.io/hashicorp/aws/...), each rule fixture and each valid
module is copied to a temporary directory, initialised offline with
`terraform init -backend=false` against the mirror, and validated with
`terraform validate -json`:
  - a passing fixture (good*, tests/modules/valid/*) must validate cleanly,
    so that tfcheck's "no finding" is checked against real validity;
  - for a failing fixture, every module-level error terraform reports (the
    kinds tfcheck covers, by summary) must be reported by tfcheck as an
    error on the same file and line.
Fixtures that need providers the mirror lacks are skipped, saying so."""
import json
import os
import re
import shutil
import subprocess
import tempfile

# Terraform's summaries for the module-level errors tfcheck reports.
COVERED = [
    r"^Duplicate ", r"^Reference to undeclared ", r"^Missing resource instance key$",
    r"^Unexpected resource instance key$", r'^Reference to "(count|each)" in ',
    r'^Invalid "(self|each|count|path|terraform)" ', r"^Cycle: ", r"^Self-referential block$",
    r"^Invalid default value for variable$", r"^Variables not allowed$",
    r"^Function calls not allowed$", r"^Invalid reference$", r"^Unsupported block type$",
    r"^Invalid type specification$", r"^Missing name for ", r"^Invalid (resource|variable|output|module) name$",
    r"^Invalid (resource type|data source)$", r"^Unsupported argument$", r"^Missing required argument$",
    r"^Insufficient .* blocks$", r"^Too many .* blocks$", r"^Duplicate .* block$", r"^Unsupported attribute$",
    r"^Incorrect attribute value type$", r"^Value for unconfigurable attribute$", r"^Invalid or unknown key$",
    r"^Too many list items$", r"^Not enough list items$", r"^Missing required argument$",
]


def find_mirror():
    for base in ("/opt", "/usr/local", "/usr/share", "/root", "/var", "/srv", "/home"):
        if not os.path.isdir(base):
            continue
        for dirpath, dirnames, _ in os.walk(base):
            depth = dirpath[len(base):].count(os.sep)
            if "registry.terraform.io" in dirnames:
                cand = os.path.join(dirpath, "registry.terraform.io", "hashicorp", "aws")
                if os.path.isdir(cand):
                    return dirpath
            if depth >= 3:
                dirnames[:] = []
    return None


class Validator:
    def __init__(self, tf, mirror, workdir):
        self.tf = tf
        rc = os.path.join(workdir, "tfrc")
        with open(rc, "w") as f:
            f.write('plugin_cache_dir = "%s"\nprovider_installation {\n  filesystem_mirror {\n'
                    '    path    = "%s"\n    include = ["registry.terraform.io/*/*"]\n  }\n'
                    '  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n' % (mirror, mirror))
        self.env = dict(os.environ, TF_CLI_CONFIG_FILE=rc, CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1",
                        TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE="1")
        self.workdir = workdir

    def validate(self, src):
        """Returns (valid, [(file, line, summary)]) or (None, reason) to skip."""
        tmp = tempfile.mkdtemp(dir=self.workdir)
        dst = os.path.join(tmp, "m")
        # keep .terraform/modules (remote modules a fixture pretends init downloaded)
        shutil.copytree(src, dst, symlinks=True, ignore=shutil.ignore_patterns("providers"))
        init = subprocess.run([self.tf, "init", "-backend=false", "-input=false", "-no-color"], cwd=dst,
                              env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        p = subprocess.run([self.tf, "validate", "-json", "-no-color"], cwd=dst, env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            doc = json.loads(p.stdout.decode())
        except ValueError:
            return None, "terraform validate printed no JSON: " + p.stderr.decode()[-300:]
        diags = []
        for d in doc.get("diagnostics", []):
            if d.get("severity") != "error":
                continue
            rng = d.get("range") or {}
            diags.append((os.path.normpath(rng.get("filename", "")), rng.get("start", {}).get("line", 0),
                          d.get("summary", "")))
        out = init.stdout.decode()
        missing_provider = ("Failed to query available provider packages" in out or
                            "Failed to install provider" in out or
                            "could not retrieve the list of available versions" in out)
        if missing_provider and (not diags or any(s.startswith("Missing required provider") for _, _, s in diags)):
            return None, "needs providers that are not in the offline mirror"
        if any(s.startswith("Missing required provider") for _, _, s in diags):
            return None, "terraform init did not install the providers (see init's output)"
        return bool(doc.get("valid")), diags


# Rules whose failing fixtures terraform validate can judge; the others
# (backends, versions, lock files, variable values, unused declarations, ...)
# are about init, plan or style, which validate does not look at.
VALIDATED_RULES = {
    "duplicate-declaration", "duplicate-provider", "duplicate-required-providers", "duplicate-backend",
    "undeclared-reference", "invalid-reference", "iteration-context", "missing-instance-key",
    "unexpected-instance-key", "dependency-cycle", "self-reference", "missing-module-input",
    "unexpected-module-input", "variable-default-type", "variable-default-not-constant", "invalid-type",
    "invalid-block", "undefined-provider-alias",
    "unknown-resource-type", "unsupported-argument", "missing-required-argument", "argument-type",
    "unsupported-attribute", "deprecated-argument", "deprecated-attribute",
}


def covered(summary):
    return any(re.search(p, summary) for p in COVERED)


def run(r, tfcheck, rule_cases, run_case, modules_dir):
    tf = shutil.which("terraform")
    if not tf:
        r.skip("terraform-validate", "terraform is not on the PATH; the validate differential test did not run")
        return
    mirror = find_mirror()
    if not mirror:
        r.skip("terraform-validate", "no offline provider mirror (registry.terraform.io/hashicorp/aws) found")
        return
    with tempfile.TemporaryDirectory() as work:
        v = Validator(tf, mirror, work)
        targets = [("rules/%s/%s" % (rule, case), cdir, case.startswith("good")) for rule, case, cdir in rule_cases
                   if case.startswith("good") or rule in VALIDATED_RULES]
        if os.path.isdir(modules_dir):
            targets += [("modules/valid/" + n, os.path.join(modules_dir, n), True)
                        for n in sorted(os.listdir(modules_dir)) if os.path.isdir(os.path.join(modules_dir, n))]
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
            results = list(pool.map(lambda t: v.validate(t[1]), targets))
        for (name, cdir, good), (valid, diags) in zip(targets, results):
            tname = "terraform-validate/" + name
            if valid is None:
                r.skip(tname, diags)
                continue
            if good:
                r.ok(valid, tname, "terraform validate rejects this passing fixture:\n  " +
                     "\n  ".join("%s:%d %s" % d for d in diags))
                continue
            rc, doc, raw = run_case(tfcheck, cdir)
            ours = set()
            our_summaries = []
            for d in (doc or {}).get("diagnostics", []):
                if d["severity"] == "error":
                    ours.add((os.path.normpath(d["file"]), d["line"]))
                    our_summaries.append(d["summary"])

            def found(d):
                if d[1] == 0:
                    # Terraform gives some errors (cycles) no source range: then
                    # an error of the same kind anywhere will do
                    head = d[2].split(":")[0]
                    return any(s.startswith(head) for s in our_summaries) or (head != "Cycle" and our_summaries)
                return (d[0], d[1]) in ours
            missed = [d for d in diags if covered(d[2]) and not found(d)]
            r.ok(not missed, tname, "terraform reports, tfcheck does not:\n  " +
                 "\n  ".join("%s:%d %s" % d for d in missed))
