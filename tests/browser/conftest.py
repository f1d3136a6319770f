"""The browser-test harness: the real service in a subprocess on a free loopback port, and
headless Chromium driven by Selenium through Debian's chromium-driver. Screenshots go to
tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason + " (CI is set, so this is a failure)")
    pytest.skip(reason)


def _binary(env: str, *names: str) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Server:
    url: str
    analyst_key: str
    admin_key: str
    data_dir: Path


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``unsc serve``'s app under uvicorn on 127.0.0.1, with a fresh SQLite store."""
    data_dir = tmp_path_factory.mktemp("browser-store")
    database_url = f"sqlite:///{data_dir / 'service.sqlite'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNSC_")}
    env["UNSC_DATA_DIR"] = str(data_dir)
    env["UNSC_DATABASE_URL"] = database_url
    # Migrate and create the keys here, before the server opens the store (`unsc keys
    # create` itself is tested in tests/service/test_cli.py).
    from unsc.service.auth import create_key
    from unsc.storage import get_engine

    engine = get_engine(database_url)
    keys = {
        role: create_key(engine, role=role, name=f"browser-{role}")[0]
        for role in ("analyst", "admin")
    }
    engine.dispose()
    port = _free_port()
    log = (data_dir / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "unsc.service.app:serve_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90  # start-up screens once (warm-up)
    while True:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the service did not start:\n" + (data_dir / "server.log").read_text())
        time.sleep(0.1)
    try:
        yield Server(url, keys["analyst"], keys["admin"], data_dir)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Headless Chromium (Debian's ``chromium`` + ``chromium-driver``) under Selenium."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed (pip install -e '.[dev]')")
    chromium = _binary("UNSC_CHROMIUM", "chromium", "chromium-browser")
    driver_path = _binary("UNSC_CHROMEDRIVER", "chromedriver")
    if chromium is None or driver_path is None:
        _missing(
            "Chromium or chromedriver not found: apt-get install chromium chromium-driver "
            "(or run `bash .ci/services.sh`)"
        )
    os.environ.setdefault("SE_OFFLINE", "true")
    options = Options()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
