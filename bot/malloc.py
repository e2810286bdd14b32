"""The running bot's use of the C library's allocator, where that is glibc.

One malloc arena: glibc gives each thread that allocates its own arena (up to eight per core),
and an arena keeps what its thread freed for that thread alone. The bot's helper threads (the
database connection's, the seeds folder's watch and scan, the bulk writer) do little allocating
and never at the same time as much else, but each arena they touch stays resident: about 1.5
MiB of a 65 MiB bot, for nothing. With one arena, memory one thread frees serves the next.

Memory handed back: a pass over the whole seeds folder (the catch-up at start) allocates and
frees a few MiB at once; glibc keeps freed pages resident until it is asked to give them back
(``malloc_trim``, glibc's ``malloc.h``), and the bot runs for months.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from typing import Any

log = logging.getLogger(__name__)

_M_ARENA_MAX = -8
"""``mallopt``'s parameter number for the arena limit (glibc's ``malloc.h``)."""


@functools.cache
def _glibc_function(name: str, *argtypes: Any) -> Any:
    """The C library's function ``name`` (``argtypes`` in, an int out), from the symbols the
    process already has, without searching for the library; None where there is none (musl,
    macOS)."""
    try:
        function = getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
    function.argtypes = argtypes
    function.restype = ctypes.c_int
    return function


def share_one_malloc_arena() -> bool:
    """Ask glibc to serve every thread from one arena; False where that is not glibc (musl,
    macOS), which then keeps its own policy. Call it before starting threads."""
    mallopt = _glibc_function("mallopt", ctypes.c_int, ctypes.c_int)
    if mallopt is None:
        return False
    done = bool(mallopt(_M_ARENA_MAX, 1))
    log.debug("one malloc arena for every thread: %s", done)
    return done


def release_freed_memory() -> bool:
    """Give the pages glibc holds free back to the system (a blocking call of a few ms: run it
    in a thread); False where that is not glibc, or nothing was given back."""
    malloc_trim = _glibc_function("malloc_trim", ctypes.c_size_t)
    return malloc_trim is not None and bool(malloc_trim(0))
