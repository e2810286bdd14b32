"""A what-to-watch guide whose own entry is headed by our work's title and its subtitle
("Lantern Bay: The Last Summer" over "Netflix, from Friday 5 June") while the headline names the
work by its main title alone ("Lantern Bay bows out"): the heading is our title, not a label
over another work, so the entry's castings and credits are served; the other entries' are held
and their dates are not served as ours."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_credits, served_pairs


def _guide(headline: str, where: str, date_line: str) -> tuple[str, ...]:
    return (
        "From a seaside farewell to a frozen thriller, here is what to watch.",
        headline,
        "Lantern Bay: The Last Summer",
        where,
        "Maisie and Rory's story reaches its last page. This feature-length finale, directed by"
        " Perrin Gautschi and written by Delphine Aumack, picks up as Maisie (Orla Fenwick)"
        " heads off to art school.",
        "The whole crew is back: Tobiah Quell as Rory, Sunniva Brekke as Nell and Ambrose"
        " Tindall as Kit.",
        "Frostmark",
        "BBC Two and iPlayer, Sunday, 9pm",
        "This icy crime drama stars Pella Sundqvist as DI Karin Holmeby, a detective sent north."
        " Director Ottilie Varga keeps it tense.",
        "The Copper Vault",
        "Channel 4, Saturday, 8pm",
        f"The heist comedy returns for a second run. {date_line}",
    )


_HEADLINES = (
    "What to watch this week: Lantern Bay bows out, a frozen thriller and a heist",
    "What to watch this weekend: Lantern Bay says goodbye, plus the best new TV",
    "Lantern Bay signs off: the week's best new films and series",
)


def test_subtitled_own_entry_serves_its_castings() -> None:
    for headline in _HEADLINES:
        paragraphs = _guide(headline, "Netflix, from Friday 5 June", "")
        found = served_pairs(facts(*paragraphs, date="2026-06-01", title=headline))
        assert ("Orla Fenwick", "Maisie") in found, headline
        assert ("Tobiah Quell", "Rory") in found, headline
        assert ("Ambrose Tindall", "Kit") in found, headline
        assert ("Pella Sundqvist", "DI Karin Holmeby") not in found, headline


def test_subtitled_own_entry_serves_its_credits() -> None:
    for headline in _HEADLINES:
        paragraphs = _guide(headline, "Prime Video, from Friday 5 June", "")
        found = served_credits(facts(*paragraphs, date="2026-06-01", title=headline))
        assert ("director", "Perrin Gautschi") in found, headline
        assert ("writer", "Delphine Aumack") in found, headline
        assert ("director", "Ottilie Varga") not in found, headline


def test_another_entrys_day_is_not_our_premiere() -> None:
    for headline in _HEADLINES:
        paragraphs = _guide(
            headline, "Netflix, from today", "Full series on Channel 4 streaming from Saturday."
        )
        kinds = release_kinds(*paragraphs, date="2026-06-04", title=headline)
        assert not any(date == "2026-06-06" for _, date, _ in kinds), headline
