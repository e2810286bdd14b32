"""The running bot's use of glibc's allocator: one arena, freed memory handed back."""

from __future__ import annotations

import platform

import pytest

from bot.malloc import release_freed_memory, share_one_malloc_arena

GLIBC = platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not GLIBC, reason="glibc's mallopt")
def test_one_arena_is_taken_on_glibc() -> None:
    assert share_one_malloc_arena() is True


def test_asking_for_one_arena_never_fails() -> None:
    assert isinstance(share_one_malloc_arena(), bool)


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc_trim")
def test_memory_freed_in_bulk_is_handed_back_on_glibc() -> None:
    chunks = [bytes(1024) + str(n).encode() for n in range(20_000)]  # about 20 MiB from malloc
    del chunks
    assert release_freed_memory() is True


def test_handing_memory_back_never_fails() -> None:
    assert isinstance(release_freed_memory(), bool)
