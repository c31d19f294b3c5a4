"""Tests for outbound.render and the package templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from outbound.errors import RenderError
from outbound.render import Rendered, Renderer
from outbound.samples import sample_context
from outbound.views import (
    AUDIENCES,
    KIND_CONTEXTS,
    VISIBILITY_INTERNAL,
    DecisionView,
    DelayNoticeContext,
    TaskView,
    WeeklyUpdateContext,
)

UNSUB = "mailto:acme+unsub@reply.trackfront.example?subject=unsubscribe"
CONVENTIONS = [
    "Task: <what> @owner due <date>",
    "Decision: <what> because <why>",
    "Question: <what>",
    "#<id> done",
]


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def _weekly(**changes: object) -> WeeklyUpdateContext:
    return dataclasses.replace(sample_context("weekly_update"), **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("kind", sorted(KIND_CONTEXTS))
def test_every_kind_and_audience_renders(renderer: Renderer, kind: str, audience: str) -> None:
    rendered = renderer.render(kind, audience, sample_context(kind, unsubscribe_url=UNSUB))
    assert isinstance(rendered, Rendered)
    assert (
        rendered.subject
        and "\n" not in rendered.subject
        and rendered.subject == rendered.subject.strip()
    )
    assert "{{" not in rendered.subject + rendered.text + rendered.html
    # text body: greeting, conventions footer below the signature delimiter, unsubscribe
    greeting = "Dear Alice Jensen," if audience == "client" else "Hi Alice,"
    assert rendered.text.startswith(greeting)
    body, _, footer = rendered.text.partition("\n-- \n")
    assert body and all(line in footer for line in CONVENTIONS)
    assert UNSUB in footer
    assert "\n\n\n" not in rendered.text
    # html body: complete document, same conventions, safe
    html = rendered.html
    assert html.lstrip().startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "max-width:600px" in html
    assert "Task: &lt;what&gt; @owner due &lt;date&gt;" in html
    assert "#&lt;id&gt; new date: &lt;date&gt; because &lt;reason&gt;" in html
    assert f'href="{UNSUB}"' in html
    _assert_safe_html(html)


def _assert_safe_html(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    # inside a tag: escaped user text ("&lt;img src=http...") is harmless
    assert not re.search(r"""<[^>]*\bsrc\s*=\s*["']?\s*(https?:)?//""", lowered)
    assert 'src="http' not in lowered
    assert "<img" not in lowered and "<link" not in lowered and "@import" not in lowered


def test_unsubscribe_link_only_when_given(renderer: Renderer) -> None:
    rendered = renderer.render("weekly_update", "client", sample_context("weekly_update"))
    assert "Unsubscribe" not in rendered.text and "Unsubscribe" not in rendered.html


def test_html_escapes_markup_in_titles_text_keeps_it(renderer: Renderer) -> None:
    evil = TaskView(
        id=5,
        title="<script>alert('x')</script> & <img src=http://evil.example/x>",
        owner_name="<b>Eve</b>",
    )
    rendered = renderer.render("weekly_update", "client", _weekly(done=[evil]))
    _assert_safe_html(rendered.html)
    assert (
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=http://evil.example/x&gt;"
        in rendered.html
    )
    assert "&lt;b&gt;Eve&lt;/b&gt;" in rendered.html
    assert "#5 <script>alert('x')</script>" in rendered.text  # plain text is not HTML


def test_client_update_refuses_internal_items(renderer: Renderer) -> None:
    secret = TaskView(id=9, title="Renegotiate the margin", visibility=VISIBILITY_INTERNAL)
    with pytest.raises(RenderError, match="internal item"):
        renderer.render("weekly_update", "client", _weekly(in_progress=[secret]))
    decision = DecisionView(
        summary="Drop the client's favourite font", visibility=VISIBILITY_INTERNAL
    )
    with pytest.raises(RenderError, match=r"decisions\[0\]"):
        renderer.render("weekly_update", "client", _weekly(decisions=[decision]))
    # the team may see internal items
    team = renderer.render("weekly_update", "team", _weekly(in_progress=[secret]))
    assert "Renegotiate the margin" in team.text


def test_client_mail_fails_closed_on_unknown_visibility(renderer: Renderer) -> None:
    odd = TaskView(
        id=1,
        title="x",
        old_due=dt.date(2025, 3, 1),
        new_due=dt.date(2025, 3, 8),
        visibility="Shared ",
    )
    with pytest.raises(RenderError):
        renderer.render(
            "delay_notice",
            "client",
            DelayNoticeContext(project_name="P", recipient_name="R", task=odd),
        )


def test_client_mapping_context_is_checked_too(renderer: Renderer) -> None:
    variables = dataclasses.asdict(sample_context("delay_notice"))
    variables["task"]["visibility"] = VISIBILITY_INTERNAL
    with pytest.raises(RenderError, match="internal item"):
        renderer.render("delay_notice", "client", variables)


def test_team_only_sections_stay_out_of_client_mail(renderer: Renderer) -> None:
    context = sample_context("weekly_update")
    client = renderer.render("weekly_update", "client", context)
    team = renderer.render("weekly_update", "team", context)
    for team_only in ("held for review", "Improve SEO", "Blog import script works"):
        assert team_only in team.text and team_only in team.html
        assert team_only not in client.text and team_only not in client.html


def test_quiet_week_has_no_empty_sections(renderer: Renderer) -> None:
    context = WeeklyUpdateContext(
        project_name="Acme",
        recipient_name="Alice Jensen",
        period_start=dt.date(2025, 3, 8),
        period_end=dt.date(2025, 3, 14),
        quiet=True,
    )
    for audience in AUDIENCES:
        rendered = renderer.render("weekly_update", audience, context)
        assert "quiet week" in rendered.text.lower()
        for heading in ("Completed", "Done\n", "Decisions", "Coming up", "Overdue", "Past due"):
            assert heading not in rendered.text


def test_delay_notice_mentions_both_dates_and_reason(renderer: Renderer) -> None:
    rendered = renderer.render("delay_notice", "client", sample_context("delay_notice"))
    assert "Product page copy" in rendered.subject
    for fragment in ("Mon 17 Mar 2025", "Mon 24 Mar 2025", "waiting for the final price list"):
        assert fragment in rendered.text and fragment in rendered.html


def test_reply_subject_does_not_pile_up_prefixes(renderer: Renderer) -> None:
    context = dataclasses.replace(
        sample_context("confirmation"), original_subject="RE: AW: Fwd: next steps"
    )
    assert renderer.render("confirmation", "client", context).subject == "Re: next steps (recorded)"


def test_override_dir_wins_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "weekly_update").mkdir()
    (tmp_path / "weekly_update" / "client.subject.txt").write_text("Custom: {{ project_name }}\n")
    (tmp_path / "base.html").write_text(
        "<!DOCTYPE html><html><body>{% block content %}{% endblock %}<p>custom footer</p></body></html>\n"
    )
    rendered = Renderer(override_dir=tmp_path).render(
        "weekly_update", "client", sample_context("weekly_update")
    )
    assert rendered.subject == "Custom: Acme website relaunch"
    assert "custom footer" in rendered.html and "max-width:600px" not in rendered.html
    assert rendered.text.startswith("Dear Alice Jensen,")  # not overridden: package template


def test_strict_undefined_raises_on_missing_variable(renderer: Renderer, tmp_path: Path) -> None:
    variables = dataclasses.asdict(sample_context("delay_notice"))
    del variables["recipient_name"]
    with pytest.raises(RenderError, match="recipient_name"):
        renderer.render("delay_notice", "team", variables)
    (tmp_path / "check_in").mkdir()
    (tmp_path / "check_in" / "team.subject.txt").write_text(
        "{{ project_name }} {{ no_such_value }}"
    )
    with pytest.raises(RenderError, match="no_such_value"):
        Renderer(override_dir=tmp_path).render("check_in", "team", sample_context("check_in"))


def test_override_with_script_or_remote_image_is_refused(tmp_path: Path) -> None:
    (tmp_path / "check_in").mkdir()
    context = sample_context("check_in")
    for markup in (
        "<script>track()</script>",
        '<img src="https://tracker.example/p.gif">',
        "<IMG SRC=//x.example/a>",
    ):
        (tmp_path / "check_in" / "team.html").write_text(f"<html>{markup}</html>")
        with pytest.raises(RenderError, match="script or a remote resource"):
            Renderer(override_dir=tmp_path).render("check_in", "team", context)


@pytest.mark.parametrize(
    "kind, audience, context",
    [
        ("no_such_kind", "client", {}),
        ("weekly_update", "board", {}),
        ("weekly_update", "team", sample_context("delay_notice")),
        ("weekly_update", "team", ["not", "a", "context"]),
    ],
)
def test_bad_requests_raise_render_error(
    renderer: Renderer, kind: str, audience: str, context: object
) -> None:
    with pytest.raises(RenderError):
        renderer.render(kind, audience, context)


def _odd_tasks() -> list[TaskView]:
    day = dt.date(2025, 3, 14)
    return [
        TaskView(id=1, title="plain"),
        TaskView(id=2, title="<b>t</b> & co", owner_name="Bo <b>", due=day),
        TaskView(id=3, title="moved", owner_name="Al", old_due=day, new_due=day + dt.timedelta(days=3),
                 reason="  waiting for <them>  "),
        TaskView(id=4, title="moved, no reason", old_due=day, new_due=day),
        TaskView(id=5, title="vague", reason=" no owner "),
        TaskView(id=6, title="owner only", owner_name="Cy", due=day - dt.timedelta(days=4)),
        TaskView(id=7, title="empty owner", owner_name="", due=day),
    ]


@pytest.mark.parametrize("mode", ["due", "delay", "overdue", "vague", "done"])
@pytest.mark.parametrize("today", [None, dt.date(2025, 3, 20)])
def test_task_rows_inline_what_row_and_task_detail_render(renderer: Renderer, mode: str, today: object) -> None:
    """task_rows inlines row and task_detail for speed; a template overriding the kind and
    calling those macros one by one must get the same markup (and text: task_line)."""
    tasks = _odd_tasks() if mode != "overdue" else [t for t in _odd_tasks() if t.due]
    if mode == "delay":
        tasks = [t for t in tasks if t.old_due]
    values = {"tasks": tasks, "mode": mode, "today": today}
    html = renderer._html  # the renderer's own environments: filters, globals, package macros
    inlined = html.from_string('{% import "_macros.html" as m %}{{ m.task_rows(tasks, mode, today) }}')
    one_by_one = html.from_string(
        '{% import "_macros.html" as m %}{% for t in tasks %}'
        '{{ m.row("#" ~ t.id, t.title, m.task_detail(t, mode, today)) }}{% endfor %}'
    )
    assert inlined.render(values) == one_by_one.render(values)
    assert inlined.render(values).count("<tr>") == len(tasks)
    text = renderer._text
    lines = text.from_string('{% import "_macros.txt" as t %}{{ t.task_lines(tasks, mode, today) }}')
    line_by_line = text.from_string(
        '{% import "_macros.txt" as t %}{% for x in tasks %}{{ t.task_line(x, mode, today) }}\n{% endfor %}'
    )
    assert lines.render(values) == line_by_line.render(values)


def _all_renders(renderer: Renderer) -> list[Rendered]:
    contexts = [(kind, sample_context(kind, unsubscribe_url=UNSUB)) for kind in sorted(KIND_CONTEXTS)]
    contexts += [("weekly_update", _weekly(done=_odd_tasks(), coming_up=_odd_tasks(), vague=_odd_tasks(),
                                           quiet=True, quarantine_count=1))]
    return [renderer.render(kind, audience, context) for kind, context in contexts for audience in AUDIENCES]


def test_the_short_macro_call_path_renders_what_jinja_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """The renderer's Context (short path for macro calls) and plain-dict template globals
    change nothing in the output; and they are on with the Jinja in use."""
    import jinja2

    from outbound import render

    assert render._MACROS_TAKE_EVAL_CONTEXT, "Jinja changed Macro.__call__: the short macro path is off"
    fast = _all_renders(Renderer())
    monkeypatch.setattr(render, "_MACROS_TAKE_EVAL_CONTEXT", False)
    monkeypatch.setattr(render._Environment, "make_globals", jinja2.Environment.make_globals)
    plain = Renderer()
    assert plain._html.context_class is jinja2.runtime.Context
    assert _all_renders(plain) == fast


def test_internal_items_are_found_wherever_they_sit_in_a_list(renderer: Renderer) -> None:
    """The walk checks list items inline; every shape still fails closed."""
    internal = TaskView(id=9, title="secret", visibility=VISIBILITY_INTERNAL)
    shared = TaskView(id=1, title="fine")
    nested = TaskView(id=2, title="fine", owner_name=internal)  # type: ignore[arg-type]  # not enforced

    class Tasks(list):  # type: ignore[type-arg]
        pass

    for field_value, where in [
        ([shared, shared, internal], r"done\[2\] \(TaskView"),
        ((shared, internal), r"done\[1\] \(TaskView"),
        ([shared, nested], r"done\[1\]\.owner_name \(TaskView"),
        (Tasks([internal]), r"done\[0\] \(TaskView"),
        ([[shared], [internal]], r"done\[1\]\[0\] \(TaskView"),
        ([shared, {"visibility": "internal"}], r"done\[1\] \(visibility="),
    ]:
        with pytest.raises(RenderError, match=where):
            renderer.render("weekly_update", "client", _weekly(done=field_value))
    # and shared views of every kind, in lists, tuples and sets, pass
    renderer.render("weekly_update", "client", _weekly(done=(shared, shared), vague=[shared]))
