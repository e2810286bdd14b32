"""A date a post claimed and the next sentence, through a reporter, calls fake: never served."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def test_a_date_a_reporter_then_calls_fake_is_not_served() -> None:
    for paragraph in (
        "User @tidewatcher shared a screenshot of a supposed streaming listing claiming a "
        "release on March 3, 2027, which spread fast. A studio spokesperson told us the image "
        "was fake: “Nothing has been announced.”",
        "A leaked poster said Copper Bay would land on 3 March 2027. The studio later said the "
        "poster was doctored.",
        "An account posted that the series premieres on 3 March 2027. Producer Hal Wren "
        "confirmed that the listing is not real.",
    ):
        found = release_kinds(paragraph, date="2026-10-02", title=_TITLE)
        assert ("premiere_date", "2027-03-03", False) not in found, paragraph


def test_a_true_date_before_some_other_fake_thing_stays() -> None:
    found = release_kinds(
        "Copper Bay opens on 3 March 2027, the studio said. Fans said the rumoured cameo "
        "was a fake.",
        date="2026-10-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2027-03-03", False) in found
