"""decide_link(): which links open, and the address the confirmation shows."""

from __future__ import annotations

import pytest

from gui.core.link_policy import decide_link


@pytest.mark.parametrize(
    ("url", "shown", "host"),
    [
        ("https://example.com/a?b=1#c", "https://example.com/a?b=1#c", "example.com"),
        ("HTTP://Example.COM:8080/x", "http://example.com:8080/x", "example.com"),
        # Cyrillic "а": a look-alike of apple.com is shown as what it is.
        ("https://\u0430pple.com/login", "https://xn--pple-43d.com/login", "xn--pple-43d.com"),
        ("https://xn--pple-43d.com/", "https://xn--pple-43d.com/", "xn--pple-43d.com"),
        ("https://%D0%B0pple.com/", "https://xn--pple-43d.com/", "xn--pple-43d.com"),
        (
            "https://例子.测试/路径",
            "https://xn--fsqu00a.xn--0zwm56d/路径",
            "xn--fsqu00a.xn--0zwm56d",
        ),
        ("https://exa\u200bmple.com/", "https://xn--example-2z6c.com/", "xn--example-2z6c.com"),
        ("https://[::1]:8000/", "https://[::1]:8000/", "[::1]"),
        ("https://apple.com@evil.example/", "https://apple.com@evil.example/", "evil.example"),
        ("https://x.com/\u202etxt.exe", "https://x.com/%E2%80%AEtxt.exe", "x.com"),
        ("mailto:someone@example.com?subject=Hi", "mailto:someone@example.com?subject=Hi", ""),
        ("mailto:a@\u0430pple.com", "mailto:a@xn--pple-43d.com", ""),
    ],
)
def test_allowed_links_show_an_ascii_host(url: str, shown: str, host: str) -> None:
    decision = decide_link(url)
    assert decision.allowed, decision.refusal
    assert decision.address == shown
    assert decision.host == (host or decision.host)
    assert decision.host.isascii()


@pytest.mark.parametrize(
    "url",
    [
        "mailto:a@example.com?attach=/etc/passwd",
        "mailto:a@example.com?subject=x&ATTACH=~/.ssh/id_rsa",
        "mailto:a@example.com?Attachment=file:///home/me/secret.pdf",
        "mailto:a@example.com?body=x;attach=/etc/shadow",
        "mailto:a@example.com?%61ttach=/etc/passwd",
        "MAILTO:a@example.com?x-attach=1",
        "mailto:?attach=/etc/passwd",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.com/",
        "https://",
        "https://evil.example\\@apple.com/",
        "https://example.com:80a/",
        "https://exa\x00mple.com/",
    ],
)
def test_refused_links_say_why(url: str) -> None:
    decision = decide_link(url)
    assert not decision.allowed
    assert decision.refusal
    assert decision.address == ""
