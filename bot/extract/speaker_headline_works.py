"""A headline's "person" that the body only ever writes as a work is no one to speak.

"Emberwick: Brisa says farewell" may put a title where a profile puts its subject; when the
article cannot tell the title for its own work, the name may pass for a person, and a bare
"she told us" would fall to it. The body tells them apart: a person is called by surname alone
("Vale arrived late"), a work never by its last word ("a screening of Emberwick Rising" with
no "Rising" alone), and a work stands where titles do ("a screening of ...", "the drama ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extract.headline_people import headline_person
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.extract.works import names_a_work

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver


@once_per_doc
def written_as_work(doc: Doc, name: str) -> bool:
    """Whether ``name``, a full name the headline gives, is a work's title in the body: written
    where titles stand and never by its last word alone. Read once per article and name, not
    for each quote whose speaker asks after the headline's person."""
    last = re.escape(name.rsplit(" ", 1)[-1])
    alone = len(re.findall(rf"(?<![\w’'-]){last}(?![\w’'-])", doc.body))
    return alone <= doc.body.count(name) and names_a_work(name, doc.body)


def headline_work(resolver: Resolver) -> bool:
    """Whether the headline's one "person" is a work the body writes as such: then a bare
    pronoun's fallback (the last "she says") is no one's either, the piece's subject unknown."""
    doc = resolver.doc
    name = headline_person(doc, resolver.people, resolver.context, set())
    return name is not None and written_as_work(doc, name)
