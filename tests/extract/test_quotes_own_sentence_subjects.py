"""A quotation in a sentence whose own subject is a name, with no speech verb ("Mara Quill
left the project, citing “...”"), is that subject's, never the sentence before's subject going
on; a subject the article never names in full leaves the words unattributed."""

from tests.extract.helpers import facts, served_quotes


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs))


_LEAD = "Now Tobin Marsh, 31, is swapping the ward for a farm in the drama The Long Furrow."


def test_a_named_leaver_citing_a_reason_gives_their_own_words() -> None:
    assert _served(
        _LEAD,
        "Tobin will play farmer Ned Hallam. Ewan Pask, 34, quit the show in May, citing "
        "“family reasons”.",
    ) == [("family reaso", "Ewan Pask")]


def test_a_surname_subject_resolves_to_the_full_name_given_before() -> None:
    assert _served(
        _LEAD,
        "Tobin will play farmer Ned Hallam, a part first handed to Ewan Pask. Pask left in May, "
        "calling the shoot “far too long”.",
    ) == [("far too long", "Ewan Pask")]


def test_an_unknown_subject_leaves_the_words_to_no_one() -> None:
    quotes = facts(
        _LEAD,
        "Tobin will play farmer Ned Hallam. Haverly quit the show in May, citing “family reasons”.",
    ).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("family reasons", "")]


def test_a_pronoun_subject_still_goes_on_from_the_sentence_before() -> None:
    assert _served(
        _LEAD,
        "Tobin Marsh trained on a dairy farm for a month. He left in May, citing “a bad back”.",
    ) == [("a bad back", "Tobin Marsh")]
