"""`omnichat predict` input handling: clear errors on bad lines, fields carried through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.predict import read_messages


def test_other_fields_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"message": "oi", "id": 3}\n\n{"message": "sem net", "x": [1]}\n')
    rows = read_messages(path)
    assert rows == [{"message": "oi", "id": 3}, {"message": "sem net", "x": [1]}]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "not valid JSON"),
        ('{"text": "oi"}', "non-empty string field 'message'"),
        ('{"message": "   "}', "non-empty string field 'message'"),
        ('{"message": 5}', "non-empty string field 'message'"),
        ('["message"]', "non-empty string field 'message'"),
    ],
)
def test_bad_lines_name_the_line_and_the_reason(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"message": "ok"}) + "\n" + line + "\n")
    with pytest.raises(ValueError, match=reason) as error:
        read_messages(path)
    assert ":2:" in str(error.value)
