#!/usr/bin/env bash
# Builds the macOS disk image of Telisik under target/installer/ (run on macOS with JDK 17 and Maven).
# Usage: installer/macos/build-macos.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
out=target/installer
rm -rf "$out" && mkdir -p "$out/input"
[ -f target/telisik.jar ] || mvn -q -B -ntp -DskipTests package
cp target/telisik.jar "$out/input/"
modules=$(bash installer/modules.sh target/telisik.jar)
jlink --add-modules "$modules" --include-locales=en,id --strip-debug --no-header-files --no-man-pages \
      --compress=2 --output "$out/runtime"
jpackage --type dmg --dest "$out" --input "$out/input" --main-jar telisik.jar --main-class org.telisik.Main \
      --runtime-image "$out/runtime" --name Telisik --app-version "$version" --vendor Telisik \
      --icon assets/icons/app/telisik.icns --mac-package-identifier org.telisik.app \
      --java-options "-Xmx2g" --java-options "-Dfile.encoding=UTF-8"
ls -la "$out"/*.dmg
echo "CLI: /Applications/Telisik.app/Contents/MacOS/Telisik analyze FILE"
