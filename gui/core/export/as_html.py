"""Self-contained, inert HTML exports: escaped model output, inline CSS, no scripts or fetches."""

from __future__ import annotations

import html
from functools import lru_cache

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.export.attachments import html_block
from gui.core.export.notes import (
    answer_text,
    conversation_meta,
    message_meta,
    speaker,
    status_note,
    title_of,
)
from gui.core.export.options import ExportOptions
from gui.core.export.plain_math import plain_with_formulas
from gui.core.export.tool_notes import (
    arguments_text,
    embeddable,
    image_note,
    step_heading,
    tool_label,
)
from gui.core.export.tool_notes import parts as tool_parts
from gui.core.labels import label
from gui.core.markdown import DARK, LIGHT
from gui.core.tool_turns import ToolStep
from gui.core.web_markdown import highlight_css, render_markdown_browser

# Belt and braces on top of escaping: even injected markup could load nothing and run nothing.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

_BASE_CSS = """
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0;
  --code-bg: #f6f8fa; --user-bg: #f1f4f8; --link: #0969da;
  --reasoning-bg: #f6f8fa; --warn: #9a6700; --warn-bg: #fff8c5;
  --error: #b42318; --error-bg: #ffebe9;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d;
    --code-bg: #161b22; --user-bg: #151b23; --link: #4493f8;
    --reasoning-bg: #151b23; --warn: #d29922; --warn-bg: #2b2111;
    --error: #f85149; --error-bg: #2d1215;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
    "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  overflow-wrap: break-word;
}
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .5rem; }
a { color: var(--link); }
.meta { color: var(--muted); font-size: .85rem; margin: .25rem 0 0; }
.conversation-meta { list-style: none; padding: 0; margin: 0 0 1.5rem; }
.system-prompt {
  border: 1px solid var(--border); border-radius: 8px; padding: .5rem 1rem; margin: 1rem 0;
}
.system-prompt h2 { font-size: .95rem; margin: .25rem 0; color: var(--muted); }
.plain { white-space: pre-wrap; margin: .5rem 0; }
.message {
  border: 1px solid var(--border); border-radius: 10px;
  padding: .75rem 1rem; margin: 1rem 0;
}
.message.user { background: var(--user-bg); }
.speaker { font-weight: 650; margin: 0 0 .25rem; }
.speaker .meta { font-weight: 400; margin-left: .5rem; }
.content > :first-child { margin-top: .25rem; }
.content > :last-child { margin-bottom: .25rem; }
details.reasoning {
  background: var(--reasoning-bg); border-left: 3px solid var(--border);
  border-radius: 6px; padding: .4rem .8rem; margin: .5rem 0 .75rem;
}
details.reasoning summary { cursor: pointer; color: var(--muted); font-weight: 600; }
details.reasoning .plain { color: var(--muted); font-size: .92rem; }
details.tool-call {
  border: 1px solid var(--border); border-radius: 6px; padding: .3rem .8rem; margin: .5rem 0;
}
details.tool-call summary { cursor: pointer; font-weight: 600; }
details.tool-call.error summary, details.tool-call.denied summary,
details.tool-call.timed_out summary, details.tool-call.cancelled summary { color: var(--warn); }
.tool-label { color: var(--muted); font-size: .8rem; margin-top: .4rem; }
pre.tool-result { white-space: pre-wrap; }
section.round { border-top: 1px dashed var(--border); margin-top: .75rem; padding-top: .25rem; }
.status {
  border-radius: 6px; padding: .4rem .7rem; margin: .5rem 0;
  background: var(--warn-bg); color: var(--warn); font-weight: 600;
}
.status.error, .status.interrupted { background: var(--error-bg); color: var(--error); }
code, pre {
  font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas,
    "Noto Sans Mono CJK SC", monospace;
  font-size: .88rem;
}
:not(pre) > code { background: var(--code-bg); border-radius: 4px; padding: .1em .3em; }
.code { margin: .75rem 0; }
.code-lang { color: var(--muted); font-size: .75rem; margin-bottom: .15rem; }
pre {
  background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px;
  padding: .75rem; overflow-x: auto; line-height: 1.45; tab-size: 4;
}
table { border-collapse: collapse; margin: .75rem 0; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--border); padding: .3rem .65rem; text-align: left; }
th { background: var(--code-bg); }
blockquote {
  margin: .5rem 0; padding: 0 1rem; color: var(--muted); border-left: 3px solid var(--border);
}
img { max-width: 100%; }
.math svg { vertical-align: middle; max-width: 100%; height: auto; }
.math.display { display: block; text-align: center; margin: .75rem 0; overflow-x: auto; }
.math.display svg { max-width: none; }
hr { border: 0; border-top: 1px solid var(--border); }
footer { color: var(--muted); font-size: .8rem; margin-top: 2rem; text-align: center; }
@media print {
  body { background: #fff; color: #000; }
  pre { white-space: pre-wrap; }
  .message { break-inside: auto; }
}
"""


# Inline, so pages of chats sent whole keep exactly the stylesheet they always had.
_START_STYLE = (
    "border-top: 2px dashed var(--warn); color: var(--warn); font-weight: 600; "
    "padding-top: .4rem; margin: 1.5rem 0 .5rem;"
)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The page's CSS: layout, light and dark colours, and code colours for both."""
    # The window's own code styles: their colours meet WCAG AA on these backgrounds too.
    dark = highlight_css(DARK.pygments_style).replace("\n", "\n  ")
    return (
        f"{_BASE_CSS.strip()}\n{highlight_css(LIGHT.pygments_style)}\n"
        f"@media (prefers-color-scheme: dark) {{\n  {dark}\n}}"
    )


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _formula(tex: str, display: bool, markup: str) -> str:
    from gui.core.math_svg import math_html  # the typesetter only once there is a formula

    return math_html(tex, display, markup)


def message_html(
    message: Message,
    options: ExportOptions,
    steps: list[ToolStep] | None = None,
    continued: bool = False,
    closes: bool = True,
) -> str:
    """One message as an ``<article>``: speaker, collapsible reasoning, text, tool calls and
    status. A ``continued`` round (after a tool call) is a ``<section>`` of the article
    before it, so one answer's rounds stay one article; ``closes`` ends that article."""
    role = "user" if message.role is Role.USER else "assistant"
    parts = ['<section class="round">' if continued else f'<article class="message {role}">']
    meta = f' <span class="meta">{esc(message_meta(message))}</span>'
    if not continued:
        parts.append(
            f'<div class="speaker">{esc(speaker(message))}'
            f"{meta if options.include_metadata else ''}</div>"
        )
    elif options.include_metadata:
        parts.append(f'<div class="speaker">{meta}</div>')
    if options.include_reasoning and message.reasoning.strip():
        parts.append(
            f'<details class="reasoning"><summary>{esc(label("reasoning"))}</summary>'
            f'<div class="plain">{plain_with_formulas(message.reasoning.strip(chr(10)), _formula)}'
            "</div></details>"
        )
    body = answer_text(message)
    if body.strip():
        parts.append(f'<div class="content">\n{render_markdown_browser(body)}</div>')
    parts.extend(tool_call_html(step, options) for step in steps or [])
    if message.attachments:
        parts.append(html_block(message, options.attachments))
    note = status_note(message)
    if note:
        kind = message.status.value
        if message.status is MessageStatus.COMPLETE:
            kind = "length"
        parts.append(f'<p class="status {kind}" role="note">{esc(note)}</p>')
    if continued:
        parts.append("</section>")
    if closes:
        parts.append("</article>")
    return "\n".join(parts)


def tool_call_html(step: ToolStep, options: ExportOptions) -> str:
    """A call as a collapsed ``<details>``: arguments and result as escaped plain text,
    images as ``data:`` pictures (raster only; the page's CSP allows nothing else)."""
    heading = esc(f"{tool_label('tool_call')}: {step_heading(step, options.include_metadata)}")
    parts = [
        f'<details class="tool-call {esc(step.status)}"><summary>{heading}</summary>',
        f'<div class="tool-label">{esc(tool_label("arguments"))}</div>',
        f"<pre>{esc(arguments_text(step))}</pre>",
    ]
    if not step.pending:
        parts.append(f'<div class="tool-label">{esc(tool_label("result"))}</div>')
        if step.result.strip():
            parts.append(f'<pre class="tool-result">{esc(step.result.strip(chr(10)))}</pre>')
        for image in step.images:
            note = esc(image_note(image))
            if embeddable(image):
                source = esc(f"data:{image.mime_type.lower()};base64,{image.data}")
                parts.append(f'<p><img src="{source}" alt="{note}"></p>')
            else:
                parts.append(f'<p class="meta">{note}</p>')
    parts.append("</details>")
    return "\n".join(parts)


def export_html(conversation: Conversation, options: ExportOptions) -> str:
    """The conversation as one self-contained, script-free web page."""
    title = esc(title_of(conversation))
    body = [f"<header>\n<h1>{title}</h1>"]
    if options.include_metadata:
        items = "".join(
            f"<li>{esc(line)}</li>" for line in conversation_meta(conversation, options)
        )
        body.append(f'<ul class="meta conversation-meta">{items}</ul>')
    body.append("</header>")
    prompt = conversation.effective_system_prompt.strip("\n")
    if options.include_system_prompt and prompt.strip():
        body.append(
            f'<section class="system-prompt"><h2>{esc(label("system_prompt"))}</h2>'
            f'<div class="plain">{esc(prompt)}</div></section>'
        )
    shown = list(tool_parts(conversation))
    for index, part in enumerate(shown):
        if part.starts_context:
            body.append(
                f'<p class="context-start" role="note" style="{_START_STYLE}">'
                f"{esc(label('context_start'))}</p>"
            )
        closes = index + 1 == len(shown) or not shown[index + 1].continued
        body.append(message_html(part.message, options, part.steps, part.continued, closes))
    body.append(f"<footer>{esc(label('footer'))}</footer>")
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="MiniMax Chat">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>
{stylesheet()}
</style>
</head>
<body>
<main>
{content}
</main>
</body>
</html>
"""
