#!/usr/bin/env bash
# The package test (`make package-test`, run by CI after `make test`): the .deb that `make
# package` built is installed on this machine, started, used from its command line with the
# system's fonts hidden (so the PDF can only use the fonts the package ships), removed, and
# checked to leave nothing behind; the .rpm must hold the same files; sizes are checked against
# the budget in docs/benchmarks.md. Needs root (or sudo) for dpkg and for hiding the fonts.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The budget (docs/benchmarks.md, "Size of what ships"), in bytes (MB = 10^6).
BINARY_BUDGET=35000000
DEB_BUDGET=15000000

SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
fail() { echo "package test: FAILED: $*" >&2; exit 1; }
step() { echo "package test: $*"; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
deb=target/release/bundle/deb/Fieldbook_${version}_amd64.deb
rpm=target/release/bundle/rpm/Fieldbook-${version}-1.x86_64.rpm
binary=target/release/fieldbook
for f in "$deb" "$rpm" "$binary"; do [ -f "$f" ] || fail "$f is missing: run make package first"; done

size() { stat -c %s "$1"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
step "sizes: binary $(mb "$(size "$binary")") (budget $(mb $BINARY_BUDGET)), .deb $(mb "$(size "$deb")") (budget $(mb $DEB_BUDGET)), .rpm $(mb "$(size "$rpm")")"
[ "$(size "$binary")" -le $BINARY_BUDGET ] || fail "the binary is over its budget"
[ "$(size "$deb")" -le $DEB_BUDGET ] || fail "the .deb is over its budget"

# A Fieldbook this machine already has is someone's: the test does not replace or remove it.
status() { dpkg-query -W -f='${Status}' fieldbook 2>/dev/null || true; }
case "$(status)" in
    "" | *not-installed*) ;;
    *) fail "a fieldbook package is already installed here ($(status)): remove it first (dpkg --purge fieldbook)" ;;
esac
work=$(mktemp -d)
installed=""
cleanup() {
    # Whatever state a failed step left our package in (unpacked, half-configured), it goes.
    if [ -n "$installed" ]; then case "$(status)" in "" | *not-installed*) ;; *) $SUDO dpkg --purge fieldbook >/dev/null || true ;; esac; fi
    rm -rf "$work"
}
trap cleanup EXIT

# The same files in both packages (directories aside: each format lists its own).
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|; /\/$/d' | sort > "$work/deb-files"
# rpm lists the folders it owns too (/usr/lib/Fieldbook): dropped, as for the .deb.
rpm -qlp "$rpm" 2>/dev/null | sort | awk 'NR > 1 && index($0, prev "/") == 1 { held[prev] = 1 } { prev = $0; all[NR] = $0 }
    END { for (i = 1; i <= NR; i++) if (!(all[i] in held)) print all[i] }' > "$work/rpm-files"
for want in /usr/bin/fieldbook /usr/bin/fieldbook-cli /usr/share/applications/Fieldbook.desktop \
    /usr/share/mime/packages/fieldbook.xml /usr/lib/Fieldbook/fonts/OFL.txt \
    /usr/lib/Fieldbook/fonts/NotoSans-Regular.ttf /usr/lib/Fieldbook/fonts/NotoSansKhmer-Regular.ttf \
    /usr/lib/Fieldbook/fonts/NotoSansArabic-Regular.ttf /usr/lib/Fieldbook/fonts/NotoSansDevanagari-Regular.ttf \
    /usr/share/icons/hicolor/128x128/apps/fieldbook.png; do
    grep -qx "$want" "$work/deb-files" || fail ".deb lacks $want"
done
comm -3 <(grep -v '^/usr/share/doc/' "$work/deb-files") <(grep -v '^/usr/share/doc/\|^/usr/lib/.build-id' "$work/rpm-files") > "$work/differ" || true
[ ! -s "$work/differ" ] || { cat "$work/differ"; fail "the .deb and the .rpm hold different files"; }
step "the .deb and the .rpm hold the same $(wc -l < "$work/rpm-files") files"

step "installing $deb"
installed=yes
$SUDO dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"
dpkg -L fieldbook | sort > "$work/installed"
desktop=/usr/share/applications/Fieldbook.desktop
grep -qx 'Exec=fieldbook %F' "$desktop" || fail "the menu entry does not pass the opened file"
grep -qx 'MimeType=application/x-fieldbook-bundle' "$desktop" || fail "the menu entry lacks the bundle type"

# The installed app starts on a fresh data folder and paints its first screen.
data="$work/data"
out=$(FIELDBOOK_DATA_DIR="$data" FIELDBOOK_READY_EXIT=1 timeout 120 \
    xvfb-run -a -s "-screen 0 1280x860x24" /usr/bin/fieldbook 2>&1) || fail "the installed app did not start: $out"
grep -q '^ready_ms=' <<<"$out" || fail "the installed app did not report its first screen: $out"
step "the installed app started: $(grep -o '^ready_ms=[0-9]*' <<<"$out")"

# The installed command line, with no system font anywhere it could look.
cli() { FIELDBOOK_DATA_DIR="$data" FIELDBOOK_PASSPHRASE="package test passphrase 2026" /usr/bin/fieldbook-cli "$@"; }
cli --version | grep -qx "fieldbook-cli $version" || fail "fieldbook-cli --version does not say $version"
cli init >/dev/null
cat > "$work/session.json" <<'JSON'
{"session": {"title": "វគ្គស្តាប់ជាមួយសហជីពកម្មករ — جلسة استماع", "starts_at": "2026-03-12T14:00",
             "time_zone": "Asia/Phnom_Penh", "place": "ភ្នំពេញ"},
 "questions": [{"position": 1, "text": "ពួកគេនិយាយអ្វី? ماذا قالوا؟",
                "answer": "ពួកគេបាននិយាយអំពីប្រាក់ឈ្នួល។ قالوا إن الأجور متأخرة."}]}
JSON
id=$(cli sessions put --from-json "$work/session.json" | grep -oE '[0-9a-f]{8}-[0-9a-f-]{27}' | head -1)
[ -n "$id" ] || fail "the session was not stored"
hidden() {
    # A private mount namespace in which every system font folder is empty.
    $SUDO unshare --mount --propagation private -- sh -c '
        for d in /usr/share/fonts /usr/local/share/fonts; do [ -d "$d" ] && mount -t tmpfs none "$d"; done
        [ -z "$(ls /usr/share/fonts)" ] || exit 90
        exec env "$@"' sh "$@"
}
for lang in km ar; do
    pdf="$work/summary-$lang.pdf"
    hidden FIELDBOOK_DATA_DIR="$data" FIELDBOOK_PASSPHRASE="package test passphrase 2026" HOME="$work" \
        /usr/bin/fieldbook-cli --lang "$lang" summary "$id" --pdf "$pdf" >/dev/null || fail "no $lang summary with the system fonts hidden"
    fonts=$(pdffonts "$pdf")
    grep -q NotoSansKhmer <<<"$fonts" || fail "the $lang summary lacks the shipped Khmer font: $fonts"
    grep -q NotoSansArabic <<<"$fonts" || fail "the $lang summary lacks the shipped Arabic font: $fonts"
    pdftotext "$pdf" - | grep -q "Fieldbook $version" || fail "the $lang summary does not carry the version"
done
step "Khmer and Arabic summaries made with the shipped fonts only"

# Removing the package leaves none of its files.
$SUDO dpkg --purge fieldbook >/dev/null || fail "dpkg --purge failed"
left=$(while read -r f; do [ -f "$f" ] || [ -L "$f" ] && echo "$f"; done < "$work/installed" || true)
[ -z "$left" ] || fail "files left after removal: $left"
[ ! -e /usr/lib/Fieldbook ] || fail "/usr/lib/Fieldbook is left after removal"
step "removed; nothing left"
step "passed"
