"""The typed base of the ``/news`` group's parts (Red-DiscordBot's ``MixinMeta`` pattern).

:class:`~cogs.news.News` is composed of parts that each define commands
(:class:`~cogs.news.reading.NewsReading`, :class:`~cogs.news.desk.NewsDesk`) but not the
attributes those commands use, which ``News.__init__`` sets. :class:`MixinMeta` declares them,
so strict mypy checks each part on its own. Unlike Red's mixins the parts are cogs themselves:
discord.py's ``app_commands.command`` only decorates methods of a cog or a group.
"""

from __future__ import annotations

from abc import ABCMeta

from discord.ext import commands
from discord.ext.commands.cog import CogMeta

from bot.client.fanbot import FanBot


class CompositeMetaClass(CogMeta, ABCMeta):
    """discord.py's cog metaclass with ABC's, so that a cog may be an abstract base."""


class MixinMeta(commands.Cog, metaclass=CompositeMetaClass):
    """What every part of ``/news`` may use; the composed cog provides it."""

    bot: FanBot
