"""The wizard tells the truth about a rollback that could not finish (issue 12, item 3): the
update fails at the commit step while the folder of the replaced binaries is immutable (a real
``chattr +i``, made so as the rollback begins); the finished page does not say "rolled back",
and once the folder can be changed again, recovery gives exactly 1.0. Root only (CI is root)."""

from __future__ import annotations

from enginekit import install_dir
from faultfs import set_immutable
from wizard_driver import make_the_backup, through_password, verified

from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.transaction import Transaction
from rms_wizard.core.install.models import Release
from rms_wizard.ui.page_id import PageId


def test_a_rollback_that_could_not_finish_is_not_called_rolled_back(  # type: ignore[no-untyped-def]
    open_wizard, sandbox, monkeypatch
) -> None:
    root = sandbox("single-server-v1")
    blocked = install_dir(root) / "bin"
    rollback = Transaction.roll_back

    def rollback_on_an_immutable_folder(self: Transaction, started: int) -> object:
        set_immutable(blocked)
        return rollback(self, started)

    monkeypatch.setattr(Transaction, "roll_back", rollback_on_an_immutable_folder)
    try:
        driver = open_wizard(
            root, "single-server-v1", drill_fault="fail-at-step:19"
        )  # the commit step: before it
        through_password(driver, "single-server-v1")
        make_the_backup(driver)
        driver.forward(PageId.READY)
        driver.forward(PageId.FINISHED)
        outcome = driver.state.outcome
        assert outcome is not None and outcome.status == "failed" and not outcome.rolled_back
        texts = "\n".join(driver.check_texts())
        assert "not every change could be rolled back" in texts
        assert "every change was rolled back" not in texts
        assert "read-only or protected" in texts and "run recover" in texts
        assert detect_install(root).interrupted is not None
    finally:
        set_immutable(blocked, on=False)
    monkeypatch.setattr(Transaction, "roll_back", rollback)
    assert recover_interrupted(root) == "rolled-back"
    assert verified(root) is Release.V1
