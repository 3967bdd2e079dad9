"""Screenshots of Settings → Tools in every language/theme pair, on a real X display.

    xvfb-run -a -s "-screen 0 1280x900x24" python scripts/screenshots_tools.py
    # writes docs/screenshots/settings-tools-<en|zh>-<light|dark>.png

Two servers are configured: the tests' demo MCP server (started and tested, so its tools
are listed) and a remote one that is not tested. The screen is taken with ImageMagick's
``import -window root`` and cut to the Settings dialog.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PAIRS = [(lang, theme) for lang in ("en", "zh_CN") for theme in ("light", "dark")]
DEMO = ROOT / "tests" / "tools" / "servers" / "demo.py"


def servers() -> dict[str, object]:
    return {
        "mcpServers": {
            "demo": {
                "command": sys.executable,
                "args": [str(DEMO)],
                "alwaysAllow": ["add", "ping"],
                "disabledTools": ["crash"],
            },
            "docs": {
                "url": "https://tools.example.com/mcp",
                "headers": {"Authorization": "Bearer ${keyring:mcp/docs/Authorization}"},
            },
        }
    }


def shoot(language: str, theme_name: str, target: Path) -> None:
    """Run in a child process: the real window, Settings → Tools, the demo server tested."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import qasync
    from PySide6.QtWidgets import QApplication

    from gui.core.environment import AppPaths
    from gui.core.i18n import translating
    from gui.core.secrets import MemorySecretStore
    from gui.ui import i18n
    from gui.ui.aio import asyncgen_hooks
    from gui.ui.app import apply_style, build_context, build_window, start
    from tests.fakes.minimax_server import FakeMiniMax

    fake = FakeMiniMax().start()
    data = Path(tempfile.mkdtemp(prefix="shots-tools-"))
    (data / "settings.json").write_text(
        json.dumps({"language": language, "theme": theme_name}), "utf-8"
    )
    (data / "mcp.json").write_text(json.dumps(servers(), indent=2), "utf-8")
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    translators = i18n.install(app, language)
    with translating(i18n.qt_translate):
        dark = apply_style(app, theme_name)
        env = {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "sk-api-screenshot-demo"}
        context = build_context(AppPaths(data), env, secret_store=MemorySecretStore())
        window, controller = build_window(context, lambda: None, dark=dark)
        window.resize(1280, 900)
        window.move(0, 0)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def run() -> None:
            window.show()
            await start(context, controller, window)
            window.account.open_settings()
            while window.account._settings_dialog is None:
                await asyncio.sleep(0.05)
            dialog = window.account._settings_dialog
            page = dialog.tools_page
            assert page is not None
            dialog.tabs.setCurrentWidget(page)
            while not page.loaded:
                await asyncio.sleep(0.05)
            page.select("demo")
            await page.test("demo")
            dialog.resize(900, 780)
            dialog.move(190, 40)
            for _ in range(10):
                await asyncio.sleep(0.1)
                app.processEvents()
            geometry = dialog.frameGeometry()
            crop = f"{geometry.width()}x{geometry.height()}+{geometry.x()}+{geometry.y()}"
            subprocess.run(
                ["import", "-window", "root", "-crop", crop, "+repage", str(target)], check=True
            )
            dialog.reject()
            await window.shutdown()

        with asyncgen_hooks(loop):
            loop.run_until_complete(run())
            loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        context.logs.close()
    fake.stop()
    del translators


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=3, metavar=("LANG", "THEME", "FILE"))
    args = parser.parse_args()
    if args.child:
        shoot(args.child[0], args.child[1], Path(args.child[2]))
        return 0
    if not os.environ.get("DISPLAY"):
        parser.error("needs an X display: run it under xvfb-run -a")
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    for language, theme_name in PAIRS:
        short = language.split("_")[0]
        target = OUT / f"settings-tools-{short}-{theme_name}.png"
        subprocess.run(
            [sys.executable, __file__, "--child", language, theme_name, str(target)],
            check=True,
            env=env,
            cwd=ROOT,
        )
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
