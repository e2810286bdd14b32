"""A profile's subject, somewhere now, preparing an untitled feature "with director X": the
place between "is now" and "preparing" ("He is now in Kelmsgard preparing a feature with director
X") does not make X the article's director."""

from tests.extract.helpers import facts


def test_a_place_before_preparing_a_feature() -> None:
    found = facts(
        "Drift Harbour Forever is the new film, shot by Pavel Nork.",
        "He is now in Kelmsgard preparing a feature with director Odile Varsk, expected to shoot "
        "in the autumn.",
    )
    assert not [c for c in found.crew if c.served and c.name == "Odile Varsk"]
    assert any(c.served and c.name == "Pavel Nork" for c in found.crew)
