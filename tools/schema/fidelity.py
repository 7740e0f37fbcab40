#!/usr/bin/env python3
"""Compare two provider schema JSON documents (`terraform providers schema -json`
format) and print a markdown fidelity report.

Usage:
    python3 tools/schema/fidelity.py REFERENCE.json CANDIDATE.json [--limit N] [--exclude-opaque]
    python3 tools/schema/fidelity.py --counts FILE.json [FILE.json ...]

REFERENCE is normally terraform's own output (e.g. aws-5.100.0.json), CANDIDATE
the output of cdktf_to_schema.js for the cdktf package generated from the same
provider version.  Only the first provider of each document is compared.

Terms used in the report:
  attribute path   "<type>:<block path>.<attribute>" for every attribute at any
                   depth (attributes of nested blocks included)
  argument         an attribute that is not computed-only (required or optional)
  block path       "<type>:<block path>" for every nested block at any depth
  match rate       |common| / |union| for name sets; for flags, modes and types:
                   share of the common paths on which both documents agree
  --exclude-opaque drop from REFERENCE the contents of blocks that CANDIDATE
                   marks "x_opaque" (cdktf typed them `any`, see
                   cdktf_to_schema.js); the blocks themselves are still compared
"""
import json
import sys


def load(path):
    with open(path) as f:
        doc = json.load(f)
    schemas = doc.get("provider_schemas") or {}
    if not schemas:
        sys.exit("%s: no provider_schemas" % path)
    key = sorted(schemas)[0]
    return key, schemas[key], doc.get("x_source")


def walk(block, prefix, attrs, blocks):
    for name, a in (block.get("attributes") or {}).items():
        attrs[prefix + name] = a
    for name, bt in (block.get("block_types") or {}).items():
        blocks[prefix + name] = bt
        walk(bt.get("block") or {}, prefix + name + ".", attrs, blocks)


def flatten(section):
    """section: {type: {"block": ...}} -> (attrs, blocks) keyed by 'type:path'"""
    attrs, blocks = {}, {}
    for tname, s in section.items():
        a, b = {}, {}
        walk(s.get("block") or {}, "", a, b)
        for k, v in a.items():
            attrs[tname + ":" + k] = v
        for k, v in b.items():
            blocks[tname + ":" + k] = v
    return attrs, blocks


def flags(a):
    return "+".join(f for f in ("required", "optional", "computed") if a.get(f)) or "none"


def is_argument(a):
    return bool(a.get("required") or a.get("optional"))


def pct(n, d):
    return "n/a" if d == 0 else "%.2f%%" % (100.0 * n / d)


def fmt_type(t):
    s = json.dumps(t, separators=(",", ":"))
    return s if len(s) <= 160 else s[:150] + "...(%d chars)" % len(s)


def sections(p):
    out = [
        ("resources", p.get("resource_schemas") or {}),
        ("data sources", p.get("data_source_schemas") or {}),
        ("ephemeral resources", p.get("ephemeral_resource_schemas") or {}),
    ]
    prov = (p.get("provider") or {})
    out.append(("provider", {"provider": prov} if prov else {}))
    return out


def counts(path):
    key, p, xs = load(path)
    row = {"file": path, "provider": key}
    if xs:
        row["package"] = "%s@%s" % (xs.get("package"), xs.get("package_version"))
        row["provider_version"] = xs.get("provider_version")
    tot_a = tot_b = tot_arg = 0
    for name, sec in sections(p):
        a, b = flatten(sec)
        if name != "provider":
            row[name] = len(sec)
        tot_a += len(a)
        tot_b += len(b)
        tot_arg += sum(1 for v in a.values() if is_argument(v))
    row["attributes"] = tot_a
    row["arguments"] = tot_arg
    row["blocks"] = tot_b
    return row


def print_counts(paths):
    print("| file | package | provider | version | resources | data sources | ephemeral | attributes (all depths) | arguments | nested blocks |")
    print("|---|---|---|---|---:|---:|---:|---:|---:|---:|")
    for pth in paths:
        r = counts(pth)
        print("| %s | %s | %s | %s | %d | %d | %d | %d | %d | %d |" % (
            pth.split("/")[-1], r.get("package", "-"), r["provider"], r.get("provider_version", "-"),
            r["resources"], r["data sources"], r["ephemeral resources"],
            r["attributes"], r["arguments"], r["blocks"]))


def listing(title, items, limit):
    items = sorted(items)
    if not items:
        return
    print("\n<details><summary>%s (%d)</summary>\n" % (title, len(items)))
    for it in items[:limit]:
        print("- `%s`" % (it,))
    if len(items) > limit:
        print("- ... %d more" % (len(items) - limit))
    print("\n</details>")


def opaque_paths(block, prefix, out):
    for name, bt in (block.get("block_types") or {}).items():
        if bt.get("x_opaque"):
            out.add(prefix + name)
        else:
            opaque_paths(bt.get("block") or {}, prefix + name + ".", out)


def prune(ref_block, cand_block):
    """copy of ref_block without the bodies of blocks the candidate marks x_opaque"""
    out = dict(ref_block)
    bts = {}
    for name, bt in (ref_block.get("block_types") or {}).items():
        cbt = (cand_block.get("block_types") or {}).get(name) if cand_block else None
        nb = dict(bt)
        if cbt and cbt.get("x_opaque"):
            nb["block"] = {"attributes": {}}
        else:
            nb["block"] = prune(bt.get("block") or {}, (cbt or {}).get("block"))
        bts[name] = nb
    if bts:
        out["block_types"] = bts
    return out


def compare(ref_path, cand_path, limit, exclude_opaque=False):
    rkey, rp, _ = load(ref_path)
    ckey, cp, cxs = load(cand_path)
    if exclude_opaque:
        for sec in ("resource_schemas", "data_source_schemas", "ephemeral_resource_schemas"):
            for t, s in (rp.get(sec) or {}).items():
                cs = (cp.get(sec) or {}).get(t)
                if cs:
                    s["block"] = prune(s.get("block") or {}, cs.get("block") or {})
    print("## Fidelity: `%s` vs `%s`%s\n" % (cand_path.split("/")[-1], ref_path.split("/")[-1],
                                            " (bodies of x_opaque blocks excluded)" if exclude_opaque else ""))
    print("Reference: `%s` (%s). Candidate: `%s`%s.\n" % (
        ref_path, rkey, cand_path,
        " (%s@%s, provider %s)" % (cxs.get("package"), cxs.get("package_version"), cxs.get("provider_version")) if cxs else ""))

    print("| section | metric | reference | candidate | common | match rate |")
    print("|---|---|---:|---:|---:|---:|")
    details = []
    for (name, rsec), (_, csec) in zip(sections(rp), sections(cp)):
        if not rsec and not csec:
            continue
        rt, ct = set(rsec), set(csec)
        common_t = rt & ct
        if name != "provider":
            print("| %s | type names | %d | %d | %d | %s |" % (name, len(rt), len(ct), len(common_t), pct(len(common_t), len(rt | ct))))
        details.append(("%s: type names only in reference" % name, rt - ct))
        details.append(("%s: type names only in candidate" % name, ct - rt))
        ra, rb = flatten({t: rsec[t] for t in common_t})
        ca, cb = flatten({t: csec[t] for t in common_t})
        # attribute names
        ka, kc = set(ra), set(ca)
        com = ka & kc
        print("| %s | attribute names (all depths, common types) | %d | %d | %d | %s |" % (name, len(ka), len(kc), len(com), pct(len(com), len(ka | kc))))
        details.append(("%s: attributes only in reference" % name, ka - kc))
        details.append(("%s: attributes only in candidate" % name, kc - ka))
        # arguments (required or optional)
        rarg = {k for k, v in ra.items() if is_argument(v)}
        carg = {k for k, v in ca.items() if is_argument(v)}
        comarg = rarg & carg
        print("| %s | argument names (required/optional attrs) | %d | %d | %d | %s |" % (name, len(rarg), len(carg), len(comarg), pct(len(comarg), len(rarg | carg))))
        # types whose attribute name sets match exactly
        same = 0
        for t in common_t:
            a1, b1 = {}, {}
            walk(rsec[t].get("block") or {}, "", a1, b1)
            a2, b2 = {}, {}
            walk(csec[t].get("block") or {}, "", a2, b2)
            if set(a1) == set(a2) and set(b1) == set(b2):
                same += 1
        print("| %s | types with identical attribute+block names | %d | %d | %d | %s |" % (name, len(common_t), len(common_t), same, pct(same, len(common_t))))
        # required flag / full flag combination
        req_ok = sum(1 for k in com if bool(ra[k].get("required")) == bool(ca[k].get("required")))
        print("| %s | required flag (common attributes) | | | %d | %s |" % (name, len(com), pct(req_ok, len(com))))
        details.append(("%s: required flag differs (reference -> candidate)" % name,
                        {"%s: %s -> %s" % (k, flags(ra[k]), flags(ca[k])) for k in com if bool(ra[k].get("required")) != bool(ca[k].get("required"))}))
        fl_ok = sum(1 for k in com if flags(ra[k]) == flags(ca[k]))
        print("| %s | required/optional/computed combination | | | %d | %s |" % (name, len(com), pct(fl_ok, len(com))))
        details.append(("%s: optional/computed combination differs (reference -> candidate)" % name,
                        {"%s: %s -> %s" % (k, flags(ra[k]), flags(ca[k])) for k in com if flags(ra[k]) != flags(ca[k]) and bool(ra[k].get("required")) == bool(ca[k].get("required"))}))
        ty_ok = sum(1 for k in com if ra[k].get("type") == ca[k].get("type"))
        print("| %s | attribute types | | | %d | %s |" % (name, len(com), pct(ty_ok, len(com))))
        details.append(("%s: attribute type differs (reference -> candidate)" % name,
                        {"%s: %s -> %s" % (k, fmt_type(ra[k].get("type", ra[k].get("nested_type"))), fmt_type(ca[k].get("type"))) for k in com if ra[k].get("type") != ca[k].get("type")}))
        # blocks
        kb, kcb = set(rb), set(cb)
        comb = kb & kcb
        print("| %s | nested block names | %d | %d | %d | %s |" % (name, len(kb), len(kcb), len(comb), pct(len(comb), len(kb | kcb))))
        details.append(("%s: blocks only in reference" % name, kb - kcb))
        details.append(("%s: blocks only in candidate" % name, kcb - kb))
        nm_ok = sum(1 for k in comb if rb[k].get("nesting_mode") == cb[k].get("nesting_mode"))
        print("| %s | nesting modes | | | %d | %s |" % (name, len(comb), pct(nm_ok, len(comb))))
        details.append(("%s: nesting mode differs (reference -> candidate)" % name,
                        {"%s: %s -> %s" % (k, rb[k].get("nesting_mode"), cb[k].get("nesting_mode")) for k in comb if rb[k].get("nesting_mode") != cb[k].get("nesting_mode")}))
        mi_ok = sum(1 for k in comb if rb[k].get("min_items", 0) == cb[k].get("min_items", 0))
        print("| %s | min_items | | | %d | %s |" % (name, len(comb), pct(mi_ok, len(comb))))
        details.append(("%s: min_items differs (reference -> candidate)" % name,
                        {"%s: %s -> %s" % (k, rb[k].get("min_items", 0), cb[k].get("min_items", 0)) for k in comb if rb[k].get("min_items", 0) != cb[k].get("min_items", 0)}))
        ma_ok = sum(1 for k in comb if rb[k].get("max_items", 0) == cb[k].get("max_items", 0))
        print("| %s | max_items | | | %d | %s |" % (name, len(comb), pct(ma_ok, len(comb))))
        details.append(("%s: max_items differs (reference -> candidate)" % name,
                        {"%s: %s -> %s" % (k, rb[k].get("max_items", 0), cb[k].get("max_items", 0)) for k in comb if rb[k].get("max_items", 0) != cb[k].get("max_items", 0)}))
        sens = sum(1 for k in com if ra[k].get("sensitive"))
        csens = sum(1 for k in com if ca[k].get("sensitive"))
        dep = sum(1 for k in com if ra[k].get("deprecated"))
        cdep = sum(1 for k in com if ca[k].get("deprecated"))
        print("| %s | sensitive attributes | %d | %d | | |" % (name, sens, csens))
        print("| %s | deprecated attributes | %d | %d | | |" % (name, dep, cdep))
    print("\n### Mismatches (first %d of each)" % limit)
    for title, items in details:
        listing(title, items, limit)


def main(argv):
    limit = 20
    if "--limit" in argv:
        i = argv.index("--limit")
        limit = int(argv[i + 1])
        del argv[i:i + 2]
    if argv and argv[0] == "--counts":
        print_counts(argv[1:])
        return
    exclude = False
    if "--exclude-opaque" in argv:
        argv.remove("--exclude-opaque")
        exclude = True
    if len(argv) != 2:
        sys.exit(__doc__)
    compare(argv[0], argv[1], limit, exclude)


if __name__ == "__main__":
    main(sys.argv[1:])
