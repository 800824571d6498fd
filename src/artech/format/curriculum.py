"""The curriculum map: ``curriculum.yml`` at the kit's root, read and checked.

``problems(root)`` returns one kind, concrete message per problem (what
happened → why → what to do), naming the file to change. ``artech validate``
prints them. ``lessons_by`` and ``coverage`` give the site the map and the
SLO coverage table. To translate the messages, copy ``TEXT`` and replace the
right-hand sides; keep the ``{names}`` in braces as they are.
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

TEXT: dict[str, str] = {
    # --- the file itself --------------------------------------------------
    "missing_file": (
        "{file}: this file is missing. "
        "The kit needs it to know which lessons and projects belong together. "
        "Restore it from the kit's repository (git checkout -- curriculum.yml)."
    ),
    "bad_yaml": (
        "{file}: I could not read this file ({detail}). "
        "A colon, a dash or the spaces at the start of a line may be out of place. "
        "Open it in an editor, look at the line named above, and compare it with the lines around it."
    ),
    "not_a_mapping": (
        "{file}: the file does not start with named sections. "
        "It should have sections such as `levels:`, `strands:`, `lessons:` and `projects:`. "
        "Restore the file from the kit's repository and make your change again."
    ),
    "missing_section": (
        "{file}: the section `{key}:` is missing or empty. "
        "Every plan needs it. "
        "Add `{key}:` back (see docs/curriculum/index.md for what goes in it)."
    ),
    "not_a_list": (
        "{file}: the section `{key}:` should be a list of items, each starting with `- `. "
        "The checks cannot read it otherwise. "
        "Write one `- ` item per {item}."
    ),
    "missing_field": (
        "{file}: {kind} `{id}` has no `{field}`. "
        "Every {kind} needs one. "
        "Add `{field}:` to it."
    ),
    "duplicate_id": (
        "{file}: the id `{id}` is used by more than one {kind}. "
        "An id must point to exactly one {kind}. "
        "Give one of them a new id and update the places that refer to it."
    ),
    # --- levels and strands ------------------------------------------------
    "levels_wrong": (
        "{file}: `levels:` describes levels {found}, but the kit has levels 1, 2, 3 and 4. "
        "Each level needs exactly one description. "
        "Add the missing level or remove the extra one."
    ),
    "level_ages": (
        "{file}: level {level} says ages {found}, but the kit uses ages {expected} for level {level}. "
        "Lessons and the site take the ages from the kit. "
        "Change `ages:` to \"{expected}\"."
    ),
    "strands_wrong": (
        "{file}: `strands:` has {found}, but the kit has exactly the strands {expected}. "
        "Lessons and the site use these three names. "
        "Add the missing strand or rename the one that is spelled differently."
    ),
    "spiral_bad_level": (
        "{file}: in strand `{strand}`, the concept \"{concept}\" has levels that do not fit "
        "(introduced {introduced}, revisited {revisited}). "
        "A concept is introduced at one level from 1 to 4 and revisited only at later levels. "
        "Correct `introduced:` or `revisited:`."
    ),
    "spiral_unknown_lesson": (
        "{file}: in strand `{strand}`, the concept \"{concept}\" names lesson `{ref}`, but there is no lesson with that id. "
        "The spiral may only point to lessons in the plan. "
        "Fix the spelling or remove it from `lessons:`.{suggestion}"
    ),
    # --- lessons -----------------------------------------------------------
    "bad_strand": (
        "{file}: lesson `{id}` has strand `{found}`. "
        "The kit has the strands design, programming and tinkering. "
        "Change `strand:` to one of them.{suggestion}"
    ),
    "bad_level": (
        "{file}: {kind} `{id}` has level `{found}`. "
        "Levels are whole numbers from 1 to 4. "
        "Change the level to 1, 2, 3 or 4."
    ),
    "bad_status": (
        "{file}: {kind} `{id}` has status `{found}`. "
        "A status is `planned` (not written yet) or `written` (its notebook exists). "
        "Change `status:` to one of these."
    ),
    "bad_duration": (
        "{file}: lesson `{id}` lasts {found} minutes. "
        "A lesson fits one school period, so it lasts 45 or 50 minutes. "
        "Change `duration:` to 45 or 50, or split the lesson in two."
    ),
    "bad_objective": (
        "{file}: lesson `{id}` has the objective \"{objective}\". "
        "Objectives are written from the student's side, as \"I can \" followed by a verb in small letters. "
        "Rewrite it, for example \"I can mix a colour from red, green and blue\"."
    ),
    "no_objectives": (
        "{file}: lesson `{id}` has no objectives. "
        "Students and teachers use them to see what the lesson is for and to check themselves. "
        "Add a list of \"I can …\" sentences under `objectives:`."
    ),
    "bad_slo": (
        "{file}: {kind} `{id}` lists SLO goal `{found}`. "
        "The SLO core goals for digital literacy (kerndoelen) are numbered 1 to 9. "
        "Use whole numbers from 1 to 9 under `slo_goals:`."
    ),
    "bad_step": (
        "{file}: lesson `{id}` trains the design-cycle step `{found}`, which is not a step of the design cycle. "
        "The steps are {steps}. "
        "Change `design_cycle:` to one of them.{suggestion}"
    ),
    "cell_count": (
        "{file}: the {strand} strand has {count} lesson(s) at level {level} ({ids}). "
        "Each strand has exactly {per_cell} lessons per level, so that every level gets the same mix. "
        "Add or move lessons until there are {per_cell}."
    ),
    "lesson_count": (
        "{file}: the plan has {count} lessons. "
        "The kit has exactly {expected}: {per_cell} per strand per level. "
        "Add or remove lessons until there are {expected}."
    ),
    "order": (
        "{file}: lesson `{id}` (level {level}) comes after a level {previous} lesson in the {strand} strand. "
        "The order in the file is the order in which the strand is taught, from level 1 up. "
        "Move `{id}` up, to before the level {previous} lessons of this strand."
    ),
    "unknown_ref": (
        "{file}: {kind} `{id}` lists `{ref}` under `{field}`, but there is no {target} with that id. "
        "Every reference must point to a {target} in the plan. "
        "Fix the spelling, or add the {target} to curriculum.yml.{suggestion}"
    ),
    "self_prerequisite": (
        "{file}: lesson `{id}` lists itself as a prerequisite. "
        "A lesson cannot come before itself. "
        "Remove `{id}` from its own `prerequisites:`."
    ),
    "prerequisite_higher": (
        "{file}: lesson `{id}` (level {level}) needs `{ref}`, which is at level {ref_level}. "
        "A prerequisite must be at the same level or lower, or students meet it too late. "
        "Choose a prerequisite at level {level} or below, or move one of the lessons."
    ),
    "prerequisite_cycle": (
        "{file}: the prerequisites go round in a circle: {cycle}. "
        "No lesson in the circle can be taught first. "
        "Remove one of these prerequisites."
    ),
    "project_too_early": (
        "{file}: project `{project}` (levels {levels}) is prepared by lesson `{id}` at level {level}. "
        "A project can only build on lessons students have had by its highest level. "
        "Remove the link, or choose a lesson at level {max_level} or below."
    ),
    "one_way_link": (
        "{file}: lesson `{id}` and project `{project}` are linked only one way: {which}. "
        "The lesson's `projects:` and the project's `prepared_by:` must tell the same story. "
        "Add `{missing}` to the other list, or remove the link from both."
    ),
    # --- projects ------------------------------------------------------------
    "project_count": (
        "{file}: the plan has {count} project(s). "
        "The kit has exactly {expected}, one for each societal challenge in the manifesto. "
        "Add or remove projects until there are {expected}."
    ),
    "bad_challenge": (
        "{file}: project `{id}` has the challenge \"{found}\". "
        "Projects work on the manifesto's challenges: {challenges}. "
        "Change `challenge:` to one of them, spelled exactly like this.{suggestion}"
    ),
    "challenge_twice": (
        "{file}: the challenge \"{challenge}\" has {count} projects ({ids}). "
        "Each challenge gets exactly one project, so that all seven are covered. "
        "Give one of these projects another challenge."
    ),
    "challenge_missing": (
        "{file}: no project works on the challenge \"{challenge}\". "
        "Each of the seven challenges in the manifesto gets one project. "
        "Add a project with `challenge: {challenge}`."
    ),
    "no_stakeholders": (
        "{file}: project `{id}` names no stakeholders. "
        "Students co-create with real people, so the project says who they are (roles, not names). "
        "Add a list under `stakeholders:`, for example \"residents of a local care home\"."
    ),
    "bad_open_data": (
        "{file}: project `{id}` has an `open_data` entry without `{field}`. "
        "Teachers need the package, the data set, its licence and a note to use data safely and fairly. "
        "Add `{field}:` to that entry."
    ),
    "no_data_note": (
        "{file}: project `{id}` lists no open data and has no `data_note`. "
        "Teachers need to know where the data for the project comes from. "
        "Add `data_note:` saying what data students collect themselves."
    ),
    # --- lesson folders ------------------------------------------------------
    "notebook_unreadable": "{file}: {detail}",
    "notebook_not_planned": (
        "{file}: this lesson (id `{id}`, from its folder) is not in curriculum.yml. "
        "Every lesson belongs somewhere on the curriculum map, and the plan holds the order. "
        "Add `- id: {id}` to `lessons:` in curriculum.yml where it belongs, or rename the folder.{suggestion}"
    ),
    "plan_repeats_fact": (
        "{file}: lesson `{id}` is written, but its entry still says {fields}. "
        "A written lesson's facts live in one place: {where} (title and objectives in the notebook, "
        "the rest in lesson.yml), so two copies could drift apart. "
        "Keep only `- id: {id}` in curriculum.yml."
    ),
    "folder_numbered": (
        "{file}: the folder name starts with a number. "
        "A lesson's folder is its stable id; the order of lessons is kept in curriculum.yml only, "
        "so moving a lesson never moves a student's work or a web address. "
        "Rename the folder to `{slug}` and check its place in curriculum.yml."
    ),
    "folder_not_slug": (
        "{file}: the folder name `{name}` is not a lesson id. "
        "Lesson ids are lower-case words joined by hyphens, like `mixing-colours`. "
        "Rename the folder."
    ),
    "facts_unknown_ref": (
        "{file}: `{ref}` is listed under `{field}`, but curriculum.yml has no {target} with that id. "
        "It may be an old or misspelled id. "
        "Change it to an id from curriculum.yml.{suggestion}"
    ),
    "facts_unknown_field": (
        "{file}: `{field}` is not a fact lesson.yml can hold. "
        "lesson.yml holds: {known}. Title and objectives are written in the notebook. "
        "Remove the line or fix its name.{suggestion}"
    ),
    "written_missing": (
        "{file}: lesson `{id}` has no `status: planned`, so it should be written, but lessons/{strand}/{slug}/ "
        "has no lesson.ipynb. "
        "Add the lesson folder, or mark the entry `status: planned` with its planned facts."
    ),
}


def say(key: str, /, **values: object) -> str:
    """Message ``key`` with ``values`` filled in."""
    return TEXT[key].format(**values)


# --------------------------------------------------------------------------- read


def load(root: Path) -> dict:
    """The plan in ``root/curriculum.yml``, with every written lesson's facts read from its folder.

    A written lesson's entry in the file is only its id (its place in the order); its title, level,
    objectives and the rest come from the lesson itself, so the map and the site never disagree with it."""
    with open(Path(root) / FILE, encoding="utf-8") as handle:
        return merge(yaml.safe_load(handle), Path(root))


WRITTEN_FACTS = ("title", "strand", "level", "duration", "objectives", "prerequisites", "projects",
                 "slo_goals", "design_cycle")


def merge(plan, root: Path):
    """``plan`` with each entry that has a lesson folder replaced by the lesson's own facts."""
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
            found.append(say("not_a_list", file=FILE, key=key, item=key.rstrip("s")))
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
                found.append(say("missing_field", file=FILE, kind="level", id=item.get("level"), field=field))
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
            found.append(say("duplicate_id", file=FILE, id=key, kind=kind))
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
        found += [say("missing_field", file=FILE, kind="lesson", id=lid, field=f)
                  for f in LESSON_KEYS if f not in item]
        strand, level = _scalar(item.get("strand")), _level(item)
        if "strand" in item and strand not in lesson.STRANDS:
            found.append(say("bad_strand", file=FILE, id=lid, found=strand, suggestion=_suggest(strand, lesson.STRANDS)))
        if "level" in item and level is None:
            found.append(say("bad_level", file=FILE, kind="lesson", id=lid, found=item["level"]))
        if "status" in item and item["status"] not in STATUSES:
            found.append(say("bad_status", file=FILE, kind="lesson", id=lid, found=item["status"]))
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
                found.append(say("unknown_ref", file=FILE, kind="lesson", id=lid, ref=ref, field="prerequisites",
                                 target="lesson", suggestion=_suggest(ref, by_id)))
            elif level and _level(by_id[ref]) and _level(by_id[ref]) > level:
                found.append(say("prerequisite_higher", file=FILE, id=lid, level=level, ref=ref,
                                 ref_level=by_id[ref]["level"]))
        for ref in _ids(item.get("projects")):
            if ref not in projects:
                found.append(say("unknown_ref", file=FILE, kind="lesson", id=lid, ref=ref, field="projects",
                                 target="project", suggestion=_suggest(ref, projects)))
    found += _cycle_problems(by_id)
    found += _grid_problems(plan)
    return found


def _slo_problems(item: dict, kind: str) -> list[str]:
    if "slo_goals" not in item:
        return []
    goals = item["slo_goals"] if isinstance(item["slo_goals"], list) else [item["slo_goals"]]
    return [say("bad_slo", file=FILE, kind=kind, id=item.get("id"), found=goal)
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
                ids = ", ".join(f"`{item['id']}`" for item in cell) or "none"
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
        found += [say("missing_field", file=FILE, kind="project", id=pid, field=f)
                  for f in PROJECT_KEYS if f not in item]
        if "challenge" in item:
            if _scalar(item["challenge"]) in challenges:
                challenges[item["challenge"]].append(pid)
            else:
                found.append(say("bad_challenge", file=FILE, id=pid, found=item["challenge"],
                                 challenges="; ".join(CHALLENGES), suggestion=_suggest(item["challenge"], CHALLENGES)))
        levels = _ids(item.get("levels"))
        if "levels" in item and (not levels or any(lv not in LEVELS or isinstance(lv, bool) for lv in levels)):
            found.append(say("bad_level", file=FILE, kind="project", id=pid, found=item["levels"]))
        if "status" in item and item["status"] not in STATUSES:
            found.append(say("bad_status", file=FILE, kind="project", id=pid, found=item["status"]))
        found += _slo_problems(item, "project")
        if "stakeholders" in item and not _ids(item["stakeholders"]):
            found.append(say("no_stakeholders", file=FILE, id=pid))
        for entry in _list(item.get("open_data")):
            for field in DATA_KEYS:
                if not isinstance(entry, dict) or not entry.get(field):
                    found.append(say("bad_open_data", file=FILE, id=pid, field=field))
        if "open_data" in item and not _list(item["open_data"]) and not item.get("data_note"):
            found.append(say("no_data_note", file=FILE, id=pid))
        top = max((lv for lv in levels if lv in LEVELS), default=None)
        for ref in _ids(item.get("prepared_by")):
            if ref not in lessons:
                found.append(say("unknown_ref", file=FILE, kind="project", id=pid, ref=ref, field="prepared_by",
                                 target="lesson", suggestion=_suggest(ref, lessons)))
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
                                 which=f"the lesson lists the project, but the project's `prepared_by:` does not list `{lid}`"))
    for pid, item in projects.items():
        for lid in _ids(item.get("prepared_by")):
            if lid in lessons and pid not in _ids(lessons[lid].get("projects")):
                found.append(say("one_way_link", file=FILE, id=lid, project=pid, missing=pid,
                                 which=f"the project lists the lesson, but the lesson's `projects:` does not list `{pid}`"))
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
        for field, target, known in (("prerequisites", "lesson", by_id), ("projects", "project", projects)):
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
