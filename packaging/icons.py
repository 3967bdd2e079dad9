"""Render the app icon (resources/icons/minimax-chat.svg) to PNG sizes, a Windows .ico and a .icns.

Run ``python packaging/icons.py`` after changing the SVG; the results are committed in
``resources/icons`` (small, and the Windows and macOS builds then need no renderer).
Rendering uses Qt itself (QtSvg ships with PySide6-Essentials), so nothing else is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from appmeta import PNG_SIZES, ROOT

ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "minimax-chat.svg"
ICO = ICON_DIR / "minimax-chat.ico"
ICNS = ICON_DIR / "minimax-chat.icns"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types holding PNG data (macOS 10.7+), by pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def png_path(size: int) -> Path:
    return ICON_DIR / f"minimax-chat-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size``×``size`` square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon with one PNG-compressed image per size (Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An Apple icon family with PNG elements for every standard size and scale."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def read_ico(data: bytes) -> dict[int, bytes]:
    """The images in an .ico by size (for checks)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError("not an icon file")
    images = {}
    for i in range(count):
        dim, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        images[dim or 256] = data[offset : offset + length]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """The elements of an .icns by type (for checks)."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an icns file")
    elements, pos = {}, 8
    while pos < len(data):
        kind = data[pos : pos + 4]
        length = struct.unpack_from(">I", data, pos + 4)[0]
        if length < 8 or pos + length > len(data):
            raise ValueError("damaged icns element")
        elements[kind] = data[pos + 8 : pos + length]
        pos += length
    return elements


def generate(svg: Path = SVG) -> dict[Path, bytes]:
    """Every derived icon file and its bytes."""
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = {size: render_png(svg, size) for size in sorted(needed)}
    files = {png_path(size): pngs[size] for size in PNG_SIZES}
    files[ICO] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICNS] = icns_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check every file exists")
    args = parser.parse_args(argv)
    if args.check:
        missing = [p for p in [*map(png_path, PNG_SIZES), ICO, ICNS] if not p.is_file()]
        for path in missing:
            print(f"missing: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if missing else 0
    for path, data in generate().items():
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}  {len(data) / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
