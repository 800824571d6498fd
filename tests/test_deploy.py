"""The school server's deployment files, checked offline: no cluster, no Helm, no Docker.

- deploy/z2jh/values.yaml against the Zero to JupyterHub chart's own values schema
  (deploy/z2jh/vendor/, see its README.md for the release and how the chart uses it);
- its hub.extraConfig.artech is deploy/jupyterhub/artech.py, and that snippet works when the chart
  runs it (and when a plain JupyterHub or TLJH loads it);
- deploy/docker/Dockerfile and its .dockerignore.
"""

from __future__ import annotations

import asyncio
import copy
import difflib
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest
import yaml
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from conftest import REPO

VALUES = REPO / "deploy" / "z2jh" / "values.yaml"
SCHEMA = REPO / "deploy" / "z2jh" / "vendor" / "values.schema.yaml"
SNIPPET = REPO / "deploy" / "jupyterhub" / "artech.py"
DOCKERFILE = REPO / "deploy" / "docker" / "Dockerfile"
DOCKERIGNORE = REPO / "deploy" / "docker" / "Dockerfile.dockerignore"  # BuildKit: <Dockerfile>.dockerignore


# --- the values file and the chart's schema ----------------------------------------------------
def _values() -> dict:
    return yaml.safe_load(VALUES.read_text(encoding="utf-8"))


def _clean_jsonschema(d: dict) -> None:
    """What the chart's tools/generate-json-schema.py does to make the packaged values.schema.json:
    drop the "description" keys, walking down through "properties" only (as it does)."""
    d.pop("description", None)
    for sub in d.get("properties", {}).values():
        if isinstance(sub, dict):
            _clean_jsonschema(sub)


def _drop_required(node) -> None:
    """Helm validates the chart's defaults merged with ours; the defaults supply every key the schema
    marks required. We check our file alone, so the `required` lists go (a property that happens to
    be *named* "required", like extraNodeAffinity.required, is a dict under "properties" and stays)."""
    if isinstance(node, dict):
        if isinstance(node.get("required"), list):
            del node["required"]
        for value in node.values():
            _drop_required(value)
    elif isinstance(node, list):
        for value in node:
            _drop_required(value)


@pytest.fixture(scope="module")
def validator():
    schema = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))
    _clean_jsonschema(schema)
    _drop_required(schema)
    cls = jsonschema.validators.validator_for(schema)  # the draft its $schema names (draft-07)
    assert cls is jsonschema.Draft7Validator, f"the vendored schema is {cls.__name__} now; check the README"
    cls.check_schema(schema)
    return cls(schema)


def _errors(validator, values) -> list[str]:
    return [f"{'.'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in sorted(validator.iter_errors(values), key=lambda e: list(map(str, e.absolute_path)))]


def test_values_file_is_valid_for_the_chart(validator):
    assert _errors(validator, _values()) == []


def _set(values: dict, dotted: str, value) -> dict:
    values = copy.deepcopy(values)
    *parents, last = dotted.split(".")
    node = values
    for key in parents:
        node = node[key]
    node[last] = value
    return values


@pytest.mark.parametrize(("dotted", "value"), [
    ("singleuser.memroy", {"limit": "1G"}),          # a misspelled key
    ("singleuser.memory.limt", "1G"),
    ("cull.timout", 3600),
    ("proxy.https.host", ["artech.example.nl"]),      # it is "hosts"
    ("singleuser.cpu.limit", "1"),                   # a number, not a string
    ("cull.timeout", "1h"),                          # whole seconds
    ("singleuser.storage.type", "dinamic"),          # one of dynamic, static, none
], ids=lambda v: v if isinstance(v, str) else None)
def test_the_schema_check_catches_a_mistake(validator, dotted, value):
    values = _set(_values(), dotted, value)
    errors = list(validator.iter_errors(values))
    assert errors, f"{dotted} = {value!r} passed the schema check"
    parent = dotted.rsplit(".", 1)[0]
    assert any(".".join(map(str, e.absolute_path)) in (dotted, parent) for e in errors), \
        _errors(validator, values)


def test_every_section_we_set_forbids_unknown_keys(validator):
    """A misspelled key is only caught where the schema says additionalProperties: false. Check that
    this holds for every mapping in values.yaml (hub.extraConfig is free-form: its keys are names)."""
    open_sections = []

    def walk(values: dict, schema: dict, path: str) -> None:
        if path == "hub.extraConfig":
            return
        if schema.get("additionalProperties") is not False:
            open_sections.append(path or "(top)")
        for key, value in values.items():
            sub = schema.get("properties", {}).get(key)
            if isinstance(value, dict) and sub is not None:
                walk(value, sub, f"{path}.{key}" if path else key)

    walk(_values(), validator.schema, "")
    assert open_sections == []


# --- the hub's part: the same snippet as deploy/jupyterhub/artech.py --------------------------------
def test_extra_config_is_the_hub_snippet_as_it_is():
    snippet = SNIPPET.read_text(encoding="utf-8")
    in_values = _values()["hub"]["extraConfig"]["artech"]
    diff = "".join(difflib.unified_diff(snippet.splitlines(True), in_values.splitlines(True),
                                        "deploy/jupyterhub/artech.py", "values.yaml hub.extraConfig.artech"))
    assert in_values == snippet, diff


def _load_like_a_plain_hub(tmp_path: Path, snippet: str) -> Config:
    """JupyterHub and TLJH: load_subconfig, i.e. traitlets' PyFileConfigLoader (gives c and get_config())."""
    (tmp_path / "artech.py").write_text(snippet, encoding="utf-8")
    return PyFileConfigLoader("artech.py", path=str(tmp_path)).load_config()


# The chart's jupyterhub/files/hub/jupyterhub_config.py (release 4.4.0), cut down to the lines that
# matter here: it starts `c = get_config()`, then `from z2jh import get_config` (the chart's own,
# which reads a values key), and at the end runs each hub.extraConfig entry with `exec(config_py)`
# in that same file's namespace. Its z2jh.get_config has this signature: get_config(key, default=None).
_Z2JH_PY = '''
import yaml

def get_config(key, default=None):
    value = yaml.safe_load(open({values!r}, encoding="utf-8"))
    for level in key.split("."):
        if not isinstance(value, dict) or level not in value:
            return default
        value = value[level]
    return value
'''
_Z2JH_CONFIG = '''
c = get_config()  # noqa
from z2jh import get_config
for key, config_py in sorted(get_config("hub.extraConfig", {}).items()):
    exec(config_py)
'''


def _load_like_zero_to_jupyterhub(tmp_path: Path, values_file: Path, monkeypatch) -> Config:
    (tmp_path / "z2jh.py").write_text(_Z2JH_PY.format(values=str(values_file)), encoding="utf-8")
    (tmp_path / "jupyterhub_config.py").write_text(_Z2JH_CONFIG, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "z2jh", raising=False)
    try:
        return PyFileConfigLoader("jupyterhub_config.py", path=str(tmp_path)).load_config()
    finally:
        sys.modules.pop("z2jh", None)


@pytest.mark.parametrize("hub", ["zero-to-jupyterhub", "plain-jupyterhub"])
def test_the_snippet_configures_the_hub(hub, tmp_path, monkeypatch):
    values = _values()
    if hub == "zero-to-jupyterhub":
        c = _load_like_zero_to_jupyterhub(tmp_path, VALUES, monkeypatch)
    else:
        c = _load_like_a_plain_hub(tmp_path, SNIPPET.read_text(encoding="utf-8"))

    assert c.Spawner.default_url == values["singleuser"]["defaultUrl"] == "/artech/start"
    hook = c.Spawner.pre_spawn_hook
    assert callable(hook)

    # and the hook works where it was defined: an English-group student gets English
    def spawner(*groups):
        user = SimpleNamespace(name="student", groups=[SimpleNamespace(name=g) for g in groups])
        return SimpleNamespace(user=user, environment={"KEEP": "1"}, log=SimpleNamespace(warning=print))

    en, nl = spawner("lang-en", "klas-2b"), spawner("klas-2b")
    asyncio.run(hook(en))
    asyncio.run(hook(nl))
    assert en.environment == {"KEEP": "1", "ARTECH_LANG": "en"}
    assert nl.environment == {"KEEP": "1", "ARTECH_LANG": "nl"}


def _pyproject() -> dict:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11 and newer
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


# --- the students' image -----------------------------------------------------------------------------
def _instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile, continuation lines joined, comments left out."""
    out, pending = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if pending and line.lstrip().startswith("#"):  # a comment inside a continued instruction
            continue
        pending += line.rstrip()
        if pending.endswith("\\"):
            pending = pending[:-1] + " "
            continue
        word, _, rest = pending.strip().partition(" ")
        out.append((word.upper(), " ".join(rest.split())))
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return out


DOCKER_STACKS = {"docker-stacks-foundation", "base-notebook", "minimal-notebook", "scipy-notebook",
                 "r-notebook", "julia-notebook", "tensorflow-notebook", "pytorch-notebook",
                 "datascience-notebook", "pyspark-notebook", "all-spark-notebook"}


def test_dockerfile_starts_from_a_pinned_docker_stacks_image():
    froms = [args for word, args in _instructions(DOCKERFILE) if word == "FROM"]
    assert len(froms) == 1, froms
    m = re.fullmatch(r"quay\.io/jupyter/([a-z-]+):([\w.-]+)(@sha256:[0-9a-f]{64})?", froms[0])
    assert m, f"not a quay.io/jupyter image with a tag: {froms[0]}"
    image, tag, digest = m.groups()
    assert image in DOCKER_STACKS, image
    # docker-stacks: tags like python-3.12 or lab-4.x move with every build, as `latest` does;
    # a date tag (or the 12-character commit tag, or a digest) stays one build.
    assert digest or re.fullmatch(r"\d{4}-\d{2}-\d{2}|[0-9a-f]{12}", tag), f"{tag} is not a pinned tag"


def test_dockerfile_installs_this_checkout_with_the_hub_extra():
    steps = _instructions(DOCKERFILE)
    copies = [args.split() for word, args in steps if word == "COPY"]
    source = next((c for c in copies if len(c) >= 2 and c[-2] == "."), None)
    assert source, f"no COPY of the build context (the checkout): {copies}"
    dest = source[-1].rstrip("/")
    runs = [args for word, args in steps if word == "RUN"]
    install = re.compile(r"pip install (?:--?[\w-]+ )*[\"']?" + re.escape(dest) + r"\[hub\][\"']?")
    assert any(install.search(run) for run in runs), runs
    assert any(f"rm -rf {dest}" in run for run in runs), "the checkout stays in the image"


def test_the_hub_extra_exists():
    """pip only warns about an extra that is not there: the image would lack what the hub needs."""
    extras = _pyproject()["project"].get("optional-dependencies", {})
    names = {re.match(r"[A-Za-z0-9._-]+", r).group(0).lower() for r in extras.get("hub", [])}
    assert {"jupyterhub", "nbgitpuller"} <= names, extras.get("hub")


def test_dockerfile_ends_as_the_notebook_user_with_headless_pygame():
    steps = _instructions(DOCKERFILE)
    users = [args for word, args in steps if word == "USER"]
    assert users and users[-1] in ("${NB_USER}", "$NB_USER"), users
    env = {}
    for word, args in steps:
        if word == "ENV":
            env.update(pair.split("=", 1) for pair in args.split())
    assert env.get("SDL_AUDIODRIVER") == "dummy"
    assert env.get("SDL_VIDEODRIVER") == "dummy"
    assert env.get("PYGAME_HIDE_SUPPORT_PROMPT") == "1"


def _ignored(patterns: list[str], path: str) -> bool:
    """Is `path` (from the context root) left out? Docker's rules: the last matching line wins,
    `!` takes a path back, `**` is any number of folders, a folder's match covers what is in it."""
    def regex(pattern: str) -> re.Pattern:
        out, i = "", 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                out, i = out + "(?:.*/)?", i + 3
            elif pattern.startswith("**", i):
                out, i = out + ".*", i + 2
            elif pattern[i] == "*":
                out, i = out + "[^/]*", i + 1
            elif pattern[i] == "?":
                out, i = out + "[^/]", i + 1
            else:
                out, i = out + re.escape(pattern[i]), i + 1
        return re.compile(out)

    parts = path.split("/")
    prefixes = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    ignored = False
    for line in patterns:
        negate = line.startswith("!")
        pattern = line[1:] if negate else line
        pattern = pattern.strip("/")
        if any(regex(pattern).fullmatch(p) for p in prefixes):
            ignored = not negate
    return ignored


def _dockerignore() -> list[str]:
    lines = DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("path", [".venv/bin/python", ".git/HEAD", "build/npm/package.json",
                                  "site/index.html", "test-artifacts/report.html",
                                  "src/artech/__pycache__/i18n.cpython-312.pyc"])
def test_dockerignore_leaves_out(path):
    assert _ignored(_dockerignore(), path)


def test_dockerignore_keeps_what_the_wheel_needs():
    project = _pyproject()
    needed = ["pyproject.toml", "setup.py", "src/artech/__init__.py", "lessons", "projects",
              "curriculum.yml", project["project"]["readme"], *project["project"]["license-files"]]
    for sources in project["tool"]["setuptools"].get("data-files", {}).values():
        needed += sources
    assert [p for p in needed if _ignored(_dockerignore(), p)] == []
    assert all((REPO / p).exists() for p in needed), [p for p in needed if not (REPO / p).exists()]


# --- the plain JupyterHub config ---------------------------------------------------
PLAIN = REPO / "deploy" / "jupyterhub" / "jupyterhub_config.py"


def _plain_config():
    from traitlets.config.loader import PyFileConfigLoader

    return PyFileConfigLoader(PLAIN.name, path=str(PLAIN.parent)).load_config()


def _unknown_settings(config, classes: dict) -> list[str]:
    """Every setting in ``config`` whose class or name is not a real configurable trait."""
    unknown = []
    for section, values in config.items():
        if section not in classes:
            unknown.append(section)
            continue
        traits = classes[section].class_traits(config=True)
        unknown += [f"{section}.{name}" for name in values if name not in traits]
    return unknown


def test_the_plain_hub_config_loads_the_artech_part_and_names_only_real_settings():
    from jupyterhub.app import JupyterHub
    from jupyterhub.auth import Authenticator, PAMAuthenticator
    from jupyterhub.proxy import ConfigurableHTTPProxy
    from jupyterhub.spawner import Spawner
    from systemdspawner import SystemdSpawner

    config = _plain_config()
    assert callable(config.Spawner.pre_spawn_hook) and config.Spawner.default_url == "/artech/start"
    assert config.JupyterHub.spawner_class == "systemdspawner.SystemdSpawner"
    assert config.SystemdSpawner.mem_limit and config.SystemdSpawner.cpu_limit
    classes = {"JupyterHub": JupyterHub, "Authenticator": Authenticator, "PAMAuthenticator": PAMAuthenticator,
               "Spawner": Spawner,
               "SystemdSpawner": SystemdSpawner, "ConfigurableHTTPProxy": ConfigurableHTTPProxy}
    assert _unknown_settings(config, classes) == []
    config.SystemdSpawner.isolate_temp = True  # a misspelling is caught
    assert _unknown_settings(config, classes) == ["SystemdSpawner.isolate_temp"]


def test_the_plain_hub_config_culls_idle_servers_with_a_service_that_is_installed():
    import importlib.util

    config = _plain_config()
    (service,) = config.JupyterHub.services
    assert service["command"][1:3] == ["-m", "jupyterhub_idle_culler"]
    assert importlib.util.find_spec("jupyterhub_idle_culler") is not None
    (role,) = config.JupyterHub.load_roles
    assert role["services"] == [service["name"]] and "delete:servers" in role["scopes"]
