"""A successor in a craft role: "A, who took over from director B for the film" credits A
with B's role; another work's takeover credits nothing (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_who_took_over_from_the_series_director_is_the_director() -> None:
    found = facts(
        "For Nadia Brook, who took over from series director Colm Tate for the film, the "
        "hardest part was the weather.",
        title="Paper Moths: the film",
    )
    assert ("director", "Nadia Brook") in credits(found)
    assert ("director", "Colm Tate") not in credits(found)


def test_takes_over_from_the_composer_is_the_composer() -> None:
    found = facts(
        "Paper Moths has a new sound: Ilse Varga takes over from composer Omar Pell.",
        title="Paper Moths: the film",
    )
    assert ("composer", "Ilse Varga") in credits(found)


def test_a_takeover_on_another_work_credits_nothing() -> None:
    found = facts(
        "Paper Moths shoots in June.",
        "Ilse Varga took over from director Omar Pell on Lantern Field last year.",
        title="Paper Moths: the film",
    )
    assert ("director", "Ilse Varga") not in credits(found)


def test_takes_over_as_director_from_someone_is_the_director() -> None:
    found = facts(
        "Paper Moths is back: Runa Askevold takes over as director from Pieter Callowby, who "
        "directed the first series.",
        title="Paper Moths: series two",
    )
    assert ("director", "Runa Askevold") in credits(found)
    assert ("director", "Pieter Callowby") not in credits(found)


def test_takes_over_as_director_of_another_work_credits_nothing() -> None:
    found = facts(
        "Paper Moths shoots in June.",
        "Runa Askevold takes over as director from Pieter Callowby on Lantern Field.",
        title="Paper Moths: series two",
    )
    assert ("director", "Runa Askevold") not in credits(found)


def test_who_took_over_the_reins_from_a_series_director_is_the_director() -> None:
    found = facts(
        "Director Odalys Venn, who took over the Quill Harbour reins from series director "
        "Corvin Ashdown for the film, says the change was deliberate.",
        title="Quill Harbour: the film",
    )
    assert ("director", "Odalys Venn") in credits(found)
    assert ("director", "Corvin Ashdown") not in credits(found)


def test_a_director_named_beside_reins_taken_elsewhere_is_still_credited() -> None:
    found = facts(
        "Odalys Venn took the reins in May, and director Corvin Ashdown joined in June.",
        title="Quill Harbour: the film",
    )
    assert ("director", "Corvin Ashdown") in credits(found)


def test_takes_over_from_someone_who_directed_the_first_film_is_the_director() -> None:
    found = facts(
        "There is a new director for Vesper Moor 2. Lorcan Greave (Tidewater, Low Sun) takes "
        "over from Halden Ross, who directed the first film but is busy elsewhere.",
        title="Vesper Moor 2: everything we know",
    )
    assert ("director", "Lorcan Greave") in credits(found)


def test_takes_over_from_someone_who_played_a_part_is_no_crew() -> None:
    found = facts(
        "Vesper Moor 2 is coming. Lorcan Greave takes over from Halden Ross, who played Tom "
        "in the first film.",
        title="Vesper Moor 2: everything we know",
    )
    assert "Lorcan Greave" not in {name for _, name in credits(found)}
