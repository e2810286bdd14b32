"""The one error type of ``bot.web``: a reason a program can branch on, a sentence for people.

``str(error)`` is written for a moderator (what went wrong, in plain words, and what to try);
``error.reason`` is for code (the CLI's exit status, the feeds table's last error, logs).
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Why a link or a feed could not be used. The value is a short, stable, loggable tag."""

    BAD_URL = "bad url"
    """Not a URL the bot may fetch: no host, user name or password in it, malformed."""
    BAD_SCHEME = "bad scheme"
    """Not http or https."""
    REFUSED_ADDRESS = "refused address"
    """The host is (or resolves only to) a loopback, private, link-local or other local address."""
    TOO_MANY_REDIRECTS = "too many redirects"
    TOO_LARGE = "too large"
    TIMEOUT = "timeout"
    NOT_HTML_OR_FEED = "not html or feed"
    """The server sent something else: an image, a PDF, a download."""
    HTTP_STATUS = "http status"
    """The server answered with an error status (404, 403, 500...)."""
    NETWORK = "network"
    """DNS failure, connection refused or reset, TLS failure."""
    NOT_ARTICLE = "not an article"
    """The page has too little text, or no headline, to be a news article."""
    PAYWALL = "paywall"
    """The page says it is for subscribers and serves only a teaser."""
    NOT_A_FEED = "not a feed"
    """The bytes are not an RSS or Atom feed the bot can read."""


class WebError(Exception):
    """A link or feed the bot cannot use.

    Attributes:
        reason: why, as a ``Reason``.
        url: the link concerned (the one given, or the redirect target where it failed), or "".
        status: the HTTP status for ``Reason.HTTP_STATUS``, else None.
    """

    def __init__(self, reason: Reason, message: str, *, url: str = "", status: int | None = None):
        super().__init__(message)
        self.reason = reason
        self.url = url
        self.status = status

    @property
    def transient(self) -> bool:
        """Whether the same request may work later: a timeout, a network failure, a server
        error (5xx) or "too many requests" (429). Not a bad link, page or address."""
        if self.reason in (Reason.TIMEOUT, Reason.NETWORK):
            return True
        status = self.status or 0
        return self.reason is Reason.HTTP_STATUS and (status >= 500 or status == 429)

    @property
    def message(self) -> str:
        """The sentence for a moderator (the same as ``str(error)``)."""
        return str(self)

    def __repr__(self) -> str:
        return f"WebError({self.reason.value!r}, {str(self)!r}, url={self.url!r})"
