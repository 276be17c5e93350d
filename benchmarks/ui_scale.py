"""Does the window stay instant on a big database? First paint, search, project page.

On a demo database (``ingenierie demo --size 100000`` by default: 10 000 projects,
100 000 stakeholders) and on an empty one as the base of the ratios, prints:

- time to first paint: from opening the database to the first paint of the projects
  list, each run in a fresh process (median of ``--runs``), split into opening the
  file (storage: checks, migrations) and building and painting the window, and the
  time until the list holds its rows; target: first paint ≤ 1.5 × the empty database;
- search keystroke → updated list, for the projects list and the directory: each
  word typed a letter at a time; timed from the moment the search starts (the
  150 ms typing pause of the search field is deliberate and not counted) to the
  repainted table; target: median under 50 ms;
- opening the page of the project with the most stakeholders (≥ 200); target < 300 ms;
- showing the Évaluation tab of the project with the most indicators (the demo's: 30
  indicators of 60 measurements, 4 campaigns), from the click on the tab to its repaint;
  target < 300 ms;
- the Tableau de bord over every project: the figures computed (``portfolio``), and the
  screen from its request to the charts set; re-filtered by each scheme; targets < 500 ms
  and < 200 ms. The first computation of a process is printed apart (statements compiled);
- start-up as a user sees it (``--startup``, needs Xvfb and xdotool): ``ingenierie --db
  FILE`` launched as a real process on a private X server, timed until its window is
  mapped, against a bare PySide6 ``QMainWindow`` started the same way and against the
  floor of any window on this database (the storage and models loaded, the database
  opened through ``open_for_use``, then a bare ``QMainWindow``), all alternating (median
  of ``--runs`` each), bytecode cached as an installed app's is; target: ≤ 2.5 × the
  bare window.

    .venv/bin/python benchmarks/ui_scale.py [--database FILE | --size N] [--runs 5]
    .venv/bin/python benchmarks/ui_scale.py --startup --database FILE [--runs 5]

Without ``--database`` a demo database is generated first (about a minute for 100 000).
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from ingenierie.models import Indicator, Involvement
from ingenierie.models.vocabulary import Scheme
from ingenierie.services.demo import generate_demo
from ingenierie.services.evaluation.portfolio import portfolio
from ingenierie.storage import Database, open_database
from ingenierie.ui.app import install_translators
from ingenierie.ui.lists.screen import ListScreen
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.settings import AppSettings

WORDS = ("martin", "dubois", "lefebvre", "marie", "jean", "association", "mairie",
         "saint", "contrat", "tiers", "energie", "centre")


class PaintWatch(QObject):
    """Notes when a widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def _window(app: QApplication, database: Database, folder: Path) -> MainWindow:
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(database, settings)
    window.resize(1440, 900)
    return window


def _until(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        time.sleep(0.0005)


def probe_first_paint(path: Path) -> dict[str, float]:
    """In this (fresh) process: open ``path``, show the window, time the first paints."""
    app = QApplication([])
    install_translators(app)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        database = open_database(path, create=False)
        opened = time.perf_counter()
        window = _window(app, database, Path(folder))
        watch = PaintWatch()
        window.workspace.projects.table.viewport().installEventFilter(watch)
        window.show()
        _until(app, lambda: watch.painted_at is not None)
        assert watch.painted_at is not None
        _until(app, lambda: not window.workspace.projects.model.is_loading)
        app.processEvents()
        filled = time.perf_counter()
        window.close()
        database.close()
    return {"open_database_ms": (opened - started) * 1000,
            "window_first_paint_ms": (watch.painted_at - opened) * 1000,
            "first_paint_ms": (watch.painted_at - started) * 1000,
            "list_filled_ms": (filled - started) * 1000}


def first_paint(path: Path, runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        output = subprocess.run([sys.executable, __file__, "--probe", str(path)], check=True,
                                capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def _search_times(app: QApplication, screen: ListScreen) -> list[float]:
    """Type each word a letter at a time; time each search from start to repainted table."""
    times = []
    field, model = screen.filters.search, screen.model
    for word in WORDS:
        for length in range(1, len(word) + 1):
            replaced: list[float] = []
            model.keys_replaced.connect(lambda r=replaced: r.append(time.perf_counter()))
            field.blockSignals(True)
            field.setText(word[:length])
            field.blockSignals(False)
            started = time.perf_counter()
            field.flush()  # what the end of the typing pause does
            _until(app, lambda r=replaced: bool(r))
            screen.table.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
            model.keys_replaced.disconnect()
        field.clear()
        field.flush()
        _until(app, lambda: not model.is_loading)
    return times


def interactive(path: Path) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_translators(app)
    found: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder, open_database(path, create=False) as database:
        window = _window(app, database, Path(folder))
        window.show()
        workspace = window.workspace
        _until(app, lambda: not workspace.projects.model.is_loading)
        for name, screen in (("projects", workspace.projects), ("directory", workspace.directory)):
            workspace.setCurrentWidget(screen)
            _until(app, lambda s=screen: not s.model.is_loading)  # type: ignore[misc]
            times = _search_times(app, screen)
            found[f"search_{name}_median_ms"] = statistics.median(times)
            found[f"search_{name}_p90_ms"] = statistics.quantiles(times, n=10)[-1]
        with database.read() as session:
            row = session.execute(
                select(Involvement.project_id, func.count().label("n"))
                .where(Involvement.archived_at.is_(None))
                .group_by(Involvement.project_id).order_by(func.count().desc()).limit(1)).first()
        if row is not None:
            opened = []
            for _ in range(3):
                started = time.perf_counter()
                page = workspace.open_project(row.project_id)
                assert page is not None
                app.processEvents()
                page.repaint()
                opened.append((time.perf_counter() - started) * 1000)
                _close(workspace, page)
                app.processEvents()
            found["project_page_ms"] = statistics.median(opened)
            found["project_page_stakeholders"] = row.n
        found.update(evaluation_tab(app, window))
        found.update(dashboard(app, window))
        window.close()
    return found


def _close(workspace: Any, page: Any) -> None:
    """Close a page from the projects list (closing the current tab would show the tab
    beside it, the dashboard, whose computing would run under the next measurement)."""
    workspace.setCurrentWidget(workspace.projects)
    workspace.close_page(workspace.indexOf(page))


def evaluation_tab(app: QApplication, window: MainWindow) -> dict[str, float]:
    """The Évaluation tab of the project with the most indicators, shown afresh each run."""
    workspace = window.workspace
    with workspace.context.database.read() as session:
        row = session.execute(
            select(Indicator.project_id, func.count().label("n"))
            .where(Indicator.archived_at.is_(None))
            .group_by(Indicator.project_id).order_by(func.count().desc()).limit(1)).first()
    if row is None:
        return {}
    shown = []
    for _ in range(5):
        page = workspace.open_project(row.project_id)
        assert page is not None
        app.processEvents()
        started = time.perf_counter()
        page.tabs.setCurrentWidget(page.evaluation)
        app.processEvents()
        page.repaint()
        shown.append((time.perf_counter() - started) * 1000)
        _close(workspace, page)
        app.processEvents()
    return {"evaluation_tab_ms": statistics.median(shown),
            "evaluation_tab_indicators": row.n}


def _computed(app: QApplication, window: MainWindow, act: Callable[[], object]) -> float:
    screen = window.workspace.dashboard
    done: list[float] = []
    screen.computed.connect(lambda: done.append(time.perf_counter()))
    started = time.perf_counter()
    act()
    _until(app, lambda: bool(done))
    screen.computed.disconnect()
    return (done[0] - started) * 1000


def dashboard(app: QApplication, window: MainWindow) -> dict[str, float]:
    """The portfolio computed headless, then the screen: shown, recomputed, re-filtered."""
    database = window.workspace.context.database
    computed = []
    for _ in range(6):
        started = time.perf_counter()
        portfolio(database)
        computed.append((time.perf_counter() - started) * 1000)
    screen = window.workspace.dashboard
    first = _computed(app, window, lambda: window.workspace.setCurrentWidget(screen))
    again = [_computed(app, window, screen.recompute) for _ in range(5)]
    window.workspace.setCurrentWidget(window.workspace.projects)
    refiltered = []
    for scheme in (Scheme.TZCLD, Scheme.PTCE, Scheme.TIERS_LIEU, Scheme.CONTRAT_DE_VILLE):
        index = screen.filters.scheme.findData(scheme)
        refiltered.append(_computed(app, window,
                                    lambda i=index: screen.filters.scheme.setCurrentIndex(i)))
    return {"dashboard_first_compute_ms": computed[0],
            "dashboard_compute_ms": statistics.median(computed[1:]),
            "dashboard_screen_first_ms": first,
            "dashboard_screen_ms": statistics.median(again),
            "dashboard_refilter_ms": statistics.median(refiltered)}


def _window_script(title: str, before: str = "") -> str:
    """A process that runs ``before``, then shows an empty QMainWindow titled ``title``."""
    return (f"{before}\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
            "app = QApplication([])\nwindow = QMainWindow()\n"
            f"window.setWindowTitle({title!r})\nwindow.resize(1440, 900)\nwindow.show()\n"
            "app.exec()\n")


BARE_WINDOW = _window_script("bare-window")
FLOOR_WINDOW = _window_script("floor-window", "import sys\n"
                              "from ingenierie.services.opening import open_for_use\n"
                              "database = open_for_use(sys.argv[1])")


def _x_server() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb; its display number is chosen by the server (``-displayfd``)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        return server, f":{pipe.readline().strip()}"


def _shown_ms(command: list[str], title: str, env: dict[str, str]) -> float:
    """From the launch of ``command`` to a visible window named ``title`` (polled)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=env,
                             capture_output=True).returncode != 0:
            if process.poll() is not None:
                raise RuntimeError(f"{command} ended before showing its window")
            time.sleep(0.005)
        return (time.perf_counter() - started) * 1000
    finally:
        process.terminate()
        process.wait()


def startup(path: Path, runs: int) -> dict[str, float]:
    """The app's window and a bare QMainWindow, each launched ``runs`` times, alternating."""
    server, display = _x_server()
    try:
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                   "XDG_CONFIG_HOME": home, "XDG_STATE_HOME": home}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            app, bare, floor = [], [], []
            for _ in range(runs):
                bare.append(_shown_ms([sys.executable, "-c", BARE_WINDOW], "^bare-window$", env))
                floor.append(_shown_ms([sys.executable, "-c", FLOOR_WINDOW, str(path)],
                                       "^floor-window$", env))
                app.append(_shown_ms([sys.executable, "-m", "ingenierie", "--db", str(path)],
                                     f"^{path.name} ", env))
    finally:
        server.terminate()
        server.wait()
    return {"bare_window_ms": statistics.median(bare), "floor_window_ms": statistics.median(floor),
            "app_window_ms": statistics.median(app),
            "ratio": statistics.median(app) / statistics.median(bare),
            "floor_ratio": statistics.median(floor) / statistics.median(bare)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="an existing demo database (read only)")
    parser.add_argument("--size", type=int, default=100_000, help="stakeholders if generating")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per first paint")
    parser.add_argument("--startup", action="store_true",
                        help="only the start-up of the real app against a bare window (Xvfb)")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe_first_paint(args.probe)))
        return 0
    if args.startup:
        if args.database is None:
            parser.error("--startup needs --database")
        found = startup(args.database, args.runs)
        print(f"load average: {' '.join(f'{value:.1f}' for value in os.getloadavg())}")
        print(f"bare QMainWindow shown     {found['bare_window_ms']:8.0f} ms (median)")
        print(f"floor (database open)      {found['floor_window_ms']:8.0f} ms (median), "
              f"{found['floor_ratio']:.2f} × bare")
        print(f"ingenierie window shown    {found['app_window_ms']:8.0f} ms (median)")
        print(f"ratio                      {found['ratio']:8.2f}   (target ≤ 2.5)")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.sqlite"
        open_database(empty).close()
        big = args.database
        if big is None:
            big = Path(folder) / "demo.sqlite"
            print(f"generating a demo of {args.size} stakeholders…", flush=True)
            with open_database(big) as database:
                generate_demo(database, args.size)
        figures = {"empty": first_paint(empty, args.runs), "demo": first_paint(big, args.runs)}
        figures["empty"].update(interactive(empty))
        figures["demo"].update(interactive(big))
    keys = sorted({key for values in figures.values() for key in values})
    print(f"{'':32}{'empty':>12}{'demo':>12}{'ratio':>8}")
    for key in keys:
        empty_value, demo_value = figures["empty"].get(key), figures["demo"].get(key)
        ratio = (f"{demo_value / empty_value:8.2f}" if empty_value and demo_value is not None
                 else "")
        print(f"{key:32}{empty_value if empty_value is not None else float('nan'):12.1f}"
              f"{demo_value if demo_value is not None else float('nan'):12.1f}{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
