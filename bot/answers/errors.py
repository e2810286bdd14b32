"""The expected ways a command fails, each with the words the member reads.

A command (or a moderator action in :mod:`bot.moderation`) raises one of these when what was
asked cannot be done. The command tree's one error handler (:class:`bot.client.fanbot.FanTree`)
hands it to the presenter, which shows it privately: an embed on Discord, text in the console.
The tree also turns discord.py's own errors (cooldowns, missing permissions, bad option values,
a locked database) into these, so every failure reaches the member the same way; anything else
a command raises is a bug, logged, and the member is told only that.

Plain exceptions, free of discord.py, like the answers beside them:

    ExpectedError            "Can't do that"   (the base)
    ├── NotAllowed           "Not allowed"     the member, or this server, may not do this
    ├── NotFoundError        "Not found"       what the command acts on does not exist
    ├── InvalidInput         "Can't do that"   an option's value cannot be used
    ├── Busy                 "Try again soon"  not now: too fast, or the database is busy
    └── ActionFailed         "Not done"        the bot tried and could not finish
"""

from __future__ import annotations

UNEXPECTED = "Something went wrong on my side. It has been logged for the bot's operator."
"""All a member learns about a bug; the log has the rest."""
BUSY = "The bot is busy updating its knowledge; please try again in a moment."
"""What a member is told while another program holds the database's lock."""
ECHO = "{echo}"
"""Marks where a message quotes what the member typed (see :class:`ExpectedError`)."""
UNEXPECTED = "Something went wrong on my side. It has been logged for the bot's operator."
"""All a member learns about a bug; the log has the rest."""


class ExpectedError(Exception):
    """A failure to tell the member about: a ``title`` (a heading) and a ``message``.

    Where the message quotes what the member typed, ``echo`` holds that text and :data:`ECHO`
    marks its place, so that only the renderer inserts it, made harmless for the medium
    (escaped and shortened on Discord). ``str(error)`` is the message with the text in place.
    Each kind has a default title; ``title`` overrides it where a command words it otherwise.
    """

    title = "Can't do that"

    def __init__(self, message: str, *, echo: str | None = None, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.echo = echo
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message if self.echo is None else self.message.replace(ECHO, self.echo)


class NotAllowed(ExpectedError):
    """The member lacks a permission, or the command is not for this server or this member."""

    title = "Not allowed"


class NotFoundError(ExpectedError):
    """What the command should act on does not exist, or no longer does.

    Lookups answer :class:`bot.answers.lookups.NotFound` instead (with suggestions): a search
    that finds nothing is an answer; a moderator acting on nothing is an error.
    """

    title = "Not found"


class InvalidInput(ExpectedError):
    """An option's value cannot be used; the message says what would work."""


class Busy(ExpectedError):
    """Not now: the member is going too fast, or the database is busy. Trying later works."""

    title = "Try again soon"


class ActionFailed(ExpectedError):
    """The bot tried and could not finish, for a reason outside the member's hands (a full
    disk, Discord refusing a post); the message says who can fix it."""

    title = "Not done"
