/**
 * What `parley` prints of an error: its message; and, for a TypeError or ReferenceError, which is
 * Parley's own fault rather than the user's, where it happened, so that it can be reported.
 */
export function failureText(error: unknown): string {
  const message = `parley: ${error instanceof Error ? error.message : String(error)}\n`;
  if (!(error instanceof TypeError || error instanceof ReferenceError)) return message;
  const where = error.stack?.split('\n').slice(1, 8).join('\n') ?? '';
  return `${message}This is a bug in Parley; please report it with the command and the input it was given:\n${where}\n`;
}
