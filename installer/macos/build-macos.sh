#!/usr/bin/env bash
# Builds the macOS disk image of Telisik under target/installer/ (run on macOS with JDK 17 and Maven).
# Usage: installer/macos/build-macos.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
out=target/installer
bash installer/runtime.sh
jpackage --type dmg --dest "$out" --input "$out/input" --main-jar telisik.jar --main-class org.telisik.Main \
      --runtime-image "$out/runtime" --name Telisik --app-version "$version" --vendor Telisik \
      --icon assets/icons/app/telisik.icns --mac-package-identifier org.telisik.app \
      --java-options "-Xmx2g" --java-options "-Dfile.encoding=UTF-8"
ls -la "$out"/*.dmg
echo "CLI: /Applications/Telisik.app/Contents/MacOS/Telisik analyze FILE"
