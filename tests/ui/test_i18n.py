"""Languages: every string translated in every shipped language, Qt's own
translations loaded, right to left for Persian and Arabic, numbers, money and
dates in the locale (and the Solar Hijri calendar), the language chosen in
Settings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

from salesdesk.ui import formatting, i18n
from salesdesk.ui.board.view import BoardView
from salesdesk.ui.preferences import CALENDAR, LANGUAGE, Preferences, PreferencesDialog
from tests.helpers import drive_modal, translations_tool

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("fa", "ar", "zh_CN", "fi")  # English is the source: only its plurals have a file


translations = translations_tool()


@pytest.fixture(scope="module")
def catalogue():
    return translations.extract()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The .qm files, compiled by pyside6-lrelease as the build does."""
    folder = tmp_path_factory.mktemp("qm")
    translations.build(folder)
    return folder


def test_every_string_in_the_code_is_found(catalogue):
    """No f-string or concatenation inside tr(): those could never be translated."""
    assert catalogue.problems == []
    assert len(catalogue.messages) > 800
    keys = {(k.context, k.source) for k in catalogue.messages}
    assert ("MainWindow", "&File") in keys
    assert ("errors", "The {label} cannot be empty.") in keys  # the core's translatable()
    assert ("ImportWizard", "Lost reason") in keys  # a module's _t() helper and QT_TRANSLATE_NOOP


@pytest.mark.parametrize("language", ("en", *SHIPPED))
def test_every_string_is_translated(catalogue, language):
    """Fails on any string added to the code and not translated, or a translation
    that dropped or renamed a {placeholder}."""
    assert translations.unfinished(language, catalogue) == []


def test_a_missing_translation_is_reported(tmp_path, catalogue, monkeypatch):
    """The check above can fail: a .ts without one message reports exactly it."""
    monkeypatch.setattr(translations, "FOLDER", tmp_path)
    done = translations.read_ts(ROOT / "resources/translations/salesdesk_fi.ts")
    victim = translations.Key("MainWindow", "&File")
    del done[victim]
    translations.write_ts(tmp_path / "salesdesk_fi.ts", "fi", catalogue, done)
    assert translations.unfinished("fi", catalogue) == ["fi [MainWindow] '&File': not translated"]


def test_placeholders_must_survive():
    assert translations.fields("Move %Ln deal(s) to {stage}") == ["%Ln", "{stage}"]
    assert translations.fields("{days:.1f} days in {stage}") == ["{days:.1f}", "{stage}"]


@pytest.mark.parametrize("language", SHIPPED)
def test_each_translation_loads_and_translates(built, language):
    translator = QTranslator()
    assert translator.load(str(built / f"salesdesk_{language}.qm"))
    file_menu = translator.translate("MainWindow", "&File")
    assert file_menu and file_menu != "&File" and "&" in file_menu
    plural = translator.translate("BoardView", "Move %Ln deal(s) to {stage}", "", 3)
    assert "{stage}" in plural and "%Ln" in plural


@pytest.mark.parametrize("language", SHIPPED)
def test_qt_own_translations_exist(language):
    """Standard buttons and dialogs speak the language too (qtbase_<lang>.qm)."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert translator.load(QLocale(language), "qtbase", "_", folder)


def test_install_translates_the_window_and_turns_it_right_to_left(qapp, built, monkeypatch, window):
    monkeypatch.setenv("SALESDESK_RESOURCES", str(built.parent))
    (built.parent / "translations").mkdir(exist_ok=True)
    for qm in built.glob("*.qm"):
        (built.parent / "translations" / qm.name).write_bytes(qm.read_bytes())
    try:
        i18n.install(qapp, "fa")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
        assert QLocale().toString(1234) == "۱٬۲۳۴"
        i18n.install(qapp, "ar")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arabic = QCoreApplication.translate("MainWindow", "&File")
        i18n.install(qapp, "zh_CN")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QCoreApplication.translate("MainWindow", "&File") not in ("&File", arabic)
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # the old ones are gone


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_right_to_left_board_puts_the_first_stage_on_the_right(qapp, qtbot, window, language):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    board = BoardView(window.store, window.undo_stack)
    qtbot.addWidget(board)
    board.resize(1200, 600)
    board.load(window.store.current_pipeline().id)
    board.show()
    qtbot.waitExposed(board)
    assert board.layoutDirection() == Qt.LayoutDirection.RightToLeft
    columns = board.columns
    first = columns[0].mapTo(board, columns[0].rect().topLeft()).x()
    second = columns[1].mapTo(board, columns[1].rect().topLeft()).x()
    assert first > second


@pytest.mark.parametrize(
    ("locale", "usd", "eur", "own"),
    [
        ("en_US", "$1,234.50", "€1,234.50", "12,345\xa0IRR"),
        ("fi_FI", "1\xa0234,50\xa0USD", "1\xa0234,50\xa0€", "12\xa0345\xa0IRR"),
        ("zh_CN", "1,234.50\xa0USD", "€1,234.50", "12,345\xa0IRR"),
        ("fa_IR", "۱٬۲۳۴٫۵۰\xa0USD", "\u200e€\xa0۱٬۲۳۴٫۵۰", "\u200eریال\xa0۱۲٬۳۴۵"),
        ("ar_EG", "١٬٢٣٤٫٥٠\xa0USD", "\u200f١٬٢٣٤٫٥٠\xa0€", "١٢٬٣٤٥\xa0IRR"),
    ],
)
def test_money_follows_the_locale(locale, usd, eur, own):
    """Each currency's decimals (the rial has none), the locale's digits and
    separators; a symbol only where it names one currency."""
    loc = QLocale(locale)
    assert formatting.format_money(123450, "USD", loc) == usd.replace("\xa0USD", "\xa0USD")
    assert formatting.format_money(123450, "EUR", loc) == eur
    assert formatting.format_money(12345, "IRR", loc) == own
    assert formatting.format_money(100, "JPY", loc).endswith("JPY")  # ¥ is the yuan's too


@pytest.mark.parametrize(
    ("locale", "gregorian", "jalali"),
    [
        ("en_US", "11/23/2026", "9/2/1405"),
        ("fa_IR", "۲۰۲۶/۱۱/۲۳", "۱۴۰۵/۹/۲"),
        ("ar_EG", "٢٣\u200f/١١\u200f/٢٠٢٦", "٢\u200f/٩\u200f/١٤٠٥"),
        ("fi_FI", "23.11.2026", "2.9.1405"),
        ("zh_CN", "2026/11/23", "1405/9/2"),
    ],
)
def test_dates_follow_the_locale_and_calendar(locale, gregorian, jalali):
    loc, day = QLocale(locale), date(2026, 11, 23)
    assert formatting.format_date(day, loc) == gregorian
    assert formatting.parse_local_date(gregorian, loc) == day
    formatting.use_calendar("jalali")
    assert formatting.format_date(day, loc) == jalali
    assert formatting.parse_local_date(jalali, loc) == day  # typed back in the same calendar
    assert formatting.parse_local_date("2026-11-23", loc) == day  # ISO stays Gregorian


def test_solar_hijri_long_dates_times_and_cards():
    formatting.use_calendar("jalali")
    fa = QLocale("fa_IR")
    assert formatting.format_long_date(QDate(2026, 3, 21), fa) == "شنبه ۱ فروردین ۱۴۰۵"  # Nowruz
    moment = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert formatting.format_datetime(moment, fa).startswith("۱۴۰۵/۹/")
    assert formatting.format_day_month(date(2026, 11, 23), fa) == "۹/۲"
    formatting.use_calendar("gregorian")
    assert formatting.format_day_month(date(2026, 11, 23), fa) == "۱۱/۲۳"


def test_date_fields_use_the_chosen_calendar(qtbot):
    from PySide6.QtWidgets import QDateEdit

    formatting.use_calendar("jalali")
    edit = QDateEdit(QDate(2026, 11, 23))
    qtbot.addWidget(edit)
    formatting.follow_calendar(edit)
    edit.setDisplayFormat("yyyy/M/d")
    assert edit.text().translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).endswith("1405/9/2")


def test_arrows_point_the_way_text_runs(qapp):
    assert formatting.forward_arrow() == "→"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert formatting.forward_arrow() == "←"


def test_errors_name_the_field_and_count_in_the_language(qapp, built, monkeypatch):
    from salesdesk.core.errors import ValidationError, translatable
    from salesdesk.ui.messages import tr_error

    error = ValidationError(
        "title",
        translatable("The {label} is too long ({length} characters; {limit} at most)."),
        label=translatable("title"),
        length=1201,
        limit=1000,
    )
    translator = QTranslator()
    assert translator.load(str(built / "salesdesk_fa.qm"))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("fa_IR"))
    try:
        text = tr_error(error)
    finally:
        qapp.removeTranslator(translator)
    assert "۱۲۰۱" in text and "title" not in text and "too long" not in text


def test_language_names_are_in_their_own_script():
    assert [i18n.language_name(c) for c in i18n.LANGUAGES] == [
        "English",
        "فارسی",
        "العربية",
        "简体中文",
        "Suomi",
    ]
    assert i18n.language_name("fa_IR") == "فارسی"
    assert i18n.language_name("de_DE") == "Deutsch"


def test_calendar_defaults_to_solar_hijri_for_persian_only():
    assert Preferences("", "").calendar_for("fa_IR") == "jalali"
    assert Preferences("", "").calendar_for("fi") == "gregorian"
    assert Preferences("", "gregorian").calendar_for("fa") == "gregorian"
    assert Preferences("", "jalali").calendar_for("en_US") == "jalali"


def test_settings_choose_language_and_calendar(qtbot, window, monkeypatch):
    """Edit ▸ Settings (Ctrl+,) keeps the choice for the next start and says so."""
    told: list[str] = []
    monkeypatch.setattr(
        "salesdesk.ui.msgbox.information", lambda parent, title, text: told.append(text)
    )

    def choose(dialog: PreferencesDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("fa"))
        dialog.calendar.setCurrentIndex(dialog.calendar.findData("gregorian"))
        dialog.accept()

    action = window.actions_by_name["settings"]
    assert action.shortcut().toString() == "Ctrl+,"
    seen: dict = {}
    drive_modal(PreferencesDialog, choose, seen)
    action.trigger()
    assert "error" not in seen
    assert window.settings.value(LANGUAGE) == "fa"
    assert window.settings.value(CALENDAR) == "gregorian"
    assert len(told) == 1 and "next time" in told[0]
    assert Preferences.read(window.settings) == Preferences("fa", "gregorian")

    drive_modal(PreferencesDialog, lambda d: d.accept(), seen)
    action.trigger()  # nothing changed: nothing said
    assert len(told) == 1


def test_start_up_language_order(tmp_path):
    """--language wins over Settings, Settings over the system."""
    from salesdesk.paths import resolve
    from salesdesk.ui.app import startup_language

    settings = QSettings(str(resolve(str(tmp_path)).settings_file), QSettings.Format.IniFormat)
    Preferences("ar", "").write(settings)
    assert startup_language(str(tmp_path), None) == ("ar", "gregorian")
    assert startup_language(str(tmp_path), "fa") == ("fa", "jalali")
    Preferences("", "gregorian").write(settings)
    assert startup_language(str(tmp_path), "fa") == ("fa", "gregorian")
    assert startup_language(str(tmp_path), None)[0] == i18n.choose_language(None)


def test_text_in_any_script_is_kept_and_found(window, db):
    """Mixed Persian and English, Chinese and emoji: stored as typed, shown as
    stored, found by a search in any of its scripts."""
    from sqlmodel import select

    from salesdesk.core.models import Deal

    title = "قرارداد CRM برای 华信集团 🚀 v2"
    with db.transaction() as s:
        deal_id = s.exec(select(Deal).where(Deal.title == "A")).one().id
    window.store.edit_deal(deal_id, title=title)
    with db.transaction() as s:
        assert s.get(Deal, deal_id).title == title
    board = window.board
    for typed in ("crm", "华信", "قرارداد", "🚀", "V2"):
        board.filter.setText(typed)
        assert [c.title for c in board.columns[0].model.visible] == [title], typed
        board.filter.clear()


def test_alert_figures_in_the_locale(qapp, built):
    """Decimals and counts inside a translated core message use the locale's digits."""
    from salesdesk.core.metrics import alerts
    from salesdesk.ui.messages import fill

    template = alerts.TEMPLATES["bottleneck"]
    params = {"days": 12.5, "stage": "Pitch", "limit": 14}
    assert fill(template, params, "x") == (
        "Bottleneck: deals stay 12.5 days on average in Pitch, "
        "longer than its 14 stalled-after days."
    )
    translator = QTranslator()
    assert translator.load(str(built / "salesdesk_fa.qm"))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("fa_IR"))
    try:
        text = fill(template, params, "x")
    finally:
        qapp.removeTranslator(translator)
    assert "۱۲٫۵" in text and "۱۴" in text and "Pitch" in text and "Bottleneck" not in text


def test_dates_typed_as_they_look(qapp):
    """Arabic short dates carry invisible marks the rep never types; in the Solar
    Hijri calendar an ISO-shaped date with a Hijri year is a Hijri date."""
    ar = QLocale("ar_EG")
    assert formatting.parse_local_date("٥/٣/٢٠٢٦", ar) == date(2026, 3, 5)
    assert formatting.parse_local_date("5/3/2026", ar) == date(2026, 3, 5)
    formatting.use_calendar("jalali")
    fa = QLocale("fa_IR")
    assert formatting.parse_local_date("1405-01-01", fa) == date(2026, 3, 21)
    assert formatting.parse_local_date("۱۴۰۵-۰۱-۰۱", fa) == date(2026, 3, 21)
    assert formatting.parse_local_date("2026-03-21", fa) == date(2026, 3, 21)


def test_other_languages_get_english_with_plurals(qapp, built, monkeypatch):
    """A system in German: English text, "3 deals" rather than "3 deal(s)"."""
    resources = built.parent / "resources-de"
    (resources / "translations").mkdir(parents=True)
    for qm in built.glob("*.qm"):
        (resources / "translations" / qm.name).write_bytes(qm.read_bytes())
    monkeypatch.setenv("SALESDESK_RESOURCES", str(resources))
    try:
        i18n.install(qapp, "de_DE")
        assert (
            QCoreApplication.translate("BoardView", "Delete %Ln deal(s)", "", 3) == "Delete 3 deals"
        )
        i18n.install(qapp, i18n.choose_language("fa-IR"))  # as a system may spell it
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.install(qapp, "en")
