"""packaging/deb.py: the .deb's version, Depends, control file and layout, on a tiny fake bundle.

The real bundle is packed, installed with apt, started and removed by packaging/ci_smoke.sh.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.test_packaging import APP_ID, load

deb = load("deb")
build = load("build")

needs_dpkg = pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="needs dpkg-deb")


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2rc1", "1.2~rc1"),
        ("1.2a3", "1.2~a3"),
        ("1.2.dev4", "1.2~~dev4"),
        ("1.2rc1.dev2", "1.2~rc1~~dev2"),
        ("1.2.post1", "1.2+post1"),
    ],
)
def test_versions_keep_their_order_for_dpkg(pep440: str, debian: str) -> None:
    """A release candidate sorts before its release in dpkg too (``~``), a post after (``+``)."""
    assert deb.debian_version(pep440) == debian


@needs_dpkg
def test_release_candidates_sort_before_the_release() -> None:
    """dpkg itself agrees with PEP 440: dev < a < rc < release < post."""
    order = ["1.2.dev4", "1.2a3", "1.2rc1.dev2", "1.2rc1", "1.2", "1.2.post1", "1.3"]
    for lower, higher in itertools.pairwise(order):
        subprocess.run(
            [
                "dpkg",
                "--compare-versions",
                deb.debian_version(lower),
                "lt",
                deb.debian_version(higher),
            ],
            check=True,
        )


def test_every_allowed_system_library_has_its_debian_package() -> None:
    """Depends can name the package of every system library build.py allows the bundle."""
    assert set(deb.LIBRARY_PACKAGES) == build.LINUX_SYSTEM_LIBRARIES


def test_depends_are_exactly_the_libraries_the_bundle_links_to() -> None:
    """One package per library actually used (missing ones too), libc6 at the build's glibc."""
    used = ["libc.so.6", "libm.so.6", "libxcb.so.1", "libwayland-egl.so.1 (NOT FOUND)"]
    assert deb.depends(used, "2.36") == ["libc6 (>= 2.36)", "libwayland-egl1", "libxcb1"]
    with pytest.raises(ValueError, match="libfoo"):
        deb.depends(["libfoo.so.1"], "2.36")


def test_control_file_is_what_dpkg_and_lintian_expect() -> None:
    """Required fields, a synopsis without an article, description lines under 80 columns."""
    text = deb.control("0.1.0", "amd64", 1234, ["libc6 (>= 2.36)", "libxcb1"])
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "minimax-chat"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"] == "libc6 (>= 2.36), libxcb1"
    assert fields["Installed-Size"] == "1234"
    assert "<" in fields["Maintainer"] and fields["Maintainer"].endswith(">")
    assert not fields["Description"].lower().startswith(("a ", "an ", "the "))
    assert all(len(line) < 80 for line in text.splitlines() if line.startswith(" "))


def fake_bundle(tmp_path: Path) -> Path:
    """The shape of dist/MiniMaxChat: program, _internal, and the tarball's extras."""
    app = tmp_path / "MiniMaxChat"
    (app / "_internal" / "gui" / "resources").mkdir(parents=True)
    (app / "MiniMaxChat").write_bytes(b"\x7fELF program")
    library = app / "_internal" / "libQt6Core.so.6"
    library.write_bytes(b"\x7fELF library")
    library.chmod(0o755)
    (app / "_internal" / "libQt6Core.so").symlink_to("libQt6Core.so.6")
    for extra in ("install.sh", "uninstall.sh", "README.txt"):
        (app / extra).write_text("tarball only")
    return app


def test_staged_files_land_where_debian_expects_them(tmp_path: Path) -> None:
    """/opt for the bundle, /usr/bin, the launcher, icons, docs; nothing of the tarball's own."""
    root = tmp_path / "root"
    deb.stage(fake_bundle(tmp_path), root, "0.1.0", 0.0)
    opt = root / "opt" / "minimax-chat"
    assert sorted(p.name for p in opt.iterdir()) == ["MiniMaxChat", "_internal"]
    assert (opt / "_internal" / "libQt6Core.so").is_symlink()
    assert (opt / "MiniMaxChat").stat().st_mode & 0o777 == 0o755
    assert (opt / "_internal" / "libQt6Core.so.6").stat().st_mode & 0o777 == 0o644
    command = root / "usr" / "bin" / "minimax-chat"
    assert command.readlink() == Path("/opt/minimax-chat/MiniMaxChat")  # absolute across /usr
    share = root / "usr" / "share"
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert "\nExec=minimax-chat\n" in desktop
    assert "\nTryExec=minimax-chat\n" in desktop
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "man" / "man1" / "minimax-chat.1.gz").is_file()
    copyright_text = (share / "doc" / "minimax-chat" / "copyright").read_text("utf-8")
    assert "License: MIT" in copyright_text
    assert "Copyright: 2026 MiniMax Chat contributors" in copyright_text
    assert (share / "doc" / "minimax-chat" / "changelog.gz").is_file()
    assert (share / "lintian" / "overrides" / "minimax-chat").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
            check=True,
        )


@needs_dpkg
def test_a_built_package_installs_the_staged_tree(tmp_path: Path) -> None:
    """dpkg-deb reads back the control fields, md5sums and the file list."""
    dist = tmp_path / "dist"
    dist.mkdir()
    package = deb.build_deb(fake_bundle(tmp_path), dist, "1.2rc1", ["libc.so.6", "libGL.so.1"])
    assert package.name == f"minimax-chat_1.2~rc1_{deb.architecture()}.deb"

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "--field", str(package), name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    assert field("Version") == "1.2~rc1"
    assert field("Depends").startswith("libc6 (>= ")
    assert field("Depends").endswith("), libgl1")
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(package)], capture_output=True, text=True, check=True
    ).stdout
    assert "root/root" in contents
    assert "./opt/minimax-chat/MiniMaxChat" in contents
    assert "install.sh" not in contents
    extracted = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(package), str(extracted)], check=True)
    sums = (extracted / "md5sums").read_text("utf-8")
    assert "  opt/minimax-chat/MiniMaxChat\n" in sums
    assert "DEBIAN" not in sums
