"""The packaging code: names and versions, Qt pruning rules, icons, the Linux launcher scripts."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.minimax_chat.MiniMaxChat"


def load(name: str) -> ModuleType:
    """Import packaging/<name>.py (not a package: its folder name is taken by pip's)."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    spec = importlib.util.spec_from_file_location(
        f"minimax_packaging_{name}", PACKAGING / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


appmeta = load("appmeta")
prune = load("prune")
build = load("build")


# -- names and versions --------------------------------------------------------------------


def test_app_id_and_version_agree_with_the_app() -> None:
    """The bundle's id and version are the ones the running app uses."""
    import gui
    from gui.ui.qt_environment import APP_ID as RUNTIME_APP_ID

    assert appmeta.APP_ID == RUNTIME_APP_ID == APP_ID
    assert appmeta.version() == gui.__version__


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0))],
)
def test_version_tuple_gives_four_numbers(text: str, expected: tuple[int, ...]) -> None:
    """Windows wants four 16-bit numbers, whatever the version string looks like."""
    assert appmeta.version_tuple(text) == expected


def test_windows_version_info_is_what_pyinstaller_reads() -> None:
    """The generated version resource is a VSVersionInfo(...) expression with our numbers."""
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    names += ("VarFileInfo", "VarStruct")

    def recorder(name: str) -> Any:
        return lambda *args, **kwargs: (name, args, kwargs)

    namespace: dict[str, Any] = {name: recorder(name) for name in names}
    kind, _args, fields = eval(appmeta.windows_version_info("1.2.3"), namespace)
    assert kind == "VSVersionInfo"
    ffi = fields["ffi"][2]
    assert ffi["filevers"] == ffi["prodvers"] == (1, 2, 3, 0)
    _kind, (tables,), _ = fields["kids"][0]  # StringFileInfo([StringTable(lang, [...])])
    _kind, (_lang, structs), _ = tables[0]
    strings = dict(args for _name, args, _ in structs)
    assert strings["ProductName"] == "MiniMax Chat"
    assert strings["OriginalFilename"] == "MiniMaxChat.exe"
    assert strings["FileVersion"] == "1.2.3"


# -- what the bundle leaves out ------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # QLocalServer (single instance)
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", True),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("libpython3.11.so.1.0", True),
    ],
)
def test_binaries_keep_only_what_the_app_uses(dest: str, kept: bool) -> None:
    """Unused platforms, themes, image formats and the libraries behind them are dropped."""
    assert bool(prune.binaries([(dest, "/src", "BINARY")])) is kept
    folder, _slash, name = dest.rpartition("/")
    assert bool(prune.hook_binaries([(f"/site/{name}", folder)])) is kept


def test_qt_translations_follow_the_languages_the_app_ships(tmp_path: Path) -> None:
    """Qt's own catalogues stay only for languages the app has translations for."""
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "minimax-chat_zh_CN.qm").write_bytes(b"")
    (tmp_path / "translations" / "minimax-chat_de.qm").write_bytes(b"")
    languages = prune.shipped_languages(tmp_path)
    assert languages == {"zh_CN", "de"}
    toc = [
        (f"PySide6/Qt/translations/{name}", "/src", "DATA")
        for name in ("qtbase_de.qm", "qtbase_fr.qm", "qtbase_zh_CN.qm", "qt_zh_TW.qm", "qt_zh.qm")
    ] + [("resources/translations/minimax-chat_de.qm", "/src", "DATA")]
    kept = {Path(dest).name for dest, _src, _kind in prune.datas(toc, languages)}
    assert kept == {"qtbase_de.qm", "qtbase_zh_CN.qm", "qt_zh.qm", "minimax-chat_de.qm"}
    assert prune.shipped_languages(tmp_path / "none") == set()


def test_unused_python_packages_are_excluded() -> None:
    """Test tools and other Qt bindings never reach the bundle."""
    for name in ("mypy", "hypothesis", "pytest", "PyQt6", "PySide6.QtQml", "tkinter"):
        assert name in prune.EXCLUDED_MODULES
    for needed in ("keyring", "openai", "PySide6.QtSvg", "sqlite3", "cryptography"):
        assert needed not in prune.EXCLUDED_MODULES


def test_ldd_output_is_parsed() -> None:
    """Resolved, missing and absolute entries are read; vdso lines are skipped."""
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6Core.so.6 => /app/_internal/libQt6Core.so.6 (0x0001)\n"
        "\tlibEGL.so.1 => /lib/x86_64-linux-gnu/libEGL.so.1 (0x0002)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\t/lib64/ld-linux-x86-64.so.2 (0x0003)\n"
    )
    assert build.parse_ldd(output) == [
        ("libQt6Core.so.6", "/app/_internal/libQt6Core.so.6"),
        ("libEGL.so.1", "/lib/x86_64-linux-gnu/libEGL.so.1"),
        ("libxcb-cursor.so.0", "not"),
        ("ld-linux-x86-64.so.2", "/lib64/ld-linux-x86-64.so.2"),
    ]


def test_system_library_check_allows_only_the_documented_ones(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """glibc, GL/EGL, libxcb and Wayland may come from the system; anything else fails."""
    found: dict[str, set[str]] = {
        "libc.so.6": {"MiniMaxChat"},
        "libEGL.so.1": {"libqxcb-egl-integration.so"},
        "libwayland-cursor.so.0 (NOT FOUND)": {"libqwayland.so"},  # fine: the user's system
    }
    monkeypatch.setattr(build, "external_libraries", lambda _app: found)
    build.check_linux_libraries(tmp_path)
    found["libxcb-cursor.so.0 (NOT FOUND)"] = {"libqxcb.so"}  # should have been bundled
    with pytest.raises(SystemExit, match="beyond the documented ones"):
        build.check_linux_libraries(tmp_path)
    del found["libxcb-cursor.so.0 (NOT FOUND)"]
    found["libgtk-3.so.0"] = {"libqgtk3.so"}
    with pytest.raises(SystemExit):
        build.check_linux_libraries(tmp_path)


# -- icons ---------------------------------------------------------------------------------


@pytest.fixture
def icons(qapp: Any) -> ModuleType:
    """packaging/icons.py, with a QApplication already running."""
    return load("icons")


def test_committed_icons_match_the_svg(icons: ModuleType) -> None:
    """The PNGs in resources/icons are the SVG rendered now (run packaging/icons.py if not)."""
    from PySide6.QtGui import QImage

    for size in appmeta.PNG_SIZES:
        committed = QImage(str(icons.png_path(size)))
        fresh = QImage.fromData(icons.render_png(icons.SVG, size))
        assert (committed.width(), committed.height()) == (size, size)
        assert committed.convertToFormat(QImage.Format.Format_ARGB32) == fresh.convertToFormat(
            QImage.Format.Format_ARGB32
        ), f"minimax-chat-{size}.png is stale: run python packaging/icons.py"


def test_ico_and_icns_hold_every_size(icons: ModuleType) -> None:
    """The Windows .ico and the macOS .icns decode, with each image at its declared size."""
    from PySide6.QtGui import QImage

    ico = icons.read_ico(icons.ICO.read_bytes())
    assert sorted(ico) == list(icons.ICO_SIZES)
    for size, data in ico.items():
        assert QImage.fromData(data).width() == size
    icns = icons.read_icns(icons.ICNS.read_bytes())
    assert set(icns) == {kind for kind, _size in icons.ICNS_TYPES}
    for kind, size in icons.ICNS_TYPES:
        assert QImage.fromData(icns[kind]).width() == size


def test_icon_containers_round_trip(icons: ModuleType) -> None:
    """Writing and reading an .ico/.icns gives back the same images; junk is refused."""
    pngs = {size: icons.render_png(icons.SVG, size) for size in (16, 32, 64, 128, 256, 512, 1024)}
    assert icons.read_ico(icons.ico_bytes({16: pngs[16], 256: pngs[256]})) == {
        16: pngs[16],
        256: pngs[256],
    }
    assert icons.read_icns(icons.icns_bytes(pngs))[b"ic10"] == pngs[1024]
    with pytest.raises(ValueError, match="not an icns"):
        icons.read_icns(b"junk")
    with pytest.raises(ValueError, match="not an icon"):
        icons.read_ico(b"\x00\x00\x02\x00\x01\x00")


# -- the Linux launcher --------------------------------------------------------------------


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_the_app_id() -> None:
    """File name, icon and window class match what the app sets at run time."""
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    entry = desktop_entry(path)
    assert entry["Name"] == "MiniMax Chat"
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == appmeta.NAME  # X11 WM_CLASS instance = executable
    assert entry["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """An app folder laid out like the real one, with a stand-in executable."""
    app = tmp_path / "unpacked dir" / "MiniMaxChat"
    (app / "_internal").mkdir(parents=True)
    exe = app / "MiniMaxChat"
    exe.write_text("#!/bin/sh\necho started\n")
    exe.chmod(0o755)
    build.add_linux_integration(app)
    return app


def run_script(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(
        ["bash", str(script), *args], env=env, capture_output=True, text=True, check=False
    )


def test_install_and_uninstall_for_one_user(fake_bundle: Path, tmp_path: Path) -> None:
    """install.sh adds launcher, icons and command; uninstall.sh removes them, keeps data."""
    home = tmp_path / "home with space"
    result = run_script(fake_bundle / "install.sh", home)
    assert result.returncode == 0, result.stderr
    installed = home / ".local" / "opt" / "MiniMaxChat"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(desktop)
    assert entry["Exec"] == f'"{installed}/MiniMaxChat"'  # quoted: the path has a space
    assert entry["TryExec"] == f"{installed}/MiniMaxChat"
    assert entry["Icon"] == APP_ID
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)], check=False).returncode == 0
    hicolor = home / ".local" / "share" / "icons" / "hicolor"
    for size in appmeta.PNG_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    link = home / ".local" / "bin" / "minimax-chat"
    assert link.resolve() == (installed / "MiniMaxChat").resolve()
    started = subprocess.run([str(installed / "MiniMaxChat")], capture_output=True, text=True)
    assert started.stdout.strip() == "started"

    data = home / ".local" / "share" / "MiniMaxChat"
    (data / "conversations").mkdir(parents=True)
    result = run_script(installed / "uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not desktop.exists()
    assert not link.exists() and not link.is_symlink()
    assert not list(hicolor.rglob(f"{APP_ID}.*"))
    assert (data / "conversations").is_dir(), "uninstalling must keep the conversations"
    assert "still in" in result.stdout

    assert run_script(fake_bundle / "install.sh", home).returncode == 0
    result = run_script(installed / "uninstall.sh", home, "--purge")
    assert result.returncode == 0, result.stderr
    assert not data.exists()


def test_install_refuses_unsafe_or_foreign_folders(fake_bundle: Path, tmp_path: Path) -> None:
    """A path the Exec line cannot carry, or a folder that is not ours, is left alone."""
    home = tmp_path / "home"
    dollar = run_script(fake_bundle / "install.sh", home, "--dir", str(tmp_path / "a$b"))
    assert dollar.returncode == 1
    assert "no" in dollar.stderr
    foreign = tmp_path / "someone-elses"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("mine")
    result = run_script(fake_bundle / "install.sh", home, "--dir", str(foreign))
    assert result.returncode == 1
    assert (foreign / "keep.txt").read_text() == "mine"
    result = run_script(fake_bundle / "uninstall.sh", home, "--dir", str(foreign))
    assert (foreign / "keep.txt").is_file()


def test_entry_script_gives_children_the_users_library_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Programs the frozen app starts get LD_LIBRARY_PATH as it was before the bundle's."""
    entry = load("entry")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LD_LIBRARY_PATH", "/bundle/_internal:/usr/local/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    entry._prepare_process()
    assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ
    monkeypatch.setenv("LD_LIBRARY_PATH", "/bundle/_internal")
    entry._prepare_process()
    assert "LD_LIBRARY_PATH" not in os.environ


@pytest.mark.parametrize("how", ["trailing slash", "symlinked HOME", "through a symlink"])
def test_installer_run_from_the_installed_copy_keeps_it(
    fake_bundle: Path, tmp_path: Path, how: str
) -> None:
    """Re-running install.sh from the installed folder must not delete that folder.

    The paths differ as text (a trailing slash, a symlinked $HOME) but name the same files.
    """
    home = tmp_path / "home"
    assert run_script(fake_bundle / "install.sh", home).returncode == 0
    installed = home / ".local" / "opt" / "MiniMaxChat"
    alias = tmp_path / "home-link"
    alias.symlink_to(home, target_is_directory=True)
    if how == "trailing slash":
        result = run_script(installed / "install.sh", home, "--dir", f"{installed}/")
    elif how == "symlinked HOME":
        result = run_script(installed / "install.sh", alias)
    else:
        result = run_script(alias / ".local" / "opt" / "MiniMaxChat" / "install.sh", home)
    assert result.returncode == 0, result.stderr
    assert (installed / "MiniMaxChat").is_file(), "the installed app was deleted"
    assert (installed / "_internal").is_dir()
    assert (installed / "install.sh").is_file()
    link = home / ".local" / "bin" / "minimax-chat"
    started = subprocess.run([str(link)], capture_output=True, text=True, check=False)
    assert started.stdout.strip() == "started"


def test_installer_unpacked_inside_the_installed_copy_refuses(
    fake_bundle: Path, tmp_path: Path
) -> None:
    """A new version unpacked inside the old installation would be deleted with it."""
    home = tmp_path / "home"
    assert run_script(fake_bundle / "install.sh", home).returncode == 0
    installed = home / ".local" / "opt" / "MiniMaxChat"
    nested = installed / "update" / "MiniMaxChat"
    shutil.copytree(fake_bundle, nested, symlinks=True)
    result = run_script(nested / "install.sh", home)
    assert result.returncode == 1
    assert "outside" in result.stderr
    assert (nested / "MiniMaxChat").is_file()
    assert (installed / "MiniMaxChat").is_file()


def test_uninstaller_through_a_symlinked_home_removes_the_command(
    fake_bundle: Path, tmp_path: Path
) -> None:
    """The `minimax-chat` link is ours when it leads to the same file, however spelt."""
    home = tmp_path / "home"
    assert run_script(fake_bundle / "install.sh", home).returncode == 0
    alias = tmp_path / "home-link"
    alias.symlink_to(home, target_is_directory=True)
    result = run_script(alias / ".local" / "opt" / "MiniMaxChat" / "uninstall.sh", alias)
    assert result.returncode == 0, result.stderr
    link = home / ".local" / "bin" / "minimax-chat"
    assert not link.is_symlink(), "a dangling minimax-chat link was left behind"
    assert not (home / ".local" / "opt" / "MiniMaxChat").exists()


def test_install_keeps_a_command_installed_another_way(fake_bundle: Path, tmp_path: Path) -> None:
    """A `minimax-chat` link made by pipx (or anything but this installer) is not silently
    replaced: the installer says so and replaces it only when asked."""
    home = tmp_path / "home"
    pipx_command = home / ".local" / "pipx" / "venvs" / "minimax-chat" / "bin" / "minimax-chat"
    pipx_command.parent.mkdir(parents=True)
    pipx_command.write_text("#!/bin/sh\necho pipx\n")
    pipx_command.chmod(0o755)
    link = home / ".local" / "bin" / "minimax-chat"
    link.parent.mkdir(parents=True)
    link.symlink_to(pipx_command)
    installed = home / ".local" / "opt" / "MiniMaxChat" / "MiniMaxChat"

    result = run_script(fake_bundle / "install.sh", home)
    assert result.returncode == 0, result.stderr
    assert link.resolve() == pipx_command.resolve()  # left alone
    assert str(pipx_command) in result.stdout and "--replace-command" in result.stdout
    assert f"command:    {link}" not in result.stdout  # not claimed as this install's

    again = run_script(fake_bundle / "install.sh", home)  # an update keeps it alone too
    assert link.resolve() == pipx_command.resolve(), again.stdout

    result = run_script(fake_bundle / "install.sh", home, "--replace-command")
    assert result.returncode == 0, result.stderr
    assert link.resolve() == installed.resolve()
    assert "replaced" in result.stdout and str(pipx_command) in result.stdout

    moved = home / "elsewhere"  # this installer's own link, from an install elsewhere
    assert run_script(fake_bundle / "install.sh", home, "--dir", str(moved)).returncode == 0
    assert link.resolve() == (moved / "MiniMaxChat").resolve()
