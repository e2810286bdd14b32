"""Review mends of round 187: the rules the round added, read on sentences written otherwise
(invented articles)."""

from __future__ import annotations

import pytest

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_quotes

_GUIDE_TITLE = "What to watch this weekend: Gorseway"
_GUIDE_LEDE = "Gorseway, Netflix's new coming-of-age film, lands on Friday."


def _guide_cast(sentence: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The served and the held castings of a guide's sentence."""
    cast = facts(_GUIDE_LEDE, sentence, title=_GUIDE_TITLE).cast
    served = {(c.actor, c.character) for c in cast if c.served}
    return served, {(c.actor, c.character) for c in cast if not c.served}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marrack and Tobiah Quenby are Catholic and Protestant.",
        "Ilse Marrack and Tobiah Quenby are Londoners and Mancunians, and it shows.",
        "Ilse Marrack and Tobiah Quenby are Americans and Canadians respectively.",
        "Ilse Marrack and Tobiah Quenby are Christians and Muslims.",
    ],
)
def test_are_before_what_the_people_are_casts_nothing(sentence: str) -> None:
    assert not _guide_cast(sentence)[0]


def test_are_with_full_names_on_both_sides_is_held_either_way_round() -> None:
    for sentence in (
        "Senna Ruthven and Gil Ockley are Ilse Marrack and Tobiah Quenby, two of the year's finds.",
        "Ilse Marrack and Tobiah Quenby are Senna Ruthven and Gil Ockley.",
    ):
        served, _ = _guide_cast(sentence)
        assert not served, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marrack and Tobiah Quenby are Senna and Gil — two friends adrift.",
        "Ilse Marrack and Tobiah Quenby are Senna and Gil!",
        "Ilse Marrack and Tobiah Quenby are Senna and Gil: friends, then rivals.",
    ],
)
def test_are_pairs_end_on_any_closing_mark(sentence: str) -> None:
    served, _ = _guide_cast(sentence)
    assert {("Ilse Marrack", "Senna"), ("Tobiah Quenby", "Gil")} <= served


_SHOW_TITLE = "Saltmarsh: first look at the BBC drama"
_SHOW_LEDE = "Saltmarsh, the BBC's new six-part drama, begins filming in Norfolk next month."


def _show_cast(sentence: str) -> set[tuple[str, str]]:
    cast = facts(_SHOW_LEDE, sentence, title=_SHOW_TITLE).cast
    return {(c.actor, c.character) for c in cast if c.served}


def test_played_by_after_an_owned_thing_stays_with_the_part() -> None:
    sentence = (
        "At its centre is Mira, a detective haunted by her old case Operation Nightjar, played"
        " by Ada Vale."
    )
    assert _show_cast(sentence) == {("Ada Vale", "Mira")}


def test_played_by_after_an_owned_relation_is_that_persons() -> None:
    sentence = "At its centre is Mira, who dotes on her ailing gran Edie, played by Ada Vale."
    assert ("Ada Vale", "Edie") in _show_cast(sentence)


_EXIT_TITLE = "Saltmarsh: Ada Vale exits BBC drama"
_EXIT_LEDE = (
    "Ada Vale has left Saltmarsh, the BBC drama, before its second series. She played Mira"
    " Holt, the lighthouse keeper."
)
_PRODUCER_SAYS = "“We wish her well,” said producer Tom Reed. "


def _last_quote(sentence: str) -> tuple[str, SourceKind]:
    quote = facts(_EXIT_LEDE, _PRODUCER_SAYS + sentence, title=_EXIT_TITLE).quotes[-1]
    return quote.speaker, quote.source


def test_a_persons_own_statement_opening_a_sentence_is_theirs() -> None:
    sentence = "Ada Vale's statement went out on Monday, calling it “the hardest call I've made”."
    assert _last_quote(sentence) == ("Ada Vale", SourceKind.PERSON)


def test_a_parts_statement_opening_a_sentence_is_no_companys() -> None:
    speaker, _ = _last_quote("Mira's statement in the trailer promises “a storm like no other”.")
    assert speaker not in ("Mira", "Tom Reed")


_TEASER_TITLE = "Corrieburn teaser: every moment we spotted"
_TEASER_LEDE = "The first Corrieburn teaser landed Monday, starring Rhona Askew as Elspeth Garvie."


@pytest.mark.parametrize("participle", ["warning", "muttering", "yelling:", "begging"])
def test_an_actor_as_a_part_then_any_speech_participle_is_a_line_of_the_work(
    participle: str,
) -> None:
    found = facts(
        _TEASER_LEDE,
        f"Dougie Farr appears briefly as Elspeth's uncle, {participle} “Nobody leaves the glen.”",
        title=_TEASER_TITLE,
    )
    assert not any(text.startswith("Nobody") for text, _ in served_quotes(found))


@pytest.mark.parametrize(
    "sentence",
    [
        "Post-production ran from 14 July to September, with the grade done in Soho.",
        "The production's open casting call ran from 14 July to September last year.",
    ],
)
def test_a_day_to_month_span_of_another_stage_is_no_shoot(sentence: str) -> None:
    found = facts(
        "Kelder Row, the new ITV drama, will air next spring.",
        sentence,
        date="2025-11-01",
        title="Kelder Row: everything we know",
    )
    assert not any(r.kind.name.startswith("FILMING") and r.served for r in found.release)


@pytest.mark.parametrize("label", ["Student", "Local", "Cosplayer"])
def test_a_vox_pops_aged_descriptor_before_a_first_name_is_no_name(label: str) -> None:
    found = served_quotes(
        facts(
            "Live: the red carpet for Tarn Hollow opens at the Plaza in Margate tonight.",
            f"18:10 {label} Briony, 20, from Ramsgate, queued since noon. “It was worth every"
            " minute,” she told us.",
            title="Tarn Hollow premiere: live",
        )
    )
    assert not any(speaker.startswith(label) for _, speaker in found)


_BAY_LEDE = "Skerry Light is out today on Channel 4, starring Owain Pryce as Col Tennant."
_FAN_POST = (
    "u/driftnet (212 points): Owain Pryce saying “The light keeps nobody” got me on the train."
)


def test_a_reply_saying_the_quote_comes_from_the_teaser_holds_it() -> None:
    found = facts(_BAY_LEDE, _FAN_POST, "> Reply from u/saltpan: That quote comes from the teaser!")
    assert not any(text.startswith("The light") for text, _ in served_quotes(found))


def test_words_said_to_come_from_someone_of_the_work_are_no_line() -> None:
    found = facts(
        _BAY_LEDE,
        "Owain Pryce said “The light keeps nobody, and never did” at the launch.",
        "The line is from the show's star, after all.",
    )
    assert any(text.startswith("The light") for text, _ in served_quotes(found))


def test_a_transcript_label_of_a_full_name_in_capitals_credits_the_post() -> None:
    found = facts(
        "Actor Perrin Lowe joined us to talk about Gannet Point, a new ITV drama.",
        "SADIE ORME: The writer is Tamsin Achterberg. What was she like to work with?",
        title="Transcript: Perrin Lowe on Gannet Point",
    )
    assert ("Tamsin Achterberg", "writer") in {(c.name, c.role.value) for c in found.crew}
