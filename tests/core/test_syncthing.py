"""The sync folder over real Syncthing: two instances on 127.0.0.1 (own homes in a temp folder; no
global discovery, relays, NAT traversal, usage reports or upgrades), one shared folder, a vault
tied to each side. An edit in one vault reaches the other through Syncthing; a forged bundle
dropped into the folder is refused on the other side and writes nothing. Skipped only when the
``syncthing`` binary is missing (.ci/run installs Debian's package)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from profileeditor.core.exchange import contacts, sync
from profileeditor.core.exchange.bundle import atomic_write, build_payload, seal
from profileeditor.core.exchange.keys import own_keys
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault

SYNCTHING = shutil.which("syncthing")
FOLDER_ID = "pe-sync"
WAIT = 90  # seconds, for each thing awaited


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Instance:
    def __init__(self, root: Path, name: str):
        self.home = root / f"st-{name}"
        self.folder = root / f"folder-{name}"
        self.folder.mkdir()
        self.listen, self.gui = _port(), _port()
        self.env = {**os.environ, "HOME": str(root), "STNOUPGRADE": "1", "STNORESTART": "1"}
        out = subprocess.run(
            [
                SYNCTHING,
                "generate",
                f"--home={self.home}",
                "--no-default-folder",
                "--skip-port-probing",
            ],
            capture_output=True,
            text=True,
            env=self.env,
            check=True,
            timeout=60,
        )
        self.device = next(
            line.split("Device ID:")[1].strip()
            for line in (out.stdout + out.stderr).splitlines()
            if "Device ID:" in line
        )
        self.proc: subprocess.Popen | None = None

    def configure(self, other: Instance) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        gui.find("address").text = f"127.0.0.1:{self.gui}"
        self.api_key = gui.find("apikey").text
        options = root.find("options")
        for key, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "startBrowser": "false",
            "reconnectionIntervalS": "1",
        }.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        for element in options.findall("globalAnnounceServer"):
            options.remove(element)
        peer = ET.SubElement(root, "device", id=other.device, name="peer", compression="metadata")
        ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.listen}"
        folder = ET.Element(
            "folder",
            id=FOLDER_ID,
            label="",
            path=str(self.folder),
            type="sendreceive",
            rescanIntervalS="1",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        ET.SubElement(folder, "device", id=self.device)
        ET.SubElement(folder, "device", id=other.device)
        root.insert(0, folder)
        tree.write(path)

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                SYNCTHING,
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                f"--logfile={self.home / 'log.txt'}",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def api(self, method: str, path: str):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
        return json.loads(body) if body else None

    def connected_to(self, other: Instance) -> bool:
        try:
            state = self.api("GET", "/rest/system/connections")
        except OSError:
            return False
        return bool(state["connections"].get(other.device, {}).get("connected"))

    def scan(self) -> None:
        self.api("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _until(condition, what: str, nudge=None) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if condition():
            return
        if nudge is not None:
            with contextlib.suppress(OSError):
                nudge()
        time.sleep(0.5)
    raise AssertionError(f"Syncthing did not {what} within {WAIT} s")


def _bundles(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.endswith(".age")}


@pytest.mark.slow
@pytest.mark.skipif(SYNCTHING is None, reason="the syncthing binary is not installed")
def test_two_vaults_exchange_through_real_syncthing(tmp_path):
    one, two = Instance(tmp_path, "one"), Instance(tmp_path, "two")
    one.configure(two)
    two.configure(one)
    a = Vault.create(tmp_path / "a.pevault", "p", KdfParams.insecure_for_tests())[0]
    b = Vault.create(tmp_path / "b.pevault", "p", KdfParams.insecure_for_tests())[0]
    try:
        contacts.add(a.repository, "b", own_keys(b.repository).public, True)
        contacts.add(b.repository, "a", own_keys(a.repository).public, True)
        sync.tie(a.repository, one.folder)
        sync.tie(b.repository, two.folder)
        pid = a.repository.create_profile({"name": {"en": "Alaa"}, "status": "detained"})
        one.start()
        two.start()
        _until(lambda: one.connected_to(two) and two.connected_to(one), "connect the two")

        def through(sender, receiver, src, dst):
            assert sync.run(sender).written == ["b"]
            written = _bundles(src.folder)
            _until(lambda: written <= _bundles(dst.folder), "carry the bundle", src.scan)
            return sync.run(receiver)

        result = through(a, b, one, two)
        assert [name for name, _ in result.merged] == ["a"]
        assert b.repository.get_profile(pid)["status"] == "detained"

        profile = a.repository.get_profile(pid)
        profile["status"] = "released"
        a.repository.update_profile(profile)
        through(a, b, one, two)
        assert b.repository.get_profile(pid)["status"] == "released"  # the edit arrived

        # A forged bundle dropped into A's side of the folder reaches B and is refused there.
        stranger = Vault.create(tmp_path / "s.pevault", "p", KdfParams.insecure_for_tests())[0]
        stranger.repository.import_profiles(
            [{"id": pid, "name": {"en": "Alaa"}, "status": "deceased"}]
        )
        forged = "f0" * 16 + ".age"
        atomic_write(
            one.folder / forged,
            seal(stranger, build_payload(stranger, None), [own_keys(b.repository).public.age]),
        )
        stranger.lock()
        _until(lambda: (two.folder / forged).exists(), "carry the forged file", one.scan)
        result = sync.run(b)
        assert [name for name, _ in result.refused] == [forged]
        assert b.repository.get_profile(pid)["status"] == "released"
    finally:
        one.stop()
        two.stop()
        a.lock()
        b.lock()
