"""A column answering readers' questions: "Q: When is it on? — Ann, Swansea" then "A: ...".

The question is a reader's, signed after its question mark with a first name (and a town); the
answers under "A:" are the column's own writer's, named by the byline. A question that ends on
a signature still asks, and only when every question of the page is so signed is the writer,
not a guest, taken to answer: an interview's questions are never signed by readers.
"""

from __future__ import annotations

from bot.extract.interview_askers import signed
from bot.extract.speakers import Speaker
from bot.extract.text import Doc
from bot.facts import SourceKind


def column_writer(doc: Doc) -> Speaker | None:
    """The byline's writer, when the page's "Q:" questions are all signed by readers."""
    if not doc.byline or doc.byline.startswith(("u/", "@")):
        return None
    asked = [q for q in doc.quotes if q.label and q.asking]
    if not asked:
        return None
    for quote in asked:
        if not signed(doc.text, doc.paras[quote.para]):
            return None
    return Speaker(doc.byline, SourceKind.PERSON, "A:")
