"""The SIGKILL crash-safety driver (issue 7): a change the UI showed as saved
survives the process being killed at any moment.

    python -m tests.reliability.crash_child --data-dir DIR --rounds 200 --seed 7

One process imports everything once, then per round forks a worker that opens
the database the way the app does, drives the UI's facade (`Store`) with a
stream of random moves, edits, logged calls and new deals, and is SIGKILLed at
a seeded random moment: while it opens the database, or a few ms after its k-th
intent. Before each Store call the worker appends an intent line to a
log, after it returns an ack line (one os.write on an O_APPEND fd: the kernel
has it even if the process dies right after). After every kill a forked
checker opens the database as the app does at start (WAL recovery), decides
whether the one change in flight landed (wholly or not at all), and compares
the database with a ledger of every acknowledged change. The driver itself
never opens the database, so no connection or engine exists at a fork.

Log lines: `S <json>` setup, `I <round> <n> <json>` intent, `A <round> <n>
<json>` ack, `R <round> <json>` the checker's verdict on the change in flight,
`E <round> <json>` a worker's traceback. The last stdout line is a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from sqlite3 import Connection
from typing import Any

from salesdesk import bootstrap
from salesdesk.core.services.interactions import LOGGED_KINDS, OUTCOMES, CallLog
from salesdesk.core.timeutil import to_storage
from salesdesk.paths import AppPaths
from salesdesk.storage.database import Database

Op = dict[str, Any]
LOG_NAME = "crash-log.txt"
SETUP_DEALS = 12
ORGANIZATIONS = (None, "Acme", "Äkki Oy", "北京贸易")
MAX_PROBLEMS = 20


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_NAME


def append(fd: int, line: str) -> None:
    """One write() per line: it is in the kernel's hands even if SIGKILL follows."""
    os.write(fd, (line + "\n").encode())


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- the ledger: what the database must hold ---------------------------------------


@dataclass
class DealState:
    stage: int
    title: str
    value: int
    organization: str | None
    lost_reason: str | None = None
    history: list[tuple[int | None, int]] = field(default_factory=list)
    last: str = ""  # the op that last changed the deal, for messages


@dataclass
class ActivityState:
    deal: int
    kind: str
    text: str
    done: bool = False


class Ledger:
    """Every acknowledged change, plus the landed ones in flight at a kill; a
    fork inherits it, so a worker picks deals it knows and the checker compares."""

    def __init__(self) -> None:
        self.pipeline = 0
        self.stages: dict[int, str | None] = {}  # stage id -> end kind
        self.lost_reasons: list[str] = []
        self.deals: dict[int, DealState] = {}
        self.activities: dict[int, ActivityState] = {}
        self.pending: tuple[str, Op] | None = None  # (tag, intent) of the op in flight
        self.problems: list[str] = []
        self.stats: Counter[str] = Counter()

    # reading the log

    def feed(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "S":
            setup = json.loads(rest)
            self.pipeline = setup["pipeline"]
            self.stages = {s: end for s, end in setup["stages"]}
            self.lost_reasons = setup["lost_reasons"]
        elif kind == "I":
            rnd, n, body = rest.split(" ", 2)
            if self.pending is not None:
                self.problems.append(f"op {self.pending[0]}: intent without ack before {rnd}.{n}")
            self.pending = (f"{rnd}.{n}", json.loads(body))
        elif kind == "A":
            rnd, n, body = rest.split(" ", 2)
            if self.pending is None or self.pending[0] != f"{rnd}.{n}":
                self.problems.append(f"op {rnd}.{n}: ack without its intent")
                return
            tag, op = self.pending
            self.pending = None
            self.stats["acks"] += 1
            self.stats[f"acked_{op['op']}"] += 1
            self.apply(tag, op, json.loads(body))
        elif kind == "R":
            self.settle(json.loads(rest.split(" ", 1)[1]))
        elif kind == "E":
            self.problems.append(f"worker failed: {json.loads(rest.split(' ', 1)[1])}")
        else:
            self.problems.append(f"unreadable log line {line!r}")

    def settle(self, verdict: Op) -> None:
        """The checker's verdict on the op in flight at the kill."""
        if self.pending is None:
            return
        tag, op = self.pending
        self.pending = None
        self.stats["in_flight"] += 1
        if verdict["landed"]:
            self.stats["in_flight_landed"] += 1
            self.apply(tag, op, verdict["result"])

    def apply(self, tag: str, op: Op, result: Op) -> None:
        kind = op["op"]
        if kind == "create":
            stage = op["stage"]
            self.deals[result["id"]] = DealState(
                stage, op["title"], op["value"], op["org"], history=[(None, stage)], last=tag
            )
            return
        if kind == "move":
            for deal_id, seen in op["deals"]:
                deal = self.deals[deal_id]
                if seen != deal.stage:
                    self.problems.append(
                        f"op {tag}: the worker found deal {deal_id} in stage {seen}, "
                        f"but its last saved change ({deal.last}) put it in {deal.stage}"
                    )
                deal.history.append((deal.stage, op["to"]))
                deal.stage = op["to"]
                lost = self.stages[op["to"]] == "lost"
                deal.lost_reason = op["reason"] if lost else None
                deal.last = tag
        elif kind == "edit":
            deal = self.deals[op["deal"]]
            deal.title, deal.value, deal.last = op["title"], op["value"], tag
        elif kind == "log":
            self.activities[result["activity"]] = ActivityState(op["deal"], op["kind"], op["text"])
            if result["follow_up"] is not None:
                self.activities[result["follow_up"]] = ActivityState(op["deal"], "task", op["next"])
            for task in result["completed"]:
                self.activities[task].done = True

    # checking the database

    def verdict(self, conn: Connection) -> Op | None:
        """Did the op in flight land? Wholly or not at all, else a problem."""
        if self.pending is None:
            return None
        tag, op = self.pending
        kind = op["op"]
        result: Op = {}
        if kind == "create":
            ids = [r[0] for r in conn.execute("SELECT id FROM deal WHERE title = ?", [op["title"]])]
            if len(ids) > 1:
                self.problems.append(f"op {tag}: deal {op['title']!r} created {len(ids)} times")
            landed, result = bool(ids), {"id": ids[0] if ids else None}
        elif kind == "move":
            now = [stage_of(conn, deal_id) for deal_id, _ in op["deals"]]
            landed = all(stage == op["to"] for stage in now)
            if not landed and now != [seen for _, seen in op["deals"]]:
                self.problems.append(f"op {tag}: move half-applied: stages {now}, intent {op}")
        elif kind == "edit":
            row = conn.execute(
                "SELECT title, value_minor FROM deal WHERE id = ?", [op["deal"]]
            ).fetchone()
            held = tuple(row) if row else None
            deal = self.deals[op["deal"]]
            landed = held == (op["title"], op["value"])
            if not landed and held != (deal.title, deal.value):
                self.problems.append(f"op {tag}: edit half-applied: {held}, intent {op}")
        else:
            landed, result = self._log_verdict(conn, tag, op)
        return {"landed": landed, "result": result}

    def _log_verdict(self, conn: Connection, tag: str, op: Op) -> tuple[bool, Op]:
        calls = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM activity WHERE kind = ? AND text = ?", [op["kind"], op["text"]]
            )
        ]
        tasks = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM activity WHERE kind = 'task' AND text = ?", [op["next"]]
            )
        ]
        done = {
            r[0]
            for r in conn.execute("SELECT id FROM activity WHERE done_at IS NOT NULL")
            if r[0] in self.activities and not self.activities[r[0]].done
        }
        expect_tasks = len(calls) if op["next"] is not None else 0
        if len(calls) > 1 or len(tasks) != expect_tasks:
            self.problems.append(f"op {tag}: logged call half-present: {calls} {tasks} {op}")
        if not calls:
            return False, {}
        wrong = sorted(t for t in done if self.activities[t].deal != op["deal"])
        if not set(op["due"]) <= done or wrong:
            self.problems.append(f"op {tag}: follow-ups due {op['due']} not completed: {done}")
        follow_up = tasks[0] if tasks and op["next"] is not None else None
        return True, {"activity": calls[0], "follow_up": follow_up, "completed": sorted(done)}

    def check(self, conn: Connection) -> list[str]:
        """Every difference between the database and the ledger, and broken invariants."""
        found: list[str] = []
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            found.append(f"integrity_check: {integrity[:5]}")
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            found.append(f"foreign_key_check: {foreign[:5]}")
        found += self._check_deals(conn)
        found += self._check_activities(conn)
        return found

    def _check_deals(self, conn: Connection) -> list[str]:
        found: list[str] = []
        rows = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT d.id, d.stage_id, d.status, d.title, d.value_minor, o.name, d.lost_reason"
                " FROM deal d LEFT JOIN organization o ON o.id = d.organization_id"
            )
        }
        history: dict[int, list[tuple[int | None, int]]] = defaultdict(list)
        for deal_id, before, after in conn.execute(
            "SELECT deal_id, from_stage_id, to_stage_id FROM stagechange ORDER BY id"
        ):
            history[deal_id].append((before, after))
        for deal_id in sorted(set(rows) - set(self.deals)):
            found.append(f"deal {deal_id} {rows[deal_id]} exists but was never saved")
        for deal_id, deal in sorted(self.deals.items()):
            if deal_id not in rows:
                found.append(f"deal {deal_id} (last saved by op {deal.last}) is missing")
                continue
            status = self.stages[deal.stage] or "open"
            want = (deal.stage, status, deal.title, deal.value, deal.organization, deal.lost_reason)
            if tuple(rows[deal_id]) != want:
                found.append(
                    f"deal {deal_id}: holds {tuple(rows[deal_id])}, "
                    f"saved {want} (last saved by op {deal.last})"
                )
            if history[deal_id] != deal.history:
                found.append(
                    f"deal {deal_id}: stage history {history[deal_id]}, saved {deal.history}"
                )
        orphans = conn.execute(
            "SELECT count(*) FROM organization WHERE id NOT IN"
            " (SELECT organization_id FROM deal WHERE organization_id IS NOT NULL)"
        ).fetchone()[0]
        if orphans:
            found.append(f"{orphans} organization(s) without their deal")
        return found

    def _check_activities(self, conn: Connection) -> list[str]:
        found: list[str] = []
        rows = {
            r[0]: ActivityState(r[1], r[2], r[3], bool(r[4]))
            for r in conn.execute(
                "SELECT id, deal_id, kind, text, done_at IS NOT NULL FROM activity"
            )
        }
        for ident in sorted(set(rows) | set(self.activities)):
            held, saved = rows.get(ident), self.activities.get(ident)
            if held != saved:
                found.append(f"activity {ident}: holds {held}, saved {saved}")
        # Written in the same transaction as the activities: a half commit shows here.
        stale = conn.execute(
            "SELECT d.id FROM deal d WHERE d.next_follow_up_at IS NOT (SELECT min(a.due_at)"
            " FROM activity a WHERE a.deal_id = d.id AND a.due_at IS NOT NULL"
            " AND a.done_at IS NULL)"
            " OR d.last_activity_at IS NOT (SELECT max(t) FROM (SELECT a.at AS t FROM activity a"
            " WHERE a.deal_id = d.id AND a.kind != 'task' UNION ALL SELECT a.done_at"
            " FROM activity a WHERE a.deal_id = d.id AND a.done_at IS NOT NULL))"
        ).fetchall()
        if stale:
            found.append(f"deals whose next follow-up or last activity disagree: {stale[:10]}")
        return found


def stage_of(conn: Connection, deal_id: int) -> int | None:
    row = conn.execute("SELECT stage_id FROM deal WHERE id = ?", [deal_id]).fetchone()
    return row[0] if row else None


def read_log(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def replay(data_dir: Path) -> Ledger:
    """The ledger as the driver built it, from the log alone."""
    ledger = Ledger()
    for line in read_log(log_path(data_dir)):
        if line:
            ledger.feed(line)
    return ledger


def verify(data_dir: Path) -> list[str]:
    """Replays the log into a ledger and checks the database against it, opening
    it as the app does at start. The test calls this on the driver's result."""
    ledger = replay(data_dir)
    db = bootstrap.open_app_database(AppPaths(data_dir))
    try:
        with db.sql() as conn:
            verdict = ledger.verdict(conn)
            if verdict is not None:
                ledger.settle(verdict)
            return ledger.problems + ledger.check(conn)
    finally:
        db.close()


# --- the worker: the UI's write paths, op after op ------------------------------------


class Worker:
    def __init__(self, ledger: Ledger, db: Database, fd: int, rng: random.Random) -> None:
        from salesdesk.ui.store import Store  # a QObject: works without a QApplication

        self.ledger, self.fd, self.rng = ledger, fd, rng
        self.store = Store(db)

    def run(self, rnd: int, ops: int | None = None, beat: int | None = None) -> None:
        """`ops` creates (the setup), or random ops until SIGKILL arrives; a byte
        on `beat` after each intent tells the driver how far the stream got."""
        n = 0
        while ops is None or n < ops:
            tag = f"{rnd}.{n}"
            op = self.create() if ops is not None else self.choose(tag)
            append(self.fd, f"I {rnd} {n} {dumps(op)}")
            if beat is not None:
                os.write(beat, b"i")
            result = self.perform(op)
            append(self.fd, f"A {rnd} {n} {dumps(result)}")
            self.ledger.apply(tag, op, result)  # new deals become choosable
            n += 1

    def choose(self, tag: str) -> Op:
        pick = self.rng.random()
        if pick < 0.4:
            return self.move()
        if pick < 0.6:
            return {
                "op": "edit",
                "deal": self.rng.choice(sorted(self.ledger.deals)),
                "title": f"edit {tag}",
                "value": self.rng.randrange(0, 10**9),
            }
        if pick < 0.9:
            return self.log(tag)
        return self.create(tag)

    def create(self, tag: str = "") -> Op:
        tag = tag or f"setup {len(self.ledger.deals)}"
        open_stages = [s for s, end in self.ledger.stages.items() if end is None]
        return {
            "op": "create",
            "title": f"new {tag}",
            "stage": self.rng.choice(open_stages),
            "value": self.rng.randrange(0, 10**7),
            "org": self.rng.choice(ORGANIZATIONS),
        }

    def move(self) -> Op:
        """One or two deals (a multi-select drag) to another stage, sometimes won
        or lost, sometimes dropped before a card; `deals` records where the
        worker saw each one, so the checker notices a move that was lost."""
        ledger, rng = self.ledger, self.rng
        picked = rng.sample(sorted(ledger.deals), 2 if rng.random() < 0.25 else 1)
        with self.store.db.sql() as conn:
            seen = [[d, stage_of(conn, d)] for d in picked]
            targets = [s for s in ledger.stages if s not in {stage for _, stage in seen}]
            to = rng.choice(targets)
            cards = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM deal WHERE stage_id = ? AND status = 'open' ORDER BY position",
                    [to],
                )
            ]
        before = rng.choice(cards) if cards and rng.random() < 0.4 else None
        reason = rng.choice(ledger.lost_reasons) if ledger.stages[to] == "lost" else None
        return {"op": "move", "deals": seen, "to": to, "before": before, "reason": reason}

    def log(self, tag: str) -> Op:
        """Built the way the log-a-call dialog builds its CallLog (whole seconds)."""
        rng, deal = self.rng, self.rng.choice(sorted(self.ledger.deals))
        now = datetime.now(UTC).replace(microsecond=0)
        with self.store.db.sql() as conn:
            due = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM activity WHERE deal_id = ? AND due_at IS NOT NULL"
                    " AND done_at IS NULL AND due_at <= ?",
                    [deal, to_storage(now)],
                )
            ]
        # A follow-up due in seconds is due at a later call, which completes it.
        due_in = rng.choice([None, timedelta(seconds=2), timedelta(days=3)])
        return {
            "op": "log",
            "deal": deal,
            "kind": rng.choice(LOGGED_KINDS),
            "at": now.isoformat(),
            "minutes": rng.randrange(0, 90),
            "outcome": rng.choice(("", *OUTCOMES)),
            "text": f"log {tag}",
            "next": f"next {tag}" if due_in else None,
            "next_due": (now + due_in).isoformat() if due_in else None,
            "complete": bool(due),
            "due": due,
        }

    def perform(self, op: Op) -> Op:
        store, kind = self.store, op["op"]
        if kind == "create":
            ident = store.create_deal(
                self.ledger.pipeline,
                op["stage"],
                op["title"],
                value_minor=op["value"],
                organization_name=op["org"],
            )
            return {"id": ident}
        if kind == "move":
            ids = [d for d, _ in op["deals"]]
            store.move_deals(ids, op["to"], before_id=op["before"], lost_reason=op["reason"])
            return {}
        if kind == "edit":
            store.edit_deal(op["deal"], title=op["title"], value_minor=op["value"])
            return {}
        entry = CallLog(
            kind=op["kind"],
            at=datetime.fromisoformat(op["at"]),
            duration_minutes=op["minutes"],
            outcome=op["outcome"],
            notes=op["text"],
            next_step=op["next"] or "",
            next_due=datetime.fromisoformat(op["next_due"]) if op["next_due"] else None,
            complete_due=op["complete"],
        )
        result = store.log_interaction(op["deal"], entry)
        return {
            "activity": result.activity_id,
            "follow_up": result.follow_up_id,
            "completed": sorted(result.completed_ids),
        }


def setup(ledger: Ledger, paths: AppPaths, fd: int, seed: int) -> None:
    """Round 0, never killed: a new database, the default playbook, a few deals."""
    db = bootstrap.open_app_database(paths)
    pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
    with db.sql() as conn:
        stages = conn.execute(
            "SELECT id, end_kind FROM stage WHERE pipeline_id = ? ORDER BY position",
            [pipeline.id],
        ).fetchall()
        reasons = [r[0] for r in conn.execute("SELECT text FROM lostreason")] or ["Price"]
    line = f"S {dumps({'pipeline': pipeline.id, 'stages': stages, 'lost_reasons': reasons})}"
    append(fd, line)
    ledger.feed(line)
    Worker(ledger, db, fd, random.Random(f"{seed}:0")).run(0, ops=SETUP_DEALS)
    db.close()


def work(ledger: Ledger, paths: AppPaths, fd: int, seed: int, rnd: int, beat: int) -> None:
    db = bootstrap.open_app_database(paths)  # WAL recovery after the last kill
    worker = Worker(ledger, db, fd, random.Random(f"{seed}:{rnd}"))
    os.write(beat, b"o")  # open
    worker.run(rnd, beat=beat)


def in_child(body: Callable[[], None], fd: int, rnd: int) -> int:
    """Runs `body` in a forked child; never returns there. Returns the pid."""
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        body()
    except BaseException:
        append(fd, f"E {rnd} {dumps(traceback.format_exc())}")
        code = 3
    os._exit(code)


# --- the driver -----------------------------------------------------------------------


class Driver:
    def __init__(self, data_dir: Path, seed: int) -> None:
        self.paths, self.seed = AppPaths(data_dir), seed
        self.rng = random.Random(seed)
        self.ledger = Ledger()
        self.log = log_path(data_dir)
        self.wal = self.paths.database.with_name(self.paths.database.name + "-wal")
        data_dir.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.offset = 0

    def read_round(self) -> None:
        """Feeds the lines the last child wrote. A torn last line (cut by the kill
        inside write()) was never written as far as the protocol goes."""
        with self.log.open("rb") as fh:
            fh.seek(self.offset)
            data = fh.read()
        complete, _, torn = data.rpartition(b"\n")
        self.offset += len(data)
        if torn:
            self.ledger.stats["torn_lines"] += 1
            os.write(self.fd, b"\n")  # the next round starts on a line of its own
            self.offset += 1
        for line in complete.decode().splitlines() if complete else []:
            if line:
                self.ledger.feed(line)

    def check(self, rnd: int, close: bool) -> None:
        """A forked checker opens the database as the app does; it closes it (a
        checkpoint, the WAL file removed) or dies holding it (the next worker's open
        recovers the WAL), alternately."""
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                out.write(dumps(self.checker_report(close)).encode())
            os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as fh:
            report = json.loads(fh.read() or b'{"problems": ["the checker died"]}')
        os.waitpid(pid, 0)
        if report.get("verdict") is not None:
            line = f"R {rnd} {dumps(report['verdict'])}"
            append(self.fd, line)
            self.offset += len(line.encode()) + 1
            self.ledger.settle(report["verdict"])
        self.ledger.problems += [f"round {rnd}: {p}" for p in report["problems"][:MAX_PROBLEMS]]

    def checker_report(self, close: bool) -> Op:
        known = len(self.ledger.problems)
        try:
            db = bootstrap.open_app_database(self.paths)
            with db.sql() as conn:
                verdict = self.ledger.verdict(conn)
                if verdict is not None:
                    self.ledger.settle(verdict)
                found = self.ledger.check(conn)
            if close:
                db.close()
        except BaseException:
            return {"verdict": None, "problems": [traceback.format_exc()]}
        return {"verdict": verdict, "problems": self.ledger.problems[known:] + found}

    def kill(self, pid: int, beats: int) -> int:
        """Some kills land while the worker opens the database (and recovers the
        WAL); the rest a few ms after its k-th intent, wherever that falls: counted
        in ops rather than ms, so a loaded machine's slow start cannot make every
        kill land before the first write."""
        early = self.rng.random() < 0.15
        need = 0 if early else 1 + self.rng.randint(1, 16)  # the open, then k intents
        delay = self.rng.uniform(0.0, 0.012 if early else 0.008)
        seen = 0
        while seen < need and select.select([beats], [], [], 10.0)[0]:
            chunk = os.read(beats, 64)
            if not chunk:
                break  # the worker died by itself; its E line says why
            seen += len(chunk)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        self.ledger.stats["min_acks"] += max(need - 2, 0)  # acks before the k-th intent
        return seen

    def run(self, rounds: int) -> dict[str, Any]:
        assert threading.active_count() == 1, "fork needs a single-threaded driver"
        started = time.monotonic()
        pid = in_child(partial(setup, self.ledger, self.paths, self.fd, self.seed), self.fd, 0)
        _, status = os.waitpid(pid, 0)
        self.read_round()
        if status != 0:
            self.ledger.problems.append(f"setup failed with status {status}")
        else:
            self.check(0, close=True)
        stats = self.ledger.stats
        for rnd in range(1, rounds + 1):
            if self.ledger.problems:
                break
            acks = stats["acks"]
            # The worker's open must recover a WAL left by a dead process.
            stats["hot_wal_opens"] += self.wal.exists()
            beats, beat = os.pipe()
            pid = in_child(
                partial(work, self.ledger, self.paths, self.fd, self.seed, rnd, beat),
                self.fd,
                rnd,
            )
            os.close(beat)
            seen = self.kill(pid, beats)
            _, status = os.waitpid(pid, 0)
            with os.fdopen(beats, "rb") as rest:  # the worker is gone: read to EOF
                stats["killed_while_opening"] += not (seen or rest.read())
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                self.ledger.problems.append(f"round {rnd}: the worker ended by itself ({status})")
            self.read_round()
            stats["rounds"] += 1
            stats["rounds_without_ack"] += stats["acks"] == acks
            self.check(rnd, close=rnd % 2 == 0)
        return {
            "seed": self.seed,
            "seconds": round(time.monotonic() - started, 1),
            **dict(stats),
            "problems": self.ledger.problems,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="a new, empty folder")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    # Everything a worker needs, imported once here rather than in 200 children.
    import sqlalchemy.orm

    from salesdesk.ui.store import Store

    Store.warm_up()
    sqlalchemy.orm.configure_mappers()
    print(f"crash test: seed {args.seed}, {args.rounds} rounds", file=sys.stderr, flush=True)
    summary = Driver(args.data_dir, args.seed).run(args.rounds)
    print(dumps(summary), flush=True)
    return 1 if summary["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
