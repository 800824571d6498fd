"""A challenge project's folder, read and checked: ``projects/real_challenges/<id>/``.

    project.yml        the facts: periods, the steps in order (each a step of the design cycle), the data sets
    brief.md           the brief, in English; brief.nl.md in Dutch (every complete language)
    rubric.yml         criteria x four levels, in English; rubric.nl.yml in Dutch (the same criteria)
    steps/<slug>/      one step: lesson.ipynb and lesson.nl.ipynb, in the lesson format
    data/<file>        each data set the project ships, named in project.yml with its source and licence

``problems(folder, root)`` says, per problem, the file and what to do (docs/authoring.md, "Challenge
projects"). Every folder there is a project: one without project.yml is said, not skipped.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import yaml

from .. import i18n
from ..messages import did_you_mean
from . import lesson as L
from . import translations as T
from .messages import say

FACTS = "project.yml"
BRIEF = "brief.md"
RUBRIC = "rubric.yml"
STEPS = "steps"
DATA = "data"
PROJECTS = Path("projects") / "real_challenges"
PERIODS = range(6, 11)  # 50-minute periods
PHASES = ("explore", "imagine", "prototype", "test", "improve", "share")  # the plan's design cycle
RUBRIC_LEVELS = (1, 2, 3, 4)
DATA_KINDS = (".csv", ".json")
FACT_KEYS = ("levels", "periods", "prepared_by", "slo_goals", "steps", "data", "adapted_from")


def edition(folder: Path, name: str, lang: str) -> Path:
    """``brief.md`` for English, the source; ``brief.nl.md`` for Dutch (and so on for rubric.yml)."""
    stem, dot, suffix = name.partition(".")
    return Path(folder) / (name if lang == i18n.SOURCE else f"{stem}.{lang}.{suffix}")


def find_projects(root: Path) -> list[Path]:
    """Every project folder under ``root/projects/real_challenges`` (written or not: validate says which)."""
    base = Path(root) / PROJECTS
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))) if base.is_dir() else []


def _languages() -> list[str]:
    from .translations import required_languages

    return [i18n.SOURCE, *required_languages()]


def _yaml(path: Path, where: str, found: list[str]):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError:
        found.append(say("p_missing_file", file=where))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        found.append(say("p_bad_yaml", file=where, line=mark.line + 1 if mark else "?"))
    return None


def problems(folder: Path, root: Path) -> list[str]:
    """Everything wrong with one project folder: each problem names the file and what to do."""
    folder = Path(folder)
    here = _relative(folder, root)
    found: list[str] = []
    if not (folder / FACTS).is_file():
        return [say("p_no_facts", folder=here, file=f"{here}/{FACTS}")]
    facts = _yaml(folder / FACTS, f"{here}/{FACTS}", found)
    if facts is None:
        return found
    if not isinstance(facts, dict):
        return [say("p_not_a_mapping", file=f"{here}/{FACTS}")]
    for key in facts:
        if key not in FACT_KEYS:
            found.append(say("p_unknown_key", file=f"{here}/{FACTS}", key=key, known=", ".join(FACT_KEYS),
                             hint=_hint(str(key), FACT_KEYS)))
    periods = facts.get("periods")
    if not isinstance(periods, int) or periods not in PERIODS:
        found.append(say("p_periods", file=f"{here}/{FACTS}", found=periods, low=PERIODS[0], high=PERIODS[-1]))
    found += _brief_problems(folder, here)
    found += _step_problems(folder, here, facts.get("steps"))
    found += _rubric_problems(folder, here)
    found += _data_problems(folder, here, facts.get("data"))
    return found


def _brief_problems(folder: Path, here: str) -> list[str]:
    found = []
    for lang in _languages():
        path = edition(folder, BRIEF, lang)
        if not path.is_file():
            found.append(say("p_no_brief", file=f"{here}/{path.name}", language=i18n.languages()[lang]["name"]))
        elif not path.read_text(encoding="utf-8").lstrip().startswith("# "):
            found.append(say("p_brief_title", file=f"{here}/{path.name}"))
    return found


def _step_problems(folder: Path, here: str, steps) -> list[str]:
    where = f"{here}/{FACTS}"
    if not isinstance(steps, list) or not steps:
        return [say("p_no_steps", file=where)]
    found, phases = [], []
    on_disk = sorted(p.name for p in (folder / STEPS).iterdir() if p.is_dir()) if (folder / STEPS).is_dir() else []
    for n, step in enumerate(steps, 1):
        if not isinstance(step, dict) or not step.get("id") or step.get("phase") not in PHASES:
            found.append(say("p_bad_step", file=where, n=n, phases=", ".join(PHASES)))
            continue
        phases.append(step["phase"])
        step_dir = folder / STEPS / str(step["id"])
        for lang in _languages():
            path = L.NOTEBOOK if lang == i18n.SOURCE else f"lesson.{lang}.ipynb"
            rel = f"{here}/{STEPS}/{step['id']}/{path}"
            if not (step_dir / path).is_file():
                if lang == i18n.SOURCE:
                    found.append(say("p_missing_step", file=rel, step=step["id"], facts=where,
                                     hint=_hint(str(step["id"]), on_disk)))
                    break
                found.append(say("p_untranslated_step", file=rel, step=step["id"],
                                 language=i18n.languages()[lang]["name"]))
                continue
            try:
                L.read(step_dir / path)
            except Exception as exc:  # noqa: BLE001 - the author gets the notebook's own complaint
                found.append(say("p_bad_notebook", file=rel, reason=f"{type(exc).__name__}: {exc}"))
                break
            if lang != i18n.SOURCE:  # the same cells, and each says which English text it translates
                found += T.edition_problems(step_dir, lang, where=f"{here}/{STEPS}/{step['id']}")
    missing = [p for p in PHASES if p not in phases]
    if phases and missing:
        found.append(say("p_cycle_incomplete", file=where, missing=", ".join(missing)))
    return found


def _rubric_problems(folder: Path, here: str) -> list[str]:
    found: list[str] = []
    source_ids = None
    for lang in _languages():
        path = edition(folder, RUBRIC, lang)
        where = f"{here}/{path.name}"
        if not path.is_file():
            found.append(say("p_no_rubric", file=where, language=i18n.languages()[lang]["name"]))
            continue
        data = _yaml(path, where, found)
        criteria = data.get("criteria") if isinstance(data, dict) else None
        if not isinstance(criteria, list) or not criteria:
            found.append(say("p_rubric_empty", file=where))
            continue
        ids = []
        for n, c in enumerate(criteria, 1):
            levels = c.get("levels") if isinstance(c, dict) else None
            if (not isinstance(c, dict) or not c.get("id") or not c.get("title") or c.get("phase") not in PHASES
                    or not isinstance(levels, dict) or sorted(levels) != list(RUBRIC_LEVELS)
                    or not all(str(levels[k]).strip() for k in RUBRIC_LEVELS)):
                found.append(say("p_bad_criterion", file=where, n=n, phases=", ".join(PHASES)))
                continue
            ids.append(str(c["id"]))
        if lang == i18n.SOURCE:
            source_ids = ids
        elif source_ids is not None and ids != source_ids:
            found.append(say("p_rubric_differs", file=where, source=RUBRIC, ids=", ".join(source_ids)))
    return found


def _data_problems(folder: Path, here: str, data) -> list[str]:
    where = f"{here}/{FACTS}"
    if data is None:
        return []
    if not isinstance(data, list):
        return [say("p_bad_data_list", file=where)]
    found = []
    shipped = sorted(p.name for p in (folder / DATA).iterdir() if p.is_file()) if (folder / DATA).is_dir() else []
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict) or not item.get("file"):
            found.append(say("p_bad_data_list", file=where))
            continue
        name = str(item["file"])
        if not str(item.get("source") or "").strip():
            found.append(say("p_data_no_source", file=where, data=name))
        if not str(item.get("licence") or "").strip():
            found.append(say("p_data_no_licence", file=where, data=name))
        path = folder / DATA / name
        rel = f"{here}/{DATA}/{name}"
        if Path(name).name != name or path.suffix not in DATA_KINDS:
            found.append(say("p_data_kind", file=where, data=name, kinds=", ".join(DATA_KINDS)))
        elif not path.is_file():
            found.append(say("p_data_missing", file=rel, facts=where, hint=_hint(name, shipped)))
        else:
            reason = _load_problem(path)
            if reason:
                found.append(say("p_data_unreadable", file=rel, reason=reason))
    return found


LESSONS_MARK = "<!-- artech:lessons -->"  # in a brief: where the lessons that prepare it are listed


def brief_title(path: Path, fallback: str) -> str:
    """The title of a brief: its first line when that is a ``# `` heading, else ``fallback``."""
    try:
        first = Path(path).read_text(encoding="utf-8").lstrip().splitlines()[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return fallback
    return first[2:].strip() if first.startswith("# ") and first[2:].strip() else fallback


def brief_text(folder: Path, root: Path, lang: str) -> str | None:
    """The project's brief in ``lang`` as a student reads it: the lessons that prepare it listed where the
    brief has its ``<!-- artech:lessons -->`` line, each by its title in the plan (the site links them)."""
    from . import curriculum, plan_text

    path = edition(folder, BRIEF, lang)
    path = path if path.is_file() else Path(folder) / BRIEF
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if LESSONS_MARK not in text:
        return text
    try:
        facts = yaml.safe_load((Path(folder) / FACTS).read_text(encoding="utf-8")) or {}
        with i18n.use(lang):
            plan = plan_text.translated(curriculum.load(root), root, lang)
    except (OSError, yaml.YAMLError):
        facts, plan = {}, {}
    titles = {e.get("id"): e.get("title") for e in (plan.get("lessons") or []) if isinstance(e, dict)}
    for path in L.find_lessons(root):  # a written lesson's title is its notebook's, in its own edition
        try:
            other = T.edition_path(path.parent, lang)
            found = L.facts(other if other.is_file() else path, L.read(other if other.is_file() else path))
        except L.LessonError:
            continue
        titles[found.get("id")] = found.get("title") or titles.get(found.get("id"))
    ids = facts.get("prepared_by") if isinstance(facts, dict) and isinstance(facts.get("prepared_by"), list) else []
    listed = "\n".join(f"- *{titles.get(i) or i}* (`{i}`)" for i in ids)
    return text.replace(LESSONS_MARK, listed, 1)


def step_notebooks(folder: Path) -> list[Path]:
    """Every step notebook of the project in ``folder`` that is there, in the order of its steps, each
    step's English notebook first and then its editions."""
    folder = Path(folder)
    try:
        facts = yaml.safe_load((folder / FACTS).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return []
    steps = facts.get("steps") if isinstance(facts, dict) else None
    found = []
    for step in steps if isinstance(steps, list) else []:
        if isinstance(step, dict) and isinstance(step.get("id"), str) and L.SLUG.match(step["id"]):
            for lang in _languages():
                path = folder / STEPS / step["id"] / (L.NOTEBOOK if lang == i18n.SOURCE else f"lesson.{lang}.ipynb")
                if path.is_file():
                    found.append(path)
    return found


def is_project_folder(path: Path) -> bool:
    """``path`` is one project's folder: ``projects/real_challenges/<id>/`` with its project.yml."""
    path = Path(path).resolve()
    return path.is_dir() and (path / FACTS).is_file() and path.parent.parent.name == PROJECTS.parts[0] \
        and path.parent.name == PROJECTS.parts[1]


def is_variant(folder: Path) -> bool:
    """A school's own variant of a project: its project.yml says where it came from."""
    try:
        facts = yaml.safe_load((Path(folder) / FACTS).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(facts, dict) and bool(facts.get("adapted_from"))


CELL_SECONDS = 120
_QUIET = __import__("logging").getLogger("artech.project-run")  # what nbclient logs, the sentence says
_QUIET.setLevel(100)  # a cell that runs longer is stuck (a loop that never ends), not slow


def run_problems(folder: Path, root: Path, seconds: int = CELL_SECONDS) -> list[str]:
    """Run every step notebook of the project, top to bottom, as a student would: a sentence for each one
    that stops with an error or never finishes, naming the file, the cell and what to try."""
    import os
    import subprocess

    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    found = []
    for path in step_notebooks(folder):
        where = _relative(path, root)
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception:  # noqa: BLE001 - the structure check has said what is wrong with it
            continue
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
        before = os.environ.get("JPY_SESSION_NAME")
        os.environ["JPY_SESSION_NAME"] = str(path.resolve())  # where the kit looks for the project's data
        client = NotebookClient(nb, timeout=seconds, kernel_name="python3", allow_errors=True,
                                record_timing=False, resources={"metadata": {"path": str(path.parent)}},
                                log=_QUIET)
        outcome = None
        try:
            client.execute(stderr=subprocess.DEVNULL)  # the kernel's own start-up notes are not the teacher's
        except CellTimeoutError:
            outcome = "stuck"
        except DeadKernelError:
            outcome = "died"
        finally:  # the session name also says the notebook's language: the teacher's words come after it
            if before is None:
                os.environ.pop("JPY_SESSION_NAME", None)
            else:
                os.environ["JPY_SESSION_NAME"] = before
        if outcome == "stuck":
            started = [c for c in nb.cells if c.cell_type == "code" and c.get("execution_count") is not None]
            cell = started[-1] if started else None  # the last cell that started is the one still running
            found.append(say("p_step_stuck", file=where, seconds=seconds, cell=_cell_name(nb, cell)))
            continue
        if outcome == "died":
            found.append(say("p_step_died", file=where))
            continue
        for cell in nb.cells:
            error = next((o for o in cell.get("outputs", []) if o.get("output_type") == "error"), None)
            if error is not None:
                found.append(say("p_step_fails", file=where, cell=_cell_name(nb, cell),
                                 error=f"{error.get('ename', '')}: {error.get('evalue', '')}".strip(": ")))
                break  # the first error is the one to fix; the cells after it may only follow from it
    return found


def _cell_name(nb, cell) -> str:
    """"code cell 3 (`rows = load(...)`)": which cell, in words a teacher can find in JupyterLab."""
    code = [c for c in nb.cells if c.cell_type == "code"]
    if cell is None or cell not in code:
        return "?"
    first = next((ln.strip() for ln in cell.source.splitlines() if ln.strip() and not ln.strip().startswith("#")), "")
    first = first if len(first) <= 60 else first[:57] + "..."
    return say("p_cell_name", n=code.index(cell) + 1, line=first)


def plan_problems(root: Path) -> list[str]:
    """The plan and the folders agree: a written project says ``status: written``, and only then."""
    try:
        plan = yaml.safe_load((Path(root) / "curriculum.yml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return []  # the plan's own check says what is wrong with it
    written = {p.name for p in find_projects(root) if (p / FACTS).is_file()}
    found = []
    for entry in plan.get("projects") or [] if isinstance(plan, dict) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        pid, status = entry["id"], entry.get("status")
        if pid in written and status != "written":
            found.append(say("p_plan_says_planned", id=pid, folder=f"{PROJECTS.as_posix()}/{pid}"))
        elif status == "written" and pid not in written:
            found.append(say("p_plan_says_written", id=pid, folder=f"{PROJECTS.as_posix()}/{pid}"))
    return found


class ProjectError(ValueError):
    """A variant that cannot be made; the message says why and what to do."""


def adapt(root: Path, source_id: str, new_id: str) -> Path:
    """A school's own variant of project ``source_id``: a copy at ``new_id`` that names where it came from.

    Never touches the original, never overwrites a folder, and refuses a kit that is installed as a
    package (a school adapts its own copy: ``ARTECH_HOME``)."""
    import shutil

    import yaml as _yaml

    root = Path(root)
    base = root / PROJECTS
    written = [p.name for p in find_projects(root) if (p / FACTS).is_file()]
    if source_id not in written:
        raise ProjectError(say("project_unknown", id=source_id, ids=", ".join(written) or "-",
                               hint=_hint(source_id, written)))
    if not L.SLUG.match(new_id):
        raise ProjectError(say("project_bad_id", id=new_id))
    target = base / new_id
    if target.exists():
        raise ProjectError(say("project_exists", folder=_relative(target, root)))
    if "site-packages" in Path(root).resolve().parts or "dist-packages" in Path(root).resolve().parts:
        raise ProjectError(say("project_installed", root=root))
    tmp = base / f".{new_id}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(base / source_id, tmp, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    facts_path = tmp / FACTS
    text = facts_path.read_text(encoding="utf-8")
    facts = _yaml.safe_load(text) or {}
    if "adapted_from" not in facts:
        text = text.rstrip("\n") + f"\nadapted_from: {source_id}  # the original: credit it (CC BY-SA)\n"
        facts_path.write_text(text, encoding="utf-8")
    tmp.rename(target)
    return target


def load_rows(path: Path) -> list[dict]:
    """A project's data file as rows: a CSV with a header row, or a JSON list of objects."""
    if path.suffix == ".json":
        rows = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError("not a list of objects")
        return rows
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _load_problem(path: Path) -> str | None:
    try:
        rows = load_rows(path)
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
        return f"{type(exc).__name__}: {exc}"
    if not rows:
        return say("p_data_no_rows")
    if path.suffix == ".csv" and any(None in r or any(v is None for v in r.values()) for r in rows):
        return say("p_data_ragged")
    return None


def _hint(word: str, choices) -> str:
    hint = did_you_mean(word, list(choices))
    return f" {hint}" if hint else ""


def _relative(path: Path, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return str(path)
