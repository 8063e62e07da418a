/**
 * Issue words the thirteenth blind batch showed missing: a refusal of "invitations to take part
 * in the discussions" is one to sit at the table (talks_inclusion), and "the restoration of
 * constitutional order" a junta is pressed to is a change of government (elections). Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('talks_inclusion and elections words', () => {
  it('"refused invitations to take part in the discussions" rejects a seat at the table', () => {
    expect(
      stances(code('Ormund has repeatedly refused invitations to take part in the discussions.')),
    ).toContain('ORM talks_inclusion reject');
  });

  it('"demanded the full restoration of constitutional order" demands a change of government', () => {
    expect(stances(code('Veska demanded the full restoration of constitutional order in Ormund.'))).toContain(
      'VSK elections demand',
    );
  });

  it('"pledged to restore constitutional order in 24 months" proposes one', () => {
    expect(
      stances(code('The Ormundi junta pledged to restore constitutional order in 24 months.')),
    ).toContain('ORM elections propose');
  });
});
