"""QTI import reads untrusted files: no entity expansion, no external entities, no network, no
files outside the package, no zip bombs; each refusal is reported with a clear message."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.content.conftest import png_bytes
from tutor.content.qti import convert_source, import_qti
from tutor.content.qti.safexml import MAX_DEPTH, XmlError, parse_xml

ITEM = """<?xml version="1.0" encoding="UTF-8"?>{doctype}
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="x">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>a</value></correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody><p>{body}</p>
    <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
      <simpleChoice identifier="a">yes</simpleChoice><simpleChoice identifier="b">no</simpleChoice>
    </choiceInteraction>
  </itemBody>
  <responseProcessing
      template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
</assessmentItem>
"""

LAUGHS = "\n".join(
    ["<!DOCTYPE assessmentItem [", ' <!ENTITY lol0 "lol">']
    + [f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    + ["]>"]
)
EXTERNAL = '<!DOCTYPE assessmentItem [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>'


def reason(folder: Path, name: str, text: str | bytes) -> str:
    path = folder / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    (entry,) = [entry for entry in convert_source(path).entries]
    assert entry.item_id is None
    assert entry.reason is not None
    return entry.reason


def test_a_billion_laughs_file_is_refused(tmp_path: Path) -> None:
    text = ITEM.format(doctype=LAUGHS, body="&lol9;")
    assert "billion laughs" in reason(tmp_path, "laughs.xml", text)
    with pytest.raises(XmlError, match="refused: it declares entities"):
        parse_xml(text.encode())


def test_an_external_entity_file_is_refused(tmp_path: Path) -> None:
    text = ITEM.format(doctype=EXTERNAL, body="&secret;")
    message = reason(tmp_path, "xxe.xml", text)
    assert message.startswith("refused: it declares an external entity")
    assert "root:" not in message


def test_the_refusal_does_not_depend_on_the_encoding(tmp_path: Path) -> None:
    """UTF-16 hides "<!DOCTYPE" from a byte search; the parser's own handlers still refuse."""
    text = ITEM.format(doctype=LAUGHS, body="&lol9;").replace(
        'encoding="UTF-8"', 'encoding="UTF-16"'
    )
    assert reason(tmp_path, "laughs16.xml", text.encode("utf-16")).startswith("refused:")


def test_any_dtd_and_undefined_entities_are_refused(tmp_path: Path) -> None:
    doctype = '<!DOCTYPE assessmentItem SYSTEM "http://example.com/qti.dtd">'
    assert "it has a DTD" in reason(tmp_path, "dtd.xml", ITEM.format(doctype=doctype, body="x"))
    message = reason(tmp_path, "nbsp.xml", ITEM.format(doctype="", body="a&nbsp;b"))
    assert message.startswith("not well-formed XML: undefined entity")


def test_broken_and_deeply_nested_xml_is_reported(tmp_path: Path) -> None:
    assert reason(tmp_path, "cut.xml", ITEM[:200]).startswith("not well-formed XML")
    deep = ITEM.format(doctype="", body="<b>" * (MAX_DEPTH + 5) + "</b>" * (MAX_DEPTH + 5))
    assert "nested more than" in reason(tmp_path, "deep.xml", deep)


def test_a_safe_item_converts(tmp_path: Path) -> None:
    (tmp_path / "ok.xml").write_text(ITEM.format(doctype="", body="&lt;a&gt; &amp; &#233;"))
    (entry,) = convert_source(tmp_path / "ok.xml").entries
    assert entry.item_id == "x"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("http://example.com/cat.png", "http://example.com/cat.png is on the internet"),
        ("//example.com/cat.png", "is on the internet"),
        ("data:image/png;base64,AAAA", "a file embedded as a data: URL"),
        ("../../secret.png", "../../secret.png points outside the package"),
        ("/etc/passwd", "/etc/passwd points outside the package"),
        ("missing.png", "the image missing.png cannot be copied"),
    ],
)
def test_media_outside_the_package_is_never_read(
    tmp_path: Path, source: str, expected: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "secret.png").write_bytes(png_bytes())
    body = f'<img src="{source}" alt="a cat"/>'
    assert expected in reason(tmp_path / "in", "item.xml", ITEM.format(doctype="", body=body))


def test_a_linked_media_file_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "secret.png").write_bytes(png_bytes())
    (tmp_path / "in" / "cat.png").symlink_to(tmp_path / "secret.png")
    body = '<img src="cat.png"/>'
    assert "cat.png is not a file" in reason(
        tmp_path / "in", "i.xml", ITEM.format(doctype="", body=body)
    )


def test_zip_entries_that_escape_and_zip_bombs_are_refused(tmp_path: Path) -> None:
    package = tmp_path / "evil.zip"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("../escape.xml", ITEM.format(doctype="", body="x"))
        archive.writestr("bomb.xml", b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>")
        archive.writestr("ok.xml", ITEM.format(doctype="", body="x"))
    output = tmp_path / "out"
    conversion = import_qti(package, output)
    reasons = {entry.file: entry.reason for entry in conversion.entries}
    assert reasons == {
        "bomb.xml": "bomb.xml: refused, it expands too much (a zip bomb?)",
        "ok.xml": None,
        "../escape.xml": "refused: the name leaves the package or is unsafe",
    }
    assert not (tmp_path / "escape.xml").exists()
    assert (output / "items" / "imported.txt").is_file()


def test_a_file_that_is_not_a_zip_or_xml_is_reported(tmp_path: Path) -> None:
    assert reason(tmp_path, "junk.xml", b"\x00\x01 not xml").startswith("not well-formed XML")
    not_item = '<assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"/>'
    assert reason(tmp_path, "test.xml", not_item) == (
        "not an assessment item (the file holds assessmentTest)"
    )
