"""Which links from outside text may open, and the address the user is shown for them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from gui.core.i18n import translate

_WEB = ("http", "https")
# Characters that would make the shown address read differently from what opens:
# controls, bidi overrides, invisible joiners, and spaces other than the ASCII one.
_HIDDEN = re.compile(
    "[\x00-\x20\x7f-\xa0\u00ad\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)


@dataclass(frozen=True, slots=True)
class LinkDecision:
    """``address`` is both shown and opened; ``refusal`` says why a link may not open."""

    address: str = ""
    host: str = ""
    refusal: str = ""

    @property
    def allowed(self) -> bool:
        return not self.refusal


def decide_link(url: str) -> LinkDecision:
    """Allow http(s) and mailto links, with every host in ASCII (punycode) so a look-alike
    such as ``аpple.com`` (Cyrillic а) shows as ``xn--pple-43d.com``; refuse mailto links
    that ask the mail program to attach files."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme in _WEB:
            return _web(parts.netloc, parts.path, parts.query, parts.fragment, scheme)
        if scheme == "mailto":
            return _mail(parts.path, parts.query)
    except (ValueError, UnicodeError):
        return LinkDecision(refusal=_unreadable())
    return LinkDecision(
        refusal=translate("links", "Only web (http, https) and e-mail links can be opened.")
    )


def _web(netloc: str, path: str, query: str, fragment: str, scheme: str) -> LinkDecision:
    if "\\" in netloc:  # browsers read it as "/", urllib does not: the host would differ
        return LinkDecision(refusal=_unreadable())
    userinfo, _at, hostport = netloc.rpartition("@")
    host, port = _split_port(hostport)
    if not host:
        return LinkDecision(refusal=_unreadable())
    ascii_host = _ascii_host(host)
    if userinfo:
        userinfo = _visible(userinfo) + "@"
    netloc = userinfo + ascii_host + (f":{port}" if port else "")
    address = urlunsplit((scheme, netloc, _visible(path), _visible(query), _visible(fragment)))
    return LinkDecision(address=address, host=ascii_host)


def _mail(path: str, query: str) -> LinkDecision:
    for field in re.split("[&;]", query):
        name = unquote(field.partition("=")[0]).strip().lower()
        if "attach" in name or name in ("file", "files", "document"):
            return LinkDecision(
                refusal=translate(
                    "links",
                    "This e-mail link asks to attach files to the message; it was not opened.",
                )
            )
    recipients = []
    for recipient in unquote(path).split(","):
        local, at, domain = recipient.strip().rpartition("@")
        recipients.append(f"{_visible(local)}@{_ascii_host(domain)}" if at else _visible(recipient))
    hosts = {r.rpartition("@")[2] for r in recipients if "@" in r}
    address = urlunsplit(("mailto", "", ",".join(recipients), _visible(query), ""))
    return LinkDecision(address=address, host=", ".join(sorted(hosts)))


def _split_port(hostport: str) -> tuple[str, str]:
    if hostport.startswith("["):  # an IPv6 literal
        end = hostport.find("]")
        if end < 0:
            raise ValueError("unclosed IPv6 address")
        host, rest = hostport[: end + 1], hostport[end + 1 :]
        port = rest[1:] if rest.startswith(":") else rest
    else:
        host, _colon, port = hostport.partition(":")
    if port and not (port.isascii() and port.isdigit()):
        raise ValueError("bad port")
    return host, port


def _ascii_host(host: str) -> str:
    """The host as DNS sees it: lower case, every non-ASCII label in punycode."""
    host = unquote(host).rstrip(".").lower()
    if host.startswith("["):
        return _visible(host)
    labels = []
    for label in host.split("."):
        if label.isascii():
            if _HIDDEN.search(label):
                raise ValueError("hidden characters in the host")
            labels.append(label)
        else:
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
    return ".".join(labels)


def _visible(text: str) -> str:
    """Percent-encode what would be invisible or reorder the text when shown."""
    return _HIDDEN.sub(lambda m: quote(m.group(), safe=""), text)


def _unreadable() -> str:
    return translate("links", "This link is malformed and was not opened.")
