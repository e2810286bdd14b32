"""The running bot's one malloc arena (glibc only)."""

from __future__ import annotations

import platform

import pytest

from bot.cli.malloc import share_one_malloc_arena


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's mallopt")
def test_one_arena_is_taken_on_glibc() -> None:
    assert share_one_malloc_arena() is True


def test_asking_for_one_arena_never_fails() -> None:
    assert isinstance(share_one_malloc_arena(), bool)
