"""Markdown for exported web pages: CSS classes instead of Qt's inline styles, inert output."""

from __future__ import annotations

import html
from functools import lru_cache
from typing import Any

from gui.core.markdown import base_parser, is_safe_url


@lru_cache(maxsize=1)
def _browser_parser() -> Any:
    """A parser for exported web pages: CSS classes instead of Qt's inline styles."""
    md = base_parser()
    rules = md.add_render_rule

    def image(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        src = str(token.attrGet("src") or "")
        alt = html.escape(token.content or "image")
        if is_safe_url(src):
            return (
                f'<a class="image-link" href="{html.escape(src)}" '
                f'rel="noopener noreferrer nofollow">🖼 {alt}</a>'
            )
        return f"🖼 {alt}"

    def link_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        tokens[idx].attrSet("rel", "noopener noreferrer nofollow")
        return str(self.renderToken(tokens, idx, options, env))

    def fence(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        lang = token.info.strip().split()[0] if token.info.strip() else ""
        return highlight_classes(token.content, lang)

    def math(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        from gui.core.math_svg import math_html

        token = tokens[idx]
        display = token.type == "math_block" or bool(token.meta.get("display"))
        shown = math_html(token.content, display, token.markup)
        return f"<p>{shown}</p>\n" if token.type == "math_block" else shown

    rules("image", image)
    rules("link_open", link_open)
    rules("math_inline", math)
    rules("math_block", math)
    rules("fence", fence)
    return md


def render_markdown_browser(text: str) -> str:
    """Render Markdown for a web page (classes, no inline colours); raw HTML stays text."""
    return str(_browser_parser().render(text))


def highlight_classes(code: str, lang: str) -> str:
    """A code block whose colours come from ``highlight_css`` classes (``.hl`` scope)."""
    body = html.escape(code)
    name = lang.strip().split()[0].lower() if lang.strip() else ""
    if name:
        from pygments import highlight as pyg_highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound

        try:
            lexer = get_lexer_by_name(name, stripnl=False, ensurenl=False)
        except ClassNotFound:
            pass
        else:
            body = str(pyg_highlight(code, lexer, HtmlFormatter(nowrap=True)))
    label = f'<div class="code-lang">{html.escape(lang)}</div>' if lang else ""
    return f'<div class="code">{label}<pre class="hl"><code>{body}</code></pre></div>\n'


def highlight_css(style: str, scope: str = ".hl") -> str:
    """Pygments colour rules for ``highlight_classes`` blocks (token colours only)."""
    from pygments.formatters import HtmlFormatter

    formatter: Any = HtmlFormatter(style=style)
    rules = str(formatter.get_style_defs(scope)).splitlines()
    keep = [r for r in rules if r.startswith(f"{scope} .") and not r.startswith(f"{scope} .hll")]
    return "\n".join(keep)
