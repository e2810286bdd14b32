"""Review mends of round 199: near misses of this round's rules, in invented words."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_ORVIN_LEDE = "Ada Vale is to lead the second series of Orvingate, the broadcaster confirmed."


def test_last_turn_in_a_work_only_the_headline_names_is_still_an_earlier_part() -> None:
    found = facts(
        _ORVIN_LEDE,
        "Vale, who last starred in Quillmere as Ned Gray, joins the cast of Orvingate.",
        title="From Quillmere to Orvingate: Ada Vale lands a new lead",
    )
    assert ("Ada Vale", "Ned Gray") not in served_pairs(found)


def test_most_recent_turn_in_another_headlined_work_is_not_this_productions() -> None:
    found = facts(
        _ORVIN_LEDE,
        "Vale, who most recently appeared in Quillmere as Ned Gray, joins the cast.",
        title="Ada Vale talks Quillmere, Orvingate and a new chapter",
    )
    assert ("Ada Vale", "Ned Gray") not in served_pairs(found)


_ORVIN_TITLE = "Orvingate: first look at the new drama"
_ORVIN_FILMING = "Orvingate, the new drama, starts filming in Tarrowby next month."


@pytest.mark.parametrize(
    "sentence",
    [
        "Cast as Mira Holt in the original 1998 film, Ada Vale returns to the story now.",
        "Cast as Mira Holt in the stage version, Ada Vale was a natural fit.",
        "Cast as Mira Holt on stage, Ada Vale became a star.",
        "Cast as Mira Holt before being recast, Ada Vale took it in good heart.",
        "Cast as Mira Holt, Ada Vale was later replaced by Bea Lind after a week.",
        "Cast as Mira Holt, Ada Vale turned the part down.",
        "Cast as Mira Holt, Ada Vale quit before the read-through.",
    ],
)
def test_fronted_cast_of_an_unnamed_other_work_or_a_lost_part_is_not_read(sentence: str) -> None:
    found = facts(_ORVIN_FILMING, sentence, title=_ORVIN_TITLE)
    assert ("Ada Vale", "Mira Holt") not in served_pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cast as Mira Holt at 19, Ada Vale learned to steer a ferry.",
        "Cast as Mira Holt, the ferry captain’s daughter, Ada Vale joins a strong ensemble.",
        "Cast as Mira Holt after one audition, Áine Ní Bhraoin joins the cast.",
    ],
)
def test_fronted_cast_of_our_work_is_still_read(sentence: str) -> None:
    found = facts(_ORVIN_FILMING, sentence, title=_ORVIN_TITLE)
    assert {("Ada Vale", "Mira Holt"), ("Áine Ní Bhraoin", "Mira Holt")} & served_pairs(found)


_VALE_PROFILE_TITLE = "Orvingate star Ada Vale on her first big role"
_VALE_PROFILE_LEDE = "Ada Vale plays Mira Holt in Orvingate, which starts on Sunday."


def _speakers(sentence: str) -> set[str]:
    found = facts(_VALE_PROFILE_LEDE, sentence, title=_VALE_PROFILE_TITLE)
    return {quote.speaker for quote in found.quotes if quote.served}


def test_one_remembered_after_a_time_is_not_the_speaker() -> None:
    assert "Tom Reed" not in _speakers(
        "Vale recalls the morning, Tom Reed, telling her: “Slow down, you have time.”"
    )


def test_one_remembered_after_their_kin_or_trade_speaks() -> None:
    assert "Tom Reed" in _speakers(
        "Vale recalls her old drama teacher, Tom Reed, saying: “You will get there.”"
    )
    assert "Tom Reed" in _speakers(
        "Vale remembers the showrunner, Tom Reed, telling them: “Nobody here bites.”"
    )


_TERN_LEDE = "Streamly's harbour drama Tern Light returns for a second series next year."


@pytest.mark.parametrize(
    "sentence",
    [
        "Corra Penwith reprises Salt Road, the ballad she sang in the first series.",
        "Corra Penwith plays Gull Hymn, her hit single, in the finale.",
        "Corra Penwith reprises Salt Road, the show's closing anthem, in episode two.",
    ],
)
def test_a_name_apposed_as_a_song_after_the_verb_is_no_part(sentence: str) -> None:
    assert not served_pairs(facts(_TERN_LEDE, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Corra Penwith reprises Gwenna Tallack, the role that made her name.",
        "Corra Penwith plays Gwenna Tallack, the singer whose songs open each episode.",
        "Corra Penwith plays Gwenna Tallack, a folk singer with songs of her own.",
    ],
)
def test_a_part_apposed_as_a_singer_or_a_role_is_still_cast(sentence: str) -> None:
    assert ("Corra Penwith", "Gwenna Tallack") in served_pairs(facts(_TERN_LEDE, sentence))


_FILM_LEDE = "The Tern Light film starts shooting in May."
_FILM_TITLE = "The Tern Light film: first look"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Vell, who last appeared as Mirren, is back with a new thriller, Saltmarsh.",
        "Ada Vell, who last appeared as Mirren, returns as Detective Hollin.",
        "Ada Vell, who last appeared as Mirren, returns in a new role, Wenna.",
        "Ada Vell, who last appeared as Mirren, is back on stage this summer.",
    ],
)
def test_a_last_turn_back_in_another_part_or_place_is_still_an_earlier_part(
    sentence: str,
) -> None:
    found = facts(_FILM_LEDE, sentence, title=_FILM_TITLE)
    assert ("Ada Vell", "Mirren") not in served_pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Vell, who last appeared as Mirren, is back for the film.",
        "Ada Vell, who last appeared as Mirren in series two, returns.",
        "Ada Vell, who last appeared as Mirren, returns to the role.",
        "Ada Vell, who last appeared as Mirren, will be back for the film, Streamly said.",
    ],
)
def test_a_last_turn_back_for_the_run_or_the_role_keeps_the_part(sentence: str) -> None:
    found = facts(_FILM_LEDE, sentence, title=_FILM_TITLE)
    assert ("Ada Vell", "Mirren") in served_pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Vell, who most recently played Mirren, now leads the film.",
        "Ada Vell, who last played Mirren, joins the cast.",
    ],
)
def test_a_latest_turn_told_by_the_casting_verb_itself_is_an_earlier_part(sentence: str) -> None:
    found = facts(_FILM_LEDE, sentence, title=_FILM_TITLE)
    assert ("Ada Vell", "Mirren") not in served_pairs(found)


def test_a_latest_turn_told_by_the_casting_verb_back_for_the_film_keeps_the_part() -> None:
    found = facts(_FILM_LEDE, "Ada Vell, who last played Mirren, is back for the film.")
    assert ("Ada Vell", "Mirren") in served_pairs(found)


_MARSH_TITLE = "Pell Marsh: the film adaptation is coming to cinemas"
_MARSH_LEDE = "Pell Marsh is being made into a film by Streamly."


def _directors(sentence: str) -> set[str]:
    found = facts(_MARSH_LEDE, sentence, title=_MARSH_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Orrell’s debut, Pell Marsh, sold half a million copies when it was published.",
        "Pell Marsh, Tamsin Orrell’s debut, topped the bestseller lists in 2019.",
        "The film adapts Pell Marsh, Tamsin Orrell’s debut.",
        "Tamsin Orrell’s debut Pell Marsh, written when she was nineteen, became a phenomenon.",
        "Pell Marsh, Tamsin Orrell’s debut, opens on Friday; Orrell plays a ferry pilot.",
    ],
)
def test_a_bare_debut_told_as_a_book_or_a_part_credits_no_director(sentence: str) -> None:
    assert "Tamsin Orrell" not in _directors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pell Marsh, Tamsin Orrell’s debut, opens on Friday.",
        "Pell Marsh, Tamsin Orrell’s feature debut, stars Ola Brenn.",
    ],
)
def test_a_debut_told_as_nothing_else_still_credits_its_director(sentence: str) -> None:
    assert "Tamsin Orrell" in _directors(sentence)


def _dashed(*sentences: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_TERN_LEDE, *sentences))


@pytest.mark.parametrize(
    "told",
    [
        "Morwen Hocking grew up in Leeds; Pascoe Nance was raised in Truro.",
        "Morwen Hocking, who starred in Hollyoaks for six years, joins Pascoe Nance, best known"
        " for Emmerdale.",
    ],
)
def test_a_dashed_aside_the_article_tells_as_places_or_earlier_works_is_no_parts(
    told: str,
) -> None:
    aside = "Morwen Hocking and Pascoe Nance – {} – compared notes."
    words = "Leeds and Truro" if "Leeds" in told else "Hollyoaks and Emmerdale"
    assert not _dashed(told, aside.format(words))


def test_a_dashed_aside_of_first_names_told_nowhere_else_still_gives_the_parts() -> None:
    found = _dashed(
        "The series was filmed around Penzance.",
        "Morwen Hocking and Pascoe Nance – Elowen and Jago – shared an umbrella.",
    )
    assert found == {("Morwen Hocking", "Elowen"), ("Pascoe Nance", "Jago")}


def test_a_debut_feature_is_a_film_whatever_else_its_sentence_tells() -> None:
    sentence = "Tamsin Orrell’s debut feature Pell Marsh played to a packed hall on Friday."
    assert "Tamsin Orrell" in _directors(sentence)
