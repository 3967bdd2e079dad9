"""The Debian package: ``dist/minimax-chat_<version>_<arch>.deb`` from the Linux bundle.

``python packaging/deb.py`` packs the ``dist/MiniMaxChat`` folder already built (build.py
calls :func:`build_deb` after each Linux build). Only ``dpkg-deb`` is needed, no network.

It installs the bundle to ``/opt/minimax-chat``, ``/usr/bin/minimax-chat``, the launcher,
hicolor icons, a man page, ``copyright`` and ``changelog``, and lintian overrides that
explain the tags a PyInstaller bundle cannot avoid (packaging/README.md). It has no
maintainer scripts: dpkg's triggers refresh the menu and icon caches, and ``apt remove``
takes everything away (per-user data in home folders is never the package's to touch).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from email.utils import formatdate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import appmeta
from appmeta import APP_ID, COMMAND, NAME, PACKAGING, PNG_SIZES, ROOT

PACKAGE = "minimax-chat"
PREFIX = f"/opt/{PACKAGE}"
ICONS = ROOT / "resources" / "icons"
# Whoever publishes the package sets these (the Debian tools' own variables).
DEFAULT_MAINTAINER = appmeta.PUBLISHER
DEFAULT_EMAIL = "maintainer@minimax-chat.invalid"

# The Debian package of each system library the bundle may use (build.py's
# LINUX_SYSTEM_LIBRARIES): Depends lists those the bundle actually links to.
LIBRARY_PACKAGES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Not libraries, but without them no text shows (the bundle's fontconfig reads the
# system's configuration and fonts); apt installs Recommends by default.
RECOMMENDS = ("fontconfig", "fonts-dejavu-core")
SUGGESTS = ("gnome-keyring",)  # a Secret Service to keep the API key in
# xz, as Debian's archive wants it (lintian rejects zstd): 47 MB, about a minute on 2 cores.
COMPRESSION = ("-Zxz", "-z6")
SYNOPSIS = "desktop chat app for MiniMax's reasoning models"  # no article (lintian)

LONG_DESCRIPTION = """\
A native, fast desktop client for MiniMax's reasoning models: streamed answers
with their reasoning, conversations kept as plain files, API keys in the
desktop's Secret Service, export to Markdown, HTML, PDF, JSON and text.
.
This package carries its own Python and Qt (a PyInstaller bundle in
/opt/minimax-chat)."""


def debian_version(version: str) -> str:
    """A PEP 440 version that dpkg orders the same way: ``1.0rc1`` → ``1.0~rc1``.

    ``~`` sorts before anything, even the end of the string (``~~`` before ``~``).
    """
    text = re.sub(r"(a|b|rc)(\d+)", r"~\1\2", version.strip())
    text = re.sub(r"\.dev(\d+)", r"~~dev\1", text)  # before its pre-releases too
    text = re.sub(r"\.post(\d+)", r"+post\1", text)
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", text):
        raise ValueError(f"cannot turn {version!r} into a Debian version")
    return text


def architecture() -> str:
    """The Debian architecture of this machine: ``amd64``, ``arm64`` …"""
    dpkg = shutil.which("dpkg")
    if dpkg:
        return subprocess.run(
            [dpkg, "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def glibc_version() -> str:
    """The C library the bundle was built against: it needs this one or newer."""
    name, version = platform.libc_ver()
    if name != "glibc" or not version:
        raise RuntimeError("the Debian package is built on a glibc system only")
    return version


def depends(libraries: Iterable[str], glibc: str) -> list[str]:
    """Depends for the system libraries the bundle links to (``… (NOT FOUND)`` included)."""
    packages = set()
    for library in libraries:
        name = library.removesuffix(" (NOT FOUND)")
        if name not in LIBRARY_PACKAGES:
            raise ValueError(f"no Debian package known for {name}: add it to LIBRARY_PACKAGES")
        packages.add(LIBRARY_PACKAGES[name])
    packages.add("libc6")  # the bundle's loader and Python always need it
    return sorted(f"libc6 (>= {glibc})" if p == "libc6" else p for p in packages)


def control(version: str, arch: str, installed_kib: int, depends: list[str]) -> str:
    """The DEBIAN/control file."""
    name = os.environ.get("DEBFULLNAME") or DEFAULT_MAINTAINER
    email = os.environ.get("DEBEMAIL") or DEFAULT_EMAIL
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": f"{name} <{email}>",
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Suggests": ", ".join(SUGGESTS),
        "Section": "net",
        "Priority": "optional",
        "Description": f"{SYNOPSIS}\n"
        + "\n".join(f" {line}" if line else " ." for line in LONG_DESCRIPTION.splitlines()),
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def desktop_entry() -> str:
    """The launcher, starting the command on PATH."""
    lines = []
    for line in (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text("utf-8").splitlines():
        if line.startswith(("Exec=", "TryExec=")):
            line = line.split("=", 1)[0] + "=" + COMMAND
        lines.append(line)
    return "\n".join(lines) + "\n"


def changelog(version: str, when: float) -> str:
    name = os.environ.get("DEBFULLNAME") or DEFAULT_MAINTAINER
    email = os.environ.get("DEBEMAIL") or DEFAULT_EMAIL
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * MiniMax Chat {version}.\n\n"
        f" -- {name} <{email}>  {formatdate(when)}\n"
    )


def copyright_file() -> str:
    """Machine-readable debian/copyright: the app under MIT, what the bundle carries."""
    lines = (ROOT / "LICENSE").read_text("utf-8").strip().splitlines()
    notice = next(line for line in lines if line.startswith("Copyright"))
    holder = notice.removeprefix("Copyright").removeprefix(" (c)").strip()
    licence = "\n".join(lines[lines.index(notice) + 1 :]).strip()
    body = "\n".join(f" {line}" if line.strip() else " ." for line in licence.splitlines())
    return f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: MiniMax Chat
Comment: {PREFIX}/_internal holds the Python runtime, Qt 6 and PySide6 (LGPL-3),
 and the Python packages the app uses, each under its own licence (the
 *.dist-info folders there carry their licence texts).

Files: *
Copyright: {holder}
License: MIT
{body}
"""


def lintian_overrides() -> str:
    return (PACKAGING / "linux" / "lintian-overrides").read_text("utf-8")


def write_gzip(path: Path, text: str) -> None:
    """gzip -9n: best compression, no name or time in the header (reproducible)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed:
        packed.write(text.encode("utf-8"))


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def stage(app: Path, root: Path, version: str, when: float) -> None:
    """Lay the package's files out under ``root`` as they land on the system."""
    opt = root / PREFIX.lstrip("/")
    opt.mkdir(parents=True)
    # Only the program: install.sh, uninstall.sh, README.txt and share/ are for the tarball.
    shutil.copy2(app / NAME, opt / NAME)
    shutil.copytree(app / "_internal", opt / "_internal", symlinks=True)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / COMMAND).symlink_to(f"{PREFIX}/{NAME}")  # absolute: across top-level dirs
    share = usr / "share"
    write_text(share / "applications" / f"{APP_ID}.desktop", desktop_entry())
    hicolor = share / "icons" / "hicolor"
    for size in PNG_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / f"minimax-chat-{size}.png", target)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(ICONS / "minimax-chat.svg", scalable)
    manual = (PACKAGING / "linux" / f"{COMMAND}.1").read_text("utf-8")
    write_gzip(share / "man" / "man1" / f"{COMMAND}.1.gz", manual)
    doc = share / "doc" / PACKAGE
    write_text(doc / "copyright", copyright_file())
    write_gzip(doc / "changelog.gz", changelog(version, when))
    write_text(share / "lintian" / "overrides" / PACKAGE, lintian_overrides())
    normalise_modes(root, executables={opt / NAME})


def normalise_modes(root: Path, executables: set[Path]) -> None:
    """0755 folders and programs, 0644 everything else (shared libraries need no x bit)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path in executables
        path.chmod(0o755 if executable else 0o644)


def installed_kib(root: Path) -> int:
    """Installed-Size as dpkg-gencontrol counts it: KiB per file, one per folder or link."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def md5sums(root: Path) -> str:
    """DEBIAN/md5sums: lets ``dpkg --verify`` check the installed files."""
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def compression(dpkg_deb: str) -> list[str]:
    """xz, on every core where dpkg-deb can (1.21.9+; Ubuntu 22.04 has 1.21.1)."""
    usage = subprocess.run([dpkg_deb, "--help"], capture_output=True, text=True, check=False)
    if "--threads-max" not in usage.stdout:
        return list(COMPRESSION)
    return [*COMPRESSION, f"--threads-max={os.cpu_count() or 1}"]


def build_deb(app: Path, dist: Path, version: str, libraries: Iterable[str]) -> Path:
    """Pack the bundle at ``app`` into ``dist/minimax-chat_<version>_<arch>.deb``."""
    dpkg_deb = shutil.which("dpkg-deb")
    if not dpkg_deb:
        raise RuntimeError("dpkg-deb is missing (Debian and Ubuntu have it; apt install dpkg)")
    deb_version = debian_version(version)
    arch = architecture()
    when = float(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    output = dist / f"{PACKAGE}_{deb_version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="minimax-chat-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(app, root, deb_version, when)
        size = installed_kib(root)
        sums = md5sums(root)
        debian = root / "DEBIAN"
        debian.mkdir(mode=0o755)
        text = control(deb_version, arch, size, depends(libraries, glibc_version()))
        write_text(debian / "control", text)
        write_text(debian / "md5sums", sums)
        for name in ("control", "md5sums"):
            (debian / name).chmod(0o644)
        output.unlink(missing_ok=True)
        subprocess.run(
            [
                dpkg_deb,
                "--root-owner-group",
                *compression(dpkg_deb),
                "--build",
                str(root),
                str(output),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / NAME, help="the bundle")
    args = parser.parse_args(argv)
    import build  # packaging/build.py: ldd over the bundle (imports this module: not at the top)

    libraries = build.check_linux_libraries(args.app)
    deb = build_deb(args.app, ROOT / "dist", appmeta.version(), libraries)
    print(f"==> {deb.relative_to(ROOT)}  {deb.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
