#!/usr/bin/env bash
# macOS disk image for Profile Editor: dist/ProfileEditor-<version>.dmg from the .app bundle that
# PyInstaller's BUNDLE step made (dist/Profile Editor.app). Called by packaging/build.py on macOS:
#   bash packaging/macos/make_dmg.sh 0.1.0
#
# Signing and notarisation are OPTIONAL and switched on by environment variables; without them
# the result is an unsigned image that works after the user allows it once (README: right-click →
# Open, or System Settings → Privacy & Security → "Open Anyway").
#   PROFILEEDITOR_CODESIGN_IDENTITY  "Developer ID Application: Name (TEAMID)" in the keychain
#   PROFILEEDITOR_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                                    xcrun notarytool store-credentials <profile> --apple-id … \
#                                      --team-id … --password <app-specific password>
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="${1:?usage: make_dmg.sh VERSION}"
APP="dist/Profile Editor.app"
DMG="dist/ProfileEditor-${VERSION}.dmg"
IDENTITY="${PROFILEEDITOR_CODESIGN_IDENTITY:-}"
NOTARY_PROFILE="${PROFILEEDITOR_NOTARY_PROFILE:-}"
ENTITLEMENTS="packaging/macos/entitlements.plist"

[ -d "$APP" ] || { echo "make_dmg.sh: $APP not found: run packaging/build.py first" >&2; exit 1; }

# 1. Optional: sign the bundle with the hardened runtime (required for notarisation). Inner
#    libraries first, then the app: `codesign --deep` is deprecated for signing.
if [ -n "$IDENTITY" ]; then
  echo "signing $APP as $IDENTITY"
  find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' binary; do
      if file "$binary" | grep -q "Mach-O"; then
        codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
          --sign "$IDENTITY" "$binary"
      fi
    done
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "PROFILEEDITOR_CODESIGN_IDENTITY not set: the image will be unsigned"
fi

# 2. The image: the app and a link to /Applications, so that installing is one drag.
rm -f "$DMG"
if command -v create-dmg >/dev/null 2>&1; then
  # Nicer window (icon positions); `brew install create-dmg`.
  create-dmg \
    --volname "Profile Editor ${VERSION}" \
    --volicon "resources/icons/profileeditor.icns" \
    --window-size 560 340 --icon-size 112 \
    --icon "Profile Editor.app" 140 160 --app-drop-link 420 160 \
    --no-internet-enable \
    "$DMG" "$APP"
else
  STAGING="$(mktemp -d)"
  trap 'rm -rf "$STAGING"' EXIT
  cp -R "$APP" "$STAGING/"
  ln -s /Applications "$STAGING/Applications"
  hdiutil create -volname "Profile Editor ${VERSION}" -srcfolder "$STAGING" -ov -format UDZO "$DMG"
fi

# 3. Optional: sign the image, notarise it with Apple and staple the ticket, so that Gatekeeper
#    accepts it even on a machine that is offline when the user opens it.
if [ -n "$IDENTITY" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
  if [ -n "$NOTARY_PROFILE" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
  else
    echo "PROFILEEDITOR_NOTARY_PROFILE not set: signed but not notarised"
  fi
fi
echo "made $DMG"
