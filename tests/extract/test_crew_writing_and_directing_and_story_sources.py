"""Two credits in one verb phrase ("X created and wrote the series", "X is writing and directing
the adaptation of her novel"), the source's author told by what the story began as ("X, whose
story began as a webcomic"), and a composer whose aside names another score ("scored by X, who
also wrote the music for Y") (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Larkmoor films in Cornwall next year."


def test_created_and_wrote_the_series_in_a_main_clause() -> None:
    found = facts(_LEDE, "Wenna Pellow created and wrote the series, which Sennen Vale produces.")
    assert {("creator", "Wenna Pellow"), ("writer", "Wenna Pellow")} <= credits(found)


def test_created_and_wrote_a_named_other_series_gives_no_writer() -> None:
    found = facts(_LEDE, "Wenna Pellow created and wrote the series Kestle Tide.")
    assert ("writer", "Wenna Pellow") not in credits(found)


def test_writing_and_directing_the_adaptation_of_her_novel() -> None:
    found = facts(_LEDE, "Vera Tregunna is writing and directing the adaptation of her 2019 novel.")
    assert {
        ("director", "Vera Tregunna"),
        ("writer", "Vera Tregunna"),
        ("author", "Vera Tregunna"),
    } <= credits(found)


def test_will_write_and_direct_the_film_names_no_author() -> None:
    found = facts(_LEDE, "Vera Tregunna will write and direct the film.")
    assert {("director", "Vera Tregunna"), ("writer", "Vera Tregunna")} <= credits(found)
    assert ("author", "Vera Tregunna") not in credits(found)


def test_writing_and_directing_a_film_may_be_any_film() -> None:
    found = facts(_LEDE, "Vera Tregunna is writing and directing a film about bees.")
    assert not credits(found)


def test_whose_story_began_as_a_webcomic_is_the_author() -> None:
    found = facts(
        _LEDE,
        "Ysella Caddow, whose story began as a webcomic in 2015 before becoming a series of "
        "graphic novels, has written the screenplay.",
    )
    assert {("author", "Ysella Caddow"), ("writer", "Ysella Caddow")} <= credits(found)
    assert ("creator", "Ysella Caddow") not in credits(found)


def test_whose_story_began_as_a_column_is_no_book() -> None:
    found = facts(
        _LEDE, "Ysella Caddow, whose story began as a newspaper column, has written the screenplay."
    )
    assert ("author", "Ysella Caddow") not in credits(found)


def test_scored_by_a_composer_who_also_scored_another_film() -> None:
    found = facts(
        _LEDE,
        "The film was shot by Hal Verity and scored by Mirren Olde, who also wrote the music for "
        "Polgrain’s debut, Bryony Lane.",
    )
    assert ("composer", "Mirren Olde") in credits(found)


def test_who_wrote_the_music_for_another_film_is_no_composer_of_ours() -> None:
    found = facts(_LEDE, "Mirren Olde, who wrote the music for Bryony Lane, is on set.")
    assert ("composer", "Mirren Olde") not in credits(found)
