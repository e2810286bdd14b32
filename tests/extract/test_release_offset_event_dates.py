"""An offset counted from a release told with its own date, a service between verb and date:
"eleven days after the film landed on Netflix on 17 April" dates the other event, not the film."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_release_dated_after_its_service_is_not_counted_back() -> None:
    for sentence in (
        "Ada Lune and Tom Reed joined the hosts nine days after the film landed on Netflix "
        "on 3 May.",
        "The cast met fans a week after the series arrived on Prime Video on 3 May.",
        "The director spoke to us two weeks after the film opened in cinemas on 3 May.",
    ):
        found = release_kinds(sentence, date="2026-05-20", title="Copper Bay podcast")
        assert ("premiere_date", "2026-05-03", False) in found, sentence
        assert not any(k == "premiere_date" and d != "2026-05-03" for k, d, _ in found), sentence


def test_an_offset_to_an_undated_release_is_still_counted() -> None:
    found = release_kinds(
        "The fan screening is on 10 June, two days before it lands on Netflix.",
        date="2026-05-20",
        title="Copper Bay: what we know",
    )
    assert ("premiere_date", "2026-06-12", False) in found
