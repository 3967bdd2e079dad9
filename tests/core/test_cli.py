"""The command line (``python -m gui list|export|import``) in real processes, with no display."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gui.core.conversation import Conversation, Message, Role
from gui.core.export.as_json import export_json
from gui.core.storage import ConversationStore
from tests.fakes.keys import fake_key
from tests.golden import GOLDEN
from tests.samples import hostile_conversation, sample_conversation

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ID = "sample-conversation-0001"


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m gui ARGS`` without any display, as on a headless server."""
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OPENAI_API_KEY")
    }
    environ["PYTHONPATH"] = str(ROOT)
    environ["TZ"] = "UTC"
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder holding the sample and the hostile conversation."""
    root = tmp_path / "data"
    store = ConversationStore(root)
    store.save(sample_conversation())
    store.save(hostile_conversation())
    return root


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_list_shows_id_time_count_and_title(data: Path, tmp_path: Path) -> None:
    """``list`` prints every conversation, newest first, with its message count."""
    result = cli("list", "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "UPDATED", "MESSAGES", "TITLE"]
    assert lines[1].startswith("hostile-conversation-0001  2026-02-03 04:06         3  Hostile")
    assert lines[2] == (f"{SAMPLE_ID}   2026-01-02 03:10         8  Odd + odd: proof 证明 🧮")
    assert result.stderr == ""


def test_data_dir_works_before_and_after_the_command(data: Path, tmp_path: Path) -> None:
    """``--data-dir`` may come before or after the subcommand."""
    before = cli("--data-dir", str(data), "list", cwd=tmp_path)
    after = cli("list", "--data-dir", str(data), cwd=tmp_path)
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout
    assert SAMPLE_ID in before.stdout


def test_list_reports_damaged_files_and_still_lists_the_rest(data: Path, tmp_path: Path) -> None:
    """A damaged file is named on stderr (exit 1), the others are listed, nothing is moved."""
    bad = data / "conversations" / "broken.json"
    bad.write_bytes(b"{ nope")
    result = cli("list", "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert SAMPLE_ID in result.stdout
    assert "broken.json is damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == b"{ nope"
    assert files_in(data / "conversations") == [
        "broken.json",
        "hostile-conversation-0001.json",
        f"{SAMPLE_ID}.json",
    ]


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_export_matches_the_golden_files(data: Path, tmp_path: Path, fmt: str) -> None:
    """The CLI writes exactly what the exporters produce (the reviewed golden files)."""
    out = tmp_path / f"out.{fmt}"
    result = cli(
        "export", SAMPLE_ID, "--format", fmt, "-o", str(out), "--data-dir", str(data), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert out.read_bytes() == (GOLDEN / f"sample.without-reasoning.{fmt}").read_bytes()


def test_export_json_is_the_full_conversation(data: Path, tmp_path: Path) -> None:
    """JSON goes to stdout with ``-o -`` and equals the stored conversation."""
    result = cli(
        "export", SAMPLE_ID, "-f", "json", "-o", "-", "--data-dir", str(data), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.encode("utf-8") == export_json(sample_conversation())


def test_include_reasoning_and_format_from_extension(data: Path, tmp_path: Path) -> None:
    """``--include-reasoning`` adds the reasoning; the format follows the output's extension."""
    out = tmp_path / "chat.html"
    args = ("export", "sample-conv", "--include-reasoning", "-o", str(out), "--data-dir", str(data))
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<details class="reasoning">') == 2


def test_default_output_is_a_safe_unique_name_here(data: Path, tmp_path: Path) -> None:
    """Without --output the file lands in the current folder, named after the title."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "Odd + odd_ proof 证明 🧮.md").write_text("already here")
    result = cli("export", SAMPLE_ID, "--data-dir", str(data), cwd=work)
    assert result.returncode == 0, result.stderr
    assert files_in(work) == ["Odd + odd_ proof 证明 🧮 (2).md", "Odd + odd_ proof 证明 🧮.md"]
    assert (work / "Odd + odd_ proof 证明 🧮.md").read_text() == "already here"


def test_unknown_id_fails_clearly_and_writes_nothing(data: Path, tmp_path: Path) -> None:
    """An unknown id exits 1 with a plain message and creates no file."""
    out = tmp_path / "out"
    out.mkdir()
    result = cli("export", "no-such-id", "-o", str(out), "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert "no conversation with the id 'no-such-id'" in result.stderr
    assert "minimax-chat list" in result.stderr
    assert files_in(out) == []


def test_unknown_format_fails_clearly(data: Path, tmp_path: Path) -> None:
    """An unknown format is refused by the argument parser (exit 2), naming the choices."""
    result = cli("export", SAMPLE_ID, "--format", "docx", "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 2
    assert "invalid choice: 'docx'" in result.stderr
    assert files_in(tmp_path) == ["data"]


def test_unwritable_output_fails_and_leaves_nothing(data: Path, tmp_path: Path) -> None:
    """A missing folder or an unwritable place exits 1 with the reason, leaving no file."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = cli(
        "export", SAMPLE_ID, "-o", str(blocker / "out.md"), "--data-dir", str(data), cwd=tmp_path
    )
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    if sys.platform.startswith("linux"):
        result = cli(
            "export",
            SAMPLE_ID,
            "-o",
            "/proc/minimax-chat-test.md",
            "--data-dir",
            str(data),
            cwd=tmp_path,
        )
        assert result.returncode == 1
        assert "cannot write /proc/minimax-chat-test.md" in result.stderr
        assert "Nothing was written" in result.stderr
    assert files_in(tmp_path) == ["a-file", "data"]


def test_output_paths_that_say_something_else_are_refused(data: Path, tmp_path: Path) -> None:
    """``newdir/`` means a folder (it must exist); an unknown extension needs --format."""
    for output, expected in (("newdir/", "folder does not exist"), ("out.docx", "--format")):
        result = cli("export", SAMPLE_ID, "-o", output, "--data-dir", str(data), cwd=tmp_path)
        assert result.returncode != 0
        assert expected in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # nothing written
    (tmp_path / "newdir").mkdir()
    ok = cli("export", SAMPLE_ID, "-o", "newdir/", "--data-dir", str(data), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert [p.suffix for p in (tmp_path / "newdir").iterdir()] == [".md"]
    docx = cli(
        "export", SAMPLE_ID, "-o", "out.docx", "-f", "txt", "--data-dir", str(data), cwd=tmp_path
    )
    assert docx.returncode == 0, docx.stderr


def test_damaged_conversation_cannot_be_exported(data: Path, tmp_path: Path) -> None:
    """Exporting a conversation whose file is damaged says so and exits 1."""
    (data / "conversations" / "broken-conversation.json").write_bytes(b"\xff\xfe")
    result = cli(
        "export",
        "broken-conversation",
        "-o",
        str(tmp_path / "x.md"),
        "--data-dir",
        str(data),
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "damaged" in result.stderr and "not UTF-8" in result.stderr
    assert not (tmp_path / "x.md").exists()


def test_export_all_to_zip_and_folder(data: Path, tmp_path: Path) -> None:
    """``--all`` writes one safely named file per conversation into a .zip or a folder."""
    archive = tmp_path / "all.zip"
    result = cli(
        "export", "--all", "-f", "txt", "-o", str(archive), "--data-dir", str(data), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    names = zipfile.ZipFile(archive).namelist()
    assert len(names) == 2 and "Odd + odd_ proof 证明 🧮.txt" in names
    folder = tmp_path / "folder"
    result = cli(
        "export", "--all", "-f", "md", "-o", str(folder), "--data-dir", str(data), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert len(files_in(folder)) == 2


def test_export_all_refuses_damaged_data_unless_told(data: Path, tmp_path: Path) -> None:
    """With a damaged file, --all writes nothing unless --skip-damaged is given."""
    (data / "conversations" / "broken.json").write_text("[]")
    folder = tmp_path / "out"
    result = cli("export", "--all", "-o", str(folder), "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert "broken.json" in result.stderr and "--skip-damaged" in result.stderr
    assert not folder.exists()
    result = cli(
        "export",
        "--all",
        "--skip-damaged",
        "-o",
        str(folder),
        "--data-dir",
        str(data),
        cwd=tmp_path,
    )
    assert result.returncode == 1  # still says that something was left out
    assert len(files_in(folder)) == 2


def test_import_round_trip_and_id_clash(data: Path, tmp_path: Path) -> None:
    """Export all as JSON, import into a new folder: identical; importing again renames."""
    archive = tmp_path / "all.zip"
    assert (
        cli(
            "export",
            "--all",
            "-f",
            "json",
            "-o",
            str(archive),
            "--data-dir",
            str(data),
            cwd=tmp_path,
        ).returncode
        == 0
    )
    fresh = tmp_path / "fresh"
    result = cli("import", str(archive), "--data-dir", str(fresh), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 conversations." in result.stdout
    original = {c.id: c for c in ConversationStore(data).load_all().conversations}
    imported = {c.id: c for c in ConversationStore(fresh).load_all().conversations}
    assert imported == original
    again = cli("--data-dir", str(fresh), "import", str(archive), cwd=tmp_path)
    assert again.returncode == 0
    assert "got the new id" in again.stdout and SAMPLE_ID in again.stdout
    assert len(ConversationStore(fresh).load_all().conversations) == 4


def test_invalid_import_is_refused_and_changes_nothing(data: Path, tmp_path: Path) -> None:
    """A file that is not an export is refused (exit 1) and the data folder is unchanged."""
    good = tmp_path / "good.json"
    good.write_bytes(
        export_json(Conversation(id="new-one", messages=[Message(role=Role.USER, content="hi")]))
    )
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"hello": "world"}))
    before = files_in(data / "conversations")
    result = cli("import", str(good), str(bad), "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing was imported" in result.stderr
    assert "bad.json" in result.stderr and "schema_version" in result.stderr
    assert files_in(data / "conversations") == before
    missing = cli("import", str(tmp_path / "nope.json"), "--data-dir", str(data), cwd=tmp_path)
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_api_key_in_the_environment_never_reaches_an_export(tmp_path: Path) -> None:
    """The key in OPENAI_API_KEY is removed from exports even if it was pasted into a chat."""
    key = fake_key("CLI-LEAK-0123456789abcdef")
    root = tmp_path / "data"
    conv = sample_conversation()
    conv.messages[0].content = f"my key: {key}"
    ConversationStore(root).save(conv)
    for fmt in ("md", "json", "txt", "html"):
        out = tmp_path / f"x.{fmt}"
        result = cli(
            "export",
            SAMPLE_ID,
            "-o",
            str(out),
            "--data-dir",
            str(root),
            cwd=tmp_path,
            env={"OPENAI_API_KEY": key},
        )
        assert result.returncode == 0, result.stderr
        assert key.encode() not in out.read_bytes()


def test_api_key_in_the_keyring_reaches_no_export_or_file_name(tmp_path: Path) -> None:
    """A saved key pasted into a chat (so also into its title) is removed from the files
    and from their names, whether one chat or all are exported, to a folder or a zip."""
    key = fake_key("SAVED-IN-KEYRING-0123456789", "cp")
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps({"MiniMax Chat/china": key}), "utf-8")
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.core.keyring_doubles.FileKeyring",
        "MINIMAX_CHAT_TEST_KEYRING": str(keyring_file),
    }
    root = tmp_path / "data"
    conv = sample_conversation()
    conv.title = f"Why does {key} fail"
    conv.messages[0].content = f"Why does {key} fail?"
    ConversationStore(root).save(conv)
    one, every = tmp_path / "one", tmp_path / "every"
    one.mkdir()
    runs = [
        ("export", SAMPLE_ID, "-o", str(one)),
        ("export", "--all", "-o", str(every)),
        ("export", "--all", "-f", "txt", "-o", str(tmp_path / "all.zip")),
    ]
    for args in runs:
        result = cli(*args, "--data-dir", str(root), cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
    written = [*one.iterdir(), *every.iterdir()]
    assert len(written) == 2
    for path in written:
        assert key not in path.name
        assert key.encode() not in path.read_bytes()
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        for name in archive.namelist():
            assert key not in name
            assert key.encode() not in archive.read(name)


def test_message_option_cannot_be_combined_with_a_command(tmp_path: Path) -> None:
    """``--message`` belongs to the window; with a command it is a usage error."""
    result = cli("--message", "hi", "list", "--data-dir", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert "--message" in result.stderr


def test_commands_stay_import_light(data: Path) -> None:
    """list and md/json/txt exports import neither Qt nor the OpenAI SDK."""
    code = (
        "import sys, io, contextlib\n"
        "from gui.__main__ import main\n"
        f"d = {str(data)!r}\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['list', '--data-dir', d]) == 0\n"
        "    for f in ('md', 'json', 'txt', 'html'):\n"
        "        assert main(['export', 'sample', '-f', f, '-o', '-', '--data-dir', d]) == 0\n"
        "banned = ('PySide6', 'openai', 'qasync', 'shiboken6', 'keyring')\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in banned)\n"
        "sys.exit(', '.join(heavy) or None)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_pdf_export_works_without_a_display(data: Path, tmp_path: Path) -> None:
    """PDF export runs Qt offscreen: no DISPLAY needed, a real PDF comes out."""
    out = tmp_path / "chat.pdf"
    result = cli(
        "export",
        SAMPLE_ID,
        "-o",
        str(out),
        "--include-reasoning",
        "--data-dir",
        str(data),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the PDF text was not checked")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Short answer:" in text and "Reasoning" in text


# Terminal escapes: OSC 52 writes the clipboard, CSI 2K + CR fakes a line, U+202E reverses.
ESCAPES = ("\x1b]52;c;cHduZWQ=\x07", "\x1b[2K\rID  fake line", "\u202e", "\x9b31m", "\x7f", "\x00")


def assert_inert(text: str) -> None:
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\x7f", "\x00", "\r"):
        assert bad not in text, f"{bad!r} reached the terminal: {text!r}"


def test_no_terminal_escape_from_a_title_reaches_the_terminal(tmp_path: Path) -> None:
    """``list`` and ``import`` print titles with every control character removed."""
    root = tmp_path / "data"
    title = "Evil " + "".join(ESCAPES) + " end"
    conv = Conversation(
        id="escape-conversation-01",
        title=title,
        messages=[Message(role=Role.USER, content="hi " + "".join(ESCAPES))],
    )
    ConversationStore(root).save(conv)
    listed = cli("list", "--data-dir", str(root), cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert_inert(listed.stdout + listed.stderr)
    assert "Evil" in listed.stdout and "end" in listed.stdout
    exported = tmp_path / "one.json"
    exported.write_bytes(export_json(conv))
    again = cli("import", str(exported), "--data-dir", str(root), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "got the new id" in again.stdout
    assert_inert(again.stdout + again.stderr)
    to_stdout = cli(
        "export", "escape-conversation-01", "-f", "txt", "-o", "-", "--data-dir", str(root),
        cwd=tmp_path,
    )  # fmt: skip
    assert to_stdout.returncode == 0
    assert "\x1b" in to_stdout.stdout, "piped data stays exactly as it is"


def test_no_terminal_escape_from_a_zip_member_name_reaches_the_terminal(tmp_path: Path) -> None:
    """A refused archive lists its bad members by name, without their control characters."""
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x" + "".join(ESCAPES[:-1]) + ".json", "not json")  # zip names end at NUL
    result = cli("import", str(archive), "--data-dir", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing was imported" in result.stderr
    assert_inert(result.stdout + result.stderr)


def test_the_cli_prints_through_one_function() -> None:
    """Every line the CLI prints passes the control-character filter."""
    source = (ROOT / "gui" / "cli.py").read_text("utf-8")
    assert source.count("print(") == 1, "print only inside _say (it strips control characters)"
    assert ".write(" not in source.replace("buffer.write(", "").replace("out.write(data", "")


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_export_to_a_terminal_carries_no_escapes(tmp_path: Path) -> None:
    """``export -o -`` onto a terminal shows the text; the escapes in it are not run."""
    import pty

    root = tmp_path / "data"
    conv = Conversation(
        id="escape-conversation-02",
        title="t",
        messages=[Message(role=Role.USER, content="hi " + "".join(ESCAPES) + " there")],
    )
    ConversationStore(root).save(conv)
    leader, follower = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"}
    environ["PYTHONPATH"] = str(ROOT)
    args = ["export", "escape-conversation-02", "-f", "md", "-o", "-", "--data-dir", str(root)]
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=environ,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal's other end closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    text = shown.decode("utf-8", errors="replace").replace("\r\n", "\n")
    assert "hi " in text and " there" in text
    assert_inert(text)


def test_pdf_export_of_a_chat_with_an_image_is_not_blank(tmp_path: Path) -> None:
    """Without a display the PDF of a chat holding an image still has every page's text
    (the whole PDF came out as one blank page)."""
    import io

    from PIL import Image

    from gui.core.attachments.prepare import prepare_bytes
    from gui.core.attachments.store import AttachmentStore

    root = tmp_path / "data"
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (220, 40, 40)).save(buffer, "PNG")
    ref = prepare_bytes(AttachmentStore(root), buffer.getvalue(), "red.png", 204_800).ref
    conv = Conversation(
        id="with-an-image-0001",
        title="Red",
        messages=[
            Message(role=Role.USER, content="What colour is this?", attachments=[ref]),
            Message(role=Role.ASSISTANT, content="It is red."),
        ],
    )
    ConversationStore(root).save(conv)
    out = tmp_path / "red.pdf"
    result = cli("export", conv.id, "-o", str(out), "--data-dir", str(root), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the PDF text was not checked")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "What colour is this?" in text and "It is red." in text and "red.png" in text
