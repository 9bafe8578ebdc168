"""Commands: ``kit create``, ``enroll``, ``device-card``, ``devices approve|list``,
``export``, ``import``, ``receipt``, ``receipt accept``, ``hub-sharing``.

The same verbs serve one level up: a hub writes its kit with ``kit create``,
a coordinator joins it with ``enroll`` and writes its card with
``device-card``, the hub approves it with ``devices approve``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from napsurvey.cli.passphrase import open_session
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.files import read_document, writable_file
from napsurvey.services.process import today_iso

if TYPE_CHECKING:  # the services load when a command runs (start-up time of every command)
    from napsurvey.services import hub_enrollment
    from napsurvey.services.session import Session


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    kit = sub.add_parser("kit", help="coordinator: enrollment kits for monitors; hub: the kit coordinators join with")
    kit_actions = kit.add_subparsers(dest="kit_command", parser_class=type(kit), required=True)
    create = kit_actions.add_parser(
        "create", help="write a signed, sealed enrollment kit; prints the enrollment code to read out"
    )
    create.add_argument("--out", required=True, metavar="KIT", help="file, or a folder to get a neutral file name")
    create.add_argument("--to", nargs="+", metavar="DEVICE",
                        help="seal the kit to these approved devices or members (a kit update) instead of an enrollment code")
    create.add_argument("--forms", nargs="+", metavar="PATH", help="form files (default: this vault's forms)")
    create.add_argument("--referrals", metavar="FILE.yaml", help="referral directory per area")
    create.add_argument("--protocol", metavar="FILE.yaml", help="study protocol (title, reference, approved_by, approved_day)")
    create.add_argument("--threshold", type=int, metavar="N", help="disclosure threshold (default 10, at least 5)")
    create.add_argument("--threshold-high", type=int, metavar="N", help="threshold for sensitivity: high forms")
    create.add_argument("--grace-days", type=int, metavar="N",
                        help="days after a period's end before it can be released (default 30)")
    create.add_argument("--backup-recipient", metavar="AGE1...", help="also encrypt bundles to this offline backup key")
    create.add_argument("--expected-interval", type=int, metavar="DAYS",
                        help="how often each device should send a bundle (default 35); quieter devices show as late")
    create.add_argument("--name", help="hub: the network's or region's name, on its kit and reports")
    create.add_argument("--raw", nargs="+", metavar="FORM",
                        help="hub: ask for raw counts of these questionnaires (each member agrees or not)")
    create.add_argument("--indicators", metavar="FILE.yaml",
                        help="hub: the common indicator set (scheme, code, title, form_id, indicator)")
    create.set_defaults(handler=_kit_create)

    enroll = sub.add_parser("enroll", help="monitor: accept a coordinator's kit; coordinator: join a hub with its kit")
    enroll.add_argument("kit", metavar="KIT")
    enroll.add_argument("--code", metavar="CODE", help="the enrollment code read out with the kit (else asked for)")
    enroll.add_argument("--replace-coordinator", metavar="FINGERPRINT",
                        help="move to a new coordinator (the old key was lost): the fingerprint they read aloud")
    enroll.set_defaults(handler=_enroll)

    card = sub.add_parser("device-card",
                          help="monitor (for its coordinator), coordinator (for its hub): this device's card, sealed to them")
    card.add_argument("--out", required=True, metavar="CARD", help="file, or a folder to get a neutral file name")
    card.add_argument("--label", default="", help="a name for this device, e.g. 'Team North 2'")
    card.set_defaults(handler=_device_card)

    devices = sub.add_parser("devices", help="coordinator: approved devices; hub: member coordinators")
    dev_actions = devices.add_subparsers(dest="devices_command", parser_class=type(devices), required=True)
    approve = dev_actions.add_parser("approve", help="approve a device card after comparing its fingerprint")
    approve.add_argument("card", metavar="CARD")
    approve.add_argument("--yes", action="store_true", help="do not ask (scripts); compare the fingerprint yourself")
    approve.add_argument("--label", help="override the device's label")
    approve.set_defaults(handler=_devices_approve)
    listing = dev_actions.add_parser("list", help="devices, last bundle and gaps")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_devices_list)

    export = sub.add_parser("export", help="monitor: aggregate bundle of records not yet exported; "
                                             "coordinator: --to-hub, its releases for the hub")
    export.add_argument("action", nargs="?", choices=["list"], help="'list' shows the bundles made")
    export.add_argument("--out", metavar="FILE", help="file, or a folder to get a neutral file name")
    export.add_argument("--again", metavar="ID", help="re-create a lost bundle with the same id")
    export.add_argument("--to-hub", action="store_true", help="coordinator: the releases not yet sent to the hub")
    export.add_argument("--form", metavar="ID", help="with --to-hub: only this questionnaire")
    export.add_argument("--period", metavar="PERIOD", help="with --to-hub: one released period or a range (2026Q1..2026Q2)")
    export.set_defaults(handler=_export)

    imp = sub.add_parser("import", help="coordinator: import monitors' bundles; hub: members' bundles "
                                        "(files, or every bundle in folders, one level down)")
    imp.add_argument("files", nargs="+", metavar="FILE|FOLDER")
    imp.set_defaults(handler=_import)

    sharing = sub.add_parser("hub-sharing", help="coordinator: what goes to the hub beyond the releases")
    raw = sharing.add_mutually_exclusive_group()
    raw.add_argument("--raw", nargs="+", metavar="FORM", help="agree to send raw counts of these (if the hub asks)")
    raw.add_argument("--no-raw", action="store_true", help="send no raw counts (the default)")
    sharing.add_argument("--twinning", choices=("yes", "no"), help="may the hub compare this member side by side")
    sharing.set_defaults(handler=_hub_sharing)

    receipt = sub.add_parser("receipt", help="coordinator: write a receipt; monitor: 'receipt accept FILE'")
    receipt.add_argument("action", nargs="?", choices=["accept"])
    receipt.add_argument("file", nargs="?", metavar="FILE")
    receipt.add_argument("--out", metavar="FILE", help="file, or a folder to get a neutral file name")
    receipt.add_argument("--device", metavar="ID", help="only the bundles of this device")
    receipt.set_defaults(handler=_receipt)


def _read(path: str, what: str) -> bytes:
    return read_document(Path(path), what)


def _document_out(name: str) -> Path:
    """Where a kit, card or receipt goes: a file that can be written, or a folder (a neutral name is chosen)."""
    out = Path(name)
    return out if out.is_dir() else writable_file(out)


_COORDINATOR_KIT_OPTIONS = ("referrals", "protocol", "threshold_high", "grace_days", "expected_interval")
_HUB_KIT_OPTIONS = ("name", "raw", "indicators")


def _kit_create(args: argparse.Namespace) -> int:
    from napsurvey.services import enrollment, hub_enrollment  # noqa: PLC0415 - loaded when used (start-up time)

    out = _document_out(args.out)
    forms = _forms_arg(args)
    referrals = enrollment.read_referrals(Path(args.referrals)) if args.referrals else None
    protocol = enrollment.read_protocol(Path(args.protocol)) if args.protocol else None
    indicators = hub_enrollment.read_indicator_set(Path(args.indicators)) if args.indicators else None
    with open_session(args) as session:
        if session.role == "hub":  # one level up: the kit member coordinators join the hub with
            return _hub_kit_create(args, session, out, forms, indicators)
        if given := [o for o in _HUB_KIT_OPTIONS if getattr(args, o)]:
            raise NapError(ErrorCode.CLI_USAGE, reason=f"--{given[0]} is for a hub's kit")
        written = enrollment.write_kit(
            session,
            out,
            form_texts=forms,
            referrals=referrals,
            protocol=protocol,
            threshold=args.threshold,
            threshold_high=args.threshold_high,
            grace_days=args.grace_days,
            backup_recipient=args.backup_recipient,
            devices=args.to,
            expected_interval_days=args.expected_interval,
            today=today_iso(),
        )
    print(f"Kit written to {written.path} and verified. Coordinator fingerprint: {written.fingerprint}")
    _print_kit_code(written.code)
    return 0


def _code_for(data: bytes, args: argparse.Namespace) -> str | None:
    """The enrollment code: --code, else asked for (hidden) when the kit needs one and a terminal is there."""
    from napsurvey.services import enrollment  # noqa: PLC0415 - loaded when used (start-up time)

    if args.code or not enrollment.kit_needs_code(data):
        return str(args.code) if args.code else None
    if not sys.stdin.isatty():
        return None  # enroll then says the kit needs the code
    return getpass.getpass("Enrollment code (as it was read out with the kit): ")


def _print_kit_code(code: str | None) -> None:
    if code is not None:
        print(f"Enrollment code: {code}")
    else:
        print("Sealed to the device(s) named; no enrollment code is needed.")


def _forms_arg(args: argparse.Namespace) -> list[str] | None:
    if not args.forms:
        return None
    forms = []
    for name in args.forms:
        try:
            forms.append(_read(name, "form").decode("utf-8"))
        except UnicodeDecodeError:
            raise NapError(ErrorCode.CLI_FILE, path=name, reason="not UTF-8 text") from None
    return forms


def _hub_kit_create(args: argparse.Namespace, session: Session, out: Path, forms: list[str] | None,
                    indicators: list[hub_enrollment.CommonIndicator] | None) -> int:
    from napsurvey.services import hub_enrollment  # noqa: PLC0415 - loaded when used (start-up time)

    if given := [o for o in _COORDINATOR_KIT_OPTIONS if getattr(args, o) is not None]:
        raise NapError(ErrorCode.CLI_USAGE, reason=f"--{given[0].replace('_', '-')} is for a coordinator's kit")
    written = hub_enrollment.write_hub_kit(session, out, form_texts=forms, indicators=indicators,
                                           raw_requests=args.raw, threshold=args.threshold, name=args.name,
                                           backup_recipient=args.backup_recipient, devices=args.to, today=today_iso())
    print(f"Hub kit {written.kit_serial} written to {written.path} and verified. Hub fingerprint: {written.fingerprint}")
    _print_kit_code(written.code)
    return 0


def _join_hub(args: argparse.Namespace, session: Session, data: bytes, code: str | None) -> int:
    from napsurvey.services import hub_enrollment  # noqa: PLC0415 - loaded when used (start-up time)

    if args.replace_coordinator:
        raise NapError(ErrorCode.CLI_USAGE, reason="--replace-coordinator is for a monitor's device")
    done = hub_enrollment.join_hub(session, data, path=args.kit, today=today_iso(), code=code)
    verb = "Updated the kit of" if done.replaced else "Joined"
    print(f"{verb} hub {done.hub_name!r} {done.hub_fingerprint} (kit {done.kit_serial})")
    if done.forms:
        print(f"Common questionnaires installed: {', '.join(f'{f} {v}' for f, v in done.forms)}")
    if done.raw_requests:
        print(f"The hub asks for raw counts of: {', '.join(done.raw_requests)} (none sent unless you agree: "
              "hub-sharing --raw FORM)")
    print(f"Device fingerprint: {done.fingerprint} - write your card with device-card and read this to the hub")
    return 0


def _enroll(args: argparse.Namespace) -> int:
    from napsurvey.services import enrollment  # noqa: PLC0415 - loaded when used (start-up time)

    data = _read(args.kit, "kit")
    code = _code_for(data, args)
    with open_session(args) as session:
        if session.role == "coordinator":  # one level up: a coordinator joins its hub
            return _join_hub(args, session, data, code)
        before = enrollment.pinned_coordinator(session)
        done = enrollment.enroll(session, data, path=args.kit, today=today_iso(), code=code,
                                 replace_coordinator=args.replace_coordinator)
    if before is not None and before != done.coordinator_fingerprint:
        print(f"Replaced the coordinator: now {done.coordinator_fingerprint} (was {before}).")
    verb = "Updated" if done.replaced else "Enrolled"
    forms = ", ".join(f"{f} {v}" for f, v in done.forms)
    print(f"{verb} with coordinator {done.coordinator_fingerprint} (kit {done.kit_serial}); forms: {forms}")
    print(f"Device fingerprint: {done.fingerprint}")
    return 0


def _device_card(args: argparse.Namespace) -> int:
    from napsurvey.services import enrollment  # noqa: PLC0415 - loaded when used (start-up time)

    out = _document_out(args.out)
    with open_session(args) as session:
        written = enrollment.write_device_card(session, out, label=args.label, today=today_iso())
        fingerprint = session.fingerprint
        to = "the hub" if session.role == "coordinator" else "the coordinator"
    print(f"Device card written to {written}. Read this fingerprint to {to}: {fingerprint}")
    return 0


def _devices_approve(args: argparse.Namespace) -> int:
    from napsurvey.services import enrollment  # noqa: PLC0415 - loaded when used (start-up time)

    data = _read(args.card, "card")
    with open_session(args) as session:
        card = enrollment.open_card(session, data, args.card)  # sealed to this coordinator
        label = f" ({card.label})" if card.label else ""
        if enrollment.approval_needed(session, card):
            print(f"Device fingerprint: {card.device_id}{label}")
            _confirm_fingerprint(args)
        approval = enrollment.approve_device(session, card, today=today_iso(), label=args.label)
    device = approval.device
    name = f" ({device.label})" if device.label else ""
    if approval.outcome == "already_approved":
        print(f"Device {device.device_id}{name} is already approved; nothing changed.")
    elif approval.outcome == "relabelled":
        print(f"Device {device.device_id} is already approved; its name is now {device.label!r}.")
    elif card.role == "coordinator":  # at a hub: a member coordinator
        print(f"Approved member {device.device_id}{name}: its bundles of releases will now be accepted.")
    else:
        print(f"Approved device {device.device_id}.")
    return 0


def _confirm_fingerprint(args: argparse.Namespace) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise NapError(ErrorCode.CARD_NOT_CONFIRMED)
    answer = input("Does the device's owner read exactly this fingerprint? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise NapError(ErrorCode.CARD_NOT_CONFIRMED)


def _hub_sharing(args: argparse.Namespace) -> int:
    from napsurvey.services import hub_export  # noqa: PLC0415 - loaded when used (start-up time)

    raw = [] if args.no_raw else args.raw
    twinning = None if args.twinning is None else args.twinning == "yes"
    with open_session(args) as session:
        view = hub_export.set_sharing(session, raw_agreed=raw, twinning=twinning)
    print(f"Hub {view.hub_name!r} {view.hub_fingerprint}")
    print(f"Raw counts asked for: {', '.join(view.raw_requested) or 'none'}; agreed: {', '.join(view.raw_agreed) or 'none'}")
    print(f"Twinning comparisons: {'shared' if view.twinning else 'not shared'}")
    if view.plan_periods:
        print(f"Plan scorecards and financing shared with twinning, periods: {', '.join(view.plan_periods)}")
    if raw is not None or twinning is not None:
        print("Takes effect with the next bundle sent to the hub (export --to-hub).")
    return 0


def _members_list(args: argparse.Namespace, session: Session) -> int:
    from napsurvey.services import hub_views  # noqa: PLC0415 - loaded when used (start-up time)

    members = hub_views.members(session)
    if args.json:
        print(json.dumps([m.model_dump() for m in members], indent=2))
        return 0
    if not members:
        print("No approved members.")
    for m in members:
        last = f"last bundle {m.last_sequence} on {m.last_bundle_day}" if m.last_sequence else "no bundle yet"
        gaps = f"; missing: {', '.join(map(str, m.missing))}" if m.missing else ""
        periods = f"; released: {', '.join(m.periods)}" if m.periods else ""
        print(f"{m.member_id}  {m.label or '-'}  {last}{gaps}{periods}")
    return 0


def _devices_list(args: argparse.Namespace) -> int:
    from napsurvey.cli.coordinator_text import device_line  # noqa: PLC0415 - loaded when used (start-up time)
    from napsurvey.services import coordinator_views  # noqa: PLC0415 - loaded when used (start-up time)

    with open_session(args) as session:
        if session.role == "hub":  # a hub's devices are its member coordinators
            return _members_list(args, session)
        views = coordinator_views.devices(session)
    if args.json:
        print(json.dumps([v.model_dump() for v in views], indent=2))
        return 0
    if not views:
        print("No approved devices.")
    for v in views:
        print(device_line(v))
    return 0


def _export_to_hub(args: argparse.Namespace) -> int:
    from napsurvey.services import hub_export  # noqa: PLC0415 - loaded when used (start-up time)

    if not args.out:
        raise NapError(ErrorCode.CLI_USAGE, reason="export --to-hub needs --out FILE")
    with open_session(args) as session:
        if args.again:
            result = hub_export.export_to_hub_again(session, args.again, Path(args.out), today=today_iso())
        else:
            result = hub_export.export_to_hub(session, Path(args.out), today=today_iso(), form_id=args.form,
                                              period=args.period)
    sent = ", ".join(f"{f} {p}" + (f" (edition {e})" if e > 1 else "") for f, p, e in result.releases)
    what = f"{len(result.releases)} release(s): {sent}" if result.releases else "no release, only what this coordinator shares"
    print(f"Hub bundle {result.sequence} ({result.bundle_id}) written to {result.path} and verified; {what}.")
    if result.raw_forms:
        print(f"Raw counts included, as the hub asked and this coordinator agreed: {', '.join(result.raw_forms)}.")
    if result.plan_periods:
        print(f"Plan scorecards and financing included for twinning, periods: {', '.join(result.plan_periods)}.")
    if result.reissued:
        print("It had been made before but never written (an interrupted export): it is the same bundle. "
              "Run export --to-hub again for what was released since.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from napsurvey.services import sync_export  # noqa: PLC0415 - loaded when used (start-up time)

    if (args.form or args.period) and not args.to_hub:
        raise NapError(ErrorCode.CLI_USAGE, reason="--form and --period go with --to-hub")
    if args.to_hub and args.action != "list":
        return _export_to_hub(args)
    if args.action == "list":
        with open_session(args) as session:
            if session.role == "coordinator":
                return _list_upward(session)
            bundles = sync_export.list_exports(session)
        if not bundles:
            print("No bundles made yet.")
        for b in bundles:
            ack = f"acknowledged {b.acknowledged_day}" if b.acknowledged_day else "not acknowledged"
            state = "" if b.written_day else "  NOT WRITTEN: the next export writes it"
            print(f"{b.sequence}  {b.bundle_id}  {b.created_day}  {ack}{state}")
        return 0
    if not args.out:
        raise NapError(ErrorCode.CLI_USAGE, reason="export needs --out FILE (or 'export list')")
    with open_session(args) as session:
        if args.again:
            result = sync_export.export_again(session, args.again, Path(args.out), today=today_iso())
        else:
            result = sync_export.export_bundle(session, Path(args.out), today=today_iso())
    print(f"Bundle {result.sequence} ({result.bundle_id}) written to {result.path} and verified; "
          f"{result.records} record(s).")
    if result.reissued:
        print("It had been made before but never written (an interrupted export): it is the same bundle. "
              "Run export again for the records completed since.")
    return 0


def _list_upward(session: Session) -> int:
    from napsurvey.services import hub_export  # noqa: PLC0415 - loaded when used (start-up time)

    bundles = hub_export.list_upward(session)
    if not bundles:
        print("No hub bundles made yet.")
    for b in bundles:
        print(f"{b.sequence}  {b.bundle_id}  {b.created_day}  {b.releases} release(s)")
    return 0


def _import(args: argparse.Namespace) -> int:
    from napsurvey.services import hub_import, sync_import  # noqa: PLC0415 - loaded when used (start-up time)

    files = [Path(f) for f in args.files]
    with open_session(args) as session:
        # The same verb one level up: a hub imports its members' releases, a coordinator its monitors' bundles;
        # folders are searched for bundle files, one level of subfolders down.
        if session.role == "hub":
            report = hub_import.import_member_bundles(session, files, today=today_iso())
        else:
            report = sync_import.import_bundles(session, files, today=today_iso())
    for outcome in report.outcomes:
        if outcome.status == "refused" and outcome.code is not None:
            print(f"error {outcome.code.name}: {outcome.message}", file=sys.stderr)
        elif outcome.status == "duplicate":
            print(f"{outcome.message} (exact duplicate, nothing changed)")
        else:
            print(outcome.message)
    for line in report.gaps:
        print(line)
    return 0 if report.ok else 1


def _receipt(args: argparse.Namespace) -> int:
    from napsurvey.services import sync_export, sync_import  # noqa: PLC0415 - loaded when used (start-up time)

    if args.action == "accept":
        if not args.file:
            raise NapError(ErrorCode.CLI_USAGE, reason="receipt accept needs FILE")
        data = _read(args.file, "receipt")
        with open_session(args) as session:
            accepted = sync_export.accept_receipt(session, data, path=args.file, today=today_iso())
        print(f"Receipt accepted: {accepted.bundles} bundle(s), {accepted.records} record(s) acknowledged.")
        return 0
    if args.file or not args.out:
        raise NapError(ErrorCode.CLI_USAGE, reason="receipt needs --out FILE (or 'receipt accept FILE')")
    out = _document_out(args.out)
    with open_session(args) as session:
        written = sync_import.write_receipt_file(session, out, today=today_iso(), device_id=args.device)
    print(f"Receipt written to {written.path}: {written.bundles} bundle(s), sealed to the device(s) it acknowledges.")
    return 0


