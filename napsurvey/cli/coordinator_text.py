"""How the coordinator's status and devices read on a terminal (one line per thing)."""

from __future__ import annotations

from napsurvey.services.coordinator_status import CoordinatorStatus, FormStatus, PeriodStatus
from napsurvey.services.coordinator_views import DeviceView


def device_line(view: DeviceView) -> str:
    """``52450-08606-63761-52409-88922-12667-20047-11209  North team  last bundle 2 on 2026-11-23; missing: 1; late: no bundle since …``."""
    if view.last_sequence:
        text = f"last bundle {view.last_sequence} on {view.last_bundle_day}"
    else:
        text = f"no bundle yet (approved {view.approved_day})"
    if view.missing:
        text += f"; missing: {', '.join(map(str, view.missing))}"
    if view.late:
        since = "no bundle since" if view.last_sequence else "nothing since approval on"
        text += f"; late: {since} {view.last_seen_day} ({view.days_silent} days)"
    return f"{view.device_id}  {view.label or '-'}  {text}"


def period_line(period: PeriodStatus) -> str:
    """``2026-Q4: 182 interview(s) from 3 device(s); open, closes 2027-01-31``, or closed and released or not."""
    extra = [f"{n} {what}" for n, what in ((period.refused, "refused"), (period.ended_child, "ended (child)"),
                                           (period.stopped, "stopped")) if n]
    counts = f"{period.interviews} interview(s)" + (f" ({', '.join(extra)})" if extra else "")
    if period.devices:
        counts += f" from {period.devices} device(s)"
    if period.state == "open":
        state = f"open, closes {period.closes_day}"
    else:
        released = f"released (edition {period.released_edition})" if period.released_edition else "not released yet"
        state = f"closed since {period.closes_day}; {released}"
    return f"{period.period}: {counts}; {state}"


def form_lines(form: FormStatus) -> list[str]:
    """The form's total, then one indented line per period."""
    lines = [f"{form.form_id} (per {form.period_kind}): {form.interviews} interview(s)"]
    lines += [f"  {period_line(p)}" for p in form.periods]
    return lines


def status_lines(status: CoordinatorStatus) -> list[str]:
    """Everything ``status`` prints on a coordinator."""
    b = status.bundles
    refused = f", {b.refused} refused" if b.refused else ""
    last = f"; last import {status.last_import_day}" if status.last_import_day else ""
    late = sum(1 for d in status.devices if d.late)
    gaps = sum(1 for d in status.devices if d.missing)
    lines = [
        f"role: {status.role}",
        f"fingerprint: {status.fingerprint}",
        f"bundles: {b.imported} imported{refused}{last}",
        f"devices: {len(status.devices)} approved, {late} late, {gaps} with missing bundles "
        f"(a bundle expected every {status.expected_interval_days} days)",
    ]
    lines += [f"  {device_line(d)}" for d in status.devices]
    lines.append(f"interviews (a period closes once {status.grace_days} days have passed after its end):")
    for form in status.forms:
        lines += [f"  {line}" for line in form_lines(form)]
    if status.releases:
        lines.append(f"releases: {len(status.releases)}")
        lines += [f"  {r.form_id} {r.period} edition {r.edition} on {r.day}" for r in status.releases]
    else:
        lines.append("releases: none")
    return lines
