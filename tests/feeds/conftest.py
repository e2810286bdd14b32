"""The fake outlet on 127.0.0.1 (with its live feed) and a reader for it, for the feed tests.

Every test here runs under ``only_loopback``, as the web core's do.
"""

from __future__ import annotations

from tests.web.conftest import only_loopback, outlet, reader

__all__ = ["only_loopback", "outlet", "reader"]
