"""check_rules.py - every rule is complete: it has an explanation, a page in
docs/rules/ identical to `tfcheck explain --markdown`, and at least one
failing and one passing fixture under tests/rules/<id>/."""
import os


def check_registry(r, tfcheck, build, run, cases, root):
    rc, out, err = run([tfcheck, "rules"])
    ids = [line.split()[0] for line in out.splitlines() if line.strip()]
    r.ok(rc == 0 and len(ids) >= 30, "rules/registry[%s]" % build, out + err)
    have = {}
    for rule, case, _ in cases:
        have.setdefault(rule, set()).add("bad" if case.startswith("bad") else "good")
    for rid in ids:
        rc, md, err = run([tfcheck, "explain", "--markdown", rid])
        r.ok(rc == 0 and len(md) > 300, "rules/%s/explanation[%s]" % (rid, build), md + err)
        page = os.path.join(root, "docs", "rules", rid + ".md")
        current = open(page, encoding="utf-8").read() if os.path.exists(page) else None
        r.ok(current == md, "rules/%s/docs-page[%s]" % (rid, build),
             "docs/rules/%s.md is missing or stale; run sh tools/gen_rule_docs.sh" % rid)
        r.ok(have.get(rid) == {"bad", "good"}, "rules/%s/fixtures[%s]" % (rid, build),
             "tests/rules/%s needs a bad* and a good* fixture directory; has %s" % (rid, sorted(have.get(rid, []))))
    rc, out, err = run([tfcheck, "explain", "no-such-rule"])
    r.ok(rc == 2 and "no rule named" in err, "rules/explain-unknown[%s]" % build, out + err)
