"""Forms described as data: a look-alike a student can test and improve.

A form is a list of fields; each field is a dictionary. Only ``label`` and ``kind`` are needed::

    from artech import forms
    fields = [
        {"label": "First name", "kind": "text", "required": True,
         "purpose": "to greet you in our reply", "error": "Type your first name, for example Sam."},
        {"label": "Email address", "kind": "email", "required": True,
         "purpose": "to send you the answer", "help": "We only use it for this answer."},
    ]
    forms.form(fields, title="Ask the library a question")

``form`` shows the form as an HTML look-alike in the notebook (inline styles only, nothing from another
host, every field with its label), always with a banner that says it is a look-alike for practice and
not a real service, so no one types real personal data into it. Nothing is sent anywhere: there is no
``<form>`` element, no address and no script.

The result has properties a check can read: ``fields`` (each with ``label``, ``kind``, ``required``,
``purpose``, ``help``, ``error``, ``placeholder``, ``options``, ``checked``), ``labels``,
``unlabelled``, ``without_purpose``, ``without_error`` and ``contrast`` (the WCAG contrast ratio of
its text on its background). ``read_aloud()`` gives, roughly, what a screen reader says field by field.

A list that is not a form shows a kind message instead, never an error; ``problem`` returns that
message and ``to_form`` raises ``FormError`` with it, so a lesson's checks say what ``form`` says.
"""

from __future__ import annotations

import hashlib
import html
from typing import Any

from . import colour as _colour
from . import messages
from .errors import KitError
from .messages import say

__all__ = ["form", "problem", "to_form", "Form", "Field", "FormError", "FormProblem", "KINDS", "KEYS"]

# The kinds of field, and the HTML input each one looks like.
KINDS = {
    "text": "text", "email": "email", "phone": "tel", "date": "date", "number": "number",
    "password": "password", "postcode": "text", "choice": "select", "checkbox": "checkbox",
}
_KIND_WORDS = {  # message keys: what a screen reader says for each kind, roughly
    "text": "form_kind_text", "email": "form_kind_email", "phone": "form_kind_phone",
    "date": "form_kind_date", "number": "form_kind_number", "password": "form_kind_password",
    "postcode": "form_kind_postcode", "choice": "form_kind_choice", "checkbox": "form_kind_checkbox",
}
KEYS = ("label", "kind", "required", "purpose", "help", "error", "placeholder", "options", "checked")
_TEXT_KEYS = ("label", "purpose", "help", "error", "placeholder")
_DARK = (33, 33, 33)
_LIGHT = (255, 255, 255)
_BANNER = "background:#fff3bf;color:#3d2e00;border:2px dashed #8a6d00;border-radius:6px;padding:.5em .8em;margin-bottom:.8em"


class FormError(KitError, ValueError):
    """A value that is not a form (a list of fields); ``message`` says what to try."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Field:
    """One field of a form, read from its dictionary."""

    def __init__(self, number: int, spec: dict):
        self.number = number
        self.label: str = spec.get("label", "").strip()
        self.kind: str = spec.get("kind", "text")
        self.required: bool = spec.get("required", False)
        self.purpose: str = spec.get("purpose", "").strip()
        self.help: str = spec.get("help", "").strip()
        self.error: str = spec.get("error", "").strip()
        self.placeholder: str = spec.get("placeholder", "").strip()
        self.options: list[str] = [str(o) for o in spec.get("options", [])]
        self.checked: bool = spec.get("checked", False)

    @property
    def name(self) -> str:
        """The field's label, or 'field 3' when it has none: how a message names it."""
        return self.label or say("form_field_number", n=self.number)

    def __repr__(self) -> str:
        return f"Field({self.number}, {self.label!r}, {self.kind!r})"


# --- what a form is ---------------------------------------------------------------------------
def _short(value: Any) -> str:
    return _colour._short(value)


def _field_problem(number: int, spec: Any) -> str:
    where = say("form_field_number", n=number)
    if not isinstance(spec, dict):
        return say("form_field_not_dict", where=where, value=_short(spec))
    for key in spec:
        if key not in KEYS:
            suggestion = messages.did_you_mean(str(key), KEYS, cutoff=0.6)
            return say("form_unknown_key", where=where, field_key=_short(key),
                       suggestion=(suggestion + " ") if suggestion else "", keys=", ".join(KEYS))
    for key in _TEXT_KEYS:
        if key in spec and not isinstance(spec[key], str):
            return say("form_key_text", where=where, field_key=key, value=_short(spec[key]))
    kind = spec.get("kind", "text")
    if kind not in KINDS:
        suggestion = messages.did_you_mean(str(kind), KINDS, cutoff=0.6)
        return say("form_unknown_kind", where=where, value=_short(kind),
                   suggestion=(suggestion + " ") if suggestion else "", kinds=", ".join(KINDS))
    for key in ("required", "checked"):
        if key in spec and not isinstance(spec[key], bool):
            return say("form_key_bool", where=where, field_key=key, value=_short(spec[key]))
    options = spec.get("options")
    if kind == "choice" and (not isinstance(options, (list, tuple)) or not options):
        return say("form_choice_options", where=where)
    if options is not None and kind != "choice":
        return say("form_options_not_choice", where=where, kind=kind)
    return ""


def problem(fields: Any) -> str:
    """What is wrong with ``fields`` as a form, kindly ('' when it is a form)."""
    if fields is Ellipsis:
        return say("form_blank")
    if isinstance(fields, dict):
        return say("form_one_field") if ("label" in fields or "kind" in fields) else say("form_not_list", value=_short(fields))
    if not isinstance(fields, (list, tuple)):
        return say("form_not_list", value=_short(fields))
    if not fields:
        return say("form_empty")
    for number, spec in enumerate(fields, 1):
        wrong = _field_problem(number, spec)
        if wrong:
            return wrong
    return ""


def to_form(fields: Any) -> list[Field]:
    """``fields`` as a list of ``Field``, or ``FormError`` with a kind message."""
    wrong = problem(fields)
    if wrong:
        raise FormError(wrong)
    return [Field(n, spec) for n, spec in enumerate(fields, 1)]


# --- the form -----------------------------------------------------------------------------------
class FormProblem(_colour.Problem):
    """What ``form`` shows instead of a form when the fields are not a form yet: a kind message.

    ``read_aloud()`` and ``data_table()`` give the same message, so ``forms.form(...).read_aloud()``
    never stops with an error.
    """

    def read_aloud(self) -> "FormProblem":
        return self

    def data_table(self) -> "FormProblem":
        return self


class ReadAloud:
    """Roughly what a screen reader says, field by field: its label, its kind, whether it is required."""

    def __init__(self, lines: list[str], parts: list[list[tuple[str, bool]]] | None = None):
        self.lines = lines
        self.parts = parts  # per field: (text, is it the form's own words?)

    def __repr__(self) -> str:
        return "\n".join(self.lines)

    def _repr_html_(self) -> str:
        def item(n: int, line: str) -> str:
            if not self.parts or n >= len(self.parts):
                return html.escape(line)
            return "".join(f"<bdi>{html.escape(t)}</bdi>" if own else html.escape(t) for t, own in self.parts[n])

        items = "".join(f"<li>{item(n, line)}</li>" for n, line in enumerate(self.lines[1:]))
        return (
            '<div class="artech-read-aloud" style="font-family:sans-serif;line-height:1.5;border-left:6px solid '
            '#475569;padding:.4em 1em;background:#f1f5f9;color:#0f172a">'
            f'<strong>{html.escape(self.lines[0])}</strong><ol style="margin:.3em 0">{items}</ol></div>'
        )


class DataTable:
    """A table of a form's fields: label, kind, required, and the purpose it gives."""

    def __init__(self, form: "Form"):
        self.form = form

    def rows(self) -> list[tuple[str, str, str, str]]:
        out = []
        for f in self.form.fields:
            out.append((f.name, say(_KIND_WORDS[f.kind]), say("form_yes") if f.required else say("form_no"),
                        f.purpose or say("form_no_purpose")))
        return out

    def __repr__(self) -> str:
        head = [say("form_col_field"), say("form_col_kind"), say("form_col_required"), say("form_col_purpose")]
        return "\n".join(" | ".join(row) for row in [tuple(head), *self.rows()])

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col" style="text-align:left;padding:4px 10px;border-bottom:2px solid #444">'
                       f"{html.escape(say(k))}</th>"
                       for k in ("form_col_field", "form_col_kind", "form_col_required", "form_col_purpose"))
        body = []
        for f, row in zip(self.form.fields, self.rows()):
            style = "" if f.purpose else "background:#fde8e8;font-weight:bold"
            cells = "".join(f'<td style="text-align:left;padding:4px 10px;border-bottom:1px solid #ccc">{html.escape(c)}</td>'
                            for c in row)
            body.append(f'<tr style="{style}">{cells}</tr>')
        title = html.escape(say("form_table_title", title=self.form.title, n=len(self.form.fields),
                                missing=len(self.form.without_purpose)))
        return (f'<table class="artech-data-table" style="border-collapse:collapse;font-family:sans-serif;'
                f'color:#1a1a1a;background:#ffffff"><caption style="text-align:left;font-weight:bold;padding:4px 0">'
                f'{title}</caption><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')


class Form:
    """A form shown as a look-alike; what ``form`` gives. Read its parts as properties."""

    def __init__(self, fields: list[Field], title: str, intro: str, button: str,
                 text: tuple[int, int, int], background: tuple[int, int, int]):
        self.fields = fields
        self.title = title
        self.intro = intro
        self.button = button
        self.text_colour = text
        self.background = background

    # -- what a check reads
    @property
    def labels(self) -> list[str]:
        return [f.label for f in self.fields]

    @property
    def unlabelled(self) -> list[int]:
        """The numbers of the fields without a label (counting from 1)."""
        return [f.number for f in self.fields if not f.label]

    @property
    def without_purpose(self) -> list[str]:
        """The fields (by label) that do not say why they are asked for."""
        return [f.name for f in self.fields if not f.purpose]

    @property
    def without_error(self) -> list[str]:
        """The fields (by label) that have no error message."""
        return [f.name for f in self.fields if not f.error and f.kind != "checkbox"]

    @property
    def required(self) -> list[str]:
        return [f.name for f in self.fields if f.required]

    @property
    def contrast(self) -> float:
        """The WCAG 2 contrast ratio of the form's text on its background."""
        return _colour.contrast_ratio(self.text_colour, self.background)

    def __len__(self) -> int:
        return len(self.fields)

    @property
    def purposes(self) -> dict[str, str]:
        """Each field's label (or 'field 3') and the purpose it gives ('' when it gives none)."""
        return {f.name: f.purpose for f in self.fields}

    def data_table(self) -> "DataTable":
        """Every field with what it collects and why: the start of a list of the personal data a design asks for."""
        return DataTable(self)

    def read_aloud(self) -> ReadAloud:
        """Roughly what a screen reader says when you move through the form with the Tab key."""
        lines = [say("form_read_aloud_title", title=self.title)]
        pieces: list[list[tuple[str, bool]]] = []
        for f in self.fields:
            kit = [say(_KIND_WORDS[f.kind])]
            if f.required:
                kit.append(say("form_required_word"))
            if f.kind == "checkbox":
                kit.append(say("form_checked") if f.checked else say("form_not_checked"))
            piece = [(f.label, True) if f.label else (say("form_no_label"), False), (", " + ", ".join(kit), False)]
            if f.help:
                piece += [(". ", False), (f.help, True)]
            pieces.append(piece)
            lines.append("".join(t for t, _ in piece))
        pieces.append([(say("form_button_word", button=self.button), False)])
        lines.append(pieces[-1][0][0])
        return ReadAloud(lines, pieces)

    def __repr__(self) -> str:
        rows = [say("form_banner"), self.title]
        for f in self.fields:
            label = f.label or say("form_no_label")
            req = f" ({say('form_required_word')})" if f.required else ""
            rows.append(f"{f.number}. {label}{req}: {say(_KIND_WORDS[f.kind])}")
        return "\n".join(rows)

    # -- the look-alike
    def _id(self) -> str:
        digest = hashlib.sha1(repr([(f.label, f.kind, f.help, f.error) for f in self.fields]).encode()).hexdigest()
        return "artech-form-" + digest[:8]

    def _field_html(self, f: Field, base: str) -> str:
        fid = f"{base}-{f.number}"
        text = _colour._css(self.text_colour)
        describe = []
        req = (f' <span style="font-weight:normal">({html.escape(say("form_required_word"))})</span>'
               if f.required else "")
        label = (f'<label for="{fid}" style="display:block;font-weight:bold;margin-bottom:.2em">'
                 f"{html.escape(f.label)}{req}</label>") if f.label else ""
        extra = ""
        if f.help:
            describe.append(f"{fid}-help")
            extra += f'<div id="{fid}-help" style="font-size:.9em;margin-top:.2em"><bdi>{html.escape(f.help)}</bdi></div>'
        if f.purpose:
            describe.append(f"{fid}-why")
            extra += (f'<div id="{fid}-why" style="font-size:.9em;margin-top:.2em"><em>'
                      f'{html.escape(say("form_why_we_ask"))}</em> <bdi>{html.escape(f.purpose)}</bdi></div>')
        if f.error:
            describe.append(f"{fid}-error")
            extra += (f'<div id="{fid}-error" style="margin-top:.3em;padding:.2em .5em;border-left:4px solid '
                      f'#b3261e;font-size:.9em"><span aria-hidden="true">⚠ </span>'
                      f'<em>{html.escape(say("form_error_shown"))}</em> <bdi>{html.escape(f.error)}</bdi></div>')
        aria = f' aria-describedby="{" ".join(describe)}"' if describe else ""
        required = ' required="required" aria-required="true"' if f.required else ""
        box = (f"border:1px solid {text};border-radius:4px;padding:.35em .5em;font-size:1em;"
               "background:#ffffff;color:#1a1a1a;min-width:16em")
        if f.kind == "choice":
            options = "".join(f"<option>{html.escape(o)}</option>" for o in f.options)
            control = f'<select id="{fid}"{aria}{required} style="{box}">{options}</select>'
        elif f.kind == "checkbox":
            checked = ' checked="checked"' if f.checked else ""
            control = (f'<input type="checkbox" id="{fid}"{aria}{checked} style="width:1.2em;height:1.2em;'
                       'vertical-align:middle;margin-right:.4em"/>')
            label = (f'<label for="{fid}" style="font-weight:bold">{html.escape(f.label)}{req}</label>'
                     if f.label else "")
            return f'<div style="margin:.7em 0;color:{text}">{control}{label}{extra}</div>'
        else:
            placeholder = f' placeholder="{html.escape(f.placeholder)}"' if f.placeholder else ""
            control = (f'<input type="{KINDS[f.kind]}" id="{fid}" autocomplete="off"{aria}{placeholder}'
                       f'{required} style="{box}"/>')
        return f'<div style="margin:.7em 0;color:{text}">{label}{control}{extra}</div>'

    def _repr_html_(self) -> str:
        base = self._id()
        text, back = _colour._css(self.text_colour), _colour._css(self.background)
        fields = "".join(self._field_html(f, base) for f in self.fields)
        intro = f'<p style="margin:.2em 0 .6em">{html.escape(self.intro)}</p>' if self.intro else ""
        ratio = _colour._ratio_text(self.contrast)
        return (
            f'<section class="artech-form" aria-label="{html.escape(self.title)}" style="font-family:sans-serif;'
            f'max-width:36em;background-color:{back};color:{text};border:1px solid #767676;border-radius:8px;'
            f'padding:1em 1.2em;line-height:1.4">'
            f'<div role="note" style="{_BANNER}"><strong>{html.escape(say("form_banner"))}</strong></div>'
            f'<h3 style="margin:.2em 0;color:{text}">{html.escape(self.title)}</h3>{intro}{fields}'
            f'<button type="button" style="margin-top:.6em;padding:.45em 1.2em;font-size:1em;border-radius:4px;'
            f'border:2px solid {text};background:{text};color:{back}">{html.escape(self.button)}</button>'
            f'<p style="font-size:.85em;margin:.8em 0 0">{html.escape(say("form_contrast_note", ratio=ratio))}</p>'
            "</section>"
        )


def form(fields: Any, title: str | None = None, intro: str = "", button: str | None = None,
         text: Any = _DARK, background: Any = _LIGHT) -> Form | FormProblem:
    """Show ``fields`` as a look-alike form, with a banner that says it is only a look-alike.

    ``text`` and ``background`` are the form's colours (three numbers each). A value that is not a
    form shows a kind message instead, never an error.
    """
    wrong = problem(fields)
    if wrong:
        return FormProblem(wrong)
    for where, value in (("`text`", text), ("`background`", background)):
        bad = _colour.problem(value)
        if bad:
            return FormProblem(say("colour_palette_entry", where=where, problem=bad))
    shown_title = say("form_default_title") if title is None or title is Ellipsis else str(title)
    shown_button = say("form_default_button") if button is None or button is Ellipsis else str(button)
    return Form(to_form(fields), shown_title, "" if intro is Ellipsis else str(intro), shown_button,
                _colour.to_rgb(text), _colour.to_rgb(background))


def __getattr__(name: str) -> Any:
    """``forms.fomr`` → "There is no `forms.fomr`. Did you mean `form`? ..."."""
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    suggestion = messages.did_you_mean(name, ["form", "problem"])
    text = say("form_no_such_tool", name=name, suggestion=(suggestion + " ") if suggestion else "")
    raise AttributeError(text, name=name, obj=None)
