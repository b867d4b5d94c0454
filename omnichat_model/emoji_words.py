"""Emoji read as the pt-BR words customers mean by them, before the encoder and the TF-IDF.

The e5 vocabulary cut to English + Portuguese has no emoji: each one became `<unk>`, so "me manda
o boleto 🤬" embedded exactly like a calm request. TF-IDF saw the characters, but only the ones
in the training corpus: a 🤬 never written there taught it nothing. Mapping every common emoji to
the word a customer would have typed ("raiva", "por favor", "obrigado") lets both read the tone
of emoji they were not trained on. Skin-tone and gender modifiers are dropped with their emoji.
"""

from __future__ import annotations

import re
from typing import Final

# Grouped by what the customer means, each group read as the word people type for that tone.
_GROUPS: Final[dict[str, str]] = {
    "raiva": "😡😠🤬😤👿💢🖕",
    "irritado": "😒🙄😑😐😕🤨😬",
    "triste": "😭😢😞😔☹🙁😩😫😖😣😥😰😟🥺💔",
    "decepcionado": "🤦🤷👎",
    "palhaçada": "🤡💩",
    "kkk": "😂🤣😅😆😹",
    "por favor": "🙏",
    "obrigado": "😊🙂😀😃😄😁☺🤗😉",
    "amei": "❤💙💚💜🧡💛🖤🤍😍🥰🤩😘",
    "parabéns": "👏🙌🎉💯⭐🌟🏆",
    "ok": "👍👌✅",
    "urgente": "🚨🆘⚠",
    "demora": "⏰⏳⌛🐢🐌",
}
# Modifiers that only change how an emoji looks: skin tones, variation selectors, the joiner
# and the gender signs of a joined sequence (🤦🏻‍♀️ is one facepalm).
_MODIFIERS: Final = re.compile("[\U0001f3fb-\U0001f3ff\ufe0e\ufe0f]|\u200d[\u2640\u2642]?")


EMOJI_WORDS: Final[dict[str, str]] = {
    symbol: word for word, symbols in _GROUPS.items() for symbol in symbols
}
_EMOJI: Final = re.compile("[" + "".join(EMOJI_WORDS) + "]")


def describe_emoji(text: str) -> str:
    """`text` with each known emoji replaced by its word; other characters unchanged.

    A run of the same emoji ("😡😡😡") reads as the word once per emoji, as typed.
    """
    if text.isascii():  # the common case costs one scan
        return text
    stripped = _MODIFIERS.sub("", text)
    return _EMOJI.sub(lambda m: f" {EMOJI_WORDS[m.group(0)]} ", stripped)
