"""A few words in marks in the standfirst that no one is named to say are held; the same words
given to a named speaker stay served."""

from tests.extract.helpers import facts, served_quotes

_TITLE = "Yseult Vrellick swaps the cobbles for a Quillmoor Reach pub"


def test_a_standfirst_fragment_credited_to_no_one_is_held() -> None:
    found = facts(
        "Yseult Vrellick is pulling pints for her first film, and her pals say she’s ‘loving "
        "every minute’.",
        "The star of Quillmoor Reach spent a week behind the bar.",
        title=_TITLE,
    )
    assert [(q.text, q.served) for q in found.quotes] == [("loving every minute", False)]


def test_a_standfirst_fragment_with_a_named_speaker_stays() -> None:
    assert served_quotes(
        facts(
            "Yseult Vrellick told us she is ‘loving every minute’ of her first film.",
            "The star of Quillmoor Reach spent a week behind the bar.",
            title=_TITLE,
        )
    ) == [("loving every", "Yseult Vrellick")]
