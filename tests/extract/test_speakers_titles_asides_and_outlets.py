"""Who speaks when a name stands near the speaker but is not them: a company's field title before
a name ("said Lumen drama director Ada Vale" is Vale's, never Lumen's), a part named inside the
speaker's own aside ("Reyes, who starred as DS Tom Hale in Night Shift, said:" is Reyes's, never
Hale's), and "the streamer" after a sentence its company opens ("Lumen hasn't named a date. The
streamer has said ..." is Lumen's, never a company called "streamer"), a source that "would only
tell" an outlet or "was careful to say", and a pronoun after a host asks a guest by name (the
guest's, never the host's)."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text.startswith(text) and q.served)
    return quote.speaker, quote.source


_LEDE = "Lumen has ordered Gullstone, a six-part thriller from writer Petra Quill."


def test_field_title_before_a_name_is_the_person() -> None:
    for verb in ("said", "joked"):
        found = _speaker(
            "The coast in February is cold",
            _LEDE,
            f"Filming starts in April. “The coast in February is cold,” {verb} Lumen drama"
            " director Oriel Banks.",
        )
        assert found == ("Oriel Banks", SourceKind.PERSON), verb


def test_company_alone_after_the_verb_stays_the_company() -> None:
    found = _speaker(
        "We are thrilled",
        _LEDE,
        "Filming starts in April. “We are thrilled,” said Lumen.",
    )
    assert found == ("Lumen", SourceKind.ORGANISATION)


def test_part_in_the_speakers_aside_is_not_the_speaker() -> None:
    found = _speaker(
        "Playing the villain at home?",
        "Dario Reyes will lead the thriller Gullstone.",
        "Reyes, who previously starred as DS Tom Hale in Night Shift, said: “Playing the villain"
        " at home? I would have done it for nothing.”",
    )
    assert found == ("Dario Reyes", SourceKind.PERSON)


def test_clause_of_its_own_before_the_colon_still_speaks() -> None:
    found = _speaker(
        "and we were tired",
        "Ada Brill and Tom Vey star in Gullstone.",
        "“It was late,” Ada Brill said, as Tom Vey, beside her, finished the thought: “and we"
        " were tired.”",
    )
    assert found == ("Tom Vey", SourceKind.PERSON)


def test_the_streamer_is_the_company_opening_the_sentence_before() -> None:
    found = _speaker(
        "autumn 2027",
        "Gullstone is a thriller from writer Petra Quill.",
        "Lumen hasn’t confirmed an exact date yet. The streamer has said the series will arrive"
        " in “autumn 2027”, and reports point to October.",
        "Saltbox Films produces the thriller, which is streaming on Lumen from the autumn.",
    )
    assert found == ("Lumen", SourceKind.ORGANISATION)


def test_the_streamer_with_no_company_opening_a_sentence_is_no_one_named() -> None:
    found = _speaker(
        "autumn 2027",
        "Gullstone is a thriller from writer Petra Quill.",
        "No exact date yet. The streamer has said the series will arrive in “autumn 2027”.",
        "Saltbox Films produces the thriller, which is streaming on Lumen from the autumn.",
    )
    assert found[0] != "Lumen"


def test_a_source_that_would_only_tell_is_the_speaker() -> None:
    paragraphs = (
        "Lumen has released a first image from Gullstone, written by Petra Quill.",
        "Quill, who wrote the script, said in a post: “This one is for the fans.” Lumen is yet to"
        " name a date, though a spokesperson would only tell Reel Notes the series is coming"
        " “in 2027”.",
    )
    assert _speaker("in 2027", *paragraphs) == ("a spokesperson", SourceKind.UNNAMED)
    assert _speaker("This one is for the fans", *paragraphs) == ("Petra Quill", SourceKind.PERSON)


_SHOW = (
    "This week on Small Talk, host Rhea Okafor sits down with writer Gail Penn to talk about The"
    " Tin Road, a six-part drama."
)


def test_a_pronoun_after_the_host_asks_a_guest_by_name_is_not_the_host() -> None:
    found = _speaker("Slowly", _SHOW, "Okafor asks Penn how the script began. “Slowly,” she says.")
    assert found == ("", SourceKind.UNATTRIBUTED)  # the guest, or no one: never the host


def test_a_pronoun_after_the_host_does_something_else_stays_the_host() -> None:
    found = _speaker("Never", _SHOW, "Okafor laughs at the idea. “Never,” she says.")
    assert found == ("Rhea Okafor", SourceKind.PERSON)


def test_a_speaker_careful_to_say_is_the_speaker() -> None:
    paragraphs = (
        "Nia Roe stars in Gullstone, a thriller for Lumen.",
        "Roe will also appear in The Tin Archive, though she was careful to say she was “not"
        " allowed to say a single word” about it.",
    )
    assert _speaker("not allowed to say", *paragraphs) == ("Nia Roe", SourceKind.PERSON)


def test_a_speaker_due_to_say_is_not_read_as_saying() -> None:
    paragraphs = (
        "Nia Roe stars in Gullstone, a thriller for Lumen.",
        "Roe will also appear in The Tin Archive, though she was due to say more in “the new"
        " year”, fans were told.",
    )
    found = [q for q in facts(*paragraphs).quotes if q.text.startswith("the new year")]
    assert [(q.speaker, q.source) for q in found] in ([], [("", SourceKind.UNATTRIBUTED)])
