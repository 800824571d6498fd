"""The class report of ``artech grade``: an HTML page a teacher reads in a minute (and prints on A4),
and a CSV file for the school's own systems. Every word in the teacher's language; verdicts in words,
never a colour alone."""

from __future__ import annotations

import collections
import csv
import datetime
import html
from pathlib import Path

from .. import i18n, messages
from ..format.messages import say

def status_word(status: str) -> str:
    """The verdict in words, as the student saw it: Done, Not yet, Check problem."""
    if status == "done":
        return messages.say("status_done")
    if status == "error":
        return messages.say("status_error")
    return messages.say("status_not_yet")


def _counted(e: dict) -> bool:
    return e.get("status") == "done" and e.get("counted", True)


def summary(result: dict) -> list[dict]:
    """Per exercise: how many are done, and the most common "not yet" message (what to explain next)."""
    out = []
    rows = [r for r in result["rows"] if r["exercises"]]
    for i, ex_id in enumerate(result["exercises"]):
        cells = [r["exercises"][i] for r in rows]
        done = sum(1 for e in cells if _counted(e))
        waiting = collections.Counter(e["message"] for e in cells if e["status"] == "not yet" and e["message"])
        common = waiting.most_common(1)[0] if waiting else None
        out.append({"id": ex_id, "done": done, "total": len(result["rows"]), "common": common})
    return out


def write_csv(result: dict, path: Path) -> None:
    ids = result["exercises"]
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:  # -sig: spreadsheets read it as UTF-8
        out = csv.writer(handle)
        out.writerow([say("report_student"), say("report_file")] + ids + [f"{i}: {say('report_exercise')}" for i in ids]
                     + [say("report_done"), say("report_talk"), say("report_problem")])
        for row in result["rows"]:
            by_id = {e["id"]: e for e in row["exercises"]}
            words = [status_word(by_id[i]["status"]) if i in by_id else say("report_not_checked") for i in ids]
            said = [by_id[i]["message"] if i in by_id else "" for i in ids]
            done = sum(1 for e in row["exercises"] if _counted(e))
            out.writerow([row["student"], row["file"]] + words + said + [done, " ".join(row["flags"]), row["problem"]])


def _cell(e: dict) -> str:
    word = status_word(e["status"])
    kind = e["status"].replace(" ", "-")
    extra = "" if e.get("counted", True) else f' <em>({html.escape(say("report_not_counted"))})</em>'
    message = f'<div class="msg">{html.escape(e["message"])}</div>' if e["message"] and e["status"] != "done" else ""
    return f'<td class="{kind}"><strong>{html.escape(word)}</strong>{extra}{message}</td>'


def write_html(result: dict, path: Path) -> None:
    ids = result["exercises"]
    title = say("report_title", title=result["title"])
    date = datetime.date.today().isoformat()
    head = "".join(f"<th scope=\"col\"><code>{html.escape(i)}</code></th>" for i in ids)
    body = []
    for row in result["rows"]:
        name = html.escape(row["student"])
        done = sum(1 for e in row["exercises"] if _counted(e))
        if row["exercises"]:
            cells = "".join(_cell(e) for e in row["exercises"])
            count = f"<td>{done}/{len(ids)}</td>"
        else:
            cells = f'<td class="problem" colspan="{len(ids)}">{html.escape(row["problem"])}</td>'
            count = "<td>–</td>"
        flags = "".join(f"<li>{html.escape(f)}</li>" for f in row["flags"])
        talk = f'<tr class="talk"><td></td><td colspan="{len(ids) + 1}"><strong>{html.escape(say("report_talk"))}:</strong>' \
               f"<ul>{flags}</ul></td></tr>" if flags else ""
        body.append(f'<tr><th scope="row">{name}<div class="file">{html.escape(Path(row["file"]).name)}</div></th>'
                    f"{cells}{count}</tr>{talk}")
    per = []
    for s in summary(result):
        common = (say("report_common", count=s["common"][1], message=s["common"][0]) if s["common"]
                  else say("report_no_common"))
        per.append(f"<li><code>{html.escape(s['id'])}</code>: "
                   f"<strong>{html.escape(say('report_done_count', done=s['done'], total=s['total']))}</strong>. "
                   f"{html.escape(common)}</li>")
    lang = html.escape(i18n.language())
    page = f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }}
th, td {{ border: 1px solid #8a8a8a; padding: .3rem .45rem; vertical-align: top; text-align: left; }}
thead th {{ background: #eef1f8; }}
td.done {{ background: #e6f4ea; }} td.not-yet {{ background: #fff6d6; }} td.error {{ background: #fde7e9; }}
td.problem {{ background: #f1f1f1; font-style: italic; }}
tr.talk td {{ background: #fdecef; border-top: 0; }}
.msg, .file {{ font-size: .8rem; color: #333; }}
.hint {{ background: #eef1f8; padding: .3rem .6rem; }}
@media print {{ @page {{ size: A4 landscape; margin: 10mm; }} .hint {{ display: none; }}
  td, th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }} tr {{ break-inside: avoid; }} }}
</style></head>
<body><main>
<h1>{html.escape(title)}</h1>
<p>{html.escape(say("report_intro", count=len(result["rows"]), date=date))}</p>
<p class="hint">{html.escape(say("report_print"))}</p>
<h2>{html.escape(say("report_per_exercise"))}</h2>
<ul>{"".join(per)}</ul>
<table>
<thead><tr><th scope="col">{html.escape(say("report_student"))}</th>{head}<th scope="col">{html.escape(say("report_done"))}</th></tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
</main></body></html>
"""
    Path(path).write_text(page, encoding="utf-8")


def write(result: dict, folder: Path) -> tuple[Path, Path]:
    """Both reports into ``folder`` (made if needed); their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    html_path, csv_path = folder / f"{result['lesson']}.html", folder / f"{result['lesson']}.csv"
    write_html(result, html_path)
    write_csv(result, csv_path)
    return html_path, csv_path
