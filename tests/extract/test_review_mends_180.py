"""Review mends of round 180: the round's rules kept to the text they were written for
(invented text throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs


def _directors(*paragraphs: str, title: str) -> set[str]:
    return {
        name for role, name in served_credits(facts(*paragraphs, title=title)) if role == "director"
    }


def test_the_numbered_season_the_headline_is_about_keeps_its_director() -> None:
    assert "Odile Brellcombe" in _directors(
        "Quarrowmere season two is coming to Netflix.",
        "Season two, directed by Odile Brellcombe, premiered at Sundance before its Netflix bow.",
        title="Quarrowmere season two review",
    )


def test_a_numbered_season_still_to_come_keeps_its_director() -> None:
    assert "Odile Brellcombe" in _directors(
        "The drama is back next week.",
        "Season two, directed by Odile Brellcombe, debuted at SXSW last month and streams from"
        " 4 April.",
        title="Quarrowmere: what to know",
    )


def test_a_numbered_season_told_as_history_still_credits_the_earlier_run() -> None:
    assert "Odile Brellcombe" not in _directors(
        "Quarrowmere season three is coming to Netflix, after season two's cliffhanger.",
        "Season two, directed by Odile Brellcombe, premiered in 2024.",
        title="Quarrowmere season three: release date",
    )


def _served_speakers(*paragraphs: str, title: str) -> list[str]:
    found = facts(*paragraphs, date="2026-03-01", title=title)
    return [q.text[:10] for q in found.quotes if q.served]


def test_a_speaker_told_after_a_line_in_the_finale_keeps_the_quote() -> None:
    assert _served_speakers(
        "Pellwick Lamp returns to ITV next month.",
        "Asked about a line in the finale, Fennimore said: “I cried when I read it, honestly.”",
        title="Pellwick Lamp series two",
    ) == ["I cried wh"]


def test_a_speaker_asked_for_a_line_in_the_script_keeps_the_quote() -> None:
    assert _served_speakers(
        "Pellwick Lamp returns to ITV next month.",
        "Fennimore, asked to pick a favourite line in the script, said: “There are too many to"
        " choose"
        " from.”",
        title="Pellwick Lamp series two",
    ) == ["There are "]


def test_a_line_in_an_episode_is_still_the_works() -> None:
    assert (
        _served_speakers(
            "Pellwick Lamp returns to ITV next month.",
            "Ysra Fennimore, who plays Dessa, said her favourite moment is a line in episode two,"
            " “I never"
            " left, I only waited.”",
            title="Pellwick Lamp series two",
        )
        == []
    )


def test_a_transcript_labelled_by_surnames_beside_a_parts_label_is_quotes() -> None:
    found = facts(
        "Marsh Reddle stars as Dessa's brother Tom in the new ITV drama Pellwick Lamp, with Ysra"
        " Fennimore"
        " as Dessa.",
        "Asked about the shoot, Dessa Quint, the show's writer, laughed.",
        "Dessa: “We shot it in nine days, in the rain.” Fennimore: “It was the hardest job I have"
        " had.”",
        date="2026-03-01",
        title="Pellwick Lamp interview",
    )
    assert ("It was the", "Ysra Fennimore") in [
        (q.text[:10], q.speaker) for q in found.quotes if q.served
    ]


def test_a_part_now_played_by_someone_in_flashbacks_is_not_a_recast() -> None:
    found = facts(
        "Pellwick Lamp series two has its cast.",
        "Ysra Fennimore plays Mira and Tom Reddle plays her brother Tam.",
        "The director Esme Holt has moved on. She has left the production, and the part of Mira is"
        " now played by Rin Soto in the flashbacks.",
        date="2026-03-01",
        title="Pellwick Lamp series two cast",
    )
    statuses = {(c.actor, c.character): c.status.value for c in found.cast if c.served}
    assert statuses.get(("Ysra Fennimore", "Mira")) == "current"


def test_a_pronoun_leaver_before_now_played_by_still_makes_the_other_actor_former() -> None:
    found = facts(
        "Pellwick Lamp series two has its cast.",
        "Ysra Fennimore plays Mira and Tom Reddle plays her brother Tam.",
        "She has left the production, and the part of Mira is now played by Rin Soto.",
        date="2026-03-01",
        title="Pellwick Lamp series two cast",
    )
    statuses = {(c.actor, c.character): c.status.value for c in found.cast if c.served}
    assert statuses.get(("Ysra Fennimore", "Mira")) == "former"


def test_an_actor_left_out_of_the_names_confirmed_at_first_but_signed_since_is_cast() -> None:
    found = facts(
        "Pellwick Lamp series two has its cast.",
        "Ysra Fennimore returns as Mira. Tom Reddle, who plays Tam, was not among the names"
        " confirmed at"
        " first, but has since signed on.",
        date="2026-03-01",
        title="Pellwick Lamp series two cast",
    )
    assert ("Tom Reddle", "Tam") in served_pairs(found)
