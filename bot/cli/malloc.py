"""One malloc arena for the running bot, where the C library is glibc.

glibc gives each thread that allocates its own arena (up to eight per core), and an arena
keeps what its thread freed for that thread alone. The bot's helper threads (the database
connection's, the seeds folder's watch and scan, the bulk writer) do little allocating and
never at the same time as much else, but each arena they touch stays resident: about 1.5 MiB
of a 65 MiB bot, for nothing. With one arena, memory one thread frees serves the next.
"""

from __future__ import annotations

import ctypes
import logging

log = logging.getLogger(__name__)

_M_ARENA_MAX = -8
"""``mallopt``'s parameter number for the arena limit (glibc's ``malloc.h``)."""


def share_one_malloc_arena() -> bool:
    """Ask glibc to serve every thread from one arena; False where that is not glibc (musl,
    macOS), which then keeps its own policy. Call it before starting threads."""
    try:
        # The symbols the process already has: the C library's, without searching for it.
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(_M_ARENA_MAX, 1))
    log.debug("one malloc arena for every thread: %s", done)
    return done
