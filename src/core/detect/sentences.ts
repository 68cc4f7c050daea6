// Sentence and clause edges in a block of text, found without a tokenizer: a period ends a sentence
// when whitespace and a non-lowercase character follow and the word before is not a known abbreviation.

const ABBREVIATION =
  /^(?:[a-z]|inc|corp|co|ltd|llc|plc|mrs?|ms|dr|st|mt|vs|[js]r|no|approx|est|jan|feb|mar|apr|aug|sept?|oct|nov|dec|gov|sen|rep|u\.[sk]|e\.g|i\.e)$/;

// A reference mark ("2024.[10] It") belongs to the sentence it ends.
// U+2029 is the break the block builder puts between table cells and around line breaks; a blank line
// ends a sentence in plain text. A single newline is only wrapping.
const SENTENCE_END = /[.!?…]+(?:["'”’)\]]|\[\d+\])*(?=\s)|\u2029+|\n\s*\n/g;

/** Offsets where sentences start in `text` (always including 0). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const after = match.index + match[0].length;
    if (/[.!?…]/.test(match[0][0])) {
      const next = /\S/.exec(text.slice(after, after + 8));
      if (next && /[a-z]/.test(next[0])) continue;
      const wordBefore = /([\w.]+)$/.exec(text.slice(Math.max(0, match.index - 12), match.index));
      if (match[0][0] === '.' && wordBefore) {
        const word = wordBefore[1].toLowerCase();
        if (ABBREVIATION.test(word)) continue;
      }
    }
    starts.push(after);
  }
  return starts;
}

/** The [start, end) of the sentence holding `index`. */
export function sentenceAt(starts: readonly number[], textLength: number, index: number): [number, number] {
  let i = starts.length - 1;
  while (i > 0 && starts[i] > index) i--;
  return [starts[i], i + 1 < starts.length ? starts[i + 1] : textLength];
}

// Clauses split at punctuation, at table-cell breaks (U+2063) and at the conjunctions that join two statements in market reports
// ("ether fell while bitcoin rose to $61,000").
const CLAUSE_EDGE =
  /(?<!\d),|,(?!\d)|[;:()—–\u2063]|\s(?:while|whereas|but|as|and|after|before|when|although|though|despite|even as|with|since|because|even though|vs\.?|versus)\s/g;

/** The [start, end) of the clause around [from, to), within the sentence [sentenceStart, sentenceEnd). */
export function clauseAround(text: string, sentenceStart: number, sentenceEnd: number, from: number, to: number) {
  let start = sentenceStart;
  let end = sentenceEnd;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  CLAUSE_EDGE.lastIndex = 0;
  for (let match = CLAUSE_EDGE.exec(sentence); match; match = CLAUSE_EDGE.exec(sentence)) {
    const edgeStart = sentenceStart + match.index;
    const edgeEnd = edgeStart + match[0].length;
    // A comma inside the amount ("$55,300") is not an edge.
    if (edgeStart >= from && edgeStart < to) continue;
    if (edgeEnd <= from) start = edgeEnd;
    else if (edgeStart >= to) {
      end = edgeStart;
      break;
    }
  }
  return [start, end] as const;
}
