"""A headline naming two works side by side: the page's own is told apart from the other, whose
entries and sentences cast, credit and date that work, never ours."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts, served_pairs


def test_a_guide_entry_the_page_never_returns_to_is_another_works() -> None:
    found = facts(
        "A wintry thriller, a fenland farewell and an old favourite: our weekend picks.",
        "What to watch this weekend: The Pewter Lantern, Quellmarsh Forever and more",
        "THE BIG ONE: The Pewter Lantern (BBC One, Sunday 19 April, 9pm)",
        "Ondine Brankford stars as DI Wren Hallam, a detective sent to a harbour town. "
        "Directed by Perrin Dace, it is six hours of fog.",
        "ALSO NEW: Quellmarsh Forever (Netflix, from today)",
        "Ilka Sorensby plays the ferrywoman, Greta Lowe, one last time.",
        "FROM THE VAULT: Reedbank (BBC iPlayer)",
        "The ideal companion piece if Quellmarsh Forever leaves you wanting more.",
        title="What to watch this weekend: The Pewter Lantern, Quellmarsh Forever and more",
    )
    assert ("Ondine Brankford", "DI Wren Hallam") not in served_pairs(found)
    assert "Perrin Dace" not in {c.name for c in found.crew if c.served}
    assert ("Ilka Sorensby", "Greta Lowe") in served_pairs(found)


def test_a_live_blog_entry_on_the_work_introduced_by_its_maker_is_anothers() -> None:
    found = facts(
        "Day four of our festival blog, from the Die Kranichfeder press conference to the "
        "Quellmarsh Forever screening.",
        "Festival 2026 live: Die Kranichfeder divides the press, Quellmarsh Forever wins the room",
        "09:02 — Good morning. Today Hanne Grunwald’s competition film Die Kranichfeder had its "
        "press screening, and tonight Quellmarsh Forever has its premiere.",
        "10:48 — The Die Kranichfeder press conference is over. Henrik Kettleborne, who plays "
        "the night watchman Anselm, called the shoot the coldest of his life.",
        "17:30 — The Quellmarsh Forever photocall has wrapped. Ilka Sorensby, who plays Greta "
        "Lowe, waved to the crowd.",
        title="Festival 2026 live: Die Kranichfeder divides the press, Quellmarsh Forever wins "
        "the room",
    )
    assert ("Henrik Kettleborne", "Anselm") not in served_pairs(found)
    assert ("Ilka Sorensby", "Greta Lowe") in served_pairs(found)


_FROM_TO = "From Quellmarsh Forever to A Summer at Gorsewick: Ellis Tamworth-Ng’s very fast year"


def test_a_from_to_headlines_work_set_by_apposition_is_anothers() -> None:
    found = facts(
        "A year ago he had one credit. Now he leads a second film.",
        _FROM_TO,
        "Ellis Tamworth-Ng played the new boy in Quellmarsh Forever, which reached Netflix in "
        "April.",
        "A Summer at Gorsewick, a Welsh coastal drama directed by Petra Saarinen-Obi, reaches "
        "cinemas on Friday 27 November.",
        date="2026-11-20",
        title=_FROM_TO,
    )
    assert "Petra Saarinen-Obi" not in {c.name for c in found.crew if c.served}
    assert dt.date(2026, 11, 27) not in {r.date for r in found.release if r.served}


def test_one_work_in_the_headline_keeps_its_apposition() -> None:
    found = facts(
        "A first look at the autumn's coastal drama.",
        "A Summer at Gorsewick: first look at the Welsh drama",
        "A Summer at Gorsewick, a Welsh coastal drama directed by Petra Saarinen-Obi, reaches "
        "cinemas on Friday 27 November.",
        date="2026-11-20",
        title="A Summer at Gorsewick: first look at the Welsh drama",
    )
    assert "Petra Saarinen-Obi" in {c.name for c in found.crew if c.served}


_MEET = "Meet the cast: Corvina Trusselby, Bram Quillet and more"


def test_people_a_headline_lists_are_no_works_whose_sentences_are_set_aside() -> None:
    found = facts(
        "The new BBC drama Kestrel Hatch starts on Sunday.",
        _MEET,
        "Corvina Trusselby plays the innkeeper Marit Dowse in Kestrel Hatch.",
        "Corvina Trusselby's old friend Bram Quillet joins her.",
        "Bram Quillet plays Senna Ortolan, a smuggler.",
        "The series is directed by Bram Quillet.",
        title=_MEET,
    )
    assert ("Bram Quillet", "Senna Ortolan") in served_pairs(found)
    assert "Bram Quillet" in {c.name for c in found.crew if c.served}
