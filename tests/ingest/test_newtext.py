"""Tests for ingest.newtext: reply/quote/signature stripping and forward unwrapping."""

from __future__ import annotations

import email
import json
from datetime import datetime, timedelta, timezone
from email import policy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.forwards import parse_date, parse_sender
from ingest.htmltext import html_to_text, strip_html_quotes
from ingest.newtext import ForwardedMessage, NewText, extract_new_text

DATA = Path(__file__).resolve().parents[1] / "data"
TALON = DATA / "talon" / "tests" / "fixtures"
QUOTEQUAIL = DATA / "closeio-quotequail" / "tests" / "files"
LABELLED = [
    "github-email_reply_parser",
    "zapier-email-reply-parser",
    "alfonsrv-mail-parser-reply",
    "closeio-quotequail",
]


def collapse(value: str) -> str:
    return " ".join(value.split())


def first_plain_part(path: Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    raise AssertionError(f"{path} has no text/plain part")


def labelled_fixtures() -> list[tuple[str, str, str]]:
    cases = []
    for corpus in LABELLED:
        labels = json.loads((DATA / corpus / "expected_newtext.json").read_text("utf-8"))
        cases.extend(
            (corpus, name, expected)
            for name, expected in labels.items()
            if not name.startswith("_")
        )
    return cases


# --- labelled fixtures ------------------------------------------------------------


@pytest.mark.parametrize(
    ("corpus", "name", "expected"),
    labelled_fixtures(),
    ids=lambda value: value if "/" in str(value) and len(str(value)) < 80 else None,
)
def test_labelled_fixture(corpus: str, name: str, expected: str) -> None:
    path = DATA / corpus / name
    if path.suffix == ".html":
        result = extract_new_text(None, path.read_text("utf-8"))
    else:
        result = extract_new_text(path.read_bytes().decode("utf-8"))
    assert collapse(result.reply_text) == collapse(expected)


@pytest.mark.parametrize(
    "eml", sorted((TALON / "standard_replies").glob("*.eml")), ids=lambda p: p.name
)
def test_talon_standard_replies(eml: Path) -> None:
    # Upstream truth strips quotes only, so the signature belongs to the text.
    expected_file = eml.with_name(eml.stem + "_reply_text")
    expected = expected_file.read_text("utf-8").strip() if expected_file.exists() else "Hello"
    result = extract_new_text(first_plain_part(eml))
    assert collapse(f"{result.reply_text}\n{result.signature or ''}") == collapse(expected)
    assert result.reply_text == "Hello"


@pytest.mark.parametrize(
    "page", sorted((TALON / "html_replies").glob("*.html")), ids=lambda p: p.name
)
def test_talon_html_replies(page: Path) -> None:
    result = extract_new_text(None, page.read_text("utf-8"))
    assert result.reply_text == "Hi. I am fine."
    assert "".join((result.signature or "").split()) == "Thanks,Alex"


@pytest.mark.parametrize(
    "body",
    sorted((TALON / "signature" / "emails" / "stripped").glob("*_body")),
    ids=lambda p: p.name,
)
def test_talon_signatures(body: Path) -> None:
    stem = body.name[: -len("_body")]
    signature = (body.parent / f"{stem}_signature").read_text("utf-8").strip()
    text = body.read_text("utf-8")
    result = extract_new_text(text)
    expected_body = text.strip()[: len(text.strip()) - len(signature)].strip()
    assert result.reply_text == expected_body
    assert (result.signature or "") == signature


# --- quotes -------------------------------------------------------------------


def test_quoted_lines_are_dropped_and_inline_answers_kept() -> None:
    text = (
        "On Mon, 3 Feb 2025 at 10:00, Ann <ann@example.com> wrote:\n"
        "> Can you ship on Friday?\n"
        "Yes, Friday works.\n"
        "> And the invoice?\n"
        "Sent it this morning.\n"
    )
    assert extract_new_text(text).reply_text == "Yes, Friday works.\n\nSent it this morning."


@pytest.mark.parametrize("snip", ["[...]", "<SNIP>", "... snip ...", "[snip]"])
def test_inline_reply_after_snip_marker(snip: str) -> None:
    text = (
        f"On Wed, Jan 6, 2010 at 12:38 PM, Kevin <k@example.org> wrote:\n{snip}\n> old\n\nRetired."
    )
    assert extract_new_text(text).reply_text == "Retired."


def test_top_post_cuts_everything_after_the_attribution() -> None:
    text = "Sounds good.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Bob <bob@x.org> wrote:\nplain old text\n"
    assert extract_new_text(text).reply_text == "Sounds good."


@pytest.mark.parametrize(
    "header",
    [
        "On Mon, Apr 2, 2012 at 6:26 PM, Megan One <m@example.com> wrote:",
        "Le lun. 3 févr. 2025 à 10:00, Jean Dupont <jean@example.fr> a écrit :",
        "Am Mo., 3. Feb. 2025 um 10:00 Uhr schrieb Hans Muster <hans@example.de>:",
        "El lun, 3 feb 2025 a las 10:00, Ana <ana@example.es> escribió:",
        "Op ma 3 feb. 2025 om 10:00 schreef Piet <piet@example.nl>:",
        "Den 24. nov. 2025 kl. 10.00 skrev Peter Petersen <peter@example.com>:",
        "tis 4 feb. 2025 kl. 10:00 skrev Sven <sven@example.se>:",
        "W dniu 3.02.2025 o 10:00, Jan Kowalski napisał(a):",
        "W dniu 2.11.2026 o 09:15, Mikko Virtanen pisze:",
        "Il giorno lun 3 feb 2025 alle ore 10:00 Mario <mario@example.it> ha scritto:",
        "Em seg., 3 de fev. de 2025 às 10:00, João <joao@example.pt> escreveu:",
        "2022年1月1日(金) 9:00 田中太郎 <taro@example.jp>:",
        "2025/02/03 10:00、田中さんのメッセージ:",
        "Thu, 26 Jun 2014 14:00:51 +0400 от Alexander L <abc@example.com>:",
        "Jens Petersen wrote:",
    ],
)
def test_attribution_lines_in_many_languages(header: str) -> None:
    text = f"Agreed, let's go.\n\n{header}\n> earlier message\n> more\n"
    assert extract_new_text(text).reply_text == "Agreed, let's go."


def test_zoho_dash_wrapped_attribution_cuts_the_unquoted_history_below() -> None:
    text = ("Noted on the wireframes, we will share them by 13th Nov.\n\n"
            "---- On Mon, 02 Nov 2026 15:00:17 +0530 Fiona Marsden <fiona@trust.org.uk> wrote ---\n\n"
            "Dear Priya,\n\nCould you send us the wireframes by Friday 13 November?\n")
    assert extract_new_text(text).reply_text == "Noted on the wireframes, we will share them by 13th Nov."


@pytest.mark.parametrize("line", ["---- Notes from the call ----", "==== Budget wrote off ===="])
def test_a_dash_wrapped_heading_is_not_an_attribution(line: str) -> None:
    text = f"Quick recap.\n\n{line}\n\nWe start on Monday.\n"
    assert extract_new_text(text).reply_text == text.strip()


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_outlook_header_block_with_a_paragraph_per_field_cuts_the_history(gap: str) -> None:
    block = gap.join(["Od: Aino Lehtonen <aino@kuuloaudio.fi>", "Wysłano: środa, 4 listopada 2026 16:02",
                      "Do: Marta <marta@x.com>", "Temat: Re: score"])
    text = f"The signed contract is attached.\n\n{block}\n\nHi Marta,\n\nCould you sign the contract?\n"
    assert extract_new_text(text).reply_text == "The signed contract is attached."


def test_a_from_line_alone_above_a_paragraph_is_no_header_block() -> None:
    text = "Notes below.\n\nFrom: the site team\n\nWe start on Monday.\n"
    assert extract_new_text(text).reply_text == text.strip()


def test_attribution_wrapped_over_three_lines_keeps_line_above() -> None:
    text = (
        "Am heutigen Tage\n"
        "Am So., 1. Jan. 2023 um 17:22 Uhr\n"
        "schrieb John Doe <\n"
        "noreply@github.com>:\n"
        "> old\n"
    )
    assert extract_new_text(text).reply_text == "Am heutigen Tage"


def test_line_starting_with_on_is_not_an_attribution() -> None:
    text = "On your host run:\n\n  telnet 127.0.0.1 52698\n\nThat should connect."
    assert extract_new_text(text).reply_text == text


@pytest.mark.parametrize(
    "separator",
    [
        "-----Original Message-----",
        "----- Original Message -----",
        "-----Ursprüngliche Nachricht-----",
        "-----Message d'origine-----",
        "________________________________\nFrom: Bob <bob@example.com>\nSent: Monday, 1 March 2021 10:00\nTo: Ann",
    ],
)
def test_original_message_separators(separator: str) -> None:
    text = f"Done, see attached.\n\n{separator}\nSubject: Report\n\nPlease send the report.\n"
    assert extract_new_text(text).reply_text == "Done, see attached."


@pytest.mark.parametrize(
    "block",
    [
        "From: Bob <bob@example.com>\nSent: Monday, 1 March 2021 10:00\nTo: Ann\nSubject: Plan",
        "*From:* Bob [mailto:bob@example.com]\n*Sent:* Monday, 1 March 2021 10:00\n*Subject:* Plan",
        "De : Bob <bob@example.com>\nEnvoyé : lundi 1 mars 2021 10:00\nÀ : Ann\nObjet : Plan",
        "Von: Bob <bob@example.com>\nGesendet: Montag, 1. März 2021 10:00\nAn: Ann\nBetreff: Plan",
        "Fra: Bob <bob@example.com>\nSendt: 1. marts 2021 10:00\nTil: Ann\nEmne: Plan",
        "Från: Bob <bob@example.com>\nSkickat: den 1 mars 2021 10:00\nTill: Ann\nÄmne: Plan",
        "Van: Bob <bob@example.com>\nVerzonden: maandag 1 maart 2021 10:00\nAan: Ann\nOnderwerp: Plan",
        "Od: Bob <bob@example.com>\nWysłano: poniedziałek, 1 marca 2021 10:00\nDo: Ann\nTemat: Plan",
        "보낸 사람: Bob <bob@example.com>\n보낸 날짜: 2026년 11월 2일 월요일 오후 3:05\n받는 사람: Ann\n참조: Cy\n제목: Plan",
        "Frá: Bob <bob@example.com>\nSent: 3. nóvember 2026 10:00\nTil: Ann\nAfrit: Cy\nEfni: Plan",
        "Dari: Bob <bob@example.com>\nDikirim: Senin, 02 November 2026 15.10\nKepada: Ann\nSubjek: Plan",
        "Từ: Bob <bob@example.com>\nĐã gửi: Thứ Hai, 2 tháng 11, 2026 10:00\nĐến: Ann\nChủ đề: Plan",
        "מאת: Bob <bob@example.com>\nנשלח: יום שני 02 נובמבר 2026 10:00\nאל: Ann\nנושא: Plan",
        "De la: Bob <bob@example.com>\nTrimis: luni, 2 noiembrie 2026 10:00\nCătre: Ann\nSubiect: Plan",
        "Από: Bob <bob@example.com>\nΣτάλθηκε: Δευτέρα, 2 Νοεμβρίου 2026 10:00\nΠρος: Ann\nΘέμα: Plan",
        "发件人: Bob <bob@example.com>\n发送时间: 2026年11月2日 10:00\n收件人: Ann\n抄送: Cy\n主题: Plan",
    ],
)
def test_outlook_header_blocks_in_many_languages(block: str) -> None:
    text = f"Looks right to me.\n\n{block}\n\nHere is the plan.\n"
    result = extract_new_text(text)
    assert result.reply_text == "Looks right to me."
    assert result.forwarded is None


def test_lone_header_lines_in_prose_are_kept() -> None:
    text = "To: all staff\nThe office is closed on Friday.\nFrom: the facilities team"
    assert extract_new_text(text).reply_text == text


def test_external_sender_banner_is_removed() -> None:
    text = (
        "CAUTION: This email originated from outside of the organization. Do not click links.\n\n"
        "Hi team,\n\nPlease confirm the delivery date."
    )
    assert extract_new_text(text).reply_text == "Hi team,\n\nPlease confirm the delivery date."


def test_stray_quoted_printable_is_decoded_for_attributions() -> None:
    text = (
        "Fine by me.\n\nOn Mon, Jun 3, 2024 at 12:53=E2=80=AFAM Cody <c@example.com> w=\n"
        "rote:\n\n> Is 10:30 ok?\n"
    )
    assert extract_new_text(text).reply_text == "Fine by me."


# --- signatures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reply", "signature"),
    [
        ("See you there.\n\n-- \nBob Smith\nAcme", "See you there.", "--\nBob Smith\nAcme"),
        ("See you there.\n--\nBob", "See you there.", "--\nBob"),
        ("Confirmed.\n\nSent from my iPhone", "Confirmed.", "Sent from my iPhone"),
        ("Confirmed.\n\nVon meinem iPhone gesendet", "Confirmed.", "Von meinem iPhone gesendet"),
        ("Confirmed.\n\nGet Outlook for Android", "Confirmed.", "Get Outlook for Android"),
        (
            "The draft is attached.\n\nThanks,\nJane Roe\nHead of Ops | Acme\n+1 555 123 4567",
            "The draft is attached.",
            "Thanks,\nJane Roe\nHead of Ops | Acme\n+1 555 123 4567",
        ),
        ("Tak for det.\n\nMed venlig hilsen\nAnders", "Tak for det.", "Med venlig hilsen\nAnders"),
        (
            (
                "Please review the budget before Monday.\n\nCONFIDENTIALITY NOTICE: This email and "
                "any attachments are confidential and intended solely for the addressee. If you "
                "received this in error, notify the sender."
            ),
            "Please review the budget before Monday.",
            (
                "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and "
                "intended solely for the addressee. If you received this in error, notify the sender."
            ),
        ),
    ],
)
def test_signature_rules(text: str, reply: str, signature: str) -> None:
    result = extract_new_text(text)
    assert result.reply_text == reply
    assert result.signature == signature


# fields packed between bars (an address of ten words, phone numbers of ten tokens), more
# sign-offs, a name heading its own fields
_AOIFE = ("Kind regards,\nAoife\n\nAoife Ní Bhriain MSCSI MRICS\nAssociate Director\n"
          "Brennan Cost Consultants | 14 Fitzwilliam Place | Dublin 2 | D02 YT84\nT: +353 1 555 0170 | M: +353 87 555 0114")
_MEREDITH = ("Best regards,\nMeredith\n\nMeredith Olsen, MS\nClinical Project Manager\n"
             "Tremont Clinical Research | 100 Summer Street, Suite 1400 | Boston, MA 02110\nT +1 617 555 0126 | tremontcro.com")


@pytest.mark.parametrize("signature", [
    _AOIFE, _MEREDITH, "Yours faithfully,\nKevin Ochieng\n0712 555 309", "Thank you and God bless,\nProssy Nalwoga\n0701 555 882",
    "With best wishes,\nRebecca", "Callum Price | Producer\nKestrel & Vine Productions\n604-555-0129 | kestrelvine.ca",
    "Ed Shaw | Architectural Technologist\nMorrow Architects Ltd | T 0121 496 0788",
])
def test_a_signature_block_is_split_off(signature: str) -> None:
    result = extract_new_text(f"Could you send me the fire safety register by Tuesday?\n\n{signature}")
    assert (result.reply_text, result.signature) == ("Could you send me the fire safety register by Tuesday?", signature)


@pytest.mark.parametrize(
    "tail",
    [
        "Thanks,\nBob\nTask: send the signed contract by Friday",
        "Thanks,\nBob\nTODO: book the room",
        "Thanks,\nBob\nDecision: we go with vendor B",
        "Thanks,\nBob\n- [ ] update the timeline",
        "Cheers,\nBob\nCan you send the file?",
        # prose between bars, or a sentence with numbers, is still prose
        "Thanks,\nBob\nWe moved the install | the crane was late | the client is fine with Monday the 16th of November",
        "Thanks,\nBob\nThe crew needs 3 days on site, 2 days for snagging and 1 more day for the final clean of the building.",
        "Cheers,\nBob\nPS: 2 more coming tomorrow.",
        "Thanks,\nBob\nYes I can do it.",
        # a name over a paragraph that is prose, or names someone else
        "Julien\n\nJulien Marchand will send the tech packs tomorrow.",
        "Julien\n\nMarie Dubois\nStyliste – Maison Odette",
        # a bar and commas in a sentence
        "Thanks,\nBob\nWe moved the install | the crane was late, so the 3 days on site start on Monday, the 16th of November.",
        # a heading over points, a point assigned to someone
        "Next Steps\nDesign lead to confirm the colours",
        "Open Points\nManager: review of the budget",
        # "love" in a sentence signs nothing
        "Love it!\nThe new logo is perfect",
    ],
)
def test_signature_never_swallows_task_like_lines(tail: str) -> None:
    result = extract_new_text(f"Quick update on the launch.\n\n{tail}")
    assert tail.split("\n")[-1] in result.reply_text


@pytest.mark.parametrize("signature", [
    # a firm, then its address in comma-separated parts, after one bar
    "Best wishes,\nSophie\n\nSophie Hargreaves\nProduct Director\nBrightwater Remit Ltd | 3rd Floor, 12 Leonard Street, London EC2A 4LT",
    # a title after the name
    "Best regards,\nLan Nguyen (Ms)\nMerchandiser\nHong Ha Garment Co., Ltd\nTel: +84 221 3555 180",
    # a first name, then the block that repeats it with a title (no contact line)
    "Julien\n\nJulien Marchand\nStyliste – Maison Odette",
    "Đức\n\nTrần Minh Đức\nQuản lý sản xuất / Production Manager\nHong Ha Garment Co., Ltd",
    # a firm's legal form ends the line with a full stop
    "Best Regards\nDavid Zhang 张伟\nCTO\nShenzhen Brightloop Technology Co., Ltd.",
    # more sign-offs
    "Abs,\nThiago Ribeiro\nDesigner | Vitrine Digital", "xx\nPriya", "Pozdrawiam serdecznie\nJoanna Wójcik",
    "Un cordial saludo,\nNatalia Prieto\nTraductora-Intérprete Jurada de alemán e inglés\n+34 655 555 812",
    # a name over its job title or firm, no phone or address
    "Natalia Becker\nProduct Manager RouteLotse\nFrachtwerk GmbH", "Morag Lindsay\nPublisher | Thistle & Quay Books",
    # sign-offs of more places, letters after the name, an address alone on a long line
    "Ngā mihi,\nAroha", "Merci !\nG.", "Have a good weekend,\nKerenza", "Bises,\nCamille",
    ("Brian Kowalczyk, PMP\nSenior Project Manager\nKeystone Project Controls\n88 East Broad Street, Suite 1400, Columbus, OH 43215\n"
    "Direct: (614) 555-0371"),
    ("Thanks & regards,\nKavitha Ramasamy\nProject Manager\nTanjung Learning Design Sdn Bhd (1123456-K)\n"
    "Level 5, Menara Tanjung, Jalan Sultan Ahmad Shah, 10050 George Town, Penang, Malaysia"),
    "Best regards,\nKhalid Al Mansoori\nDirector of Franchise Operations\nQamar Grill Restaurants L.L.C.\nP.O. Box 55123, Dubai, U.A.E.",
    # a firm's register entry
    "Hoffmann Möbel GmbH · Industriestraße 12 · 33602 Bielefeld\nAmtsgericht Bielefeld HRB 41234 · Geschäftsführer: Klaus Hoffmann",
    # the name used day to day after the full one
    ("Best regards,\nSiriporn Wongsakul (Fon)\nMarketing Manager\nThe Saphan Riverside Hotel Bangkok\n"
     "1055 Charoen Krung Road, Bang Rak, Bangkok 10500, Thailand\nT: +66 2 123 4567 ext. 2210 | M: +66 81 234 5678"),
    # an HTML-only footer turned to text: a blank line after every line of it
    ("Thanks,\n\nMelissa\n\nMelissa Tran\n\nDirector of Operations\n\nBrightSmile Dental Partners\n\n"
     "O: (713) 555-0147 | C: (832) 555-0193\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the\n\n"
     "named recipient(s) and may contain protected health information (PHI) subject to HIPAA.\n\n"
     "If you received it in error, please notify the sender and delete it."),
])
def test_more_signature_blocks_are_split_off(signature: str) -> None:
    result = extract_new_text(f"Could you send me the fire safety register by Tuesday?\n\n{signature}")
    assert (result.reply_text, result.signature) == ("Could you send me the fire safety register by Tuesday?", signature)


def test_sentence_starting_like_a_footer_is_kept() -> None:
    text = "Here is another email\n\nSent from my desk, is much easier than my mobile phone."
    assert extract_new_text(text).reply_text == text


def test_prose_after_a_thanks_line_is_not_a_signature() -> None:
    text = "Hi,\n\nThanks!\n\nI looked at the document and everything in it is fine by me."
    assert extract_new_text(text).reply_text == text


def test_short_two_word_note_keeps_its_last_line() -> None:
    assert extract_new_text("Foo\n\nBar").reply_text == "Foo\n\nBar"


# --- forwards ---------------------------------------------------------------------


def test_quotequail_apple_forward() -> None:
    result = extract_new_text(None, (QUOTEQUAIL / "apple_forward.html").read_text("utf-8"))
    assert result.forwarded == ForwardedMessage(
        author_name="Foo Bar",
        author_email="foo@bar.example",
        date=datetime(2016, 3, 24, 20, 16, 25, tzinfo=timezone(timedelta(hours=1))),
        subject="The Subject",
        text="Text of the original email",
    )
    assert result.forward_note == "test\n\nblah"
    assert result.reply_text == "test\n\nblah\n\nText of the original email"


def test_quotequail_gmail_forward() -> None:
    result = extract_new_text(None, (QUOTEQUAIL / "gmail_forward.html").read_text("utf-8"))
    assert result.forwarded is not None
    assert (result.forwarded.author_name, result.forwarded.author_email) == (
        "Foo Bar",
        "foo@bar.example",
    )
    assert result.forwarded.date == datetime(2016, 3, 24, 17, 17)
    assert result.forwarded.subject == "The Subject"
    assert result.forwarded.text == "Some text"


def test_quotequail_thunderbird_forward() -> None:
    result = extract_new_text(None, (QUOTEQUAIL / "thunderbird_forward.html").read_text("utf-8"))
    assert result.forwarded == ForwardedMessage(
        author_name="John Doe",
        author_email="johndoe@example.com",
        date=datetime(2016, 5, 3, 14, 54, 27, tzinfo=timezone(timedelta(hours=2))),
        subject="Re: Example subject",
        text="Dear John,\n\nThis is a test.",
    )
    assert result.forward_note == ""
    assert result.reply_text == "Dear John,\n\nThis is a test."


@pytest.mark.parametrize(("separator", "keys"), [
    ("-------- Messaggio Inoltrato --------", ("Oggetto", "Data", "Mittente", "A")),
    ("-------- Message transféré --------", ("Sujet", "Date", "Expéditeur", "Destinataire")),
    ("-------- Doorgestuurd bericht --------", ("Onderwerp", "Datum", "Afzender", "Aan")),
])
def test_a_localised_thunderbird_forward_names_the_original_author(separator: str, keys: tuple[str, ...]) -> None:
    subject, date, sender, to = keys
    text = (f"Marco, can you give me the codes by tomorrow?\n\nG.\n\n{separator}\n"
            f"{subject}: RE: Shipment to Dubai\n{date}: Mon, 9 Nov 2026 10:30:12 +0400\n"
            f"{sender}: Arun Menon <arun.menon@alnoorfitout.ae>\n{to}: Giulia Ferrante <g.ferrante@corbetta.it>\n\n"
            "Dear Giulia,\n\nKindly revert with the revised PI at the earliest.\n")
    result = extract_new_text(text, None)
    assert result.forwarded is not None and result.forwarded.author_email == "arun.menon@alnoorfitout.ae"
    assert result.forwarded.text.endswith("Kindly revert with the revised PI at the earliest.")
    assert result.forward_note.startswith("Marco, can you give me the codes")


def test_quotequail_outlook_forward_needs_the_subject_hint() -> None:
    html = (QUOTEQUAIL / "outlook_forward.html").read_text("utf-8")
    # An Outlook header block under a note is a reply unless the subject says forward.
    assert extract_new_text(None, html).forwarded is None
    result = extract_new_text(None, html, subject="FW: The subject!")
    assert result.forwarded is not None
    assert result.forwarded.author_name == "John Doe"
    assert result.forwarded.author_email is None
    assert result.forwarded.date == datetime(2014, 7, 9, 10, 27)
    assert result.forwarded.subject == "The subject!"
    assert result.forwarded.text == "Hi Foo,\n\nHow are you doing?"  # "John" is its signature
    assert result.forward_note == "Original message\n\nMore text"


def test_quotequail_mailru_forward_in_russian() -> None:
    result = extract_new_text(None, (QUOTEQUAIL / "mailru_forward.html").read_text("utf-8"))
    assert result.forwarded is not None
    assert result.forwarded.author_email == "ivanivanov@example.com"
    assert result.forwarded.author_name == "Иван Иванов"
    assert result.forwarded.subject == "Тестовая тема"
    assert result.forwarded.date == datetime(
        2017, 6, 14, 15, 19, tzinfo=timezone(timedelta(hours=3))
    )


def test_gmail_plain_text_forward_with_note() -> None:
    text = (
        "FYI, see below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Carol Client <carol@client.example>\n"
        "Date: Tue, 4 Mar 2025 at 09:15\n"
        "Subject: Change request\n"
        "To: Pat <pat@agency.example>\n\n"
        "Hi Pat,\n\nCan we move the launch to April?\n\nBest,\nCarol\n"
    )
    result = extract_new_text(text)
    assert result.forward_note == "FYI, see below."
    assert result.forwarded is not None
    assert result.forwarded.author_email == "carol@client.example"
    assert result.forwarded.text == "Hi Pat,\n\nCan we move the launch to April?"
    assert result.reply_text == "FYI, see below.\n\nHi Pat,\n\nCan we move the launch to April?"


def test_outlook_forward_under_fw_line_and_bare_forward_of_forward() -> None:
    inner = (
        "---------- Forwarded message ---------\n"
        "From: Dana <dana@origin.example>\nDate: Mon, 3 Mar 2025 08:00:00 -0500\nSubject: Budget\n\n"
        "Budget approved.\n"
    )
    text = (
        "FW: Budget\n\nFrom: Eve [mailto:eve@relay.example]\nSent: Monday, March 3, 2025 9:00 AM\n"
        "To: Pat\nSubject: FW: Budget\n\n" + inner
    )
    result = extract_new_text(text)
    assert result.forwarded is not None
    # A bare forward of a forward: the original author is the innermost one.
    assert result.forwarded.author_email == "dana@origin.example"
    assert result.forwarded.date == datetime(2025, 3, 3, 8, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert result.reply_text == "Budget approved."


def test_long_text_above_a_forward_marker_is_not_a_forward() -> None:
    note = "\n".join(f"Point {i}: we discussed the schedule at length today." for i in range(20))
    text = f"{note}\n\nBegin forwarded message:\n\nFrom: A <a@example.com>\nSubject: S\n\nold\n"
    result = extract_new_text(text)
    assert result.forwarded is None
    assert result.reply_text == note


def test_original_message_under_a_reply_is_not_a_forward() -> None:
    text = "Approved.\n\n-----Original Message-----\nFrom: A <a@example.com>\nSent: today\n\nOK?"
    result = extract_new_text(text)
    assert result.forwarded is None
    assert result.reply_text == "Approved."


@pytest.mark.parametrize(
    ("value", "name", "address"),
    [
        ("Foo Bar <Foo@Bar.Example>", "Foo Bar", "foo@bar.example"),
        ('"Roe, Jane" <jane@example.com>', "Roe, Jane", "jane@example.com"),
        ("xxx@xxx.mailgun.org [mailto:xxx@xxx.mailgun.org]", None, "xxx@xxx.mailgun.org"),
        ("Alexander L [mailto:abc@example.com]", "Alexander L", "abc@example.com"),
        ("bob at example.com", None, "bob@example.com"),
        ("doe@example.com (John Doe)", "John Doe", "doe@example.com"),
        ("John Doe", "John Doe", None),
        ("Foo [mailto:foo@bar.com] On Behalf Of baz@bar.com", "Foo", "foo@bar.com"),
    ],
)
def test_parse_sender(value: str, name: str | None, address: str | None) -> None:
    assert parse_sender(value) == (name, address)


def test_parse_date_handles_zones_languages_and_garbage() -> None:
    assert parse_date("March 24, 2016 at 20:16:25 GMT+1") == datetime(
        2016, 3, 24, 20, 16, 25, tzinfo=timezone(timedelta(hours=1))
    )
    assert parse_date("Tue, 3 May 2016 14:54:27 +0200 (CEST)") == datetime(
        2016, 5, 3, 14, 54, 27, tzinfo=timezone(timedelta(hours=2))
    )
    assert parse_date("Montag, 1. März 2021 10:00") == datetime(2021, 3, 1, 10, 0)
    assert parse_date("Mon, Apr 2, 2012 5:49 pm EDT") == datetime(
        2012, 4, 2, 17, 49, tzinfo=timezone(timedelta(hours=-4))
    )
    assert parse_date("not a date at all") is None
    assert parse_date("Monday 10am") is None  # no year: refuse to guess from a clock
    assert parse_date(None) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("vie, 6 nov 2026 a las 3:05", datetime(2026, 11, 6, 3, 5)),  # Spanish Gmail ("mar" is martes, not March)
        ("mar, 10 nov 2026 a las 17:02", datetime(2026, 11, 10, 17, 2)),
        ("lun. 7 déc. 2026 à 23:02", datetime(2026, 12, 7, 23, 2)),  # French Gmail
        ("sexta, 6/11/2026 à(s) 18:02", datetime(2026, 11, 6, 18, 2)),  # Portuguese: the day first
        ("20 de novembre de 2026 a les 18:32:10 CET", datetime(2026, 11, 20, 18, 32, 10, tzinfo=timezone(timedelta(hours=1)))),
        ("الاثنين، 16 نوفمبر، 2026 09:22 م", datetime(2026, 11, 16, 21, 22)),  # Arabic Outlook, PM
        ("الأحد، 8 نوفمبر، 2026 02:37 ص", datetime(2026, 11, 8, 2, 37)),
        ("شنبه, نوامبر 14, 2026 1:32 ب.ظ", datetime(2026, 11, 14, 13, 32)),  # Persian
        ("8 Kasım 2026 Pazar 23:40", datetime(2026, 11, 8, 23, 40)),  # Turkish
        ("uto, 1. pro 2026. u 15:47", datetime(2026, 12, 1, 15, 47)),  # Croatian
        ("чт, 22 окт. 2026 г. в 23:48", datetime(2026, 10, 22, 23, 48)),  # Russian short month
        ("Rabu, 18 November 2026 15.42", datetime(2026, 11, 18, 15, 42)),  # Indonesian, a dotted time
        ("Th 2, 23 thg 11, 2026 vào lúc 14:05", datetime(2026, 11, 23, 14, 5)),  # Vietnamese
        ("2026년 11월 14일 (토) 오후 3:00", datetime(2026, 11, 14, 15, 0)),  # Korean
        ("martes, marzo 14, 2023 11:02:40 a. m.", datetime(2023, 3, 14, 11, 2, 40)),
        # English stays month-first, and a dotted date stays a date
        ("Friday, November 6, 2026 3:05 PM", datetime(2026, 11, 6, 15, 5)),
        ("11/6/2026 3:05 PM", datetime(2026, 11, 6, 15, 5)),
        ("18.11.2026 09:15", datetime(2026, 11, 18, 9, 15)),
    ],
)
def test_parse_date_reads_forward_headers_written_in_other_languages(header: str, expected: datetime) -> None:
    assert parse_date(header) == expected


# --- HTML ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        '<div class="gmail_quote">On Mon, A wrote:<blockquote>old</blockquote></div>',
        '<hr><div id="divRplyFwdMsg"><b>From:</b> A</div><div>old</div>',
        '<div id="appendonsend"></div><div>From: A<br>old</div>',
        '<div class="moz-cite-prefix">On 1/1/2024 A wrote:</div><blockquote type="cite">old</blockquote>',
        '<div class="ydp1yahoo_quoted"><div>On Monday, A wrote:</div><div>old</div></div>',
        '<blockquote type="cite">old</blockquote>',
    ],
)
def test_html_quote_containers_are_removed(quote: str) -> None:
    html = f"<html><body><div>New words here.</div>{quote}</body></html>"
    assert extract_new_text(None, html).reply_text == "New words here."
    assert "old" not in html_to_text(strip_html_quotes(html))


def test_html_to_text_keeps_quotes_and_unescaped_addresses() -> None:
    html = "<p>Hi</p><blockquote>On Mon, Jane <jane@example.com> wrote:<br>old</blockquote>"
    text = html_to_text(html)
    assert "old" in text
    assert "<jane@example.com>" in text


def test_html_inline_answer_after_blockquote_survives() -> None:
    html = "<div>Intro</div><blockquote>question?</blockquote><div>my answer</div>"
    assert extract_new_text(None, html).reply_text == "Intro\nmy answer"


def test_text_part_wins_over_html_part() -> None:
    assert extract_new_text("plain words", "<p>html words</p>").reply_text == "plain words"


@pytest.mark.parametrize(
    "text,html", [(None, None), ("", ""), ("   \n", None), (None, "<html></html>")]
)
def test_empty_input(text: str | None, html: str | None) -> None:
    assert extract_new_text(text, html) == NewText(
        reply_text="", signature=None, forwarded=None, forward_note=""
    )


# --- robustness -------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.none(),
        st.text(max_size=400),
        st.lists(
            st.sampled_from(
                [
                    "> q",
                    "On Mon, A <a@b.c> wrote:",
                    "From: A <a@b.c>",
                    "Sent: x",
                    "-- ",
                    "Thanks,",
                    "Sent from my iPhone",
                    "---------- Forwarded message ---------",
                    "",
                    "text ?",
                    "Subject: s",
                    "________________",
                    "Date: 2020-01-01",
                ]
            ),
            max_size=30,
        ).map("\n".join),
    ),
    html=st.one_of(st.none(), st.text(max_size=300)),
)
def test_never_raises(text: str | None, html: str | None) -> None:
    result = extract_new_text(text, html)
    assert isinstance(result, NewText)
    assert isinstance(result.reply_text, str)
    assert result.reply_text == result.reply_text.strip()


def test_megabyte_of_quoted_lines_finishes() -> None:
    body = "New text.\n" + "> quoted line of history\n" * 42_000
    assert len(body) > 1_000_000
    assert extract_new_text(body).reply_text == "New text."


@pytest.mark.parametrize("unit", ["a", "-", " ", ">", "=", "On ", "From: ", "<", "1", "—"])
def test_single_200kb_line_finishes(unit: str) -> None:
    line = unit * (200_000 // len(unit))
    extract_new_text(line)
    extract_new_text("Hi\n\n" + line + ":\n> q")
    extract_new_text(None, f"<p>{line}</p>")


def test_deeply_nested_html_does_not_raise() -> None:
    html = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert isinstance(extract_new_text(None, html), NewText)


def test_mutt_forward_names_the_original_author() -> None:
    text = ("fwd for the record, diane sent this to me directly.\n\n-b\n\n"
            "----- Forwarded message from Diane Whitaker <dw@bluebonnet.example> -----\n\n"
            "Date: Thu, 5 Nov 2026 19:40:52 -0600\nFrom: Diane Whitaker <dw@bluebonnet.example>\n"
            "To: Ben Castillo <ben@limestone.example>\nSubject: Board request\n\n"
            "Ben,\n\nwe have decided to exclude fuel sales from all dashboards.\n\nDiane\n\n"
            "----- End forwarded message -----\n")
    result = extract_new_text(text)
    assert result.forwarded is not None
    assert (result.forwarded.author_name, result.forwarded.author_email) == ("Diane Whitaker", "dw@bluebonnet.example")
    assert "exclude fuel sales" in result.forwarded.text


def test_a_quoted_apple_mail_forward_is_a_forward() -> None:
    text = ("For the record - Tom sent me this directly. Fine by me.\n\nR\n\n> Begin forwarded message:\n>\n"
            "> From: Tom Bradshaw <tom@uni.example>\n> Subject: Engineering building\n"
            "> Date: 5 November 2026 at 21:02:11 GMT\n> To: Rory Adair <rory@films.example>\n>\n"
            "> Hey Rory,\n>\n> we've decided to drop the library scene.\n>\n> Tom\n")
    result = extract_new_text(text, subject="Fwd: Engineering building")
    assert result.forwarded is not None and result.forwarded.author_email == "tom@uni.example"
    assert "drop the library scene" in result.forwarded.text
    # the same quote under a reply is history, not a forward
    assert extract_new_text(text, subject="Re: Engineering building").forwarded is None


def test_an_apple_mail_forward_quoting_the_forwarded_message_is_read_through_its_quotes() -> None:
    # (iPhone Mail: the marker plain, the forwarded headers and body under ">")
    text = ("Shifa, Zahir,\n\nSee below from our lawyer. Zahir, please add an age check by Tuesday 24th.\n\n"
            "D.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
            "> From: Andrea Small <asmall@law.example>\n> Date: 18 November 2026 at 16:40:22 GMT-4\n"
            "> To: Desmond Greaves <desmond@brew.example>\n> Subject: Online sales of alcohol\n>\n"
            "> Good afternoon Desmond,\n>\n> any online pre-order of alcohol must include an age confirmation.\n")
    result = extract_new_text(text, subject="Fwd: Online sales of alcohol")
    assert result.forwarded is not None
    assert (result.forwarded.author_email, result.forwarded.subject) == ("asmall@law.example", "Online sales of alcohol")
    assert result.forwarded.date == datetime(2026, 11, 18, 16, 40, 22, tzinfo=timezone(timedelta(hours=-4)))
    assert "must include an age confirmation" in result.forwarded.text
    assert "please add an age check" in result.forward_note


@pytest.mark.parametrize("attribution", [
    "2026년 11월 2일 (월) 오후 3:05, Bob <bob@example.com>님이 작성:",
    "Vào Th 2, 2 thg 11, 2026 lúc 10:00 Bob <bob@example.com> đã viết:",
    "Pada tanggal Sen, 2 Nov 2026 pukul 10.00 Bob <bob@example.com> menulis:",
    "\u202bב-2 בנוב׳ 2026, 10:00, Bob <bob@example.com> כתב:",
    "Þann mán. 2. nóv. 2026 kl. 10:00 skrifaði Bob <bob@example.com>:",
    # Hungarian, Ukrainian; Hebrew Gmail wrapping the whole line and the address in direction marks
    "Kovács Péter <bob@example.com> ezt írta (időpont: 2026. nov. 2., H, 10:00):",
    "пн, 2 лист. 2026 р. о 10:00 Bob <bob@example.com> пише:",
    "\u202bבתאריך יום ב׳, 2 בנוב׳ 2026 ב-10:00 מאת \u202aBob <bob@example.com>\u202c:\u202c",
])
def test_reply_attributions_in_more_languages(attribution: str) -> None:
    text = f"Looks right to me.\n\n{attribution}\n> Here is the plan.\n"
    assert extract_new_text(text).reply_text == "Looks right to me."


@pytest.mark.parametrize("marker", ["-----원본 메시지-----", "-------- Pesan Asli --------", "----- Αρχικό μήνυμα -----",
                                    # Foxmail's text part keeps the HTML space
                                    "------------------&nbsp;原始邮件&nbsp;------------------"])
def test_original_message_markers_in_more_languages(marker: str) -> None:
    text = f"See below.\n\n{marker}\nFrom: Bob <bob@example.com>\nDate: Mon, 2 Nov 2026\nSubject: Plan\n\nHere is the plan.\n"
    assert extract_new_text(text).reply_text == "See below."


@pytest.mark.parametrize("marker", ["---------- 전달된 메일 ---------", "---------- הודעה שהועברה ----------",
                                    "---------- Pesan terusan ---------"])
def test_forward_markers_in_more_languages(marker: str) -> None:
    text = f"See below.\n\n{marker}\nFrom: Bob <bob@example.com>\nDate: Mon, 2 Nov 2026\nSubject: Plan\n\nHere is the plan.\n"
    result = extract_new_text(text)
    assert result.forwarded is not None and result.forward_note == "See below."
    assert result.forwarded.text.strip() == "Here is the plan."


@pytest.mark.parametrize("footer", ["iPhone에서 보냄", "Download Outlook for iOS", "Obtener Outlook para iOS",
                                    "Outlook für Android herunterladen", "Gửi từ iPhone của tôi", "Dikirim dari iPhone saya",
                                    "iPhone'umdan gönderildi"])
def test_mobile_footers_in_more_languages_are_signatures(footer: str) -> None:
    assert extract_new_text(f"Thanks, looks good.\n\n{footer}\n").reply_text == "Thanks, looks good."


@pytest.mark.parametrize(("subject", "forward"), [("VS: Design system setup", False), ("VL: Design system setup", True)])
def test_finnish_vs_is_a_reply_and_vl_a_forward(subject: str, forward: bool) -> None:
    # ("VS:" is the Finnish and Estonian reply, "vastaus"/"vastus"; "VL:" the Finnish forward)
    text = ("Hi Aino,\n\nYes, we have budget for a native-speaking moderator.\n\nMikko\n\n"
            "Lähettäjä: Aino Virtanen <aino.virtanen@kuuradesign.fi>\nLähetetty: tiistai 3. marraskuuta 2026 11.02\n"
            "Vastaanottaja: Mikko Lahtinen <mikko.lahtinen@kuuradesign.fi>\nAihe: Design system setup\n\n"
            "Mikko, do we have budget for a native-speaking moderator?\n\nAino\n")
    result = extract_new_text(text, None, subject=subject)
    assert (result.forwarded is not None) is forward
    if not forward:
        assert result.reply_text == "Hi Aino,\n\nYes, we have budget for a native-speaking moderator."
