#!/usr/bin/env bash
# Prints the comma-separated JDK modules the shaded jar needs, for jlink. Usage: modules.sh target/telisik.jar
set -euo pipefail
jar="$1"
found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" 2>/dev/null)
# jdeps cannot see what is loaded by name at run time: locale data for Indonesian dates and messages,
# extra charsets for old Windows exports, the zip file system, and Unsafe users (JavaFX, H2).
extra="jdk.localedata,jdk.charsets,jdk.zipfs,jdk.unsupported,jdk.crypto.ec,java.naming,java.management,jdk.jfr"
echo "${found},${extra}" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -
