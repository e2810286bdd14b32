"""Quotes on invented text: a last check that the credited speaker fits the words introducing the
quote. An account's post is never the person named before it; a handle that spells a company
the article names is that company; words others use to describe someone are theirs, not that
person's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_quotes


def test_an_account_post_is_not_the_person_named_before() -> None:
    for post in (
        "Even the official Halcyon Studios account joined in, posting a photo of the last slate "
        "with the message: “That is a wrap on Orchard Lane. Back next spring.”",
        "Later the official Halcyon Studios page weighed in too, sharing the call sheet with the "
        "words: “That is a wrap on Orchard Lane. Back next spring.”",
    ):
        found = facts(
            "Filming on Orchard Lane ended on Friday, director Odile Brannock wrote on Instagram.",
            "“Thank you to every runner and driver,” she wrote.",
            post,
            date="2026-06-02",
            title="Orchard Lane wraps filming",
        )
        served = served_quotes(found)
        assert ("That is a wr", "Odile Brannock") not in served, served
        assert ("That is a wr", "Halcyon Studios") in served, served


def test_an_account_post_naming_no_company_is_held() -> None:
    found = facts(
        "Filming on Orchard Lane ended on Friday, director Odile Brannock wrote on Instagram.",
        "“Thank you to every runner and driver,” she wrote.",
        "Even the official account joined in, posting a photo with the message: “That is a "
        "wrap. Back next spring.”",
        date="2026-06-02",
        title="Orchard Lane wraps filming",
    )
    assert ("That is a wr", "Odile Brannock") not in served_quotes(found)


def test_a_handle_spelling_a_named_company_is_that_company() -> None:
    for line in (
        "The post from @HalcyonStudios said: “Perrin has had to leave the show. We wish him well.”",
        "@HalcyonStudios wrote: “Perrin has had to leave the show. We wish him well.”",
    ):
        found = facts(
            "Halcyon Studios confirmed on Monday that Orchard Lane has been recast.",
            line,
            date="2026-06-02",
            title="Orchard Lane recast",
        )
        speakers = [q.speaker for q in found.quotes if q.text.startswith("Perrin")]
        assert speakers in (["Halcyon Studios"], []), speakers


def test_words_others_describe_someone_with_are_not_theirs() -> None:
    for line in (
        "Quillan Marsh is set as Teddy, a character insiders describe as “bright, stubborn and "
        "a little reckless.”",
        "Quillan Marsh is set as Teddy, a part critics have called “bright, stubborn and a "
        "little reckless.”",
    ):
        found = facts(
            "Quillan Marsh has joined the cast of Orchard Lane.",
            line,
            date="2026-06-02",
            title="Orchard Lane adds Quillan Marsh",
        )
        assert ("bright, stub", "Quillan Marsh") not in served_quotes(found), served_quotes(found)
        said = [(q.speaker, q.source) for q in found.quotes if q.text.startswith("bright")]
        assert said in ([("insiders", SourceKind.UNNAMED)], [("critics", SourceKind.UNNAMED)]), said


def test_a_single_word_or_a_conditional_phrase_in_marks_is_held() -> None:
    for line in (
        "Runtime: not confirmed, but the teaser card says “two-hander”, so expect a short one.",
        "The listing calls it 'limited', whatever that means this time.",
        "Spoilers from the novel go in tags. Yes, even if “all of you have read it already”.",
        "No leaks in titles, unless 'the studio posted it first' and even then, ask.",
    ):
        found = facts(
            "Orchard Lane discussion thread: the film opens on Lumen in June.",
            line,
            date="2026-06-02",
            title="Orchard Lane megathread",
        )
        served = [q.text for q in found.quotes if q.served]
        assert not served, served


def test_an_unattributed_sentence_in_marks_is_still_kept() -> None:
    found = facts(
        "Orchard Lane discussion thread: the film opens on Lumen in June.",
        "Someone in the old thread wrote “I have seen the teaser forty times and I regret "
        "nothing” and honestly, same.",
        date="2026-06-02",
        title="Orchard Lane megathread",
    )
    assert [q.text[:10] for q in found.quotes if q.served] == ["I have see"], found.quotes


def test_an_official_account_under_a_company_heading_is_that_company() -> None:
    for line in (
        "What Lumen said: the official account posted the teaser with the caption “Back where "
        "it started. See you in June.” and a wave emoji.",
        "What Lumen posted: its official page shared the poster, writing “Back where it "
        "started. See you in June.”",
    ):
        found = facts(
            "Orchard Lane discussion thread: the film opens on Lumen in June.",
            line,
            date="2026-06-02",
            title="Orchard Lane megathread",
        )
        speakers = [q.speaker for q in found.quotes if q.served and q.text.startswith("Back")]
        assert speakers in (["Lumen"], [""], []), speakers  # the company, or no one
        assert "official account" not in speakers
    found = facts(
        "Orchard Lane discussion thread: the film opens on Lumen in June.",
        "What Lumen said: the official account posted the teaser with the caption “Back where "
        "it started. See you in June.” and a wave emoji.",
        date="2026-06-02",
        title="Orchard Lane megathread",
    )
    assert [q.speaker for q in found.quotes if q.served] == ["Lumen"], found.quotes


def test_words_someone_unnamed_says_are_that_someones() -> None:
    for line in (
        "Best reply in the old thread: someone wrote “I have seen the teaser forty times and I "
        "still cannot hear the last line” and honestly, same.",
        "At the screening someone at the back apparently yelled “Put the lights back up!”, "
        "which the director loved.",
    ):
        found = facts(
            "Orchard Lane discussion thread: the film opens on Lumen in June.",
            line,
            date="2026-06-02",
            title="Orchard Lane megathread",
        )
        said = [(q.speaker, q.source) for q in found.quotes if q.served]
        assert said == [("someone", SourceKind.UNNAMED)], found.quotes


def test_a_handle_with_a_territory_after_a_named_company_is_that_company() -> None:
    for handle, speaker in (
        ("@BrindlewickUK", "Brindlewick"),
        ("@brindlewick_us", "Brindlewick"),
        ("@BrindlewickFans", "@BrindlewickFans"),
    ):
        found = facts(
            "Brindlewick announced on Monday that The Copper Sorrel arrives in May.",
            f"The post from {handle} said: “One harbour. One summer. Coming soon.”",
            date="2026-06-02",
            title="The Copper Sorrel gets a date",
        )
        speakers = [q.speaker for q in found.quotes if q.text.startswith("One harbour")]
        assert speakers == [speaker], (handle, speakers)
