"""A director "for" someone's next project ("her next project, a Danish feature for the director
X", "Next up for Vell is a thriller for director X") is that work's, not the article's."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Meet the composer behind Larkspur Lane"


def test_next_project_apposed_feature_for_the_director() -> None:
    served = served_crew(
        "Composer Delphine Ostrova scored Larkspur Lane, the BBC drama about a beekeeping family.",
        "Ostrova is already at work on her next project, a Danish feature for the director "
        "Marek Zielinski-Bohm, which shoots in Aarhus next spring.",
        title=_HEAD,
    )
    assert ("director", "Marek Zielinski-Bohm") not in served


def test_next_up_for_someone_is_a_thriller_for_director() -> None:
    served = served_crew(
        "Composer Delphine Ostrova scored Larkspur Lane, the BBC drama about a beekeeping family.",
        "Next up for Ostrova is a thriller for director Hanna Weisskopf, shooting in the autumn.",
        "His next film, a road movie with the director Ilse Brandvold, is in development.",
        title=_HEAD,
    )
    assert ("director", "Hanna Weisskopf") not in served
    assert ("director", "Ilse Brandvold") not in served


def test_next_project_naming_our_work_keeps_its_director() -> None:
    served = served_crew(
        "Composer Delphine Ostrova scored Larkspur Lane, the BBC drama about a beekeeping family.",
        "Her next project is Larkspur Lane season two for the director Ines Okafor-Blom.",
        title=_HEAD,
    )
    assert ("director", "Ines Okafor-Blom") in served
