"""Boilerplate lines and metadata on hand-written page texts."""

from __future__ import annotations

from dyadwatch.ingest import blank_lines, build_document, find_boilerplate, layout_of
from dyadwatch.ingest.metadata import normalise_person_name, parse_byline, parse_date

PARA_1 = (
    "Ministers from Poland and Lithuania met in Vilnius on Thursday to review the "
    "construction of a joint power link, which both governments describe as vital for "
    "the region's energy security after years of dependence on imports."
)
PARA_2 = (
    "The Polish minister said that the cable would be finished by the end of next year, "
    "and that both grids would then be synchronised with the continental network, a "
    "step the two capitals have planned for nearly a decade."
)
CAPTION = "Both grids will be synchronised with the continental network"
PARA_3 = (
    "Lithuanian officials told reporters that financing for the final section had been "
    "secured from a European fund, and that tenders for the converter station would open "
    "in the spring, with the first contracts expected before the summer."
)
PARA_4 = (
    "The ministers also discussed cross-border rail links and agreed to set up a working "
    "group on freight tariffs, which will report to both cabinets in the autumn."
)
TEASER = [
    "Baltic Grid Plans: A Decade of Delays?",
    "Henrik Vaskel",
    "Planners in three Baltic capitals have argued for years about who should pay for "
    "the reserve capacity that synchronisation will require.",
]

PAGE = "\n".join([
    "EN|PL|LT",
    "Follow us on:",
    "",
    "Warsaw and Vilnius push ahead with power link",
    "",
    "Dorota KOWALCZYK-NOWAK, September 12",
    "",
    "Poland. Lithuania Energy",
    "",
    PARA_1,
    "",
    PARA_2,
    "",
    CAPTION,
    "",
    PARA_3,
    "",
    *TEASER,
    "",
    PARA_4,
    "",
    "Dorota Kowalczyk-Nowak, energy correspondent, exclusively for the online magazine "
    "“Baltic Ledger",
    "",
    "Related articles",
    "Will the Baltic states build new nuclear plants?",
    "Gas storage levels rise across the region",
    "Rail Baltica reaches the Polish border",
])
GOLD_BOILERPLATE = [
    "EN|PL|LT", "Follow us on:", "Poland. Lithuania Energy", CAPTION, *TEASER,
    "Related articles", "Will the Baltic states build new nuclear plants?",
    "Gas storage levels rise across the region", "Rail Baltica reaches the Polish border",
]


def test_boilerplate_kinds_are_found_in_order() -> None:
    found = [line.text for line in find_boilerplate(layout_of(PAGE))]
    assert found == GOLD_BOILERPLATE


def test_document_keeps_text_and_blanks_clean_text() -> None:
    dated = PAGE.replace(PARA_4, PARA_4 + " The link was first proposed on May 3, 2015.")
    doc = build_document("grid", dated, "x", "txt")
    assert doc.text.startswith("EN|PL|LT")
    assert len(doc.clean_text) == len(doc.text)
    assert doc.clean_text.count("\n") == doc.text.count("\n")
    assert CAPTION not in doc.clean_text
    assert PARA_2 in doc.clean_text
    start = doc.text.index(PARA_3)
    assert doc.clean_text[start : start + len(PARA_3)] == PARA_3
    assert list(doc.boilerplate_lines) == GOLD_BOILERPLATE
    assert doc.title == "Warsaw and Vilnius push ahead with power link"
    assert doc.author == "Dorota Kowalczyk-Nowak"
    assert doc.outlet == "Baltic Ledger"
    # "September 12" has no year: it takes the year of the latest full date (2015).
    assert doc.published == "2015-09-12"


def test_byline_without_year_and_no_dated_text_gives_no_date() -> None:
    doc = build_document("grid", PAGE, "x", "txt")
    assert doc.published is None


def test_subtitle_in_header_and_subheading_in_body_are_kept() -> None:
    text = "\n".join([
        "Seoul and Hanoi expand trade",
        "Both sides expect new investment in electronics and shipbuilding plants",
        PARA_1,
        "Electronics",
        PARA_2,
    ])
    layout = layout_of(text)
    assert find_boilerplate(layout) == []


def test_related_marker_in_header_does_not_swallow_title() -> None:
    text = "\n".join(["Read more", "Hanoi and Manila sign coast guard accord",
                      "By Tran Minh Chau", PARA_1, PARA_2])
    doc = build_document("r", text, "x", "txt")
    assert doc.boilerplate_lines == ("Read more",)
    assert doc.title == "Hanoi and Manila sign coast guard accord"
    assert doc.author == "Tran Minh Chau"


def test_markdown_marks_are_not_part_of_title_or_author() -> None:
    text = "\n".join(["# Seoul and Hanoi expand trade", "", "*By Le Thi Hoa, May 2, 2024*", "",
                      PARA_1])
    doc = build_document("m", text, "x", "md")
    assert (doc.title, doc.author, doc.published) == (
        "Seoul and Hanoi expand trade", "Le Thi Hoa", "2024-05-02")


def test_no_title_when_text_starts_with_a_paragraph() -> None:
    doc = build_document("p", "\n".join([PARA_1, PARA_2]), "x", "txt")
    assert doc.title is None
    assert doc.author is None
    assert doc.boilerplate_lines == ()


def test_byline_first_then_title_with_final_stop() -> None:
    text = "\n".join(["Kenji ARAKAWA", "Tokyo welcomes the new fisheries accord.", PARA_1])
    doc = build_document("a", text, "x", "txt")
    assert doc.author == "Kenji Arakawa"
    assert doc.title == "Tokyo welcomes the new fisheries accord."


def test_known_signoff_table_names_the_outlet() -> None:
    text = "\n".join([
        "Prospects for the Caspian summit", "", PARA_1, "", PARA_2, "",
        "Views expressed are of individual Members and Contributors, rather than the "
        "Club's, unless explicitly stated otherwise.",
    ])
    doc = build_document("c", text, "x", "txt")
    assert doc.outlet == "Valdai Discussion Club"
    assert doc.boilerplate_lines[-1].startswith("Views expressed")


def test_hard_wrapped_text_has_no_shape_boilerplate() -> None:
    body = " ".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_1, PARA_2])
    wrapped, line = [], ""
    for word in body.split():
        if len(line) + len(word) > 72:
            wrapped.append(line)
            line = ""
        line = f"{line} {word}".strip()
    wrapped.append(line)
    layout = layout_of("\n".join(wrapped))
    assert layout.wrapped
    assert find_boilerplate(layout) == []


def test_blank_lines_keeps_length_and_newlines() -> None:
    text = "keep\nDROP THIS\nkeep too\n"
    layout = layout_of(text)
    cleaned = blank_lines(text, [layout.lines[1]])
    assert cleaned == "keep\n         \nkeep too\n"


def test_person_name_normalisation() -> None:
    assert normalise_person_name("Kenan AĞAZADE") == "Kenan Ağazade"
    assert normalise_person_name("SELİN YILDIZ") == "Selin Yildiz"
    assert normalise_person_name("Anna Schmidt") == "Anna Schmidt"


def test_byline_and_date_parsing() -> None:
    assert parse_byline("By Ana Ruiz, 7 March 2024") == ("Ana Ruiz", parse_date("2024-03-07"))
    assert parse_byline("Konstanz Weber, August 07") is not None
    assert parse_byline("Relations between the two countries") is None
    assert parse_byline("Ana Ruiz, foreign editor and columnist") is None
    assert parse_date("Aug. 5, 2023") == parse_date("5 August 2023")
    assert parse_date("February 30, 2024") is None
