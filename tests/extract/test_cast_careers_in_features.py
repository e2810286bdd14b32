"""A career told in a feature, on invented text: other works' castings, a credit in brackets
before the casting verb, and a part its actor will not come back to."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs

_LEDE = "Copper Bay's second season is on its way."


def _cast(text: str) -> dict[tuple[str, str], CastStatus]:
    return {(c.actor, c.character): c.status for c in facts(_LEDE, text).cast if c.served}


def test_another_work_that_cast_the_actor_is_no_casting_of_ours() -> None:
    for text, pair in (
        (
            "Her debut, Night Ferry, was shot on the same coast; that film cast Pell as Sister "
            "Agnes, a nun with a secret.",
            ("Oona Pell", "Sister Agnes"),
        ),
        (
            "He knows grief on screen: his Lantern Row cast Bram Okoye as Walter Finch opposite "
            "Oona Pell.",
            ("Bram Okoye", "Walter Finch"),
        ),
        (
            "The earlier series had cast Bram Okoye as Detective Hale long before this one.",
            ("Bram Okoye", "Detective Hale"),
        ),
    ):
        found = facts(_LEDE, "Oona Pell plays Mira Dane in Copper Bay.", text)
        assert pair not in pairs(found)


def test_a_past_turn_starred_in_another_named_work_is_no_casting_of_ours() -> None:
    for text in (
        "Vale, who starred in Paper Kites as the eldest daughter Rosa before this, is busy.",
        "Ada Vale, who appeared in “Iron Wharf” as Rosa, is next heading to the stage.",
    ):
        assert ("Ada Vale", "Rosa") not in _cast(f"Ada Vale joins Copper Bay as Nell. {text}")


def test_a_breakout_part_with_an_adverb_before_as_is_a_past_turn() -> None:
    for text in (
        "Ada Vale, the Welsh actor who broke out nationally as the cheerful baker Rosa Lind, and "
        "Tom Reyes are set to star in Copper Bay.",
        "Ada Vale, who shot to fame overnight as Rosa Lind, will lead Copper Bay.",
    ):
        assert ("Ada Vale", "Rosa Lind") not in _cast(text)


def test_a_credit_in_brackets_before_a_verb_that_ends_in_the_cast_is_not_the_part() -> None:
    for text, part in (
        ("Scottish actor Ewan Dray (Iron Wharf) rounds out the main cast as DI Carla Holm.",
         "DI Carla Holm"),
        ("Ewan Dray (Night Ferry) completes the ensemble cast as the ferryman Tobias Reed.",
         "Tobias Reed"),
    ):  # fmt: skip
        found = _cast(text)
        assert ("Ewan Dray", part) in found
        assert not any(char in ("Iron Wharf", "Night Ferry") for _, char in found)


def test_who_played_the_part_and_declined_to_return_is_a_former_actor() -> None:
    for text in (
        "Dora Penn, who played the vicar Agatha Lowe, has declined to return.",
        "Dora Penn, who played Agatha Lowe, has decided not to return for the new run.",
    ):
        assert _cast(text).get(("Dora Penn", "Agatha Lowe")) is CastStatus.FORMER


def test_a_reviewers_aside_before_as_names_the_part() -> None:
    for text, pair in (
        ("Tom Reyes, as Mira's dad Walter, gets the best scene.", ("Tom Reyes", "Walter")),
        ("Ada Vale, 70 and fearless, as Tom's great-aunt Nell, steals it.", ("Ada Vale", "Nell")),
        ("Ezra Lund, all swagger and menace as Cole Brandt, the bully, is a find.",
         ("Ezra Lund", "Cole Brandt")),
    ):  # fmt: skip
        assert pair in _cast(text)


def test_an_aside_of_a_job_or_a_past_turn_before_as_is_no_part() -> None:
    for text in (
        "Jane Roe, as CEO, said the show is safe.",
        "Jane Roe, as Executive Producer, said little.",
        "Ada Vale, best known as Mira, joins the show.",
        "Ada Vale, once again as Mira in Lumen, won a Bafta in 2012.",
        "Ada Vale, as Mother Courage, toured the country in 2004.",
        "Tom Reyes, as Santa Claus, handed out gifts at the launch.",
    ):
        assert not _cast(text)


def test_a_clause_or_another_work_before_the_aside_is_no_part() -> None:
    for text in (
        "Local lad Ewan Dray, who now lives in Glasgow, has a small role as Constable Reid.",
        "Her first credit was on Channel 5’s Iron Wharf, where Tom Reyes, as Walter Finch, "
        "did most of the talking.",
    ):
        found = _cast(text)
        assert not any(actor in ("Glasgow", "Tom Reyes") for actor, _ in found)


def test_played_by_after_a_long_description_or_still_played_by() -> None:
    for text, pair in (
        ("Her rival: Cass Moreau, the sharp-elbowed head girl of the boarding school up on the "
         "hill, played by newcomer Ines Okafor.", ("Ines Okafor", "Cass Moreau")),
        ("Mira's old flame Jonah Pike is back, too, still played by Ezra Lund, and he sings.",
         ("Ezra Lund", "Jonah Pike")),
        ("Jonah Pike, still played by Ezra Lund, gets a bigger arc.", ("Ezra Lund", "Jonah Pike")),
    ):  # fmt: skip
        assert pair in _cast(text)


def test_a_successor_told_with_no_part_takes_the_part_just_left() -> None:
    for text in (
        "Dora Penn, who was cast as the lodger Agatha Lowe in March, has left the film over a "
        "clash, and Welsh actress Nia Bevan has stepped into the role.",
        "Dora Penn, who played Agatha Lowe, has quit the show. The part has been recast, with "
        "Nia Bevan taking over.",
    ):
        found = _cast(text)
        assert found.get(("Nia Bevan", "Agatha Lowe")) is CastStatus.CURRENT
        assert found.get(("Dora Penn", "Agatha Lowe")) is CastStatus.FORMER


def test_a_successor_in_a_job_takes_no_part() -> None:
    text = (
        "Dora Penn, who played Agatha Lowe, has quit the show, with Nia Bevan taking over as "
        "showrunner."
    )
    assert ("Nia Bevan", "Agatha Lowe") not in _cast(text)


def test_a_bracket_naming_who_took_over_from_whom() -> None:
    for text in (
        "- Newcomers: Jonah (Ezra Lund, who took over from Kai Ferris) and Nell (Ada Vale).",
        "The cast list has Jonah (Ezra Lund, replacing Kai Ferris) back for the finale.",
    ):
        found = _cast(text)
        assert found.get(("Ezra Lund", "Jonah")) is CastStatus.CURRENT
        assert found.get(("Kai Ferris", "Jonah")) is CastStatus.FORMER


def test_a_named_past_work_that_featured_or_starred_the_actor() -> None:
    for text in (
        "The director’s debut, Night Ferry, cast Bram Okoye as Walter Finch.",
        "Her first film, Night Ferry, starred Bram Okoye as Walter Finch.",
        "Her debut featured Bram Okoye as Walter Finch, a ferryman.",
    ):
        found = facts(_LEDE, "Oona Pell plays Mira Dane in Copper Bay.", text)
        assert ("Bram Okoye", "Walter Finch") not in pairs(found)


def test_our_film_that_cast_the_actor_still_casts_them() -> None:
    found = facts("Copper Bay review", "The film cast Bram Okoye as Walter Finch, and it works.")
    assert ("Bram Okoye", "Walter Finch") in pairs(found)


def test_a_turn_in_an_earlier_season_of_this_show_is_still_a_casting() -> None:
    assert ("Ada Vale", "Mira Dane") in _cast(
        "Ada Vale, who starred in Season One as Mira Dane, returns."
    )


def test_a_credit_in_brackets_before_landing_the_role_is_not_the_part() -> None:
    for text in (
        "Ezra Lund (Iron Wharf) has landed the role of Jonah Pike.",
        "Ezra Lund (Night Ferry) takes on the role of Jonah Pike, a smuggler.",
    ):
        found = _cast(text)
        assert ("Ezra Lund", "Jonah Pike") in found
        assert len(found) == 1


def test_a_verb_of_regard_before_the_actor_is_no_casting() -> None:
    for text in (
        "Generations of viewers knew Ada Vale as Rosa Lind.",
        "Audiences still remember Ada Vale as Rosa Lind from the eighties.",
    ):
        assert ("Ada Vale", "Rosa Lind") not in _cast(text)


def test_a_sentence_set_in_another_work_by_its_kind_or_channel() -> None:
    title = "Copper Bay review: a quiet triumph"
    for text in (
        "On Channel 4’s Iron Wharf, Ezra Lund plays Jonah Pike.",
        "In the ITV drama Iron Wharf, Ezra Lund plays Jonah Pike, a bully.",
    ):
        found = facts("Ada Vale is superb as Nell Garside.", text, title=title)
        assert ("Ezra Lund", "Jonah Pike") not in pairs(found)
    found = facts("In Netflix’s Copper Bay, Ezra Lund plays Jonah Pike.", title=title)
    assert ("Ezra Lund", "Jonah Pike") in pairs(found)


def test_who_cast_the_actor_in_another_work_is_no_casting() -> None:
    title = "Ada Vale joins Copper Bay"
    for text in (
        "Vale reunites with Jane Roe, who cast her as Rosa Lind in Iron Wharf.",
        "Vale reunites with Jane Roe, who cast Ada Vale as Rosa Lind in Iron Wharf.",
        "Iron Wharf, Roe’s last film, starred Vale as Rosa Lind.",
    ):
        found = facts("Ada Vale joins Copper Bay as Nell Garside.", text, title=title)
        assert {pair for pair in pairs(found) if pair[1] == "Rosa Lind"} == set()


def test_a_successor_who_will_take_over_takes_the_part_just_left() -> None:
    for text in (
        "Dora Penn has exited the role of Agatha Lowe; Nia Bevan will take over.",
        "Dora Penn, who played Agatha Lowe, has left. Nia Bevan takes over.",
    ):
        assert _cast(text).get(("Nia Bevan", "Agatha Lowe")) is CastStatus.CURRENT
    text = "Dora Penn, who played Agatha Lowe, has left. Nia Bevan takes over as director."
    assert ("Nia Bevan", "Agatha Lowe") not in _cast(text)
