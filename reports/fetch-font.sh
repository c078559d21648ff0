#!/usr/bin/env bash
# Fetches the Noto Sans SC faces (SIL Open Font License) from the npm registry once and puts
# them where the JasperReports font extension (fonts/fonts.xml) expects them.
set -euo pipefail
package="$1" target="$2" out="$3"
mkdir -p "$target/font-cache" "$out"
cd "$target/font-cache"
tarball=$(ls expo-google-fonts-noto-sans-sc-*.tgz 2>/dev/null | head -n1 || true)
if [ -z "$tarball" ]; then
  npm pack --silent "$package" >/dev/null
  tarball=$(ls expo-google-fonts-noto-sans-sc-*.tgz | head -n1)
fi
if [ ! -f "$out/NotoSansSC-Regular.ttf" ] || [ ! -f "$out/NotoSansSC-Bold.ttf" ]; then
  rm -rf package
  tar xzf "$tarball"
  cp package/400Regular/NotoSansSC_400Regular.ttf "$out/NotoSansSC-Regular.ttf"
  cp package/700Bold/NotoSansSC_700Bold.ttf "$out/NotoSansSC-Bold.ttf"
  cp package/LICENSE* "$out/" 2>/dev/null || true
fi
