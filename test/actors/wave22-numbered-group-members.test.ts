/**
 * "… hosted talks with the Skerry Islanders' Assembly and the Lumen Group. … the three major
 * foreign stakeholders urged …": a numbered collective may carry lower-case words before its head,
 * and where the sentences before name no list of as many parties but do name a group of as many
 * members, it stands for those members. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { holdersOn } from '../positions/world.js';

describe('a numbered collective after a named group of as many members', () => {
  it('stands for the group’s members, with words between the number and its head', () => {
    expect(
      holdersOn(
        'On Thursday, the Highland Liberation Front met the so-called Lumen Group in a mountain town. In a joint statement, the three major foreign stakeholders urged an immediate ceasefire.',
        'ceasefire',
      ),
    ).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('stays unresolved where the group has another number of members', () => {
    expect(
      holdersOn(
        'On Thursday, the Highland Liberation Front met the so-called Lumen Group in a mountain town. In a joint statement, the four major foreign stakeholders urged an immediate ceasefire.',
        'ceasefire',
      ),
    ).not.toEqual(['ORM', 'TRS', 'VSK']);
  });
});
