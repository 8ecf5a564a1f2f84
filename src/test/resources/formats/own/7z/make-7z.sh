#!/bin/sh
# Builds the 7z fixtures of this folder (run once by hand; the tests and CI only read the results).
# Needs p7zip (Debian: apt-get install p7zip-full) and python3. Output is not byte-reproducible
# (7z stores times and a random AES salt/IV), so the fixtures are committed, not rebuilt.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
python3 - "$work" <<'PY'
import random, sys
random.seed(7)
# real Kemendagri district codes (assets/reference/wilayah), invented people
regions = ["320411", "317101", "357801", "510304", "127105", "737106"]
first = ["Siti", "Budi", "Dewi", "Agus", "Ni Wayan", "Rizky", "Nur", "Yohanes", "Putu", "Muhammad"]
last = ["Wulandari", "Santoso", "Lestari", "Salim", "Sukmawati", "Pratama", "Aini", "Tobing", "Ayu", "Iqbal"]
kota = {"320411": "Kab. Bandung", "317101": "Jakarta Pusat", "357801": "Surabaya", "510304": "Badung",
        "127105": "Medan", "737106": "Makassar"}
def rows(n, start):
    out = ["nik;nama;tgl_lahir;jenis_kelamin;kota;no_hp"]
    for i in range(start, start + n):
        r = random.choice(regions); y = random.randint(1950, 2005); m = random.randint(1, 12); d = random.randint(1, 28)
        female = random.random() < 0.5
        nik = "%s%02d%02d%02d%04d" % (r, d + (40 if female else 0), m, y % 100, i)
        name = random.choice(first) + " " + random.choice(last)
        hp = "08%d%08d" % (random.choice([11, 12, 13, 52, 57, 81]), random.randint(0, 99999999))
        out.append("%s;%s;%04d-%02d-%02d;%s;%s;%s" % (nik, name, y, m, d, "P" if female else "L", kota[r], hp))
    return "\n".join(out) + "\n"
open(sys.argv[1] + "/pasien_rahasia.csv", "w").write(rows(40, 1))
open(sys.argv[1] + "/pasien_a.csv", "w").write(rows(25, 101))
open(sys.argv[1] + "/pasien_b.csv", "w").write(rows(15, 201))
PY
rm -f terkunci_aes.7z terkunci_header.7z bersarang.7z
# AES-256 content, member names visible; then encrypted headers too (names hidden)
(cd "$work" && 7z a -bd -ppassword123 -mhe=off "$OLDPWD/terkunci_aes.7z" pasien_rahasia.csv >/dev/null)
(cd "$work" && 7z a -bd -ppassword123 -mhe=on "$OLDPWD/terkunci_header.7z" pasien_rahasia.csv >/dev/null)
# an ordinary 7z holding a csv and a zip that holds another csv
(cd "$work" && mkdir -p dalam && cp pasien_b.csv dalam/ && 7z a -bd -tzip lampiran.zip dalam/pasien_b.csv >/dev/null \
  && 7z a -bd "$OLDPWD/bersarang.7z" pasien_a.csv lampiran.zip >/dev/null)
rm -rf "$work"
ls -l ./*.7z
