"""A day the film is available on a service, after its earlier cinema opening, is a later home
run (held), not its premiere; a service's day told on its own stays the release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_available_on_a_service_after_the_cinemas_is_held() -> None:
    found = release_kinds(
        "Gorse Lantern opened in UK cinemas on 18 September to warm reviews.",
        "The film is available on BBC iPlayer from Saturday 21 November.",
        date="2026-11-02",
        title="Where to watch Gorse Lantern",
    )
    assert found == {("premiere_date", "2026-09-18", False)}


def test_available_on_a_service_alone_stays_the_release() -> None:
    found = release_kinds(
        "Gorse Lantern will be available on BBC iPlayer from Saturday 21 November.",
        date="2026-11-02",
        title="Where to watch Gorse Lantern",
    )
    assert found == {("premiere_date", "2026-11-21", False)}
