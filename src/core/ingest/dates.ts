/** Publication dates as sources write them (ISO, RFC 822, "March 3, 2026") to ISO YYYY-MM-DD. */
// English only, as in code/dates.ts: the main entry loads every language chrono knows.
import * as chrono from 'chrono-node/en';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The calendar date a source gives, as written (its own time zone, not converted to UTC: a story
 * published at 23:30 in Kessel is dated that day). Undefined when the value is not a full date.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validDay(y, m, d) ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
  }
  const parsed = chrono.parse(text)[0]?.start;
  if (!parsed?.isCertain('year') || !parsed.isCertain('month') || !parsed.isCertain('day')) {
    return undefined;
  }
  const [y, m, d] = [parsed.get('year')!, parsed.get('month')!, parsed.get('day')!];
  return validDay(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : undefined;
}
