"""A message is one whole sentence per case: no English word filled into a translated sentence."""

from __future__ import annotations

import pytest
from i18n_catalogue import TRANSLATIONS, read_ts

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.fleet.cluster_exec import _safe_folder_name


@pytest.mark.parametrize(("kind", "dutch"), [("cluster", "clusternaam"), ("node", "knooppuntnaam")])
def test_unsafe_backup_folder_name_is_one_sentence_per_kind(kind: str, dutch: str) -> None:
    with pytest.raises(BadInputError) as info:
        _safe_folder_name(kind, "..")  # type: ignore[arg-type]
    message = info.value.message
    assert message.args == ("..",)  # only the name is filled in, never the kind
    assert str(message) == f"The {kind} name .. cannot be used as a backup folder name."
    nl = {e.source: e for e in read_ts(TRANSLATIONS / "rms_wizard_nl.ts") if e.context == "core"}
    assert dutch in nl[message.text].forms[0]
