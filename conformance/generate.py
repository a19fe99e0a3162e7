#!/usr/bin/env python3
"""Writes byline's wire format v1 conformance suite: conformance/v1/.

The files under v1/ are the suite; this script is how they were written, from one valid base
article and a list of mutations. After editing a case here, run `python3 conformance/generate.py`
and commit the changed files. Byline's build checks the committed files, not this script.

Each case is one document. manifest.json lists every case with:
  file          the document, relative to v1/
  valid         whether a conforming reader accepts it
  description   what the case is about
  canonical     (valid cases, optional) the exact compact bytes a byline writer produces for it
  path, rule    (invalid cases) the JSON path of the offending value and the rule id (see "rules")
  schema        (invalid cases) true when the JSON Schema can express the rule, so a schema
                validator rejects the document too; false for the rules listed in the schema's
                description that JSON Schema cannot express (a schema validator accepts it)
  json          (invalid cases, optional) "invalid" when the document is not even valid JSON
                (RFC 8259), so a JSON parser refuses it before any schema is consulted
"""
import copy
import json
import os
import shutil
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "v1")

BASE = {
    "schemaVersion": 1,
    "id": "border-markets-2025-11",
    "locale": "en",
    "title": "Border Markets Before Winter: What Moves Between Termez and Mazar",
    "subtitle": "Trade, fuel and the roads that stay open",
    "slug": "border-markets-before-winter",
    "summary": "Why the crossings matter to traders on both banks of the river.\nA short analysis.",
    "body": {
        "format": "html",
        "content": "<p>Trucks queue at the bridge from before dawn.</p>\n<p>Flour and fuel go south; dried fruit comes north.</p>",
    },
    "status": "published",
    "published": "2025-11-21T09:30:00+05:00",
    "modified": "2025-11-22T08:00:00+05:00",
    "canonicalUrl": "https://caspian.example/en/border-markets-before-winter",
    "authors": [
        {
            "id": "n-rahimova",
            "name": "Nilufar Rahimova",
            "bio": "Writes about trade and transport in Central Asia and Afghanistan.",
            "affiliations": ["Caspian Policy Forum"],
            "expertise": ["Afghanistan", "Trade"],
            "languages": [
                {"language": "uz", "proficiency": "native", "cefr": "C2"},
                {"language": "fa", "proficiency": "fluent", "cefr": "C1"},
                {"language": "ps", "proficiency": "intermediate"},
                {"language": "en", "proficiency": "fluent"},
            ],
            "url": "https://caspian.example/authors/n-rahimova",
            "image": {"url": "https://caspian.example/img/rahimova.jpg", "alt": "Portrait of the author", "width": 400, "height": 400},
            "sameAs": ["https://social.example/@rahimova"],
        }
    ],
    "categories": ["Analysis"],
    "tags": ["Afghanistan", "Uzbekistan", "Trade"],
    "image": {
        "url": "https://caspian.example/img/bridge.jpg",
        "alt": "Trucks on a river bridge at dawn",
        "width": 1200,
        "height": 675,
        "caption": "The crossing in November.",
        "credit": "Caspian Policy Forum",
    },
    "translations": [
        {"locale": "tr", "url": "https://caspian.example/tr/kis-oncesi-sinir-pazarlari", "title": "Kış Öncesi Sınır Pazarları", "slug": "kis-oncesi-sinir-pazarlari"},
        {"locale": "ru", "url": "https://caspian.example/ru/prigranichnye-rynki", "title": "Приграничные рынки перед зимой", "slug": "prigranichnye-rynki"},
    ],
    "related": [
        {
            "title": "Water Quotas on the Amu Darya",
            "url": "https://caspian.example/en/water-quotas",
            "slug": "water-quotas",
            "locale": "en",
            "published": "2025-10-02T12:00:00Z",
            "summary": "Who takes how much, and who decides.",
        }
    ],
}

DRAFT = {
    "schemaVersion": 1,
    "id": "draft-7",
    "locale": "en",
    "title": "Untitled draft",
    "slug": "untitled-draft",
    "body": {"format": "markdown", "content": ""},
    "status": "draft",
}

RULES = {
    "json.syntax": "The document is JSON (RFC 8259) with one value and nothing after it.",
    "json.duplicateKey": "No object has two properties of the same name.",
    "json.loneSurrogate": "No string holds an unpaired surrogate (such as a lone \\uD800 escape).",
    "json.number": "A number is finite and within the range of a decimal.",
    "extensions.depth": "Extension values nest at most 32 levels deep.",
    "type": "A value has the JSON type its property requires; optional values are omitted, never null.",
    "required": "A required property is present (a translation source names its source by id or url).",
    "schemaVersion": "schemaVersion is the number 1.",
    "enum": "A value is one of its enumeration's words (status, body format, proficiency, CEFR level).",
    "integer.range": "An integer (a number with a zero fraction) lies in its range: image width and height 1 to 100000.",
    "integer.fraction": "An integer has no fraction: 1200.5 is not an integer.",
    "text.blank": "Text is not blank: white space and format characters (such as U+200B) alone are blank.",
    "text.control": "Text has no control characters; prose (summary, bio, alt, caption, credit) and body may hold tab, line feed and carriage return.",
    "text.bidi": "Text other than the body has no bidi override or isolate characters (U+202A-U+202E, U+2066-U+2069).",
    "text.noncharacter": "Text has no noncharacters (U+FDD0-U+FDEF, U+FFFE and U+FFFF of every plane).",
    "text.length": "Text is within its length limit, counted in Unicode code points.",
    "list.unique": "List entries are unique (tags, categories, affiliations, expertise, sameAs).",
    "list.uniqueAfterNfc": "List entries are unique after NFC normalization.",
    "list.uniqueBy": "Authors are unique by id, translations by locale, an author's languages by language.",
    "list.size": "A list has at most 1000 entries.",
    "slug": "A slug is segments of lowercase letters, combining marks (not first) and digits of any script, joined by single hyphens or underscores; a zero-width non-joiner only between two letters; at most 200 code points.",
    "languageTag": "A language tag is a well-formed BCP 47 tag with an ISO 639 language of two or three letters, in any case; not und.",
    "languageTag.repeated": "A language tag repeats no variant and no extension singleton.",
    "dateTime": "A date-time is RFC 3339 with an offset (T and Z in either case), offsets within +-18:00, no leap second, a real calendar day.",
    "url": "A URL is an absolute http(s) URL or IRI without user info, with an ASCII host name, IPv4 address or IPv6 literal, valid path, query and fragment characters and percent escapes, at most 2048 code points.",
    "url.idna": "A URL's host is valid under UTS #46 (IDNA) beyond its ASCII syntax.",
    "published.requires": "A published or scheduled article has a published date; a published article has at least one author and a body that is not blank.",
    "cefr.range": "A CEFR level lies in its proficiency's range: native C2, fluent C1-C2, intermediate B1-B2, basic A1-A2.",
    "dates.order": "modified is not before published.",
    "translation.locale": "A translation's locale, and the locale an edition was translated from, differ from the article's.",
    "previousSlug.current": "No previous slug is the current slug (of the article, or of a translation link).",
    "correction.date": "No correction is dated before the article's publication.",
}

cases = []


def set_at(doc, path, value):
    """path: list of keys/indices; value None with delete=True removes."""
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def delete_at(doc, path):
    target = doc
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]


def jpath(path):
    out = "$"
    for key in path:
        out += "[%d]" % key if isinstance(key, int) else "." + key
    return out


def compact(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def valid(name, doc, description, canonical=None):
    cases.append({"name": name, "valid": True, "text": compact(doc) if not isinstance(doc, str) else doc,
                  "description": description, "canonical": canonical})


def invalid(name, doc, path, rule, description, schema=True, json_level=None):
    cases.append({"name": name, "valid": False, "text": compact(doc) if not isinstance(doc, str) else doc,
                  "path": path, "rule": rule, "schema": schema, "description": description, "json": json_level})


def mutate(name, path, value, rule, description, base=BASE, schema=True, error_path=None):
    doc = copy.deepcopy(base)
    set_at(doc, path, value)
    invalid(name, doc, error_path or jpath(path), rule, description, schema)


def removed(name, path, rule, description, base=BASE, error_path=None, schema=True):
    doc = copy.deepcopy(base)
    delete_at(doc, path)
    invalid(name, doc, error_path or jpath(path), rule, description, schema)


def ok(name, path, value, description, base=BASE, canonical_value=None):
    doc = copy.deepcopy(base)
    set_at(doc, path, value)
    canonical = None
    if canonical_value is not None:
        c = copy.deepcopy(base)
        set_at(c, path, canonical_value)
        canonical = compact(c)
    valid(name, doc, description, canonical)


# ---- valid documents ------------------------------------------------------------------------

valid("full-article", BASE, "A published article with every property of every type.", compact(BASE))
valid("minimal-draft", DRAFT, "A draft with only the required properties and an empty body.", compact(DRAFT))
ok("scheduled", ["status"], "scheduled", "A scheduled article with its publication date.")
ok("withdrawn", ["status"], "withdrawn", "A withdrawn article.")
ok("lowercase-t-and-z", ["related", 0, "published"], "2025-10-02t12:00:00z",
   "RFC 3339 allows a lowercase t and z; writers use uppercase.", canonical_value="2025-10-02T12:00:00Z")
ok("offset-plus-18", ["published"], "2025-11-21T09:30:00+18:00", "The largest offset, +18:00.")
ok("offset-minus-18", ["modified"], "2025-11-22T08:00:00-18:00", "The smallest offset, -18:00.")
ok("nanosecond-fraction", ["modified"], "2025-11-22T08:00:00.123456789+05:00", "A fraction of nine digits.")
ok("leap-day", ["related", 0, "published"], "2024-02-29T12:00:00Z", "29 February of a leap year.")
ok("tag-any-case", ["translations", 0, "locale"], "TR-tr",
   "Language tags are case-insensitive; writers use the canonical case.", canonical_value="tr-TR")
ok("tag-extlang", ["translations", 1, "locale"], "zh-yue-HK",
   "An extended language subtag; the canonical form uses the extlang as the language.", canonical_value="yue-HK")
ok("tag-script-region", ["translations", 1, "locale"], "sr-Latn-RS", "Language, script and region.")
ok("tag-un-m49-region", ["translations", 1, "locale"], "es-419", "A UN M.49 numeric region.")
ok("tag-extension", ["translations", 1, "locale"], "fa-IR-u-ca-persian", "A Unicode locale extension.")
ok("tag-private-use", ["translations", 1, "locale"], "en-x-House", "A private use subtag.",
   canonical_value="en-x-house")
ok("tag-three-letter", ["translations", 1, "locale"], "haz", "A three-letter ISO 639-3 code (Hazaragi).")
ok("integer-with-zero-fraction", ["image", "width"], 1200.0,
   "An integer is any number with a zero fraction: 1200.0 is 1200.", canonical_value=1200)
valid("integer-with-exponent", compact(BASE).replace('"height":675', '"height":6.75e2'),
      "6.75e2 is the integer 675.", compact(BASE))
valid("integer-exponent-text", compact(BASE).replace('"width":1200', '"width":1.2E3'),
      "1.2E3 is the integer 1200.", compact(BASE))
valid("schema-version-1-0", compact(BASE).replace('"schemaVersion":1', '"schemaVersion":1.0'),
      "schemaVersion 1.0 equals 1.", compact(BASE))
ok("iri-path", ["canonicalUrl"], "https://caspian.example/fa/بازارهای-مرزی",
   "An IRI: readers accept non-ASCII path characters, writers write the percent-encoded ASCII form.",
   canonical_value="https://caspian.example/fa/" + quote("بازارهای-مرزی", safe="-"))
ok("url-uppercase-scheme-and-host", ["authors", 0, "url"], "HTTPS://CASPIAN.EXAMPLE/authors/n-rahimova",
   "Scheme and host are case-insensitive; they are kept as written.")
ok("url-ipv4-port-query", ["related", 0, "url"], "http://192.0.2.10:8080/en/water-quotas?page=2&sort=new#notes",
   "An IPv4 host, a port, a query and a fragment.")
ok("url-query-brackets", ["related", 0, "url"], "https://caspian.example/search?q[]=trade",
   "Square brackets are allowed in a query.")
ok("url-percent-escapes", ["image", "url"], "https://caspian.example/img/bridge%20at%20dawn.jpg",
   "Percent escapes in a path.")
ok("slug-underscore", ["slug"], "border_markets_before_winter",
   "Slugs may join segments with underscores (the Slugger's separator option).")
ok("slug-persian-zwnj", ["translations", 1, "slug"], "بازارهای-مرزی-می‌رود",
   "A Persian slug with a zero-width non-joiner between two letters.")
ok("slug-cyrillic", ["translations", 1, "slug"], "приграничные-рынки", "A Cyrillic slug.")
ok("slug-devanagari-marks", ["translations", 1, "slug"], "सीमा-बाज़ार", "A Devanagari slug with combining marks.")
ok("slug-other-digits", ["translations", 1, "slug"], "بازار-۱۴۰۴", "Digits of another script.")
ok("slug-decomposed", ["translations", 0, "slug"], "kis-oncesi-sinir-pazarlari-e\u0301",
   "A slug in NFD is read and normalized to NFC.", canonical_value="kis-oncesi-sinir-pazarlari-\u00e9")
ok("title-500-emoji", ["title"], "\U0001F30D" * 500,
   "Lengths count code points: 500 emoji (1000 UTF-16 units) is within the title's 500.")
ok("title-with-inner-format-characters", ["title"], "Border\u00a0Markets \u200dand\u200c Roads",
   "No-break spaces and joiners inside visible text are fine.")
ok("body-with-bidi-and-tabs", ["body", "content"], "<p dir=\"rtl\">\u2067بازار\u2069\tTermez</p>\r\n",
   "The body may hold bidi isolates, tabs and line breaks.")
ok("summary-with-line-breaks", ["summary"], "First line.\r\nSecond line.\tTabbed.",
   "Prose may hold line breaks and tabs.")
ok("cefr-basic-a2", ["authors", 0, "languages", 2], {"language": "ps", "proficiency": "basic", "cefr": "A2"},
   "A CEFR level within its proficiency's range.")
ok("extension-big-integer", ["x-views"], 9007199254740993,
   "An extension number past 2^53 is kept exactly (JavaScript's JSON.parse would round it).")
valid("extension-decimal-trailing-zero", compact(BASE)[:-1] + ',"x-price":1.50}',
      "An extension decimal keeps its scale: 1.50 stays 1.50 (Python's json module would read 1.5).",
      compact(BASE)[:-1] + ',"x-price":1.50}')
ok("extension-object", ["x-review"], {"by": "desk", "notes": [1, "two", None, True, {"deep": []}]},
   "Extensions hold any JSON value and are written back unchanged.")
ok("extension-null", ["x-hidden"], None, "An extension may be null (only known optional properties may not).")
ok("author-two-sameas", ["authors", 0, "sameAs"], ["https://social.example/@rahimova", "https://other.example/rahimova"],
   "Several sameAs links.")

# ---- invalid: JSON level -----------------------------------------------------------------------

text = compact(BASE)
invalid("trailing-tokens", text + " {}", "$", "json.syntax", "A second value after the document.", json_level="invalid")
invalid("truncated", text[:200], "$", "json.syntax", "The document ends in the middle.", json_level="invalid")
invalid("duplicate-key-root", text[:-1] + ',"title":"Again"}', "$.title", "json.duplicateKey",
        "The article's title appears twice.", schema=False)
invalid("duplicate-key-author", text.replace('"name":"Nilufar Rahimova"', '"name":"Nilufar Rahimova","name":"N. R."'),
        "$.authors[0].name", "json.duplicateKey", "An author's name appears twice.", schema=False)
invalid("duplicate-key-extension", text[:-1] + ',"x-a":{"k":1,"k":2}}', "$.x-a.k", "json.duplicateKey",
        "A key appears twice inside an extension.", schema=False)
invalid("lone-surrogate-title", text.replace('"title":"Border', '"title":"\\ud800Border'), "$.title",
        "json.loneSurrogate", "An unpaired high surrogate in the title.", schema=False)
invalid("lone-surrogate-extension", text[:-1] + ',"x-a":["\\udc00"]}', "$.x-a[0]", "json.loneSurrogate",
        "An unpaired low surrogate in an extension.", schema=False)
invalid("number-beyond-decimal", text[:-1] + ',"x-a":1e999999999999}', "$.x-a", "json.number",
        "An extension number whose exponent no decimal holds.", schema=False)
deep = "[" * 33 + "]" * 33
invalid("extension-too-deep", text[:-1] + ',"x-a":' + deep + "}", "$.x-a" + "[0]" * 31, "extensions.depth",
        "An extension value nested 33 levels deep.", schema=False)

# ---- invalid: types and required ------------------------------------------------------------

mutate("null-optional", ["subtitle"], None, "type", "An optional property given as null.")
mutate("title-number", ["title"], 42, "type", "A title that is a number.")
mutate("tags-string", ["tags"], "Trade", "type", "A list given as a string.")
mutate("null-in-list", ["tags"], ["Trade", None], "type", "A null inside a list.", error_path="$.tags[1]")
mutate("author-string", ["authors"], ["Nilufar Rahimova"], "type", "An author given as a string.",
       error_path="$.authors[0]")
mutate("body-string", ["body"], "<p>Text</p>", "type", "The body given as a string.")
mutate("width-string", ["image", "width"], "1200", "type", "A width given as a string.")
mutate("published-number", ["published"], 1700000000, "type", "A date given as a number.")
for prop in ["schemaVersion", "id", "locale", "title", "slug", "body", "status"]:
    removed("missing-" + prop, [prop], "required" if prop != "schemaVersion" else "required",
            "The article's required property %s is missing." % prop)
removed("missing-body-content", ["body", "content"], "required", "The body has no content.")
removed("missing-body-format", ["body", "format"], "required", "The body has no format.")
removed("missing-author-name", ["authors", 0, "name"], "required", "An author without a name.")
removed("missing-author-id", ["authors", 0, "id"], "required", "An author without an id.")
removed("missing-skill-proficiency", ["authors", 0, "languages", 0, "proficiency"], "required",
        "A language without a proficiency.")
removed("missing-image-url", ["image", "url"], "required", "An image without a URL.")
removed("missing-translation-url", ["translations", 0, "url"], "required", "A translation without a URL.")
removed("missing-translation-locale", ["translations", 0, "locale"], "required", "A translation without a locale.")
removed("missing-related-title", ["related", 0, "title"], "required", "A related post without a title.")

# ---- invalid: schema version, enumerations, integers ----------------------------------------

mutate("schema-version-2", ["schemaVersion"], 2, "schemaVersion", "A future version of the format.")
mutate("schema-version-string", ["schemaVersion"], "1", "type", "schemaVersion as a string.")
mutate("schema-version-fraction", ["schemaVersion"], 1.5, "type", "schemaVersion 1.5.")
mutate("status-capitalized", ["status"], "Published", "enum", "Status words are lowercase.")
mutate("status-unknown", ["status"], "archived", "enum", "A status that does not exist.")
mutate("body-format-unknown", ["body", "format"], "rtf", "enum", "A body format that does not exist.")
mutate("proficiency-unknown", ["authors", 0, "languages", 0, "proficiency"], "expert", "enum", "A proficiency that does not exist.")
mutate("cefr-unknown", ["authors", 0, "languages", 0, "cefr"], "D1", "enum", "A CEFR level that does not exist.")
mutate("cefr-lowercase", ["authors", 0, "languages", 0, "cefr"], "c2", "enum", "CEFR levels are uppercase.")
mutate("width-zero", ["image", "width"], 0, "integer.range", "A width of 0.")
mutate("width-negative", ["image", "width"], -1, "integer.range", "A negative width.")
mutate("width-too-large", ["image", "width"], 100001, "integer.range", "A width past 100000.")
invalid("height-exponent-too-large", compact(BASE).replace('"height":675', '"height":1e6'), "$.image.height",
        "integer.range", "A height of 1e6 (an integer, out of range).")
mutate("width-beyond-int", ["image", "width"], 4294967297, "integer.range", "A width past any 32-bit integer.")
mutate("width-fraction", ["image", "width"], 1200.5, "integer.fraction", "A width of 1200.5.", error_path="$.image.width")
mutate("author-image-width-fraction", ["authors", 0, "image", "width"], 0.5, "integer.fraction", "A width of 0.5.")

# ---- invalid: text --------------------------------------------------------------------------

TEXT_FIELDS = [
    (["title"], "title"), (["subtitle"], "subtitle"), (["id"], "id"), (["authors", 0, "name"], "author name"),
    (["tags", 0], "tag"), (["translations", 0, "title"], "translation title"), (["related", 0, "title"], "related title"),
    (["authors", 0, "affiliations", 0], "affiliation"),
]
for path, label in TEXT_FIELDS:
    key = label.replace(" ", "-")
    mutate(key + "-zero-width-space-only", path, "\u200b", "text.blank", "A %s that is only a zero-width space." % label)
    mutate(key + "-control", path, "Border\u0007Markets", "text.control", "A %s with a bell character." % label)
mutate("title-empty", ["title"], "", "text.blank", "An empty title.")
mutate("title-spaces-only", ["title"], "  \u00a0\u3000 ", "text.blank", "A title of spaces of several kinds.")
mutate("title-bidi-marks-only", ["title"], "\u200f\u200e", "text.blank", "A title of bidi marks only.")
mutate("title-line-feed", ["title"], "Border\nMarkets", "text.control", "A line break in one-line text.")
mutate("title-tab", ["title"], "Border\tMarkets", "text.control", "A tab in one-line text.")
mutate("title-del", ["title"], "Border\u007fMarkets", "text.control", "DEL in a title.")
mutate("title-c1-control", ["title"], "Border\u0085Markets", "text.control", "A C1 control (NEL) in a title.")
mutate("title-bidi-override", ["title"], "Border \u202eMarkets", "text.bidi", "A right-to-left override in a title.")
mutate("name-bidi-isolate", ["authors", 0, "name"], "\u2067Nilufar\u2069", "text.bidi", "Bidi isolates in a name.")
mutate("summary-bidi-embedding", ["summary"], "Why \u202bthe crossings\u202c matter.", "text.bidi", "A bidi embedding in a summary.")
mutate("title-noncharacter-fdd0", ["title"], "Border \ufdd0Markets", "text.noncharacter", "U+FDD0 in a title.")
mutate("title-noncharacter-fffe", ["title"], "Border \ufffeMarkets", "text.noncharacter", "U+FFFE in a title.")
mutate("title-noncharacter-1fffe", ["title"], "Border \U0001fffeMarkets", "text.noncharacter", "U+1FFFE in a title.")
mutate("title-noncharacter-10ffff", ["title"], "Border \U0010ffffMarkets", "text.noncharacter", "U+10FFFF in a title.")
mutate("tag-noncharacter-efffe", ["tags", 1], "Uzbek\U000efffe", "text.noncharacter", "U+EFFFE in a tag.")
mutate("body-noncharacter", ["body", "content"], "<p>Trucks\ufdef</p>", "text.noncharacter", "U+FDEF in the body.")
mutate("body-nul", ["body", "content"], "<p>Tru\u0000cks</p>", "text.control", "NUL in the body.")
mutate("body-vertical-tab", ["body", "content"], "<p>Tru\u000bcks</p>", "text.control", "A vertical tab in the body.")
mutate("summary-blank", ["summary"], " \n\t ", "text.blank", "A summary of white space.")
mutate("summary-control", ["summary"], "Why\u0001 the crossings matter.", "text.control", "A control character in a summary.")
mutate("bio-form-feed", ["authors", 0, "bio"], "Writes about\u000c trade.", "text.control", "A form feed in a biography.")
mutate("caption-noncharacter", ["image", "caption"], "The crossing\uffff", "text.noncharacter", "U+FFFF in a caption.")
mutate("alt-blank", ["image", "alt"], "\u2060", "text.blank", "Alt text of a word joiner only.")
mutate("credit-line-separator-only", ["image", "credit"], "\u2028", "text.blank", "A credit of a line separator only.")
mutate("title-501", ["title"], "t" * 501, "text.length", "A title of 501 characters.")
mutate("title-501-emoji", ["title"], "\U0001F30D" * 501, "text.length", "A title of 501 emoji (501 code points).")
mutate("id-201", ["id"], "i" * 201, "text.length", "An id of 201 characters.")
mutate("name-301", ["authors", 0, "name"], "n" * 301, "text.length", "An author name of 301 characters.")
mutate("tag-201", ["tags", 0], "t" * 201, "text.length", "A tag of 201 characters.")
mutate("caption-5001", ["image", "caption"], "c" * 5001, "text.length", "A caption of 5001 characters.")
mutate("summary-10001", ["summary"], "s" * 10001, "text.length", "A summary of 10001 characters.")
mutate("body-blank-when-published", ["body", "content"], " \n\u200b ", "published.requires",
       "A published article's body that is blank.")
mutate("body-empty-when-published", ["body", "content"], "", "published.requires", "A published article's empty body.")

# ---- invalid: lists ---------------------------------------------------------------------------

mutate("tags-repeated", ["tags"], ["Trade", "Trade"], "list.unique", "The same tag twice.", error_path="$.tags[1]")
mutate("affiliations-repeated", ["authors", 0, "affiliations"], ["Caspian Policy Forum", "Caspian Policy Forum"],
       "list.unique", "The same affiliation twice.", error_path="$.authors[0].affiliations[1]")
mutate("sameas-repeated", ["authors", 0, "sameAs"], ["https://social.example/@r", "https://social.example/@r"],
       "list.unique", "The same sameAs link twice.", error_path="$.authors[0].sameAs[1]")
mutate("tags-repeated-after-nfc", ["tags"], ["Caf\u00e9", "Cafe\u0301"], "list.uniqueAfterNfc",
       "Two tags that are equal after NFC.", schema=False, error_path="$.tags[1]")
mutate("sameas-repeated-as-urls", ["authors", 0, "sameAs"], ["https://social.example/@r", "HTTPS://SOCIAL.EXAMPLE/@r"],
       "list.uniqueAfterNfc", "Two sameAs links that are equal as URLs (scheme and host are case-insensitive).",
       schema=False, error_path="$.authors[0].sameAs[1]")
mutate("authors-repeated-id", ["authors"], [BASE["authors"][0], {"id": "n-rahimova", "name": "Another Name"}],
       "list.uniqueBy", "Two authors with the same id.", schema=False, error_path="$.authors[1].id")
mutate("translations-repeated-locale", ["translations", 1, "locale"], "tr", "list.uniqueBy",
       "Two translations in the same language.", schema=False)
mutate("languages-repeated", ["authors", 0, "languages", 1, "language"], "uz", "list.uniqueBy",
       "An author's language named twice.", schema=False)
mutate("tags-1001", ["tags"], ["t%d" % i for i in range(1001)], "list.size", "1001 tags.", error_path="$.tags[1000]")
mutate("authors-empty-when-published", ["authors"], [], "published.requires", "A published article with an empty author list.")
removed("authors-missing-when-published", ["authors"], "published.requires", "A published article without authors.")
removed("published-missing-when-published", ["published"], "published.requires",
        "A published article without a publication date.")
doc = copy.deepcopy(BASE)
doc["status"] = "scheduled"
del doc["published"]
del doc["modified"]
invalid("published-missing-when-scheduled", doc, "$.published", "published.requires",
        "A scheduled article without a publication date.")

# ---- invalid: CEFR ---------------------------------------------------------------------------

for i, (prof, level) in enumerate([("native", "C1"), ("fluent", "B2"), ("intermediate", "C1"), ("intermediate", "A2"),
                                   ("basic", "B1")]):
    mutate("cefr-%s-%s" % (prof, level.lower()), ["authors", 0, "languages", 0],
           {"language": "uz", "proficiency": prof, "cefr": level}, "cefr.range",
           "CEFR %s with proficiency %s." % (level, prof), error_path="$.authors[0].languages[0].cefr")

# ---- invalid: language tags ------------------------------------------------------------------

for name, tag in [("und", "und"), ("und-uppercase", "UND"), ("und-script", "und-Latn"), ("underscore", "en_US"),
                  ("one-letter", "e"), ("word", "english"), ("four-letters", "engl"), ("empty", ""),
                  ("private-use-only", "x-private"), ("grandfathered-irregular", "i-klingon"),
                  ("three-letter-variant", "en-GB-oed"), ("empty-subtag", "en--US"), ("trailing-hyphen", "en-US-"),
                  ("two-scripts", "en-Latn-Cyrl"), ("four-extlangs", "zh-abc-def-ghi-jkl"),
                  ("lone-singleton", "en-a"), ("non-ascii", "fä")]:
    mutate("tag-" + name, ["translations", 0, "locale"], tag, "languageTag", "The language tag %r." % tag)
mutate("tag-skill-und", ["authors", 0, "languages", 0, "language"], "und", "languageTag", "An author's language und.")
mutate("tag-related-number", ["related", 0, "locale"], 7, "type", "A language tag as a number.")
mutate("tag-repeated-variant", ["translations", 0, "locale"], "sl-rozaj-rozaj", "languageTag.repeated",
       "A variant repeated.", schema=False)
mutate("tag-repeated-singleton", ["translations", 0, "locale"], "en-a-bbb-a-ccc", "languageTag.repeated",
       "An extension singleton repeated (Java's Locale would drop the second).", schema=False)
mutate("translation-in-article-locale", ["translations", 0, "locale"], "EN", "translation.locale",
       "A translation in the article's own language.", schema=False)

# ---- invalid: date-times ---------------------------------------------------------------------

for name, value in [("no-offset", "2025-11-21T09:30:00"), ("offset-19", "2025-11-21T09:30:00+19:00"),
                    ("offset-18-01", "2025-11-21T09:30:00+18:01"), ("offset-minus-18-30", "2025-11-21T09:30:00-18:30"),
                    ("leap-second", "2016-12-31T23:59:60Z"), ("hour-24", "2025-11-21T24:00:00Z"),
                    ("day-32", "2025-11-32T09:30:00Z"), ("month-13", "2025-13-01T09:30:00Z"),
                    ("february-30", "2024-02-30T09:30:00Z"), ("february-29-common-year", "2025-02-29T09:30:00Z"),
                    ("space-separator", "2025-11-21 09:30:00Z"), ("no-seconds", "2025-11-21T09:30Z"),
                    ("ten-digit-fraction", "2025-11-21T09:30:00.1234567891Z"), ("date-only", "2025-11-21"),
                    ("word", "yesterday"), ("offset-without-colon", "2025-11-21T09:30:00+0500"),
                    ("two-digit-year", "25-11-21T09:30:00Z")]:
    mutate("date-" + name, ["related", 0, "published"], value, "dateTime", "The date-time %r." % value)
mutate("modified-before-published", ["modified"], "2025-11-20T08:00:00+05:00", "dates.order",
       "Modified before published.", schema=False)

# ---- invalid: URLs ---------------------------------------------------------------------------

for name, value in [("relative", "/en/border-markets"), ("ftp", "ftp://caspian.example/file"),
                    ("mailto", "mailto:desk@caspian.example"), ("javascript", "javascript:alert(1)"),
                    ("credentials", "https://user:secret@caspian.example/en/x"), ("no-host", "https:///en/x"),
                    ("scheme-only", "https://"), ("host-underscore", "https://my_site.example/en/x"),
                    ("host-space", "https://caspian .example/en/x"), ("host-leading-hyphen", "https://-caspian.example/x"),
                    ("host-label-64", "https://" + "a" * 64 + ".example/x"), ("host-empty-label", "https://caspian..example/x"),
                    ("host-non-ascii", "https://bücher.example/x"), ("bad-escape", "https://caspian.example/a%zz"),
                    ("short-escape", "https://caspian.example/a%4"), ("space-in-path", "https://caspian.example/a b"),
                    ("pipe-in-path", "https://caspian.example/a|b"), ("bracket-in-path", "https://caspian.example/a[1]"),
                    ("quote-in-path", "https://caspian.example/a\"b"), ("angle-in-query", "https://caspian.example/a?b<c"),
                    ("two-fragments", "https://caspian.example/a#b#c"), ("tab", "https://caspian.example/a\tb"),
                    ("bidi-override", "https://caspian.example/a\u202eb"), ("no-break-space", "https://caspian.example/a\u00a0b"),
                    ("backslash", "https://caspian.example\\en\\x"), ("bad-port", "https://caspian.example:80a/x"),
                    ("too-long", "https://caspian.example/" + "p" * 2025)]:
    mutate("url-" + name, ["canonicalUrl"], value, "url", "The URL %r." % (value if len(value) < 80 else value[:40] + "..."))
mutate("url-image-relative", ["image", "url"], "bridge.jpg", "url", "A relative image URL.")
mutate("url-sameas-relative", ["authors", 0, "sameAs", 0], "@rahimova", "url", "A sameAs that is not a URL.")
mutate("url-translation-ftp", ["translations", 1, "url"], "ftp://caspian.example/ru", "url", "A translation on ftp.")
mutate("url-hyphens-3-4", ["related", 0, "url"], "https://ab--cd.example/x", "url.idna",
       "A host label with hyphens in the third and fourth places (reserved by IDNA).", schema=False)
mutate("url-bad-punycode", ["related", 0, "url"], "https://xn--a.example/x", "url.idna",
       "A host label whose xn-- form is not valid Punycode.", schema=False)

# ---- invalid: slugs --------------------------------------------------------------------------

for name, value in [("uppercase", "Border-markets"), ("space", "border markets"), ("double-hyphen", "border--markets"),
                    ("leading-hyphen", "-border"), ("trailing-hyphen", "border-"), ("leading-underscore", "_border"),
                    ("mixed-separators", "border-_markets"), ("dot", "border.markets"), ("empty", ""),
                    ("too-long", "s" * 201), ("uppercase-cyrillic", "Москва"), ("mark-first", "\u0301border"),
                    ("zwnj-first", "\u200cبازار"), ("zwnj-after-digit", "بازار۱\u200cمرز"), ("zwnj-before-hyphen", "بازار\u200c-مرز"),
                    ("emoji", "border-\U0001F30D"), ("titlecase-letter", "\u01c5ungla"), ("apostrophe", "it's"),
                    ("slash", "en/border")]:
    mutate("slug-" + name, ["slug"], value, "slug", "The slug %r." % value)
mutate("slug-translation-space", ["translations", 0, "slug"], "kis oncesi", "slug", "A translation slug with a space.")

# ---- invalid: a line break at the very end (which "$" in Java's and Python's regexes lets through)

mutate("title-trailing-line-feed", ["title"], "Border Markets\n", "text.control", "A title ending in a line feed.")
mutate("title-trailing-next-line", ["title"], "Border Markets\u0085", "text.control", "A title ending in NEL (U+0085).")
mutate("slug-trailing-line-feed", ["slug"], "border-markets\n", "slug", "A slug ending in a line feed.")
mutate("tag-trailing-line-feed", ["translations", 0, "locale"], "tr\n", "languageTag", "A language tag ending in a line feed.")
mutate("date-trailing-line-feed", ["related", 0, "published"], "2025-10-02T12:00:00Z\n", "dateTime",
       "A date-time ending in a line feed.")
mutate("url-trailing-line-feed", ["canonicalUrl"], "https://caspian.example/en/x\n", "url", "A URL ending in a line feed.")
mutate("url-trailing-line-separator", ["canonicalUrl"], "https://caspian.example/en/x\u2028", "url",
       "A URL ending in a line separator (U+2028).")

# ---- translation provenance, slug history, corrections ------------------------------------------

def translated_base():
    keys = list(BASE)
    tr = {}
    for k in keys:
        tr[k] = copy.deepcopy(BASE[k])
        if k == "slug":
            tr["previousSlugs"] = ["sinir-pazarlari"]
        if k == "image":
            tr["translationOf"] = {
                "locale": "en", "id": "border-markets-2025-11",
                "url": "https://caspian.example/en/border-markets-before-winter",
                "sourceModified": "2025-11-22T08:00:00+05:00", "method": "machine-reviewed",
                "translators": [{"name": "Leyla Aydın", "type": "person", "authorId": "l-aydin"},
                                {"name": "Örnek Çeviri", "type": "organization"}]}
    tr["id"] = "border-markets-2025-11-tr"
    tr["locale"] = "tr"
    tr["title"] = "Kış Öncesi Sınır Pazarları"
    tr["slug"] = "kis-oncesi-sinir-pazarlari"
    tr["canonicalUrl"] = "https://caspian.example/tr/kis-oncesi-sinir-pazarlari"
    tr["translations"] = [
        {"locale": "en", "url": "https://caspian.example/en/border-markets-before-winter", "title": "Border Markets Before Winter",
         "slug": "border-markets-before-winter", "previousSlugs": ["border-markets"], "method": "human"},
        {"locale": "ru", "url": "https://caspian.example/ru/prigranichnye-rynki", "method": "machine",
         "sourceModified": "2025-11-21T09:30:00+05:00"}]
    tr["corrections"] = [{"date": "2025-11-23T10:00:00+05:00", "text": "An earlier version gave the wrong date for the reopening."}]
    return tr


TRB = translated_base()
valid("translated-edition", TRB, "A machine-translated, reviewed edition with translators, previous slugs, "
      "translation links with method and source time, and a correction.", compact(TRB))
ok("translation-source-url-only", ["translationOf"], {"locale": "en", "url": "https://caspian.example/en/x", "method": "human"},
   "A source named by URL alone.", base=TRB)
ok("translator-without-type", ["translationOf", "translators"], [{"name": "Leyla Aydın"}],
   "A translator without a type is a person.", base=TRB,
   canonical_value=[{"name": "Leyla Aydın", "type": "person"}])
mutate("method-unknown", ["translationOf", "method"], "ai", "enum", "A translation method that does not exist.", base=TRB)
mutate("link-method-unknown", ["translations", 1, "method"], "Machine", "enum", "Method words are lowercase.", base=TRB)
removed("translation-source-without-method", ["translationOf", "method"], "required", "A source without a method.",
        base=TRB)
removed("translation-source-without-locale", ["translationOf", "locale"], "required", "A source without a locale.",
        base=TRB)
mutate("translation-source-without-id-or-url", ["translationOf"], {"locale": "en", "method": "machine"}, "required",
       "A source named neither by id nor by URL.", base=TRB, error_path="$.translationOf.url")
mutate("translation-source-bad-url", ["translationOf", "url"], "/en/x", "url", "A relative source URL.", base=TRB)
mutate("translation-source-bad-date", ["translationOf", "sourceModified"], "2025-11-22", "dateTime",
       "A source time without a time.", base=TRB)
mutate("translation-source-own-locale", ["translationOf", "locale"], "tr", "translation.locale",
       "An edition translated from its own language.", base=TRB, schema=False)
mutate("translator-blank-name", ["translationOf", "translators", 0, "name"], " ", "text.blank", "A translator's blank name.",
       base=TRB)
removed("translator-without-name", ["translationOf", "translators", 0, "name"], "required", "A translator without a name.",
        base=TRB)
mutate("translator-type-unknown", ["translationOf", "translators", 1, "type"], "agency", "enum",
       "A translator type that does not exist.", base=TRB)
mutate("link-source-time-bad", ["translations", 1, "sourceModified"], "2025-11-21T09:30:00+25:00", "dateTime",
       "A link's source time with an impossible offset.", base=TRB)
mutate("previous-slug-invalid", ["previousSlugs", 0], "Sinir Pazarlari", "slug", "A previous slug that is not a slug.",
       base=TRB)
mutate("previous-slugs-repeated", ["previousSlugs"], ["sinir", "sinir"], "list.unique", "A previous slug twice.",
       base=TRB, error_path="$.previousSlugs[1]")
mutate("previous-slug-is-current", ["previousSlugs"], ["kis-oncesi-sinir-pazarlari"], "previousSlug.current",
       "The current slug listed as a previous one.", base=TRB, schema=False, error_path="$.previousSlugs[0]")
mutate("link-previous-slug-is-current", ["translations", 0, "previousSlugs"], ["border-markets-before-winter"],
       "previousSlug.current", "A link's current slug listed as a previous one.", base=TRB, schema=False,
       error_path="$.translations[0].previousSlugs[0]")
removed("correction-without-text", ["corrections", 0, "text"], "required", "A correction without text.", base=TRB)
mutate("correction-blank", ["corrections", 0, "text"], "\u200b", "text.blank", "A blank correction.", base=TRB)
mutate("correction-control", ["corrections", 0, "text"], "Wrong\u0007date.", "text.control",
       "A control character in a correction.", base=TRB)
mutate("correction-bad-date", ["corrections", 0, "date"], "23 November 2025", "dateTime", "A correction dated in words.",
       base=TRB)
mutate("correction-before-published", ["corrections", 0, "date"], "2025-11-20T10:00:00+05:00", "correction.date",
       "A correction dated before the article was published.", base=TRB, schema=False)
mutate("correction-too-long", ["corrections", 0, "text"], "c" * 5001, "text.length", "A correction of 5001 characters.",
       base=TRB)

# ---- write ------------------------------------------------------------------------------------

names = [c["name"] for c in cases]
assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
for rule in {c["rule"] for c in cases if not c["valid"]}:
    assert rule in RULES, rule

if os.path.exists(OUT):
    shutil.rmtree(OUT)
os.makedirs(os.path.join(OUT, "valid"))
os.makedirs(os.path.join(OUT, "invalid"))
os.makedirs(os.path.join(OUT, "canonical"))
manifest_cases = []
for c in cases:
    folder = "valid" if c["valid"] else "invalid"
    file = "%s/%s.json" % (folder, c["name"])
    with open(os.path.join(OUT, file), "w", encoding="utf-8", newline="") as f:
        f.write(c["text"])
    entry = {"name": c["name"], "file": file, "valid": c["valid"], "description": c["description"]}
    if c["valid"]:
        if c["canonical"] is not None:
            cfile = "canonical/%s.json" % c["name"]
            with open(os.path.join(OUT, cfile), "w", encoding="utf-8", newline="") as f:
                f.write(c["canonical"])
            entry["canonical"] = cfile
    else:
        entry.update({"path": c["path"], "rule": c["rule"], "schema": c["schema"]})
        if c["json"]:
            entry["json"] = c["json"]
    manifest_cases.append(entry)

manifest = {
    "format": "byline article, wire format v1",
    "schema": "https://byline.dev/schema/article-v1.json",
    "description": "Conformance cases for byline's JSON wire format v1. A conforming reader accepts every valid "
                   "document and refuses every invalid one, naming the JSON path and the rule. A JSON Schema 2020-12 "
                   "validator with format assertions on, given byline's schema, accepts every valid document and "
                   "every invalid one whose 'schema' is false, and refuses the others.",
    "rules": RULES,
    "cases": manifest_cases,
}
with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("%d cases: %d valid, %d invalid (%d beyond JSON Schema)" % (
    len(cases), sum(c["valid"] for c in cases), sum(not c["valid"] for c in cases),
    sum((not c["valid"]) and not c["schema"] for c in cases)))
