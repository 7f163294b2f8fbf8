from __future__ import annotations

import pytest

from evaluation.checks import PlatformLimits, check_format, check_length, run_checks
from evaluation.language import check_language

MARKERS = ["###", "विषय:", "तथ्य:", "पोस्ट:"]


@pytest.mark.parametrize(
    ("text", "passed", "language"),
    [
        ("पीएम-किसान योजना में किसानों को सहायता मिलती है। जानकारी साझा करें।", True, "hi"),
        ("#पीएम_किसान योजना की जानकारी: https://pmkisan.gov.in पर देखें।", True, "hi"),
        ("PM-KISAN scheme gives farmers support every year. Share this.", False, "en"),
        (
            "PM-Kisan yojana mein kisanon ko paise milte hain, sabko batayen.",
            False,
            "hi-Latn",
        ),
        ("ही योजना शेतकऱ्यांसाठी आहे. आपल्या गावात अर्ज करावा.", False, "mr"),
        ("यो योजना किसानहरूका लागि हो। तपाईं आवेदन गर्नुहोस्।", False, "ne"),
        ("প্রধানমন্ত্রী কিষাণ সম্মান নিধি প্রকল্পে কৃষকরা সহায়তা পান।", False, "bn"),
        ("وزیر اعظم کسان سمان ندھی اسکیم میں کسانوں کو مدد ملتی ہے۔", False, "ur"),
    ],
)
def test_language_wants_hindi_in_devanagari_and_names_what_it_found(
    text: str, passed: bool, language: str
) -> None:
    result = check_language(text)
    assert result.passed is passed
    assert result.details["language"] == language
    if not passed:
        # The reason names the language found, in words a trainer can read out.
        assert result.details["language_name"] in result.issues[0].reason


def test_x_length_is_counted_the_way_x_counts_it() -> None:
    limits = PlatformLimits()
    hindi = "क" * 270
    assert check_length(hindi, "x", limits).details["count"] == 270
    # An emoji weighs 2 and any link 23, however long.
    with_extras = hindi + " 🙏 https://pmkisan.gov.in/some/very/long/path"
    result = check_length(with_extras, "x", limits)
    assert result.details["count"] == 270 + 1 + 2 + 1 + 23
    assert result.passed is False
    assert result.details["unit"] == "weighted characters"
    assert "over the x limit of 280" in result.issues[0].reason


def test_instagram_caps_hashtags_at_thirty() -> None:
    caption = "योजना की जानकारी। " + " ".join(f"#टैग{i}" for i in range(31))
    result = check_length(caption, "instagram", PlatformLimits())
    [issue] = result.issues
    assert issue.category == "too_many_hashtags"
    assert issue.span == "#टैग30"


def test_soft_limits_come_from_settings() -> None:
    text = "क" * 600
    assert check_length(text, "whatsapp", PlatformLimits(whatsapp=500)).passed is False
    assert check_length(text, "whatsapp", PlatformLimits(whatsapp=700)).passed is True


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("विषय: सरकारी योजना\nयोजना में मदद मिलती है।", "prompt_echo", "विषय: सरकारी योजना"),
        ("<h4>नोट</h4> योजना में सबको मदद मिलती है।", "markup", "<h4>"),
        ("## योजना\nयोजना में सबको मदद मिलती है।", "markup", "## "),
        ("**योजना** में सबको बहुत मदद मिलती है।", "markup", "**योजना**"),
        ("योजना का लाभ उठाएँ: [यहाँ](http://x.in) देखें।", "markup", "[यहाँ](http://x.in)"),
        (
            "विवरण https://bit.ly/3uN7YxW पर देखें। योजना सबके लिए है।",
            "invented_link",
            "https://bit.ly/3uN7YxW",
        ),
        ("स्ट्रीट लाइटें खराब हैं\nस्ट्रीट लाइटें खराब हैं\nकृपया ध्यान दें।", "repetition", "स्ट्रीट लाइटें खराब हैं"),
        (
            "योजना में पात्र परिवारों को हर साल मदद मिलती है और आवेदन के लिए",
            "unfinished",
            "मदद मिलती है और आवेदन के लिए",
        ),
        ("ठीक।", "empty", "ठीक।"),
        ("पौधा ज़रूर लगाएँ।\n#मुलगा #हरियाली #मुलगा #मुलगा", "repetition", "#मुलगा"),
        ("सूचना सूचना सूचना: कल बैठक होगी, सब लोग ज़रूर आएँ।", "repetition", "सूचना सूचना सूचना"),
        (
            "नाम जोड़ना ज़रूरी है। कोई नाम जोड़ना ज़रूरी है। हर नाम जोड़ना ज़रूरी है। सबका नाम जोड़ना ज़रूरी है।",
            "repetition",
            "नाम जोड़ना ज़रूरी है",
        ),
    ],
)
def test_format_flags_junk_with_the_offending_span(text: str, category: str, span: str) -> None:
    result = check_format(text, echo_markers=MARKERS)
    assert result.passed is False
    issue = next(i for i in result.issues if i.category == category)
    assert issue.span == span
    assert text[issue.start : issue.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "*पीएम-किसान* में किसानों को मदद मिलती है। जानकारी साझा करें 🙏",
        "शिविर में ज़रूर आएँ!\n\n#स्वास्थ्य #जनहित",
        "योजना की जानकारी https://pmkisan.gov.in पर मिलेगी।",
        "सभी देशवासियों को गणतंत्र दिवस की हार्दिक शुभकामनाएँ 🇮🇳",
    ],
)
def test_format_accepts_clean_posts(text: str) -> None:
    result = check_format(text, echo_markers=MARKERS, sources=["https://pmkisan.gov.in"])
    assert result.passed, result.issues


def test_format_flags_a_name_from_the_facts_begun_twice() -> None:
    facts = ["गोविंदगंज वार्ड 5 में नाली की सफ़ाई 3 मार्च से होगी"]
    text = "गो गोविंदगंज वार्ड 5 में नाली की सफ़ाई 3 मार्च से होगी।"
    [issue] = check_format(text, sources=facts).issues
    assert (issue.category, issue.span) == ("stutter", "गो गोविंदगंज")
    # Ordinary short words before a longer one are not stutters, nor is a name written once.
    fine = "गोविंदगंज के केंद्र पर परिवार के साथ आएँ।"
    assert check_format(fine, sources=[*facts, "केंद्र पर परिवार के साथ आएँ"]).passed


def test_run_checks_measures_the_disclosure_but_checks_the_body() -> None:
    disclosure = "(यह संदेश एआई की सहायता से तैयार किया गया है)"
    text = f"पीएम-किसान में हर साल ₹6,000 मिलते हैं।\n\n{disclosure}"
    checks = run_checks(
        text,
        sources=["पीएम-किसान में हर साल ₹6,000 मिलते हैं"],
        platform="x",
        limits=PlatformLimits(),
        disclosure=disclosure,
    )
    assert all(r.passed for r in checks.values()), checks
    # The disclosure counts toward the length; on X the rupee sign weighs 2.
    assert checks["length"].details["count"] == len(text) + 1


EXAMPLE = "जिन युवाओं की उम्र 18 वर्ष हो गई है, वे मतदाता सूची में अपना नाम जुड़वा सकते हैं।"


def test_a_copied_few_shot_example_is_flagged_unless_the_facts_say_the_same() -> None:
    copied = check_format(EXAMPLE, examples=[EXAMPLE], sources=["शिविर 14 दिसंबर को लगेगा"])
    [issue] = copied.issues
    assert issue.category == "example_echo"
    assert EXAMPLE.startswith(issue.span)
    own = check_format(EXAMPLE, examples=[EXAMPLE], sources=[EXAMPLE.rstrip("।")])
    assert own.passed
    # Facts restated, then a closing that an example also uses: not a copy.
    restated = check_format(
        "मदद के लिए वोटर हेल्पलाइन 1950 पर कॉल करें।\n\nदेर न करें, आज ही ध्यान दें।",
        examples=["कोई दिक़्क़त हो तो वोटर हेल्पलाइन 1950 पर कॉल करें। देर न करें, आज ही आवेदन करें।"],
        sources=["मदद के लिए वोटर हेल्पलाइन 1950 पर कॉल करें"],
    )
    assert restated.passed, restated.issues


def test_a_heading_repeated_in_the_body_is_not_a_loop() -> None:
    text = (
        "*रामपुर में निःशुल्क स्वास्थ्य जाँच शिविर*\n\n14 दिसंबर को सामुदायिक भवन, "
        "रामपुर में निःशुल्क स्वास्थ्य जाँच शिविर लगेगा। ज़रूर आएँ।"
    )
    assert check_format(text).passed


def test_an_x_thread_is_measured_post_by_post_and_its_numbers_are_no_facts() -> None:
    from evaluation.checks import PlatformLimits, measure, run_checks, thread_parts

    post = "पंचायत भवन में 14 दिसंबर को शिविर लगेगा। " * 6
    thread = f"🧵 1/2\n{post.strip()}\n\n🧵 2/2\n{post.strip()}"
    assert len(thread_parts(thread)) == 2
    assert measure(thread, "x")[0] == measure(f"🧵 1/2\n{post.strip()}", "x")[0] < 280
    # Numbered wrong, or not from the start: one post, measured whole.
    assert len(thread_parts(f"🧵 2/2\n{post}\n\n🧵 1/2\n{post}")) == 1
    assert len(thread_parts(f"पहले कुछ\n🧵 1/2\n{post}\n\n🧵 2/2\n{post}")) == 1
    checks = run_checks(
        thread,
        sources=["पंचायत भवन में 14 दिसंबर को शिविर लगेगा"],
        platform="x",
        limits=PlatformLimits(),
    )
    assert checks["length"].passed and checks["grounding"].passed, checks
    # On other platforms the marks are text like any other.
    assert measure(thread, "facebook")[0] == len(thread)


def test_a_post_that_ends_on_a_labelled_number_is_finished() -> None:
    # The last line of a round16 thread: a label and its phone number, which is how it ends.
    done = "सूअरों की खरीद-बिक्री पर रोक है।\n📞 सूचना के लिए जिला पशुपालन कार्यालय: 06528-220417"
    assert check_format(done, echo_markers=MARKERS).passed
    # A number alone after a clause that runs on is still unfinished.
    cut = "सूअरों की खरीद-बिक्री पर रोक है और सूचना के लिए 06528"
    assert not check_format(cut, echo_markers=MARKERS).passed


def test_a_headline_said_again_by_the_fact_below_it_is_not_a_loop() -> None:
    head = "सैदपुर घाट पर निजी नावों का परिचालन अगले आदेश तक बंद"
    fact = f"गंगा का जलस्तर बढ़ने के कारण {head} रहेगा।"
    assert check_format(f"*{head}* ⚠️\n\n{fact}", echo_markers=MARKERS).passed
    # On a thread too, after its "🧵 1/2".
    assert check_format(f"🧵 1/2\n{head} ⚠️\n{fact}", echo_markers=MARKERS).passed
    # But ten words said twice below the headline are.
    looped = f"सूचना ⚠️\n{fact}\n{fact.replace('गंगा का', 'नदी का')}"
    assert not check_format(looped, echo_markers=MARKERS).passed


def test_a_phrase_the_facts_say_as_often_is_not_a_loop() -> None:
    # Round20: a pension's tiers, each fact "... की महिलाओं को हर महीने ...", failed the check.
    facts = [
        "लक्ष्मीर भंडार योजना 25 से 60 वर्ष की महिलाओं को हर महीने आर्थिक सहायता देती है",
        "सामान्य वर्ग की महिलाओं को हर महीने ₹1,000 मिलते हैं",
        "अनुसूचित जाति की महिलाओं को हर महीने ₹1,200 मिलते हैं",
    ]
    post = "लक्ष्मीर भंडार योजना\n\n" + "।\n".join(facts) + "।"
    assert check_format(post, echo_markers=MARKERS, sources=facts).passed
    # Said more often than the facts say it, it still is one.
    looped = post + "\nसभी की महिलाओं को हर महीने मदद।"
    assert not check_format(looped, echo_markers=MARKERS, sources=facts).passed
