"""A series told as "from" its maker: "ITV's four-part thriller from X" credits X as creator
when the article also calls X by surname; a company, or a film "from" someone, does not."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_multi_part_series_from_a_person_credits_the_creator() -> None:
    found = facts(
        "Filming has begun on Tidewater, ITV’s four-part thriller from Carys Penhale.",
        "Penhale wrote every episode, and the cast is led by Owen Marsh.",
    )
    assert ("creator", "Carys Penhale") in credits(found)


def test_a_limited_series_from_a_person_credits_the_creator() -> None:
    found = facts(
        "Hulu has ordered Dry Season, a limited series from Tomas Adair, with Lena Ford to star.",
        "“I have carried this story for ten years,” Adair said.",
    )
    assert ("creator", "Tomas Adair") in credits(found)


def test_a_company_or_a_film_from_someone_credits_no_creator() -> None:
    found = facts(
        "Tidewater is a six-part drama from Kestrel Bay, the Bristol outfit.",
        "Salt Hours, the new thriller from Carys Penhale, opens in May. Penhale is thrilled.",
    )
    assert not {c for c in credits(found) if c[0] == "creator"}
