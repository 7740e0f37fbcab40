#!/usr/bin/env bash
# fetch_sources.sh [SCRATCH] - download the @cdktf/provider-* packages with
# `npm pack`, convert each with cdktf_to_schema.js and write
#   SCRATCH/json/<name>-<provider version>.json
# (SCRATCH defaults to /tmp/tfcheck-schema-src).  When terraform is on PATH and
# a filesystem mirror holds registry.terraform.io/hashicorp/aws/5.100.0/
# (TFCHECK_TF_MIRROR, default /opt/tf-plugins), terraform's own schema is
# written to SCRATCH/json/aws-5.100.0.json via an offline `terraform init`.
# Nothing is written inside the repository.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRATCH="${1:-/tmp/tfcheck-schema-src}"
MIRROR="${TFCHECK_TF_MIRROR:-/opt/tf-plugins}"
CONVERT="$HERE/cdktf_to_schema.js"

# package spec -> "fill opaque blocks from terraform's 5.100.0 schema" (aws 6.x only)
PACKAGES=(
  "@cdktf/provider-aws@21.22.1"
  "@cdktf/provider-aws@20.1.0"
  "@cdktf/provider-archive@11.0.1"
  "@cdktf/provider-random@12.0.1"
  "@cdktf/provider-null@11.0.1"
  "@cdktf/provider-tls@11.0.1"
  "@cdktf/provider-time@11.0.1"
  "@cdktf/provider-local@11.1.1"
)

mkdir -p "$SCRATCH/pkgs" "$SCRATCH/src" "$SCRATCH/json" "$SCRATCH/log"
SCRATCH="$(cd "$SCRATCH" && pwd)"

# 1. terraform's own schema for aws 5.100.0 (reference for fidelity checks)
TF_JSON="$SCRATCH/json/aws-5.100.0.json"
if command -v terraform >/dev/null 2>&1 && [ -d "$MIRROR/registry.terraform.io/hashicorp/aws/5.100.0" ]; then
  tfdir="$(mktemp -d)"
  cat > "$tfdir/main.tf" <<'TF'
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
TF
  cat > "$tfdir/cli.tfrc" <<TF
provider_installation {
  filesystem_mirror {
    path = "$MIRROR"
  }
}
TF
  (
    cd "$tfdir"
    export TF_CLI_CONFIG_FILE="$tfdir/cli.tfrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
    terraform init -input=false -backend=false >"$SCRATCH/log/terraform-init.log" 2>&1
    terraform providers schema -json >"$TF_JSON.tmp"
  ) && mv "$TF_JSON.tmp" "$TF_JSON" && echo "wrote $TF_JSON (terraform providers schema -json)"
  rm -rf "$tfdir"
else
  echo "note: terraform or $MIRROR/registry.terraform.io/hashicorp/aws/5.100.0 missing; skipping terraform's aws-5.100.0.json" >&2
fi

# 2. cdktf packages
for spec in "${PACKAGES[@]}"; do
  (cd "$SCRATCH/pkgs" && npm pack --silent "$spec" >"$SCRATCH/log/pack.out" 2>"$SCRATCH/log/pack.err") || {
    echo "error: npm pack $spec failed:" >&2; cat "$SCRATCH/log/pack.err" >&2; exit 1; }
  tgz="$(tail -n 1 "$SCRATCH/log/pack.out")"
  base="${tgz%.tgz}"
  dest="$SCRATCH/src/$base"
  if [ ! -f "$dest/package/package.json" ]; then
    rm -rf "$dest"; mkdir -p "$dest"
    tar xzf "$SCRATCH/pkgs/$tgz" -C "$dest"
  fi
  pkg="$dest/package"
  read -r source pversion < <(node "$CONVERT" --detect "$pkg")
  name="${source##*/}"
  out="$SCRATCH/json/$name-$pversion.json"
  if [ "$out" = "$TF_JSON" ]; then
    out="$SCRATCH/json/$name-$pversion-cdktf.json"   # never overwrite terraform's own output
  fi
  extra=()
  if [ "$name" = aws ] && [ "$pversion" != 5.100.0 ] && [ -f "$TF_JSON" ]; then
    extra=(--fill-opaque "$TF_JSON")
  fi
  node --max-old-space-size=4096 "$CONVERT" "$pkg" "$source" "$pversion" "${extra[@]}" >"$out.tmp" 2>"$SCRATCH/log/$name-$pversion.log" || {
    echo "error: converting $spec failed, see $SCRATCH/log/$name-$pversion.log" >&2; exit 1; }
  mv "$out.tmp" "$out"
  echo "wrote $out ($spec): $(tail -n 1 "$SCRATCH/log/$name-$pversion.log" | sed 's/^cdktf_to_schema: //')"
done
