#!/usr/bin/env python3
"""gen_schema.py - compiles provider schemas into src/schema/schema_data.c.

Usage: gen_schema.py OUT.c SCHEMA.json [SCHEMA.json ...]

Each SCHEMA.json is in the format `terraform providers schema -json` prints
(tools/schema/cdktf_to_schema.js writes the same format from the npm
@cdktf/provider-* packages).  A file may carry "x_source" (where it came
from) and every file must name its provider version: either x_source's
provider_version or, for terraform's own output, a file name ending in
-<version>.json.

The output is plain C data: one string pool, one type pool, and tables of
blocks, attributes, nested block types and resource types, sorted by name
so that lookups are binary searches and nothing is parsed at start-up.
Identical blocks are stored once, across providers and versions.

Deprecation flags: terraform's own output has them, the cdktf packages do
not.  For a cdktf-derived schema, every argument, block and type that a
terraform-derived schema of the same provider (an older version) marks
deprecated and that still exists is marked deprecated too (providers do not
un-deprecate), and tools/schema/deprecations.json adds the ones a major
version introduced, each with its source.
"""
import json, os, re, sys

# attribute flags, as in src/schema/schema.h
F_REQUIRED, F_OPTIONAL, F_COMPUTED, F_DEPRECATED, F_SENSITIVE, F_WRITE_ONLY = 1, 2, 4, 8, 16, 32
NESTING = {"single": 0, "list": 1, "set": 2, "map": 3, "group": 4}


def type_code(t):
    """A compact text form of a cty type: s n b d, L<t> S<t> M<t>,
    O{name:t,...} (sorted), T[t,...]."""
    if isinstance(t, str):
        return {"string": "s", "number": "n", "bool": "b", "dynamic": "d"}[t]
    kind = t[0]
    if kind == "list":
        return "L" + type_code(t[1])
    if kind == "set":
        return "S" + type_code(t[1])
    if kind == "map":
        return "M" + type_code(t[1])
    if kind == "object":
        return "O{" + ",".join("%s:%s" % (k, type_code(v)) for k, v in sorted(t[1].items())) + "}"
    if kind == "tuple":
        return "T[" + ",".join(type_code(v) for v in t[1]) + "]"
    raise ValueError("unknown type %r" % (t,))


def nested_type_code(nt):
    """Attributes with nested_type (protocol 6) become the object type they stand for."""
    inner = "O{" + ",".join("%s:%s" % (k, attr_type_code(v)) for k, v in sorted(nt["attributes"].items())) + "}"
    mode = nt.get("nesting_mode", "single")
    return {"single": inner, "list": "L" + inner, "set": "S" + inner, "map": "M" + inner}[mode]


def attr_type_code(a):
    if "nested_type" in a:
        return nested_type_code(a["nested_type"])
    return type_code(a["type"])


class Pool:
    def __init__(self):
        self.data = bytearray()
        self.index = {}

    def add(self, s):
        if s in self.index:
            return self.index[s]
        off = len(self.data)
        self.data += s.encode() + b"\0"
        self.index[s] = off
        return off


class Tables:
    def __init__(self):
        self.strings = Pool()
        self.blocks = []        # (attr_start, nattrs, bt_start, nbt, flags)
        self.attrs = []         # (name, type, flags)
        self.blocktypes = []    # (name, block, nesting, min, max)
        self.block_index = {}

    def block(self, b):
        key = json.dumps(strip(b), sort_keys=True)
        if key in self.block_index:
            return self.block_index[key]
        attrs = []
        for name, a in sorted(b.get("attributes", {}).items()):
            flags = 0
            for f, bit in (("required", F_REQUIRED), ("optional", F_OPTIONAL), ("computed", F_COMPUTED),
                           ("deprecated", F_DEPRECATED), ("sensitive", F_SENSITIVE),
                           ("write_only", F_WRITE_ONLY)):
                if a.get(f):
                    flags |= bit
            attrs.append((self.strings.add(name), self.strings.add(attr_type_code(a)), flags))
        bts = []
        for name, bt in sorted(b.get("block_types", {}).items()):
            child = self.block(bt["block"])
            bts.append((self.strings.add(name), child, NESTING[bt["nesting_mode"]],
                        bt.get("min_items", 0), bt.get("max_items", 0)))
        idx = len(self.blocks)
        self.blocks.append((len(self.attrs), len(attrs), len(self.blocktypes), len(bts),
                            1 if b.get("deprecated") else 0))
        self.attrs += attrs
        self.blocktypes += bts
        self.block_index[key] = idx
        return idx


def strip(b):
    """The parts of a block the tables keep (descriptions dropped)."""
    out = {}
    if b.get("attributes"):
        out["a"] = {k: [attr_type_code(v)] + [f for f in ("required", "optional", "computed", "deprecated",
                                                           "sensitive", "write_only") if v.get(f)]
                    for k, v in b["attributes"].items()}
    if b.get("block_types"):
        out["b"] = {k: [v["nesting_mode"], v.get("min_items", 0), v.get("max_items", 0), strip(v["block"])]
                    for k, v in b["block_types"].items()}
    if b.get("deprecated"):
        out["d"] = 1
    return out


def version_of(path, doc):
    xs = doc.get("x_source") or {}
    if xs.get("provider_version"):
        return xs["provider_version"]
    m = re.search(r"-(\d+\.\d+\.\d+)\.json$", path)
    if not m:
        sys.exit("%s: cannot tell the provider version (no x_source, no -X.Y.Z.json name)" % path)
    return m.group(1)


def describe(path, doc, version):
    xs = doc.get("x_source") or {}
    if xs.get("package"):
        return "%s@%s" % (xs["package"], xs.get("package_version", "?"))
    return "terraform providers schema -json (%s)" % os.path.basename(path)


def c_string(data):
    """The pool as a C string literal split into lines."""
    out, line = [], []
    for byte in data:
        if byte == 0:
            line.append("\\0")
        elif byte in (0x22, 0x5c):
            line.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7f and byte != 0x3f:  # no '?' (trigraphs)
            line.append(chr(byte))
        else:
            line.append("\\%03o" % byte)
        if byte == 0 and sum(len(x) for x in line) > 90:
            out.append('"' + "".join(line) + '"')
            line = []
    if line:
        out.append('"' + "".join(line) + '"')
    return "\n".join(out)


def inherit_deprecations(dst, ref):
    """Marks in block dst what is deprecated in block ref (same path)."""
    if ref.get("deprecated"):
        dst["deprecated"] = True
    for name, a in ref.get("attributes", {}).items():
        if a.get("deprecated") and name in dst.get("attributes", {}):
            dst["attributes"][name]["deprecated"] = True
    for name, bt in ref.get("block_types", {}).items():
        if name in dst.get("block_types", {}):
            inherit_deprecations(dst["block_types"][name]["block"], bt["block"])


def apply_curated(doc, version, curated):
    for source, p in doc["provider_schemas"].items():
        short = source.split("registry.terraform.io/")[-1]
        for entry in curated.get(short, []):
            major = entry["since"].split(".")[0]
            if version.split(".")[0] != major:
                continue
            kind = {"resource": "resource_schemas", "data": "data_source_schemas"}[entry["kind"]]
            s = p.get(kind, {}).get(entry["type"])
            if not s:
                continue
            block = s["block"]
            path = entry["path"]
            for step in path[:-1]:
                block = block.get("block_types", {}).get(step, {}).get("block", {})
            last = path[-1]
            if last in block.get("attributes", {}):
                block["attributes"][last]["deprecated"] = True
            elif last in block.get("block_types", {}):
                block["block_types"][last]["block"]["deprecated"] = True


def load_inputs(inputs):
    docs = []
    for path in inputs:
        with open(path) as f:
            doc = json.load(f)
        docs.append((path, doc, version_of(path, doc)))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "deprecations.json")) as f:
        curated = json.load(f)["deprecations"]
    for path, doc, version in docs:
        if not (doc.get("x_source") or {}).get("package"):
            continue
        for source, p in doc["provider_schemas"].items():
            refs = [(v, d) for (_, d, v) in docs if not (d.get("x_source") or {}).get("package")
                    and source in d["provider_schemas"]]
            for _, rdoc in refs:
                rp = rdoc["provider_schemas"][source]
                for key in ("resource_schemas", "data_source_schemas"):
                    for name, rs in rp.get(key, {}).items():
                        if name in p.get(key, {}):
                            inherit_deprecations(p[key][name]["block"], rs["block"])
        apply_curated(doc, version, curated)
    return docs


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_path, inputs = sys.argv[1], sys.argv[2:]
    t = Tables()
    providers = []
    kinds = (("resource_schemas", 0), ("data_source_schemas", 1), ("ephemeral_resource_schemas", 2))
    types = []  # (name, block, provider, kind)
    for path, doc, version in load_inputs(inputs):
        for source, p in sorted(doc["provider_schemas"].items()):
            short = source.split("registry.terraform.io/")[-1]
            pidx = len(providers)
            prov_block = t.block(p.get("provider", {}).get("block", {}))
            ranges = []
            for key, kind in kinds:
                start = len(types)
                for name, s in sorted(p.get(key, {}).items()):
                    types.append((t.strings.add(name), t.block(s["block"]), pidx, kind))
                ranges.append((start, len(types) - start))
            providers.append((short, version, prov_block, ranges, describe(path, doc, version)))
    strings = bytes(t.strings.data)
    with open(out_path + ".tmp", "w") as o:
        o.write("/* schema_data.c - GENERATED by tools/schema/gen_schema.py; do not edit.\n *\n * Sources:\n")
        for short, version, _, ranges, desc in providers:
            o.write(" *   %s %s: %s (%d resources, %d data sources, %d ephemeral)\n"
                    % (short, version, desc, ranges[0][1], ranges[1][1], ranges[2][1]))
        o.write(" *\n * %d blocks, %d attributes, %d nested block types, %d bytes of names and types.\n */\n"
                % (len(t.blocks), len(t.attrs), len(t.blocktypes), len(strings)))
        o.write('#include "schema_int.h"\n\n')
        o.write("const char schema_strings[] =\n%s;\n\n" % c_string(strings))
        o.write("const SchemaAttrRec schema_attrs[] = {\n")
        for a in t.attrs:
            o.write("{%d,%d,%d},\n" % a)
        o.write("};\n\nconst SchemaBlockTypeRec schema_block_types[] = {\n")
        for b in t.blocktypes:
            o.write("{%d,%d,%d,%d,%d},\n" % b)
        o.write("};\n\nconst SchemaBlockRec schema_blocks[] = {\n")
        for b in t.blocks:
            o.write("{%d,%d,%d,%d,%d},\n" % b)
        o.write("};\n\nconst SchemaTypeRec schema_types[] = {\n")
        for ty in types:
            o.write("{%d,%d,%d,%d},\n" % ty)
        o.write("};\n\nconst SchemaProviderRec schema_providers[] = {\n")
        for short, version, pb, ranges, desc in providers:
            o.write('{"%s","%s",%d,{{%d,%d},{%d,%d},{%d,%d}}},\n'
                    % (short, version, pb, ranges[0][0], ranges[0][1], ranges[1][0], ranges[1][1],
                       ranges[2][0], ranges[2][1]))
        o.write("};\n\nconst uint32_t schema_provider_count = %d;\n" % len(providers))
    os.replace(out_path + ".tmp", out_path)
    print("%s: %d providers, %d blocks, %d attributes, %d block types, %d types, %d bytes of strings"
          % (out_path, len(providers), len(t.blocks), len(t.attrs), len(t.blocktypes), len(types), len(strings)))


if __name__ == "__main__":
    main()
