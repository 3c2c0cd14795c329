#!/bin/sh
# The math font the site ships: STIX Two Math from @fontsource/stix-two-math (the version package-lock.json
# pins), cut down to the characters mathematics is written in. The whole font is 403 KB (woff2) and
# holds every script of Unicode's math; this keeps Latin, Greek, the operators, arrows and brackets,
# and the letter styles that TeX commands and MathML's automatic italic ask for. fontTools keeps the
# OpenType MATH table, and with it the size variants and pieces that stretch brackets, roots and braces
# (closure over MATH, GSUB and the glyphs the table names). Hinting is dropped, a third of the bytes:
# high-density screens and macOS ignore it (at small sizes on a Windows screen it is a little softer).
#
# Run it again after upgrading the font package, or when the site's math test says that a character
# falls back to another font (add its range below). Needs Debian's python3-fonttools and python3-brotli:
#   sudo apt-get install -y python3-fonttools python3-brotli && sh scripts/subset-math-font.sh
set -eu
cd "$(dirname "$0")/.."
source=node_modules/@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2
target=src/styles/fonts/stix-two-math.woff2

ranges="
U+0020-007E, U+00A0-00FF, U+0131, U+0237,
U+02C6-02DD, U+0300-036F,
U+0391-03A9, U+03B1-03C9, U+03D1, U+03D5, U+03D6, U+03F0, U+03F1, U+03F4, U+03F5,
U+2000-206F, U+20D0-20F0,
U+2100-214F, U+2190-21FF, U+2200-22FF, U+2300-23FF,
U+25A0-25FF, U+27C0-27FF, U+2980-29FF, U+2A00-2AFF,
U+1D400-1D433, U+1D434-1D467, U+1D468-1D49B,
U+1D49C-1D4CF, U+1D538-1D56B,
U+1D6A8-1D6E1, U+1D6E2-1D71B, U+1D71C-1D755,
U+1D7CE-1D7E1
"
# Rows of the ranges: Latin and Latin-1, dotless i and j; accents; Greek and its variant letters;
# spaces, primes, the invisible function application, combining arrows (\vec); letterlike symbols
# (ℒ, ℝ), arrows, operators, technical symbols (⏟, bracket pieces); shapes, brackets and long arrows,
# more operators (⪯); bold, italic and bold italic Latin (MathML draws a one-letter variable as its
# italic letter, U+1D44E…), script and double-struck Latin; bold, italic and bold italic Greek; bold and
# double-struck digits.

mkdir -p "$(dirname "$target")"
python3 -m fontTools.subset "$source" \
  --unicodes="$(echo "$ranges" | tr -d ' \n')" \
  --layout-features='*' --no-hinting --flavor=woff2 --output-file="$target"
python3 -c "
from fontTools.ttLib import TTFont
font = TTFont('$target')
assert 'MATH' in font, 'the subset lost its MATH table'
print('$target:', len(font.getGlyphOrder()), 'glyphs, MATH table kept')
"
ls -l "$target"
