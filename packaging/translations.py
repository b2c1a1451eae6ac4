"""Translations: finds every translatable string in the code, keeps the Qt
Linguist files (resources/translations/salesdesk_<lang>.ts) in step with it,
and builds the .qm files the app loads (with pyside6-lrelease).

    python packaging/translations.py update   # code -> .ts (translations kept)
    python packaging/translations.py build    # .ts -> .qm
    python packaging/translations.py check    # exit 1 if a string is missing or unfinished

Our own extractor rather than pyside6-lupdate: besides `self.tr()` and
`QCoreApplication.translate()` it knows the core's `translatable()` marker
(context "errors") and each module's small `_tr()` helper, whose context
lupdate cannot see.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "salesdesk"
FOLDER = ROOT / "resources" / "translations"
# English is the source; its file holds only the plural forms ("1 deal", "2 deals").
LANGUAGES = ("en", "fa", "ar", "zh_CN", "fi")
# Plural forms Qt expects per language (lrelease's numerus rules).
PLURAL_FORMS = {"en": 2, "fa": 1, "ar": 6, "zh_CN": 1, "fi": 2}
ERRORS = "errors"  # the context of core messages, see salesdesk/core/errors.py
QT_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""  # Qt's disambiguation


@dataclass
class Found:
    numerus: bool = False
    places: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Catalogue:
    messages: dict[Key, Found] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, key: Key, numerus: bool, path: str, line: int) -> None:
        found = self.messages.setdefault(key, Found())
        found.numerus = found.numerus or numerus
        found.places.append((path, line))


def _text(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_translate(func: ast.expr) -> bool:
    """QCoreApplication.translate(...) or QT_TRANSLATE_NOOP(...), not str.translate."""
    if isinstance(func, ast.Name):
        return func.id == "QT_TRANSLATE_NOOP"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in QT_APPS
    )


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions like `def _tr(text): return QCoreApplication.translate("ctx", text)`."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        first = node.args.args[0].arg
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and _is_translate(call.func)
                and len(call.args) >= 2
                and _text(call.args[0]) is not None
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == first
            ):
                found[node.name] = str(_text(call.args[0]))
    return found


class _Visitor(ast.NodeVisitor):
    def __init__(self, catalogue: Catalogue, path: str, helpers: dict[str, str]) -> None:
        self.catalogue, self.path, self.helpers = catalogue, path, helpers
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id[:1].isupper():
                context = owner.id  # MainWindow.tr(...)
            else:
                context = self.classes[-1] if self.classes else ""
            self._take(context, node.args, node.keywords, node.lineno)
        elif _is_translate(node.func) and node.args:
            context = _text(node.args[0])
            if context is None:
                self._problem(node.lineno, "the context is not a literal")
            elif len(node.args) >= 2 and not isinstance(node.args[1], ast.Name):
                self._take(context, node.args[1:], node.keywords, node.lineno)
        elif name == "translatable" and node.args:
            self._take(ERRORS, node.args[:1], [], node.lineno)
        elif (
            isinstance(node.func, ast.Name)
            and name in self.helpers
            and node.args
            and not isinstance(node.args[0], ast.Name)
        ):
            self._take(self.helpers[name], node.args, node.keywords, node.lineno)
        self.generic_visit(node)

    def _take(
        self, context: str, args: list[ast.expr], keywords: list[ast.keyword], line: int
    ) -> None:
        source = _text(args[0]) if args else None
        if source is None:
            if args and isinstance(args[0], ast.JoinedStr | ast.BinOp):
                self._problem(line, "the text is not a literal (an f-string or an expression)")
            return  # a variable: its literal is marked where it is defined
        if not context:
            self._problem(line, "tr() outside a class: use QCoreApplication.translate")
            return
        comment = _text(args[1]) if len(args) > 1 else None
        numerus = len(args) > 2 or any(k.arg == "n" for k in keywords)
        self.catalogue.add(Key(context, source, comment or ""), numerus, self.path, line)

    def _problem(self, line: int, what: str) -> None:
        self.catalogue.problems.append(f"{self.path}:{line}: {what}")


def extract(sources: Path = SOURCES) -> Catalogue:
    catalogue = Catalogue()
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        relative = path.relative_to(sources.parent).as_posix()
        _Visitor(catalogue, relative, _helpers(tree)).visit(tree)
    return catalogue


# --- .ts files ---------------------------------------------------------------


@dataclass
class Translation:
    forms: list[str]
    finished: bool


def ts_path(language: str) -> Path:
    return FOLDER / f"salesdesk_{language}.ts"


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    found: dict[Key, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            node = message.find("translation")
            if node is None:
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            kind = node.get("type", "")
            if kind not in ("obsolete", "vanished"):
                found[key] = Translation(forms, kind != "unfinished" and any(forms))
    return found


def _wanted(language: str, catalogue: Catalogue) -> list[Key]:
    """The messages `language`'s file must translate: all, or English's plurals."""
    keys = catalogue.messages
    return [k for k in keys if language != "en" or keys[k].numerus]


def english_forms(source: str) -> Translation:
    """ "%Ln deal(s)" -> "%Ln deal", "%Ln deals"; a source without "(s)" is left
    for a person to write."""
    if "(s)" not in source:
        return Translation([source, source], False)
    return Translation([source.replace("(s)", ""), source.replace("(s)", "s")], True)


def write_ts(path: Path, language: str, catalogue: Catalogue, old: dict[Key, Translation]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Key]] = {}
    for key in _wanted(language, catalogue):
        by_context.setdefault(key.context, []).append(key)
    for context in sorted(by_context):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for key in sorted(by_context[context], key=lambda k: (k.source, k.comment)):
            found = catalogue.messages[key]
            message = ET.SubElement(node, "message")
            if found.numerus:
                message.set("numerus", "yes")
            for file, line in found.places:
                ET.SubElement(message, "location", filename=f"../../{file}", line=str(line))
            ET.SubElement(message, "source").text = key.source
            if key.comment:
                ET.SubElement(message, "comment").text = key.comment
            previous = old.get(key)
            if language == "en" and previous is None:
                previous = english_forms(key.source)
            translation = ET.SubElement(message, "translation")
            if previous is None or not previous.finished:
                translation.set("type", "unfinished")
            forms = previous.forms if previous else []
            if found.numerus:
                count = PLURAL_FORMS[language]
                forms = (forms + [forms[-1] if forms else ""] * count)[:count]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0] if forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# --- checks --------------------------------------------------------------------

COUNTS = {"%n", "%Ln"}  # a plural form may spell the count out ("one deal")
_FIELD = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%L?n|%\d")


def fields(text: str) -> list[str]:
    """Placeholders a translation must keep: {name}, %n, %1."""
    return sorted(_FIELD.findall(text))


def unfinished(language: str, catalogue: Catalogue) -> list[str]:
    """Why each message of `catalogue` is not ready in `language`'s file."""
    translations = read_ts(ts_path(language))
    missing: list[str] = []
    for key in _wanted(language, catalogue):
        done = translations.get(key)
        where = f"{language} [{key.context}] {key.source!r}"
        if done is None or not done.finished:
            missing.append(f"{where}: not translated")
            continue
        for form in done.forms:
            if not form.strip():
                missing.append(f"{where}: a plural form is empty")
            elif set(fields(form)) - COUNTS != set(fields(key.source)) - COUNTS:
                missing.append(f"{where}: placeholders differ in {form!r}")
    return missing


# --- commands ------------------------------------------------------------------


def update() -> int:
    catalogue = extract()
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        write_ts(path, language, catalogue, read_ts(path))
    print(f"{len(catalogue.messages)} strings; problems: {len(catalogue.problems)}")
    for problem in catalogue.problems:
        print("  " + problem)
    return 1 if catalogue.problems else 0


def lrelease() -> str:
    """pyside6-lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


def build(target: Path = FOLDER, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Compiles each .ts into `target`; returns the .qm files."""
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for language in languages:
        qm = target / f"salesdesk_{language}.qm"
        subprocess.run(
            [lrelease(), "-silent", str(ts_path(language)), "-qm", str(qm)],
            check=True,
        )
        built.append(qm)
    return built


def check() -> int:
    catalogue = extract()
    problems = catalogue.problems + [
        line for language in LANGUAGES for line in unfinished(language, catalogue)
    ]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "check": check, "build": lambda: build() and 0}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    return int(commands[argv[0]]() or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
