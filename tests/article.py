"""A short article written for the tests, to put boilerplate around."""

TITLE = "Council votes to close old harbour bridge to cars"
BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars, ending a debate that "
    "had run for more than a decade and divided the neighbourhoods on either side of the water.",
    "Engineers had warned that the steel under the deck was corroding faster than expected, and the "
    "repairs proposed last year would have cost more than building a new crossing for cyclists.",
    "Residents who spoke at the meeting were split, with shop owners fearing the loss of passing trade "
    "while parents said the bridge had become too dangerous for children walking to school each day.",
    "The closure will take effect in the spring, and a temporary ferry service is planned while the "
    "council looks for money to replace the structure with a lighter footbridge over the next years.",
]

#: The article and ten paragraphs more: long enough that what follows it
#: lies past the head's blocks.
LONG_BODY = BODY + [
    f"In the {n} week of the works, the council will report on the ferry, the detours for cars and "
    "the cost of the temporary crossing, and residents may send their questions to the city hall."
    for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
]


def page(*parts: str) -> str:
    """Blocks separated by blank lines, as a text dump writes them."""
    return "\n\n".join(parts) + "\n"
