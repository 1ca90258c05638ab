"""Issue 13 item 11: search finds the spellings the duplicate finder knows — Arabic words with a
joined و ب ل ف ك or the article, and names across transliterations — and a vault indexed before
this is re-indexed on its first search."""

from __future__ import annotations

from profileeditor.core.repository import SETTING_SEARCH_INDEX


def _person(repo, name_ar, name_en, facility_ar=None):
    profile = {"name": {"ar": name_ar, "en": name_en}}
    if facility_ar:
        profile["detentions"] = [
            {
                "id": "8b0f3f0e-5d7e-4c55-9a57-2f3f6c1b9a10",
                "arrest_date": "2020-01-01",
                "facilities": [{"name": {"ar": facility_ar}}],
            }
        ]
    return repo.create_profile(profile)


def test_arabic_prefixes_and_article(vault):
    repo = vault.repository
    wadi = _person(repo, "سعيد حسن", "Said Hassan", "سجن بوادي النطرون")
    other = _person(repo, "منى علي", "Mona Ali", "سجن طرة")
    assert repo.ids("وادي النطرون") == [wadi]
    assert repo.ids("بالنطرون") == []  # a prefix is not invented where the text has none
    assert set(repo.ids("سجن")) == {wadi, other}
    assert repo.ids("طرة") == [other]


def test_transliterations_of_a_name(vault):
    repo = vault.repository
    shenawy = _person(repo, "يوسف إبراهيم الشناوي", "Youssef Ibrahim El-Shenawy")
    _person(repo, "منى علي", "Mona Ali")
    assert repo.ids("shenawi") == [shenawy]
    assert repo.ids("Elshenawi") == [shenawy]
    assert repo.ids("youssef shenawi") == [shenawy]
    assert repo.ids("Ebrahim") == [shenawy]  # another spelling of إبراهيم
    assert repo.ids("Ali") != [shenawy]


def test_an_older_index_is_rebuilt_on_the_first_search(vault):
    repo = vault.repository
    shenawy = _person(repo, "يوسف الشناوي", "Youssef El-Shenawy")
    # As a vault indexed before skeletons were: words only, no version setting.
    conn = repo.conn
    conn.execute("INSERT INTO search_index(search_index) VALUES('delete-all')")
    conn.execute(
        "INSERT INTO search_index(rowid, names, body) SELECT pk, 'يوسف الشناوي youssef el shenawy', ''"
        " FROM profiles"
    )
    conn.execute("DELETE FROM settings WHERE key = ?", (SETTING_SEARCH_INDEX,))
    vault.lock()
    from tests.conftest import PASSPHRASE

    from profileeditor.core.vault import Vault

    reopened = Vault.open(vault.path, PASSPHRASE)
    try:
        assert reopened.repository.ids("shenawi") == [shenawy]
        assert reopened.repository.get_setting(SETTING_SEARCH_INDEX) == 2
    finally:
        reopened.lock()
