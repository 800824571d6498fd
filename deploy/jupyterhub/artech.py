# ArTech on JupyterHub: the hub's part. (The students' part is in the kit itself: its server extension
# writes each student's workspace when their server starts, with the quiet JupyterLab settings.)
#
# The same file, as it is, in every kind of hub:
#   The Littlest JupyterHub  copy it to /opt/tljh/config/jupyterhub_config.d/artech.py,
#                            then: sudo tljh-config reload hub
#   Zero to JupyterHub       it is hub.extraConfig.artech in values.yaml (a test keeps the two equal)
#   a plain JupyterHub       jupyterhub_config.py loads it with load_subconfig("artech.py")
#
# What it does:
#   1. Each student's language. A student in the hub group "lang-en" gets the English lessons; every
#      other student gets Dutch, the kit's language. Make the group on the hub's admin page (Groups).
#   2. Students land on their welcome page in JupyterLab, in their language (the kit's artech/start).
#   3. It never keeps a student out: if the language cannot be found, the log says why and the student
#      starts in Dutch. (A pre-spawn hook that raises stops the student's server from starting.)
import inspect

# `c` is JupyterHub's configuration: every kind of hub gives it to this file. (No `c = get_config()`:
# under Zero to JupyterHub, get_config is the chart's own helper and would stop the hub.)

ARTECH_LANGUAGE_GROUPS = {"lang-en": "en", "lang-nl": "nl"}  # hub group -> the kit's language code
ARTECH_DEFAULT_LANGUAGE = "nl"


def artech_language(spawner) -> str:
    """The language of this student's lessons, from the hub groups they are in."""
    groups = {group.name for group in spawner.user.groups}
    for group, lang in ARTECH_LANGUAGE_GROUPS.items():
        if group in groups:
            return lang
    return ARTECH_DEFAULT_LANGUAGE


_artech_earlier_hook = c.Spawner.pre_spawn_hook if "pre_spawn_hook" in c.Spawner else None  # noqa: F821


async def artech_pre_spawn_hook(spawner) -> None:
    if _artech_earlier_hook is not None:  # a hook the school set before this file: it still runs first
        result = _artech_earlier_hook(spawner)
        if inspect.isawaitable(result):
            await result
    try:
        lang = artech_language(spawner)
    except Exception as exc:  # never keep a student out over a language
        spawner.log.warning("ArTech: no language for %s (%s: %s); Dutch it is", spawner.user.name,
                            type(exc).__name__, exc)
        lang = ARTECH_DEFAULT_LANGUAGE
    spawner.environment = {**spawner.environment, "ARTECH_LANG": lang}


c.Spawner.pre_spawn_hook = artech_pre_spawn_hook  # noqa: F821
c.Spawner.default_url = "/artech/start"  # noqa: F821
