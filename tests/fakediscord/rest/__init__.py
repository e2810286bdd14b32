"""REST (HTTP API v10) half of the fake: :class:`RestApi` in front of one module per resource.

``app`` (middleware and route table), ``http`` (shared plumbing), ``ratelimits`` (headers and
429s), then the resources: ``users``, ``commands``, ``interactions``, ``channels``, ``threads``
(forum posts), ``guilds``, ``events``. A new kind of Discord object gets a module of its own,
listed in ``app``.
"""

from tests.fakediscord.rest.app import RestApi

__all__ = ["RestApi"]
