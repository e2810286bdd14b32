"""What counts as a quote: a slate's words before the post's caption sentence, a megathread
comment whose header ends on its age, and a verdict someone "calls" a thing."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_quotes


def test_a_slate_s_words_before_a_caption_sentence_are_no_one_s() -> None:
    found = facts(
        "The cast of Copper Bay marked the first day of filming online.",
        "Pia Salo posted a selfie with a clapperboard reading “COPPER BAY – SC 4 – TK 2”. The "
        "caption read: “back on the pier where it all began”.",
    )
    texts = [text for text, _ in served_quotes(found)]
    assert "COPPER BAY –" not in texts
    assert "back on the " in texts


def test_a_slate_post_without_a_caption_serves_no_quote() -> None:
    found = facts(
        "The cast of Copper Bay marked the first day of filming online.",
        "Pia Salo posted a single clapperboard reading “Day one. Here we go again”.",
    )
    assert served_quotes(found) == []


def _thread(*paragraphs: str) -> set[tuple[str, str, SourceKind]]:
    found = facts(
        "r/CopperBay · Posted by u/harbour_mod · 3 Mar 2026",
        "The Copper Bay trailer is here. Keep all reactions in this thread.",
        *paragraphs,
        title="TRAILER MEGATHREAD: Copper Bay",
    )
    return {(q.text[:12], q.speaker, q.source) for q in found.quotes if q.served}


def test_a_comment_header_ending_on_its_age_is_the_handles() -> None:
    got = _thread(
        "u/marshlight_fan · 412 points · 6h",
        "“the pier scene at 1:10 has ruined me and I am at work”",
        "↳ u/reedbank_22 · 40 points · 5h",
        "“same, I had to pause it twice”",
    )
    assert ("the pier sce", "u/marshlight_fan", SourceKind.ORGANISATION) in got
    assert ("same, I had ", "u/reedbank_22", SourceKind.ORGANISATION) in got


def test_a_header_with_words_after_its_age_credits_no_one() -> None:
    got = _thread(
        "u/marshlight_fan · 412 points · 6h ago, edited",
        "“the pier scene at 1:10 has ruined me and I am at work”",
    )
    assert not any(speaker for _, speaker, _ in got), got


def test_a_verdict_someone_calls_a_person_is_their_quote() -> None:
    found = facts(
        "Director Tomas Renvik has cast newcomer Ida Brell as the ferryman's daughter.",
        "Renvik calls Brell “a real find” and says the part was hers from the first read.",
    )
    assert ("a real find", "Tomas Renvik") in served_quotes(found)


def test_a_name_someone_calls_a_person_stays_a_name() -> None:
    found = facts(
        "Director Tomas Renvik has cast newcomer Ida Brell as the ferryman's daughter.",
        "Renvik calls Brell “the Gull” on set, after her first scene at the harbour.",
        "“My nan calls me ‘a rapariga’,” Brell laughs.",
    )
    texts = [text for text, _ in served_quotes(found)]
    assert "the Gull" not in texts
    assert "a rapariga" not in texts


def test_an_adverb_verdict_someone_calls_a_claim_is_their_quote() -> None:
    found = facts(
        "Reports of a rift on the set of Copper Bay are untrue, a Lumen spokesperson said, "
        "calling them “totally baseless”.",
    )
    assert ("totally base", "Lumen spokesperson") in served_quotes(found)


def test_a_pet_name_someone_calls_a_person_stays_a_name() -> None:
    found = facts(
        "Director Tomas Renvik has cast newcomer Ida Brell as the ferryman's daughter.",
        "Renvik calls Brell “silly goose” on set, after her first scene at the harbour.",
    )
    assert "silly goose" not in [text for text, _ in served_quotes(found)]
