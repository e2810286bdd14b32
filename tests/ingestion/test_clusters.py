"""Reconciling again after names change gives what reconciling from scratch gives.

The :class:`~bot.ingestion.reconcile.Reconciler` works out again only what changed names can
affect; these properties hold it to the from-scratch answer over random histories of names
coming, changing and going (misspellings, shared first names and surnames, titles).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ingestion.reconcile import Name, NameVariant, Reconciler
from bot.names import name_key

FIRST = ["Ana", "Anna", "Bo", "Bob"]
LAST = ["Moss", "Mos", "Vale"]
PEOPLE = [f"{first} {last}" for first in FIRST for last in LAST] + FIRST + LAST
CHARACTERS = [*PEOPLE, *(f"Ms {last}" for last in LAST)]


def spelling(kind: str) -> st.SearchStrategy[tuple[tuple[str, str], Name | None]]:
    names = PEOPLE if kind == "person" else CHARACTERS
    variant = st.builds(
        lambda written, articles, day, article: NameVariant(
            name_key(written), written, articles, dt.date(2025, 1, 1) + dt.timedelta(day), article
        ),
        st.sampled_from(names),
        st.integers(1, 4),
        st.integers(0, 30),
        st.integers(1, 50),
    )
    present = variant.map(lambda v: ((kind, v.key), Name.of([v])))
    gone = st.sampled_from(names).map(lambda n: ((kind, name_key(n)), None))
    return st.one_of(present, present, gone)


changes = st.lists(
    st.lists(st.one_of(spelling("person"), spelling("character")), max_size=8),
    min_size=1,
    max_size=8,
)
pairs = st.lists(
    st.tuples(
        st.sampled_from([name_key(n) for n in PEOPLE if " " in n]),
        st.sampled_from([name_key(n) for n in CHARACTERS]),
    ),
    max_size=12,
)


def actors(cast: list[tuple[str, str]]) -> Callable[[str], set[str]]:
    """Who is cast as each character key, from (actor key, character key) pairs."""
    return lambda character: {actor for actor, played in cast if played == character}


def shape(reconciler: Reconciler) -> tuple[set[tuple[frozenset[str], str]], ...]:
    return tuple(
        {(frozenset(c.keys), c.name) for c in kind.clusters()}
        for kind in (reconciler.people, reconciler.characters)
    )


@settings(max_examples=300, deadline=None)
@given(history=changes, roles=st.lists(pairs, min_size=8, max_size=8))
def test_reconciling_step_by_step_matches_reconciling_from_scratch(
    history: list[list[tuple[tuple[str, str], Name | None]]],
    roles: list[list[tuple[str, str]]],
) -> None:
    stepwise = Reconciler()
    current: dict[tuple[str, str], Name] = {}
    for step, cast in zip(history, roles, strict=False):
        changed = dict(step)
        stepwise.update(changed, actors(cast))
        for name, found in changed.items():
            if found is None:
                current.pop(name, None)
            else:
                current[name] = found
        fresh = Reconciler()
        fresh.update(dict(current), actors(cast))
        assert shape(stepwise) == shape(fresh)
        everything = {key for (_, key) in current}
        seen = set(stepwise.people.cluster_of) | set(stepwise.characters.cluster_of)
        assert seen == everything


def test_a_shared_first_name_follows_its_actor_when_only_the_casting_changes() -> None:
    def name(written: str) -> Name:
        return Name.of([NameVariant(name_key(written), written, 1, dt.date(2025, 1, 1), 1)])

    reconciler = Reconciler()
    names = {("person", "bo moss"): name("Bo Moss"), ("person", "bob vale"): name("Bob Vale")}
    names |= {("character", n.key): n for n in map(name, ["Ana Moss", "Ana Vale", "Ana"])}
    reconciler.update(names, actors([("bo moss", "ana moss"), ("bo moss", "ana")]))
    assert reconciler.characters.cluster_of["ana"].keys == ("ana moss", "ana")
    reconciler.update({}, actors([("bob vale", "ana vale"), ("bob vale", "ana")]))
    assert reconciler.characters.cluster_of["ana"].keys == ("ana vale", "ana")
