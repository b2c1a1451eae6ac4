"""The import wizard: pick a file, check the columns against a preview, map the
file's stages, review what will happen (bad rows listed), then import with a
progress bar and Cancel. Reading, checking and writing run off the GUI thread;
the write is one transaction, so Cancel or a failure leaves nothing behind."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salesdesk.core import money
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.io import csvformats, csvimport, csvread
from salesdesk.core.io.cancel import ImportCancelled
from salesdesk.core.io.document_import import DocumentImportResult, import_document, read_document
from salesdesk.core.io.stagemap import SKIP
from salesdesk.storage.database import write_in_own_connection
from salesdesk.ui import msgbox
from salesdesk.ui.messages import fill, tr_error
from salesdesk.ui.plain import LINE_LIMIT, elide, isolate, no_mnemonic, plain_label
from salesdesk.ui.store import Store
from salesdesk.ui.worker import Job

log = logging.getLogger(__name__)

PREVIEW_ROWS = 20
LAST_FOLDER = "import/lastFolder"  # QSettings key
_NONE = -1


def _n(value: int) -> str:
    """A count in the rep's digits (Persian and Arabic locales have their own)."""
    return QLocale().toString(value)


def _wait(job: Job) -> Any:
    """Short work (reading, checking a file): the window paints, clicks wait."""
    result, error = job.run_and_wait(exclude_input=True)
    job.deleteLater()
    if error is not None:
        raise error
    return result


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def problem_text(problem: csvimport.RowProblem) -> str:
    reason = fill(problem.template, problem.params, problem.message, LINE_LIMIT)
    return _t("line {line}: {reason}").format(line=QLocale().toString(problem.line), reason=reason)


class ImportWizard(QWizard):
    def __init__(
        self,
        store: Store,
        pipeline_id: int,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.pipeline_id, self.settings = store, pipeline_id, settings
        self.table: csvread.CsvTable | None = None
        self.plan: csvimport.ImportPlan | None = None
        self.import_options = csvimport.Options()
        self.outcome: csvimport.ImportResult | None = None
        self.document: dict[str, Any] | None = None  # a SalesDesk JSON export instead of CSV
        self.deals_added = 0
        self.setWindowTitle(_t("Import deals"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.stages_page = StagesPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.page_ids = {
            page: self.addPage(page)
            for page in (
                self.file_page,
                self.columns_page,
                self.stages_page,
                self.check_page,
                self.run_page,
            )
        }
        self.resize(960, 780)
        if path is not None:
            self.file_page.path.setText(str(path))

    # --- the core calls, off the GUI thread ---------------------------------------------

    def read(self, path: Path) -> csvread.CsvTable:
        table: csvread.CsvTable = _wait(Job(lambda _job: csvread.read(path), "import-read"))
        return table

    def make_plan(self) -> csvimport.ImportPlan:
        assert self.table is not None
        table, options, pid, db = self.table, self.import_options, self.pipeline_id, self.store.db

        def work(_job: Job) -> csvimport.ImportPlan:
            conn = db.raw()
            try:
                return csvimport.plan(conn, table, pid, options)
            finally:
                conn.close()

        self.plan = _wait(Job(work, "import-plan"))
        return self.plan

    def fail(self, exc: BaseException) -> None:
        if isinstance(exc, SalesDeskError):
            text = tr_error(exc)
        else:  # a bug: said plainly, logged with its traceback, the wizard stays usable
            log.error("import failed", exc_info=exc)
            text = _t("Something went wrong: {reason}").format(reason=exc)
        msgbox.error(self, _t("Import deals"), text)

    def reject(self) -> None:
        if self.run_page.running():
            self.run_page.cancel(close_after=True)  # closes once rolled back
            return
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Choose the file"))
        self.setSubTitle(
            _t(
                "A CSV export from Pipedrive, HubSpot or Salesforce, or any CSV with one deal "
                "per row. Nothing changes until the last step."
            )
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(_t("Path of a .csv file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(_t("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        label = QLabel(_t("&File:"))
        label.setBuddy(self.path)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch(1)

    def browse(self) -> None:
        start = str(self.w.settings.value(LAST_FOLDER, "")) if self.w.settings else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            _t("Import deals"),
            start,
            _t("CSV files (*.csv *.txt);;SalesDesk exports (*.json);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def nextId(self) -> int:
        # A SalesDesk JSON export needs no columns or stages: straight to the review.
        if self.w.document is not None:
            return self.w.page_ids[self.w.check_page]
        return self.w.page_ids[self.w.columns_page]

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip()).expanduser()
        self.w.document = None
        try:
            if path.suffix.casefold() == ".json":
                self.w.document = _wait(Job(lambda _job: read_document(path), "import-read"))
            else:
                self.w.table = self.w.read(path)
        except Exception as exc:  # shown to the rep, never lost inside Qt
            self.w.fail(exc)
            return False
        if self.w.settings is not None:
            self.w.settings.setValue(LAST_FOLDER, str(path.parent))
        if self.w.document is not None:
            self.w.check_page.show_document(self.w.document, path)
            return True
        table = self.w.table
        assert table is not None
        self.w.columns_page.load(table)
        return True


FIELD_LABELS = {
    "record_id": QT_TRANSLATE_NOOP("ImportWizard", "Record id (skips rows imported before)"),
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Title"),
    "title_detail": QT_TRANSLATE_NOOP("ImportWizard", "Title, second part"),
    "organization": QT_TRANSLATE_NOOP("ImportWizard", "Organization"),
    "account_id": QT_TRANSLATE_NOOP("ImportWizard", "Account id (looked up in Account.csv)"),
    "contact": QT_TRANSLATE_NOOP("ImportWizard", "Contact"),
    "value": QT_TRANSLATE_NOOP("ImportWizard", "Value"),
    "currency": QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
    "stage": QT_TRANSLATE_NOOP("ImportWizard", "Stage"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status (open, won, lost)"),
    "won_flag": QT_TRANSLATE_NOOP("ImportWizard", "Won (yes/no)"),
    "closed_flag": QT_TRANSLATE_NOOP("ImportWizard", "Closed (yes/no)"),
    "expected_close": QT_TRANSLATE_NOOP("ImportWizard", "Expected close date"),
    "closed_at": QT_TRANSLATE_NOOP("ImportWizard", "Closed on"),
    "created_at": QT_TRANSLATE_NOOP("ImportWizard", "Created on"),
    "stage_entered_at": QT_TRANSLATE_NOOP("ImportWizard", "Entered the stage on"),
    "lost_reason": QT_TRANSLATE_NOOP("ImportWizard", "Lost reason"),
}


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Check the columns"))
        self.detected = plain_label()  # the file's name is not HTML
        self.format = QComboBox()
        self.format.addItem(_t("Other CSV"), csvformats.GENERIC.key)
        for fmt in csvformats.KNOWN:
            self.format.addItem(fmt.label, fmt.key)
        self.format.activated.connect(self._format_chosen)
        self.fields: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, name in enumerate(csvformats.FIELDS):
            combo = QComboBox()
            self.fields[name] = combo
            label = QLabel(_t(str(FIELD_LABELS[name])))
            label.setBuddy(combo)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        self.dates = QComboBox()
        for text, value in (
            (_t("Decide from the file"), None),
            (_t("Day first (31.12.2024)"), True),
            (_t("Month first (12/31/2024)"), False),
        ):
            self.dates.addItem(text, value)
        self.decimals = QComboBox()
        for text, value in (
            (_t("Decide from the file"), None),
            (_t("1,234.56"), False),
            (_t("1.234,56"), True),
        ):
            self.decimals.addItem(text, value)
        self.currency = QComboBox()
        self.currency.setEditable(False)
        self.currency.addItems(money.known_currencies())
        form = QGridLayout()  # two pairs a row: the preview keeps most of the height
        for i, (text, widget) in enumerate(
            (
                (_t("F&ormat:"), self.format),
                (_t("&Dates:"), self.dates),
                (_t("&Amounts:"), self.decimals),
                (_t("Currency when the file has &none:"), self.currency),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, i // 2, (i % 2) * 2)
            form.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.preview, 1)

    def load(self, table: csvread.CsvTable) -> None:
        fmt = csvformats.detect(table.headers)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt.key)))
        self.detected.setText(
            _t(
                "{file}: {rows} rows, {encoding}, separated by {delimiter}. Recognised as: {fmt}."
            ).format(
                file=isolate(table.source.name) if table.source else "",
                rows=_n(len(table.rows)),
                encoding=table.encoding,
                delimiter={",": _t("commas"), ";": _t("semicolons"), "\t": _t("tabs")}.get(
                    table.delimiter, table.delimiter
                ),
                fmt=fmt.label,
            )
        )
        for combo in self.fields.values():
            combo.clear()
            combo.addItem(_t("— not in the file —"), _NONE)
            for i, header in enumerate(table.headers):
                combo.addItem(elide(header), i)
        self._apply_mapping(csvformats.guess_mapping(table.headers, fmt))
        with self.w.store.db.sql() as conn:
            self.currency.setCurrentText(csvimport.usual_currency(conn))
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels([elide(h) for h in table.headers])
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, cells in enumerate(shown):
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(elide(text)))  # a cell may be 1 MB
        self.preview.setVerticalHeaderLabels(
            [QLocale().toString(n) for n in table.line_numbers[:PREVIEW_ROWS]]
        )
        self.preview.resizeColumnsToContents()

    def _format_chosen(self) -> None:
        if self.w.table is not None:
            self._apply_mapping(
                csvformats.guess_mapping(self.w.table.headers, self.chosen_format())
            )

    def _apply_mapping(self, mapping: csvformats.Mapping) -> None:
        for name, combo in self.fields.items():
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, _NONE))))

    def chosen_format(self) -> csvformats.Format:
        return csvformats.BY_KEY[str(self.format.currentData())]

    def mapping(self) -> csvformats.Mapping:
        return {
            name: int(combo.currentData())
            for name, combo in self.fields.items()
            if combo.currentData() not in (None, _NONE)
        }

    def validatePage(self) -> bool:
        mapping = self.mapping()
        if "title" not in mapping and "organization" not in mapping:
            msgbox.error(
                self,
                _t("Import deals"),
                _t("Choose the column that holds the deal's title (or its organization)."),
            )
            self.fields["title"].setFocus()
            return False
        self.w.import_options = csvimport.Options(
            fmt=self.chosen_format(),
            mapping=mapping,
            default_currency=self.currency.currentText(),
            day_first=self.dates.currentData(),
            decimal_comma=self.decimals.currentData(),
        )
        return self.w.stages_page.prepare()


class StagesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Map the stages"))
        self.note = plain_label()
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def prepare(self) -> bool:
        """Plans with the columns chosen; lists the stage names still to map."""
        try:
            plan = self.w.make_plan()
        except Exception as exc:  # shown to the rep, never lost inside Qt
            self.w.fail(exc)
            return False
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        with self.w.store.db.sql() as conn:
            stages = conn.execute(
                "SELECT id, name FROM stage WHERE pipeline_id = ? AND end_kind IS NULL"
                " ORDER BY position",
                (self.w.pipeline_id,),
            ).fetchall()
        for name, rows in plan.unmapped.most_common():
            combo = QComboBox()
            combo.addItem(_t("Choose a stage…"), None)
            for sid, stage_name in stages:
                combo.addItem(stage_name, sid)
            combo.addItem(_t("Skip these rows"), SKIP)
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[name] = combo
            # The file's own stage name: plain text, and '&' doubled for the buddy label.
            label = plain_label(
                no_mnemonic(
                    _t("{name} ({rows} rows)").format(
                        name=isolate(elide(name)) or _t("(no stage)"), rows=_n(rows)
                    )
                )
            )
            label.setBuddy(combo)
            self.form.addRow(label, combo)
        if self.combos:
            self.note.setText(
                _t(
                    "These stages of the file are not in your pipeline. Choose where their "
                    "deals go; SalesDesk remembers it for the next import from {source}."
                ).format(source=plan.fmt.label)
            )
        else:
            self.note.setText(_t("Every stage in the file matches a stage of your pipeline."))
        return True

    def isComplete(self) -> bool:
        return all(c.currentData() is not None for c in self.combos.values())

    def validatePage(self) -> bool:
        choices = {name: int(c.currentData()) for name, c in self.combos.items()}
        o = self.w.import_options
        self.w.import_options = csvimport.Options(
            o.fmt, o.mapping, o.default_currency, o.day_first, o.decimal_comma, choices
        )
        try:
            plan = self.w.make_plan() if choices else self.w.plan
        except Exception as exc:  # shown to the rep, never lost inside Qt
            self.w.fail(exc)
            return False
        assert plan is not None
        self.w.check_page.show_plan(plan)
        return True


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Review"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _t("&Import"))
        self.summary = plain_label()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)  # selectable and copyable, never lost
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # takes the height instead when there is no list

    def show_plan(self, plan: csvimport.ImportPlan) -> None:
        won = sum(1 for d in plan.deals if d.status == "won")
        lost = sum(1 for d in plan.deals if d.status == "lost")
        lines = [
            _t("{n} deals will be added: {open} open, {won} won, {lost} lost.").format(
                n=_n(len(plan.deals)),
                open=_n(len(plan.deals) - won - lost),
                won=_n(won),
                lost=_n(lost),
            ),
            _t("{n} new organizations.").format(n=_n(plan.new_organizations)),
        ]
        if plan.duplicates:
            lines.append(
                _t("{n} rows were imported before and are skipped.").format(n=_n(plan.duplicates))
            )
        if plan.skipped:
            lines.append(_t("{n} rows are skipped as you chose.").format(n=_n(plan.skipped)))
        lines += [QCoreApplication.translate("errors", note) for note in plan.notes]
        if plan.problems:
            lines.append(
                _t("{n} rows cannot be imported and are listed below; the others will be.").format(
                    n=_n(len(plan.problems))
                )
            )
        self.summary.setText("\n".join(lines))
        self._show_problems(bool(plan.problems))
        self.problems.setPlainText("\n".join(problem_text(p) for p in plan.problems))

    def show_document(self, doc: dict[str, Any], path: Path) -> None:
        def n(kind: str) -> int:
            items = doc.get(kind)
            return len(items) if isinstance(items, list) else 0

        self.summary.setText(
            _t(
                "{file} is a SalesDesk export of {when}: {deals} deals, {orgs} organizations, "
                "{contacts} contacts, {activities} activities. Deals imported from it before "
                "are skipped; pipelines, stages and organizations it shares with this database "
                "are matched by name."
            ).format(
                file=isolate(path.name),
                when=str(doc.get("exported_at", ""))[:10],
                deals=_n(n("deals")),
                orgs=_n(n("organizations")),
                contacts=_n(n("contacts")),
                activities=_n(n("activities")),
            )
        )
        self._show_problems(False)

    def _show_problems(self, shown: bool) -> None:
        self.problems.setVisible(shown)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(2, 0 if shown else 1)

    def isComplete(self) -> bool:
        if self.w.document is not None:
            return True
        return self.w.plan is not None and bool(self.w.plan.deals)


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Importing"))
        self.bar = QProgressBar()
        self.status = plain_label()
        self.stop = QPushButton(_t("&Cancel the import"))
        self.stop.clicked.connect(lambda: self.cancel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stop, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.task: Job | None = None
        self._done = False
        self._close_after = False

    def initializePage(self) -> None:
        self._done = False
        if self.w.document is not None:
            self._start_document(self.w.document)
            return
        plan, options, pid, db = (
            self.w.plan,
            self.w.import_options,
            self.w.pipeline_id,
            self.w.store.db,
        )
        assert plan is not None
        self.bar.setRange(0, max(1, len(plan.deals)))
        self.bar.setValue(0)
        self.status.setText(_t("Writing {n} deals…").format(n=_n(len(plan.deals))))
        self.stop.setEnabled(True)

        def work(job: Job) -> csvimport.ImportResult:
            return write_in_own_connection(
                db,
                lambda conn: csvimport.apply(
                    conn, plan, pid, options, progress=job.report, should_cancel=job.is_cancelled
                ),
            )

        self._run(work)

    def _start_document(self, doc: dict[str, Any]) -> None:
        db = self.w.store.db
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.status.setText(_t("Importing the SalesDesk export…"))
        self.stop.setEnabled(True)

        def work(job: Job) -> DocumentImportResult:
            return write_in_own_connection(
                db,
                lambda conn: import_document(
                    conn, doc, progress=job.report, should_cancel=job.is_cancelled
                ),
            )

        self._run(work)

    def _run(self, work: Any) -> None:
        self.task = Job(work, "import", self)
        self.task.progressed.connect(self._progressed)
        self.task.done.connect(self._finished)
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def running(self) -> bool:
        return self.task is not None and not self.task.finished

    def cancel(self, close_after: bool = False) -> None:
        """Asks the write to stop; it rolls back, then (when the rep closed the
        wizard rather than pressing the button) the wizard closes."""
        if self.running():
            assert self.task is not None
            self.task.cancel()
            self.stop.setEnabled(False)
            self.status.setText(_t("Cancelling… nothing will be imported."))
            self._close_after = close_after

    def _finished(self, *_outcome: object) -> None:  # the job holds result and error too
        task = self.task
        assert task is not None
        self._done = True
        self.stop.setEnabled(False)
        if isinstance(task.result, DocumentImportResult):
            added = task.result.added
            self.w.deals_added = added.get("deals", 0)
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            self.status.setText(
                _t(
                    "Imported {deals} deals, {orgs} organizations, {contacts} contacts and "
                    "{activities} activities; {skipped} deals were imported before."
                ).format(
                    deals=_n(added.get("deals", 0)),
                    orgs=_n(added.get("organizations", 0)),
                    contacts=_n(added.get("contacts", 0)),
                    activities=_n(added.get("activities", 0)),
                    skipped=_n(task.result.duplicates),
                )
            )
            pipeline = self.w.store.current_pipeline()  # the document may have brought one
            self.w.store.pipelineChanged.emit(pipeline.id if pipeline else 0)
        elif task.error is None:
            result: csvimport.ImportResult = task.result
            self.w.outcome = result
            self.w.deals_added = result.added
            self.bar.setValue(self.bar.maximum())
            self.status.setText(
                _t(
                    "Imported {n} deals ({won} won, {lost} lost) and {orgs} new organizations."
                ).format(
                    n=_n(result.added),
                    won=_n(result.won),
                    lost=_n(result.lost),
                    orgs=_n(result.organizations),
                )
            )
            self.w.store.dataChanged.emit()  # the board reloads with the new deals
        elif isinstance(task.error, ImportCancelled):
            self.bar.setValue(0)
            self.status.setText(_t("The import was cancelled; nothing was imported."))
        else:
            self.status.setText(_t("Nothing was imported."))
            self.w.fail(task.error)
        self.completeChanged.emit()
        if self._close_after:
            self.w.done(QWizard.DialogCode.Rejected)

    def isComplete(self) -> bool:
        return self._done
