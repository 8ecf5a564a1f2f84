#!/usr/bin/env bash
# Builds the Linux packages of Telisik under target/installer/:
#   Telisik/                       the app-image (bundled Java runtime, no Java needed on the machine)
#   telisik-VERSION-linux-x64.tar.gz  the app-image as a tarball, for air-gapped laptops (no apt needed)
#   telisik_VERSION_amd64.deb      a Debian package (skipped with --no-deb)
# Usage: installer/linux/build-linux.sh [--no-deb]
set -euo pipefail
cd "$(dirname "$0")/../.."
make_deb=true
[ "${1:-}" = "--no-deb" ] && make_deb=false

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
out=target/installer
bash installer/runtime.sh

common=(--input "$out/input" --main-jar telisik.jar --main-class org.telisik.Main
        --runtime-image "$out/runtime" --name Telisik --app-version "$version"
        --vendor "Telisik" --description "Offline forensic triage of leaked-data samples"
        --icon assets/icons/app/telisik-256.png
        --java-options "-Xmx2g" --java-options "-Dfile.encoding=UTF-8")

jpackage --type app-image --dest "$out" "${common[@]}"
# a command-line name inside the image: bin/telisik runs the same launcher (CLI when given a subcommand)
ln -s Telisik "$out/Telisik/bin/telisik"
tar -C "$out" -czf "$out/telisik-$version-linux-x64.tar.gz" Telisik
echo "app-image: $(du -sh "$out/Telisik" | cut -f1)"

if $make_deb; then
  jpackage --type deb --dest "$out" "${common[@]}" \
      --linux-package-name telisik --linux-shortcut --linux-menu-group "Utility;Security" \
      --linux-app-category utils --linux-deb-maintainer "telisik@localhost" \
      --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxxf86vm1, libxtst6"
  ls -la "$out"/*.deb
fi
