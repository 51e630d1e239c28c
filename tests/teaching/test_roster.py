"""Reading class rosters as spreadsheets write them."""

from __future__ import annotations

from tutor.records import name_key
from tutor.teaching.roster import read_roster


def test_a_comma_separated_roster_with_a_byte_order_mark_is_read() -> None:
    data = "\ufeffName,Group,PIN,Language\nAmina,Lions,1234,fr\nBrian,,,\n".encode()
    roster = read_roster(data)
    assert roster.problems == []
    assert [(r.name, r.group, r.pin, r.language) for r in roster.rows] == [
        ("Amina", "Lions", "1234", "fr"),
        ("Brian", "", "", ""),
    ]


def test_excel_semicolons_and_windows_1252_are_read() -> None:
    data = "nom;groupe\nZoë;Étoiles\nJosé;Étoiles\n".encode("cp1252")
    roster = read_roster(data)
    assert roster.problems == []
    assert [(r.name, r.group) for r in roster.rows] == [("Zoë", "Étoiles"), ("José", "Étoiles")]


def test_every_bad_row_is_reported_with_its_line_and_good_rows_are_kept() -> None:
    data = (
        b"name,pin,language\n"
        b"Amina,12,en\n"  # line 2: PIN too short
        b",1234,en\n"  # line 3: no name
        b"Brian,,english!\n"  # line 4: not a language code
        b"amina ,,\n"  # line 5: the same name as line 2? line 2 was bad, so it is new
        b"AMINA,,\n"  # line 6: the same as line 5
        b"Chloe,5678,sw\n"
    )
    roster = read_roster(data)
    assert [(p.line, p.message.split()[0]) for p in roster.problems] == [
        (2, "The"),
        (3, "The"),
        (4, "'english!'"),
        (6, "'AMINA'"),
    ]
    assert "4 to 6 digits" in roster.problems[0].message
    assert "line 5" in roster.problems[3].message
    assert [r.name for r in roster.rows] == ["amina", "Chloe"]


def test_names_already_in_the_class_are_problems() -> None:
    roster = read_roster(b"name\nWanjiru\nNew Kid\n", existing_names={name_key("wanjiru")})
    assert [p.line for p in roster.problems] == [2]
    assert "already in this class" in roster.problems[0].message
    assert [r.name for r in roster.rows] == ["New Kid"]


def test_a_file_without_a_name_column_or_content_says_what_to_do() -> None:
    assert "name" in read_roster(b"first,last\nA,B\n").problems[0].message
    assert read_roster(b"").problems[0].message == "The file is empty."
    assert "2 MB" in read_roster(b"name\n" + b"x" * (3 * 1024 * 1024)).problems[0].message
