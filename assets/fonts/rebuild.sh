#!/usr/bin/env bash
# Rebuild the bundled Noto fonts in assets/fonts/ from Debian's packages.
#
# Needs: apt-get (with `apt-get update` done once), dpkg-deb, python3 and
# fontTools (`pip install fonttools brotli` gives pyftsubset).
# It does NOT install the font packages system-wide: it downloads the .debs
# with `apt-get download` into a temporary folder and unpacks them there.
#
#   assets/fonts/rebuild.sh            # writes into assets/fonts/
#   OUT=/tmp/fonts assets/fonts/rebuild.sh
#   CJK_SET=gb2312-all assets/fonts/rebuild.sh   # GB2312 levels 1+2 (6,763 hanzi)
#
# Pinned to Debian 12 "bookworm" versions; override with NOTO_CORE_VERSION /
# NOTO_CJK_VERSION (set them to "" to take whatever apt offers).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=${OUT:-$HERE}
NOTO_CORE_VERSION=${NOTO_CORE_VERSION-20201225-1}
NOTO_CJK_VERSION=${NOTO_CJK_VERSION-1:20220127+repack1-1}
CJK_SET=${CJK_SET:-gb2312-l1}

for tool in apt-get dpkg-deb python3 pyftsubset; do
  command -v "$tool" >/dev/null || { echo "rebuild.sh: missing $tool" >&2; exit 1; }
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT" "$WORK/debs" "$WORK/root"

pkg() { if [ -n "$2" ]; then echo "$1=$2"; else echo "$1"; fi; }
(cd "$WORK/debs" && apt-get download -q \
  "$(pkg fonts-noto-core "$NOTO_CORE_VERSION")" \
  "$(pkg fonts-noto-cjk "$NOTO_CJK_VERSION")")
for deb in "$WORK"/debs/*.deb; do
  dpkg-deb -x "$deb" "$WORK/root"
  echo "unpacked $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)"
done
TTF=$WORK/root/usr/share/fonts/truetype/noto
OTF=$WORK/root/usr/share/fonts/opentype/noto

# Options shared by every subset: keep every OpenType layout feature, drop the
# TrueType/CFF hinting (Slint's software renderer rasterises unhinted with
# swash), keep the whole name table (copyright/licence strings) and a visible
# .notdef box so missing characters show as tofu rather than nothing.
COMMON=(--layout-features='*' --no-hinting --name-IDs='*' --name-languages='*'
        --notdef-outline --recalc-bounds)

# ---------------------------------------------------------------------------
# 1. Complex-script fonts: copied byte for byte (no subsetting, so GSUB/GPOS
#    and every glyph stay exactly as shipped).
for f in NotoNaskhArabic-Regular NotoNaskhArabic-Bold \
         NotoNastaliqUrdu-Regular \
         NotoSansGujarati-Regular NotoSansGujarati-Bold \
         NotoSansGurmukhi-Regular NotoSansGurmukhi-Bold \
         NotoSansBengali-Regular NotoSansBengali-Bold \
         NotoSansDevanagari-Regular NotoSansDevanagari-Bold; do
  cp "$TTF/$f.ttf" "$OUT/$f.ttf"
done

# NotoNastaliqUrdu-Bold 2.000 ships with OS/2 usWeightClass=400 (its
# fsSelection/macStyle say Bold). Slint's font matcher (fontique) reads only
# usWeightClass, so the Bold face would collide with the Regular one. Patch
# that one field; all other tables are copied raw (verified below).
python3 - "$TTF/NotoNastaliqUrdu-Bold.ttf" "$OUT/NotoNastaliqUrdu-Bold.ttf" <<'EOF'
import sys
from fontTools.ttLib import TTFont
src, dst = sys.argv[1:]
f = TTFont(src, lazy=True, recalcBBoxes=False, recalcTimestamp=False)
assert f['OS/2'].usWeightClass in (400, 700), f['OS/2'].usWeightClass
f['OS/2'].usWeightClass = 700
f.save(dst)
a = TTFont(src, lazy=True); b = TTFont(dst, lazy=True)
for tag in a.reader.keys():
    if tag not in ('OS/2', 'head'):
        assert a.reader[tag] == b.reader[tag], tag
print("patched NotoNastaliqUrdu-Bold usWeightClass -> 700 (other tables identical)")
EOF

# ---------------------------------------------------------------------------
# 2. Noto Sans (en-GB, pl, ro, so): Latin + Latin Extended-A/B + Latin
#    Extended Additional, combining marks, punctuation, currency, letterlike,
#    number forms, arrows/maths/geometric shapes (whatever Noto Sans has).
LATIN=U+0000-024F,U+0250-02FF,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FB00-FB06,U+FEFF,U+FFFC-FFFD
for w in Regular Bold; do
  pyftsubset "$TTF/NotoSans-$w.ttf" --unicodes="$LATIN" "${COMMON[@]}" \
    --output-file="$OUT/NotoSans-$w.ttf"
done

# ---------------------------------------------------------------------------
# 3. UI symbols that Noto Sans 2.004 lacks: ✓ ✕ ⌫ ⇧ ▲ ▼ (Symbols 2) and
#    ← → ↵ (Math). Both subset to the same symbol ranges (plus the space, so
#    "✓ ✕" does not show tofu when one of them is the chosen font); each keeps
#    what it has.
SYMBOLS=U+0020,U+00A0,U+2022,U+2190-21FF,U+2300-23FF,U+25A0-25FF,U+2700-27BF,U+27F0-27FF,U+2900-297F,U+2B00-2BFF
pyftsubset "$TTF/NotoSansSymbols2-Regular.ttf" --unicodes="$SYMBOLS" "${COMMON[@]}" \
  --output-file="$OUT/NotoSansSymbols2-Regular.ttf"
pyftsubset "$TTF/NotoSansMath-Regular.ttf" --unicodes="$SYMBOLS" "${COMMON[@]}" \
  --output-file="$OUT/NotoSansMath-Regular.ttf"

# ---------------------------------------------------------------------------
# 4. Noto Sans CJK SC (zh-Hans): face 2 of the Debian .ttc, subset to
#    GB2312 level-1 hanzi (3,755; CJK_SET=gb2312-all adds level 2), GB2312's
#    symbol rows 1-9, CJK punctuation, full-width forms, ASCII/Latin-1, and
#    every character found under locales/zh*/ so translated strings always
#    render. Output is CFF (.otf).
python3 - "$CJK_SET" "$REPO/locales" > "$WORK/cjk-chars.txt" <<'EOF'
import os, sys
cjk_set, locales = sys.argv[1:]
chars = set()
last_row = 0xD7 if cjk_set == 'gb2312-l1' else 0xF7
assert cjk_set in ('gb2312-l1', 'gb2312-all'), cjk_set
for row in list(range(0xA1, 0xAA)) + list(range(0xB0, last_row + 1)):
    for cell in range(0xA1, 0xFF):
        try:
            chars.add(bytes([row, cell]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
if os.path.isdir(locales):
    for d in os.listdir(locales):
        if d.lower().startswith('zh'):
            for root, _, files in os.walk(os.path.join(locales, d)):
                for name in files:
                    try:
                        with open(os.path.join(root, name), encoding='utf-8') as fh:
                            chars.update(c for c in fh.read() if ord(c) > 0x7F)
                    except (UnicodeDecodeError, OSError):
                        pass
sys.stdout.write(''.join(sorted(chars)))
EOF
CJK_EXTRA=U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203B,U+3000-303F,U+FF00-FFEF
for w in Regular Bold; do
  pyftsubset "$OTF/NotoSansCJK-$w.ttc" --font-number=2 \
    --text-file="$WORK/cjk-chars.txt" --unicodes="$CJK_EXTRA" "${COMMON[@]}" \
    --output-file="$OUT/NotoSansCJKsc-$w.otf"
done

# ---------------------------------------------------------------------------
# 5. Licence: the fonts' own copyright lines + the OFL 1.1 text from the
#    Debian copyright file of fonts-noto-cjk.
python3 - "$WORK/root/usr/share/doc/fonts-noto-cjk/copyright" "$OUT" > "$OUT/OFL.txt" <<'EOF'
import glob, os, sys
from fontTools.ttLib import TTFont
copyright_file, out = sys.argv[1:]
lines = []
for path in sorted(glob.glob(os.path.join(out, '*.[ot]tf'))):
    name = TTFont(path, lazy=True)['name']
    c = name.getDebugName(0)
    fam = name.getDebugName(1)
    line = f"{fam}: {c}"
    if line not in lines:
        lines.append(line)
text = open(copyright_file, encoding='utf-8').read().split('\n')
# the stand-alone licence paragraph (not the one-line 'License:' of a Files stanza)
start = next(i for i, l in enumerate(text)
             if l == 'License: SIL-1.1' and text[i + 1].startswith(' ')) + 1
body = []
for l in text[start:]:
    if not l.startswith(' '):
        break
    body.append('' if l.strip() == '.' else l[1:])
print("The fonts in this folder are Noto fonts (Google LLC / Adobe), some of them")
print("subset (see README.md); they are licensed under the SIL Open Font License 1.1.")
print("Noto is a trademark of Google LLC. No file here is named with a Reserved Font")
print("Name (such as 'Source', which Adobe reserves for the Source Han fonts).")
print()
for l in lines:
    print(l)
print()
print("This Font Software is licensed under the SIL Open Font License, Version 1.1.")
print("This license is copied below, and is also available with a FAQ at:")
print("https://openfontlicense.org")
print()
print('\n'.join(body).rstrip())
EOF

ls -l "$OUT"
echo "total: $(du -cb "$OUT"/*.ttf "$OUT"/*.otf | tail -1 | cut -f1) bytes of fonts"
