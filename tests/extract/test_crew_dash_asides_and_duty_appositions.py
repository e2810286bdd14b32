"""A "who" aside between dashes hands the verb back to the name before it ("with X – who ... –
returning as executive producer"), and a bare participle in apposition ("X, directing, keeps
...") credits that duty; a run of participles is no name."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_who_aside_between_dashes_keeps_the_verb_for_the_name() -> None:
    found = facts(
        "The new run is directed by Amos Kell, with Rhian Dobbs – who ran the first two "
        "series – returning as executive producer."
    )
    assert ("executive_producer", "Rhian Dobbs") in credits(found)
    found = facts("Rhian Dobbs — who knows the show better than anyone — returns as composer.")
    assert ("composer", "Rhian Dobbs") in credits(found)


def test_a_participle_in_apposition_credits_the_duty() -> None:
    found = facts("Osric Pane, directing, keeps the story tight and the colours cold.")
    assert ("director", "Osric Pane") in credits(found)
    found = facts("Mina Colter, editing, trims every scene to the bone.")
    assert ("editor", "Mina Colter") in credits(found)


def test_a_run_of_participles_credits_no_name() -> None:
    found = facts("Writing, directing, editing, Osric Pane does it all.")
    assert ("director", "Writing") not in credits(found)


def test_created_the_broadcasters_series_credits_the_creator() -> None:
    found = facts("Dana Roe, who created the Netflix series from her own podcast, is back.")
    assert ("creator", "Dana Roe") in credits(found)
    found = facts("Dana Roe co-created the ITV show with her brother.")
    assert ("creator", "Dana Roe") in credits(found)


def test_created_the_broadcasters_series_with_a_title_after_it_credits_nothing() -> None:
    found = facts("Dana Roe, who created the BBC series Tallow, is back.")
    assert ("creator", "Dana Roe") not in credits(found)


def test_the_production_named_by_its_kind_with_its_maker_after_which() -> None:
    found = facts("Filming began on a one-off festive special, which Petra Lusk has written.")
    assert ("writer", "Petra Lusk") in credits(found)
    found = facts("Cameras roll in May on the new series, which Petra Lusk is directing.")
    assert ("director", "Petra Lusk") in credits(found)


def test_an_earlier_work_named_by_its_kind_credits_nothing() -> None:
    found = facts("She still loves the debut feature, which Petra Lusk has directed.")
    assert ("director", "Petra Lusk") not in credits(found)
    found = facts("She misses the previous series, which Petra Lusk has written.")
    assert ("writer", "Petra Lusk") not in credits(found)
