// src/quotes/data/marks.ts
var QUOTE_MARKS = [
  { mark: "\u201E", family: "double", behaviour: "open", apostrophe: false },
  // „
  { mark: "\u201C", family: "double", behaviour: "close-or-open", apostrophe: false },
  // “
  { mark: "\u201D", family: "double", behaviour: "close", apostrophe: false },
  // ”
  { mark: "\u201F", family: "double", behaviour: "open", apostrophe: false },
  // ‟
  { mark: '"', family: "double", behaviour: "straight", apostrophe: false },
  { mark: "\uFF02", family: "double", behaviour: "straight", apostrophe: false },
  // ＂
  { mark: "\u201A", family: "single", behaviour: "open", apostrophe: false },
  // ‚
  { mark: "\u2018", family: "single", behaviour: "close-or-open", apostrophe: false },
  // ‘
  { mark: "\u2019", family: "single", behaviour: "close", apostrophe: true },
  // ’
  { mark: "'", family: "single", behaviour: "straight", apostrophe: true },
  { mark: "\xAB", family: "guillemet", behaviour: "guillemet-left", apostrophe: false },
  // «
  { mark: "\xBB", family: "guillemet", behaviour: "guillemet-right", apostrophe: false },
  // »
  { mark: "\u2039", family: "single-guillemet", behaviour: "guillemet-left", apostrophe: false },
  // ‹
  { mark: "\u203A", family: "single-guillemet", behaviour: "guillemet-right", apostrophe: false }
  // ›
];
var QUOTE_MARK_BY_CODE = new Map(
  QUOTE_MARKS.map((entry) => [entry.mark.charCodeAt(0), entry])
);
var OPENING_PUNCTUATION = "([{<\u2013\u2014-/:";
var CLOSING_PUNCTUATION = ".,;:!?)]}>\u2013\u2014-/\u2026";

// src/quotes/pair-marks.ts
var isSpaceCode = (code) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 8239 || code === 8201 || code === 12;
var LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
var MARK_SCAN = /["'\u00AB\u00BB\u2018\u2019\u201A\u201C\u201D\u201E\u201F\u2039\u203A\uFF02\n]/g;
function isWordCode(code) {
  if (code < 192) return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 170 || code === 181 || code === 186;
  if (code < 8192) return code !== 215 && code !== 247;
  if (code < 8304) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}
var isWordChar = (char) => char !== "" && isWordCode(char.charCodeAt(0));
function opensHere(text, index) {
  const next = text.charCodeAt(index + 1);
  if (Number.isNaN(next) || isSpaceCode(next)) return false;
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  if (isSpaceCode(prev)) return true;
  const prevChar = text[index - 1] ?? "";
  return OPENING_PUNCTUATION.includes(prevChar) || QUOTE_MARK_BY_CODE.has(prev);
}
function closesHere(text, index) {
  if (index === 0) return false;
  const prev = text.charCodeAt(index - 1);
  if (isSpaceCode(prev)) return false;
  const next = text.charCodeAt(index + 1);
  if (Number.isNaN(next) || isSpaceCode(next)) return true;
  const nextChar = text[index + 1] ?? "";
  return CLOSING_PUNCTUATION.includes(nextChar) || QUOTE_MARK_BY_CODE.has(next);
}
function isApostrophe(text, index) {
  const prev = text[index - 1] ?? "";
  const next = text[index + 1] ?? "";
  if (isWordChar(prev) && isWordChar(next)) return true;
  if (isWordChar(next) && !isWordChar(text[index + 2] ?? "")) return true;
  if (isWordChar(next) && isWordChar(text[index + 2] ?? "") && !isWordChar(text[index + 3] ?? "") && /^(?:ne|em|nen|ne)$/i.test(text.slice(index + 1, index + 3))) return true;
  return false;
}
function directionOf(entry, text, index, hasOpen, style) {
  const opens = opensHere(text, index);
  const closes = closesHere(text, index);
  switch (entry.behaviour) {
    case "open":
      return "open";
    case "close-or-open":
      if (hasOpen && (style.lowNineCloses || closes || !opens)) return "close";
      if (entry.family === "single" && isApostrophe(text, index)) return "none";
      if (opens) return "open";
      return "none";
    case "close":
      if (entry.apostrophe && isApostrophe(text, index)) return "none";
      if (hasOpen && (closes || !opens)) return "close";
      if (!hasOpen && opens && !closes && !entry.apostrophe) return "open";
      return "none";
    case "straight":
      if (entry.apostrophe) {
        if (isApostrophe(text, index)) return "none";
        if (hasOpen && closes) return "close";
        if (opens && !isWordChar(text[index - 1] ?? "")) return "open";
        return "none";
      }
      if (hasOpen && closes) return "close";
      if (opens) return "open";
      if (hasOpen) return "close";
      return "none";
    case "guillemet-left": {
      const leftOpens = !style.rightGuillemetOpens;
      if (leftOpens) return opens || !hasOpen ? "open" : "close";
      return hasOpen ? "close" : "none";
    }
    case "guillemet-right": {
      if (style.rightGuillemetOpens) return opens || !hasOpen ? "open" : "close";
      return hasOpen ? "close" : "none";
    }
  }
}
function hasLetter(text, start, end) {
  for (let i = start; i < end; i++) {
    if (isWordCode(text.charCodeAt(i))) return true;
  }
  return false;
}
function pairQuoteMarks(text, style) {
  const top = [];
  const stack = [];
  const openCount = { double: 0, single: 0, guillemet: 0, "single-guillemet": 0 };
  const childrenOfTop = () => stack.length > 0 ? stack[stack.length - 1].children : top;
  const trimContent = (start, end) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    return [s, e];
  };
  const discard = (entry) => {
    openCount[entry.family]--;
    const target = childrenOfTop();
    for (const child of entry.children) target.push(child);
  };
  const accept = (entry, closeIndex, closeMark) => {
    const unclosed = closeMark === "";
    const [contentStart, contentEnd] = trimContent(entry.index + 1, closeIndex);
    openCount[entry.family]--;
    const minimum = entry.family === "single" || entry.family === "single-guillemet" ? 3 : 1;
    if (contentEnd - contentStart < minimum || !hasLetter(text, contentStart, contentEnd)) {
      const target = childrenOfTop();
      for (const child of entry.children) target.push(child);
      return;
    }
    childrenOfTop().push({
      start: entry.index,
      end: unclosed ? contentEnd : closeIndex + 1,
      contentStart,
      contentEnd,
      open: entry.mark,
      close: closeMark,
      unclosed,
      family: entry.family,
      children: entry.children
    });
  };
  const closeParagraph = (paragraphEnd) => {
    const kept = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    for (const entry of stack) {
      if (entry.family === "single" || entry.family === "single-guillemet" || seen.has(entry.family)) continue;
      seen.add(entry.family);
      kept.add(entry);
    }
    while (stack.length > 0) {
      const entry = stack.pop();
      if (kept.has(entry)) accept(entry, paragraphEnd, "");
      else discard(entry);
    }
  };
  const length = text.length;
  const scan = new RegExp(MARK_SCAN.source, "g");
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const i = match.index;
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (stack.length > 0) closeParagraph(i);
      continue;
    }
    const entry = QUOTE_MARK_BY_CODE.get(code);
    if (entry === void 0) continue;
    const hasOpen = openCount[entry.family] > 0;
    const direction = directionOf(entry, text, i, hasOpen, style);
    if (direction === "open") {
      stack.push({ index: i, mark: entry.mark, family: entry.family, children: [] });
      openCount[entry.family]++;
    } else if (direction === "close" && hasOpen) {
      let popped = stack.pop();
      while (popped.family !== entry.family) {
        discard(popped);
        popped = stack.pop();
      }
      accept(popped, i, entry.mark);
    }
  }
  if (stack.length > 0) closeParagraph(length);
  return top;
}

// p4.tmp.ts
var t = "\u201E".repeat(1e5);
var t0 = performance.now();
for (let k = 0; k < 20; k++) pairQuoteMarks(t, { lowNineCloses: true, rightGuillemetOpens: true });
console.log("pair", (performance.now() - t0) / 20);
