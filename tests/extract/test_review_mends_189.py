"""Review mends of round 189 (invented text): a named one speaking after an according-to source
says the words even with a role before the name or a capitalised place or month on the way to
the verb; a chart entry told as slipping some places, or back or down, to a lower place is
another entry; a Q&A introduction's name set beside a former or original holder of the
headline's role is no guest; a text "from" a sender is the handle's only when the sender is the
account itself, not one the handle only tells ("a friend of @x"); a post's capitals opening on
two words the page writes as a name are a title posted, no shout; a scene where a name tells
"him" or "her" the words is a part's line, one that tells "me" a quote; a "with X directing"
after any ordinal or numbered run's dated past broadcast credits that run; a date in a sentence
with a report word stands when the next sentence denies something else."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import (
    EDITOR_QA,
    EDITOR_QA_LEDE,
    EDITOR_QA_TITLE,
    facts,
    held_pairs,
    served_pairs,
)

_SCORE_LEDE = "Composer Petra Lund scored the drama Lantern Row, directed by Ada Vale."


def _speakers(paragraph: str) -> dict[str, tuple[str, SourceKind]]:
    found = facts(_SCORE_LEDE, paragraph).quotes
    return {q.text: (q.speaker, q.source) for q in found if q.served}


def test_a_named_sayer_after_according_to_with_a_role_or_a_month_says_the_words() -> None:
    for paragraph in (
        "According to Lund, director Ada Vale heard the cue and said only “that is the one we"
        " keep”.",
        "According to Lund, Vale heard the cue in May and said only “that is the one we keep”.",
        "According to Lund, Vale sat at Abbey Road for a week and told the band “that is the one"
        " we keep”.",
    ):
        found = _speakers(paragraph)
        assert found.get("that is the one we keep", ("Ada Vale",))[0] == "Ada Vale", paragraph


_CHART_LEDE = "British drama Marrowby Tide took £1.9m on its opening weekend, good for second."
_CHART_OURS = "Marrowby Tide, directed by Ann Roe, stars Kit Moss as the ferryman Aled."
_CHART_TITLE = "UK box office: Marrowby Tide opens at No 2 behind Orbit Ten"


def _chart(paragraph: str) -> ArticleFacts:
    return facts(_CHART_LEDE, _CHART_OURS, paragraph, title=_CHART_TITLE, date="2026-05-11")


def test_a_work_that_slipped_some_places_or_back_to_a_lower_place_is_another_entry() -> None:
    for move in ("slipped two places to fourth", "dropped back to fourth", "fell a place to third"):
        found = _chart(
            f"Meanwhile, ghost story The Gull Bell {move}, with £1.1m. It stars Jodie Wynn as the"
            " widow Maud."
        )
        assert ("Jodie Wynn", "Maud") not in served_pairs(found), move
        assert ("Kit Moss", "Aled") in served_pairs(found), move


def test_a_work_that_climbed_to_a_lower_place_is_still_placed_by_its_move() -> None:
    found = _chart(
        "Meanwhile, ghost story The Gull Bell climbed three spots to fifth. It stars Jodie Wynn as"
        " the widow Maud."
    )
    assert ("Jodie Wynn", "Maud") in held_pairs(found)


def _qa_speakers(intro: str) -> set[str]:
    found = facts(
        EDITOR_QA_LEDE,
        intro,
        *EDITOR_QA,
        title=EDITOR_QA_TITLE,
    )
    return {q.speaker for q in found.quotes if q.served}


def test_a_former_holder_of_the_role_named_in_the_introduction_is_no_guest() -> None:
    for holder in ("the former editor", "an original editor", "the outgoing editor"):
        speakers = _qa_speakers(
            f"Gannet Row finished on BBC One last week. Ada Vale, {holder}, left after series"
            " one and Morwenna Tallack took over. We spoke to her in Bristol."
        )
        assert "Ada Vale" not in speakers, holder


def test_a_guest_given_the_role_plainly_still_answers() -> None:
    speakers = _qa_speakers(
        "Gannet Row finished on BBC One last week. Morwenna Tallack, an editor based in Truro,"
        " cut all six episodes."
    )
    assert speakers == {"Morwenna Tallack"}


_FANS_LEDE = "Fans of Saltmarsh reacted online on Friday as the finale dropped."


def _post_speakers(line: str) -> list[str]:
    return [q.speaker for q in facts(_FANS_LEDE, line).quotes if q.served]


def test_a_text_from_one_told_by_a_handle_is_not_the_accounts() -> None:
    for sender in ("a friend of @dunlin_rae", "a fan who tagged @dunlin_rae"):
        line = f"The top reply, from {sender}, read: “I cried for an hour.”"
        assert "@dunlin_rae" not in _post_speakers(line), sender


def test_a_text_from_someone_replying_to_a_handle_is_not_the_text_nouns() -> None:
    line = "The top reply, from someone replying to @dunlin_rae, read: “I cried for an hour.”"
    assert not any(s.startswith(("The", "@")) for s in _post_speakers(line))


def test_a_text_from_the_account_itself_or_on_a_site_is_the_accounts() -> None:
    for sender in ("her account @dunlin_rae", "@dunlin_rae on Reddit"):
        line = f"The top reply, from {sender}, read: “I cried for an hour.”"
        assert _post_speakers(line) == ["@dunlin_rae"], sender


_RETURN_LEDE = "Gannet Row returns to BBC One in May."


def _capitals(paragraph: str) -> list[str]:
    found = facts(_RETURN_LEDE, paragraph, title="Gannet Row gets a May date")
    return [q.text for q in found.quotes if q.served]


def test_a_title_posted_in_capitals_with_the_stop_outside_is_no_quote() -> None:
    for paragraph in (
        "Then Lumen posted: “MARROW HOUSE”. The teaser for Marrow House, its new thriller, ran"
        " twenty seconds.",
        "Vale then shared: “GANNET ROW SERIES TWO”. Fans went wild.",
    ):
        assert not _capitals(paragraph), paragraph


def test_words_shouted_in_capitals_with_the_stop_outside_stay_quotes() -> None:
    assert _capitals("The BBC tweeted: “THE WAIT IS OVER”. Fans went wild.") == ["THE WAIT IS OVER"]


_TALK_LEDE = "Kestle Trewin talks about the second series of Gannet Row, out on the BBC in May."


def _served_lines(paragraph: str) -> list[str]:
    return [q.text for q in facts(_TALK_LEDE, paragraph).quotes if q.served]


def test_a_scene_where_a_name_tells_a_pronoun_the_words_is_a_parts_line() -> None:
    lines = _served_lines(
        "Trewin loved the finale. There’s a moment where Morwen Pascoe tells him, “Not yet, not"
        " tonight,” and it still floors her."
    )
    assert not any(line.startswith("Not yet") for line in lines)


def test_a_moment_when_a_name_tells_the_writer_stays_a_quote() -> None:
    lines = _served_lines(
        "Lunch runs long. There’s a moment when Trewin tells me, “I nearly turned it down.”"
    )
    assert any(line.startswith("I nearly turned") for line in lines)


_SPRING_TITLE = "Marrowgate film gets a spring date"
_SPRING_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _directors(sentence: str) -> set[str]:
    found = facts(_SPRING_LEDE, "It was directed by Petra Lune. " + sentence, title=_SPRING_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_any_ordinal_or_numbered_run_broadcast_on_a_past_date_owns_its_with_credit() -> None:
    for sentence in (
        "The show's fourth season, which aired on 3 May 2021 with Odo Brannock directing, won.",
        "Its debut series, which was broadcast in May 2021 with Odo Brannock directing, won.",
        "Series 12 premiered in 2021 with Odo Brannock directing, to warm reviews.",
    ):
        found = _directors(sentence)
        assert "Odo Brannock" not in found, sentence
        assert "Petra Lune" in found, sentence


def _march_days(paragraph: str) -> set[str]:
    found = facts(
        "Hollin Bridge, the crime drama starring Petra Lund, wraps its edit this month.",
        paragraph,
        date="2026-01-12",
        title="Hollin Bridge gets a March date",
    )
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_given_date_before_a_denial_of_something_else_stands() -> None:
    for paragraph in (
        "The channel confirmed it will premiere on 6 March, ending weeks of speculation. Lund has"
        " dismissed the rumours of a feud.",
        "It will premiere on 6 March, the channel said, putting an end to reports of a delay. Lund"
        " has denied that she clashed with the director.",
    ):
        assert _march_days(paragraph) == {"2026-03-06"}, paragraph
