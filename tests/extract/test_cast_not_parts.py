"""Words that read like a casting and state none, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Copper Bay adds two names to its cast."
_OURS = "Mira Quell will play Juno Hart in Copper Bay."


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    found = pairs(facts(_LEDE, _OURS, *paragraphs))
    assert ("Mira Quell", "Juno Hart") in found
    return found


def test_as_opening_a_clause_with_a_past_verb_and_its_object() -> None:
    for text, pair in (
        (
            "Crowds filled Harbour Street as Copper Bay held its first screening.",
            ("Harbour Street", "Copper Bay"),
        ),
        (
            "Fans gathered outside Kelso Hall as Dana Pirrie signed the posters.",
            ("Kelso Hall", "Dana Pirrie"),
        ),
    ):
        assert pair not in _found(text)


def test_as_after_a_verb_of_regard_or_a_past_sighting() -> None:
    for text, pair in (
        (
            "Tova Rees, who plays Ivy and was last seen as Greta Moll in Fen Light, waved.",
            ("Tova Rees", "Greta Moll"),
        ),
        (
            "Silas Orme, who is widely regarded as Petra Vane in all but name, laughed.",
            ("Silas Orme", "Petra Vane"),
        ),
    ):
        assert pair not in _found(text)


def test_will_be_seen_as_is_still_a_casting() -> None:
    assert ("Noel Cray", "Hal Brisk") in _found("Noel Cray will be seen as Hal Brisk.")


def test_a_casting_only_expected_or_rumoured_is_not_served() -> None:
    for text, pair in (
        (
            "The returning cast is long, with Dora Penn expected to turn up again as Ada Lowe.",
            ("Dora Penn", "Ada Lowe"),
        ),
        (
            "Ivo Dane is rumoured to be playing Bea Cutter, though nothing is confirmed.",
            ("Ivo Dane", "Bea Cutter"),
        ),
        ("Hal Brisk is in talks to play Agatha Lowe.", ("Hal Brisk", "Agatha Lowe")),
    ):
        assert pair not in _found(text)


def test_a_past_work_released_then_whom_it_starred() -> None:
    for text, pair in (
        (
            "Her first feature, Lantern Row, was released by Gullwing Pictures in 2019 and "
            "starred Silas Orme as Bea Cutter.",
            ("Silas Orme", "Bea Cutter"),
        ),
        (
            "His debut, Ember Hall, came out in 2020 and featured Noel Cray as Hal Brisk.",
            ("Noel Cray", "Hal Brisk"),
        ),
    ):
        assert pair not in _found(text)


def test_an_aside_led_by_a_description_keeps_its_other_work_to_itself() -> None:
    for text, pair in (
        (
            "Dora Penn, the Welsh actor best known for playing Ivy in the crime drama Fen "
            "Light, will play Agatha Lowe, a ferry captain.",
            ("Dora Penn", "Agatha Lowe"),
        ),
        (
            "Silas Orme, a comedian who starred in the sitcom Gullwing, joins as Bea Cutter.",
            ("Silas Orme", "Bea Cutter"),
        ),
    ):
        assert pair in _found(text)


def test_the_part_before_another_turn_in_a_relative_clause() -> None:
    for text, ours, other in (
        (
            "Tova Rees, who plays Ivy and was recently seen as Greta Moll in Fen Light, waved.",
            ("Tova Rees", "Ivy"),
            ("Tova Rees", "Greta Moll"),
        ),
        (
            "Noel Cray, who voices Pip and is best known as Hal Brisk on Gullwing, sang.",
            ("Noel Cray", "Pip"),
            ("Noel Cray", "Hal Brisk"),
        ),
    ):
        found = _found(text)
        assert ours in found
        assert other not in found


def test_a_part_auditioned_for_or_turned_down_is_not_played() -> None:
    for text, pair in (
        ("Ivo Dane auditioned for the part of Bea Cutter in 2023.", ("Ivo Dane", "Bea Cutter")),
        ("Hal Brisk reportedly turned down the role of Agatha Lowe.", ("Hal Brisk", "Agatha Lowe")),
        ("Tova Rees was in the running to play Greta Moll.", ("Tova Rees", "Greta Moll")),
    ):
        assert pair not in _found(text)


def test_announced_that_someone_would_play_is_a_casting() -> None:
    text = "The channel announced in June that Noel Cray would play Hal Brisk."
    assert ("Noel Cray", "Hal Brisk") in _found(text)


def test_a_place_or_work_after_a_preposition_is_no_actor() -> None:
    for text, pair in (
        ("Crowds gathered at Kelso Hall as Dana Pirrie arrived.", ("Kelso Hall", "Dana Pirrie")),
        ("Tova Rees stars in Fen Light as Greta Moll.", ("Fen Light", "Greta Moll")),
        ("It was a big night for Tom Hale as Ivo Dane watched on.", ("Tom Hale", "Ivo Dane")),
    ):
        assert pair not in _found(text)


def test_brought_in_as_is_still_a_casting() -> None:
    text = "The second run brought in Noel Cray as Hal Brisk and a new theme tune."
    assert ("Noel Cray", "Hal Brisk") in _found(text)


def test_another_work_told_by_its_kind_before_the_part() -> None:
    for text, pair in (
        (
            "Tova Rees, who also stars in the Apple drama Fen Light as Greta Moll, joins too.",
            ("Tova Rees", "Greta Moll"),
        ),
        (
            "Noel Cray, who is appearing on Gullwing's comedy Tin Lid as Hal Brisk, signed up.",
            ("Noel Cray", "Hal Brisk"),
        ),
    ):
        assert pair not in _found(text)


def test_dressed_up_as_is_a_costume() -> None:
    for text, pair in (
        ("Ivo Dane dressed up as Bea Cutter for Halloween.", ("Ivo Dane", "Bea Cutter")),
        ("Dora Penn, posing as Agatha Lowe, fooled the crowd.", ("Dora Penn", "Agatha Lowe")),
    ):
        assert pair not in _found(text)


def test_a_casting_wished_doubted_or_asked_is_not_stated() -> None:
    for text, pair in (
        ("Fans had hoped Ivo Dane would return as Bea Cutter.", ("Ivo Dane", "Bea Cutter")),
        (
            "There is no word yet on whether Hal Brisk will play Agatha Lowe.",
            ("Hal Brisk", "Agatha Lowe"),
        ),
        ("Could Dora Penn return as Ada Lowe? Nothing is confirmed.", ("Dora Penn", "Ada Lowe")),
        ("Silas Orme as Petra Vane? We would watch that.", ("Silas Orme", "Petra Vane")),
    ):
        assert pair not in _found(text)


def test_a_question_that_names_who_plays_whom_in_passing_still_tells_it() -> None:
    text = "Do you share scenes with Noel Cray, who plays the ferryman Hal Brisk?"
    assert ("Noel Cray", "Hal Brisk") in _found(text)


def test_a_part_remembered_or_a_career_turn_is_no_casting() -> None:
    for text, pair in (
        ("You may recognise Ivo Dane as Bea Cutter from Tin Lid.", ("Ivo Dane", "Bea Cutter")),
        ("Dora Penn first found fame as Ada Lowe.", ("Dora Penn", "Ada Lowe")),
        ("Hal Brisk broke out as Agatha Lowe on Gullwing.", ("Hal Brisk", "Agatha Lowe")),
    ):
        assert pair not in _found(text)


def test_part_of_with_no_article_is_a_share_not_a_role() -> None:
    found = _found("Kestlemoor Council closed part of the Fen Street market for the shoot.")
    assert ("Kestlemoor Council", "Fen Street") not in found


def test_the_part_of_is_still_a_role() -> None:
    found = _found("Orla Kestle landed the coveted part of Wren Hollis.")
    assert ("Orla Kestle", "Wren Hollis") in found


def test_a_casting_in_which_another_work_starred_the_actor_is_that_works() -> None:
    title = "‘The Tide Line’: Mara Quell to lead Sky drama from ‘Fenwick Bay’ creator"
    lede = (
        "Mara Quell will star in The Tide Line, Sky's eight-part thriller from Fenwick Bay "
        "creator Ida Roan."
    )
    for text, pair, told in (
        (
            "Roan's Fenwick Bay, which starred Quell as Inspector Nell Drury, ran for three "
            "seasons.",
            ("Mara Quell", "Inspector Nell Drury"),
            False,
        ),
        (
            "The Tide Line, which also stars Tova Reyne as Ada Crane, starts filming in May.",
            ("Tova Reyne", "Ada Crane"),
            True,
        ),
    ):
        found = pairs(
            facts(lede, "Quell will play Bea Marsh, a customs officer.", text, title=title)
        )
        assert ("Mara Quell", "Bea Marsh") in found
        assert (pair in found) is told


def test_a_past_player_not_confirmed_to_return_plays_no_part() -> None:
    for text, told in (
        ("Corin Hale, who played Juno's father Tam, has not been confirmed to return.", False),
        ("Corin Hale, who played Juno's father Tam, has been confirmed to return.", True),
    ):
        assert (("Corin Hale", "Tam") in _found(text)) is told
