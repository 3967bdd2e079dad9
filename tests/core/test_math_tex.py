"""LaTeX detection in Markdown, typesetting to SVG, and math in the exports."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.export.as_html import export_html
from gui.core.export.as_markdown import export_markdown
from gui.core.export.as_text import export_text
from gui.core.export.options import ExportOptions
from gui.core.markdown import formulas, render_markdown
from gui.core.math_svg import is_plain_svg, math_html, tex_to_svg
from gui.core.math_tex import math_url, parse_math_url
from gui.core.math_worker import parse_reply, request_line, worker_command, worker_environment

QUADRATIC = r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}"

# (Markdown, the formulas found in it as (tex, display, markup))
FOUND = [
    (f"The roots are ${QUADRATIC}$.", [(QUADRATIC, False, "$")]),
    (f"Roots: \\({QUADRATIC}\\) here.", [(QUADRATIC, False, "\\(")]),
    (
        r"$$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$$",
        [(r"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}", True, "$$")],
    ),
    (
        "$$\n\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}\n$$\n",
        [("\n\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}\n", True, "$$")],
    ),
    (
        "\\[\n\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n\\]\n",
        [("\n\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n", True, "\\[")],
    ),
    (
        "$$\n\\begin{aligned}\nf(x) &= (x+1)^2 \\\\\n&= x^2 + 2x + 1\n\\end{aligned}\n$$",
        [
            (
                "\n\\begin{aligned}\nf(x) &= (x+1)^2 \\\\\n&= x^2 + 2x + 1\n\\end{aligned}\n",
                True,
                "$$",
            )
        ],
    ),
    (
        r"Greek: $\alpha + \beta = \gamma$ and $\Omega$.",
        [(r"\alpha + \beta = \gamma", False, "$"), (r"\Omega", False, "$")],
    ),
    (
        r"Half: $\frac{1}{2}$, inline display $$\frac{a}{b}$$ too.",
        [(r"\frac{1}{2}", False, "$"), (r"\frac{a}{b}", True, "$$")],
    ),
    ("- item with $x^2$\n- and $y_1$\n", [("x^2", False, "$"), ("y_1", False, "$")]),
]

TEXT = [
    "It costs $5 and $10.",
    "It costs $3.50, or $4 with tax.",
    "Prices: $5, $10, and $20; $1.5k-$2k a month.",
    "Run `echo $HOME` and `$PATH`.",
    "Set $HOME and $PATH first.",
    "```sh\necho $x$ and $$y$$\n```\n",
    "    indented $a$ code\n",
    r"A literal \$5 and \$x\$ stays.",
    "Empty $$ $$ and $ $ stay.",
    "Half an opener: $x = 1 and nothing closes",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_real_formulas_are_found(text: str, expected: list[tuple[str, bool, str]]) -> None:
    assert formulas(text) == expected


@pytest.mark.parametrize("text", TEXT)
def test_dollars_shell_and_code_stay_text(text: str) -> None:
    assert formulas(text) == []
    assert "math:" not in render_markdown(text, math=True)


def test_math_url_round_trips_and_refuses_other_addresses() -> None:
    url = math_url(QUADRATIC, False, "$")
    assert parse_math_url(url) == (QUADRATIC, False, "$")
    assert parse_math_url(math_url("a\nb", True, "\\[")) == ("a\nb", True, "\\[")
    for other in (
        "https://example.com/x.png",
        "math:",
        "math:x",
        "math:d!!!",
        "file:///etc/passwd",
    ):
        assert parse_math_url(other) is None


def test_window_html_names_one_image_per_formula_and_copy_html_keeps_source() -> None:
    text = f"Roots ${QUADRATIC}$ and\n\n$$\n\\sum_k k\n$$\n"
    window = render_markdown(text, math=True)
    names = re.findall(r'<img src="(math:[^"]+)"', window)
    assert [parse_math_url(n) for n in names] == [
        (QUADRATIC, False, "$"),
        ("\n\\sum_k k\n", True, "$$"),
    ]
    copied = render_markdown(text)
    assert "<img" not in copied
    assert "$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$" in copied


REAL = [
    QUADRATIC,
    r"\sum_{k=1}^n k^2",
    r"\int_0^1 x\,dx",
    r"\begin{pmatrix}a&b\\c&d\end{pmatrix}",
    r"\alpha\beta\gamma",
]


@pytest.mark.parametrize("tex", REAL)
def test_formulas_typeset_to_plain_svg(tex: str) -> None:
    svg = tex_to_svg(tex, False, "#112233")
    assert svg is not None and is_plain_svg(svg)
    assert "<path" in svg and 'fill="#112233"' in svg


@pytest.mark.parametrize("tex", [r"\frac{", r"\frac{a}", r"\sqrt", r"\left( x", r"x^{"])
def test_broken_latex_gives_none_and_its_source_in_html(tex: str) -> None:
    assert tex_to_svg(tex, False) is None
    shown = math_html(tex, False, "$")
    assert "<svg" not in shown
    assert f"${tex}$".replace("&", "&amp;") in shown


def test_svg_check_refuses_anything_but_shapes() -> None:
    assert is_plain_svg('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>')
    for bad in (
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><path d="M0 0"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://x.test/a.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>',
        "<svg",
    ):
        assert not is_plain_svg(bad)


def conversation(answer: str) -> Conversation:
    convo = Conversation(title="Math")
    convo.messages.append(Message(role=Role.USER, content="Prove it, $5 please"))
    convo.messages.append(
        Message(role=Role.ASSISTANT, content=answer, status=MessageStatus.COMPLETE)
    )
    return convo


def test_html_export_shows_math_as_inline_svg_and_markdown_text_keep_latex() -> None:
    answer = f"Roots ${QUADRATIC}$ cost $5 and $10.\n\n$$\n\\frac{{\n$$\n"
    convo = conversation(answer)
    page = export_html(convo, ExportOptions())
    assert page.count('<span class="math"><svg role="img"') == 1
    assert 'aria-label="$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$"' in page
    assert "cost $5 and $10." in page
    assert '<span class="math-source">$$\n\\frac{\n$$</span>' in page  # broken: source
    assert "<script" not in page and "<img" not in page
    for svg in re.findall(r"<svg.*?</svg>", page, re.S):
        assert is_plain_svg(re.sub(r' (role|aria-label)="[^"]*"', "", svg))
    assert QUADRATIC in export_markdown(convo, ExportOptions())
    assert QUADRATIC in export_text(convo, ExportOptions())


REASONING = f"Check ${QUADRATIC}$ first; broken $\\frac{{a}}$ and $5 and $10 stay text.\n<b>x</b>"


def test_html_export_typesets_the_reasoning_as_the_window_does() -> None:
    """The window typesets formulas in the reasoning; the HTML export showed their source."""
    convo = conversation("Done.")
    convo.messages[-1].reasoning = REASONING
    page = export_html(convo, ExportOptions(include_reasoning=True))
    reasoning = page[page.index('<details class="reasoning">') : page.index("</details>")]
    assert reasoning.count('<span class="math"><svg role="img"') == 1
    assert f'aria-label="${QUADRATIC}$"' in reasoning
    assert '<span class="math-source">$\\frac{a}$</span>' in reasoning  # broken: source
    assert " and $5 and $10 stay text.\n&lt;b&gt;x&lt;/b&gt;" in reasoning
    assert "<script" not in page
    options = ExportOptions(include_reasoning=True)
    assert REASONING in export_markdown(convo, options)
    assert f"${QUADRATIC}$" in export_text(convo, options)


def test_the_typesetter_child_answers_line_by_line_without_the_api_key(tmp_path: Path) -> None:
    env = worker_environment() | {"OPENAI_API_KEY": "sk-should-not-matter"}
    assert "OPENAI_API_KEY" not in worker_environment()
    requests = request_line(1, QUADRATIC, False, "#000000", 16.0)
    requests += b"not json\n" + request_line(2, r"\frac{", True, "#000000", 16.0)
    result = subprocess.run(
        worker_command(), input=requests, capture_output=True, timeout=120, check=True,
        env={k: v for k, v in env.items() if k != "OPENAI_API_KEY"}, cwd=tmp_path,
    )  # fmt: skip
    replies = [parse_reply(line) for line in result.stdout.splitlines()]
    assert [r[0] for r in replies if r] == [1, 2]
    first, second = replies
    assert first is not None and first[1] is not None and is_plain_svg(first[1])
    assert second == (2, None)
    assert parse_reply(b'{"id": "x", "svg": 3}') is None
