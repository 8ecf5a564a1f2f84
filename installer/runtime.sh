#!/usr/bin/env bash
# Shared first step of the Unix installers: stages the shaded jar in target/installer/input and links a
# Java runtime with only the modules it needs into target/installer/runtime. Run from the project root.
set -euo pipefail
out=target/installer
rm -rf "$out" && mkdir -p "$out/input"
[ -f target/telisik.jar ] || mvn -q -B -ntp -DskipTests package
cp target/telisik.jar "$out/input/"

found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps target/telisik.jar 2>/dev/null)
# jdeps cannot see what is loaded by name at run time: locale data for Indonesian dates and messages,
# extra charsets for old Windows exports, the zip file system, and Unsafe users (JavaFX, H2).
extra="jdk.localedata,jdk.charsets,jdk.zipfs,jdk.unsupported,jdk.crypto.ec,java.naming,java.management,jdk.jfr"
modules=$(echo "${found},${extra}" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)
echo "jlink modules: $modules"
jlink --add-modules "$modules" --include-locales=en,id --strip-debug --no-header-files --no-man-pages \
      --compress=2 --output "$out/runtime"
