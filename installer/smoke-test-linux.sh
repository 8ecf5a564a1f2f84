#!/usr/bin/env bash
# Builds the Linux app-image and proves it works offline and without any installed Java:
# the bundled CLI analyses the demo sample inside a network namespace without interfaces (unshare -n)
# and with /usr/lib/jvm hidden under an empty tmpfs (unshare -m), then the JSON is checked.
set -euo pipefail
cd "$(dirname "$0")/.."
# The proof is only worth something offline: when no network namespace can be made here, the test fails,
# before building, instead of running with the network (README promises that this test ran without one).
if ! unshare -n -m true 2>/dev/null; then
  echo "FAIL: cannot isolate the network (unshare -n -m not permitted); run as root or with user namespaces enabled" >&2
  exit 1
fi
# and the namespace really has no interface but loopback (a kernel or sandbox that ignored -n would show eth0)
if unshare -n sh -c 'tail -n +3 /proc/net/dev | grep -v "^ *lo:"' | grep -q .; then
  echo "FAIL: the network namespace still has interfaces besides loopback" >&2
  exit 1
fi

bash installer/linux/build-linux.sh --no-deb

image=target/installer/Telisik
size_mb=$(du -sm "$image" | cut -f1)
echo "app-image size: ${size_mb} MB"
[ "$size_mb" -lt 150 ] || { echo "FAIL: app-image is ${size_mb} MB, limit 150 MB"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp assets/samples/demo-radiologi.csv "$work/"
export HOME="$work/home" && mkdir -p "$HOME"

run_isolated() {
  # the namespace has no interface but loopback, and loopback is down: any connection attempt fails
  unshare -n -m sh -c 'mount -t tmpfs none /usr/lib/jvm && PATH=/usr/local/bin:/usr/bin:/bin exec "$@"' sh "$@"
}

run_isolated "$image/bin/telisik" --version | tee "$work/version.txt"
grep -q "telisik" "$work/version.txt"
run_isolated "$image/bin/telisik" analyze --workspace "$work/ws" --case smoke --json "$work/out.json" \
    "$work/demo-radiologi.csv"

python3 - "$work/out.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["schemaVersion"] == 1, doc["schemaVersion"]
f = doc["files"][0]
assert f["error"] is None, f["error"]
assert f["mediaType"] == "text/csv", f["mediaType"]
d = f["datasets"][0]
assert d["rows"] == 250, d["rows"]
nik = [c for c in d["columns"] if c["name"] == "nik"][0]
assert nik["semanticType"] == "nik", nik
assert all("*" in e for e in nik["examples"]), nik["examples"]
print("smoke test passed: %d rows, nik examples %s" % (d["rows"], nik["examples"][:2]))
PY
