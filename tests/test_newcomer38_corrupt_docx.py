"""nc38 (a newcomer's real input): a .docx without its main document part said
``corrupt DOCX ("no relationship of type '…/officeDocument' in collect)`` — python-docx's words, cut mid-word, its
quotes unbalanced. One clear line: "not a Word document: no main document part". Run through the real CLI.
"""

import zipfile

from click.testing import CliRunner

from vanban.cli import cli

TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')
RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'


def test_a_docx_without_its_document_part_says_so_in_one_line(tmp_path):
    path = tmp_path / "bao-cao.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("_rels/.rels", RELS)  # the package's relationships name no main document …
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   'wordprocessingml/2006/main"><w:body/></w:document>')  # … though its part is there
    got = CliRunner().invoke(cli, ["extract", str(path), "-j", "1"])
    assert got.exit_code != 0
    # one line on stderr; with --format json (the default) stdout also carries {"file", "error"} for a consumer
    said = [ln for ln in got.output.splitlines() if "DOCX" in ln and not ln.lstrip().startswith('"')]
    assert any(ln.lstrip().startswith('"error": "corrupt DOCX (not a Word document') for ln in got.output.splitlines())
    assert len(said) == 1 and "not a Word document: no main document part" in said[0]
    assert "relationship" not in got.output and "collect" not in got.output
    assert said[0].count("(") == said[0].count(")") and said[0].count('"') % 2 == 0 and said[0].count("'") % 2 == 0
