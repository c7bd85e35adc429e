"""`process-workbench simulate FILE`: what customers experience, as spreads, not averages."""

from __future__ import annotations

import argparse
import dataclasses

from cli import simulate_messages as words
from cli.console import say, say_json
from cli.opening import BadInput, open_document, pick_versions
from cli.table import format_table
from cli.words import explained, say_in, tr

NAME = "simulate"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("simulate", help=tr(words.HELP), description=tr(words.DESCRIPTION))
    parser.add_argument("file", metavar="FILE", help=tr(words.HELP_FILE))
    parser.add_argument("--version", metavar="NAME", help=tr(words.HELP_VERSION))
    parser.add_argument("--cases", metavar="N", type=_whole(1, "cases"), help=tr(words.HELP_CASES))
    parser.add_argument("--seed", metavar="S", type=_whole(0, "seed"), help=tr(words.HELP_SEED))
    parser.add_argument("--customers", metavar="CSV", help=tr(words.HELP_CUSTOMERS))
    parser.add_argument("--json", action="store_true", help=tr(words.HELP_JSON))
    parser.set_defaults(run=run)


def _whole(least: int, option: str):
    def read(text: str) -> int:
        try:
            value = int(text.replace(",", "").replace("_", ""))
        except ValueError:
            value = least - 1
        if value < least:
            raise argparse.ArgumentTypeError(
                tr(words.BAD_NUMBER).format(option=option, least=least, value=text)
            )
        return value

    return read


def run(args: argparse.Namespace) -> int:
    document = open_document(args.file)
    versions = pick_versions(document, args.version)
    settings = document.simulation
    if args.cases is not None:
        settings = dataclasses.replace(settings, cases=args.cases)
    if args.seed is not None:
        settings = dataclasses.replace(settings, seed=args.seed)
    mix, customers = None, 0
    if args.customers:
        mix, customers = _mix_from(args.customers, document)
    results = simulate_versions(args.file, document, versions, settings, mix)
    if args.json:
        say_json({"file": args.file, "results": [r.to_data() for r in results]})
        return 0
    title = document.metadata.title or tr("(untitled process)")
    say(tr(words.HEADING).format(title=title, path=args.file, cases=say_in(settings.cases),
                             seed=settings.seed))  # fmt: skip
    if mix is not None:
        say(tr(words.CUSTOMERS_FROM).format(count=say_in(customers), path=args.customers))
    say()
    say(simulated_text(results))
    return 0


def simulate_versions(path: str, document, versions, settings, mix=None) -> list:  # noqa: ANN001
    """Each version through the same cases; a flow that cannot be simulated is bad input."""
    from workbench.simulation import SimulationError, simulate_version

    try:
        return [simulate_version(v, settings, document.segments, mix) for v in versions]
    except SimulationError as error:
        raise BadInput(f"{path}: {explained(error)}") from None


def simulated_text(results: list) -> str:
    """The spreads, the time limits kept per tier and the busiest lanes, as tables."""
    return "\n\n".join((_spreads(results), _limits(results), _lanes(results)))


def _mix_from(path: str, document):
    from workbench.customer_tiers import CustomerListError, read_customers, tier_customers
    from workbench.simulation.customers import CustomerMix

    try:
        customers = read_customers(path)
        tiering = tier_customers(customers, document.simulation.tiers)
        if len(tiering.counts) != len(document.segments):
            from workbench.customer_tiers import segment_changes

            segment_changes(document.segments, tiering)  # raises with the explanation
    except CustomerListError as error:
        raise BadInput(explained(error)) from None
    return CustomerMix.from_counts(document.segments, tiering.counts), len(customers)


def _spreads(results) -> str:
    rows = []
    queues = any(lane.people for r in results for lane in r.lanes)
    for result in results:
        figures = [
            (tr(words.LEAD), result.lead()),
            (tr(words.WAIT), result.wait()),
            (tr(words.CONTACTS), result.contact()),
        ]
        if queues:
            figures.append((tr(words.QUEUED), _queued(result)))
        for label, spread in figures:
            figures = (spread.mean, spread.p50, spread.p90, spread.p95, spread.max)
            rows.append([result.version_name, label, *(f"{v:,.2f}" for v in figures)])
    headers = [tr(words.VERSION), tr(words.FIGURE), *map(tr, words.COLUMNS)]
    return tr(words.LEAD_TITLE) + "\n" + format_table(headers, rows, right_aligned=range(2, 7))


def _queued(result):
    from workbench.simulation.results import Spread

    return Spread.of(result.queued)


def _limits(results) -> str:
    if not any(r.kpis for r in results):
        return tr(words.NO_LIMITS)
    names = [say_in(t.name) for t in results[0].tiers]
    rows = []
    for result in results:
        for kpi in result.kpis:
            cells = [_share(t.kept) for t in kpi.tiers]
            rows.append([result.version_name, kpi.name, *cells])
        kept = [_share(t.kept) for t in result.tiers]
        rows.append([result.version_name, tr(words.ALL_LIMITS), *kept])
    headers = [tr(words.VERSION), tr(words.KPI), *names]
    return (
        tr(words.LIMITS_TITLE)
        + "\n"
        + format_table(headers, rows, right_aligned=range(2, 2 + len(names)))
    )


def _share(value: float | None) -> str:
    return words.NOT_APPLICABLE if value is None else f"{100 * value:.1f} %"


def _lanes(results) -> str:
    rows = []
    for result in results:
        for lane in result.busiest_lanes():
            rows.append([
                result.version_name,
                lane.name,
                f"{lane.work_per_case:,.2f}",
                str(lane.people) if lane.people else words.NOT_APPLICABLE,
                _share(lane.utilisation),
                f"{lane.queue_per_visit:,.2f}" if lane.queue_per_visit is not None
                else words.NOT_APPLICABLE,
            ])  # fmt: skip
    headers = [tr(words.VERSION), *map(tr, words.LANE_COLUMNS)]
    return tr(words.LANES_TITLE) + "\n" + format_table(headers, rows, right_aligned=(2, 3, 4, 5))
