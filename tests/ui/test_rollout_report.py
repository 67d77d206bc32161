"""``--report FILE`` in the cluster flow (no Finished page there): the rollout's end writes the run
report; a reset of the deployment sandbox then starts on its first node again, every server 1.0."""

from __future__ import annotations

from wizard_driver import password, verified

from rms_wizard.core.install.models import Release
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.cluster_page import ClusterPage

NODES = ("CON-RC-01", "CON-RC-02", "CON-LIC-01", "CON-LIC-02", "CON-LIC-03", "FAB-RC-01")


def test_the_rollout_writes_the_run_report_and_a_reset_starts_the_deployment_again(
    open_wizard, sandbox, tmp_path, answer_questions
) -> None:  # type: ignore[no-untyped-def]
    folder = sandbox("cluster")
    report = tmp_path / "reports" / "rollout.html"
    report.parent.mkdir()
    driver = open_wizard(folder, "cluster", report_path=report)
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)
    driver.forward(PageId.CLUSTER)
    page = driver.page()
    assert isinstance(page, ClusterPage)
    driver.type_password(page.password_field.edit, password("cluster"))
    driver.click(page.start)
    driver.wait(lambda: page.result is not None, timeout=60_000)
    driver.wait(lambda: page.report_status.text() == f"The run report is saved in {report}")
    assert page.report_status.isVisible() and not page.report_status.busy
    driver.check_texts()
    html = report.read_text(encoding="utf-8")
    assert "Update to RMS SP1" in html and "SP1 is installed" in html
    assert "Updated to SP1 and checked: " in html
    assert all(name in html for name in NODES)
    assert str(folder / "backups" / "rollout") in html
    assert password("cluster") not in html

    driver.click(page.banner.reset_button)
    assert len(answer_questions) == 1
    driver.arrive(PageId.WELCOME)
    state = driver.state
    assert state.sandbox_dir == folder and state.root == folder / "nodes" / "CON-RC-01"
    assert state.events == [] and state.report_path == report
    assert all(verified(folder / "nodes" / name) is Release.V1 for name in NODES)
    assert not (folder / "backups").exists()
