#!/usr/bin/env bash
# Fetches AUI (Apache-2.0, npm package @atlassian/aui) and the jQuery it needs into the preview server's
# static files. Called by the confluence-plugin build (generate-resources); never committed. Inside
# Confluence the macros use the host's own AUI through their web-resource dependencies instead.
#
# usage: fetch-aui.sh AUI_VERSION JQUERY_VERSION OUTPUT_DIR
set -euo pipefail
aui_version="$1"
jquery_version="$2"
out="$3"
marker="$out/VERSIONS"
wanted="aui=$aui_version jquery=$jquery_version"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$wanted" ] && [ -f "$out/aui/aui-prototyping.js" ]; then
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch AUI for the preview server" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# npm pack checks each tarball against the registry's integrity hash; no dependency is installed.
(cd "$work" && npm pack --silent "@atlassian/aui@$aui_version" "jquery@$jquery_version" >/dev/null)
mkdir -p "$work/aui" "$work/jquery"
tar -xzf "$work/atlassian-aui-$aui_version.tgz" -C "$work/aui"
tar -xzf "$work/jquery-$jquery_version.tgz" -C "$work/jquery"
rm -rf "$out/aui" "$out/jquery"
mkdir -p "$out/aui" "$out/jquery"
cp "$work/aui/package/dist/aui/aui-prototyping.js" "$work/aui/package/dist/aui/aui-prototyping.css" "$out/aui/"
cp -r "$work/aui/package/dist/aui/fonts" "$out/aui/"
cp "$work/aui/package/LICENSE" "$out/aui/LICENSE"
cp "$work/jquery/package/dist/jquery.min.js" "$work/jquery/package/LICENSE.txt" "$out/jquery/"
echo "$wanted" > "$marker"
echo "AUI $aui_version and jQuery $jquery_version fetched for the preview server into $out"
