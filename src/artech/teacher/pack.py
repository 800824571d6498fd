"""``artech pack``: a team's project folder as one archive that a team at another school can build on.

``export`` packs a project folder (notebooks, the design journal, pictures, data) into one zip archive,
``<folder>.artech-pack.zip``, with ``manifest.json`` (format, kit version, project, languages, date,
licence, and every file with its size and sha256) and ``LICENSE.txt`` (CC BY-SA 4.0). The team's names
are taken out first: the names a notebook lists (``metadata.artech.team``, ``metadata.authors``, and
the journal's team cell) are replaced everywhere, in every cell and every text output, and in .md and
.txt files, by "Team member 1", "Team member 2", …; home-folder paths in outputs become ``~/``.

``import`` treats every archive as hostile. Before anything is written it checks the archive's own
list of members: no paths outside the new folder, no links or other special files, no more than
``MAX_MEMBERS`` members, no member over ``MAX_MEMBER_BYTES``, no more than ``MAX_TOTAL_BYTES`` in all,
no member that unpacks to more than ``MAX_RATIO`` times its packed size (a zip bomb), only the kinds
in ``KINDS``, and a manifest that lists exactly the files there are. Then it unpacks into a hidden
temporary folder, counting every byte against the same limits and each file against its sha256, and
reads every notebook with nbformat (validated; nothing is ever run, and nothing is trusted). Only
then is the folder renamed to ``<project>-from-pack`` (``-2``, ``-3``, …: never an existing folder).
A refusal is one message and leaves nothing behind.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import unicodedata
import warnings
import zipfile
import zlib
from pathlib import Path

sys.modules.setdefault("rfc3987_syntax", None)  # see cli.py: nbformat's validator starts 3 s faster

import nbformat  # noqa: E402
from nbformat import reader as nbreader  # noqa: E402

from .. import i18n  # noqa: E402
from ..format.messages import say  # noqa: E402

FORMAT = 1  # the manifest's format; an archive in a newer format asks for a newer kit
SUFFIX = ".artech-pack.zip"
MANIFEST = "manifest.json"
LICENCE_FILE = "LICENSE.txt"
LICENCE = "CC-BY-SA-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
KINDS = (".ipynb", ".md", ".txt", ".csv", ".json", ".png", ".jpg", ".jpeg", ".svg", ".gif", ".wav")
TEXT_KINDS = (".md", ".txt")  # besides notebooks, the files whose words are searched for names
SKIP = {".ipynb_checkpoints", "__pycache__"}  # and every hidden file or folder
MB = 1024 * 1024
MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 20 * MB
MAX_TOTAL_BYTES = 100 * MB
MAX_RATIO = 100
RATIO_FLOOR = 1 * MB  # a small file may squeeze very well (a column of zeros) and does no harm
CHUNK = 64 * 1024
FOLDER_TAIL = "-from-pack"
TEAM_TAG = "team"  # the journal's cell where the team writes its first names (journal.TEAM_TAG)

# What a picture or a recording starts with: a file whose name says one kind and that holds another
# (a web page called picture.png) is refused.
MAGIC = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
         ".gif": (b"GIF87a", b"GIF89a"), ".wav": (b"RIFF",)}
# Code a browser runs inside an SVG picture opened on its own (in a tab of the school server).
SVG_CODE = re.compile(r"<\s*script|javascript\s*:|<\s*foreignObject|<\s*iframe|<\s*embed|<\s*object|"
                      r"<!ENTITY|data\s*:\s*text/html|\son[a-z]+\s*=", re.I)
WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.I)
ANSI = re.compile(r"(\x1b\[[0-?]*[ -/]*[@-~])")  # colours in a traceback: kept, never part of a word
HOME = re.compile(r"(?:/home|/Users)/[^/\s'\"<>\x1b]+(/|(?=[\s'\"<>]|$))")
WINDOWS_HOME = re.compile(r"[A-Za-z]:(\\\\|\\|/)Users\1[^\\/\s'\"<>\x1b]+(\1|(?=[\s'\"<>]|$))", re.I)
BINARY_MIMES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "application/pdf")


class PackError(ValueError):
    """A pack that cannot be made or brought in; the message says why and what to try."""


class _WriteError(Exception):
    """Writing an unpacked file failed (a full disk): the new folder's fault, not the archive's."""


# --- names -------------------------------------------------------------------------------------
class Names:
    """The team's names and the words that replace them ("Team member 1", …), whole words, any case."""

    def __init__(self, names: list[str]):
        self.number: dict[str, int] = {}  # each name, case-folded, and the team member it is
        self.spellings: set[str] = set()  # each name as written, composed and decomposed (Zoë, Zoë)
        self._compiled = None
        for name in names:
            self.add(name)
        self.count = 0

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split()).casefold()

    def add(self, name: str, same_as: str | None = None) -> None:
        name = " ".join(str(name).split())
        if len(name) < 2 or self._key(name) in self.number:
            return
        self.spellings |= {unicodedata.normalize(form, name) for form in ("NFC", "NFD")}
        self._compiled = None
        first = self._key(name).split()[0]
        if same_as is not None and self._key(same_as) in self.number:
            self.number[self._key(name)] = self.number[self._key(same_as)]
        elif first in self.number:  # "Anna de Vries" when the team listed "Anna": the same person
            self.number[self._key(name)] = self.number[first]
        else:
            self.number[self._key(name)] = len(set(self.number.values())) + 1

    @property
    def people(self) -> int:
        return len(set(self.number.values()))

    def _pattern(self):
        if not self.number:
            return None
        if self._compiled is None:
            words = sorted(set(self.number) | self.spellings, key=len, reverse=True)  # "Anna Maria" before "Anna"
            alternatives = [r"\s+".join(re.escape(w) for w in key.split()) for key in words]
            self._compiled = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)
        return self._compiled

    def swap(self, text: str) -> str:
        """``text`` with every name replaced; colour codes in a traceback are never part of a word."""
        pattern = self._pattern()
        if pattern is None or not text:
            return text

        def label(match) -> str:
            self.count += 1
            n = self.number.get(self._key(match.group(0)))
            if n is None:  # a case rule casefold does not share with re (ß, İ): the first that fits
                n = next((v for k, v in self.number.items() if re.fullmatch(re.escape(k), match.group(0), re.I)), 1)
            return say("pack_team_member", n=n)

        parts = ANSI.split(text)
        return "".join(part if i % 2 else pattern.sub(label, part) for i, part in enumerate(parts))

    def in_path(self, rel: str) -> str | None:
        """The name in a file's path, if there is one (any letters around it count as a boundary)."""
        for key in self.number:
            if re.search(r"(?<![^\W\d_])" + r"[\s_-]+".join(re.escape(w) for w in key.split()) + r"(?![^\W\d_])",
                         rel, re.I):
                return key
        return None


def _home(text: str) -> str:
    """``/home/anna/ArTech`` → ``~/ArTech``, also on a Mac and on Windows (``C:\\Users\\anna\\``)."""
    parts = ANSI.split(text)
    out = []
    for i, part in enumerate(parts):
        if not i % 2:
            part = HOME.sub(lambda m: "~" + ("/" if m.group(1) else ""), part)
            part = WINDOWS_HOME.sub(lambda m: "~" + ("/" if m.group(2) else ""), part)
        out.append(part)
    return "".join(out)


def _each_string(value, change):
    """``value`` (a string, or lists and maps of them, as notebooks store text) with ``change`` applied."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_each_string(v, change) for v in value]
    if isinstance(value, dict):
        return type(value)({k: _each_string(v, change) for k, v in value.items()})
    return value


def _textual(mime: str) -> bool:
    if mime in BINARY_MIMES:
        return False
    return mime.startswith("text/") or mime.endswith(("json", "xml", "javascript"))


def _split_names(text: str) -> list[str]:
    """The names in a list a person wrote: "Anna, Bram (code) en Chris." → Anna, Bram, Chris."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)  # "(design)", "[code]": what they did, not who
    found = []
    for token in re.split(r"[,;/&+\n]|\s+(?:and|en|und|et|y|e)\s+", text):
        token = token.strip().strip("*_-•·.!").strip()
        if 2 <= len(token) <= 40 and re.fullmatch(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}", token):
            found.append(token)
    return found


def _team_cell_names(source: str) -> list[str]:
    """The first names a team wrote in the journal's team cell, after its prompt ("…: Anna, Bram")."""
    if ":" in source:
        return _split_names(source.split(":", 1)[1])
    return _split_names("\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#")))


def _names_in(nb) -> list[tuple[str, str | None]]:
    """(name, the full name it is part of) for every name the notebook lists."""
    names: list[tuple[str, str | None]] = []
    meta = nb.metadata.get("artech")
    team = meta.get("team") if isinstance(meta, dict) else None
    if isinstance(team, list):
        names += [(n, None) for n in team if isinstance(n, str)]
    elif isinstance(team, str):  # "Anna, Bram": a list written as one string
        names += [(n, None) for n in _split_names(team)]
    authors = nb.metadata.get("authors")
    if isinstance(authors, list):
        for author in authors:
            full = author.get("name") if isinstance(author, dict) else author
            if isinstance(full, str) and full.strip():
                names.append((full, None))
                first = full.split()[0]
                if first != full.strip():
                    names.append((first, full))
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell.cell_type == "markdown" and isinstance(tags, list) and TEAM_TAG in tags:
            names += [(n, None) for n in _team_cell_names(str(cell.source))]
    return names


def strip_notebook(nb, names: Names) -> None:
    """Take the team's names out of ``nb``: its name lists, and each name in every cell and text output."""
    nb.metadata.pop("authors", None)
    if isinstance(nb.metadata.get("artech"), dict):
        nb.metadata["artech"].pop("team", None)
    for key in list(nb.metadata):
        if key not in ("artech", "kernelspec", "language_info", "widgets"):  # a title, a description
            nb.metadata[key] = _each_string(nb.metadata[key], names.swap)
    for cell in nb.cells:
        source = "".join(cell.source) if isinstance(cell.source, list) else str(cell.source)
        if isinstance(cell.get("attachments"), dict):  # a picture pasted into a cell, named "anna.png"
            renamed = {}
            for key, value in cell.attachments.items():
                new = re.sub(r"\s+", "-", names.swap(key))  # a link with spaces in it would not show the picture
                if new != key:
                    source = source.replace(f"attachment:{key}", f"attachment:{new}")
                renamed[new] = value
            cell.attachments = renamed
        cell.source = names.swap(source)
        cell.metadata = _each_string(cell.metadata, names.swap)
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind == "stream":
                out["text"] = _each_string(out.get("text", ""), lambda t: names.swap(_home(t)))
            elif kind in ("display_data", "execute_result"):
                data = out.get("data", {})
                for mime in list(data):
                    if _textual(mime):
                        data[mime] = _each_string(data[mime], lambda t: names.swap(_home(t)))
            elif kind == "error":
                for field in ("ename", "evalue", "traceback"):
                    if field in out:
                        out[field] = _each_string(out[field], lambda t: names.swap(_home(t)))


# --- export ------------------------------------------------------------------------------------
def kit_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("artech")
    except metadata.PackageNotFoundError:  # a checkout that was never installed
        from .. import __version__

        return __version__


def _team_files(folder: Path, echo) -> list[Path]:
    """The files of ``folder`` a pack can hold, in a stable order; each one left out is said."""
    found = []
    for top, dirs, files in os.walk(folder, followlinks=False):
        top_path = Path(top)
        for name in sorted(dirs):
            if name.startswith(".") or name in SKIP:
                dirs.remove(name)
            elif (top_path / name).is_symlink():
                dirs.remove(name)
                echo(say("pack_export_skipped_link", path=(top_path / name).relative_to(folder).as_posix()))
        dirs.sort()
        for name in sorted(files):
            path = top_path / name
            rel = path.relative_to(folder).as_posix()
            if name.startswith("."):
                continue
            if path.is_symlink():
                echo(say("pack_export_skipped_link", path=rel))
            elif not path.is_file():
                continue
            elif path.suffix.lower() not in KINDS:
                echo(say("pack_export_skipped_kind", path=rel, kind=path.suffix or name, kinds=" ".join(KINDS)))
            elif rel in (MANIFEST, LICENCE_FILE):
                echo(say("pack_export_skipped_reserved", path=rel))
            elif _size(path) > MAX_MEMBER_BYTES:
                echo(say("pack_export_skipped_big", path=rel, mb=MAX_MEMBER_BYTES // MB))
            else:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise PackError(say("pack_export_unreadable", path=path, detail=type(exc).__name__)) from exc


def _free_archive(wanted: Path):
    """Open a new archive file at ``wanted``, or at ``-2``, ``-3``, … beside it: never an existing one."""
    name = wanted.name
    base, tail = (name[: -len(SUFFIX)], SUFFIX) if name.endswith(SUFFIX) else (wanted.stem, wanted.suffix)
    for n in range(1, 1000):
        spot = wanted if n == 1 else wanted.with_name(f"{base}-{n}{tail}")
        try:
            return spot, open(spot, "xb")
        except FileExistsError:
            continue
    raise FileExistsError(wanted)


def licence_text(project: str, date: str) -> str:
    return say("pack_licence", project=project, date=date, url=LICENCE_URL) + "\n"


def export(folder: Path, out: Path | None = None, echo=print) -> Path:
    """Pack the team's project ``folder`` into one archive (names taken out); the archive's path."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PackError(say("pack_export_not_a_folder", folder=folder))
    folder = folder.resolve()
    files = _team_files(folder, echo)
    if not files:
        raise PackError(say("pack_export_empty", folder=folder))
    if len(files) + 2 > MAX_MEMBERS:
        raise PackError(say("pack_export_too_many", folder=folder, count=len(files), most=MAX_MEMBERS - 2))
    if sum(_size(p) for p in files) > MAX_TOTAL_BYTES:
        raise PackError(say("pack_export_too_big", folder=folder, most=MAX_TOTAL_BYTES // MB))

    notebooks, texts = {}, {}
    journal_names = {str(v.get("journal", "")) for v in i18n.languages().values()} | {"journal.ipynb"}
    for path in sorted(files, key=lambda p: (p.name not in journal_names, p.relative_to(folder).as_posix())):
        rel = path.relative_to(folder).as_posix()
        if path.suffix.lower() == ".ipynb":
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    notebooks[rel] = nbformat.read(path, as_version=4)
            except Exception as exc:  # noqa: BLE001 - not JSON, not a notebook, unreadable: the team's to fix
                raise PackError(say("pack_export_bad_notebook", path=rel, detail=type(exc).__name__)) from exc
        elif path.suffix.lower() in TEXT_KINDS:
            try:
                texts[rel] = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError) as exc:
                raise PackError(say("pack_export_bad_text", path=rel, detail=type(exc).__name__)) from exc

    names = Names([])
    project, languages = None, set()
    for nb in notebooks.values():
        for name, full in _names_in(nb):
            names.add(name, same_as=full)
        meta = nb.metadata.get("artech")
        if isinstance(meta, dict):
            if project is None and isinstance(meta.get("project"), str) and meta["project"].strip():
                project = meta["project"].strip()
            lang = meta.get("lang")
            if isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", i18n.known(lang) or lang):
                languages.add(i18n.known(lang) or lang)
    wanted = Path(out) if out else folder.parent / f"{folder.name}{SUFFIX}"
    for rel in [p.relative_to(folder).as_posix() for p in files] + [wanted.name]:
        if names.in_path(rel):
            raise PackError(say("pack_export_name_in_path", path=rel))

    today = datetime.date.today()
    members: list[tuple[str, bytes]] = []
    for path in files:
        rel = path.relative_to(folder).as_posix()
        if rel in notebooks:
            strip_notebook(notebooks[rel], names)
            text = nbformat.writes(notebooks[rel])
            data = (text if text.endswith("\n") else text + "\n").encode("utf-8")
        elif rel in texts:
            data = names.swap(texts[rel]).encode("utf-8")
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:  # gone, or locked by another program, since the folder was read
                raise PackError(say("pack_export_unreadable", path=rel, detail=type(exc).__name__)) from exc
        members.append((rel, data))
    members.append((LICENCE_FILE, licence_text(project or folder.name, today.isoformat()).encode("utf-8")))
    manifest = {
        "format": FORMAT, "kit": kit_version(), "project": project, "languages": sorted(languages),
        "created": today.isoformat(), "licence": LICENCE, "licence_url": LICENCE_URL,
        "files": [{"path": rel, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()} for rel, data in members],
    }
    members.append((MANIFEST, (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode("utf-8")))

    try:
        wanted.parent.mkdir(parents=True, exist_ok=True)
        spot, handle = _free_archive(wanted)
    except OSError as exc:
        raise PackError(say("pack_export_cannot_write", path=wanted, detail=type(exc).__name__)) from exc
    try:
        with handle, zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for rel, data in members:
                info = zipfile.ZipInfo(rel, date_time=(today.year, today.month, today.day, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                zf.writestr(info, data)
    except OSError as exc:
        spot.unlink(missing_ok=True)
        raise PackError(say("pack_export_cannot_write", path=spot, detail=type(exc).__name__)) from exc
    if spot != wanted:
        echo(say("pack_export_renamed", wanted=wanted, path=spot))
    if names.people:
        echo(say("pack_names_replaced", count=names.count, people=names.people))
    else:
        echo(say("pack_no_names"))
    echo(say("pack_exported", count=len(files), folder=folder, path=spot))
    return spot


# --- import ------------------------------------------------------------------------------------
def _unsafe(name: str) -> bool:
    """Could this member's name write outside the new folder, or not be stored on some computer?"""
    if not name or name.startswith("/") or "\\" in name or re.match(r"[A-Za-z]:", name):
        return True
    if any(ord(c) < 32 or c in '<>:"|?*\x7f' for c in name):
        return True
    parts = (name[:-1] if name.endswith("/") else name).split("/")
    if len(parts) > 16:
        return True
    return any(p in ("", ".", "..") or p.endswith((" ", ".")) or WINDOWS_RESERVED.match(p)
               or len(p.encode("utf-8")) > 200 for p in parts)


def _member_kind(info: zipfile.ZipInfo) -> str:
    """'file', 'folder', 'link' or 'other' (a device, a pipe, a file locked with a password)."""
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        return "link"
    if info.flag_bits & 0x1:
        return "other"
    if info.filename.endswith("/"):
        return "folder" if kind in (0, stat.S_IFDIR) and info.file_size == 0 else "other"
    return "file" if kind in (0, stat.S_IFREG) else "other"


def _folder_name(manifest: dict, archive: Path) -> str:
    project = manifest.get("project")
    if isinstance(project, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", project):
        return project
    name = archive.name
    for tail in (SUFFIX, ".zip"):
        if name.lower().endswith(tail):
            name = name[: -len(tail)]
            break
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")[:60] or "pack"


def _declared_members(archive: Path) -> int | None:
    """How many members the archive says it has (its last record), read before its whole list is: a list
    of a million members would take long to read only to be refused."""
    find_end = getattr(zipfile, "_EndRecData", None)  # zipfile's own reader of that record
    if find_end is None:
        return None
    with archive.open("rb") as fh:
        end = find_end(fh)
    return None if end is None else int(end[getattr(zipfile, "_ECD_ENTRIES_TOTAL", 4)])


def _members(zf: zipfile.ZipFile, archive: Path) -> list[zipfile.ZipInfo]:
    """The archive's files, checked from its own list (the central directory) before anything is read."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackError(say("pack_too_many", archive=archive, count=len(infos), most=MAX_MEMBERS))
    seen, files, total = set(), [], 0
    for info in infos:
        name = info.filename
        if _unsafe(name):
            raise PackError(say("pack_bad_name", archive=archive, member=name))
        key = unicodedata.normalize("NFC", name.rstrip("/")).casefold()
        if key in seen:
            raise PackError(say("pack_duplicate", archive=archive, member=name))
        seen.add(key)
        kind = _member_kind(info)
        if kind == "link":
            raise PackError(say("pack_symlink", archive=archive, member=name))
        if kind == "other":
            raise PackError(say("pack_not_regular", archive=archive, member=name))
        if kind == "folder":
            continue
        suffix = os.path.splitext(name)[1].lower()
        if suffix not in KINDS:
            raise PackError(say("pack_forbidden_kind", archive=archive, member=name, kind=suffix or name.rsplit("/", 1)[-1],
                                kinds=" ".join(KINDS)))
        if info.file_size > MAX_MEMBER_BYTES:
            raise PackError(say("pack_member_too_big", archive=archive, member=name, mb=MAX_MEMBER_BYTES // MB))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackError(say("pack_bomb", archive=archive, member=name,
                                ratio=info.file_size // max(info.compress_size, 1), most=MAX_RATIO))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError(say("pack_too_big", archive=archive, mb=MAX_TOTAL_BYTES // MB))
        files.append(info)
    folders = {"/".join(i.filename.split("/")[:n]).casefold() for i in files for n in range(1, i.filename.count("/") + 1)}
    for info in files:
        if info.filename.casefold() in folders:  # a file and a folder of the same name
            raise PackError(say("pack_duplicate", archive=archive, member=info.filename))
    return files


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, archive: Path, sink, read_so_far: int = 0) -> tuple[int, str]:
    """Unpack one member into ``sink`` (a function), counting every byte against the limits as it comes;
    its size and sha256."""
    digest, size = hashlib.sha256(), 0
    try:
        with zf.open(info) as source:
            while True:
                chunk = source.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_MEMBER_BYTES:
                    raise PackError(say("pack_member_too_big", archive=archive, member=info.filename,
                                        mb=MAX_MEMBER_BYTES // MB))
                if size > info.file_size:  # more than the archive's list said: it was not made honestly
                    raise PackError(say("pack_damaged_member", archive=archive, member=info.filename, detail="size"))
                if read_so_far + size > MAX_TOTAL_BYTES:
                    raise PackError(say("pack_too_big", archive=archive, mb=MAX_TOTAL_BYTES // MB))
                digest.update(chunk)
                try:
                    sink(chunk)
                except OSError as exc:
                    raise _WriteError(type(exc).__name__) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError, ValueError) as exc:
        if isinstance(exc, PackError):
            raise
        raise PackError(say("pack_damaged_member", archive=archive, member=info.filename,
                            detail=type(exc).__name__)) from exc
    return size, digest.hexdigest()


def _manifest(zf: zipfile.ZipFile, files: list[zipfile.ZipInfo], archive: Path) -> dict:
    """The archive's manifest, read within the limits, and checked: every file listed, and nothing else."""
    by_name = {i.filename: i for i in files}
    if MANIFEST not in by_name:
        raise PackError(say("pack_no_manifest", archive=archive))
    chunks: list[bytes] = []
    _read(zf, by_name[MANIFEST], archive, chunks.append)
    try:
        manifest = json.loads(b"".join(chunks).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError(say("pack_bad_manifest", archive=archive, detail=type(exc).__name__)) from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise PackError(say("pack_bad_manifest", archive=archive, detail="format"))
    if manifest["format"] > FORMAT:
        raise PackError(say("pack_newer_format", archive=archive, found=manifest["format"], known=FORMAT))
    if manifest["format"] != FORMAT:
        raise PackError(say("pack_bad_manifest", archive=archive, detail="format"))
    listed: dict[str, dict] = {}
    entries = manifest.get("files")
    if not isinstance(entries, list):
        raise PackError(say("pack_bad_manifest", archive=archive, detail="files"))
    for entry in entries:
        if not (isinstance(entry, dict) and isinstance(entry.get("path"), str) and not _unsafe(entry["path"])
                and isinstance(entry.get("size"), int) and not isinstance(entry.get("size"), bool)
                and isinstance(entry.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
                and entry["path"] not in listed and entry["path"] != MANIFEST):
            raise PackError(say("pack_bad_manifest", archive=archive, detail="files"))
        listed[entry["path"]] = entry
    for name in by_name:
        if name != MANIFEST and name not in listed:
            raise PackError(say("pack_unlisted", archive=archive, member=name))
    for name in listed:
        if name not in by_name:
            raise PackError(say("pack_missing_member", archive=archive, member=name))
    manifest["files"] = listed
    return manifest


def _check_content(path: Path, name: str, archive: Path) -> None:
    """A notebook must be one nbformat can validate (it is read, never run, never trusted); a picture
    or a recording must be what its name says; an SVG must hold no code a browser would run."""
    suffix = path.suffix.lower()
    if suffix == ".ipynb":
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # a missing cell id is a warning: JupyterLab adds one
                nb = nbreader.reads(path.read_bytes().decode("utf-8"))
                nbformat.validate(nb)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, RecursionError,
                nbformat.ValidationError) as exc:
            raise PackError(say("pack_broken_notebook", archive=archive, member=name, detail=type(exc).__name__)) from exc
    elif suffix in MAGIC:
        with path.open("rb") as fh:
            head = fh.read(12)
        if not head.startswith(MAGIC[suffix]) or (suffix == ".wav" and head[8:12] != b"WAVE"):
            raise PackError(say("pack_wrong_content", archive=archive, member=name, kind=suffix))
    elif suffix == ".svg":
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PackError(say("pack_wrong_content", archive=archive, member=name, kind=suffix)) from exc
        if SVG_CODE.search(text):
            raise PackError(say("pack_svg_code", archive=archive, member=name))


def default_into() -> Path:
    from .workspace import default_workspace

    return default_workspace() / "projects"


def import_pack(archive: Path, into: Path | None = None) -> tuple[Path, int]:
    """Bring the pack ``archive`` into a new folder in ``into`` (the workspace's projects/), after
    every check; (the new folder, the number of the team's files). Nothing is run or trusted."""
    archive = Path(archive)
    into = Path(into) if into else default_into()
    if not archive.is_file():
        if not archive.exists():
            raise PackError(say("pack_archive_missing", archive=archive))
        raise PackError(say("pack_not_a_zip", archive=archive,
                             detail="IsADirectoryError" if archive.is_dir() else "OSError"))
    try:
        if archive.stat().st_size > MAX_TOTAL_BYTES + MB:
            raise PackError(say("pack_too_big", archive=archive, mb=MAX_TOTAL_BYTES // MB))
        declared = _declared_members(archive)
        if declared is not None and declared > MAX_MEMBERS:
            raise PackError(say("pack_too_many", archive=archive, count=declared, most=MAX_MEMBERS))
        zf = zipfile.ZipFile(archive)
    except PackError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, IndexError) as exc:
        raise PackError(say("pack_not_a_zip", archive=archive, detail=type(exc).__name__)) from exc
    with zf:
        files = _members(zf, archive)
        manifest = _manifest(zf, files, archive)
        made = _make_folders(into)  # only now is anything written; each folder made is undone on a refusal
        tmp = None
        try:
            tmp = Path(tempfile.mkdtemp(prefix=".artech-pack-", dir=into))
            total = 0
            for info in sorted(files, key=lambda i: i.filename):
                dest = tmp.joinpath(*info.filename.split("/"))
                if not dest.resolve().is_relative_to(tmp.resolve()):  # _unsafe already said no; twice is cheap
                    raise PackError(say("pack_bad_name", archive=archive, member=info.filename))
                dest.parent.mkdir(parents=True, exist_ok=True)
                with open(dest, "xb") as out:
                    size, sha = _read(zf, info, archive, out.write, total)
                total += size
                entry = manifest["files"].get(info.filename)
                if info.filename != MANIFEST and (entry["size"] != size or entry["sha256"] != sha):
                    raise PackError(say("pack_hash_mismatch", archive=archive, member=info.filename))
                _check_content(dest, info.filename, archive)
            tmp.chmod(0o777 & ~_umask())  # a temporary folder is private; the new folder is like any other
            target = _rename_free(tmp, into / (_folder_name(manifest, archive) + FOLDER_TAIL))
        except BaseException as exc:
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)
            for folder in reversed(made):
                try:
                    folder.rmdir()
                except OSError:
                    pass
            if isinstance(exc, (OSError, _WriteError)):
                detail = str(exc) if isinstance(exc, _WriteError) else type(exc).__name__
                raise PackError(say("pack_cannot_write", folder=into, detail=detail)) from exc
            raise
    count = sum(1 for name in manifest["files"] if name != LICENCE_FILE)
    return target, count


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _make_folders(into: Path) -> list[Path]:
    """Make ``into`` and the folders above it that are missing; the ones made, from the top down."""
    missing = []
    for folder in [into, *into.parents]:
        if folder.exists():
            break
        missing.append(folder)
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PackError(say("pack_cannot_write", folder=into, detail=type(exc).__name__)) from exc
    if not into.is_dir():
        raise PackError(say("pack_cannot_write", folder=into, detail="NotADirectoryError"))
    return list(reversed(missing))


def _rename_free(tmp: Path, wanted: Path) -> Path:
    """Move the finished ``tmp`` folder to ``wanted``, or ``wanted-2``, …: never into an existing folder."""
    for n in range(1, 1000):
        spot = wanted if n == 1 else wanted.with_name(f"{wanted.name}-{n}")
        if spot.exists() or spot.is_symlink():
            continue
        try:
            os.rename(tmp, spot)
        except (FileExistsError, IsADirectoryError, NotADirectoryError):
            continue
        except OSError as exc:
            if exc.errno in (39, 66, 17):  # ENOTEMPTY (Linux, macOS), EEXIST: someone made it just now
                continue
            raise
        return spot
    raise FileExistsError(wanted)


# --- the command -----------------------------------------------------------------------------
def run(args) -> int:
    """``artech pack export FOLDER [--out FILE]`` and ``artech pack import ARCHIVE [--into DIR]``."""
    try:
        if args.action == "export":
            export(args.folder, args.out)
        else:
            target, count = import_pack(args.archive, args.into)
            print(say("pack_imported", archive=args.archive, folder=target, count=count))
    except PackError as err:
        print(err)
        return 2
    return 0
