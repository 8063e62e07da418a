/**
 * From what the user names (files, directories, `-`, feed or page URLs) to a stream of read items.
 * Inputs are read one at a time, directories walked lazily in sorted order, JSONL streamed by
 * line, so a corpus is never held in memory. Every bad input becomes a problem naming it and
 * saying what to do, and the stream goes on.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { looksLikeFeed, readFeed } from './feed.js';
import { type FetchedResponse, fetchUrl, RefusedAddressError } from './fetch.js';
import { readHtmlDocument } from './html.js';
import { readJsonl, readJsonlLine } from './jsonl.js';
import { readTextDocument } from './text.js';
import type { BytesInput, IngestProblem, ReadItem, ReadOptions } from './types.js';

export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl';

const EXTENSION_FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * Files a directory walk leaves alone: data that travels beside articles (gold files, codebooks,
 * configuration). Named explicitly on the command line, they are read like any other file.
 */
const NOT_ARTICLE_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.csv', '.tsv', '.db', '.sqlite']);

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** The format of an input: by extension, else by its first characters. */
export function detectFormat(name: string, head: string): InputFormat {
  const byExtension = EXTENSION_FORMATS[extname(name).toLowerCase()];
  if (byExtension) return byExtension;
  const start = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (start.startsWith('<?xml') || start.startsWith('<rss') || start.startsWith('<feed')) {
    return looksLikeFeed(head) ? 'feed' : 'html';
  }
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (start.startsWith('{')) return 'jsonl';
  return 'text';
}

const problem = (origin: string, reason: string, line?: number): ReadItem => ({
  kind: 'problem',
  problem: { origin, reason, ...(line ? { line } : {}) } as IngestProblem,
});

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${bytes} bytes`;

/** A NUL byte in the first 8 KB: the test `git` and `grep` use to call a file binary. */
const looksBinary = (bytes: Buffer) => bytes.subarray(0, 8192).includes(0);

/**
 * The character set a page or feed declares (`<meta charset>`, `http-equiv` content type, or the
 * XML declaration's `encoding`), when it is one other than UTF-8 that TextDecoder knows.
 */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared =
    /<\?xml[^>]*\bencoding=["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1];
  return usableCharset(declared);
}

/** A character set label other than UTF-8 that TextDecoder knows, else undefined. */
function usableCharset(label: string | undefined): string | undefined {
  if (!label || /^utf-?8$/i.test(label)) return undefined;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined; // an unknown label: fall back to UTF-8, which reports what is wrong
  }
}

/** Decode UTF-8 strictly; on failure, say on which line the first bad byte is. */
function decodeUtf8(bytes: Buffer, origin: string, headerCharset?: string): string | ReadItem {
  const charset = usableCharset(headerCharset) ?? declaredCharset(bytes);
  if (charset) return new TextDecoder(charset).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    const bad = lenient.indexOf('\uFFFD');
    const line = bad === -1 ? undefined : lenient.slice(0, bad).split('\n').length;
    return problem(
      origin,
      'is not valid UTF-8: save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8 FILE > NEW`)',
      line,
    );
  }
}

/** The items of one complete input: what `readInputs` makes of it (also on a worker thread). */
export function readBytesItems(input: BytesInput): ReadItem[] {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  return [...readBytes(bytes, input.origin, input.nameForFormat, input.options, input.headerCharset)];
}

/** Items of one input held as bytes: parsed here, or by `options.parseBytes` (a worker). */
async function* parseBytes(
  bytes: Buffer,
  origin: string,
  nameForFormat: string,
  options: ReadOptions,
  headerCharset?: string,
): AsyncGenerator<ReadItem> {
  if (!options.parseBytes) {
    yield* readBytes(bytes, origin, nameForFormat, options, headerCharset);
    return;
  }
  const { defaultDate, maxBytes } = options;
  yield* await options.parseBytes({
    bytes,
    origin,
    nameForFormat,
    headerCharset,
    options: { defaultDate, maxBytes },
  });
}

/** Items of one complete input (file, URL body or stdin) held as bytes. */
function* readBytes(
  bytes: Buffer,
  origin: string,
  nameForFormat: string,
  options: ReadOptions,
  /** The charset an HTTP Content-Type header gave. */
  headerCharset?: string,
): Generator<ReadItem> {
  if (bytes.length === 0) {
    yield problem(origin, 'is empty: nothing to ingest — remove it or add the article');
    return;
  }
  if (looksBinary(bytes)) {
    yield problem(
      origin,
      'looks like a binary file (not text, HTML, a feed or JSONL): remove it or point parley at the articles only',
    );
    return;
  }
  const text = decodeUtf8(bytes, origin, headerCharset);
  if (typeof text !== 'string') {
    yield text;
    return;
  }
  if (!text.trim()) {
    yield problem(origin, 'has only white space: nothing to ingest — remove it or add the article');
    return;
  }
  switch (detectFormat(nameForFormat, text)) {
    case 'html':
      yield readHtmlDocument(text, origin, options);
      return;
    case 'feed':
      yield* readFeed(text, origin, options);
      return;
    case 'jsonl':
      // Held in memory already (stdin or URL): split it here rather than streaming.
      yield* readJsonlText(text, origin, options);
      return;
    default:
      yield readTextDocument(text, origin, options);
  }
}

function* readJsonlText(text: string, origin: string, options: ReadOptions): Generator<ReadItem> {
  // Reuse the streaming reader's line logic on an in-memory body.
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const item = readJsonlLine(Buffer.from(line, 'utf8'), origin, i + 1, options);
    if (item) yield item;
  }
}

async function readAll(stream: AsyncIterable<Buffer>, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) return 'too-large';
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

async function* readFile(path: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  // Synchronous, like the read of a small file (see SMALL_FILE): one call, no trip to a pool.
  const info = statSync(path);
  const format = EXTENSION_FORMATS[extname(path).toLowerCase()];
  if (format === 'jsonl') {
    // A JSONL file may be a whole corpus: the size limit applies to each line.
    yield* readJsonl(createReadStream(path), path, options);
    return;
  }
  if (info.size > options.maxBytes) {
    yield problem(
      path,
      `is ${megabytes(info.size)}, over the --max-bytes limit of ${megabytes(options.maxBytes)}: split it or raise --max-bytes`,
    );
    return;
  }
  if (!format) {
    // Unknown extension: sniff the first bytes before deciding it is a JSONL stream.
    const handle = await open(path);
    const head = Buffer.alloc(Math.min(info.size, 512));
    await handle.read(head, 0, head.length, 0);
    await handle.close();
    if (!looksBinary(head) && detectFormat(path, head.toString('utf8')) === 'jsonl') {
      yield* readJsonl(createReadStream(path), path, options);
      return;
    }
  }
  const bytes =
    info.isFile() && info.size <= SMALL_FILE
      ? readSmallFile(path, options.maxBytes)
      : await readAll(createReadStream(path), options.maxBytes);
  if (bytes === 'too-large') {
    yield problem(path, `grew past the --max-bytes limit while being read: split it or raise --max-bytes`);
    return;
  }
  yield* parseBytes(bytes, path, path, options);
}

/**
 * Regular files up to this size are read in one synchronous call on this thread: for a news
 * article (a few KiB) a stream's open, reads and close, each a trip to libuv's thread pool, cost
 * several times the reading itself, and blocking for a read this small is shorter than those
 * trips. In a worker ingest this thread's CPU competes with the workers' (5,000 bench articles,
 * read and hashed: 0.46 ms of CPU each streamed, 0.15 ms read whole). Larger files, pipes and
 * devices are streamed.
 */
export const SMALL_FILE = 1 << 20;

/** A small file's bytes, read synchronously; 'too-large' if it grew past `limit` since its stat. */
export function readSmallFile(path: string, limit: number): Buffer | 'too-large' {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > limit) return 'too-large';
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return got < size ? bytes.subarray(0, got) : bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Files under a directory, recursively, sorted, hidden files and folders left out. A symbolic link
 * is followed to what it points at (a folder of links to the texts is read like the texts); a
 * folder is read once however many links lead to it, and a broken link is yielded so that reading
 * it reports the file.
 */
export async function* walkFiles(dir: string, seen = new Set<string>()): AsyncGenerator<string> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path, seen);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target?.isDirectory()) yield* walkFiles(path, seen);
      else if (!target || target.isFile()) yield path;
    }
  }
}

/** Why a URL was not fetched, in words for the user. */
function fetchProblemReason(error: unknown): string {
  if (error instanceof RefusedAddressError)
    return `${error.redirected ? `was redirected to ${error.url}, which is` : 'is'} at a local or private address (${error.address}), which parley does not fetch unless told to: pass --allow-private-urls (parley ingest, parley serve) if this address is meant`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = (error as { code?: string }).code ?? cause?.code ?? cause?.message ?? (error as Error).message;
  return `could not be fetched (${why}): check the address and the network, or save the feed to a file`;
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  let response: FetchedResponse;
  let bytes: Buffer | 'too-large';
  try {
    response = await fetchUrl(url, {
      signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 20_000),
      headers: {
        'user-agent': 'parley (news ingest)',
        accept: 'application/rss+xml, application/atom+xml, text/html, */*',
      },
      addressAllowed: options.addressAllowed,
    });
    if (response.status < 200 || response.status > 299) {
      yield problem(url, `answered HTTP ${response.status} ${response.statusText}: check the address`);
      return;
    }
    const declared = Number(response.header('content-length') ?? 0);
    if (declared > options.maxBytes) {
      yield problem(url, `is ${megabytes(declared)}, over the --max-bytes limit: raise --max-bytes`);
      return;
    }
    bytes = await readAll(response.body, options.maxBytes);
  } catch (error) {
    yield problem(url, fetchProblemReason(error));
    return;
  }
  if (bytes === 'too-large') {
    yield problem(url, `is over the --max-bytes limit of ${megabytes(options.maxBytes)}: raise --max-bytes`);
    return;
  }
  const type = response.header('content-type') ?? '';
  const nameForFormat = /xml|rss|atom/.test(type)
    ? 'feed.xml'
    : /html/.test(type)
      ? 'page.html'
      : new URL(response.url).pathname;
  const charset = /charset=["']?([\w.:-]+)/i.exec(type)?.[1];
  yield* parseBytes(bytes, url, nameForFormat, options, charset);
}

/** Every input the user named, in order, as one stream of documents and problems. */
export async function* readInputs(inputs: string[], options: ReadOptions): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await readAll(
        (options.stdin ?? process.stdin) as AsyncIterable<Buffer>,
        options.maxBytes,
      );
      if (bytes === 'too-large') yield problem('stdin', 'is over the --max-bytes limit: raise --max-bytes');
      else yield* parseBytes(bytes, 'stdin', 'stdin', options);
      yield { kind: 'input-done', origin: 'stdin' };
      continue;
    }
    if (isUrl(input)) {
      yield* readUrl(input, options);
      yield { kind: 'input-done', origin: input };
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch {
      yield problem(
        input,
        'does not exist: check the path (files, directories, `-` for stdin, or an http(s) URL)',
      );
      yield { kind: 'input-done', origin: input };
      continue;
    }
    const files = isDirectory ? walkFiles(input) : single(input);
    for await (const file of files) {
      if (isDirectory && NOT_ARTICLE_EXTENSIONS.has(extname(file).toLowerCase())) {
        yield { kind: 'passed-over', origin: file };
        continue;
      }
      try {
        yield* readFile(file, options);
      } catch (error) {
        yield problem(file, readFailure(error));
      }
      yield { kind: 'input-done', origin: file };
    }
  }
}

/**
 * Why a file could not be read, in words for the user: the file system refused it (permissions, a
 * folder where a file was expected), or its content could not be parsed.
 */
function readFailure(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: string };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return `could not be read (${message}): check that it is a file you may read`;
  return `could not be read (${message}): its content could not be parsed; check that it is a whole text, HTML, feed or JSONL file, or save the article's text as a .txt file and ingest that`;
}

async function* single(path: string): AsyncGenerator<string> {
  yield path;
}

/** How many inputs `readInputs` will go through (files under directories count one each). */
export async function countInputs(inputs: string[]): Promise<number> {
  let count = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) count++;
    else {
      try {
        if ((await stat(input)).isDirectory()) for await (const _ of walkFiles(input)) count++;
        else count++;
      } catch {
        count++;
      }
    }
  }
  return count;
}
