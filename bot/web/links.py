"""One spelling per article link, so that the same article is recognised whoever brings it.

Feeds and share buttons add tracking parameters (``utm_source=rss``) and fragments to the
links they hand out; the bot stores and compares links without them.
"""

from __future__ import annotations

import re

from yarl import URL

MAX_WEB_ADDRESS = 2048
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+")


def is_web_address(text: str) -> bool:
    """An http or https address without spaces, quotes or angle brackets, at most
    :data:`MAX_WEB_ADDRESS` characters: one Discord accepts as a link."""
    return len(text) <= MAX_WEB_ADDRESS and _WEB_ADDRESS.fullmatch(text) is not None


TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"}
)
"""Query parameters that say who shared a link, not which page it is (``utm_*`` too)."""


def normal_link(url: str) -> str:
    """``url`` without its fragment, tracking parameters and default port, scheme and host in
    lower case; ``url`` itself (stripped) when it is not an absolute http(s) URL."""
    text = url.strip()
    try:
        parsed = URL(text)
    except (ValueError, TypeError):
        return text
    if parsed.scheme.lower() not in ("http", "https") or not parsed.host:
        return text
    kept = [
        (key, value)
        for key, value in parsed.query.items()
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMETERS
    ]
    normal = URL.build(
        scheme=parsed.scheme.lower(),
        host=parsed.host.lower(),
        port=None if parsed.is_default_port() else parsed.port,
        path=parsed.path or "/",
        encoded=False,
    )
    return str(normal.with_query(kept) if kept else normal)


def link_spellings(*urls: str | None) -> tuple[str, ...]:
    """Each of ``urls`` as given and as :func:`normal_link` spells it, once each."""
    spelled = [form for url in urls if url for form in (url.strip(), normal_link(url))]
    return tuple(dict.fromkeys(spelled))
