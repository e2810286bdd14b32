"""A duty told in the singular ("X is back on music duty") credits as the plural does (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_back_on_music_duty_is_a_composer_credit() -> None:
    served = served_crew("Loretta Quell is back on music duty, so expect strings.")
    assert ("composer", "Loretta Quell") in served


def test_taking_on_editing_duty_is_an_editor_credit() -> None:
    served = served_crew("Bram Okafor takes on editing duty this time around.")
    assert ("editor", "Bram Okafor") in served


def test_plain_on_duty_is_no_credit() -> None:
    served = served_crew("Bram Okafor was on duty at the premiere, handing out programmes.")
    assert not any(name == "Bram Okafor" for _, name in served)
