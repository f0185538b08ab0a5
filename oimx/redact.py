"""Redaction: e-mail addresses and phone numbers replaced by stable hashes.

A hash is ``email:`` or ``phone:`` followed by the 12 hex digits of
``blake2b(KEY, key=SALT, digest_size=6)``, where KEY is the normalised value (the
lower-case address; the E.164 number, else the digits as written with a leading ``+``
when there is one) and SALT the ``--redact-salt`` (default ``oimx``, UTF-8, at most
64 bytes). The same address gives the same hash on every page, in every run and for
every ``--jobs``, so that people can still be counted and joined.

The default salt is public: anyone can hash a known address and look for it. Pass a
secret ``--redact-salt`` before sharing data with people who should not be able to.

What is replaced: each item's ``text`` and ``value``, the addresses and numbers of
``contact.people``, and every occurrence of them in ``title``, ``body``,
``dateline.text`` and ``contact.text``, in any form a phone extractor would read: a
number written differently elsewhere (``00 41 79 123 45 67``, ``(0)79 123 45 67``,
``079 123 45 67`` for ``+41 79 123 45 67``) gets the same hash when its digits end with
the found number's national digits. Any other e-mail address (in every form the
e-mail extractor reads: ``x [at] iom.int``, ``x(at)iom(dot)int``), any number of 8 digits or
more with an international prefix (``+``, ``00``) and any national number of 9 digits or
more with a trunk ``0`` are hashed too. Offsets are kept as
they were, so ``start``/``end`` still point into the original page, but after
redaction an item's ``text`` is no longer ``input[start:end]``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable

import regex

from oimx import rx
from oimx.debris import FORMAT_CHARACTERS
from oimx.text import fold, longest_first, phrase_pattern

DEFAULT_SALT = "oimx"
# (invisible format characters, a soft hyphen or a zero-width space, may stand anywhere inside either)
_EMAIL = rx.compile(rf"[\w{FORMAT_CHARACTERS}.+%-]{{1,64}}@[\w{FORMAT_CHARACTERS}-]{{1,63}}"
                    rf"(?:[{FORMAT_CHARACTERS}]*+\.[\w{FORMAT_CHARACTERS}-]{{1,63}}){{1,8}}")
_FORMAT = rx.compile(rf"[{FORMAT_CHARACTERS}]+")
# what may part the digits of a number: spaces, brackets, dots, slashes, dashes, invisible format characters
_SEPARATORS = rf"[{FORMAT_CHARACTERS} \t\u00a0\u202f()./\-‐‑‒–—]"
# a run of digits that could be a phone number, in the forms the phone extractor reads
_PHONE_LIKE = rx.compile(
    rf"""
    (?<![\w+＋])(?<!(?:phone|email):)      # not inside a word, a longer number or a hash token
    (?:(?P<international>[+＋]|00)[ \t]?   # + (or its full-width form) or 00 before the country code
       (?P<trunk>\(0\)[ \t]?)?             # (0): the trunk prefix written in brackets
       \(?\d(?:{_SEPARATORS}{{0,3}}+\d){{7,}}+  # 8 digits or more, any separators between them
     | (?P<trunk>\(0\)[ \t]?)?             # ("+33/6/…", "+33–6–…": each digit read once)
       \(?\d(?:{_SEPARATORS}{{0,3}}+\d){{7,16}}+)  # 8 to 17 digits
    (?!\w)                                 # not followed by a letter (a word, a hash)
    """,
    regex.VERBOSE,
)
_DIGITS = rx.compile(r"\d")
_NOT_WORD = rx.compile(r"[\W_]+")


def _digits(text: str) -> str:
    """The decimal digits of ``text`` as ASCII ("３３" → "33")."""
    return "".join(str(unicodedata.decimal(d)) for d in _DIGITS.findall(text))


def _hashed(text: str, redactor: Redactor) -> str:
    """The hash of a text found in no table: an address's, else its digits' as a number's (never the text)."""
    return redactor.email(text.casefold()) if "@" in text else redactor.phone(_digits(text))


def _loose(text: str) -> str:
    """A found text's key whatever its spaces, hyphens and dashes: its letters and digits, case-folded."""
    return _NOT_WORD.sub("", text).casefold()


class Redactor:
    """Replaces e-mail addresses and phone numbers in records with stable hashes."""

    def __init__(self, salt: str = DEFAULT_SALT) -> None:
        key = salt.encode("utf-8")
        if len(key) > 64:
            raise ValueError("the salt is longer than 64 bytes")
        self.key = key

    def token(self, kind: str, value: str) -> str:
        """``kind:`` and 12 hex digits for a normalised value."""
        digest = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), key=self.key, digest_size=6)
        return f"{kind}:{digest.hexdigest()}"

    def email(self, address: str) -> str:
        """The hash of an e-mail address (case-insensitive)."""
        return self.token("email", address.strip().lower())

    def phone(self, number: str) -> str:
        """The hash of a phone number: E.164 as is, else its digits (with ``+`` when written)."""
        digits = "".join(_DIGITS.findall(number))
        return self.token("phone", ("+" if number.lstrip().startswith("+") else "") + digits)

    def record(self, rec: dict) -> dict:
        """The record with every e-mail address and phone number hashed (a new dict)."""
        if rec.get("error"):
            return rec
        rec = dict(rec)
        replacements: dict[str, str] = {}
        emails = []
        for item in rec["emails"]:
            token = self.email(item["value"])
            replacements[item["text"]] = replacements[item["value"]] = token
            emails.append({**item, "text": token, "value": token})
        phones = []
        national: dict[str, str] = {}  # national digits of a found number -> its hash
        for item in rec["phones"]:
            token = self.phone(item["value"] or item["text"])
            replacements[item["text"]] = token
            phones.append({**item, "text": token, "value": token})
            digits = _national_digits(item["value"])
            if digits:
                national[digits] = token
        rec["emails"], rec["phones"] = emails, phones
        substitute = _substituter(replacements, self, national)
        rec["title"] = substitute(rec["title"])
        rec["body"] = substitute(rec["body"])
        if rec["dateline"]:
            rec["dateline"] = {**rec["dateline"], "text": substitute(rec["dateline"]["text"])}
        if rec["contact"]:
            contact = rec["contact"]
            people = [
                {**person, "emails": [self.email(e) for e in person["emails"]],
                 "phones": [self.phone(p) for p in person["phones"]]}
                for person in contact["people"]
            ]
            rec["contact"] = {**contact, "text": substitute(contact["text"]), "people": people}
        return rec


def _pattern(text: str) -> str:
    """A pattern for ``text`` that allows any run of white space where it has one (re-joined lines)."""
    return phrase_pattern(fold(text), space=r"\s+")


def _national_digits(e164: str | None) -> str | None:
    """The digits after the country code of an E.164 number (None when too short to recognise)."""
    if not e164:
        return None
    import phonenumbers

    try:
        digits = str(phonenumbers.parse(e164).national_number)
    except phonenumbers.NumberParseException:
        return None
    return digits if len(digits) >= 7 else None


def _hash_addresses(text: str, redactor: Redactor) -> str:
    """Every address the e-mail extractor reads (``x [at] iom.int``, ``x(at)iom(dot)int``…) hashed by its value."""
    from oimx.extract import emails

    parts, done = [], 0
    for start, end, value in emails.every(text):
        parts += [text[done:start], redactor.email(value)]
        done = end
    return "".join(parts) + text[done:]


def _substituter(
    replacements: dict[str, str], redactor: Redactor, national: dict[str, str]
) -> Callable[[str | None], str | None]:
    """A function that replaces the known texts, then any other address or phone-like number, in a string."""
    texts = longest_first(t for t in replacements if t.strip())
    # built from the page's own addresses and numbers: compiled here, never kept in rx's cache on disk
    known = regex.compile("|".join(f"(?:{_pattern(t)})" for t in texts), regex.IGNORECASE) if texts else None
    folded = {_loose(t): token for t, token in replacements.items()}

    def phone(match: regex.Match) -> str:
        digits = _digits(match[0])
        for ending, token in national.items():
            if digits.endswith(ending):
                return token
        if match["international"]:
            return redactor.phone("+" + (digits.removeprefix("00") if match["international"] == "00" else digits))
        if match["trunk"] or (digits.startswith("0") and len(digits) >= 9):
            return redactor.phone(digits)
        return match[0]

    def substitute(text: str | None) -> str | None:
        if not text:
            return text
        if known is not None:
            text = known.sub(lambda m: folded.get(_loose(m[0])) or _hashed(m[0], redactor), text)  # any spacing
        text = _hash_addresses(text, redactor)
        text = _EMAIL.sub(lambda m: redactor.email(_FORMAT.sub("", m[0])), text)
        return _PHONE_LIKE.sub(phone, text)

    return substitute
