"""``make fleet-demo``: the cluster rollout through Ansible, for real, on this machine.

As a trainer would show it:

1. the ``cluster`` sandbox (three clusters, seven RMS 1.0 servers in two forests), made with the
   real ``rms-wizard sandbox create``, unless ``--dir`` already holds one;
2. ``rms-wizard cluster export-ansible``: the inventory, the playbook and each node's answer file;
3. each node's folder as its host variable ``rms_root`` (``host_vars/<node>.yml``), and with
   ``--fault NODE=SPEC`` a fault drill for that one node (``rms_fault``);
4. a keyring of its own (gnome-keyring on a private D-Bus, as the tests start it) holding each
   node's private-key password -- never on a command line, in the inventory or in the playbook;
5. a local HTTP responder for the health check (it answers 401, as RMS asking for sign-in does);
6. ``ansible-playbook`` with ``ansible_connection=local``, which runs the real ``rms-wizard
   replay`` on each node; its output is shown and kept in ``ansible/play.log``;
7. ``rms-wizard verify`` on every node: one line per node, and last
   ``fleet-demo: N of N nodes at SP1``. Exit 0 only when every node is at SP1.

The drain and return steps of the playbook stay marked ADAPT and run as harmless ``echo``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SCENARIO = "cluster"


def wizard(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rms_wizard", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )


def must(done: subprocess.CompletedProcess[str], what: str) -> subprocess.CompletedProcess[str]:
    if done.returncode != 0:
        sys.exit(f"fleet-demo: {what} failed ({done.returncode}): {done.stderr.strip()}")
    return done


@contextmanager
def health_responder() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(401)  # RMS asks for Windows authentication: the node is alive
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/health"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def private_keyring() -> Iterator[dict[str, str]]:
    """A private gnome-keyring on its own bus; yields the environment that points at it."""
    sys.path.insert(0, str(REPO / "tests"))
    import keyring
    import keyring_daemon
    from keyring.backends import SecretService

    missing = keyring_daemon.missing_tools()
    if missing:
        sys.exit(f"fleet-demo: needs {' and '.join(missing)} (apt-get install gnome-keyring dbus)")
    daemon = keyring_daemon.start_keyring_daemon()
    previous = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    try:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = daemon.bus_address
        keyring.set_keyring(SecretService.Keyring())
        yield {
            "DBUS_SESSION_BUS_ADDRESS": daemon.bus_address,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        }
    finally:
        if previous is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous
        daemon.stop()


def store_passwords(folder: Path) -> list[tuple[str, str, Path]]:
    """Every node's password into the sandbox's keyring service; returns (cluster, node, root)."""
    from pydantic import SecretStr

    from rms_wizard.core.fleet.topology import load_topology
    from rms_wizard.core.keys.secrets import SecretStore, account_for
    from rms_wizard.training.sandbox import get_scenario

    password = SecretStr(get_scenario(SCENARIO).key_password)
    store = SecretStore(sandbox=True)
    nodes = []
    for cluster in load_topology(folder / "topology.json").clusters:
        for node in cluster.nodes:
            store.store(account_for(node.name, cluster.id), password)
            nodes.append((cluster.id, node.name, (folder / node.root).resolve()))
    return nodes


def write_host_vars(out: Path, nodes: list[tuple[str, str, Path]], faults: dict[str, str]) -> None:
    host_vars = out / "host_vars"
    host_vars.mkdir(exist_ok=True)
    for _cluster, name, root in nodes:
        values = {"rms_root": str(root)}
        if name in faults:
            values["rms_fault"] = faults[name]  # this host only
        (host_vars / f"{name}.yml").write_text(json.dumps(values) + "\n", encoding="utf-8")


def ansible_env(folder: Path, keyring_env: dict[str, str]) -> dict[str, str]:
    home = folder / "ansible-home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "RMS_WIZARD_FAULT"}
    env.update(keyring_env)
    env.update(
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",  # the real rms-wizard of this checkout
        ANSIBLE_HOME=str(home),
        ANSIBLE_LOCAL_TEMP=str(home / "tmp"),
        ANSIBLE_REMOTE_TEMP=str(home / "remote-tmp"),
        ANSIBLE_RETRY_FILES_ENABLED="0",
        ANSIBLE_NOCOLOR="1",
        ANSIBLE_CONFIG=str(home / "none.cfg"),  # no ansible.cfg from around the checkout
        QT_QPA_PLATFORM="offscreen",
        RMS_WIZARD_LOG_DIR=str(folder / "logs"),  # each node's setup log, kept with the demo
    )
    return env


def run_playbook(out: Path, env: dict[str, str], health_url: str) -> int:
    extra = {
        "ansible_connection": "local",
        "ansible_python_interpreter": sys.executable,
        "rms_health_url": health_url,
    }
    command = [str(BIN / "ansible-playbook"), "-i", "inventory.ini", "site.yml", "-e"]
    with (out / "play.log").open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [*command, json.dumps(extra)],
            cwd=out,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            log.write(line)
        return proc.wait()


def verify_nodes(nodes: list[tuple[str, str, Path]]) -> int:
    at_sp1 = 0
    for cluster, name, root in nodes:
        done = wizard("verify", "--root", root, "--json")
        state = json.loads(done.stdout)["state"] if done.stdout.strip() else None
        at_sp1 += state == "SP1" and done.returncode == 0
        print(f"{name:<12} {cluster:<14} {state or 'unknown'}")
    print(f"fleet-demo: {at_sp1} of {len(nodes)} nodes at SP1")
    return at_sp1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fleet_demo.py", description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="the demo's folder (default: a new one)")
    parser.add_argument(
        "--fault", action="append", default=[], metavar="NODE=SPEC", help="a drill on one node"
    )
    args = parser.parse_args(argv)
    folder = (args.dir or Path(tempfile.mkdtemp(prefix="rms-fleet-demo-"))).resolve()
    faults = dict(item.split("=", 1) for item in args.fault)
    if not (folder / "topology.json").is_file():
        must(wizard("sandbox", "create", SCENARIO, folder), "sandbox create")
    out = folder / "ansible"
    must(
        wizard("cluster", "export-ansible", "--topology", folder / "topology.json", "--out", out),
        "cluster export-ansible",
    )
    print(f"fleet-demo: sandbox {folder}, playbook {out / 'site.yml'}")
    with private_keyring() as keyring_env:
        nodes = store_passwords(folder)
        write_host_vars(out, nodes, faults)
        with health_responder() as url:
            code = run_playbook(out, ansible_env(folder, keyring_env), url)
    print(f"fleet-demo: ansible-playbook ended with {code}")
    at_sp1 = verify_nodes(nodes)
    return 0 if code == 0 and at_sp1 == len(nodes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
