/**
 * The two files `parley watch` reads, as YAML validated with a schema: the watch list (which
 * feeds, how often, what limits) and the alert rules (what to be told of, and where). A mistake is
 * reported with the file, the line and the field, and what to write instead.
 */
import { readFileSync } from 'node:fs';
import { isAlias, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { AlertKind, FeedKind } from '../store/watch-state.js';

export class WatchConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WatchConfigError';
  }
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "90s", "15m", "1h", "1d" (or a number of seconds) in seconds; undefined if it is none of those. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(value);
  return m ? Number(m[1]) * UNITS[m[2].toLowerCase()] : undefined;
}

const duration = (what: string) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const seconds = parseDuration(value);
    if (seconds === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} ${JSON.stringify(value)} is not a duration: write it as 30s, 15m, 2h or 1d`,
      });
      return z.NEVER;
    }
    return seconds;
  });

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

const size = z.union([z.string(), z.number()]).transform((value, ctx) => {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value) : null;
  if (!m) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a size: write it as a number of bytes or as 500KB, 5MB`,
    });
    return z.NEVER;
  }
  return Math.round(Number(m[1]) * SIZE_UNITS[(m[2] ?? 'b').toLowerCase()]);
});

const regex = z.string().transform((value, ctx) => {
  try {
    return new RegExp(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not a regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});

const httpUrl = z
  .string()
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), 'must be an http:// or https:// address');

const FeedSchema = z
  .strictObject({
    url: httpUrl,
    kind: z.enum(['rss', 'atom', 'html-index'], {
      error: 'kind must be rss, atom or html-index (an HTML page whose article links are followed)',
    }),
    name: z.string().optional(),
    interval: duration('interval').optional(),
    /** html-index: the links to follow (a regular expression over the absolute URL). */
    links: regex.optional(),
  })
  .refine((f) => f.kind === 'html-index' || f.links === undefined, {
    message: 'links is for html-index feeds only (which links of the page are articles)',
    path: ['links'],
  })
  .refine((f) => f.kind !== 'html-index' || f.links !== undefined, {
    message:
      'an html-index feed needs links: a regular expression that the addresses of its articles match (e.g. "/news/\\d+")',
    path: ['links'],
  });

const LimitsSchema = z.strictObject({
  interval: duration('interval').optional(),
  timeout: duration('timeout').optional(),
  'max-bytes': size.optional(),
  'max-redirects': z.number().int().min(0).max(20).optional(),
  /** html-index: articles fetched from one index page in one poll. */
  'max-articles': z.number().int().min(1).optional(),
});

const WatchListSchema = z.strictObject({
  defaults: LimitsSchema.optional(),
  feeds: z.array(FeedSchema).min(1, 'feeds: list at least one feed (url and kind)'),
});

export interface WatchedFeedConfig {
  url: string;
  kind: FeedKind;
  name?: string;
  intervalSeconds: number;
  links?: RegExp;
}

export interface WatchList {
  file: string;
  feeds: WatchedFeedConfig[];
  /** Per response: seconds before it counts as timed out, bytes read at most, redirects followed. */
  timeoutSeconds: number;
  maxBytes: number;
  maxRedirects: number;
  maxArticles: number;
}

export const WATCH_DEFAULTS = {
  intervalSeconds: 15 * 60,
  timeoutSeconds: 20,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  maxArticles: 30,
};

export const ALERT_KINDS = [
  'new-stance',
  'hardening',
  'softening',
  'red-line-drawn',
  'red-line-dropped',
  'meeting-planned',
  'meeting-postponed',
  'meeting-cancelled',
  'meeting-held',
  'agreement',
  'sanction',
] as const satisfies readonly AlertKind[];

const ChannelSchema = z.union([
  z.strictObject({
    webhook: httpUrl,
    /** Signs each body with HMAC-SHA256 (X-Parley-Signature: sha256=HEX); `env:NAME` reads it from the environment. */
    secret: z.string().optional(),
  }),
  z.strictObject({
    email: z.strictObject({
      /** smtp://user:pass@host:port or smtps://… */
      smtp: z.string().refine((v) => /^smtps?:\/\//i.test(v), 'smtp must be an smtp:// or smtps:// address'),
      from: z.string(),
      to: z.union([z.string(), z.array(z.string()).min(1)]),
    }),
  }),
  z.strictObject({
    /** A file each alert is appended to as one JSON line. */
    log: z.string(),
  }),
]);

const RuleSchema = z.strictObject({
  name: z.string(),
  /** Party codes (as in the codebook); absent: any party. */
  parties: z.array(z.string()).optional(),
  /** Issue codes; absent: any issue. Events have no issue: an issue filter leaves them through. */
  issues: z.array(z.string()).optional(),
  /** Negotiation ids (`parley negotiations`); absent: any. A change is of the negotiations of the fact behind it. */
  negotiations: z.array(z.string()).optional(),
  kinds: z
    .array(
      z.enum(ALERT_KINDS, {
        error: `each kind must be one of ${ALERT_KINDS.join(', ')}`,
      }),
    )
    .optional(),
  /** Channel names; absent: every channel. */
  deliver: z.array(z.string()).optional(),
});

const RulesSchema = z.strictObject({
  /** The dashboard's address, for the links to the reader an alert carries. */
  reader: httpUrl.optional(),
  channels: z.record(z.string(), ChannelSchema).optional(),
  rules: z.array(RuleSchema).min(1, 'rules: list at least one rule (name, and what to match)'),
  digest: z
    .strictObject({
      every: duration('every'),
      deliver: z.array(z.string()).min(1),
    })
    .optional(),
});

export type Channel = z.infer<typeof ChannelSchema>;
export type AlertRule = z.infer<typeof RuleSchema>;

export interface AlertRules {
  file: string;
  reader: string;
  channels: Record<string, Channel>;
  rules: AlertRule[];
  digest?: { everySeconds: number; deliver: string[] };
}

export const DEFAULT_READER = 'http://127.0.0.1:4600';

/** Parse a YAML file against a schema; errors name the file, the line and the field. */
function readYaml<S extends z.ZodType>(file: string, schema: S, what: string): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new WatchConfigError(
      `${file}: cannot be read (${(error as Error).message}): check the path of the ${what}`,
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const error = doc.errors[0];
    const line = lines.linePos(error.pos[0]).line;
    throw new WatchConfigError(
      `${file}:${line}: not valid YAML (${error.message.split('\n')[0]}): fix the ${what}`,
    );
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // The line of the field (or of the nearest part of its path that is in the file).
  let line: number | undefined;
  for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
    const node = doc.getIn(issue.path.slice(0, n) as (string | number)[], true) as
      | { range?: [number, number, number] }
      | undefined;
    const range = node && (isScalar(node) || isAlias(node) || 'range' in node) ? node.range : undefined;
    if (range) line = lines.linePos(range[0]).line;
  }
  const field = issue.path.join('.') || '(top level)';
  const more = parsed.error.issues.length > 1 ? ` (${parsed.error.issues.length} problems in all)` : '';
  throw new WatchConfigError(
    `${file}${line ? `:${line}` : ''}: field ${field}: ${issue.message}; fix the ${what} and run again${more}`,
  );
}

export function loadWatchList(file: string): WatchList {
  const raw = readYaml(file, WatchListSchema, 'watch list');
  const defaults = raw.defaults ?? {};
  const interval = defaults.interval ?? WATCH_DEFAULTS.intervalSeconds;
  const seen = new Set<string>();
  for (const [i, feed] of raw.feeds.entries()) {
    if (seen.has(feed.url))
      throw new WatchConfigError(
        `${file}: field feeds.${i}.url: ${feed.url} is listed twice; list each feed once`,
      );
    seen.add(feed.url);
  }
  return {
    file,
    feeds: raw.feeds.map((f) => ({
      url: f.url,
      kind: f.kind,
      name: f.name,
      intervalSeconds: f.interval ?? interval,
      links: f.links,
    })),
    timeoutSeconds: defaults.timeout ?? WATCH_DEFAULTS.timeoutSeconds,
    maxBytes: defaults['max-bytes'] ?? WATCH_DEFAULTS.maxBytes,
    maxRedirects: defaults['max-redirects'] ?? WATCH_DEFAULTS.maxRedirects,
    maxArticles: defaults['max-articles'] ?? WATCH_DEFAULTS.maxArticles,
  };
}

export function loadAlertRules(file: string): AlertRules {
  const raw = readYaml(file, RulesSchema, 'alert rules');
  const channels = raw.channels ?? {};
  const unknown = (names: string[] | undefined, where: string) => {
    for (const name of names ?? [])
      if (!(name in channels))
        throw new WatchConfigError(
          `${file}: field ${where}: there is no channel "${name}"; name one of the channels (${Object.keys(channels).join(', ') || 'none defined'})`,
        );
  };
  for (const [i, rule] of raw.rules.entries()) unknown(rule.deliver, `rules.${i}.deliver`);
  unknown(raw.digest?.deliver, 'digest.deliver');
  return {
    file,
    reader: (raw.reader ?? DEFAULT_READER).replace(/\/+$/, ''),
    channels,
    rules: raw.rules,
    digest: raw.digest ? { everySeconds: raw.digest.every, deliver: raw.digest.deliver } : undefined,
  };
}
