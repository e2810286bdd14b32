"""A post of the article's own work with its holder in apposition after the title ("the
writer-director of Grey Harbour, Dora Kell, ...") credits the holder, and so does a post behind
a channel's title ("X, the editor behind BBC Two's Grey Harbour, ..."); another work's post
credits nobody (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Grey Harbour: the makers talk"
_LEDE = "The makers of Grey Harbour talk about the shoot."


def _credits(body: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, body, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_the_post_first_then_its_holder() -> None:
    found = _credits("We talk to the writer-director of Grey Harbour, Dora Kell-Amadi, today.")
    assert {("Dora Kell-Amadi", "writer"), ("Dora Kell-Amadi", "director")} <= found
    found = _credits("The editor of Grey Harbour, Tomas Rieu, joins us.")
    assert ("Tomas Rieu", "editor") in found


def test_a_post_behind_a_channels_title() -> None:
    found = _credits("Tomas Rieu, the editor behind BBC Two's Grey Harbour, joins us.")
    assert ("Tomas Rieu", "editor") in found


def test_another_works_post_credits_nobody() -> None:
    found = _credits("We talk to the writer-director of Salt Road, Dora Kell-Amadi, today.")
    assert not {c for c in found if c[0] == "Dora Kell-Amadi"}
