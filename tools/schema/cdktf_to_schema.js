#!/usr/bin/env node
// cdktf_to_schema.js - rebuild a `terraform providers schema -json` document
// from a prebuilt CDKTF provider package (@cdktf/provider-*).
//
// Usage:
//   node tools/schema/cdktf_to_schema.js <package-dir> <provider-source> <provider-version> [--fill-opaque REF.json] > out.json
//   node tools/schema/cdktf_to_schema.js --detect <package-dir>
//       prints "<provider-source> <provider-version>" as named by the registry
//       links inside the package (e.g. "hashicorp/aws 6.25.0") and exits.
//
// <package-dir> is an unpacked npm package (the "package/" folder of
// `npm pack @cdktf/provider-aws@21.22.1`).  <provider-version> may be "auto"
// to take it from the package's registry links.
//
// Where the information comes from (see docs/schema-fidelity.md):
//   * Every generated lib/<name>/index.js carries an inline source map whose
//     `sourcesContent` is the generated TypeScript.  That TypeScript holds,
//     for every attribute, the line the cdktf generator writes straight from
//     the terraform schema:
//         // <tf_name> - computed: <bool>, optional: <bool>, required: <bool>
//     so required/optional/computed are exact, not guessed.
//   * Terraform names are the keys of the generated `*ToHclTerraform` /
//     `synthesizeHclAttributes` objects (with `isBlock`, `type`,
//     `storageClassType`), the `*ToTerraform` functions, and the string given
//     to the getters (`getStringAttribute('bucket_prefix')`,
//     `new FooList(this, "foo", true)`).  No camelCase->snake_case guessing.
//   * Blocks vs attributes: the generator documents every nested block
//     property with "<tf_name> block"; everything else is an attribute (an
//     object-typed attribute is a struct too, which cdktf also flags isBlock).
//   * Nesting mode: toHcl `type` list/set/struct -> list/set/single.  A block
//     that cdktf models as a single OutputReference (not a ...List) had
//     max_items 1 in the schema -> "max_items":1.  A required block -> min_items 1.
//   * Attribute types: the getter (`getStringAttribute`, `getNumberAttribute`,
//     `getBooleanAttribute`, `getListAttribute` (+ `Fn.tolist` = set), maps,
//     `new XList(this, "x", <isSet>)`, `new XOutputReference`) and, for
//     `interpolationForAttribute` getters, the TypeScript type of the setter.
//   * The .jsii assembly is used for a completeness check: every class whose
//     base is cdktf.TerraformResource / TerraformDataSource / TerraformProvider
//     must have been converted, otherwise it is reported on stderr.
//   * `@deprecated` in a property's doc comment -> "deprecated": true (the
//     current packages carry none).
//   * A module without inline TypeScript is reported on stderr and not
//     converted (no JS-only fallback: none of the packages needed one).
//   * Blocks cdktf typed `any` (nesting too deep: aws_wafv2_*.rule.statement,
//     aws_quicksight_*.definition) are emitted with an empty body and
//     "x_opaque": true; `--fill-opaque REF.json` copies their bodies (and
//     untyped computed attributes) from a reference schema, marked
//     "x_filled_from".
//
// Not recoverable from cdktf packages: `sensitive`, descriptions, the exact
// min_items/max_items beyond 0/1, provider-level block max_items, and
// nested_type attributes (cdktf flattens them to object types).
'use strict';

const fs = require('fs');
const path = require('path');

let warnings = 0;
function warn(msg) {
  warnings++;
  process.stderr.write('cdktf_to_schema: warning: ' + msg + '\n');
}
function die(msg) {
  process.stderr.write('cdktf_to_schema: error: ' + msg + '\n');
  process.exit(2);
}

// ---------------------------------------------------------------- input ---

function extractTs(jsText) {
  const m = jsText.match(/\/\/# sourceMappingURL=data:application\/json;base64,(\S+)/);
  if (!m) return null;
  let map;
  try {
    map = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));
  } catch (e) {
    return null;
  }
  if (!map.sourcesContent || !map.sourcesContent.length) return null;
  return map.sourcesContent.join('\n');
}

// One module per directory directly under lib/: its index.js plus, for big
// resources, the split-out struct files (index-structs/structs*.js).
function listModules(libDir) {
  const out = [];
  for (const ent of fs.readdirSync(libDir, { withFileTypes: true })) {
    if (!ent.isDirectory()) continue;
    const files = [];
    (function walk(dir) {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.js')) files.push(p);
      }
    })(path.join(libDir, ent.name));
    files.sort();
    const main = path.join(libDir, ent.name, 'index.js');
    if (files.includes(main)) out.push({ dir: path.join(libDir, ent.name), main, files });
  }
  return out.sort((a, b) => (a.dir < b.dir ? -1 : 1));
}

// -------------------------------------------------------------- parsing ---

const FLAG_RE = /^\s*\/\/ (\S+) - computed: (true|false), optional: (true|false), required: (true|false)\s*$/;
const HCL_ENTRY_RE = /^\s*(\w+): \{\s*\n\s*value: ([^\n]*),\s*\n\s*isBlock: (true|false),\s*\n\s*type: "(\w+)",\s*\n\s*storageClassType: "(\w+)",/gm;

function splitChunks(src) {
  const lines = src.split('\n');
  const chunks = [];
  let cur = null;
  for (const line of lines) {
    const m = line.match(/^export (interface|function|class|const|enum|abstract class) (\w+)(.*)$/);
    if (m) {
      cur = { kind: m[1], name: m[2], head: m[3], lines: [line] };
      chunks.push(cur);
    } else if (cur) {
      cur.lines.push(line);
    }
  }
  for (const c of chunks) c.text = c.lines.join('\n');
  return chunks;
}

function parseDoc(doc) {
  const r = { block: null, anchor: null, deprecated: false };
  if (!doc) return r;
  const b = doc.match(/^\s*\*\s*(\S+) block\s*$/m);
  if (b) r.block = b[1];
  const a = doc.match(/\{@link https:\/\/registry\.terraform\.io\/\S*#(\S+) \S+\}/);
  if (a) r.anchor = a[1];
  if (/@deprecated/.test(doc)) r.deprecated = true;
  return r;
}

function parseInterface(chunk) {
  const props = [];
  const re = /(?:\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*)?readonly (\w+)(\??): ([^;\n]+);/g;
  let m;
  while ((m = re.exec(chunk.text))) {
    const d = parseDoc(m[1]);
    props.push({
      jsName: m[2],
      optional: m[3] === '?',
      tsType: m[4].trim(),
      blockDoc: d.block,
      anchor: d.anchor,
      deprecated: d.deprecated,
    });
  }
  const byJs = new Map();
  for (const p of props) byJs.set(p.jsName, p);
  return { name: chunk.name, props, byJs };
}

function jsNameOfValue(v) {
  const m = v.match(/(?:struct!?|struct\?)\.(\w+)/) || v.match(/this\._(\w+)/);
  return m ? m[1] : null;
}

function parseHclEntries(text) {
  const out = new Map();
  HCL_ENTRY_RE.lastIndex = 0;
  let m;
  while ((m = HCL_ENTRY_RE.exec(text))) {
    out.set(m[1], {
      tfName: m[1],
      jsName: jsNameOfValue(m[2]),
      isBlock: m[3] === 'true',
      type: m[4],
      storageClassType: m[5],
    });
  }
  return out;
}

// entries of `return { a_b: cdktf.stringToTerraform(struct!.aB), ... }`
function parseToTfEntries(text) {
  const out = new Map();
  const re = /^\s*(\w+): (.*\((?:struct!?\.|this\._)(\w+)\)),?\s*$/gm;
  let m;
  while ((m = re.exec(text))) out.set(m[1], m[3]);
  return out;
}

function parseClass(chunk) {
  const ext = (chunk.head.match(/extends ([\w.]+)/) || [])[1] || '';
  const cls = { name: chunk.name, ext, members: [], tfResourceType: null, elementRef: null, text: chunk.text };
  const t = chunk.text.match(/public static readonly tfResourceType = "([^"]+)"/);
  if (t) cls.tfResourceType = t[1];
  const g = chunk.text.match(/public get\((?:index: number|key: string)\): (\w+)/);
  if (g) cls.elementRef = g[1];
  const lines = chunk.lines;
  const marks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(FLAG_RE);
    if (m) marks.push({ i, tfName: m[1], computed: m[2] === 'true', optional: m[3] === 'true', required: m[4] === 'true' });
  }
  for (let k = 0; k < marks.length; k++) {
    const mk = marks[k];
    let end = k + 1 < marks.length ? marks[k + 1].i : lines.length;
    // do not run into the synthesis section
    for (let j = mk.i + 1; j < end; j++) {
      if (/^\s*\/\/ =+\s*$/.test(lines[j])) { end = j; break; }
    }
    const body = lines.slice(mk.i + 1, end).join('\n');
    const mem = { tfName: mk.tfName, computed: mk.computed, optional: mk.optional, required: mk.required, body };
    const gm = body.match(/public get (\w+)\(\)[^{]*\{\s*\n\s*return ([^\n]*);/);
    if (gm) { mem.jsName = gm[1]; mem.getter = gm[2]; }
    const im = body.match(/private _(\w+) = new ([\w.]+)\(this, "([^"]+)"(?:, (true|false))?\)/);
    if (im) { mem.init = { cls: im[2], attr: im[3], isSet: im[4] === 'true' }; if (!mem.jsName) mem.jsName = im[1]; }
    const fm = body.match(/private _(\w+)\??: ([^;\n]+);/);
    if (fm) { mem.fieldType = fm[2].trim(); if (!mem.jsName) mem.jsName = fm[1]; }
    const sm = body.match(/public set \w+\(value: ([^\n]*)\) \{/);
    if (sm) mem.setterType = sm[1].trim();
    // the name the getter reads must be the same terraform name
    const an = mem.getter && mem.getter.match(/Attribute\('([^']+)'\)/);
    if (an && an[1] !== mem.tfName) warn(`${chunk.name}.${mem.jsName}: flag comment names ${mem.tfName} but getter reads ${an[1]}`);
    if (mem.init && mem.init.attr !== mem.tfName) warn(`${chunk.name}.${mem.jsName}: flag comment names ${mem.tfName} but reference is ${mem.init.attr}`);
    cls.members.push(mem);
  }
  const synth = chunk.text.indexOf('synthesizeHclAttributes()');
  if (synth >= 0) cls.hcl = parseHclEntries(chunk.text.slice(synth));
  const syn2 = chunk.text.indexOf('synthesizeAttributes()');
  if (syn2 >= 0) cls.toTf = parseToTfEntries(chunk.text.slice(syn2, synth >= 0 && synth > syn2 ? synth : undefined));
  return cls;
}

function parseModule(src, file) {
  const mod = {
    file,
    url: null, providerNs: null, providerName: null, providerVersion: null, kind: null,
    interfaces: new Map(), classes: new Map(), hclByStruct: new Map(), toTfByStruct: new Map(),
  };
  const h = src.match(/^\/\/ https:\/\/registry\.terraform\.io\/providers\/([^/\s]+)\/([^/\s]+)\/([^/\s]+)\/docs(?:\/([\w-]+)\/(\S+))?\s*$/m);
  if (h) {
    mod.url = h[0].slice(3).trim();
    mod.providerNs = h[1]; mod.providerName = h[2]; mod.providerVersion = h[3];
    mod.kind = h[4] || 'provider';
  }
  for (const c of splitChunks(src)) {
    if (c.kind === 'interface') mod.interfaces.set(c.name, parseInterface(c));
    else if (c.kind === 'class' || c.kind === 'abstract class') mod.classes.set(c.name, parseClass(c));
    else if (c.kind === 'function') {
      const hm = c.name.match(/^(\w+)ToHclTerraform$/);
      const tm = c.name.match(/^(\w+)ToTerraform$/);
      const pm = c.text.match(/\(struct\?: ([^)]*)\)/);
      let st = null;
      if (pm) {
        for (const alt of pm[1].split('|').map((s) => s.trim())) {
          if (!/OutputReference$/.test(alt) && !/^cdktf\./.test(alt)) st = alt;
        }
      }
      if (!st) continue;
      if (hm) mod.hclByStruct.set(st, parseHclEntries(c.text));
      else if (tm) mod.toTfByStruct.set(st, parseToTfEntries(c.text));
    }
  }
  return mod;
}

// -------------------------------------------------------------- building --

const PRIM = { string: 'string', number: 'number', boolean: 'bool', any: 'dynamic' };
const GETTER_TYPES = {
  getStringAttribute: 'string',
  getNumberAttribute: 'number',
  getBooleanAttribute: 'bool',
  getListAttribute: ['list', 'string'],
  getNumberListAttribute: ['list', 'number'],
  getBooleanListAttribute: ['list', 'bool'],
  getStringMapAttribute: ['map', 'string'],
  getNumberMapAttribute: ['map', 'number'],
  getBooleanMapAttribute: ['map', 'bool'],
  getAnyMapAttribute: ['map', 'dynamic'],
};
const CDKTF_COMPLEX = {
  'cdktf.StringMap': ['map', 'string'],
  'cdktf.NumberMap': ['map', 'number'],
  'cdktf.BooleanMap': ['map', 'bool'],
  'cdktf.AnyMap': ['map', 'dynamic'],
  'cdktf.StringMapList': ['list', ['map', 'string']],
  'cdktf.NumberMapList': ['list', ['map', 'number']],
  'cdktf.BooleanMapList': ['list', ['map', 'bool']],
  'cdktf.AnyMapList': ['list', ['map', 'dynamic']],
  'cdktf.StringListMap': ['map', ['list', 'string']],
  'cdktf.NumberListMap': ['map', ['list', 'number']],
  'cdktf.BooleanListMap': ['map', ['list', 'bool']],
  'cdktf.AnyListMap': ['map', ['list', 'dynamic']],
  'cdktf.StringListList': ['list', ['list', 'string']],
  'cdktf.NumberListList': ['list', ['list', 'number']],
  'cdktf.BooleanListList': ['list', ['list', 'bool']],
  'cdktf.AnyListList': ['list', ['list', 'dynamic']],
};

class Builder {
  constructor(mod, where) {
    this.mod = mod;
    this.where = where;
    this.objCache = new Map();
    this.stack = new Set();
  }

  w(msg) { warn(`${this.where}: ${msg}`); }

  // struct name (interface name) from a class name
  structOfClass(clsName) {
    let c = this.mod.classes.get(clsName);
    if (c && c.elementRef) clsName = c.elementRef;
    return clsName.replace(/OutputReference$/, '');
  }

  tsToCty(t, ctxName) {
    t = t.replace(/\s*\|\s*(cdktf\.IResolvable|undefined)\b/g, '').trim();
    if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
    if (PRIM[t]) return PRIM[t];
    if (t.endsWith('[]')) return ['list', this.tsToCty(t.slice(0, -2), ctxName)];
    const mm = t.match(/^\{ \[key: string\]: (.*) \}$/);
    if (mm) return ['map', this.tsToCty(mm[1], ctxName)];
    if (this.mod.interfaces.has(t)) return this.objectType(t);
    this.w(`${ctxName}: unknown TypeScript type '${t}', emitted as dynamic`);
    return 'dynamic';
  }

  // members of a struct, as {tfName, flags, type info}
  structMembers(structName) {
    const ref = this.mod.classes.get(structName + 'OutputReference');
    const iface = this.mod.interfaces.get(structName);
    const hcl = this.mod.hclByStruct.get(structName) || new Map();
    const toTf = this.mod.toTfByStruct.get(structName) || new Map();
    if (ref && ref.members.length) return { members: ref.members, iface, hcl, toTf };
    // no OutputReference (provider configuration structs): use the interface
    const members = [];
    if (!iface) {
      this.w(`no interface or OutputReference for struct ${structName}`);
      return { members, iface, hcl, toTf };
    }
    const js2tf = new Map();
    for (const e of hcl.values()) if (e.jsName) js2tf.set(e.jsName, e.tfName);
    for (const [tf, js] of toTf) if (!js2tf.has(js)) js2tf.set(js, tf);
    for (const p of iface.props) {
      const tfName = js2tf.get(p.jsName) || p.blockDoc || p.anchor;
      if (!tfName) { this.w(`struct ${structName}: cannot find terraform name of ${p.jsName}`); continue; }
      members.push({
        tfName, jsName: p.jsName, computed: false, optional: p.optional, required: !p.optional,
        fieldType: p.tsType, fromInterface: true,
      });
    }
    return { members, iface, hcl, toTf };
  }

  objectType(structName) {
    if (this.objCache.has(structName)) return this.objCache.get(structName);
    if (this.stack.has(structName)) {
      this.w(`recursive struct ${structName}, emitted as dynamic`);
      return 'dynamic';
    }
    this.stack.add(structName);
    const { members, iface, hcl } = this.structMembers(structName);
    const attrs = {};
    for (const mem of members) {
      const p = this.ifaceProp(iface, mem, hcl);
      attrs[mem.tfName] = this.attrType(mem, hcl.get(mem.tfName), p, structName);
    }
    this.stack.delete(structName);
    const ty = ['object', sortObj(attrs)];
    this.objCache.set(structName, ty);
    return ty;
  }

  ifaceProp(iface, mem, hcl) {
    if (!iface) return null;
    const e = hcl && hcl.get(mem.tfName);
    if (e && e.jsName && iface.byJs.has(e.jsName)) return iface.byJs.get(e.jsName);
    if (mem.jsName && iface.byJs.has(mem.jsName)) return iface.byJs.get(mem.jsName);
    for (const p of iface.props) if (p.blockDoc === mem.tfName || p.anchor === mem.tfName) return p;
    return null;
  }

  attrType(mem, hcl, prop, ctx) {
    const where = `${ctx}.${mem.tfName}`;
    let ty = null;
    let isSet = false;
    if (mem.init) {
      const c = mem.init.cls;
      if (CDKTF_COMPLEX[c]) ty = CDKTF_COMPLEX[c];
      else if (/OutputReference$/.test(c)) ty = this.objectType(this.structOfClass(c));
      else {
        const cls = this.mod.classes.get(c);
        if (cls && cls.ext === 'cdktf.ComplexList') {
          ty = [mem.init.isSet ? 'set' : 'list', this.objectType(this.structOfClass(c))];
        } else if (cls && cls.ext === 'cdktf.ComplexMap') {
          ty = ['map', this.objectType(this.structOfClass(c))];
        } else {
          this.w(`${where}: unknown complex class ${c}, emitted as dynamic`);
          ty = 'dynamic';
        }
      }
    } else if (mem.getter) {
      isSet = /Fn\.tolist\(/.test(mem.getter);
      const gm = mem.getter.match(/this\.(\w+)\(/g) || [];
      let fn = null;
      for (const g of gm) {
        const n = g.slice(5, -1);
        if (GETTER_TYPES[n] || n === 'interpolationForAttribute') fn = n;
      }
      if (fn && GETTER_TYPES[fn]) ty = GETTER_TYPES[fn];
      else {
        const t = mem.setterType || mem.fieldType || (prop && prop.tsType);
        if (t) ty = this.tsToCty(t, where);
        else if (fn === 'interpolationForAttribute') {
          // computed-only and untyped in cdktf: a real dynamic attribute, or
          // a structure cdktf gave up on (too deeply nested)
          this.w(`${where}: computed attribute without a cdktf type, emitted as dynamic`);
          ty = 'dynamic';
        }
      }
      if (!ty) {
        // provider attributes: `return this._foo;`
        const t = mem.fieldType || (prop && prop.tsType);
        if (t) ty = this.tsToCty(t, where);
      }
    } else {
      const t = mem.fieldType || mem.setterType || (prop && prop.tsType);
      if (t) ty = this.tsToCty(t, where);
    }
    if (!ty) {
      this.w(`${where}: cannot determine type, emitted as dynamic`);
      ty = 'dynamic';
    }
    if ((isSet || (hcl && hcl.type === 'set')) && Array.isArray(ty) && ty[0] === 'list') ty = ['set', ty[1]];
    return ty;
  }

  block(members, iface, hcl, ctx) {
    const attributes = {};
    const blockTypes = {};
    const seen = new Set();
    for (const mem of members) {
      if (seen.has(mem.tfName)) { this.w(`${ctx}: duplicate member ${mem.tfName}`); continue; }
      seen.add(mem.tfName);
      const prop = this.ifaceProp(iface, mem, hcl);
      const h = hcl && hcl.get(mem.tfName);
      const allFalse = !mem.required && !mem.optional && !mem.computed;
      const refInit = mem.init && !CDKTF_COMPLEX[mem.init.cls];
      // framework data sources: computed nested blocks are written with all
      // three flags false (cdktf's block model) and have no config property
      const isBlock = (!!(prop && prop.blockDoc === mem.tfName) && !mem.computed) || (allFalse && refInit);
      const opaque = isBlock && !mem.init && /^any\b/.test((mem.fieldType || (prop && prop.tsType) || '').trim());
      if (opaque) {
        // cdktf gives up on very deep nesting (aws_wafv2_*: statement) and
        // types the block as `any`: keep the block, its body is unknown.
        let mode = h && (h.type === 'set' || h.type === 'list') ? h.type : 'list';
        const bt = { nesting_mode: mode, block: { attributes: {} }, x_opaque: true };
        if (mem.required) bt.min_items = 1;
        this.w(`${ctx}.${mem.tfName}: block typed 'any' by cdktf (nesting too deep); emitted as an empty block with "x_opaque": true`);
        blockTypes[mem.tfName] = bt;
      } else if (isBlock) {
        let structName = null;
        let single = false;
        if (mem.init) {
          structName = this.structOfClass(mem.init.cls);
          single = /OutputReference$/.test(mem.init.cls);
        } else {
          const t = (mem.fieldType || prop.tsType).replace(/\s*\|\s*cdktf\.IResolvable/g, '').trim();
          single = !t.endsWith('[]');
          structName = t.replace(/\[\]$/, '');
        }
        if (!this.mod.interfaces.has(structName) && !this.mod.classes.has(structName + 'OutputReference')) {
          this.w(`${ctx}.${mem.tfName}: block struct ${structName} not found; block emitted empty`);
        }
        let mode = h ? h.type : null;
        if (!h && allFalse) mode = single ? 'single' : mem.init.isSet ? 'set' : 'list';
        if (mode === 'struct') mode = 'single';
        if (mode !== 'list' && mode !== 'set' && mode !== 'single') {
          this.w(`${ctx}.${mem.tfName}: unknown nesting for block (toHcl type ${mode}), assuming list`);
          mode = 'list';
        }
        const sub = this.structMembers(structName);
        const bt = { nesting_mode: mode, block: this.block(sub.members, sub.iface, sub.hcl, `${ctx}.${mem.tfName}`) };
        if (mode !== 'single') {
          if (mem.required) bt.min_items = 1;
          if (single) bt.max_items = 1;
        }
        if (prop && prop.deprecated) bt.deprecated = true;
        blockTypes[mem.tfName] = bt;
      } else {
        const a = { type: this.attrType(mem, h, prop, ctx) };
        if (mem.required) a.required = true;
        if (mem.optional) a.optional = true;
        if (mem.computed) a.computed = true;
        if (allFalse) {
          this.w(`${ctx}.${mem.tfName}: neither required, optional nor computed; marked optional`);
          a.optional = true;
        }
        if (prop && prop.deprecated) a.deprecated = true;
        attributes[mem.tfName] = a;
      }
    }
    // every toHcl entry must have become something
    if (hcl) {
      for (const k of hcl.keys()) {
        if (!seen.has(k)) this.w(`${ctx}: argument ${k} written by toHclTerraform has no flag comment; not emitted`);
      }
    }
    const out = { attributes: sortObj(attributes) };
    if (Object.keys(blockTypes).length) out.block_types = sortObj(blockTypes);
    return out;
  }
}

function sortObj(o) {
  const r = {};
  for (const k of Object.keys(o).sort()) r[k] = o[k];
  return r;
}

const MAIN_BASES = {
  'cdktf.TerraformResource': 'resources',
  'cdktf.TerraformDataSource': 'data-sources',
  'cdktf.TerraformProvider': 'provider',
  'cdktf.TerraformEphemeralResource': 'ephemeral-resources',
};

function convertModule(mod) {
  const mains = [...mod.classes.values()].filter((c) => MAIN_BASES[c.ext]);
  if (mains.length !== 1) {
    warn(`${mod.file}: expected one resource/data source/provider class, found ${mains.length}`);
    if (!mains.length) return null;
  }
  const main = mains[0];
  const kind = MAIN_BASES[main.ext];
  if (mod.kind && mod.kind !== kind) warn(`${mod.file}: registry link says ${mod.kind} but class extends ${main.ext}`);
  const cm = main.text && main.text.match(/constructor\(scope: Construct, id: string, config\??: (\w+)/);
  const iface = mod.interfaces.get(cm ? cm[1] : main.name + 'Config');
  if (!iface) warn(`${mod.file}: no ${main.name}Config interface`);
  let tfType = main.tfResourceType;
  if (!tfType && mod.url && kind !== 'provider') {
    const m = mod.url.match(/\/docs\/[\w-]+\/(\w+)/);
    if (m) tfType = `${mod.providerName}_${m[1]}`;
  }
  const b = new Builder(mod, `${path.basename(mod.file)}(${tfType})`);
  const members = main.members.slice();
  // provider configuration in cdktf has no flag comments for some members? fill from interface
  const hcl = main.hcl || new Map();
  if (!main.hcl) warn(`${mod.file}: no synthesizeHclAttributes in ${main.name}`);
  const have = new Set(members.map((m) => m.tfName));
  for (const e of hcl.values()) {
    if (have.has(e.tfName) || !iface) continue;
    const p = iface.byJs.get(e.jsName);
    if (!p) continue;
    if (kind === 'provider' && e.tfName === 'alias') {
      // cdktf's own meta-argument, not part of the provider schema
      have.add(e.tfName);
      continue;
    }
    warn(`${mod.file}: ${e.tfName} has no flag comment; taken from the config interface`);
    members.push({ tfName: e.tfName, jsName: e.jsName, computed: false, optional: p.optional, required: !p.optional, fieldType: p.tsType, fromInterface: true });
    have.add(e.tfName);
  }
  if (kind === 'provider') hcl.delete('alias');
  const block = b.block(kind === 'provider' ? members.filter((m) => m.tfName !== 'alias') : members, iface, hcl, tfType || main.name);
  return { kind, tfType, block, className: main.name };
}

// --------------------------------------------------------------- driver ---

function readJsii(pkgDir) {
  const p = path.join(pkgDir, '.jsii');
  if (!fs.existsSync(p)) { warn(`${p} not found; completeness check skipped`); return null; }
  let txt = fs.readFileSync(p, 'utf8');
  let j = JSON.parse(txt);
  txt = null;
  if (j.schema === 'jsii/file-redirect' && j.filename) {
    const zlib = require('zlib');
    let buf = fs.readFileSync(path.join(pkgDir, j.filename));
    if (j.compression === 'gzip') buf = zlib.gunzipSync(buf);
    j = JSON.parse(buf.toString('utf8'));
  }
  return j;
}

function detect(pkgDir) {
  const lib = path.join(pkgDir, 'lib');
  for (const mdl of listModules(lib)) {
    const txt = fs.readFileSync(mdl.main, 'utf8');
    const m = txt.match(/https:\/\/registry\.terraform\.io\/providers\/([^/\s]+)\/([^/\s]+)\/(\d[^/\s]*)\/docs/);
    if (m) return { source: `${m[1]}/${m[2]}`, version: m[3] };
  }
  return null;
}

// Replace the bodies cdktf could not model (x_opaque blocks, untyped computed
// attributes) with the same path from a reference schema (normally
// terraform's own output for an older provider version); marks them with
// "x_filled_from".
function fillOpaque(out, refPath) {
  const ref = JSON.parse(fs.readFileSync(refPath, 'utf8'));
  const rp = Object.values(ref.provider_schemas || {})[0];
  if (!rp) { warn(`${refPath}: no provider schema`); return; }
  const tag = path.basename(refPath);
  const strip = (o) => {
    if (Array.isArray(o)) return o.map(strip);
    if (o && typeof o === 'object') {
      const r = {};
      for (const [k, v] of Object.entries(o)) {
        if (k === 'description' || k === 'description_kind') continue;
        r[k] = strip(v);
      }
      return r;
    }
    return o;
  };
  let filled = 0;
  let unfilled = 0;
  const walk = (blk, rblk, where) => {
    for (const [n, bt] of Object.entries(blk.block_types || {})) {
      const rbt = rblk && rblk.block_types && rblk.block_types[n];
      if (bt.x_opaque) {
        if (rbt) {
          const nb = strip(rbt);
          nb.x_filled_from = tag;
          blk.block_types[n] = nb;
          filled++;
        } else {
          unfilled++;
          warn(`${where}.${n}: opaque block not in ${tag}; left empty`);
        }
      } else walk(bt.block, rbt && rbt.block, `${where}.${n}`);
    }
    for (const [n, a] of Object.entries(blk.attributes || {})) {
      const ra = rblk && rblk.attributes && rblk.attributes[n];
      if (a.type === 'dynamic' && ra && ra.type && ra.type !== 'dynamic') {
        a.type = ra.type;
        a.x_filled_from = tag;
        filled++;
      }
    }
  };
  const p = Object.values(out.provider_schemas)[0];
  for (const sec of ['resource_schemas', 'data_source_schemas', 'ephemeral_resource_schemas']) {
    for (const [t, s] of Object.entries(p[sec])) {
      const rs = rp[sec] && rp[sec][t];
      walk(s.block, rs && rs.block, t);
    }
  }
  process.stderr.write(`cdktf_to_schema: filled ${filled} opaque blocks/untyped attributes from ${tag}` + (unfilled ? `, ${unfilled} left opaque` : '') + '\n');
}

function main(argv) {
  if (argv[0] === '--detect') {
    if (!argv[1]) die('usage: cdktf_to_schema.js --detect <package-dir>');
    const d = detect(argv[1]);
    if (!d) die('no registry link found');
    process.stdout.write(`${d.source} ${d.version}\n`);
    return;
  }
  if (argv.length < 3) {
    die('usage: cdktf_to_schema.js <package-dir> <provider-source> <provider-version|auto> > out.json');
  }
  let fillFrom = null;
  const fi = argv.indexOf('--fill-opaque');
  if (fi >= 0) {
    fillFrom = argv[fi + 1];
    argv = argv.slice(0, fi).concat(argv.slice(fi + 2));
  }
  const [pkgDir, source, versionArg] = argv;
  const pkgJson = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const lib = path.join(pkgDir, 'lib');
  if (!fs.existsSync(lib)) die(`${lib} not found`);

  const res = {};
  const data = {};
  const eph = {};
  let provider = null;
  const seenVersions = new Set();
  const convertedClasses = new Set();
  const modules = listModules(lib);
  let noTs = 0;
  for (const mdl of modules) {
    const f = mdl.dir;
    const js = fs.readFileSync(mdl.main, 'utf8');
    if (!/extends cdktf\.Terraform(Resource|DataSource|Provider|EphemeralResource)\b/.test(js)) continue;
    const parts = [];
    let missingTs = false;
    for (const file of mdl.files) {
      const t = extractTs(fs.readFileSync(file, 'utf8'));
      if (t === null) {
        // index.js files of index-structs/ only re-export; they have maps too
        missingTs = true;
        warn(`${file}: no inline TypeScript source (sourcesContent)`);
      } else parts.push(t);
    }
    const ts = parts.length ? parts.join('\n') : null;
    if (!ts || missingTs) {
      noTs++;
      if (!ts) { warn(`${f}: module NOT converted`); continue; }
    }
    const mod = parseModule(ts, f);
    if (mod.providerVersion) seenVersions.add(mod.providerVersion);
    const r = convertModule(mod);
    if (!r) continue;
    convertedClasses.add(r.className);
    const entry = { version: 0, block: r.block };
    const target = r.kind === 'resources' ? res : r.kind === 'data-sources' ? data : r.kind === 'ephemeral-resources' ? eph : null;
    if (r.kind === 'provider') {
      if (provider) warn(`${f}: second provider class`);
      provider = entry;
      continue;
    }
    if (!r.tfType) { warn(`${f}: no terraform type name`); continue; }
    if (target[r.tfType]) warn(`${f}: duplicate ${r.kind} ${r.tfType}`);
    target[r.tfType] = entry;
  }

  // completeness check against the jsii assembly
  const jsii = readJsii(pkgDir);
  if (jsii) {
    let missing = 0;
    for (const [fqn, t] of Object.entries(jsii.types || {})) {
      if (t.kind !== 'class' || !t.base) continue;
      if (!/^cdktf\.Terraform(Resource|DataSource|Provider|EphemeralResource)$/.test(t.base)) continue;
      if (!convertedClasses.has(t.name)) {
        missing++;
        warn(`jsii class ${fqn} (${t.base}) was not converted`);
      }
    }
    if (missing) warn(`${missing} jsii classes not converted`);
  }

  let version = versionArg;
  if (seenVersions.size > 1) warn(`package names several provider versions: ${[...seenVersions].join(', ')}`);
  const linked = [...seenVersions][0];
  if (!version || version === 'auto') version = linked;
  else if (linked && linked !== version) warn(`provider version given as ${version} but the package was generated from ${linked}`);
  if (!provider) { warn('no provider class found; empty provider block emitted'); provider = { version: 0, block: { attributes: {} } }; }

  const src = source.includes('/') ? source : `hashicorp/${source}`;
  const key = src.split('/').length === 2 ? `registry.terraform.io/${src}` : src;
  const out = {
    format_version: '1.0',
    provider_schemas: {
      [key]: {
        provider: provider,
        resource_schemas: sortObj(res),
        data_source_schemas: sortObj(data),
        ephemeral_resource_schemas: sortObj(eph),
      },
    },
    x_source: { package: pkgJson.name, package_version: pkgJson.version, provider_version: version },
  };
  if (fillFrom) fillOpaque(out, fillFrom);
  process.stdout.write(JSON.stringify(out) + '\n');
  process.stderr.write(`cdktf_to_schema: ${pkgJson.name}@${pkgJson.version} -> ${key} ${version}: ` +
    `${Object.keys(res).length} resources, ${Object.keys(data).length} data sources, ` +
    `${Object.keys(eph).length} ephemeral resources, ${warnings} warnings` + (noTs ? `, ${noTs} modules without TypeScript` : '') + '\n');
}

main(process.argv.slice(2));
