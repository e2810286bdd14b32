"""A "she said" never stands for a plural group noun ("the readers", "many viewers"): a crowd is
not "she". The woman named just before ("and so does Mirela", "with her") is the one who spoke;
when no one fits, the quote goes unattributed rather than to the crowd."""

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


_TITLE = "Ansel Brookfield-Kerr: 'I wanted the film to breathe'"
_LEDE = (
    "When the studio decided that Mirela Tunstall-Obi's novels would end on screen with a single "
    "film, it hired Ansel Brookfield-Kerr, the director of 'Low Tide'. We spoke to him in a "
    "cutting room."
)


def test_she_after_a_crowd_and_so_does_a_name_is_that_name() -> None:
    served = _served(
        _LEDE,
        "Q: You joined at the very end of a much-loved series. Was that hard?",
        "Alarming, honestly. The readers know these people better than I do, and so does Mirela. "
        'My first talk with her was about what I mustn\'t touch. She said, "Keep it small." '
        "That was the entire brief.",
        title=_TITLE,
    )
    assert served.get("Keep it small.") == "Mirela Tunstall-Obi"


def test_she_after_many_viewers_is_never_the_viewers() -> None:
    served = _served(
        _LEDE,
        "Q: Did you worry about the old audience?",
        "Of course. Many viewers have grown up with the books. She told me, "
        "\u201cThey will forgive anything but a fake kiss.\u201d",
        title=_TITLE,
    )
    assert served.get("They will forgive anything but a fake kiss.") != "Many viewers"
    assert "Many viewers" not in served.values()


def test_he_after_the_fans_is_never_the_fans() -> None:
    served = _served(
        "Corvin Aldana-Reyes wrote the songs for the stage version of Harbour Lights.",
        "The fans queued around the block on the first night. He said, \u201cI hid in the "
        "lighting box for the whole first act.\u201d",
        title="Harbour Lights opens to long queues",
    )
    assert served.get("I hid in the lighting box for the whole first act.") != "The fans"
    assert "The fans" not in served.values()


def test_a_first_name_that_also_ends_a_film_title_is_still_the_writer() -> None:
    served = _served(
        "When the studio decided that Mirela Tunstall-Obi's novels would end on screen with a "
        "single film, it hired Ansel Brookfield-Kerr, the director of 'Only Mirela'. We spoke "
        "to him in a cutting room.",
        "Q: Was the job daunting?",
        "Very. The fans know the books better than I do, and so does Mirela. We met twice. "
        "She said, \u201cCut whatever you need to.\u201d",
        title=_TITLE,
    )
    assert served.get("Cut whatever you need to.") == "Mirela Tunstall-Obi"
