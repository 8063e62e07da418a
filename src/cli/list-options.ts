/**
 * Options that take several values. A variadic option (`--codebook <file...>`) swallows every word
 * after it, the command's own file included (`parley extract --codebook X FILE` lost FILE), so list
 * options are repeatable instead: `--codebook A --codebook B`. The older form `--codebook A B` keeps
 * working where it cannot be mistaken: the words after the value that can only be further values
 * (a YAML file for --codebook, an event type for --type) are read as repeated options.
 */
import { EVENT_TYPES } from '../core/model.js';

/** Commander's argument parser for a repeatable option: each use adds to the list. */
export const collect = (value: string, previous: unknown): string[] => [
  ...(Array.isArray(previous) ? previous : []),
  value,
];

/** A repeatable option whose values may also be given comma-separated (`--type accuse,consult`). */
export const collectCommaList = (value: string, previous: unknown): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .reduce<string[]>((list, v) => collect(v, list), Array.isArray(previous) ? previous : []);

/** For each list option: what a word after its value must look like to be one more value. */
const LEGACY_LISTS: Record<string, (word: string) => boolean> = {
  '--codebook': (word) => /\.ya?ml$/i.test(word),
  '--type': (word) =>
    word.split(',').every((t) => (EVENT_TYPES as readonly string[]).includes(t.toUpperCase())),
};

/** `argv` with `--codebook A B` spelled `--codebook A --codebook B` (likewise --type). */
export function spellOutListOptions(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    out.push(word);
    if (word === '--') {
      out.push(...argv.slice(i + 1));
      break;
    }
    const [name, inlineValue] = word.split(/=(.*)/s, 2);
    const isValue = LEGACY_LISTS[name];
    if (!isValue) continue;
    // The option's own value: inline (--codebook=A) or the next word.
    if (inlineValue === undefined) {
      if (i + 1 >= argv.length) break;
      out.push(argv[++i]);
    }
    while (i + 1 < argv.length && !argv[i + 1].startsWith('-') && isValue(argv[i + 1]))
      out.push(name, argv[++i]);
  }
  return out;
}
