"""`artech pack`: a team's project folder travels to another school without the team's names, and an
archive from elsewhere is treated as hostile: every refusal is one kind message, exit code 2, and
leaves nothing behind. Messages are compared by key, so these tests pass in every language."""

import base64
import datetime
import hashlib
import io
import json
import re
import stat
import zipfile
from pathlib import Path

import nbformat
import pytest

from artech.teacher import pack
from artech.teacher.cli import main
from conftest import is_message, message_pattern, said

NAMES = re.compile(r"(?<!\w)(?:anna|bram)(?!\w)", re.I)  # the team's names as whole words, any case


def _png(colour="red") -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (4, 3), colour).save(buf, "PNG")
    return buf.getvalue()


def _snapshot(folder: Path) -> dict:
    """Every file and folder below ``folder`` (hidden ones too), with each file's bytes."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None) for p in folder.rglob("*")}


# --- a team's project folder ---------------------------------------------------------------------
@pytest.fixture
def team(tmp_path) -> Path:
    """School A's team folder: a journal that names Anna and Bram everywhere, a picture, data, notes,
    and the things a pack leaves out (hidden files, checkpoints, caches, a Python file)."""
    folder = tmp_path / "school-a" / "ArTech" / "projects" / "climate-made-visible"
    (folder / "data").mkdir(parents=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata["artech"] = {"lang": "en", "page": "journal", "project": "climate-made-visible", "team": ["Anna", "Bram"]}
    nb.metadata["authors"] = [{"name": "Anna de Vries"}]
    team_cell = nbformat.v4.new_markdown_cell("**Our team** (first names only): Anna, Bram")
    team_cell.metadata["tags"] = ["team"]
    story = nbformat.v4.new_markdown_cell("## 1. Explore\n\nANNA sketched the poster; Bram's code draws it. "
                                          "Annabel (our teacher) is not in the team. Anna de Vries signs it.")
    code = nbformat.v4.new_code_cell("print('made by Anna')")
    code.outputs = [
        nbformat.v4.new_output("stream", name="stdout",
                               text="made by Anna in /home/anna/ArTech/projects/climate-made-visible\n"),
        nbformat.v4.new_output("display_data", data={"image/png": base64.b64encode(_png("blue")).decode(),
                                                     "text/plain": "<picture by Bram>"}),
        nbformat.v4.new_output("execute_result", data={"text/html": "<b>bram</b> and <i>anna</i>"}, execution_count=1),
        nbformat.v4.new_output("error", ename="NameError", evalue="name 'bram' is not defined",
                               traceback=["\x1b[0;31mNameError\x1b[0m in /Users/bram/ArTech/x.py",
                                          "File C:\\Users\\anna\\ArTech\\y.py, line 1", "\x1b[1;32mAnna\x1b[0m"]),
    ]
    pasted = nbformat.v4.new_markdown_cell("Our first sketch: ![sketch](attachment:anna.png)")
    pasted.attachments = {"anna.png": {"image/png": base64.b64encode(_png("green")).decode()}}
    nb.cells = [team_cell, story, code, pasted]
    nbformat.write(nb, folder / "journal.ipynb")
    (folder / "poster.png").write_bytes(_png())
    (folder / "data" / "temperatures.csv").write_text("day,temperature\n1,21.5\n2,19.0\n")
    (folder / "notes.md").write_text("# Notes\n\nBram's idea: a thermometer made of light. anna agreed.\n")
    (folder / ".secret.txt").write_text("hidden")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "journal-checkpoint.ipynb").write_text("{}")
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\x00")
    (folder / "helper.py").write_text("print('hi')\n")
    return folder


def _export(folder, capsys, *more) -> tuple[int, str]:
    code = main(["pack", "export", str(folder), *more])
    return code, capsys.readouterr().out


def _import(archive, into, capsys) -> tuple[int, str]:
    code = main(["pack", "import", str(archive), "--into", str(into)])
    return code, capsys.readouterr().out


def test_a_project_travels_between_two_workspaces_without_the_teams_names(team, tmp_path, capsys):
    code, out = _export(team, capsys)
    archive = team.parent / f"{team.name}{pack.SUFFIX}"
    assert code == 0 and archive.is_file()
    assert is_message(out, "pack_exported", count=4, folder=team, path=archive)
    assert is_message(out, "pack_names_replaced", people=2)
    assert is_message(out, "pack_export_skipped_kind", path="helper.py")

    with zipfile.ZipFile(archive) as zf:
        inside = {i.filename: zf.read(i) for i in zf.infolist()}
    assert sorted(inside) == sorted(["journal.ipynb", "poster.png", "data/temperatures.csv", "notes.md",
                                     pack.LICENCE_FILE, pack.MANIFEST]), "no hidden files, checkpoints, caches or code"
    for name, data in inside.items():
        if not name.endswith(".png"):
            assert not NAMES.search(data.decode("utf-8")), name

    school_b = tmp_path / "school-b" / "ArTech" / "projects"
    (school_b / "their-own").mkdir(parents=True)
    (school_b / "their-own" / "work.md").write_text("ours")
    code, out = _import(archive, school_b, capsys)
    target = school_b / "climate-made-visible-from-pack"
    assert code == 0 and target.is_dir()
    assert is_message(out, "pack_imported", archive=archive, folder=target, count=4)
    assert (school_b / "their-own" / "work.md").read_text() == "ours"
    assert [p.name for p in school_b.iterdir() if p.name.startswith(".")] == [], "no temporary folder is left"

    # the work arrives as it was: files, pictures, data
    assert (target / "poster.png").read_bytes() == (team / "poster.png").read_bytes()
    assert (target / "data" / "temperatures.csv").read_bytes() == (team / "data" / "temperatures.csv").read_bytes()
    journal = nbformat.read(target / "journal.ipynb", as_version=4)
    picture = journal.cells[2].outputs[1]["data"]["image/png"]
    assert base64.b64decode(picture) == _png("blue"), "a picture in an output is the work: it stays"

    # the manifest says what the pack is, and every file matches it
    manifest = json.loads((target / pack.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["format"] == 1 and manifest["licence"] == "CC-BY-SA-4.0"
    assert manifest["project"] == "climate-made-visible" and manifest["languages"] == ["en"]
    assert manifest["created"] == datetime.date.today().isoformat()
    assert manifest["kit"] == pack.kit_version() and manifest["kit"]
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) == {"journal.ipynb", "poster.png", "data/temperatures.csv", "notes.md", pack.LICENCE_FILE}
    for path, entry in listed.items():
        data = (target / path).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"]), path
    assert pack.LICENCE_URL in (target / pack.LICENCE_FILE).read_text(encoding="utf-8")

    # the names are gone everywhere: metadata, every cell, every output, the notes
    assert "team" not in journal.metadata["artech"] and "authors" not in journal.metadata
    text = json.dumps(journal.cells, ensure_ascii=False)
    assert not NAMES.search(text) and not NAMES.search((target / "notes.md").read_text(encoding="utf-8"))
    assert "Annabel" in text, "only whole words are names"
    first, second = said("pack_team_member", n=1), said("pack_team_member", n=2)
    assert f"{first}, {second}" in journal.cells[0].source
    assert f"{first} sketched" in journal.cells[1].source and f"{second}'s code" in journal.cells[1].source
    assert f"{first} signs it" in journal.cells[1].source, "the author's full name is the same team member"
    assert f"{second}'s idea" in (target / "notes.md").read_text(encoding="utf-8")
    outputs = journal.cells[2].outputs
    assert outputs[0]["text"] == f"made by {first} in ~/ArTech/projects/climate-made-visible\n"
    assert outputs[1]["data"]["text/plain"] == f"<picture by {second}>"
    assert outputs[3]["traceback"] == ["\x1b[0;31mNameError\x1b[0m in ~/ArTech/x.py", "File ~/ArTech\\y.py, line 1",
                                       f"\x1b[1;32m{first}\x1b[0m"]

    pasted = journal.cells[3]
    (name, picture), = pasted.attachments.items()
    assert base64.b64decode(picture["image/png"]) == _png("green") and " " not in name
    assert pasted.source == f"Our first sketch: ![sketch](attachment:{name})", "the picture still shows"

    # a second import is a second folder; the first stays exactly as it was
    before = _snapshot(target)
    code, out = _import(archive, school_b, capsys)
    assert code == 0 and (school_b / "climate-made-visible-from-pack-2" / "journal.ipynb").is_file()
    assert _snapshot(target) == before


def test_import_goes_to_the_workspaces_projects_folder_by_default(team, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ARTECH_WORKSPACE", str(tmp_path / "ws"))
    _export(team, capsys)
    assert main(["pack", "import", str(team.parent / f"{team.name}{pack.SUFFIX}")]) == 0
    assert (tmp_path / "ws" / "projects" / "climate-made-visible-from-pack" / "journal.ipynb").is_file()


def test_export_never_overwrites_an_archive(team, capsys):
    old = team.parent / f"{team.name}{pack.SUFFIX}"
    old.write_bytes(b"last week's pack")
    code, out = _export(team, capsys)
    new = team.parent / f"{team.name}-2{pack.SUFFIX}"
    assert code == 0 and old.read_bytes() == b"last week's pack" and zipfile.is_zipfile(new)
    assert is_message(out, "pack_export_renamed", wanted=old, path=new)
    code, out = _export(team, capsys, "--out", str(old))
    assert code == 0 and old.read_bytes() == b"last week's pack"
    assert is_message(out, "pack_export_renamed", wanted=old, path=team.parent / f"{team.name}-3{pack.SUFFIX}")


def test_export_takes_the_names_from_a_journals_team_cell_alone(tmp_path, capsys):
    folder = tmp_path / "ons-project"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["artech"] = {"lang": "nl", "page": "journal"}
    cell = nbformat.v4.new_markdown_cell("**Ons team** (alleen voornamen): Sanne en Daan")
    cell.metadata["tags"] = ["team"]
    nb.cells = [cell, nbformat.v4.new_markdown_cell("Daan bouwde de sensor, sanne schreef de code.")]
    nbformat.write(nb, folder / "dagboek.ipynb")
    code, out = _export(folder, capsys)
    assert code == 0
    with zipfile.ZipFile(tmp_path / f"ons-project{pack.SUFFIX}") as zf:
        text = zf.read("dagboek.ipynb").decode("utf-8")
        assert json.loads(zf.read(pack.MANIFEST))["languages"] == ["nl"]
    assert not re.search(r"(?i)\b(sanne|daan)\b", text)
    assert said("pack_team_member", n=2) in text


def test_export_reads_a_team_written_as_one_string_and_what_each_did(tmp_path, capsys):
    folder = tmp_path / "poster"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["artech"] = {"lang": "en", "team": "Zoë, Mehmet"}
    cell = nbformat.v4.new_markdown_cell("**Our team** (first names only): Lieke (drawing), Sem (code).")
    cell.metadata["tags"] = [pack.TEAM_TAG]
    nb.cells = [cell, nbformat.v4.new_markdown_cell("zoë and MEHMET asked Lieke and sem.")]
    nbformat.write(nb, folder / "journal.ipynb")
    code, out = _export(folder, capsys)
    assert code == 0 and is_message(out, "pack_names_replaced", people=4)
    with zipfile.ZipFile(tmp_path / f"poster{pack.SUFFIX}") as zf:
        text = zf.read("journal.ipynb").decode("utf-8")
    assert not re.search(r"(?i)zo\\u00eb|zoë|mehmet|lieke|\bsem\b", text), text
    assert said("pack_team_member", n=4) in text


def test_the_team_cell_is_the_one_the_journal_makes():
    from artech.teacher import journal

    assert pack.TEAM_TAG == journal.TEAM_TAG


def test_export_says_when_no_names_were_listed(tmp_path, capsys):
    folder = tmp_path / "anonymous"
    folder.mkdir()
    (folder / "notes.md").write_text("An idea.")
    code, out = _export(folder, capsys)
    assert code == 0 and is_message(out, "pack_no_names")


def test_export_refuses_a_file_whose_name_holds_a_team_name(team, capsys):
    (team / "anna-sketch.png").write_bytes(_png())
    code, out = _export(team, capsys)
    assert code == 2 and is_message(out, "pack_export_name_in_path", path="anna-sketch.png")
    assert not (team.parent / f"{team.name}{pack.SUFFIX}").exists()


def test_export_of_something_that_is_not_a_folder(tmp_path, capsys):
    code, out = _export(tmp_path / "nowhere", capsys)
    assert code == 2 and is_message(out, "pack_export_not_a_folder", folder=tmp_path / "nowhere")


# --- archives from elsewhere: hostile until checked ---------------------------------------------
NOTEBOOK = nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hello")])).encode()


def _manifest(files: dict) -> bytes:
    return json.dumps({"format": 1, "kit": "test", "project": None, "languages": ["en"], "created": "2025-01-01",
                       "licence": "CC-BY-SA-4.0",
                       "files": [{"path": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                                 for n, d in files.items()]}).encode()


def _archive(path: Path, files: dict | None = None, manifest=True, listed: dict | None = None, raw=()) -> Path:
    """A pack as another school (or an attacker) might send it: ``files`` and a manifest that lists
    ``listed`` (default: exactly ``files``); ``raw`` are (ZipInfo, bytes) members written as they are."""
    files = {"journal.ipynb": NOTEBOOK, "notes.md": b"# Notes\n"} if files is None else files
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
        for info, data in raw:
            zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        if manifest:
            zf.writestr(pack.MANIFEST, _manifest(files if listed is None else listed))
    return path


@pytest.fixture
def listed_only(monkeypatch):
    """For a refusal that must come from the archive's own list, before a single member is unpacked."""
    def read(*args, **kwargs):
        raise AssertionError("a member was unpacked before the archive's list was checked")

    monkeypatch.setattr(pack, "_read", read)


@pytest.fixture
def into(tmp_path) -> Path:
    """School B's projects folder, with a team's own work already in it."""
    folder = tmp_path / "school-b" / "projects"
    (folder / "their-own").mkdir(parents=True)
    (folder / "their-own" / "journal.ipynb").write_bytes(NOTEBOOK)
    return folder


def _refused(sent, folder, capsys, key, /, **values) -> None:
    """Importing ``sent`` into ``folder`` is refused with message ``key``, exit code 2, and nothing new."""
    before = _snapshot(folder.parent)
    code, out = _import(sent, folder, capsys)
    assert code == 2, out
    assert is_message(out, key, **values), out
    assert out.count(str(sent)) == 1, "one message, naming the archive"
    assert "Traceback" not in out
    assert _snapshot(folder.parent) == before, "a refused archive leaves nothing behind"


def test_the_test_archive_itself_is_accepted(tmp_path, into, capsys):
    code, out = _import(_archive(tmp_path / "fine.artech-pack.zip"), into, capsys)
    assert code == 0, out
    assert (into / "fine-from-pack" / "notes.md").read_bytes() == b"# Notes\n"


def test_refuses_a_file_that_is_not_a_zip(tmp_path, into, capsys):
    fake = tmp_path / "fake.artech-pack.zip"
    fake.write_bytes(b"this is a letter, not an archive")
    _refused(fake, into, capsys, "pack_not_a_zip", archive=fake)


def test_refuses_an_archive_that_is_not_there(tmp_path, into, capsys):
    _refused(tmp_path / "gone.zip", into, capsys, "pack_archive_missing", archive=tmp_path / "gone.zip")


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "notes/../../evil.txt", "..\\evil.txt",
                                  "C:/evil.txt", "C:evil.txt", "notes/./x.txt"])
def test_refuses_a_member_whose_path_leaves_the_folder(name, tmp_path, into, capsys):
    files = {"notes.md": b"# Notes\n", name: b"gotcha"}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    _refused(archive, into, capsys, "pack_bad_name", archive=archive, member=name)
    assert not (into.parent / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()


def test_refuses_a_symlink_member(tmp_path, into, capsys):
    link = zipfile.ZipInfo("notes.txt")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    files = {"journal.ipynb": NOTEBOOK}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files, raw=[(link, b"/etc/passwd")],
                       listed={**files, "notes.txt": b"/etc/passwd"})
    _refused(archive, into, capsys, "pack_symlink", archive=archive, member="notes.txt")


def test_refuses_a_member_that_is_not_a_regular_file(tmp_path, into, capsys):
    fifo = zipfile.ZipInfo("pipe.txt")
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    archive = _archive(tmp_path / "other-school.artech-pack.zip", {}, raw=[(fifo, b"")], listed={"pipe.txt": b""})
    _refused(archive, into, capsys, "pack_not_regular", archive=archive, member="pipe.txt")


def test_refuses_an_oversized_member(tmp_path, into, capsys, monkeypatch, listed_only):
    monkeypatch.setattr(pack, "MAX_MEMBER_BYTES", 1000)
    files = {"journal.ipynb": NOTEBOOK, "big.csv": b"1,2,3\n" * 400}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    _refused(archive, into, capsys, "pack_member_too_big", archive=archive, member="big.csv")


def test_refuses_a_member_bigger_than_its_archive_says(tmp_path, into, capsys, monkeypatch):
    """The archive's list says 500 bytes (under the limit); the member holds 2400. Unpacking stops at
    what the list said, and the member is refused: nothing past the limit is ever written."""
    monkeypatch.setattr(pack, "MAX_MEMBER_BYTES", 1000)
    data = bytes(range(256)) * 9 + b"x" * 96
    archive = _archive(tmp_path / "other-school.artech-pack.zip", {"journal.ipynb": NOTEBOOK, "big.csv": data})
    raw = bytearray(archive.read_bytes())
    patched = 0
    for at in [m.start() for m in re.finditer(rb"PK\x01\x02", bytes(raw))]:  # each central directory entry
        name_len = int.from_bytes(raw[at + 28:at + 30], "little")
        if raw[at + 46:at + 46 + name_len] == b"big.csv":
            raw[at + 24:at + 28] = (500).to_bytes(4, "little")  # its uncompressed size
            patched += 1
    archive.write_bytes(bytes(raw))
    with zipfile.ZipFile(archive) as zf:
        assert patched == 1 and zf.getinfo("big.csv").file_size == 500
    _refused(archive, into, capsys, "pack_damaged_member", archive=archive, member="big.csv")


def test_reading_stops_past_the_limit_whatever_the_archive_says(tmp_path, monkeypatch):
    archive = _archive(tmp_path / "other-school.artech-pack.zip", {"big.csv": b"7" * 5000})
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("big.csv")
        monkeypatch.setattr(pack, "MAX_MEMBER_BYTES", 1000)
        got = []
        with pytest.raises(pack.PackError, match=message_pattern("pack_member_too_big", member="big.csv")):
            pack._read(zf, info, archive, got.append)
    assert got == [], "nothing past the limit reaches the disk"


def test_refuses_a_zip_bomb(tmp_path, into, capsys, listed_only):
    files = {"journal.ipynb": NOTEBOOK, "zeros.csv": b"0" * (2 * 1024 * 1024)}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("zeros.csv")
        assert info.file_size > pack.MAX_RATIO * info.compress_size and info.file_size < pack.MAX_MEMBER_BYTES
    _refused(archive, into, capsys, "pack_bomb", archive=archive, member="zeros.csv")


def test_refuses_an_archive_that_unpacks_to_too_much(tmp_path, into, capsys, monkeypatch, listed_only):
    monkeypatch.setattr(pack, "MAX_TOTAL_BYTES", 3000)
    files = {"a.csv": bytes(range(256)) * 8, "b.csv": bytes(range(256)) * 8}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    _refused(archive, into, capsys, "pack_too_big", archive=archive)


@pytest.mark.parametrize("early", [True, False], ids=["counted-from-the-last-record", "counted-in-the-list"])
def test_refuses_too_many_members(early, tmp_path, into, capsys, monkeypatch, listed_only):
    files = {f"note-{n}.txt": b"x" for n in range(pack.MAX_MEMBERS + 1)}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    if early:  # the count comes before the archive's list is parsed at all
        monkeypatch.setattr(pack.zipfile, "ZipFile", lambda *a, **k: pytest.fail("the whole list was parsed"))
    else:
        monkeypatch.setattr(pack, "_declared_members", lambda path: None)
    _refused(archive, into, capsys, "pack_too_many", archive=archive, most=pack.MAX_MEMBERS)


def test_refuses_a_member_not_in_the_manifest(tmp_path, into, capsys):
    files = {"journal.ipynb": NOTEBOOK, "extra.txt": b"added later"}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files, listed={"journal.ipynb": NOTEBOOK})
    _refused(archive, into, capsys, "pack_unlisted", archive=archive, member="extra.txt")


def test_refuses_a_manifest_that_lists_a_missing_file(tmp_path, into, capsys):
    files = {"journal.ipynb": NOTEBOOK}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files, listed={**files, "gone.md": b"x"})
    _refused(archive, into, capsys, "pack_missing_member", archive=archive, member="gone.md")


def test_refuses_a_file_that_does_not_match_its_hash(tmp_path, into, capsys):
    files = {"journal.ipynb": NOTEBOOK, "notes.md": b"# Notes, changed on the way\n"}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files,
                       listed={"journal.ipynb": NOTEBOOK, "notes.md": b"# Notes, as exported\n"})
    _refused(archive, into, capsys, "pack_hash_mismatch", archive=archive, member="notes.md")


@pytest.mark.parametrize("name", ["run.py", "setup.sh", "page.html", "Makefile", "tool.exe"])
def test_refuses_a_kind_of_file_a_pack_may_not_hold(name, tmp_path, into, capsys):
    files = {"journal.ipynb": NOTEBOOK, name: b"import os\n"}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    _refused(archive, into, capsys, "pack_forbidden_kind", archive=archive, member=name)


def _cells(*cells) -> bytes:
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": list(cells)}).encode()


@pytest.mark.parametrize("broken", [
    b'{"cells": [', b"\xff\xfe\x00", b"[1, 2, 3]", b'{"nbformat": 4}', b'{"nbformat": 99}',
    _cells({"cell_type": "code"}),
    _cells({"cell_type": "evil", "id": "a", "metadata": {}, "source": ""}),  # only nbformat.validate sees these
    _cells({"cell_type": "markdown", "id": "a", "metadata": {}, "source": 5}),
], ids=["not-json", "not-utf8", "a-list", "no-cells", "format-99", "cell-without-fields", "unknown-cell-type",
        "source-not-text"])
def test_refuses_a_broken_notebook(broken, tmp_path, into, capsys):
    files = {"journal.ipynb": broken, "notes.md": b"# Notes\n"}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    _refused(archive, into, capsys, "pack_broken_notebook", archive=archive, member="journal.ipynb")


def test_refuses_an_archive_without_a_manifest(tmp_path, into, capsys):
    archive = _archive(tmp_path / "other-school.artech-pack.zip", manifest=False)
    _refused(archive, into, capsys, "pack_no_manifest", archive=archive)


def test_refuses_a_pack_from_a_newer_kit(tmp_path, into, capsys):
    archive = tmp_path / "other-school.artech-pack.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(pack.MANIFEST, json.dumps({"format": 2, "files": []}))
    _refused(archive, into, capsys, "pack_newer_format", archive=archive, found=2, known=1)


def test_refuses_a_member_that_is_there_twice(tmp_path, into, capsys):
    files = {"Notes.md": b"# One\n"}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files, raw=[(zipfile.ZipInfo("notes.md"), b"# Two\n")],
                       listed={**files, "notes.md": b"# Two\n"})
    _refused(archive, into, capsys, "pack_duplicate", archive=archive, member="notes.md")


def test_refuses_a_picture_that_is_something_else(tmp_path, into, capsys):
    files = {"poster.png": b"<html><script>alert(1)</script></html>"}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    _refused(archive, into, capsys, "pack_wrong_content", archive=archive, member="poster.png")


def test_refuses_an_svg_with_code_in_it(tmp_path, into, capsys):
    files = {"logo.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" onclick="fetch(1)"/></svg>'}
    archive = _archive(tmp_path / "other-school.artech-pack.zip", files)
    _refused(archive, into, capsys, "pack_svg_code", archive=archive, member="logo.svg")


def test_a_refused_archive_does_not_even_leave_the_folder_it_would_have_made(tmp_path, capsys):
    archive = _archive(tmp_path / "other-school.artech-pack.zip", {"run.py": b"x"})
    code, out = _import(archive, tmp_path / "new-school" / "projects", capsys)
    assert code == 2 and is_message(out, "pack_forbidden_kind", member="run.py")
    assert not (tmp_path / "new-school").exists()
    archive = _archive(tmp_path / "other-school.artech-pack.zip",
                       {"notes.md": b"a"}, listed={"notes.md": b"b"})  # refused only while unpacking
    code, out = _import(archive, tmp_path / "new-school" / "projects", capsys)
    assert code == 2 and is_message(out, "pack_hash_mismatch", member="notes.md")
    assert not (tmp_path / "new-school").exists()


def test_importing_never_runs_or_trusts_a_notebook(tmp_path, into, capsys, monkeypatch):
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))  # the notary's database lives here
    marker = tmp_path / "ran.txt"
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell(f"open({str(marker)!r}, 'w').write('the code ran')"),
        nbformat.v4.new_code_cell("import os\nos.system('touch ran-too.txt')", outputs=[
            nbformat.v4.new_output("display_data", data={"text/html": "<script>alert('hi')</script>"})]),
    ])
    files = {"journal.ipynb": nbformat.writes(nb).encode()}
    code, out = _import(_archive(tmp_path / "other-school.artech-pack.zip", files), into, capsys)
    assert code == 0, out
    assert not marker.exists() and not list(tmp_path.rglob("ran-too.txt"))
    from nbformat.sign import NotebookNotary

    arrived = nbformat.read(into / "other-school-from-pack" / "journal.ipynb", as_version=4)
    assert NotebookNotary().check_signature(arrived) is False, "a notebook from elsewhere is never trusted"
    assert all(c.execution_count is None for c in arrived.cells)
