"""Review 44-D mends: a preposition before a company title keeps the speaker ("said Quill to
director Oriel Banks" is Quill's), "time will tell" and "will tell you" are no speech while
"did tell" finds its speaker, a comment's age in months or hours ends its header, and any
"-ly" adverb before a verdict after "called" makes it the caller's words."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Lumen has ordered Gullstone, a six-part thriller from writer Petra Quill."


def _served(text: str, *paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [
        (q.speaker, q.source)
        for q in facts(*paragraphs).quotes
        if q.text.startswith(text) and q.served
    ]


def test_a_preposition_before_a_title_keeps_the_speaker() -> None:
    for tail in (
        "said Petra Quill to director Oriel Banks.",
        "wrote Petra Quill of director Oriel Banks.",
        "said Petra Quill about director Oriel Banks.",
        "joked Petra Quill with director Oriel Banks.",
        "said Petra Quill for director Oriel Banks.",
        "said Petra Quill on director Oriel Banks’s set.",
    ):
        found = _served(
            "The coast is cold", _LEDE, f"Filming starts in April. “The coast is cold,” {tail}"
        )
        assert ("Oriel Banks", SourceKind.PERSON) not in found, tail
        assert found in ([], [("Petra Quill", SourceKind.PERSON)]), tail


def test_time_or_a_fan_that_will_tell_is_no_speaker() -> None:
    lede = "Nia Roe stars in Gullstone, a thriller for Lumen."
    for para in (
        "Only time will tell whether Gullstone is “the next Broadchurch”.",
        "Time will tell whether Gullstone is “the next Broadchurch”.",
        "As any fan will tell you, the first series was “a slow burn”.",
        "The ratings will tell us if the reboot is “worth it”.",
    ):
        inner = para.split("“")[1][:8]
        assert _served(inner, lede, para) == [], para


def test_a_speaker_who_did_tell_is_the_speaker() -> None:
    lede = "Nia Roe stars in Gullstone, a thriller for Lumen."
    for para in (
        "She did tell Reel Notes the shoot was “brutally cold”.",
        "Roe did tell Reel Notes the shoot was “brutally cold”.",
    ):
        found = _served("brutally cold", lede, para)
        assert found in ([], [("Nia Roe", SourceKind.PERSON)]), para


def test_a_comment_age_in_months_or_hours_ends_its_header() -> None:
    lede = "Fans on Reddit reacted to the Gullstone trailer from Lumen."
    for age in ("3mo", "2y ago", "12 hr. ago", "6h"):
        found = _served(
            "This looks like",
            lede,
            "Top comments:",
            f"u/pierwatcher · 412 points · {age}",
            "“This looks like the best thing Lumen has made in years, honestly.”",
        )
        assert [speaker for speaker, _ in found] == ["u/pierwatcher"], age


def test_any_ly_adverb_before_a_verdict_is_the_callers() -> None:
    lede = "Ada Brill and Tom Vey star in Gullstone, a thriller for Lumen."
    for adverb in ("utterly", "flatly", "simply", "completely"):
        found = _served(f"{adverb} brilliant", lede, f"Brill called Vey “{adverb} brilliant”.")
        assert found == [("Ada Brill", SourceKind.PERSON)], adverb


def test_a_poster_inside_a_dashed_clause_of_their_own_is_the_poster() -> None:
    lede = "Filming on Gullstone began this week."
    for para in (
        "Ada Brill was not on set — Jo Walsh shared the photo instead — with the words: “The crew"
        " is back.”",
        "The cast reunited on Monday — Jo Walsh posted a photo of them all — with the words: “The"
        " crew is back.”",
    ):
        found = _served("The crew is back", lede, para)
        assert ("Ada Brill", SourceKind.PERSON) not in found, para
        assert found in ([], [("Jo Walsh", SourceKind.PERSON)]), para


def test_the_subjects_own_note_or_message_keeps_its_author() -> None:
    lede = "Cinematographer Ines Vell shot the drama Gullstone for Lumen."
    for para, inner in (
        ("Vell posted a note asking for “patience from everyone waiting”.", "patience"),
        ("Vell replied with a text that read “the fog stays”.", "the fog"),
        ("Vell posted a message that read “We are back on the pier tomorrow”.", "We are back"),
    ):
        found = _served(inner, lede, para)
        assert found == [("Ines Vell", SourceKind.PERSON)], para
    recalled = _served(
        "more fog", lede, "Vell recalls a producer’s note asking for “more fog on the pier”."
    )
    assert ("Ines Vell", SourceKind.PERSON) not in recalled


def test_what_a_group_calls_someone_is_no_quote() -> None:
    lede = "Ada Brill and Tom Vey star in Gullstone, a thriller for Lumen."
    for para, inner in (
        ("Brill says the crew call her “a mum” on set.", "a mum"),
        ("Everyone on set calls Vey “a gent”.", "a gent"),
        ("Fans have long called Vey “a national treasure”.", "a national"),
    ):
        assert _served(inner, lede, para) == [], para
    named = _served("a proper find", lede, "Brill calls Vey “a proper find”.")
    assert named == [("Ada Brill", SourceKind.PERSON)]


def test_the_streamer_is_never_an_opener_that_is_not_its_platform() -> None:
    lede = "Gullstone is a thriller from writer Petra Quill."
    last = "Saltbox Films produces the thriller, which is streaming on Lumen from the autumn."
    for para in (
        "BAFTA hasn’t named its shortlist yet. The streamer has said the series will arrive in"
        " “autumn 2027”.",
        "Saltbox hasn’t confirmed an exact date yet. The streamer has said the series will"
        " arrive in “autumn 2027”.",
        "HBO hasn’t bid. The streamer has said the series will arrive in “autumn 2027”.",
    ):
        found = _served("autumn 2027", lede, para, last)
        for wrong in ("BAFTA", "Saltbox Films", "Saltbox", "HBO"):
            assert (wrong, SourceKind.ORGANISATION) not in found, para
