"""Offline language identification by script and function words."""

from __future__ import annotations

import pytest

from dyadwatch.ingest.language import detect_language

SAMPLES = {
    "en": "The foreign minister said on Monday that the government would not lift the "
          "sanctions until the troops were withdrawn and the talks had begun.",
    "fr": "Le ministre des affaires étrangères a déclaré lundi que le gouvernement ne lèverait "
          "pas les sanctions tant que les troupes ne seraient pas retirées du pays.",
    "de": "Der Außenminister sagte am Montag, dass die Regierung die Sanktionen nicht aufheben "
          "wird, bis die Truppen abgezogen sind und die Gespräche mit dem Nachbarn beginnen.",
    "es": "El ministro de Asuntos Exteriores dijo el lunes que el gobierno no levantará las "
          "sanciones hasta que las tropas se retiren y comiencen las conversaciones de paz.",
    "it": "Il ministro degli esteri ha detto che il governo non revocherà le sanzioni finché "
          "le truppe non saranno ritirate e che i colloqui sono stati rinviati alla settimana.",
    "ru": "Министр иностранных дел заявил в понедельник, что правительство не отменит санкции.",
    "uk": "Міністр закордонних справ заявив, що уряд не скасує санкції до виведення військ.",
    "ko": "외교부 장관은 월요일 정부가 병력이 철수할 때까지 제재를 해제하지 않을 것이라고 말했다.",
    "zh": "外交部长星期一表示，在军队撤出之前，政府不会解除制裁。",
    "ja": "外務大臣は月曜日、部隊が撤退するまで政府は制裁を解除しないと述べた。",
}


@pytest.mark.parametrize(("expected", "text"), sorted(SAMPLES.items()))
def test_language_of_sample(expected: str, text: str) -> None:
    assert detect_language(text) == expected


def test_short_latin_text_defaults_to_english() -> None:
    assert detect_language("Der Vertrag ist unterschrieben.") == "en"


def test_short_text_in_other_script_keeps_its_language() -> None:
    assert detect_language("Москва ответила.") == "ru"


def test_acronyms_are_not_function_words() -> None:
    text = (
        "Troops let free six aid workers held inside a UN armoured carrier since Friday, "
        "a UN spokesman said, adding that UN monitors would stay."
    )
    assert detect_language(text) == "en"


def test_english_with_a_few_foreign_names_is_english() -> None:
    text = (
        "The delegation from the Société Générale met officials of the Deutsche Bank and "
        "the Banco de España in Madrid on Tuesday, and said that the talks were useful "
        "for both sides and would continue later in the year."
    )
    assert detect_language(text) == "en"
