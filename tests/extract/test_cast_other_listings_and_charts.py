"""Castings of other works on many-work pages: a newsletter's item that sets its work by an
owner's apposition, a guide's listings under "Also tonight", a chart's rival the headline also
names. Each is held; the page's own work's castings stay served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_NEWSLETTER = (
    "This week's letter has a first look at Brackenmoor and a date for a Sky thriller.",
    "The Dispatch: Brackenmoor’s first look and more",
    "1. Brackenmoor says hello",
    "In the first stills from Brackenmoor, Odile Fenwick plays Petra Lusk.",
    "2. Sky’s latest crime drama gets a date",
)


def test_an_item_that_sets_its_work_by_an_owners_apposition_is_held() -> None:
    found = facts(
        *_NEWSLETTER,
        "The Tallow Road, Sky’s six-part thriller starring Cosmo Reddaway as DCI Ivo Marchetti, "
        "begins on Thursday. It’s directed by Hester Quilliam.",
        title="The Dispatch: Brackenmoor’s first look and more",
    )
    assert ("Cosmo Reddaway", "DCI Ivo Marchetti") not in served_pairs(found)
    assert ("director", "Hester Quilliam") not in served_credits(found)
    assert ("Odile Fenwick", "Petra Lusk") in served_pairs(found)


def test_an_item_whose_apposition_tells_no_work_stays() -> None:
    found = facts(
        *_NEWSLETTER[:4],
        "2. Meet the new doctor",
        "Cosmo Reddaway, the show’s newest face, plays Ivo Marchetti in Brackenmoor.",
        title="The Dispatch: Brackenmoor’s first look and more",
    )
    assert ("Cosmo Reddaway", "Ivo Marchetti") in served_pairs(found)


def _guide(*also: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Tonight's highlights, including a new BBC comedy.",
            "TV tonight: Tuesday 4 May",
            "Gorse Lane",
            "BBC Two, 9pm",
            "New comedy. Linnea Shawcross is excellent as the farm's new owner, Dot Pryor.",
            *also,
            title="TV tonight: Tuesday 4 May",
        )
    )


def test_a_listing_under_an_also_tonight_heading_is_held() -> None:
    found = _guide(
        "Also tonight",
        "The Wicker Yard",
        "ITV1, 10pm",
        "A repeat of the crime drama starring Barnaby Oakes as DI Sol Kerrigan.",
    )
    assert ("Barnaby Oakes", "DI Sol Kerrigan") not in found
    assert ("Linnea Shawcross", "Dot Pryor") in found


def test_a_listing_under_no_also_heading_is_left_to_the_other_rules() -> None:
    found = _guide("Barnaby Oakes plays the farm's vet, Sol Kerrigan.")
    assert ("Barnaby Oakes", "Sol Kerrigan") in found


def _chart(note: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A ghost story takes the top spot, pushing last week's leader to second.",
            "Box office: The Hollow Bell rings up £2m as Tumbleweed Tom slips",
            "The Hollow Bell opened at No 1, starring Juno Ashby as the bell-ringer Mab Tull.",
            "1. The Hollow Bell (Vireo) – £2.1m (new)",
            "2. Tumbleweed Tom’s Big Race (Lumen) – £1.4m, total £9.8m",
            "3. Night Quarry (Orbis) – £0.9m (new)",
            note,
            title="Box office: The Hollow Bell rings up £2m as Tumbleweed Tom slips",
        )
    )


def test_a_rival_the_headline_names_after_ours_is_held() -> None:
    found = _chart(
        "Last week’s leader, Tumbleweed Tom’s Big Race, dipped 30%. The family film, which "
        "stars Perrin Glass as Tumbleweed Tom, has passed £9m."
    )
    assert found == {("Juno Ashby", "Mab Tull")}


def test_a_note_on_our_film_stays() -> None:
    found = _chart("The Hollow Bell also stars Perrin Glass as the sexton, Abel Tull.")
    assert found == {("Perrin Glass", "Abel Tull"), ("Juno Ashby", "Mab Tull")}


def _reversed_chart(note: str, headline: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A ghost story takes the top spot, pushing last week's leader to second.",
            headline,
            "The Hollow Bell opened at No 1, starring Juno Ashby as the bell-ringer Mab Tull.",
            "1. The Hollow Bell (Vireo) – £2.1m (new)",
            "2. Tumbleweed Tom’s Big Race (Lumen) – £1.4m, total £9.8m",
            "3. Night Quarry (Orbis) – £0.9m (new)",
            note,
            title=headline,
        )
    )


def test_a_headline_leading_with_the_loser_serves_no_rivals_cast() -> None:
    for headline in (
        "Box office: Tumbleweed Tom slips as The Hollow Bell rings up £2m",
        "Box office: Tumbleweed Tom dethroned by ghost story The Hollow Bell",
    ):
        found = _reversed_chart(
            "Last week’s leader, Tumbleweed Tom’s Big Race, dipped 30%. The family film, which "
            "stars Perrin Glass as Tumbleweed Tom, has passed £9m.",
            headline,
        )
        assert found <= {("Juno Ashby", "Mab Tull")}, headline
