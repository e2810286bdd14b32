"""Creators told by "who created and writes the series" and "who created <title> as a podcast"
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_created_and_writes_the_series_is_creator_and_writer() -> None:
    found = facts('"It was hard," said Nadia Fenwick-Oduya, who created and writes the series.')
    assert {
        ("creator", "Nadia Fenwick-Oduya"),
        ("writer", "Nadia Fenwick-Oduya"),
    } <= credits(found)


def test_created_and_also_directs_the_show() -> None:
    found = facts("Bram Oyelaran, who created and also directs the show, was on set.")
    assert ("creator", "Bram Oyelaran") in credits(found)


def test_created_and_wrote_a_named_other_series_gives_nothing() -> None:
    found = facts("Bram Oyelaran, who created and wrote the series Glasshouse, was on set.")
    assert not credits(found)


def test_created_the_headline_work_when_no_other_title_is_known() -> None:
    found = facts(
        "Ada Quill is sitting in a borrowed office in Leeds.",
        '"We knew," says Quill, who created Moth Lane as a podcast in 2016 and wrote the film.',
        title="Moth Lane: the last chapter",
    )
    assert ("creator", "Quill") in credits(found) or ("creator", "Ada Quill") in credits(found)
