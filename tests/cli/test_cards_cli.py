"""``profileeditor export --format card`` with the media kit's size, template and variant."""

from __future__ import annotations

from PIL import Image


def test_card_flags(run_cli, tmp_path):
    vault = tmp_path / "demo.pevault"
    assert run_cli("demo", vault).returncode == 0
    out = tmp_path / "cards"
    result = run_cli(
        "export", vault, "--format", "card", "--out", out, "--lang", "ar+en",
        "--card-size", "square", "--card-template", "figure", "--card-variant", "years",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pngs = sorted(out.glob("*.png"))
    assert pngs and pngs[0].name == "card-001-square-ar-en.png"
    for path in pngs:
        with Image.open(path) as image:
            assert image.size == (1080, 1080) and image.info == {}
    assert "Salma" not in " ".join(p.name for p in pngs)
    bad = run_cli("export", vault, "--format", "card", "--out", out, "--card-size", "huge")
    assert bad.returncode == 2 and "--card-size" in bad.stderr
