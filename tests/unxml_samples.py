"""Small AKN4UN documents written for the tests, in the UN's markup (as its files of GA 77-78 and
SC 2020-2021 are): a cover page, the preface, the preamble's containers, numbered paragraphs,
footnotes as authorialNote with their citation links, the conclusions. Texts are our own."""

from __future__ import annotations

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

_META = """<meta>
  <identification source="#DGACM">
    <FRBRWork><FRBRthis value="{iri}!main/"/><FRBRuri value="{iri}"/>
      <FRBRdate date="{adopted}" name="adoption"/><FRBRauthor href="ga" as="author"/>
      <FRBRcountry value="un"/></FRBRWork>
    <FRBRExpression><FRBRthis value="{iri}{lang3}@/!main/"/><FRBRuri value="{iri}{lang3}@/"/>
      <FRBRdate date="{date}" name="publication"/><FRBRauthor href="ga" as="issuer"/>
      <FRBRlanguage language="{lang3}"/></FRBRExpression>
    <FRBRManifestation><FRBRthis value="{iri}{lang3}@/!main.xml"/>
      <FRBRuri value="{iri}{lang3}@.xml"/><FRBRdate date="{date}" name="markup"/>
      <FRBRauthor href="DGACM" as="editor"/></FRBRManifestation>
  </identification>
  <classification source="DHLAUTH">
    <keyword value="Olympic Truce" showAs="Olympic Truce" dictionary="DHLAUTH"/>
    <keyword refersTo="agenda" value="11" showAs="Sport" dictionary="A/78/251"/>
  </classification>
  <workflow source="#un">
    <step date="2023-11-15" outcome="draftResolution" as="A/78/L.99" by="France"/>
    <step date="0001-01-01" outcome="draftResolutionAdditionalSponsors"
      by="Andorra, Antigua and Barbuda, Bosnia and Herzegovina and Trinidad and Tobago"/>
    <step date="{adopted}" outcome="adopted" as="A/78/PV.38" by=""/>
  </workflow>
  <analysis source="#un"><parliamentary><voting outcome="adoptedRecordedVote">
    <count value="118" refersTo="inFavour"><akn4un:voters>
      <organization refersTo="memberState">ALBANIA</organization></akn4un:voters></count>
    <count value="2" refersTo="abstaining"><akn4un:voters>
      <organization refersTo="memberState">CHAD</organization></akn4un:voters></count>
  </voting></parliamentary></analysis>
</meta>"""

_COVER = """<coverPage eId="coverPage_1">
  <p><span refersTo="#publisher" class="upperLeft"><docAuthority refersTo="#publisher">{un}</docAuthority></span></p>
  <p class="upperRight"><docNumber refersTo="#symbol">{symbol}</docNumber></p>
  <p class="upperLeft"><img src="logo-un.jpg"/><docAuthority refersTo="#issuingBody" class="rightBig">{ga}</docAuthority></p>
  <p><docStatus refersTo="#generalDistribution" class="rightSmall">Distr.: General</docStatus></p>
  <p><docDate date="{date}" class="rightSmall" refersTo="#dateOfIssuance">27 November 2023</docDate></p>
  <p><session refersTo="#generalAssembly" value="78" eId="coverPage_1__session_1">{session}</session></p>
  <p><inline title="{items}" name="agenda item">{item_line}</inline></p>
  <p><inline name="agenda item name">{item_name}</inline></p>
  <p><docTitle>{adopted_line}</docTitle></p>
  <p xml:space="preserve"><docProponent refersTo="#thirdCommittee">[{proponent} (<inline name="originating document">A/78/481, para. 12</inline>)]</docProponent></p>
</coverPage>"""

_WRAP = """<?xml version="1.0" encoding="utf-8"?>
<akomaNtoso xmlns="{ns}" xmlns:akn4un="http://un.org/akn4un">
  <!--This is an unofficial copy-->
  <statement name="resolution">
{meta}
{cover}
    <preface><p><docNumber>{number}</docNumber><docTitle refersTo="#resolutionTitle"><span class="bold">{title}</span></docTitle></p></preface>
    <preamble>
      <formula name="enactingFormula" eId="formula_1"><p xml:space="preserve"><span class="{em}">{formula}</span>,</p></formula>
{preamble}
    </preamble>
    <mainBody>
{body}
    </mainBody>
    <conclusions eId="conclusions"><p><event refersTo="#adoption">
      <location title="38" refersTo="#adoptionMeeting">{meeting}</location><eol/>
      <docDate date="{adopted}" refersTo="#adoptionDate">{adopted_words}</docDate></event></p></conclusions>
  </statement>
</akomaNtoso>
"""


def _container(name: str, em: str, phrase: str, rest: str) -> str:
    return (
        f'      <container name="{name}"><p xml:space="preserve">\t<span class="{em}">{phrase}</span>'
        f"{rest}</p></container>"
    )


def _paragraph(n: str, em: str, phrase: str, rest: str) -> str:
    return (
        f'      <paragraph class="SingleTxt"><num>{n}</num><content><p xml:space="preserve">\t'
        f'<span class="{em}">{phrase}</span>{rest}</p></content></paragraph>'
    )


def chinese() -> bytes:
    """A Chinese resolution: bold phrases, a footnote citing 70/1, a lettered list."""
    note = (
        '<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p xml:space="preserve">'
        '\t\t第<a href="https://undocs.org/ch/A/RES/70/1">70/1</a>号决议。</p></authorialNote>'
    )
    preamble = "\n".join(
        [
            _container(
                "回顾",
                "bold",
                "回顾",
                '其2021年12月2日第<a href="https://undocs.org/ch/A/RES/76/13">76/13</a>号决议，',
            ),
            _container(
                "又回顾", "bold", "又回顾", f"《2030年可持续发展议程》{note} 确认，体育是推动力量，"
            ),
        ]
    )
    body = "\n".join(
        [
            _paragraph("1.", "bold", "敦促", "会员国遵守奥林匹克休战；"),
            '      <paragraph class="H23"><subheading>体育与和平</subheading></paragraph>',
            _paragraph(
                "2.",
                "bold",
                "决定",
                "将题为“体育促进发展与和平”的项目列入大会第八十届会议临时议程。",
            ),
        ]
    )
    return _document(
        "zh",
        "zho",
        preamble,
        body,
        un="联合国",
        ga="大会",
        session="第七十八届会议",
        item_line="议程项目11",
        item_name="体育促进发展与和平",
        adopted_line="2023年11月21日大会决议",
        proponent="根据第三委员会的报告",
        title="通过体育建立一个和平的世界",
        em="bold",
        formula="大会",
        meeting="第38次全体会议",
        adopted_words="2023年11月21日",
    )


def arabic() -> bytes:
    """An Arabic resolution: bold italic phrases, the footnote call's brackets in ``sup``."""
    note = (
        '<sup>(</sup><authorialNote marker="1" placement="bottom"><p xml:space="preserve">'
        '\t()\tالقرار <a href="https://undocs.org/ar/A/RES/60/1">60/1</a>.</p></authorialNote>'
        "<sup>)</sup>"
    )
    preamble = _container(
        "إذ تشير",
        "bold italic",
        "إذ تشير",
        f" إلى الوثيقة الختامية لمؤتمر القمة العالمي لعام 2005{note}،",
    )
    body = "\n".join(
        [
            _paragraph(
                "1 -",
                "bold italic",
                "تحث",
                ' الدول الأعضاء على مراعاة القرار <a href="https://undocs.org/ar/S/RES/2254(2015)">2254 (2015)</a>؛',
            ),
            '      <paragraph class="SingleTxt"><num>2 -</num><list><intro><p xml:space="preserve">\t'
            '<span class="bold italic">تطلب</span> إلى الأمين العام ما يلي:</p></intro>'
            '<point><num>(أ)</num><content><p xml:space="preserve">\tأن يقدم تقريرا؛</p></content></point>'
            '<point><num>(ب)</num><content><p xml:space="preserve">\tأن يواصل جهوده.</p></content></point>'
            "</list></paragraph>",
        ]
    )
    return _document(
        "ar",
        "ara",
        preamble,
        body,
        un="الأمم المتحدة",
        ga="الجمعية العامة",
        session="الدورة الثامنة والسبعون",
        item_line="البند 71 (ب) من جدول الأعمال",
        item_name="تعزيز حقوق الإنسان",
        adopted_line="قرار اتخذته الجمعية العامة في 21 تشرين الثاني/نوفمبر 2023",
        proponent="بناء على تقرير اللجنة الثالثة",
        title="بناء عالم سلمي",
        em="bold italic",
        formula="إن الجمعية العامة",
        meeting="الجلسة العامة 38",
        adopted_words="21 تشرين الثاني/نوفمبر 2023",
        items="71 (ب)",
    )


def _document(code: str, lang3: str, preamble: str, body: str, **words: str) -> bytes:
    adopted, date = "2023-11-21", "2023-11-27"
    iri = "/akn/un/statement/deliberation/unga/2023-11-21/78-999/"
    meta = _META.format(iri=iri, adopted=adopted, date=date, lang3=lang3)
    cover = _COVER.format(
        symbol="A/RES/78/999",
        date=date,
        items=words.pop("items", "11"),
        un=words.pop("un"),
        ga=words.pop("ga"),
        session=words.pop("session"),
        item_line=words.pop("item_line"),
        item_name=words.pop("item_name"),
        adopted_line=words.pop("adopted_line"),
        proponent=words.pop("proponent"),
    )
    text = _WRAP.format(
        ns=AKN,
        meta=meta,
        cover=cover,
        number="78/999" if code == "ar" else "78/999.",
        preamble=preamble,
        body=body,
        adopted=adopted,
        **words,
    )
    return text.encode("utf-8")
