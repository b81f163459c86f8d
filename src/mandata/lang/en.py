"""English: the tables the parser reads. Data only; the same names in every language module.

Sources: UN editorial practice as printed in General Assembly and Security Council documents
(../shared/corpus ga78, ga80, sc, eosg), the DGACM editorial manual.

Action keys (the values of ``PREAMBULAR`` and ``OPERATIVE``) are the same set in all six modules.
A key is the English base form of the leading verb phrase, lower case, words joined by ``_``:

- without additives ("Also requests", "Recalling further" -> ``request``, ``recall``) and without
  manner words ("Strongly condemns", "Takes note with appreciation" -> ``condemn``, ``take_note``);
  those are in ``ADDITIVES`` and ``MODIFIERS``;
- "Having ..." drops the perfect: "Having considered", "Having examined" -> ``consider``;
- adjectives and participles used as a state take ``be_``: "Concerned", "Deeply concerned",
  "Remaining concerned" -> ``be_concerned``; likewise ``be_alarmed``, ``be_aware``,
  ``be_convinced``, ``be_guided``, ``be_encouraged``;
- "Expressing deep concern", "Expresses its appreciation" -> ``express`` (what is expressed stays
  in the text);
- near-synonyms that every other language translates with one phrase share a key, the commonest
  English verb naming it: "Calls on"/"Appeals to" -> ``call_upon``; "Determined"/"Resolved to" ->
  ``resolve``; "Believing" -> ``consider``; "Observing" -> ``note``; "Realizing" ->
  ``recognize``; "Proclaims" -> ``declare``; "Praising"/"Congratulates" -> ``commend``;
  "Pledges"/"Undertakes"/"We will" -> ``commit``; "Instructs" -> ``direct``; "Requires" ->
  ``demand``; "Seeking"/"Wishing"/"Desirous" -> ``desire``; "Mindful"/"Keeping in mind" ->
  ``bear_in_mind``; "Denounces" -> ``condemn``; "Objects" -> ``reject``; "Re-emphasizes" ->
  ``emphasize`` ("re-" is an additive).

"Reiterates its call"/"Reiterates its demand" -> ``reiterate``, where the other languages say
"calls again"/"demands again" (fr "Demande de nouveau", zh "再次呼吁"); their
``EQUIVALENT_ACTIONS`` relate ``reiterate`` to those keys.

Where another language cannot tell two keys apart (Chinese 注意到 for both "Notes" and "Takes note
of"), its ``EQUIVALENT_ACTIONS`` lists the keys it merges; English merges none. Where every other
language lists a group, the English verbs of it are near-synonyms no translation keeps apart, and
``FOLDED_ACTIONS`` reports them under one key (the commonest verb of the group), whichever table
names them: the action of a paragraph is the same in its six versions. The tables keep the verb's
own key; :func:`mandata.lang.folded_action` gives the key reported.
"""

from mandata.lang import Ending, LanguageData

CODE = "en"
NAME = "English"
NATIVE_NAME = "English"  # as the web pages name the language
RIGHT_TO_LEFT = False  # the script's direction
# How the UN prints a paragraph's leading phrase (the class of its span in the AKN export).
PHRASE_EMPHASIS = "italic"
# The letter that ends the UN's job numbers of this language version ("2421660E"), in the
# names of the UN's files ("A_RES_78_10-2323443E.xml").
UN_JOB_LETTER = "E"
# The kind of paragraph its final punctuation marks, for a text without a document's structure
# (a translator's segment): a preambular paragraph ends with a comma, an operative one with a
# semicolon (a full stop ends the last operative paragraph and prose alike: it says nothing).
PARAGRAPH_ENDINGS: dict[str, Ending] = {",": "preambular", ";": "operative"}

# OCR of scanned pages (read/ocr.py): tesseract's language pack for this language, and the
# script its orientation and script detection names (a scan of unknown language is probed by
# script first).
OCR_PACK = "eng"
OCR_SCRIPT = "Latin"
# How tesseract finds the page's lines (its --psm): 3, its own page analysis (columns, blocks).
OCR_PSM = 3

# Words naming a language in this language -> ISO 639-1 code ("Original: Russian").
LANGUAGE_NAMES: dict[str, str] = {
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "russian": "ru",
    "spanish": "es",
}

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

# A date as printed ("2 December 2004"); groups day, month (a MONTHS key), year.
_MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
# A month of a year without its day: "in May 2024" (capitalized, so "may 2024" is not read).
MONTH_YEAR: str = (
    r"\b(?<!\d\s)(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+(?P<year>\d{4})\b"
)
# "19 September 2014", and the order of letters from some Member States, "September 19, 2014"
# (with its comma, so that "May 5 2014" in a table is not read as a date).
DATE: str = (
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + _MONTH_NAMES + r")\s*,?\s+"
    r"(?P<year>\d{4})|(?P<month_b>" + _MONTH_NAMES + r")\s+(?P<day_b>\d{1,2})(?:st|nd|rd|th)?,"
    r"\s+(?P<year_b>\d{4}))\b"
)

# Enacting formula -> the body it names.
# The end of a date range written after a full date (none in this language: ranges print the
# end date in full).
DATE_RANGE_END: str = ""

ENACTING: dict[str, str] = {
    "The General Assembly": "GA",
    "The Security Council": "SC",
    "The Economic and Social Council": "ECOSOC",
    "The Human Rights Council": "HRC",
}

# Leading phrase of a preambular paragraph (without additives and manner words) -> action key.
PREAMBULAR: dict[str, str] = {
    "Recalling": "recall",
    "Referring to": "recall",
    "Reminding": "remind",
    "Recognizing": "recognize",
    "Recognising": "recognize",
    "Realizing": "recognize",
    "Realising": "recognize",
    "Understanding": "recognize",
    "Acknowledging": "acknowledge",
    "Reaffirming": "reaffirm",
    "Reconfirming": "reaffirm",
    "Reiterating": "reiterate",
    "Renewing": "reiterate",
    "Echoing": "reiterate",
    "Noting": "note",
    "Observing": "note",
    "Having noted": "note",
    "Taking note": "take_note",
    "Welcoming": "welcome",
    "Expressing": "express",
    "Stressing": "stress",
    "Emphasizing": "emphasize",
    "Emphasising": "emphasize",
    "Re-emphasizing": "emphasize",
    "Reemphasizing": "emphasize",
    "Underlining": "underline",
    "Underscoring": "underscore",
    "Highlighting": "highlight",
    "Affirming": "affirm",
    "Confirming": "affirm",
    "Asserting": "affirm",
    "Considering": "consider",
    "Whereas": "consider",
    "Believing": "consider",
    "Having considered": "consider",
    "Having received": "consider",
    "Having examined": "consider",
    "Having reviewed": "consider",
    "Having studied": "consider",
    "Having heard": "hear",
    "Having listened to": "hear",
    "Bearing in mind": "bear_in_mind",
    "Keeping in mind": "bear_in_mind",
    "Having in mind": "bear_in_mind",
    "Having regard to": "bear_in_mind",
    "Mindful": "bear_in_mind",
    "Taking into account": "take_into_account",
    "Taking into consideration": "take_into_account",
    "Concerned": "be_concerned",
    "Being concerned": "be_concerned",
    "Remaining concerned": "be_concerned",
    "Remaining deeply concerned": "be_concerned",
    "Sharing the concern": "be_concerned",
    "Alarmed": "be_alarmed",
    "Disturbed": "be_alarmed",
    "Appalled": "be_alarmed",
    "Shocked": "be_alarmed",
    "Dismayed": "be_alarmed",
    "Being appalled": "be_alarmed",
    "Convinced": "be_convinced",
    "Persuaded": "be_convinced",
    "Confident": "be_convinced",
    "Sharing the conviction": "be_convinced",
    "Aware": "be_aware",
    "Conscious": "be_aware",
    "Cognizant": "be_aware",
    "Being aware": "be_aware",
    "Being fully aware": "be_aware",
    "Determined": "resolve",
    "Resolved": "resolve",
    "Resolving": "resolve",
    "Committed to": "commit",
    "Committing": "commit",
    "Recommitting": "commit",
    "Undertaking to": "commit",
    "Guided by": "be_guided",
    "Desiring": "desire",
    "Desirous": "desire",
    "Wishing": "desire",
    "Seeking": "desire",
    "Aiming": "desire",
    "Striving": "desire",
    "Deploring": "deplore",
    "Regretting": "regret",
    "Condemning": "condemn",
    "Rejecting": "reject",
    "Commending": "commend",
    "Praising": "commend",
    "Congratulating": "commend",
    "Paying tribute": "pay_tribute",
    "Honouring": "pay_tribute",
    "Honoring": "pay_tribute",
    "Commemorating": "pay_tribute",
    "Marking": "pay_tribute",
    "Appreciating": "appreciate",
    "Valuing": "appreciate",
    "Viewing with appreciation": "appreciate",
    "Encouraging": "encourage",
    "Encouraged by": "be_encouraged",
    "Urging": "urge",
    "Calling upon": "call_upon",
    "Calling on": "call_upon",
    "Appealing to": "call_upon",
    "Calling for": "call_for",
    "Requesting": "request",
    "Inviting": "invite",
    "Supporting": "support",
    "Endorsing": "endorse",
    "Determining": "determine",
    "Acting": "act",
    "Looking forward": "look_forward",
    "Drawing attention": "draw_attention",
    "Trusting": "trust",
    "Building on": "build_on",
    "Building upon": "build_on",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "Expressing concern": "express",
    "Expressing deep concern": "express",
    "Expressing grave concern": "express",
    "Reaffirming its commitment": "reaffirm",
    "Expressing its concern": "express",
    "Expressing its deep concern": "express",
    "Expressing its appreciation": "express",
    "Expressing appreciation": "express",
    "Reiterating its deep concern": "reiterate",
    "Expressing serious concern": "express",
    "Reiterating its concern": "reiterate",
    "Welcoming in this regard": "welcome",
    "Noting in this regard": "note",
    "Recalling in particular": "recall",
    "Expressing gravest concerns": "express",
    "Expressing its grave concern": "express",
    "Reiterating its appreciation": "reiterate",
    "Reaffirming its strong commitment": "reaffirm",
    "Reiterating its conviction": "reiterate",
    "Reiterating its strong condemnation": "reiterate",
    "Renewing its unwavering commitment": "reiterate",
    "Reaffirming its determination": "reaffirm",
    "Believing it necessary": "consider",
    "Reiterating its serious concern": "reiterate",
    "Reiterating its commitment": "reiterate",
    "Welcoming in particular": "welcome",
    "Reaffirming its deep concern": "reaffirm",
    "Reaffirming its strong support": "reaffirm",
    "Recognizing and reaffirming": "recognize",
    "Reiterating its grave concern": "reiterate",
    "Expressing particular concern": "express",
    "Expressing profound regret": "express",
    # The Security Council's (its XML of 2020-2021)
    "Demanding": "demand",
    "Expressing alarm": "express",
    "Expressing its alarm": "express",
    "Expressing great concern": "express",
    "Expressing support": "express",
    "Expressing its support": "express",
    "Expressing its deep appreciation": "express",
    "Reiterating its request": "reiterate",
    "Commending and encouraging": "commend",
    "Taking due note": "take_note",
}

# Leading phrase of an operative paragraph -> action key. Includes the first person plural of
# declarations and outcome documents adopted by resolution ("We recognize ...").
OPERATIVE: dict[str, str] = {
    "Recalls": "recall",
    "Reminds": "remind",
    "Recognizes": "recognize",
    "Recognises": "recognize",
    "Realizes": "recognize",
    "Acknowledges": "acknowledge",
    "Reaffirms": "reaffirm",
    "Reconfirms": "reaffirm",
    "Reiterates": "reiterate",
    "Renews": "reiterate",
    "Notes": "note",
    "Observes": "note",
    "Takes note": "take_note",
    "Welcomes": "welcome",
    "Expresses": "express",
    "Stresses": "stress",
    "Emphasizes": "emphasize",
    "Emphasises": "emphasize",
    "Re-emphasizes": "emphasize",
    "Reemphasizes": "emphasize",
    "Underlines": "underline",
    "Underscores": "underscore",
    "Highlights": "highlight",
    "Affirms": "affirm",
    "Confirms": "affirm",
    "Clarifies": "affirm",
    "Considers": "consider",
    "Believes": "consider",
    "Takes into account": "take_into_account",
    "Is concerned": "be_concerned",
    "Is deeply concerned": "be_concerned",
    "Remains concerned": "be_concerned",
    "Remains deeply concerned": "be_concerned",
    "Is alarmed": "be_alarmed",
    "Is convinced": "be_convinced",
    "Remains convinced": "be_convinced",
    "Is aware": "be_aware",
    "Resolves": "resolve",
    "Commits": "commit",
    "Recommits": "commit",
    "Pledges": "commit",
    "Undertakes": "commit",
    "Remains committed": "commit",
    "Deplores": "deplore",
    "Regrets": "regret",
    "Condemns": "condemn",
    "Denounces": "condemn",
    "Rejects": "reject",
    "Objects": "reject",
    "Commends": "commend",
    "Praises": "commend",
    "Congratulates": "commend",
    "Pays tribute": "pay_tribute",
    "Appreciates": "appreciate",
    "Encourages": "encourage",
    "Continues to encourage": "encourage",
    "Urges": "urge",
    "Continues to urge": "urge",
    "Calls upon": "call_upon",
    "Calls on": "call_upon",
    "Appeals": "call_upon",
    "Continues to call upon": "call_upon",
    "Calls for": "call_for",
    "Requests": "request",
    "Asks": "request",
    "Invites": "invite",
    "Decides": "decide",
    "Decide": "decide",
    "Supports": "support",
    "Continues to support": "support",
    "Endorses": "endorse",
    "Approves": "approve",
    "Adopts": "adopt",
    "Authorizes": "authorize",
    "Authorises": "authorize",
    "Demands": "demand",
    "Requires": "demand",
    "Directs": "direct",
    "Instructs": "direct",
    "Establishes": "establish",
    "Declares": "declare",
    "Proclaims": "declare",
    "Determines": "determine",
    "Recommends": "recommend",
    "Suggests": "recommend",
    "Proposes": "recommend",
    "Agrees": "agree",
    "Concurs": "agree",
    "Accepts": "accept",
    "Looks forward": "look_forward",
    "Draws attention": "draw_attention",
    "Draws the attention": "draw_attention",
    "Brings to the attention": "draw_attention",
    "Maintains": "maintain",
    "Amends": "amend",
    "Appropriates": "appropriate",
    # First person plural (declarations).
    "We recall": "recall",
    "We recognize": "recognize",
    "We acknowledge": "acknowledge",
    "We reaffirm": "reaffirm",
    "We reiterate": "reiterate",
    "We renew": "reiterate",
    "We note": "note",
    "We take note": "take_note",
    "We welcome": "welcome",
    "We express": "express",
    "We stress": "stress",
    "We emphasize": "emphasize",
    "We underline": "underline",
    "We underscore": "underscore",
    "We highlight": "highlight",
    "We affirm": "affirm",
    "We consider": "consider",
    "We believe": "consider",
    "We are concerned": "be_concerned",
    "We remain concerned": "be_concerned",
    "We are convinced": "be_convinced",
    "We are aware": "be_aware",
    "We are conscious": "be_aware",
    "We resolve": "resolve",
    "We are determined": "resolve",
    "We remain resolved": "resolve",
    "We remain determined": "resolve",
    "We commit": "commit",
    "We recommit": "commit",
    "We therefore commit": "commit",
    "We pledge": "commit",
    "We undertake": "commit",
    "We are committed": "commit",
    "We remain committed": "commit",
    "We will": "commit",
    "We must": "commit",
    "We condemn": "condemn",
    "We deplore": "deplore",
    "We commend": "commend",
    "We appreciate": "appreciate",
    "We encourage": "encourage",
    "We urge": "urge",
    "We call upon": "call_upon",
    "We call on": "call_upon",
    "We call for": "call_for",
    "We request": "request",
    "We invite": "invite",
    "We decide": "decide",
    "We support": "support",
    "We endorse": "endorse",
    "We adopt": "adopt",
    "We agree": "agree",
    "We declare": "declare",
    "We look forward": "look_forward",
    # Bare first person plural after a "We, the Heads of State and Government, ...:" lead-in.
    "Express": "express",
    "Stress": "stress",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "Expresses its appreciation": "express",
    "Expresses concern": "express",
    "Reiterates its request": "reiterate",
    "Expresses deep concern": "express",
    "Reiterates its call upon": "reiterate",
    "Expresses grave concern": "express",
    "Expresses its concern": "express",
    "Expresses serious concern": "express",
    "Expresses its deep concern": "express",
    "Reaffirms its commitment": "reaffirm",
    "Reiterates its invitation": "reiterate",
    "Reiterates its appreciation": "reiterate",
    "Reiterates its call for": "reiterate",
    "Expresses its gratitude": "express",
    "Welcomes and encourages": "welcome",
    "Expresses appreciation": "express",
    "Reaffirms its support": "reaffirm",
    "Condemns in the strongest possible terms": "condemn",
    "Recalls its request": "recall",
    "Reiterates its commitment": "reiterate",
    "Reaffirms its request": "reaffirm",
    "Supports and encourages": "support",
    "Reiterates its support": "reiterate",
    "Expresses its satisfaction": "express",
    "Reiterates its demand": "reiterate",
    "Reaffirms its determination": "reaffirm",
    "Reiterates its deep concern": "reiterate",
    "Reiterates its serious concern": "reiterate",
    "Reiterates its call": "reiterate",
    "Renews its call upon": "reiterate",
    "Deplores and condemns in the strongest terms": "deplore",
    "Expresses its intention": "express",
    "Invites and encourages": "invite",
    "Reaffirms its strong support": "reaffirm",
    "Expresses the hope": "express",
    "Expresses its serious concern": "express",
    "Reiterates its condemnation": "reiterate",
    "Reiterates its conviction": "reiterate",
    "Condemns without reservation": "condemn",
    "Expresses particular concern": "express",
    "Expresses support": "express",
    # The Security Council's (its XML of 2020-2021)
    "Expresses its willingness": "express",
    "Expresses its readiness": "express",
    "Expresses serious concerns": "express",
    "Expresses its grave concern": "express",
    "Expresses its deep appreciation": "express",
    "Expresses disappointment": "express",
    "Reiterates its calls": "reiterate",
    "Recognizes and encourages": "recognize",
    "Welcomes in particular": "welcome",
}

# Leading words that are not actions although the EOSG analytics data
# (corpus/eosg/_action_verb_counts.csv, rows counted three times or more) label them as action
# verbs: the exact ``action_verb`` strings of that file, by kind.
# fmt: off
NOT_ACTIONS: tuple[str, ...] = (
    # Gerunds heading items of lists inside programmes, guidelines, declarations and budget text
    # ("Ensuring that ...;", "Promoting data collection ..."), not paragraphs of a resolution.
    "Ensuring", "Promoting", "Strengthening", "Developing", "Providing", "Continuing", "Working",
    "Enhancing", "Establishing", "Addressing", "Adopting", "Increasing", "Facilitating",
    "Improving", "Implementing", "Creating", "Contributing", "Making", "Assisting", "Investing",
    "Ensuring,", "Accelerating", "Identifying", "Designing", "Using", "Conducting", "Fostering",
    "Maintaining", "Eliminating", "Engaging", "Reviewing", "Preparing", "Mobilizing", "Cooperating",
    "Integrating", "Developing,", "Responding", "Participating", "Expanding", "Removing",
    "implementing", "ensuring", "Enabling", "Giving", "Preventing,", "Designing,", "Prioritizing",
    "Protecting", "Monitoring", "Examining", "Collecting", "Holding", "Supplying,", "Recruiting",
    "Applying", "promoting", "Including", "Promoting,", "Preventing", "Reducing", "Leveraging",
    "Pursuing", "Assessing", "Scaling", "facilitating", "developing", "Introducing", "Mitigating",
    "Enacting", "Organizing", "Delisting", "Adopting,", "Providing,", "Requiring", "Collaborating",
    "Utilizing", "Achieving", "Turning", "enhancing", "Exploring", "Respecting,", "Repealing",
    "Putting", "protecting", "Redoubling", "Empowering", "Raising", "Focusing", "Ending",
    "improving", "Directing", "Speaking", "participating", "Implementing,", "Guaranteeing",
    "Initiating", "Launching", "Advancing", "strengthening", "Combating", "assessing",
    "Transforming", "recording", "Coordinating", "Incorporating", "Retiring",
    "removing", "supplying,", "recruiting", "Intensifying", "Engaging,", "Exercising", "Managing",
    "Voting", "Measuring", "Harnessing", "Evaluating", "Elaborating", "Neutralizing", "Respecting",
    "Piloting", "Identifying,", "Harmonizing", "Fighting", "Receiving", "Monitoring,", "Delivering",
    "Helping", "Sustaining", "Securing", "prioritising", "Allowing", "Deploying", "Restoring",
    "Reforming", "Establishing,", "photographing", "Vetting", "Abolishing", "adopting", "Fastening",
    # Past tense of meeting reports ("The Committee: Requested the secretariat ..."): a record of
    # what a subsidiary body did, not an action of the document itself.
    "Welcomed", "Requested", "Expressed", "Adopted", "Endorsed", "Decided", "Thanked", "Noted",
    "Invited", "Acknowledged", "Recognized", "Agreed", "requested", "Called", "Commended",
    "Reiterated", "Urged", "Stressed", "Elected", "Asked", "Reissued", "Considered", "Approved",
    "Recommended", "invited", "Emphasized", "Recalled", "expressed", "urged", "demonstrated",
    # Other verbs heading procedure steps, budget notes, task lists or narrative sentences.
    "Includes", "Address", "Communicates", "Forwards", "Focus", "Represents", "Assess", "have",
    # Nouns, adjectives and noun phrases: headings, table captions, list items, sentence subjects.
    "States", "Representatives", "(Thousands", "Sanctions", "Statements", "Governments",
    "Indigenous", "Issues", "Presentations", "Training", "Funded", "Activities", "Actions",
    "Progress", "Measures", "Opening", "Proposals", "Resolutions", "progress", "Capacity-building",
    "Access", "Efforts", "Impacts", "individuals", "Recommendations", "(thousands", "Countries",
    "Members", "Meetings", "Developments", "Mainstreaming", "Decisions", "Reports", "Violations",
    "Increased", "Matters", "Detailed", "Requirements", "Parties", "Paragraphs", "Incidents",
    "Improved", "Attacks", "Fact-based", "Items", "Revised", "Supplies", "Closing", "Consultations",
    "Questions", "Delegations", "Ways", "updates", "Meeting", "Participants", "Landlocked",
    "Interventions", "Planning", "Outputs", "Individuals", "Enhanced", "Methods", "Results",
    "Updated", "Financing", "Partnerships", "Instances", "Strengthened", "Continued", "Status",
    "Treaties", "Cities", "Reporting", "Analysis", "Policies", "Procedures", "Outcomes",
    "Confidence-building", "peacekeeping", "Ongoing", "Results-based", "Arrangements", "Options",
    "Emerging", "Servicing", "Challenges", "Numerous", "Governing", "Functions", "Weapons",
    "Forests", "Forest-related", "Funding", "Business", "Remittances", "Changes", "Amendments",
    "Sessions", "Summaries", "Various", "Agreements", "Integrated", "Discussions", "results",
    "Transactions", "Shipping,", "listed", "Speeches", "supplies", "Mortars", "Charges",
    "Explosive-related", "Explosives", "developments", "Programmes", "Planning,", "Expenses",
    "indigenous", "Related", "Extended", "objectives", "organizations", "Organizations", "Renewed",
    "Persons", "Coordinated", "Observers", "Updates", "Acts", "Consensus", "Press", "Workshops",
    "Projects", "Streamlined", "Guidelines", "Consolidated", "Rights", "Housing", "Priorities",
    "Refugees", "Lessons", "Documentation:\tActivities", "Terms", "Speakers", "Dedicated",
    "Proposed", "entities", "Reduced", "Interested", "details", "proposed", "Fixed", "Estimates",
    "continued", "Meaning", "weapons", "Conclusions", "Proceeds", "Allegations", "Negotiations",
    "Limited", "Rules", "Directives", "Explanations",
    # Prepositions, connectives, fragments and names cut from the text.
    "During", "Following", "United", "Nothing", "Based", "Notwithstanding", "Regarding",
    "According", "UNCTAD’s", "Pending", "Its", "Unless", "Les", "Owing", "Concerning", "ing",
    "Towards", "EuroMed", "Beginning", "Hundred", "ITC’s", "Belarus", "Relating", "Ahmed",
)
# fmt: on

# Words that repeat an action without changing it: "Recalling also", "Further requests".
# They come before or after the verb.
# Verbs whose action depends on what follows them (see the Russian and Chinese tables: one
# verb there renders two English ones): none in English, whose verbs name the ask themselves
# ("Calls upon", "Calls for").
ACTIONS_BY_OBJECT: dict[str, tuple[tuple[str, str], ...]] = {}

ADDITIVES: tuple[str, ...] = (
    "also",
    "further",
    "furthermore",
    "again",
    "once again",
    "once more",
    "moreover",
    "in addition",
    "additionally",
    "however",
    "equally",
)

# Manner words set apart from the action key (printed form -> canonical English form). They come
# before the verb ("Strongly condemns") or after it ("Notes with appreciation").
MODIFIERS: dict[str, str] = {
    "with appreciation": "with appreciation",
    "with deep appreciation": "with deep appreciation",
    "with gratitude": "with gratitude",
    "with satisfaction": "with satisfaction",
    "with great satisfaction": "with great satisfaction",
    "with interest": "with interest",
    "with concern": "with concern",
    "with deep concern": "with deep concern",
    "with grave concern": "with grave concern",
    "with serious concern": "with serious concern",
    "with great concern": "with great concern",
    "with alarm": "with alarm",
    "with regret": "with regret",
    "with deep regret": "with deep regret",
    "deeply": "deeply",
    "gravely": "gravely",
    "seriously": "seriously",
    "profoundly": "profoundly",
    "strongly": "strongly",
    "particularly": "particularly",
    "fully": "fully",
    "firmly": "firmly",
    "solemnly": "solemnly",
    "urgently": "urgently",
    "earnestly": "earnestly",
    "warmly": "warmly",
    "unequivocally": "unequivocally",
    "in the strongest terms": "in the strongest terms",
}

# Words before the verb that mark a preambular paragraph (Arabic "وإذ"); none in English.
PREAMBULAR_PREFIXES: tuple[str, ...] = ()

# Prepositions a verb governs that end a table phrase but that the UN does not print in italics
# (bold in Arabic and Chinese) with it: "ссылаясь на" is marked "ссылаясь". The phrase keeps its
# table key and action; its printed extent leaves them out.
UNMARKED_PARTICLES: tuple[str, ...] = ("by",)
# Whether a paragraph's first word is capitalized: a flattened text is cut only
# before a capitalized leading phrase where it is.
CAPITALIZED_PARAGRAPHS: bool = True

# Groups of action keys this language renders with one phrase (see the module docstring).
EQUIVALENT_ACTIONS: tuple[tuple[str, ...], ...] = ()

# Keys reported as another key: groups of near-synonyms that the ``EQUIVALENT_ACTIONS`` of all five
# other languages list (French "souligne", Russian "подчеркивает", Spanish "destaca"/"subraya" as
# the translators use them, Arabic "تؤكد", Chinese "强调" for "emphasizes", "stresses",
# "underlines", "underscores", "highlights"; "reconoce", "reconnaît", "признает" for "recognizes"
# and "acknowledges"). In the
# UN's XML of sessions 77-78 the translations of these verbs cross within each group (French gives
# "souligne" to "Emphasizes" 317 times, to "Stresses" 456 times): no table can tell them apart.
FOLDED_ACTIONS: dict[str, str] = {
    "emphasize": "stress",
    "underline": "stress",
    "underscore": "stress",
    "highlight": "stress",
    "acknowledge": "recognize",
}

# Annex numbers as printed after "Annex" -> number (look up in lower case).
ANNEX_NUMBERS: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
    "xiii": 13,
    "xiv": 14,
    "xv": 15,
    "xvi": 16,
    "xvii": 17,
    "xviii": 18,
    "xix": 19,
    "xx": 20,
    **{str(n): n for n in range(1, 21)},
}

# Regular expressions (compiled case-insensitive, multiline, applied to one normalized line) for
# the masthead and the frame of a document. Named groups carry the values; every language module
# has the same keys with the same groups.
# Sub-item letters printed otherwise than in Latin -> Latin letter (none here).
SUBITEM_LETTERS: dict[str, str] = {}

# Frequent function words, for telling apart languages that share a script (langid.py).
FUNCTION_WORDS: tuple[str, ...] = (
    "the",
    "of",
    "and",
    "to",
    "in",
    "its",
    "that",
    "for",
    "on",
    "with",
)

# Letters that only end a word, in a script written right to left (none here; see ar.py).
FINAL_ONLY_LETTERS: str = ""

MASTHEAD: dict[str, str] = {
    "distribution": r"^Distr\.?\s*:?\s*(?P<value>General|Limited|Restricted)\b",
    "original": r"^Original\s*:\s*(?P<value>\w+)",
    "session": r"^(?P<ordinal>[\w\- ]+?)\s+(?:special\s+|emergency\s+special\s+)?session\b",
    "agenda_item": (
        r"^(?:(?:Provisional\s+)?agenda\s+items?\s+|Items?\s+(?=\d))(?P<value>.+?)"
        r"(?:\s+of\s+the\s+(?:provisional\s+)?agenda\W*)?$"
    ),
    "adopted": (
        r"^(?-i:Resolutions?)\s+adopted\s+by\s+the\s+(?P<body>.+?)(?:\s+on\s+(?P<date>.+?))?\s*$"
    ),
    "drafts": r"^\[(?:without\s+reference\s+to\s+a\s+Main\s+Committee|on\s+the\s+report\s+of)",
    "meeting": r"^(?P<value>\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary\s+meeting)\s*$",
    # A Security Council resolution's heading ("Resolution 699 (1991)", "RESOLUTION 761 (1992)",
    # "699 (1991). Resolution of 17 June 1991") and its adoption line, in the masthead
    # ("Adopted by the Security Council at its 5282nd meeting, on 17 October 2005") or closing
    # the text ("Adopted unanimously at the 2994th meeting.").
    "sc_resolution": (
        r"^(?:Resolution\s+(?P<num>\d{1,4})(?:\s*\((?P<year>(?:19|20)\d\d)\))?"
        r"|(?P<num2>\d{1,4})\s*\((?P<year2>(?:19|20)\d\d)\)\.?\s+Resolution)"
        r"(?:,?\s+of\s+(?P<date>\d{1,2}\s+[^\W\d_]+\s+\d{4}))?\.?(?:\s+\d{1,3})?\s*$"
    ),
    "sc_adoption": (
        r"^(?-i:Adopted)\s+"
        r"(?=unanimously|without|by\s+(?:the\s+Security|consensus)|at\s|during\s|on\s+\d|the\s+\d)"
        r"(?:unanimously,?\s+)?(?:(?:without\s+(?:a\s+)?vote|by\s+consensus),?\s+)?"
        r"(?:by\s+the\s+Security\s+Council\s*)?"
        r"(?:(?:(?:at|during)\s+)?(?:its|the)\s+(?:resumed\s+)?"
        r"(?P<meeting>\d{1,5}(?:st|nd|rd|th)_?\s+meet?-?\s?ing))?"
        r"(?:[^,.]*?,?\s*\bon\s+(?P<date>\d{1,2}\s+[^\W\d_]+\s+\d{4}))?"
    ),
    "annex": r"^Annex(?:\s+(?P<number>[IVXL]+|\d+|[A-H]))?\s*$",
    "explanatory_memorandum": r"^Explanatory\s+memorandum\s*$",
    "draft_resolution": r"\bdraft\s+(?:resolution|decision)\b",
    "draft_decision": r"\bdraft\s+decision\b",
    "report_of": r"^(?:Report|Note) (?:of|by) the\b",
    "letter": (
        r"^(?:Identical\s+)?letters?\s+dated\s+(?P<date>.+?)\s+(?:from\s+(?P<sender>.+?)\s+)?"
        r"addressed\s+to\s+(?P<addressee>.+?)(?:\s+(?:from|by)\s+(?P<sender2>.+))?$"
    ),
    "signed": r"^\((?:Signed|Sgd\.?)\)\s*(?P<value>.+)$",
    "request_item": (
        r"\b(?:request\s+for\s+the\s+inclusion|inclusion\s+of\s+a\s+(?:supplementary|additional)"
        r"\s+item)\b"
    ),
}

# Beginnings of the words that qualify a session and may stand between its ordinal and the word
# for "session": between the ordinal and "session" ("tenth emergency special session").
SESSION_QUALIFIERS: tuple[str, ...] = ("special", "emergency")

# Patterns of the analysis stage (compiled case-insensitive). "session": the ordinal words of a
# session in group ``ord``; "next_session"/"current_session": relative sessions; "report_request":
# a request to report; "agenda_include": a decision to include an item in a provisional agenda;
# "under_item": the parent item; the *_word patterns classify a cited number by the words before it.
ANALYSIS: dict[str, str] = {
    "session": (
        r"(?P<ord>\b(?:(?:(?:[a-z]+[- ])?[a-z]+,\s+){0,6}(?:[a-z]+[- ])?[a-z]+,?\s+(?:and|or)\s+)?"
        r"(?:[a-z]+[- ])?"
        r"(?:(?!special\b|emergency\b)[a-z]+|\d{1,3}(?:st|nd|rd|th)))"
        r"\s+(?:\(resumed\)\s+)?(?:(?:emergency\s+)?special\s+)?sessions?\b"
    ),
    "next_session": r"\bits\s+next\s+session\b|\bthe\s+next\s+session\s+of\s+the\s+General\s+Assembly\b",
    "current_session": r"\bits\s+(?:current|present)\s+session\b",
    "report_request": (
        r"\b(?:requests?|invites?|calls?\s+(?:up)?on|encourages?|decides)\b[^;]{0,1000}?"
        # not an input to another's report ("to provide substantive input to the report of")
        r"(?:\bto\s+(?:submit|present|prepare|transmit|provide)\b(?!\s+(?:\w+\s+)?(?:inputs?|contributions?)\s+to\b)"
        r"(?:[^;“]|“[^”]{0,400}”){0,250}?(?<!\bnil\s)\breport(?:s|ing)?\b"  # a quoted item's title may stand between
        # a form or a tool of reporting is no report asked for ("the reference reporting form", "nil
        # reports", "barriers to reporting misconduct")
        r"(?!\s+(?:tools?|forms?|process(?:es)?|mechanisms?|requirements?|obligations?|data|templates?"
        r"|misconduct)\b)"
        # reporting a case to the authorities is none either ("to report suspected or confirmed
        # illegal practices", "to report to the appropriate authorities cases in which ..."); the
        # Secretary-General's "to report violations of the agreement monthly" is one
        r"|\bto\s+report\b(?!\s+(?:to\s+the\s+(?:appropriate|competent|relevant|national)\s+(?:\w+\s+)?"
        r"authorities\s+)?(?:suspected|confirmed|alleged|any\s+such|cases?|misconduct|incidents?|crimes?"
        r"|allegations?|instances?)\b)"
        r"|\bto\s+inform\s+the\s+(?:General\s+)?Assembly\b"
        # the Council's: "to continue to inform it of progress", "to inform the Security Council"
        r"|\bto\s+(?:continue\s+to\s+)?inform\s+(?:it|the\s+(?:Security\s+)?Council)\b"
        # the verb after another: "to assess ... and report thereon", "to monitor and report on
        # the progress ... to the General Assembly"
        r"|\band\s+report\s+(?:thereon|on|in\s+the\s+context\s+of)\b"
        r"|\band\s+report\b(?=[^;]{0,150}?\bto\s+the\s+(?:General\s+)?Assembly\b)"
        # "to update the General Assembly at its ... session on", "to provide an update to the Assembly"
        r"|\bto\s+(?:regularly\s+)?update\s+the\s+(?:General\s+)?Assembly\b"
        r"|\b(?:to|and)\s+provide\s+(?:\w+\s+){0,2}?updates?\s+to\s+the\s+(?:General\s+)?Assembly\b"
        r"|\bto\s+keep\s+the\s+(?:General\s+)?Assembly\s+(?:\w+\s+)?informed\b"
        r"|\bto\s+(?:include|consider\s+including)\b[^;]{0,200}?\b(?:in|into|as\s+part\s+of)\s+(?:[\w’'-]+\s+){0,4}?reports?\b|\bshall\s+submit\b[^;]{0,200}?\breports?\b"
        # the subjunctive: "requests that he submit to it ... a report"
        r"|\bthat\s+(?:he|she|it|they|the\s+[\w-]+(?:\s+[\w-]+){0,6}?)\s+submit\b[^;]{0,250}?\breports?\b"
        r"|\bin\s+(?:its|his|her|their)\s+(?:(?:next|annual|respective|forthcoming|future|upcoming)\s+)?reports?\s+to\s+the\s+(?:General\s+)?Assembly\b)"
    ),
    "agenda_include": (
        r"\bto\s+include\b[^;]{0,300}?\bin\s+the\s+(?:(?:provisional|draft)\s+)?agenda\s+of\s+"
        r"(?:its\b|the\s+[a-z]+(?:-[a-z]+)?\s+session\s+of\s+the\s+General\s+Assembly\b)"
    ),
    "under_item": r"\bunder\s+the\s+(?:item|heading)\s+entitled\s*$",
    # a deferral to a later session: "decides to defer consideration of the item entitled ...
    # to its eighty-first session", "decided to defer a decision on the request ... until the
    # seventy-ninth session"; "sub_item_of": the parent named after a sub-item's title
    # a resolution's own title where its preamble recalls its predecessors ("... 75/276 of
    # 28 April 2021 on <title>,"): the words just before and just after the title (series)
    "series_title_before": (
        r"(?:(?P<since>\band\s+(?:all\s+(?:of\s+)?)?(?:its\s+)?(?:other\s+(?:subsequent\s+|previous\s+)?"
        r"|subsequent\s+|previous\s+|earlier\s+|prior\s+)resolutions)\s+)?"
        r"\b(?:on|entitled|concerning|relating\s+to)\s+(?:the\s+)?(?:question\s+of\s+(?:the\s+|a\s+)?)?"
        r"[“\"]?\s*$"
    ),
    "series_title_after": r"^\s*[”\"]?\s*(?:[,;.:(]|and\b|$)",
    # "... on <title> and on <another subject>, including its resolution 76/156 ..." (77/221)
    "series_title_then": (
        r"^\s*[”\"]?\s*(?:\s+and\s+(?:on\s+)?[^\W\d][^,;\d]{2,200}?)?\s*,?\s*"
        r"(?:including|in\s+particular)\s+(?:its\s+|General\s+Assembly\s+)?resolutions?\b"
    ),
    # words a lead may hold besides its verb, "also" and "its resolution" ("Recalling in
    # particular its resolution 76/263 of 10 May 2022,": one resolution recalled alone)
    # a clause that says what a resolution recalled alone did ("76/182 of 16 December 2021, in
    # which it encouraged ..."), its date taken out
    "series_which": r"^\W*(?:of\W+)?(?:in|by|through)\s+which\b",
    # what a resolution recalled with a clause of series_which did once (proclaimed, designated,
    # endorsed, convened, established, adopted, granted ...): another act, not the series' text
    "series_once": (
        r"\s*it\s+(?:also\s+)?(?:decided\s+to\s+(?:hold|devote|organi[sz]e|launch|commemorate)\b"
        r"|(?:decided\s+to\s+)?(?:proclaim|designat|declar|endors|conven|establish|adopt|grant|approv"
        r"|call\w*\s+for))"
    ),
    "series_lead_aside": r"\bin\s+particular\b",
    # a predecessor named without the title: "its previous resolutions on the subject, the most
    # recent of which was resolution 76/163" (the words before it; "many": a list follows,
    # "in particular resolutions 71/59 ..., 73/43 ... and 75/46"); "79/6 of 29 October 2024
    # and all its previous relevant resolutions," (the words after one recent resolution).
    # "subject", "topic": a subject named, which must be the resolution's title (or nearly)
    "series_latest": (
        r"(?:\bits\s+(?:[^\W\d_]+\s+){0,3}resolutions\b[^;]*?,\s*the\s+(?:most\s+recent|latest)\s+"
        r"of\s+which\s+(?:was|being|is)"
        r"|\bits\s+previous\s+resolutions\s+on\s+the\s+(?:subject|question|issue|matter)"
        r"(?:\s+of\s+(?P<subject>[^,;]{3,80}?))?,\s*(?:including|in\s+particular))"
        r"\s+(?:its\s+)?resolution(?P<many>s)?\s*$"
    ),
    # the latest of its own and others' resolutions on the subject ("all its relevant resolutions, as
    # well as those of the Council ..., including most recently Council resolution 51/31 ... and
    # General Assembly resolution 76/170"): the words before the citation
    "series_latest_among": (
        r"\bits\s+(?:[^\W\d_]+\s+){0,2}resolutions\b[^;]*?,\s*including\s+most\s+recently\b[^;]{0,160}?"
        r"\bGeneral\s+Assembly\s+resolution\s*$"
    ),
    "series_and_previous": (
        r"^\W*(?:of\W+)?(?:on\s+(?:the\s+)?(?P<subject>[^;]{3,200}?)\s*,?\s+)?"
        r"(?:and|as\s+well\s+as)\s+(?:all\s+)?(?:of\s+)?(?:its\s+)?"
        r"(?:(?:other\s+|previous\s+|earlier\s+|prior\s+)+(?:relevant\s+)?resolutions"
        r"(?:\s+on\s+(?:the|this)\s+(?:subject|issue|question|matter)|\s+thereon"
        r"|\s+(?:on|relating\s+to|concerning)\s+(?:the\s+)?(?P<topic>[^,;.]{3,200}?))?"
        r"|relevant\s+resolutions\s+(?:on|relating\s+to|concerning)\s+(?:the\s+)?"
        r"(?P<topic_relevant>[^,;.]{3,200}?))\s*(?:[,;.:]|$)"
    ),
    # a decision a list of resolutions ends with ("... and 75/8 of 23 November 2020 and its
    # decision 71/556 of 8 September 2017,"): no resolution of another subject (series)
    "series_endings": r"(?!)",  # (English words are not declined)
    "series_run_closed": r"(?!)",
    # the words before a title that name the periodic review of its subject ("75/233 ... on the
    # quadrennial comprehensive policy review of <title>"): the review is the series' text of
    # its session (the annual texts skip the sessions of the review)
    "series_review": r"\b(?:quadrennial|triennial)\s+comprehensive\s+policy\s+review\s+of\s+$",
    # the lead of a clause of its own within a paragraph ("..., entitled “...”, as well as its
    # resolution 79/501 ... and its previous resolutions,"): what stands before it is no part
    "series_clause_lead": r"[,;]\s*(?:and\s+)?as\s+well\s+as\s+(?:its\s+)?resolution\s*$",
    # a citation described before it, as Chinese writes it ("附件载有…案文的2007年12月6日第62/68号决议"):
    # no part of the run that follows (series)
    "series_described_before": r"(?!)",
    # a section of a resolution between two citations: its words ("section II of its resolution")
    # are more than a run's joining words already
    "series_section": r"(?!)",
    # what a word may have before it that the title's has not (series): nothing
    "series_prefixes": r"(?!)",
    # a preposition glued to the first word of a subject it leads to: none
    "series_glued": r"(?!)",
    "series_decision_after": (
        r"\band\s+(?:its\s+)?decisions?\s+\d{1,3}/\d{3}(?:\s+[A-Z]\b)?(?:\s+of\b)?"
    ),
    "agenda_defer": (
        r"\bdefer(?:s|red)?\b(?:\s+(?:the\s+)?(?:consideration|examination)\b|\s+a\s+decision\b"
        r"|\s+until\b[^;]{0,120}?\bsession\b[^;:]{0,40}?\b(?:consideration|decisions?)\b)"
    ),
    "sub_item_of": r"\bof\s+the\s+(?:agenda\s+)?item\s+entitled\s*$",
    "entitled": r"\bentitled\s*$",
    "resolution_word": r"\bresolutions?\b",
    "decision_word": r"\bdecisions?\b",
    "sc_word": r"\bSecurity\s+Council\b",
    "rule": r"\brules?\s+(?P<num>\d{1,3})(?P<more>(?:\s*(?:,|and|or)\s*\d{1,3})*)\s+of\s+(?:the|its)\s+(?:provisional\s+)?rules\s+of\s+procedure",
    "charter": (
        r"\bCharter\s+of\s+the\s+United\s+Nations\b"
        r"|\bUnited\s+Nations\s+Charter\b(?!\s+(?:on|for)\b)"
    ),
    "annual": r"\bannual(?:ly)?\b|\beach\s+year\b|\bevery\s+year\b|\bon\s+an\s+annual\s+basis\b",
    "biennial": r"\bbiennial(?:ly)?\b|\bevery\s+(?:two|other)\s+years?\b|\bon\s+a\s+biennial\s+basis\b",
    "triennial": r"\btriennial(?:ly)?\b|\bevery\s+three\s+years\b|\bon\s+a\s+triennial\s+basis\b",
    # a second ask joined by "and", or by the comma alone ("..., encourages all States to ...")
    "conjunction": r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:also\s+|further\s+)?"
    r"(?:,?\s*(?:in\s+th(?:is|at)\s+(?:regard|context|connection)|to\s+th(?:is|at)\s+end"
    # "..., and with regard to the Repertoire calls upon the Secretary-General to ..."
    r"|with\s+regard\s+to\s+(?:the\s+|its\s+)?[\w-]+),?\s+)?",
    # sentence adverbs between a second ask's conjunction and its verb ("and therefore requests"),
    # besides the additives and manner words
    "ask_adverbs": r"therefore|accordingly|thus|hence|consequently|in\s+particular|to\s+that\s+end"
    r"|in\s+th(?:is|at)\s+respect|(?:and\s+)?for\s+th(?:at|is)\s+reason",
    "session_word": r"session",  # a cheap test before the "session" pattern
    "hrc_word": r"\bHuman\s+Rights\s+Council\b",
    # the organ of a citation (analyze/organs.py): named before the citation word or after the
    # number; "ga" last, the others before it
    "organ_hrc": r"\bHuman\s+Rights\s+Council\b|\bCommission\s+on\s+Human\s+Rights\b",
    "organ_ecosoc": r"\bEconomic\s+and\s+Social\s+Council\b",
    "organ_unea": r"\b(?:United\s+Nations\s+)?Environment\s+Assembly\b",
    "organ_other": (
        r"\b(?:(?:United\s+Nations\s+)?Habitat\s+Assembly|World\s+Health\s+Assembly"
        r"|Conference\s+of\s+(?:the\s+)?(?:States\s+)?Parties|Meeting\s+of\s+(?:the\s+)?Parties"
        r"|Assembly\s+of\s+(?:the\s+)?States\s+Parties|Executive\s+Board|Governing\s+(?:Council|Body)"
        r"|General\s+Conference|(?<!International\s)(?<!Law\s)Commission(?!\s+on\s+Human\s+Rights)"
        r"|Council\s+of\s+the\s+International\s+\w+\s+\w+|Assembly\s+of\s+the\s+International\s+\w+\s+\w+)\b"
    ),
    "organ_ga": r"\bGeneral\s+Assembly\b|\bits\s+(?=(?:resolution|decision)s?\b)",
    "organ_ga_possessive": r"its\s*",  # the Assembly's possessive ("its"), not its name
    # a treaty body's text numbered like a Security Council resolution: "general recommendation
    # No. 21 (1992)", "Convention No. 169 (1989)"
    "not_sc": r"(?:\bgeneral\s+(?:recommendations?|comments?)|\bConventions?|\bNos?\.)\s*(?:Nos?\.\s*)?$",
    "list_joiner": r"(?:,\s*(?:and\s+)?|\sand\s+)$",  # the next item of a list of citations
    # a lone paragraph's kind by its last mark, where its words do not say it (Chinese)
    "preambular_end": ",",
    "operative_end": ";.",
    # what a report is on ("subject": the first group that matched), and the words for the
    # present resolution (resolved to its symbol and title)
    "report_subject": r"\b(?!report\s+thereon)(?:reports?|report(?:ing)?\s+(?:to\s+\w+(?:\s+\w+)?\s+)?|inform\s+the\s+(?:General\s+)?Assembly)\b[^;]{0,160}?(?<!Committee)(?<!Council)(?<!Commission)\s(?:on|of|about|concerning|regarding)\s+(?P<subject>(?!the\s+(?:Secretary-General|General\s+Assembly|Committee|Council)\b)[^,;]{4,250})",
    "subject_end": r"\s+(?:to\s+(?:it|the\s+(?:General\s+)?Assembly|the\s+\w+\s+Committee)\b|at\s+its\b|during\s+(?:the|its)\b|in\s+\d{4}\b|by\s+\d{4}\b|under\s+the\s+item\b|no\s+later\s+than\b|for\s+consideration\b|and\s*$|and\s+(?:decides|to\b)|(?:which|that)\s+(?:should|will|would|includes?)\b)",  # where the subject stops: the due session, the item
    "subject_before": "",  # "1": the subject stands before the word report (关于…的报告)
    "present_resolution": r"\b(?:the\s+)?present\s+resolution\b",
    "kind_after": "",  # the citation word after the number (Chinese 第59/50号决议)
    "date_before_citation": "",  # "1": the date of a citation is written before it
    "reordered_numbers": "",  # "1": numbers may be printed reordered (٥٠/٥٩ for 59/50, digits reversed)
    "opening_word": r"\bopen(?:s|ing|ed)?\b|\bcommence",  # a decision on when a session opens
}

# Numbers a paragraph states (compare/numbers.py). Clock times, read as "HH:MM": regexes with
# groups hour, minute and, where the language writes one, part (the part of the day).
CLOCK_TIMES: tuple[str, ...] = (
    # the start of a range in one part of the day: the 1.30 of "from 1.30 to 4.30 p.m."
    r"(?<![\d.,])(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?"
    r"(?=\s+to\s+\d{1,2}(?:[.:]\d{2})?\s*(?P<part>[ap])\.\s?m\.)",
    r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<part>[ap])\.\s?m\.",
    r"(?<=\b[Aa]t )(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\b",
    r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?= and [012]\d{3} hours| hours\b|Z\b)",
)
# The decimal sign: where it is a comma, "14.600 millones" is 14,600 million.
DECIMAL_SIGN = "."
# Amounts with a scale word ("$4.8 million"): the word (a regex, to the word's end), its value.
SCALE_WORDS: tuple[tuple[str, int], ...] = (
    (r"trillion(?!\w)", 10**12),
    (r"billion(?!\w)", 10**9),
    (r"million(?!\w)", 10**6),
)
# Duals of a scale word ("مليوني", two million): a regex and the value.
SCALE_DUALS: tuple[tuple[str, int], ...] = ()
# Numbers written in words ("the 13 steps" against "الخطوات الثلاث عشرة"), 2 and up (one is an
# article in most languages): a comparison does not take a number one version writes in digits
# and another in words for a difference. A word followed by a scale word multiplies ("ten
# thousand"); compounds with a hyphen are read whole ("twenty-one").
_EN_UNITS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_EN_UNITS, 2)},
    **{
        w: i
        for i, w in enumerate(
            ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"], 10
        )
    },
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    **{w: 10 * i for i, w in enumerate(_EN_TENS, 2)},
    **{
        f"{t}-{u}": 10 * i + j
        for i, t in enumerate(_EN_TENS, 2)
        for j, u in enumerate(["one", *_EN_UNITS], 1)
    },
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}
# Whether text from UN PDFs prints the groups of a large number in reverse order.
REVERSED_NUMBER_GROUPS = False
# Month numbers of dates, not numbers of the text (where the month has no name): a regex or "".
NUMERIC_MONTHS = ""

# The search index (registry/tokens.py): the words left out of it (short on purpose, separated
# by spaces) and the Snowball stemmer of the language's words (PyStemmer's name; "" for none).
STOP_WORDS = (
    "a an and are as at be been by for from has have in is it its of on or s t that the "
    "this to was were which with"
)
STEMMER = "english"

# The tables above, as the parser reads them (mypy checks them against LanguageData).
# The words that join a second clause to a paragraph at a line's or a block's start: after the
# items of a paragraph's list ("and its request that all documents ...", "and stresses the importance of their implementation"), or a wrapped line, the paragraph goes on
# (segment/blocks.py, segment/structure.py).
JOINING_PREFIXES: tuple[str, ...] = ("and ", "as well as ")

DATA = LanguageData(
    joining_prefixes=JOINING_PREFIXES,
    code=CODE,
    name=NAME,
    native_name=NATIVE_NAME,
    right_to_left=RIGHT_TO_LEFT,
    phrase_emphasis=PHRASE_EMPHASIS,
    un_job_letter=UN_JOB_LETTER,
    paragraph_endings=PARAGRAPH_ENDINGS,
    ocr_pack=OCR_PACK,
    ocr_script=OCR_SCRIPT,
    ocr_psm=OCR_PSM,
    language_names=LANGUAGE_NAMES,
    months=MONTHS,
    date=DATE,
    date_range_end=DATE_RANGE_END,
    enacting=ENACTING,
    preambular=PREAMBULAR,
    operative=OPERATIVE,
    additives=ADDITIVES,
    modifiers=MODIFIERS,
    preambular_prefixes=PREAMBULAR_PREFIXES,
    unmarked_particles=UNMARKED_PARTICLES,
    capitalized_paragraphs=CAPITALIZED_PARAGRAPHS,
    equivalent_actions=EQUIVALENT_ACTIONS,
    annex_numbers=ANNEX_NUMBERS,
    subitem_letters=SUBITEM_LETTERS,
    function_words=FUNCTION_WORDS,
    final_only_letters=FINAL_ONLY_LETTERS,
    masthead=MASTHEAD,
    session_qualifiers=SESSION_QUALIFIERS,
    analysis=ANALYSIS,
    clock_times=CLOCK_TIMES,
    decimal_sign=DECIMAL_SIGN,
    scale_words=SCALE_WORDS,
    scale_duals=SCALE_DUALS,
    number_words=NUMBER_WORDS,
    reversed_number_groups=REVERSED_NUMBER_GROUPS,
    numeric_months=NUMERIC_MONTHS,
    month_year=MONTH_YEAR,
    stop_words=STOP_WORDS,
    stemmer=STEMMER,
    folded_actions=FOLDED_ACTIONS,
    actions_by_object=ACTIONS_BY_OBJECT,
)
