"""The conduct check as a worker meets it: threats and hostility flagged whatever their wording,
with the right category and a Hindi reason; civic posts that name castes, police or elections
left alone. Figures on the labelled set's test split print with ``pytest -s``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
import regex

from evaluation.conduct import CATEGORIES, check_conduct
from evaluation.conduct import train as conduct
from evaluation.conduct.classifier import get_classifier
from evaluation.conduct.rules import kind_of

# Floors just under what the shipped model reached (closing note of issue 17), so a change that
# makes the check worse fails here. The issue asks for every paraphrase flagged with the right
# category; the category head is the part still short of it.
# Since 2026-12-05 every paraphrase is flagged with its kind (rules for revenge sworn on a whole
# caste and a crowd called out armed; a rule's threat near people called filth read as hate).
PARAPHRASES_MISSED = 0  # of 10 per situation (measured: 0, 0, 0, 0)
CATEGORY_SLIPS = 0  # of the flagged, per situation (measured: 0, 0, 0, 0)
TEST_RECALL_FLOOR = 0.97  # measured 0.984 (124 of 126)
TEST_PRECISION_FLOOR = 0.95  # measured 0.969 (4 rule flags on 120 hard negatives)
POST_FALSE_ALARMS = 0  # of 359 posts


def test_the_four_kinds_of_threat_are_caught_in_ten_paraphrases_each() -> None:
    by_situation: dict[int, list[conduct.Text]] = defaultdict(list)
    for line in (conduct.DATA / "paraphrases.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        fields = ("id", "text", "category", "topic", "span", "near")
        by_situation[row["situation"]].append(conduct.Text(**{k: row[k] for k in fields}))
    assert sorted(by_situation) == [1, 2, 3, 4]
    for texts in by_situation.values():
        assert len(texts) == 10
        results = [check_conduct(t.text) for t in texts]
        missed = [t.id for t, r in zip(texts, results, strict=True) if r.passed]
        print(f"\n{texts[0].category}: flagged {10 - len(missed)}/10, missed {missed}")
        assert len(missed) <= PARAPHRASES_MISSED, f"{texts[0].category}: not flagged: {missed}"
        wrong = [
            (t.id, [i.category for i in r.issues])
            for t, r in zip(texts, results, strict=True)
            if not r.passed and t.category not in {i.category for i in r.issues}
        ]
        print(f"{texts[0].category}: category wrong in {len(wrong)} flagged: {wrong}")
        assert len(wrong) <= CATEGORY_SLIPS, f"{texts[0].category}: wrong category: {wrong}"


def test_each_flag_names_its_category_its_part_and_a_hindi_reason() -> None:
    text = (
        "पेंशन कैंप 12 मार्च को पंचायत भवन में लगेगा। "
        "जिसने इस बार हमारे ख़िलाफ़ बटन दबाया, उसकी पेंशन की फ़ाइल आगे नहीं बढ़ेगी, याद रखना।"
    )
    result = check_conduct(text)
    assert not result.passed
    [issue] = result.issues
    assert issue.category == "intimidation"
    assert issue.part in {"rules", "model"}
    assert issue.reason_hi == CATEGORIES["intimidation"].hi
    assert regex.search(r"\p{Devanagari}", issue.reason_hi or "")
    # The span is the threatening sentence, not the camp notice before it.
    assert issue.span.startswith("जिसने इस बार") and "पंचायत भवन" not in issue.span


def test_one_threat_in_a_long_post_is_found_at_its_line() -> None:
    post = (
        "*आयुष्मान कार्ड शिविर: 14 से 16 मार्च*\n\nप्रिय नागरिकों,\n\n"
        "📍 सामुदायिक स्वास्थ्य केंद्र, रामपुर\n📝 आधार कार्ड और राशन कार्ड साथ लाएँ।\n"
        "📞 जानकारी के लिए 104 पर कॉल करें।\n"
        "जो लोग विकास मोर्चा की रैली में दिखे थे, उनका कार्ड इस शिविर में नहीं बनेगा।\n"
        "👉 समय पर पहुँचें और अपना कार्ड बनवाएँ।\n\n#आयुष्मान_भारत\n\nयह पोस्ट एआई की मदद से लिखी गई है।"
    )
    result = check_conduct(post)
    assert not result.passed
    assert any("रैली में दिखे" in issue.span for issue in result.issues)
    assert all("आधार कार्ड" not in issue.span for issue in result.issues)


@pytest.mark.parametrize(
    "text",
    [
        "जाति प्रमाण पत्र के लिए विशेष शिविर 5 अप्रैल को तहसील कार्यालय में लगेगा।",
        "ई-केवाईसी 30 जून तक न कराने पर अगले महीने से राशन नहीं मिलेगा; आज ही दुकान पर अंगूठा लगाएँ।",
        "इस बार डेंगू को सबक सिखाएँ: घर के आसपास पानी जमा न होने दें।",
        "पैसे लेकर वोट देना अपराध है; कोई लालच दे तो सी-विजिल ऐप पर शिकायत करें।",
        "ईद पर जामा मस्जिद के आसपास सुबह 6 से 10 बजे तक यातायात बदला रहेगा।",
        "ग्राम प्रधान ने बाल विवाह के ख़िलाफ़ शपथ दिलाई: शादी 18 और 21 साल से पहले नहीं।",
        # A jayanti's heroine was a guard's wife; "उनका" in the next sentence is the enemy's
        # (round44's writer had to call her "जीवनसंगिनी" to get past the check).
        "ओनके ओबव्वा किले के पहरेदार कहले मुद्दहनुमा की पत्नी थीं। हैदर अली के सैनिक किले में "
        "घुसने लगे, तब ओबव्वा ने मूसल से अकेले उनका सामना किया।",
    ],
)
def test_civic_text_that_names_risky_things_is_not_flagged(text: str) -> None:
    assert check_conduct(text).passed, check_conduct(text).issues


def test_no_civic_post_a_writer_would_publish_is_flagged() -> None:
    posts = conduct.civic_posts()
    flagged = [p.id for p in posts if not check_conduct(p.text).passed]
    print(f"\nconduct false alarms on {len(posts)} civic posts: {flagged}")
    assert len(flagged) <= POST_FALSE_ALARMS, flagged


def test_the_test_split_meets_its_floors() -> None:
    figures = conduct.score(conduct.load("test"), check_conduct)
    summary = figures.summary()
    print(f"\nconduct on the test split: {json.dumps(summary, ensure_ascii=False)}")
    assert figures.recall >= TEST_RECALL_FLOOR
    assert figures.precision >= TEST_PRECISION_FLOOR


def test_the_shipped_model_is_what_training_on_the_data_makes() -> None:
    shipped = get_classifier()
    settings = conduct.Settings(**shipped.card["settings"])
    posts = [p for post in conduct.tuning_posts("train") for p in conduct._passages(post)]
    again = conduct.fit(conduct.load("train") + conduct.load("dev"), posts, settings)
    assert again.vocabulary == shipped.vocabulary
    # Float32 sums run in another order on another CPU: trained on an AMD EPYC, four of the
    # 43,980 weights (the largest 3.42) moved by up to 0.0019 from those trained on the Intel
    # machine that shipped them (2026-12-08). A weight the data did not make moves far more.
    assert np.allclose(again.w_violation, shipped.w_violation, atol=5e-3)
    assert np.allclose(again.w_category, shipped.w_category, atol=5e-3)


def test_sandesh_eval_prints_and_writes_the_conduct_figures(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "eval", "--conduct", "test", "--out", "reports"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "reports" / "conduct-test.json").read_text(encoding="utf-8"))
    assert report["violations"] == 126
    assert report["recall"] >= TEST_RECALL_FLOOR
    assert f'"precision": {report["precision"]}' in done.stdout
    # Every miss and false alarm is listed with what the check found, for the next round.
    wrong = sum(report["missed"].values()) + sum(report["false_alarms_near"].values())
    assert len(report["errors"]) == wrong
    assert all({"id", "label", "text", "found"} <= set(e) for e in report["errors"])


@pytest.mark.parametrize(
    ("model_says", "text", "kind"),
    [
        # A threat to cut something off over a vote is intimidation, not scheme misuse.
        (
            "scheme_misuse",
            "विरोधी को वोट दिया तो चुनाव के बाद तुम्हारी विधवा पेंशन बंद करवा देंगे।",
            "intimidation",
        ),
        # Revenge on a caste is caste hostility, not an appeal to caste.
        ("caste_appeal", "उस बिरादरी ने हमें बहुत सताया, अब उनसे बदला लेकर रहेंगे।", "caste_hostility"),
        # People called filth are hate; a caste so called, caste hostility.
        ("intimidation", "ये बाहर वाले कचरे की तरह हर मोहल्ले में भर गए हैं, इन्हें भगाओ।", "hate"),
        ("hate", "उस जात के लोग दीमक हैं, इन्हें गाँव में मत घुसने दो।", "caste_hostility"),
        # No word that settles it: the model's kind stands.
        ("scheme_misuse", "आवास योजना का लाभ केवल हमारे समर्थकों को मिलेगा।", "scheme_misuse"),
    ],
)
def test_words_that_leave_no_doubt_name_the_breachs_kind(
    model_says: str, text: str, kind: str
) -> None:
    assert kind_of(model_says, text) == kind


def test_revenge_on_a_whole_caste_and_a_crowd_called_out_armed_are_flagged_by_their_words() -> None:
    # The model read both below its threshold (paraphrases p-030 and p-037); the words leave
    # no doubt, so the rules flag them on their own.
    for text, kind in (
        (
            "बैठक में कहा गया कि इस हालत के लिए पूरी बिरादरी ज़िम्मेदार है और उससे बदला लेकर रहेंगे।",
            "caste_hostility",
        ),
        ("सभी साथी कल लाठी-डंडे लेकर उनके कार्यालय पर पहुँचें, आगे हम देख लेंगे।", "incitement"),
    ):
        result = check_conduct(text)
        assert kind in {i.category for i in result.issues if i.part == "rules"}, text
    # Not "बदला" that means changed, an advisory against arms, or a community's own meeting.
    for text in (
        "जाति प्रमाण पत्र बनवाने का नियम बदला है, अब आवेदन ऑनलाइन होगा।",
        "मेले में हथियार लेकर न आएँ; प्रवेश द्वार पर पुलिस जाँच करेगी।",
        "पूरे समाज की बैठक रविवार को होगी, जिसमें पुराने खातों का हिसाब रखा जाएगा।",
    ):
        assert check_conduct(text).passed, text
