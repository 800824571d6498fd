"""The curriculum map: ``curriculum.yml`` at the kit's root, read and checked.

``problems(root)`` returns one kind, concrete message per problem (what
happened → why → what to do), naming the file to change. ``artech validate``
prints them. ``lessons_by`` and ``coverage`` give the site the map and the
SLO coverage table. Its messages are in ``format/messages.py`` (the teacher catalogue).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import lesson
from ..messages import did_you_mean

FILE = "curriculum.yml"
LEVELS = (1, 2, 3, 4)
PER_CELL = 3  # lessons per strand per level
N_LESSONS = len(lesson.STRANDS) * len(LEVELS) * PER_CELL
STATUSES = ("planned", "written")
DURATIONS = (45, 50)
SLO_GOALS = range(1, 10)
CHALLENGES = (
    "ageing population",
    "climate change",
    "food, water and energy",
    "creativity & education",
    "active citizenship",
    "translocal solidarity",
    "balancing security & privacy",
)
TOP_KEYS = ("levels", "strands", "lessons", "projects")
LESSON_KEYS = ("id", "title", "strand", "level", "status", "duration", "objectives",
               "prerequisites", "projects", "slo_goals", "design_cycle")
PROJECT_KEYS = ("id", "title", "challenge", "levels", "status", "prepared_by",
                "stakeholders", "open_data")
DATA_KEYS = ("package", "dataset", "licence", "note")
LEVEL_KEYS = ("level", "ages", "school", "starts_with", "scaffolding", "reading_level")

_OBJECTIVE = re.compile(r"^I can [a-z]+(?:['-][a-z]+)*(?=[\s.,;:!?]|$)")
_FOLDER_NUMBER = re.compile(r"^(\d+)-")
_PACKAGE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")  # a name pip can install (PEP 508)

from .messages import TEXT, say  # noqa: E402  (the words of the plan's problems live there)

# The plan's sections and kinds of entry, and the message that names each in words.
KIND_WORDS = {"lessons": "word_lesson", "lesson": "word_lesson", "projects": "word_project",
              "project": "word_project", "levels": "word_level", "level": "word_level", "strands": "word_strand"}


# --------------------------------------------------------------------------- read


def load(root: Path) -> dict:
    """The plan in ``root/curriculum.yml``, with every written lesson's facts read from its folder.

    A written lesson's entry in the file is only its id (its place in the order); its title, level,
    objectives and the rest come from the lesson itself, so the map and the site never disagree with it."""
    with open(Path(root) / FILE, encoding="utf-8") as handle:
        return merge(yaml.safe_load(handle), Path(root))


WRITTEN_FACTS = ("title", "strand", "level", "duration", "objectives", "prerequisites", "projects",
                 "slo_goals", "design_cycle")


PROJECT_FOLDER = Path("projects") / "real_challenges"
PROJECT_FACTS = ("levels", "prepared_by", "slo_goals")  # a written project's, from its project.yml
PROJECT_REPEATS = PROJECT_FACTS + ("open_data",)  # what a written project's entry no longer says


def _merge_projects(plan: dict, root: Path) -> dict:
    """``plan`` with each written project's facts from its ``project.yml``: levels, prepared_by, slo_goals,
    and its data sets as ``open_data`` (each a file in the project, with its source and licence)."""
    if not isinstance(plan.get("projects"), list):
        return plan
    merged = []
    for item in plan["projects"]:
        facts = None
        if isinstance(item, dict) and isinstance(item.get("id"), str) and re.fullmatch(r"[a-z0-9-]+", item["id"]):
            path = Path(root) / PROJECT_FOLDER / item["id"] / "project.yml"
            try:
                facts = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
            except (OSError, UnicodeDecodeError, yaml.YAMLError):  # the project's own check says what is wrong
                facts = None
        if not isinstance(facts, dict):
            merged.append(item)
            continue
        written = {**item, **{k: facts[k] for k in PROJECT_FACTS if k in facts}}
        written["open_data"] = [{"file": d.get("file"), "dataset": d.get("title") or d.get("file"),
                                 "note": d.get("source"), "licence": d.get("licence")}
                                for d in facts.get("data") or [] if isinstance(d, dict)]
        written["_written_folder"] = path.parent
        written["_repeated"] = [k for k in PROJECT_REPEATS if k in item]
        merged.append(written)
    return {**plan, "projects": merged}


def merge(plan, root: Path):
    """``plan`` with each entry that has a lesson folder replaced by the lesson's own facts, and each
    written project's facts from its folder."""
    if isinstance(plan, dict):
        plan = _merge_projects(plan, root)
    if not isinstance(plan, dict) or not isinstance(plan.get("lessons"), list):
        return plan
    merged = []
    for item in plan["lessons"]:
        path = lesson.folder_of(item["id"], root) / lesson.NOTEBOOK \
            if isinstance(item, dict) and isinstance(item.get("id"), str) else None
        if path is None or not path.is_file():
            merged.append(item)
            continue
        try:
            facts = lesson.facts(path)
        except lesson.LessonError:  # notebook_problems says what is wrong with the folder
            merged.append({"id": item["id"], "status": "written", "folder": path.parent, "_unreadable": True})
            continue
        written = {"id": item["id"], "status": "written", "folder": path.parent}
        written.update({k: facts.get(k) for k in WRITTEN_FACTS if facts.get(k) is not None})
        written["_repeated"] = [k for k in item if k != "id"]
        merged.append(written)
    return {**plan, "lessons": merged}


_SCALARS = ("id", "title", "strand", "level", "status", "duration", "challenge", "design_cycle",
            "concept", "introduced", "number")


def _items(plan: dict, key: str) -> list[dict]:
    """The entries of section ``key`` that are mappings, with one-word fields made safe to compare."""
    value = plan.get(key) if isinstance(plan, dict) else None
    if not isinstance(value, list):
        return []
    return [{k: _scalar(v) if k in _SCALARS else v for k, v in item.items()}
            for item in value if isinstance(item, dict)]


def _by_id(items: list[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items if isinstance(item.get("id"), str)}


def _scalar(value):
    """``value`` itself if it can be compared and looked up, else its text."""
    return value if value is None or isinstance(value, (str, int, float)) else str(value)


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _ids(value) -> list:
    """The items of a list (ids, numbers), each safe to look up; [] if not a list."""
    return [_scalar(v) for v in value] if isinstance(value, list) else []


def _level(item: dict) -> int | None:
    value = item.get("level")
    return value if isinstance(value, int) and not isinstance(value, bool) and value in LEVELS else None


def _suggest(word, choices) -> str:
    """' Did you mean `x`?' for a near miss, or ''."""
    hint = did_you_mean(str(word), [str(c) for c in choices])
    return f" {hint}" if hint else ""


# ------------------------------------------------------------------------ helpers


def lessons_by(plan: dict) -> dict[str, dict[int, list[dict]]]:
    """The curriculum map: ``{strand: {level: [lesson, ...]}}`` in plan order."""
    grid = {strand: {level: [] for level in LEVELS} for strand in lesson.STRANDS}
    for item in _items(plan, "lessons"):
        if item.get("strand") in grid and _level(item):
            grid[item["strand"]][item["level"]].append(item)
    return grid


def coverage(plan: dict) -> dict[int, dict[int, list[str]]]:
    """For each level, each SLO goal (1–9) and the lesson and project ids that work on it.

    A project counts at every level in its ``levels``. An empty list is a gap.
    """
    table = {level: {goal: [] for goal in SLO_GOALS} for level in LEVELS}
    for item in _items(plan, "lessons"):
        for goal in _ids(item.get("slo_goals")):
            if _level(item) and goal in SLO_GOALS:
                table[item["level"]][goal].append(item["id"])
    for item in _items(plan, "projects"):
        for level in _ids(item.get("levels")):
            for goal in _ids(item.get("slo_goals")):
                if level in LEVELS and goal in SLO_GOALS:
                    table[level][goal].append(item["id"])
    return table


# ------------------------------------------------------------------------- checks


def problems(root: Path) -> list[str]:
    """Everything wrong with the plan and how it matches the lesson notebooks."""
    root = Path(root)
    if not (root / FILE).is_file():
        return [say("missing_file", file=FILE)]
    try:
        plan = load(root)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        detail = f"line {mark.line + 1}" if mark else type(exc).__name__
        return [say("bad_yaml", file=FILE, detail=detail)]
    if not isinstance(plan, dict):
        return [say("not_a_mapping", file=FILE)]
    found = notebook_problems(root, plan)
    if any(item.get("_unreadable") for item in _items(plan, "lessons")):
        return found  # the plan is checked once every lesson can be read: its facts are part of it
    return plan_problems(plan) + found


def plan_problems(plan: dict) -> list[str]:
    """The checks on ``curriculum.yml`` alone."""
    found: list[str] = []
    for key in TOP_KEYS:
        if not plan.get(key):
            found.append(say("missing_section", file=FILE, key=key))
        elif not isinstance(plan[key], list):
            found.append(say("not_a_list", file=FILE, key=key, item=say(KIND_WORDS[key])))
    found += _level_problems(plan)
    found += _strand_problems(plan)
    found += _lesson_problems(plan)
    found += _project_problems(plan)
    return found


def _level_problems(plan: dict) -> list[str]:
    found = []
    levels = _items(plan, "levels")
    numbers = [item.get("level") for item in levels]
    if levels and sorted(map(str, numbers)) != [str(n) for n in LEVELS]:
        found.append(say("levels_wrong", file=FILE, found=", ".join(map(str, numbers))))
    for item in levels:
        for field in LEVEL_KEYS:
            if field not in item:
                found.append(say("missing_field", file=FILE, kind=say("word_level"), id=item.get("level"), field=field))
        expected = lesson.LEVEL_AGES.get(_scalar(item.get("level")))
        if expected and "ages" in item and str(item["ages"]) != expected:
            found.append(say("level_ages", file=FILE, level=item["level"], found=item["ages"], expected=expected))
    return found


def _strand_problems(plan: dict) -> list[str]:
    found = []
    strands = _items(plan, "strands")
    if not strands:
        return found
    names = [item.get("id") for item in strands]
    if sorted(map(str, names)) != sorted(lesson.STRANDS):
        found.append(say("strands_wrong", file=FILE, found=", ".join(map(str, names)),
                         expected=", ".join(lesson.STRANDS)))
    lessons = _by_id(_items(plan, "lessons"))
    for strand in strands:
        for entry in _list(strand.get("spiral")):
            if not isinstance(entry, dict):
                continue
            intro, again = entry.get("introduced"), _ids(entry.get("revisited"))
            if intro not in LEVELS or any(r not in LEVELS or r <= intro for r in again):
                found.append(say("spiral_bad_level", file=FILE, strand=strand.get("id"),
                                 concept=entry.get("concept"), introduced=intro, revisited=again))
            for ref in _ids(entry.get("lessons")):
                if ref not in lessons:
                    found.append(say("spiral_unknown_lesson", file=FILE, strand=strand.get("id"),
                                     concept=entry.get("concept"), ref=ref, suggestion=_suggest(ref, lessons)))
    return found


def _duplicates(items: list[dict], kind: str) -> list[str]:
    seen, found = set(), []
    for item in items:
        key = _scalar(item.get("id"))
        if key in seen:
            found.append(say("duplicate_id", file=FILE, id=key, kind=say(KIND_WORDS[kind])))
        seen.add(key)
    return found


def _lesson_problems(plan: dict) -> list[str]:
    lessons = _items(plan, "lessons")
    projects = _by_id(_items(plan, "projects"))
    by_id = _by_id(lessons)
    steps = [str(s.get("id")) for s in _items(plan, "design_cycle")]
    found = _duplicates(lessons, "lesson")
    last_level: dict[str, int] = {}
    for item in lessons:
        lid = _scalar(item.get("id", "?"))
        if "status" not in item:
            continue  # an entry with no lesson folder and no planned facts: notebook_problems says so
        found += [say("missing_field", file=FILE, kind=say("word_lesson"), id=lid, field=f)
                  for f in LESSON_KEYS if f not in item]
        strand, level = _scalar(item.get("strand")), _level(item)
        if "strand" in item and strand not in lesson.STRANDS:
            found.append(say("bad_strand", file=FILE, id=lid, found=strand, suggestion=_suggest(strand, lesson.STRANDS)))
        if "level" in item and level is None:
            found.append(say("bad_level", file=FILE, kind=say("word_lesson"), id=lid, found=item["level"]))
        if "status" in item and item["status"] not in STATUSES:
            found.append(say("bad_status", file=FILE, kind=say("word_lesson"), id=lid, found=item["status"]))
        if "duration" in item and item["duration"] not in DURATIONS:
            found.append(say("bad_duration", file=FILE, id=lid, found=item["duration"]))
        if "objectives" in item:
            objectives = _ids(item["objectives"])
            if not objectives:
                found.append(say("no_objectives", file=FILE, id=lid))
            for text in objectives:
                if not isinstance(text, str) or not _OBJECTIVE.match(text):
                    found.append(say("bad_objective", file=FILE, id=lid, objective=text))
        found += _slo_problems(item, "lesson")
        if steps and "design_cycle" in item and item["design_cycle"] not in steps:
            found.append(say("bad_step", file=FILE, id=lid, found=item["design_cycle"], steps=", ".join(steps),
                             suggestion=_suggest(item["design_cycle"], steps)))
        if strand in lesson.STRANDS and level:
            if level < last_level.get(strand, 0):
                found.append(say("order", file=FILE, id=lid, level=level, previous=last_level[strand], strand=strand))
            last_level[strand] = max(level, last_level.get(strand, 0))
        for ref in _ids(item.get("prerequisites")):
            if ref == lid:
                found.append(say("self_prerequisite", file=FILE, id=lid))
            elif ref not in by_id:
                found.append(say("unknown_ref", file=FILE, kind=say("word_lesson"), id=lid, ref=ref, field="prerequisites",
                                 target=say("word_lesson"), suggestion=_suggest(ref, by_id)))
            elif level and _level(by_id[ref]) and _level(by_id[ref]) > level:
                found.append(say("prerequisite_higher", file=FILE, id=lid, level=level, ref=ref,
                                 ref_level=by_id[ref]["level"]))
        for ref in _ids(item.get("projects")):
            if ref not in projects:
                found.append(say("unknown_ref", file=FILE, kind=say("word_lesson"), id=lid, ref=ref, field="projects",
                                 target=say("word_project"), suggestion=_suggest(ref, projects)))
    found += _cycle_problems(by_id)
    found += _grid_problems(plan)
    return found


def _slo_problems(item: dict, kind: str) -> list[str]:
    if "slo_goals" not in item:
        return []
    goals = item["slo_goals"] if isinstance(item["slo_goals"], list) else [item["slo_goals"]]
    return [say("bad_slo", file=FILE, kind=say(KIND_WORDS[kind]), id=item.get("id"), found=goal)
            for goal in goals if isinstance(goal, bool) or goal not in SLO_GOALS]


def _cycle_problems(by_id: dict[str, dict]) -> list[str]:
    """One message per circle of prerequisites (a lesson that, in the end, needs itself)."""
    found, done, path = [], set(), []

    def visit(lid: str) -> None:
        if lid in path:
            cycle = path[path.index(lid):] + [lid]
            found.append(say("prerequisite_cycle", file=FILE, cycle=" → ".join(f"`{c}`" for c in cycle)))
            return
        if lid in done:
            return
        path.append(lid)
        for ref in _ids(by_id[lid].get("prerequisites")):
            if ref in by_id and ref != lid:
                visit(ref)
        path.pop()
        done.add(lid)

    for lid in by_id:
        visit(lid)
    return found


def _grid_problems(plan: dict) -> list[str]:
    lessons = _items(plan, "lessons")
    if not lessons:
        return []
    found = []
    for strand, row in lessons_by(plan).items():
        for level, cell in row.items():
            if len(cell) != PER_CELL:
                ids = ", ".join(f"`{item['id']}`" for item in cell) or say("word_none")
                found.append(say("cell_count", file=FILE, strand=strand, level=level, count=len(cell),
                                 ids=ids, per_cell=PER_CELL))
    if not found and len(lessons) != N_LESSONS:
        found.append(say("lesson_count", file=FILE, count=len(lessons), expected=N_LESSONS, per_cell=PER_CELL))
    return found


def _project_problems(plan: dict) -> list[str]:
    projects = _items(plan, "projects")
    lessons = _by_id(_items(plan, "lessons"))
    found = _duplicates(projects, "project")
    if projects and len(projects) != len(CHALLENGES):
        found.append(say("project_count", file=FILE, count=len(projects), expected=len(CHALLENGES)))
    challenges: dict[str, list[str]] = {c: [] for c in CHALLENGES}
    for item in projects:
        pid = _scalar(item.get("id", "?"))
        found += [say("missing_field", file=FILE, kind=say("word_project"), id=pid, field=f)
                  for f in PROJECT_KEYS if f not in item]
        if "challenge" in item:
            if _scalar(item["challenge"]) in challenges:
                challenges[item["challenge"]].append(pid)
            else:
                found.append(say("bad_challenge", file=FILE, id=pid, found=item["challenge"],
                                 challenges="; ".join(CHALLENGES), suggestion=_suggest(item["challenge"], CHALLENGES)))
        levels = _ids(item.get("levels"))
        if "levels" in item and (not levels or any(lv not in LEVELS or isinstance(lv, bool) for lv in levels)):
            found.append(say("bad_level", file=FILE, kind=say("word_project"), id=pid, found=item["levels"]))
        if "status" in item and item["status"] not in STATUSES:
            found.append(say("bad_status", file=FILE, kind=say("word_project"), id=pid, found=item["status"]))
        found += _slo_problems(item, "project")
        if "stakeholders" in item and not _ids(item["stakeholders"]):
            found.append(say("no_stakeholders", file=FILE, id=pid))
        if item.get("_repeated"):
            found.append(say("plan_repeats_project_fact", file=FILE, id=pid,
                             fields=", ".join(f"`{k}:`" for k in item["_repeated"]),
                             where=f"{PROJECT_FOLDER.as_posix()}/{pid}/project.yml"))
        for entry in [] if item.get("_written_folder") else _list(item.get("open_data")):
            for field in DATA_KEYS:
                if not isinstance(entry, dict) or not entry.get(field):
                    found.append(say("bad_open_data", file=FILE, id=pid, field=field))
            package = entry.get("package") if isinstance(entry, dict) else None
            if isinstance(package, str) and package and not _PACKAGE.match(package):
                found.append(say("bad_package", file=FILE, id=pid, package=package))
        if "open_data" in item and not _list(item["open_data"]) and not item.get("data_note"):
            found.append(say("no_data_note", file=FILE, id=pid))
        top = max((lv for lv in levels if lv in LEVELS), default=None)
        for ref in _ids(item.get("prepared_by")):
            if ref not in lessons:
                found.append(say("unknown_ref", file=FILE, kind=say("word_project"), id=pid, ref=ref, field="prepared_by",
                                 target=say("word_lesson"), suggestion=_suggest(ref, lessons)))
            elif top and _level(lessons[ref]) and lessons[ref]["level"] > top:
                found.append(say("project_too_early", file=FILE, project=pid, levels=levels, id=ref,
                                 level=lessons[ref]["level"], max_level=top))
    for challenge, ids in challenges.items():
        if projects and not ids:
            found.append(say("challenge_missing", file=FILE, challenge=challenge))
        elif len(ids) > 1:
            found.append(say("challenge_twice", file=FILE, challenge=challenge, count=len(ids),
                             ids=", ".join(f"`{i}`" for i in ids)))
    found += _link_problems(lessons, _by_id(projects))
    return found


def _link_problems(lessons: dict[str, dict], projects: dict[str, dict]) -> list[str]:
    """A lesson's ``projects`` and a project's ``prepared_by`` must agree."""
    found = []
    for lid, item in lessons.items():
        for pid in _ids(item.get("projects")):
            if pid in projects and lid not in _ids(projects[pid].get("prepared_by")):
                found.append(say("one_way_link", file=FILE, id=lid, project=pid, missing=lid,
                                 which=say("one_way_lesson_lists", id=lid)))
    for pid, item in projects.items():
        for lid in _ids(item.get("prepared_by")):
            if lid in lessons and pid not in _ids(lessons[lid].get("projects")):
                found.append(say("one_way_link", file=FILE, id=lid, project=pid, missing=pid,
                                 which=say("one_way_project_lists", id=pid)))
    return found


# ----------------------------------------------------------------- the notebooks


def notebook_problems(root: Path, plan: dict) -> list[str]:
    """Do the lesson folders on disk and the (merged) plan agree, with each fact in one place?"""
    root = Path(root)
    lessons = _items(plan, "lessons")
    by_id = _by_id(lessons)
    projects = _by_id(_items(plan, "projects"))
    found = []
    for path in sorted((root / "lessons").glob(f"*/*/{lesson.NOTEBOOK}")):
        where = _relative(path.parent, root)
        lid = lesson.lesson_id(path.parent)
        try:
            facts = lesson.facts(path)
        except lesson.LessonError as exc:
            found.append(say("notebook_unreadable", file=where, detail=str(exc)))
            continue
        if lid not in by_id:
            found.append(say("notebook_not_planned", file=where, id=lid, suggestion=_suggest(lid, by_id)))
        facts_file = f"{where}/{lesson.FACTS}"
        for field, target, known in (("prerequisites", say("word_lesson"), by_id),
                                     ("projects", say("word_project"), projects)):
            for ref in _ids(facts.get(field)):
                if ref not in known:
                    found.append(say("facts_unknown_ref", file=facts_file, ref=ref, field=field, target=target,
                                     suggestion=_suggest(ref, known)))
    for item in lessons:
        if item.get("_repeated"):
            found.append(say("plan_repeats_fact", file=FILE, id=item["id"],
                             fields=", ".join(f"`{k}:`" for k in item["_repeated"]),
                             where=_relative(item["folder"], root)))
        if "status" not in item and isinstance(item.get("id"), str):  # no folder and not planned
            strand, _, slug = item["id"].partition("-")
            found.append(say("written_missing", file=FILE, id=item["id"], strand=strand, slug=slug))
    return found


def folder_problems(folder: Path, root: Path) -> list[str]:
    """What is wrong with a lesson folder's name and its lesson.yml's field names, with or without a plan."""
    where, name, found = _relative(folder, root), folder.name, []
    if _FOLDER_NUMBER.match(name):
        found.append(say("folder_numbered", file=where, slug=_FOLDER_NUMBER.sub("", name)))
    elif not lesson.SLUG.match(name):
        found.append(say("folder_not_slug", file=where, name=name))
    try:
        raw = lesson.read_facts(folder)
    except lesson.LessonError:
        return found  # validate says what is wrong with the file
    for field in raw:
        if field not in lesson.FOLDER_FACTS:
            found.append(say("facts_unknown_field", file=f"{where}/{lesson.FACTS}", field=field,
                             known=", ".join(lesson.FOLDER_FACTS), suggestion=_suggest(field, lesson.FOLDER_FACTS)))
    return found


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _show(value) -> str:
    return f"\"{value}\"" if isinstance(value, str) else str(value)
