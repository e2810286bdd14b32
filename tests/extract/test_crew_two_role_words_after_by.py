"""A passive credit whose "by" is followed by two role words joined by "and" before the name
("Written by the show's creator and author X", "scripted by creator and author X") credits X
with the verb's job, as one role word there does."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Hollyhock Rise film gets a release date"
_LEDE = "Hollyhock Rise, the BBC drama about a beekeeping family, will end with a feature film."


def test_written_by_work_creator_and_author() -> None:
    served = served_crew(
        _LEDE,
        "Written by Hollyhock Rise creator and author Petra Havel-Moore and directed by Otis "
        "Kemble, the film follows the family into winter.",
        title=_HEAD,
    )
    assert ("writer", "Petra Havel-Moore") in served
    assert ("director", "Otis Kemble") in served


def test_scripted_by_author_and_creator() -> None:
    served = served_crew(
        _LEDE,
        "The feature is scripted by author and creator Petra Havel-Moore, with Otis Kemble "
        "directing.",
        title=_HEAD,
    )
    assert ("writer", "Petra Havel-Moore") in served
