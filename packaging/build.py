"""Build the desktop app with PyInstaller: ``python packaging/build.py [--smoke-test]``.

Produces, in ``dist/``:

* Linux: ``MiniMaxChat/`` (the app folder with a .desktop file, icons, install.sh and
  uninstall.sh), ``MiniMaxChat-<version>-linux-<arch>.tar.gz`` and, where dpkg-deb is
  present, ``minimax-chat_<version>_<arch>.deb`` (packaging/deb.py).
* Windows: ``MiniMaxChat/MiniMaxChat.exe``, a ``.zip`` of the folder and, when Inno Setup's
  ``iscc`` is on PATH, ``MiniMaxChat-<version>-windows-<arch>-setup.exe``.
* macOS: ``MiniMaxChat.app`` and ``MiniMaxChat-<version>-macos-<arch>.dmg``.

It prints the bundle's size and fails when the Linux bundle outgrows its budget or needs
system libraries beyond the documented ones.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import appmeta
import deb
from appmeta import APP_ID, NAME, PACKAGING, PNG_SIZES, ROOT

DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = PACKAGING / "minimax-chat.spec"
ICONS = ROOT / "resources" / "icons"
# ≈ 147 MB before tools, attachments and math; they add ≈ 31 MB (Pillow and its image
# libraries ≈ 15, the MCP SDK with pydantic/starlette/uvicorn, jsonschema, pypdf, ziamath).
LINUX_SIZE_BUDGET_MB = 185

# Libraries the Linux bundle may take from the system (everything else is inside it):
# glibc, the OpenGL/EGL driver stack, the X11 connection library, and Wayland's client
# libraries (only needed on Wayland). README.md lists the Debian packages.
LINUX_SYSTEM_LIBRARIES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "libresolv.so.2",  # glibc; QtNetwork (the single-instance socket) links it
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libEGL.so.1",
    "libGL.so.1",
    "libGLX.so.0",
    "libOpenGL.so.0",
    "libGLdispatch.so.0",
    "libxcb.so.1",
    "libwayland-client.so.0",
    "libwayland-cursor.so.0",
    "libwayland-egl.so.1",
}
# Qt's own PySide6 distributions other than Essentials must not be in the build venv.
FORBIDDEN_DISTRIBUTIONS = ("PySide6", "PySide6-Addons", "PyQt5", "PyQt6", "PySide2")


def log(text: str) -> None:
    print(f"==> {text}", flush=True)


def check_environment() -> None:
    """One Qt binding (Essentials only), PyInstaller present, icons generated."""
    from importlib import metadata

    present = []
    for name in FORBIDDEN_DISTRIBUTIONS:
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        present.append(name)
    if present:
        sys.exit(
            f"Build in a virtual environment with PySide6-Essentials only; found {present}. "
            "Uninstall them (they would add Qt modules the app does not use)."
        )
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit(f"PyInstaller is missing: {sys.executable} -m pip install -e '{ROOT}[build]'")
    missing = [
        f"minimax-chat-{s}.png"
        for s in PNG_SIZES
        if not (ICONS / f"minimax-chat-{s}.png").is_file()
    ]
    missing += [n for n in ("minimax-chat.ico", "minimax-chat.icns") if not (ICONS / n).is_file()]
    if missing:
        sys.exit(f"Icons missing in resources/icons ({', '.join(missing)}): run packaging/icons.py")


def run_pyinstaller(version: str, clean: bool) -> None:
    WORK.mkdir(exist_ok=True)
    (WORK / "version_info.txt").write_text(appmeta.windows_version_info(version), "utf-8")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK / 'pyinstaller'}",
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    log(f"PyInstaller {version} ({' '.join(command[3:])})")
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    log(f"PyInstaller done in {time.monotonic() - started:.0f} s")


def folder_size(path: Path) -> int:
    """Bytes in a folder, counting each file once and symlinks as links."""
    total = 0
    for item in path.rglob("*"):
        if item.is_symlink():
            continue
        if item.is_file():
            total += item.stat().st_size
    return total


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# -- Linux ---------------------------------------------------------------------------------


def add_linux_integration(app: Path) -> None:
    """The .desktop file, hicolor icons and the install scripts, inside the app folder."""
    desktop = app / "share" / "applications" / f"{APP_ID}.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PACKAGING / "linux" / f"{APP_ID}.desktop", desktop)
    hicolor = app / "share" / "icons" / "hicolor"
    for size in PNG_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / f"minimax-chat-{size}.png", target)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "minimax-chat.svg", scalable)
    for script in ("install.sh", "uninstall.sh"):
        target = app / script
        shutil.copyfile(PACKAGING / "linux" / script, target)
        target.chmod(0o755)
    (app / "README.txt").write_text(
        "MiniMax Chat\n\n"
        f"Run it:      ./{NAME}\n"
        "Install it:  ./install.sh   (adds it to your application menu; no root needed)\n"
        "Remove it:   ~/.local/opt/MiniMaxChat/uninstall.sh\n\n"
        "Conversations, settings and logs live in ~/.local/share/MiniMaxChat.\n"
        "API keys live in your system keyring (GNOME Keyring, KWallet).\n",
        "utf-8",
    )


def parse_ldd(output: str) -> list[tuple[str, str]]:
    """``(library, where it resolved)`` pairs from ``ldd`` output; ``where`` may be "not"."""
    found = []
    for line in output.splitlines():
        parts = line.split()
        if "=>" in parts and len(parts) >= 3:
            found.append((parts[0], parts[2]))
        elif parts and parts[0].startswith("/"):
            found.append((Path(parts[0]).name, parts[0]))
        # else: linux-vdso, "statically linked", …
    return found


def external_libraries(app: Path) -> dict[str, set[str]]:
    """System libraries the bundle's binaries load from outside it, and who needs them."""
    internal = app / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    needs: dict[str, set[str]] = {}
    binaries = [app / NAME] + [
        p for p in internal.rglob("*") if p.is_file() and not p.is_symlink() and ".so" in p.name
    ]
    for binary in binaries:
        result = subprocess.run(
            ["ldd", str(binary)], env=env, capture_output=True, text=True, check=False
        )
        for name, where in parse_ldd(result.stdout):
            if where == "not":
                needs.setdefault(f"{name} (NOT FOUND)", set()).add(binary.name)
            elif not where.startswith(str(internal)):
                needs.setdefault(name, set()).add(binary.name)
    return needs


def check_linux_libraries(app: Path) -> set[str]:
    """The system libraries the bundle uses; exits when one is not in the documented list."""
    needs = external_libraries(app)
    log("system libraries the bundle uses: " + ", ".join(sorted(needs)))
    # A documented system library missing on the build machine is fine (it is the user's
    # system that provides it); anything else missing was not bundled and must be.
    unexpected = {
        name: users
        for name, users in needs.items()
        if name.removesuffix(" (NOT FOUND)") not in LINUX_SYSTEM_LIBRARIES
    }
    if unexpected:
        for name, users in sorted(unexpected.items()):
            print(f"    {name}  <- {', '.join(sorted(users)[:4])}", file=sys.stderr)
        sys.exit(
            "The bundle would need system libraries beyond the documented ones (above): "
            "install them on the build machine so PyInstaller bundles them, or document them."
        )
    return set(needs)


def make_tarball(app: Path, version: str) -> Path:
    archive = DIST / f"{NAME}-{version}-{appmeta.platform_tag()}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=NAME, filter=normalise)  # keeps PyInstaller's symlinks
    return archive


# -- Windows -------------------------------------------------------------------------------


def make_zip(app: Path, version: str) -> Path:
    archive = DIST / f"{NAME}-{version}-{appmeta.platform_tag()}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(app.rglob("*")):
            if path.is_file():
                zf.write(path, Path(NAME) / path.relative_to(app))
    return archive


def make_windows_installer(app: Path, version: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
    candidate = default / "Inno Setup 6" / "ISCC.exe"
    if not iscc and candidate.is_file():
        iscc = str(candidate)
    if not iscc:
        log("Inno Setup (iscc) not found: skipping the installer")
        return None
    base = f"{NAME}-{version}-{appmeta.platform_tag()}-setup"
    subprocess.run(
        [
            iscc,
            "/Qp",
            f"/DAppVersion={version}",
            f"/DSourceDir={app}",
            f"/DOutputDir={DIST}",
            f"/DOutputBase={base}",
            f"/DIconFile={ICONS / 'minimax-chat.ico'}",
            str(PACKAGING / "windows" / "minimax-chat.iss"),
        ],
        check=True,
    )
    return DIST / f"{base}.exe"


# -- macOS ---------------------------------------------------------------------------------


def make_dmg(bundle: Path, version: str) -> Path:
    dmg = DIST / f"{NAME}-{version}-{appmeta.platform_tag()}.dmg"
    subprocess.run(
        ["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(bundle), str(dmg)], check=True
    )
    return dmg


# -- smoke test ----------------------------------------------------------------------------


def executable() -> Path:
    if sys.platform == "darwin":
        return DIST / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return DIST / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def smoke_test(real_keyring: bool = False) -> None:
    """Run the built app's --smoke-test (offscreen, throw-away data folder).

    Without ``real_keyring`` the keyring is switched off (no unlock prompts on a build
    machine); with it, a test entry is stored in the OS keyring, read back and deleted.
    """
    with tempfile.TemporaryDirectory(prefix="minimax-chat-smoke-") as tmp:
        report = Path(tmp) / "report.json"
        command = [
            str(executable()),
            "--smoke-test",
            "--data-dir",
            str(Path(tmp) / "data"),
            "--smoke-report",
            str(report),
        ]
        env = dict(os.environ)
        if real_keyring:
            command.append("--smoke-keyring-write")
        else:
            env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        log("smoke test: " + " ".join(command[1:]))
        # A windowed Windows executable has no console: the report file is the output.
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
        if not report.is_file():
            sys.exit(f"the smoke test wrote no report (exit {result.returncode}):\n{result.stderr}")
        data = json.loads(report.read_text("utf-8"))
        for name, check in data["checks"].items():
            status = "ok  " if check["ok"] else "FAIL"
            detail = check.get("error") or check.get("backend") or check.get("platform") or ""
            print(f"    {status} {name:14} {detail}")
        if result.returncode != 0 or not data["ok"]:
            sys.exit(f"smoke test failed: {', '.join(data['failed'])}\n{result.stderr}")
    log("smoke test passed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument(
        "--smoke-test", action="store_true", help="run the built app's --smoke-test afterwards"
    )
    parser.add_argument(
        "--keyring-round-trip",
        action="store_true",
        help="with --smoke-test: also store, read and delete a test key in the OS keyring",
    )
    parser.add_argument("--no-archive", action="store_true", help="only build the app folder")
    args = parser.parse_args(argv)

    version = appmeta.version()
    check_environment()
    run_pyinstaller(version, args.clean)
    app = DIST / NAME
    artefacts: list[Path] = []
    if sys.platform.startswith("linux"):
        add_linux_integration(app)
        libraries = check_linux_libraries(app)
        if not args.no_archive:
            artefacts.append(make_tarball(app, version))
            if shutil.which("dpkg-deb"):
                log("Debian package (dpkg-deb, xz)")
                artefacts.append(deb.build_deb(app, DIST, version, libraries))
            else:
                log("dpkg-deb not found: skipping the .deb")
    elif sys.platform == "win32":
        if not args.no_archive:
            artefacts.append(make_zip(app, version))
            installer = make_windows_installer(app, version)
            if installer:
                artefacts.append(installer)
    elif sys.platform == "darwin":
        app = DIST / f"{NAME}.app"
        if not args.no_archive:
            artefacts.append(make_dmg(app, version))

    size = folder_size(app)
    log(f"bundle: {app.relative_to(ROOT)}  {mb(size)}")
    for artefact in artefacts:
        log(f"archive: {artefact.relative_to(ROOT)}  {mb(artefact.stat().st_size)}")
    if sys.platform.startswith("linux") and size > LINUX_SIZE_BUDGET_MB * 1_000_000:
        sys.exit(f"the Linux bundle is {mb(size)}, over its {LINUX_SIZE_BUDGET_MB} MB budget")
    if args.smoke_test:
        smoke_test()
        if args.keyring_round_trip:
            smoke_test(real_keyring=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
