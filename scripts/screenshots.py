"""Screenshots of the main window in every language/theme pair, for the README.

    python scripts/screenshots.py            # writes docs/screenshots/main-<lang>-<theme>.png
    python scripts/screenshots.py --tools    # tools-approval-/tools-timeline-<lang>-<theme>.png
    python scripts/screenshots.py --scene math   # a proof with formulas: math-<lang>-<theme>.png

Each picture is taken in its own process (languages and themes are process-wide in
Qt) on the offscreen platform, against the loopback MiniMax server: no key, no network.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PAIRS = [(lang, theme) for lang in ("en", "zh_CN") for theme in ("light", "dark")]

CONTENT = {
    "en": (
        "Why is the sum of two odd numbers always even?",
        "The user asks why odd + odd is even. Write the odd numbers as 2a + 1 and 2b + 1, add "
        "them, and factor out 2. A short code check and a small table will make it concrete.",
        "**Short answer:** each odd number is one more than an even number, so two of them "
        "bring two extra ones, and 1 + 1 = 2 keeps the total even.\n\n### Proof\n\n"
        "```python\ndef is_even(n: int) -> bool:\n    return n % 2 == 0\n\n"
        "assert all(is_even(x + y) for x in range(1, 99, 2) for y in range(1, 99, 2))\n```\n\n"
        "| a | b | sum | even? |\n|---|---|-----|-------|\n| 3 | 5 | 8 | yes |\n"
        "| 7 | 9 | 16 | yes |\n\nSo the sum is always **2 × an integer**. ∎",
    ),
    "zh_CN": (
        "为什么两个奇数之和总是偶数？",
        "用户想知道为什么奇数加奇数是偶数。把两个奇数写成 2a + 1 和 2b + 1，相加后提取公因数 2。"
        "再用一小段代码和一个表格验证。",
        "**简短回答：** 每个奇数都比某个偶数多 1，两个奇数相加就多出 1 + 1 = 2，所以和仍是偶数。"
        "\n\n### 证明\n\n```python\ndef is_even(n: int) -> bool:\n    return n % 2 == 0\n\n"
        "assert all(is_even(x + y) for x in range(1, 99, 2) for y in range(1, 99, 2))\n```\n\n"
        "| a | b | 和 | 偶数？ |\n|---|---|----|-------|\n"
        "| 3 | 5 | 8 | 是 |\n| 7 | 9 | 16 | 是 |\n\n"
        "因此和总是 **2 × 整数**。∎",
    ),
}

MATH_CONTENT = {
    "en": (
        "Prove the quadratic formula.",
        "Start from $ax^2 + bx + c = 0$ with $a \\neq 0$, divide by $a$ and complete the "
        "square; the discriminant $\\Delta = b^2 - 4ac$ decides how many real roots there are.",
        "Divide $ax^2 + bx + c = 0$ by $a \\neq 0$ and complete the square:\n\n"
        "$$\n\\begin{aligned}\nx^2 + \\frac{b}{a}x &= -\\frac{c}{a} \\\\\n"
        "\\left(x + \\frac{b}{2a}\\right)^2 &= \\frac{b^2 - 4ac}{4a^2}\n\\end{aligned}\n$$\n\n"
        "Taking square roots gives\n\n\\[x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\]\n\n"
        "For example $x^2 - 5x + 6 = 0$ has $\\Delta = 1$, so $x \\in \\{2, 3\\}$. "
        "(A calculator costs $5 and a textbook $10: those dollars stay text.) ∎",
    ),
    "zh_CN": (
        "证明一元二次方程的求根公式。",
        "从 $ax^2 + bx + c = 0$（$a \\neq 0$）出发，两边除以 $a$ 并配方；"
        "判别式 $\\Delta = b^2 - 4ac$ 决定实根的个数。",
        "将 $ax^2 + bx + c = 0$ 两边除以 $a \\neq 0$ 并配方：\n\n"
        "$$\n\\begin{aligned}\nx^2 + \\frac{b}{a}x &= -\\frac{c}{a} \\\\\n"
        "\\left(x + \\frac{b}{2a}\\right)^2 &= \\frac{b^2 - 4ac}{4a^2}\n\\end{aligned}\n$$\n\n"
        "两边开平方得\n\n\\[x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\]\n\n"
        "例如 $x^2 - 5x + 6 = 0$ 的 $\\Delta = 1$，所以 $x \\in \\{2, 3\\}$。"
        "（计算器 $5，课本 $10：这些金额保持为文字。）∎",
    ),
}


def shoot(language: str, theme_name: str, target: Path, scene: str = "main") -> None:
    """Run in a child process: build the real window, chat once, grab it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import json

    import qasync
    from PySide6.QtWidgets import QApplication

    from gui.core.environment import AppPaths
    from gui.core.i18n import translating
    from gui.core.secrets import MemorySecretStore
    from gui.ui import i18n
    from gui.ui.aio import asyncgen_hooks
    from gui.ui.app import apply_style, build_context, build_window, start
    from tests.fakes import wire
    from tests.fakes.minimax_server import FakeMiniMax, Reply

    question, reasoning, answer = (MATH_CONTENT if scene == "math" else CONTENT)[language]
    fake = FakeMiniMax().start()
    fake.default = Reply(events=wire.split_stream(reasoning, answer, size=40))
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    (data / "settings.json").write_text(
        json.dumps({"language": language, "theme": theme_name}), "utf-8"
    )
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    translators = i18n.install(app, language)
    with translating(i18n.qt_translate):
        dark = apply_style(app, theme_name)
        env = {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "sk-api-screenshot-demo"}
        context = build_context(AppPaths(data), env, secret_store=MemorySecretStore())
        window, controller = build_window(context, lambda: None, dark=dark)
        window.resize(1280, 800)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def run() -> None:
            window.show()
            await start(context, controller, window)
            window.send(question)
            await controller.wait_idle()
            for _ in range(200):  # formulas are typeset in a child process: wait for them
                await asyncio.sleep(0.1)
                if not window.appearance.math.busy:
                    break
            await asyncio.sleep(0.3)
            window.grab().save(str(target))
            await window.shutdown()

        with asyncgen_hooks(loop):
            loop.run_until_complete(run())
            loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        context.logs.close()
    fake.stop()
    del translators


# Chinese texts for the tool-round sample (tests/tool_samples.py), by message id.
TOOLS_ZH = {
    "user-1": ("柏林现在几点？我有哪些笔记？", ""),
    "round-1": ("", "用户想知道柏林的时间，我应该调用时钟工具。"),
    "round-2": (
        "柏林现在是 08:07。接下来看看笔记。",
        "已经拿到时间。接着列出笔记文件夹；旧笔记可以删掉。",
    ),
    "round-3": (
        "柏林现在是 **08:07**。你有 `notes.md`；我没有删除 `old.md`。",
        "删除被拒绝了，所以我只报告找到的内容。",
    ),
}


def tool_chat(language: str, pending: bool) -> object:
    """The two-round sample of the tests, in the screenshot's language, saved as-is."""
    from tests.tool_samples import tool_conversation

    conv = tool_conversation(pending=pending)
    if language == "zh_CN":
        conv.title = "时间与笔记"
        for message in conv.messages:
            content, reasoning = TOOLS_ZH.get(message.id, (message.content, message.reasoning))
            if message.role.value != "tool":
                message.content, message.reasoning = content or message.content, reasoning
    return conv


def shoot_tools(language: str, theme_name: str, approval: Path, timeline: Path) -> None:
    """Run in a child process: a saved two-round chat, then a round waiting for approval."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import json

    import qasync
    from PySide6.QtWidgets import QApplication

    from gui.core.environment import AppPaths
    from gui.core.i18n import translating
    from gui.core.secrets import MemorySecretStore
    from gui.core.storage import ConversationStore
    from gui.core.tools.approval import ApprovalRequest
    from gui.ui import i18n
    from gui.ui.aio import asyncgen_hooks
    from gui.ui.app import apply_style, build_context, build_window, start
    from tests.fakes.minimax_server import FakeMiniMax

    fake = FakeMiniMax().start()
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    (data / "settings.json").write_text(
        json.dumps({"language": language, "theme": theme_name}), "utf-8"
    )
    (data / "mcp.json").write_text(
        json.dumps({"mcpServers": {"files": {"command": "files-server"},
                                   "time": {"command": "time-server"}}}),
        "utf-8",
    )  # fmt: skip
    store = ConversationStore(data)
    done, waiting = tool_chat(language, False), tool_chat(language, True)
    store.save(done)  # type: ignore[arg-type]
    store.save(waiting)  # type: ignore[arg-type]
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    translators = i18n.install(app, language)
    with translating(i18n.qt_translate):
        dark = apply_style(app, theme_name)
        env = {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "sk-api-screenshot-demo"}
        context = build_context(AppPaths(data), env, secret_store=MemorySecretStore())
        window, controller = build_window(context, lambda: None, dark=dark)
        window.resize(1280, 800)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def run() -> None:
            window.show()
            window.activateWindow()
            await start(context, controller, window)
            await window.open_conversation_async(done.id)  # type: ignore[attr-defined]
            window.chat.select("round-3")
            for widget in (window.chat.widget_for("round-2"),):
                if widget is not None:
                    widget.tool_cards["call_2"].set_expanded(True)
            await asyncio.sleep(0.3)
            window.chat.scroll_to_bottom()
            await asyncio.sleep(0.2)
            window.grab().save(str(timeline))
            await window.open_conversation_async(waiting.id)  # type: ignore[attr-defined]
            window.chat.select("round-2")
            describe = {"en": ("List the files in a folder.", "Delete a file."),
                        "zh_CN": ("列出文件夹中的文件。", "删除一个文件。")}[language]  # fmt: skip
            controller.approval_requested.emit(
                waiting.id,  # type: ignore[attr-defined]
                [
                    ApprovalRequest("call_2", "list_files", "files", "list_files", describe[0],
                                    '{\n  "path": "~/notes",\n  "pattern": "*.md"\n}', True),
                    ApprovalRequest("call_3", "delete_file", "files", "delete_file", describe[1],
                                    '{\n  "path": "~/notes/old.md"\n}', False, True),
                ],
            )  # fmt: skip
            await asyncio.sleep(0.4)
            window.grab().save(str(approval))
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
    parser.add_argument("--tools-child", nargs=4, metavar=("LANG", "THEME", "APPROVAL", "LINE"))
    parser.add_argument("--tools", action="store_true", help="the tool-round screenshots")
    parser.add_argument("--scene", choices=("main", "math"), default="main")
    args = parser.parse_args()
    if args.child:
        shoot(args.child[0], args.child[1], Path(args.child[2]), args.scene)
        return 0
    if args.tools_child:
        language, theme_name, approval, timeline = args.tools_child
        shoot_tools(language, theme_name, Path(approval), Path(timeline))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    env = {"QT_QPA_PLATFORM": "offscreen", **os.environ, "PYTHONPATH": str(ROOT)}
    for language, theme_name in PAIRS:
        if args.tools:
            short = language.split("_")[0]
            approval = OUT / f"tools-approval-{short}-{theme_name}.png"
            timeline = OUT / f"tools-timeline-{short}-{theme_name}.png"
            command = ["--tools-child", language, theme_name, str(approval), str(timeline)]
            targets = [approval, timeline]
        else:
            if args.scene == "math":
                target = OUT / f"math-{language.split('_')[0]}-{theme_name}.png"
            else:
                target = OUT / f"main-{language}-{theme_name}.png"
            targets = [target]
            command = ["--child", language, theme_name, str(target), "--scene", args.scene]
        subprocess.run([sys.executable, __file__, *command], check=True, env=env, cwd=ROOT)
        for target in targets:
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
