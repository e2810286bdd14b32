"""Logging, set up once for the bot and discord.py: a level, stderr, an optional rotating file.

Secrets never reach a log: every line is scrubbed of the bot token before it is written,
however it got there (a message, an argument, a traceback), and of interaction tokens, which
discord.py logs at DEBUG level (in gateway events and in the URLs of replies and followups):
each lets anyone answer as the bot for 15 minutes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

from bot.config import Settings
from bot.lazy_patterns import lazy_pattern

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
ROTATE_BYTES = 10 * 1024 * 1024
KEEP_FILES = 5
REDACTED = "[token hidden]"
_INTERACTION_TOKENS = (
    lazy_pattern(r"""(["']token["']\s*:\s*["'])[^"']+""", stored=False),  # an event's "token"
    lazy_pattern(r"(/interactions/\d+/)[^/\s?'\"]+", stored=False),  # a reply's URL
    lazy_pattern(r"(/webhooks/\d+/)[^/\s?'\"]+", stored=False),  # a followup's URL
)
"""Compiled when a line that may hold one is first written: most starts write none before
READY, or ever at the default level. Not from the store of compiled patterns: the running bot
reads no article, and opening the store would cost it more than these three compiles."""


class RedactingFormatter(logging.Formatter):
    """Formats a record, then replaces every secret in the whole text with a placeholder."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__(FORMAT)
        self._secrets = [secret for secret in secrets if secret]

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._secrets)


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` without any of ``secrets`` nor any interaction token."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    if "token" in text or "/interactions/" in text or "/webhooks/" in text:
        for pattern in _INTERACTION_TOKENS:
            text = pattern.sub(rf"\g<1>{REDACTED}", text)
    return text


def configure_logging(settings: Settings) -> None:
    """Replace any earlier set-up; discord.py logs through the same root handlers."""
    formatter = RedactingFormatter([settings.discord_token or ""])
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if settings.log_file is not None:
        # A log file only: not loaded on every start.
        from logging.handlers import RotatingFileHandler  # noqa: PLC0415

        settings.log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            RotatingFileHandler(
                settings.log_file, maxBytes=ROTATE_BYTES, backupCount=KEEP_FILES, encoding="utf-8"
            )
        )
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(settings.log_level)
