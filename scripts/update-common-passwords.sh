#!/usr/bin/env bash
# Rebuilds src/Supple.Web/Accounts/CommonPasswords/common-passwords.txt, the list of common passwords that Supple
# refuses, from the npm package @zxcvbn-ts/language-common (MIT; maintained by the zxcvbn-ts project).
# Usage: scripts/update-common-passwords.sh [VERSION]   (default: the version named in the folder's README.md)
# Needs npm (to download the package tarball) and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="$root/src/Supple.Web/Accounts/CommonPasswords"
version="${1:-$(grep -o "@zxcvbn-ts/language-common@[0-9.]*[0-9]" "$folder/README.md" | head -n 1 | sed "s/.*@//")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@zxcvbn-ts/language-common@$version" >/dev/null && tar xzf ./*.tgz)
# Only passwords Supple could accept at all matter: 8 characters or more (the smallest minimum length allowed).
python3 - "$work/package/src/passwords.json" "$folder/common-passwords.txt" <<'PY'
import json, sys
seen, out = set(), []
for word in json.load(open(sys.argv[1], encoding="utf-8")):
    word = word.strip().lower()
    if len(word) >= 8 and word not in seen and word.isprintable():
        seen.add(word)
        out.append(word)
open(sys.argv[2], "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")
print(f"{len(out)} passwords written to {sys.argv[2]}")
PY
cp "$work/package/LICENSE.txt" "$folder/LICENSE.txt"
echo "Update the version in $folder/README.md if it changed."
