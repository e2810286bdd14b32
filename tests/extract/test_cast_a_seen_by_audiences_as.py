"""A past sighting told with its audience after "by" ("was last seen by British viewers as Y in
Z") is another work's part, as "seen with fans as" already is; "will be seen by viewers as Y"
still casts (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Ferrow Lane premieres in Berlin"
_LEDE = "Ferrow Lane, an Irish-language drama, premiered at the Berlinale on Friday."


def _cast(body: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, body, title=_TITLE).cast if c.served}


def test_seen_by_an_audience_as_is_a_past_part() -> None:
    for audience in ("international audiences", "British viewers", "fans"):
        cast = _cast(
            "Veteran actor Tomas Reed plays the ferryman, Seosamh. Reed, 71, was last seen by"
            f" {audience} as the barman Father Quill in the 2019 comedy series Dry Docks."
        )
        assert ("Tomas Reed", "Father Quill") not in cast, audience
        assert ("Tomas Reed", "Seosamh") in cast, audience


def test_will_be_seen_by_viewers_as_still_casts() -> None:
    cast = _cast("Tomas Reed will be seen by viewers as the ferryman Seosamh Quill this autumn.")
    assert ("Tomas Reed", "Seosamh Quill") in cast
