/**
 * Runs of capitalised words that may name a person ("Jean-Noel el-Sisi", "Ursula von der Leyen"),
 * trimmed of the titles, honorifics and sentence openers before the name.
 */

import { CALENDAR, NOT_NAME } from './lexicon.js';
import { isInitial, type Reader } from './reader.js';
import { closesTitleComplement } from './roles.js';

const NAME_PARTICLES = new Set(
  'bin ibn al el de da di du van von der den la le abu ben dos das del'.split(' '),
);

export interface Chunk {
  from: number;
  to: number;
  codebookId?: string;
}

function isNameWord(r: Reader, i: number): boolean {
  const t = r.tok(i);
  if (!t?.word || !t.cap || r.owner[i]) return false;
  if (CALENDAR.has(t.key)) return false;
  if (NOT_NAME.has(t.key) && r.sentenceStart(i)) return false;
  return true;
}

/** "al-Maali", "el-Sisi" written with a lower-case particle: the index after the name word the
 * particle is joined to at token `i`, or -1. */
function joinedParticle(r: Reader, i: number): number {
  const t = r.tok(i);
  if (!t || t.cap || !NAME_PARTICLES.has(t.key)) return -1;
  const dash = r.tok(i + 1);
  const word = r.tok(i + 2);
  if (dash?.text !== '-' || dash.start !== t.end || word?.start !== dash.end) return -1;
  return isNameWord(r, i + 2) ? i + 3 : -1;
}

// Words of up to four letters that follow a name's hyphen as English, not as a name's syllable
// ("Iran-led", "Hamas-run", "Trump-era").
const HYPHEN_WORDS = new Set([
  'led',
  'run',
  'era',
  'held',
  'wide',
  'free',
  'made',
  'like',
  'born',
  'size',
  'type',
  'fed',
  'day',
  'year',
  'old',
  'up',
]);
const SYLLABLE = /^[a-z]{1,4}$/;

/** The token at `i` is a lower-case syllable of a hyphenated given name ("hyun" in "Kyou-hyun"). */
function romanisedSyllable(r: Reader, i: number): boolean {
  const t = r.tok(i);
  if (!t?.word || t.cap || !SYLLABLE.test(t.text) || HYPHEN_WORDS.has(t.key)) return false;
  // ("Chairperson-in-Office", "Commander-in-Chief": a compound goes on after the syllable)
  const next = r.tok(i + 1);
  return !(next?.text === '-' && next.start === t.end);
}

/** Maximal runs of capitalised words (with initials, particles, hyphens) not owned by a mention. */
export function nameChunks(r: Reader): Chunk[] {
  const chunks: Chunk[] = [];
  const n = r.toks.length;
  for (let i = 0; i < n; i++) {
    const opening = isNameWord(r, i) ? i + 1 : joinedParticle(r, i);
    if (opening < 0) continue;
    let j = opening;
    for (;;) {
      const t = r.tok(j);
      if (!t || t.sent !== r.toks[i].sent) break;
      if (isNameWord(r, j)) {
        j++;
        continue;
      }
      // "Monzer Abu al-Maali", "Muhammad al-Muloud Ramadan"
      const joined = joinedParticle(r, j);
      if (joined > 0) {
        j = joined;
        continue;
      }
      // "el-Sisi", "Jean-Noel", "O'Brien", "J. Smith", "Mohammed bin Salman"
      const joiner = (t.text === '-' || t.text === "'") && t.start === r.toks[j - 1].end;
      if (joiner && r.tok(j + 1)?.start === t.end && isNameWord(r, j + 1)) {
        j += 2;
        continue;
      }
      // "Kim Kyou-hyun", "Pramote Prom-in": a syllable in lower case joined by a hyphen to a
      // name word, as Korean and Thai names are written (not "Iran-led", "Trump-era").
      if (joiner && t.text === '-' && r.tok(j + 1)?.start === t.end && romanisedSyllable(r, j + 1)) {
        j += 2;
        continue;
      }
      if (t.text === '.' && isInitial(r.toks, j) && isNameWord(r, j + 1)) {
        j += 1;
        continue;
      }
      // "Mohammed bin Salman", "Ursula von der Leyen"
      if (NAME_PARTICLES.has(t.key) && !t.cap) {
        let p = j;
        while (r.tok(p) && NAME_PARTICLES.has(r.toks[p].key) && !r.toks[p].cap && p - j < 3) p++;
        if (isNameWord(r, p)) {
          j = p;
          continue;
        }
      }
      break;
    }
    chunks.push({ from: i, to: j });
    i = j - 1;
  }
  return chunks;
}

function afterHonorific(r: Reader, i: number): boolean {
  const k = r.tok(i - 1)?.text === '.' ? i - 2 : i - 1;
  return !!r.tok(k) && r.lex.honorifics.has(r.toks[k].key);
}

/** Drop leading role titles, honorifics and sentence-opening words from a chunk. */
export function trimChunk(r: Reader, c: Chunk): Chunk | undefined {
  let { from, to } = c;
  while (from < to) {
    const t = r.toks[from];
    const role = r.lex.roles.longest(r.toks, from);
    // "the Secretary-General of …": a run that is one title of several tokens names nobody.
    if (role && role.to === to && to - from > 1 && !afterHonorific(r, from)) return undefined;
    if (role && role.to < to) {
      from = role.to;
      continue;
    }
    // A title word ends the run only when a name follows it ("Mr. King" keeps King).
    const titleWord = r.lex.roleWords.has(t.key) || r.lex.honorifics.has(t.key) || r.lex.formers.has(t.key);
    if (titleWord && (from + 1 < to || !afterHonorific(r, from))) {
      from++;
      if (r.tok(from)?.text === '.') from++;
      continue;
    }
    if (r.sentenceStart(from) && r.lowerSeen.has(t.key) && to - from > 1) {
      from++;
      continue;
    }
    break;
  }
  // Titles inside the run: "Council Secretary-General Agnes Rook" is Agnes Rook.
  for (let k = from; k < to - 1; k++) {
    const role = r.lex.roles.longest(r.toks, k);
    if (role && role.to < to) {
      from = role.to;
      k = role.to - 1;
    } else if (r.lex.honorifics.has(r.toks[k].key)) from = r.tok(k + 1)?.text === '.' ? k + 2 : k + 1;
  }
  while (from < to && !r.toks[from].word) from++;
  // "High Representative for Maritime Affairs and Fisheries Policy Ana Veldt": a run that closes a
  // title's capitalised complement holds the complement's last words before the name; the name is
  // the run's last two words (three with a particle: "Staffan de Mistura").
  if (to - from > 2 && !c.codebookId && closesTitleComplement(r, from - 1)) {
    const particle = NAME_PARTICLES.has(r.toks[to - 2].key);
    from = Math.max(from, to - (particle ? 3 : 2));
  }
  // "Would I": the pronoun I is no part of a name.
  if (to - from > 1 && r.toks[to - 1].text === 'I') to--;
  if (from >= to || !r.toks[from].word) return undefined;
  return { from, to, codebookId: c.codebookId };
}
