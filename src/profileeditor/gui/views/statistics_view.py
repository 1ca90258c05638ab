"""The Statistics tab beside the list (issue 14 item 3): the campaign figures and charts of the
list as it is filtered now, at a chosen level, and "Save charts…" to write them as files.

One source of figures: ``core.statistics`` over the profiles the level keeps, read from the vault
a chunk at a time (``statistics.from_repository``, as the charts export does) so that 100,000
profiles are counted in bounded memory with the progress shown; drawn by ``export.charts`` — the
very pictures the PNG files hold, shown scaled. The tab recomputes when it is shown after the filter or the vault changed (the change
hub), and forgets everything when the vault locks.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import statistics
from profileeditor.core.repository import Filters
from profileeditor.gui import dialog_service, messages, workers

MIN_SIDE, MAX_SIDE = 340, 540  # shown size of each 1080×1080 chart: its text stays readable


def _pixmap(image) -> QPixmap:
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    qimage = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(qimage.copy())  # copy: the bytes above are freed after this


def _count(repo, query, filters, level, lang, today, context=None):
    """The figures and chart pictures of the list (Qt-free: it runs on a worker)."""
    from profileeditor.core import wording
    from profileeditor.export import charts as charts_mod
    from profileeditor.export.dispatch import vault_campaign_line

    ids = repo.ids(query, filters)
    figures = statistics.from_repository(
        repo,
        ids,
        level,
        today=today,
        check=context.check if context is not None else None,
        progress=context.progress if context is not None else None,
    )
    charts = charts_mod.build_charts(figures, lang)
    as_of = wording.as_of(today, lang)
    line = vault_campaign_line(repo).get(lang) or ""
    images = [charts_mod.draw_chart(chart, lang, as_of, line) for chart in charts]
    return ids, figures, charts, images


class StatisticsView(QWidget):
    """Figures and charts of the filtered list; ``selection()`` says which list."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.lang = lang
        self.today: date | None = None  # tests fix the day; None is today
        self.repository_source = lambda: None  # () -> repository, or None when locked
        self.vault_source = lambda: None  # () -> the vault, for a worker's own connection
        self._job: workers.Job | None = None
        self._save_job: workers.Job | None = None
        self._generation = 0
        self._clears = 0  # locks since the start: a save that ends after one says nothing
        self.selection = lambda: ("", Filters())  # () -> (query, filters) of the list
        self.figures: statistics.Statistics | None = None
        self.charts: list = []
        self.ids: list[str] = []
        self._stale = True
        self._recount_soon = QTimer(self)
        self._recount_soon.setSingleShot(True)
        self._recount_soon.setInterval(500)
        self._recount_soon.timeout.connect(self.refresh_if_stale)
        self._counted_on = date.today()

        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("statisticsLevel")
        for level, text in (
            ("public", self.tr("Public (consenting people only)")),
            ("partner", self.tr("Partner")),
            ("internal", self.tr("Internal (everyone in the list)")),
        ):
            self.level_combo.addItem(text, level)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("statisticsSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(self.tr("Save charts…"), self)
        self.save_button.setObjectName("statisticsSave")
        top = QHBoxLayout()
        top.addWidget(self.level_combo)
        top.addStretch(1)
        top.addWidget(self.save_button)

        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        # The charts are sized to the viewport: a vertical bar that came and went with them made
        # them wider than the room left, and a horizontal bar cut their right side at 1024 px.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.grid_host)
        self.scroll.viewport().installEventFilter(self)
        self.chart_labels: list[QLabel] = []
        self._pixmaps: list[QPixmap] = []
        self._columns = self._side = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.scroll, 1)

        self.level_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save_button.clicked.connect(lambda _checked=False: self.save_charts())

    # -- wiring into the main window --------------------------------------------------------------
    def attach(self, window) -> None:
        """A tab beside the list and the agenda; follows the list's filter and the vault's
        changes (the change hub)."""
        self.repository_source = lambda: window.repository
        self.vault_source = lambda: None if window.is_locked else window.vault
        self.selection = lambda: (
            window.filter_bar.query(),
            window.filter_bar.filters(trash=window.trash_action.isChecked()),
        )
        tabs = window.agenda_view.tabs
        tabs.addTab(self, self.tr("Statistics"))
        tabs.currentChanged.connect(
            lambda index: self.refresh_if_stale() if tabs.widget(index) is self else None
        )
        window.filter_bar.changed.connect(self.mark_stale)
        window.trash_action.toggled.connect(lambda _on: self.mark_stale())
        window.changes.changed.connect(lambda _change: self.mark_stale())

    def mark_stale(self) -> None:
        """The figures are out of date. Shown, they are counted again once the changes pause
        (each save of a typing user is a change: a count over the whole list per keystroke
        would be restarted again and again)."""
        self._stale = True
        if self.isVisible():
            self._recount_soon.start()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def clear(self) -> None:
        """Locking: nothing of the vault stays on screen or in memory."""
        self._generation += 1
        self._clears += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.figures = None
        self.charts = []
        self.ids = []
        self.summary_label.clear()
        self._show_charts([])
        self._stale = True

    # -- figures ----------------------------------------------------------------------------------
    def level(self) -> str:
        return self.level_combo.currentData()

    @property
    def busy(self) -> bool:
        return self._job is not None and not self._job.done

    def refresh(self) -> None:
        """Count again: on a worker over its own connection when the tab belongs to a window
        (reading thousands of profiles takes seconds), here otherwise."""
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None
        repo = self.repository_source()
        if repo is None:
            self.clear()
            return
        query, filters = self.selection()
        args = (query, filters, self.level(), self.lang, self.today or date.today())
        self._counted_on = args[4]  # the day the figures shown are counted on (Save charts)
        vault = self.vault_source()
        if vault is None:
            self._counted(self._generation, _count(repo, *args))
            return
        generation = self._generation
        self.summary_label.setText(self.tr("Counting…"))
        self.save_button.setEnabled(False)

        def work(context: workers.JobContext):
            assert context.repository is not None
            return _count(context.repository, *args, context=context)

        self._job = workers.run_job(
            work,
            vault=vault,
            on_done=lambda result: self._counted(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
            on_progress=lambda done, total, _text: self._progressed(generation, done, total),
        )

    def _progressed(self, generation: int, done: int, total: int) -> None:
        """How far the count is: at 100,000 profiles it takes a while."""
        if generation != self._generation or not total:
            return  # an older count's progress, overtaken by a newer filter or a lock
        self.summary_label.setText(
            self.tr("Counting… %1 of %2 profiles read.")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _counted(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # an older count, overtaken by a newer filter or a lock
        self.ids, self.figures, self.charts, images = result
        self.summary_label.setText(
            self.tr("%1 of the %2 profiles in the list are counted at this level.")
            .replace("%1", str(self.figures.people))
            .replace("%2", str(len(self.ids)))
        )
        self._show_charts([_pixmap(image) for image in images])
        self.save_button.setEnabled(bool(self.figures.people))
        self._stale = False

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, workers.Cancelled):
            return
        self.summary_label.setText(messages.error_text(error))

    def _show_charts(self, pixmaps: list[QPixmap]) -> None:
        for label in self.chart_labels:
            label.deleteLater()
        self.chart_labels = []
        self._pixmaps = pixmaps
        for i in range(len(pixmaps)):
            label = QLabel(self.grid_host)
            label.setObjectName(f"statisticsChart{i}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(self.charts[i].title if i < len(self.charts) else "")
            self.chart_labels.append(label)
        self._columns = self._side = 0
        self._reflow()

    def _reflow(self) -> None:
        # As many columns as fit charts of at least MIN_SIDE, each as large as the room allows;
        # in reading order (the grid runs right to left in Arabic by itself).
        room = max(MIN_SIDE, self.scroll.viewport().width() - 12)
        columns = max(1, room // (MIN_SIDE + 8))
        side = min(MAX_SIDE, room // columns - 8)
        if (columns, side) == (self._columns, self._side):
            return
        self._columns, self._side = columns, side
        for label in self.chart_labels:
            self.grid.removeWidget(label)
        for i, (label, pixmap) in enumerate(zip(self.chart_labels, self._pixmaps, strict=True)):
            label.setPixmap(
                pixmap.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.grid.addWidget(label, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()

    def eventFilter(self, watched, event) -> bool:
        # The room is the scroll area's viewport, which is resized after this view (a window
        # made narrower while another tab was shown left the charts at the old, wider size).
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow()
        return super().eventFilter(watched, event)

    # -- files ------------------------------------------------------------------------------------
    def save_charts(self) -> workers.Job | None:
        """The charts export (PNG and SVG per chart) of the same list, level and language: the
        files ``export --format charts`` writes for it (``export.charts.write_chart_files``).
        Drawn and written on a worker, with progress and Cancel like the other exports (a
        dozen 1080×1080 pictures take a while); returns the job, None when nothing is saved."""
        repo = self.repository_source()
        if repo is None:
            return None
        if self.busy or self._stale or self.figures is None:
            return None  # the figures on screen are not yet the list's
        if self._save_job is not None and not self._save_job.done:
            return None
        dialogs = dialog_service.service()
        if not self.ids or not self.figures.people:
            return None
        folder = dialogs.choose_directory(self, self.tr("Folder for the charts"), "")
        if not folder:
            return None
        # The figures on screen, written as they are: counting 100,000 profiles again here
        # would take as long as the count took.
        from profileeditor.export.dispatch import vault_campaign_line

        figures, lang, today = self.figures, self.lang, self._counted_on
        campaign_line = vault_campaign_line(repo)  # read here: the worker has no connection
        total = 2 * len(self.charts)  # a PNG and an SVG per chart
        clears = self._clears

        def work(context: workers.JobContext) -> list[Path]:
            from profileeditor.core.partial_files import atomic_path
            from profileeditor.export.charts import write_chart_files

            done = 0

            @contextlib.contextmanager
            def each_file(target: Path):
                # Between two files: say how far it is, and stop there when cancelled (each
                # file is whole or absent: atomic_path).
                nonlocal done
                context.check()
                context.progress(done, total)
                with atomic_path(target) as partial:
                    yield partial
                done += 1

            return write_chart_files(
                figures,
                Path(folder),
                langs=(lang,),
                today=today,
                campaign_line=campaign_line,
                atomic=each_file,
            )

        self._save_job = workers.run_job(
            work,
            parent=self,
            label=self.tr("Saving the charts…"),
            on_done=lambda written: self._saved(clears, written, folder),
            on_error=lambda exc: self._save_failed(clears, exc),
        )
        return self._save_job

    def _saved(self, clears: int, written: list[Path], folder: str) -> None:
        self._save_job = None
        if clears != self._clears:
            return  # locked meanwhile: nothing of it on the lock screen
        dialog_service.service().information(
            self,
            self.tr("Save charts"),
            messages.fill(self.tr("%1 files written to %2."), len(written), folder),
        )

    def _save_failed(self, clears: int, error: BaseException) -> None:
        self._save_job = None
        if clears != self._clears or isinstance(error, workers.Cancelled):
            return
        dialog_service.service().warning(self, self.tr("Save charts"), messages.error_text(error))
