/**
 * The default codebook's issue vocabulary: wordings that reports use for each issue, and
 * wordings that look like an issue but are not one. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { issuesIn } from '../../src/core/code/issues.js';
import { code, pipelineContext, stances } from './world.js';

const issues = (text: string): string[] => {
  const doc = code(text);
  return issuesIn(doc, pipelineContext, 0, doc.tokens.length);
};

/** One test per sentence: the codebook finds the issue in it. */
const recognises = (cases: Array<[string, string]>) =>
  it.each(cases)('"%s" is %s', (text, issue) => {
    expect(issues(text)).toContain(issue);
  });

describe('issue phrases whose alternatives are one word each', () => {
  recognises([
    ['Ormund agreed to halt military operations around Kessel.', 'ceasefire'],
    ['Veska decided to cut military activity near the islands.', 'ceasefire'],
    ['The blockade could end if Ormund would cease military operations at sea.', 'ceasefire'],
    ['Tarsia pressed for a settlement of the conflict before winter.', 'ceasefire'],
    ['Veskan troops will pull back from the islands.', 'territory'],
    ['The summit was called off on Monday.', 'summit'],
    ['Anton Brisk will visit the White House in May.', 'summit'],
    ['Both sides staged war games near the strait.', 'demilitarisation'],
    ['Heavy guns and other weapons will be handed over to monitors.', 'demilitarisation'],
  ]);
});

describe('wordings real reports use', () => {
  recognises([
    ['Ormund will ease trade restrictions on Veska.', 'sanctions_relief'],
    ['Tarsia lifted restrictions on remittances to Veska.', 'sanctions_relief'],
    ['Veska, Ormund and Tarsia signed a grain export agreement in Lumen.', 'ceasefire'],
    ['Ormund called on all sides to refrain from any violence.', 'ceasefire'],
    ['Tarsia sees no alternative to a political settlement.', 'ceasefire'],
    ['The conflict should be settled without delay.', 'ceasefire'],
    ['The two sides neared an agreement on peace and open borders.', 'ceasefire'],
    ['Veska and Ormund agreed on the state border near the old mill.', 'territory'],
    ['Veska demanded the restoration of the status quo ante along the coast.', 'territory'],
    ['They settled a long-standing dispute over fishing waters.', 'territory'],
    ['Ormund will gradually withdraw its forces over 60 days.', 'territory'],
    ['Veska insists on land and coastline concessions.', 'territory'],
    ['Forty people were released under the accord.', 'prisoners'],
    ['Ormund will release a total of 20 long-held prisoners.', 'prisoners'],
    ['The deal is a milestone for nuclear non-proliferation.', 'nuclear'],
    ['Sanctions related to the programme are lifted from Monday.', 'sanctions_relief'],
    ['They listed the sanctions that Tarsia could lift.', 'sanctions_relief'],
    [
      'Tarsia backed the participation of the island delegates at the next round of talks.',
      'talks_inclusion',
    ],
    [
      'Ormund proposed to include Tarsia and the Northern Maritime Council in the negotiations.',
      'talks_inclusion',
    ],
    [
      'Both states will promote cooperation in political, economic and cultural areas.',
      'economic_cooperation',
    ],
    ['The accord foresees a disengagement of troops along the ridge.', 'demilitarisation'],
    ['Ormund and Tarsia agreed to set up a secure corridor along the highway.', 'demilitarisation'],
    ['Veska said its soil will not be used for attacks on its neighbours.', 'security_guarantees'],
    ['Veska wants written guarantees from Ormund.', 'security_guarantees'],
    ['The summit will no longer be held today.', 'summit'],
    ['Tarsia welcomed talks between President Anton Brisk and President Davor Kest.', 'summit'],
    ['Davor Kest promised to visit Paris soon.', 'summit'],
    ['Tarsia will reevaluate the designation if the raids stop.', 'sanctions_relief'],
    ['Ormund voted to remove the island militia from its list of terrorist groups.', 'sanctions_relief'],
    ['The leaders hope to restore diplomatic links.', 'diplomatic_relations'],
    ['Veska asked to institutionalise the military-to-military dialogues.', 'diplomatic_relations'],
  ]);

  it('a party playing a role is its inclusion (an actor slot: read by the whole pipeline)', () => {
    expect(stances(code('Veska would welcome Tarsia playing a constructive role.'))).toContain(
      'VSK talks_inclusion accept',
    );
  });

  it('tariffs that will rise are against easing them', () => {
    expect(stances(code('Tarsia warned that the tariffs will rise to 25 percent.'))).toContain(
      'TRS sanctions_relief reject',
    );
  });

  it('codes the stance on a newly recognised wording', () => {
    expect(stances(code('Veska demanded the restoration of the status quo ante.'))).toContain(
      'VSK territory demand',
    );
  });
});

describe('news synonyms of the issues', () => {
  recognises([
    ['Ormund vowed to finish the war before winter.', 'ceasefire'],
    ['Tarsia urged a cessation of all violence around Kessel.', 'ceasefire'],
    ['Veska wants a pause in the strikes on the port.', 'ceasefire'],
    ['The mediators hope to restore calm along the coast.', 'ceasefire'],
    ['Ormund seeks a sustainable calm on the islands.', 'ceasefire'],
    ['Veska will release a prisoner of war held since May.', 'prisoners'],
    ['Tarsia arranged a prisoner trade between the two sides.', 'prisoners'],
    ['Ormund asked for the return of one detainee.', 'prisoners'],
    ['Veska promised aid corridors into the besieged towns.', 'humanitarian'],
    ['Relief convoys crossed into Kessel on Monday.', 'humanitarian'],
    ['The pause would allow aid into the besieged port of Kessel.', 'humanitarian'],
    ['Ormund said it would allow food trucks and aid into Kessel.', 'humanitarian'],
    ['Tarsia welcomed the interest in joining the upcoming peace talks.', 'talks_inclusion'],
    ['Peace requires dialogue between all parties.', 'talks_inclusion'],
    ['Veska held indirect talks through Tarsia with the islanders.', 'talks_inclusion'],
    ['Tarsia raised the nuclear stockpiles of Ormund at the meeting.', 'nuclear'],
    ['The leaders agreed on holding further talks in the spring.', 'summit'],
    ['Tarsia expects indirect negotiations by its envoys with the islanders.', 'talks_inclusion'],
  ]);

  it('separatist authorities that are to disband are a change of government', () => {
    expect(stances(code('Veska demanded that the separatist authorities on the islands disband.'))).toContain(
      'VSK elections demand',
    );
  });

  it('refusing to negotiate with a party is against its inclusion', () => {
    expect(stances(code("Veska refused to negotiate with the Skerry Islanders' Assembly."))).toContain(
      'VSK talks_inclusion reject',
    );
  });

  it('talks that would include a party are its inclusion (an actor slot: read by the whole pipeline)', () => {
    expect(stances(code('Tarsia proposed that the next summit include Ormund.'))).toContain(
      'TRS talks_inclusion propose',
    );
  });

  it('a cancelled meeting is against the summit', () => {
    expect(
      stances(code('Anton Brisk said he had cancelled a meeting with the Ormundi leaders in Lumen.')),
    ).toContain('VSK summit reject');
  });
});

describe('wordings that are not the issue', () => {
  it.each([
    ['Both sides agreed on the implementation annex.', 'territory'],
    ['Grain exports from Port Alder rose in May.', 'economic_cooperation'],
    ['The document provides safety guarantees for aid workers.', 'security_guarantees'],
    ['The congress formed a constitutional committee.', 'elections'],
    ['They discussed the future of Ormund.', 'elections'],
    ['The ministers spoke about bilateral relations.', 'diplomatic_relations'],
    ['She would not say whether she believed the assurances.', 'security_guarantees'],
    ['The presidents met on the sidelines of the summit.', 'talks_inclusion'],
    ['The army launched an offensive to take control of the region.', 'territory'],
    ['Ormund lifted the restrictions on movement around Kessel.', 'sanctions_relief'],
    // measures a party keeps at a border are troops, not sanctions
    ['The measures Ormund has taken on the border will stay in place.', 'sanctions_relief'],
    // Security cooperation against a third threat gives no party guarantees; talks of negotiators
    // face to face are no meeting of the leaders.
    ['Veska and Ormund agreed on security cooperation against smugglers.', 'security_guarantees'],
    ['The two delegations held face-to-face talks in Lumen.', 'summit'],
  ])('"%s" is not %s', (text, issue) => {
    expect(issues(text)).not.toContain(issue);
  });

  it('ways of ending a war are the topic of talks, not a stance on it', () => {
    expect(stances(code('Veska agreed to discuss ways of ending the conflict.'))).not.toContain(
      'VSK ceasefire open',
    );
  });

  it('a party to the war ("the conflict involving Ormund") is not a party to the talks', () => {
    const doc = code('Veska signed a truce in the conflict involving Ormund.');
    expect(doc.positions.filter((p) => p.issue === 'talks_inclusion')).toEqual([]);
  });

  it('annexing land is still territory', () => {
    expect(issues('Ormund would not annex parts of the coast.')).toContain('territory');
  });
});

describe('wordings of unseen reports (trade, alliances, disarmament, aid, relations)', () => {
  describe('duties, levies and lists as barriers lifted', () => {
    recognises([
      ['Tarsia will scrap the duties on Veskan barley.', 'sanctions_relief'],
      ['Ormund agreed to cut levies on imported fish.', 'sanctions_relief'],
      ['Veska paused the tariffs for ninety days.', 'sanctions_relief'],
      ['Tarsia promised an expedited review of the duties imposed on Ormundi wine.', 'sanctions_relief'],
      ['Ormund will be removed from the list of state sponsors of terrorism.', 'sanctions_relief'],
      ['Delisting the group is a key incentive for the talks.', 'sanctions_relief'],
      ['Veska demanded the removal of the export curbs.', 'sanctions_relief'],
      ['The ministers will discuss trade restrictions on Veskan wine.', 'sanctions_relief'],
      ['The deal will reduce barriers to Ormundi beef.', 'sanctions_relief'],
    ]);
    it('dropping tariffs "against" a party is relief, not their imposition', () => {
      expect(stances(code('Tarsia agreed to drop its tariffs against Veska.'))).toContain(
        'TRS sanctions_relief accept',
      );
    });
  });

  describe('a bid to join an alliance ratified or applied for', () => {
    recognises([
      ['Ormund approved the accession of Veska to NATO.', 'alliance_membership'],
      ['Tarsia will ratify the bid of Veska.', 'alliance_membership'],
      ['Ormund signed the accession protocol for Veska.', 'alliance_membership'],
      ["Tarsia called it a test of the alliance's open-door policy.", 'alliance_membership'],
      ['Veska applied for membership in May.', 'alliance_membership'],
      ['Ormund wants Veska to become a full member of NATO.', 'alliance_membership'],
    ]);
  });

  describe('disarmament, demobilisation and reintegration', () => {
    recognises([
      ['The rebels began handing over their heavy weaponry to the army.', 'demilitarisation'],
      ['Two thousand fighters surrendered their firearms.', 'demilitarisation'],
      ['The accord envisages the decommissioning of the combatants.', 'demilitarisation'],
      ['The former fighters will reintegrate into civilian life.', 'demilitarisation'],
    ]);
    it('nuclear weapons surrendered are the nuclear issue, not demilitarisation', () => {
      const found = stances(code('Veska is not willing to surrender its nuclear weapons.'));
      expect(found).toContain('VSK nuclear reject');
      expect(found.filter((s) => s.includes('demilitarisation'))).toEqual([]);
    });
  });

  describe('weapons provided, guarantees against attack, relations and prisoners', () => {
    recognises([
      ['Tarsia is accused of providing ammunition and missiles to Ormund.', 'military_aid'],
      ['Veska promised the delivery of drones to Tarsia.', 'military_aid'],
      ['Ormund does not rule out military-technical cooperation with Tarsia.', 'military_aid'],
      ['The treaty provides for mutual assistance in case of aggression.', 'security_guarantees'],
      ['Tarsia pledged military aid in the event of an attack on Veska.', 'security_guarantees'],
      ['Ormund decided to appoint its ambassador to Veska.', 'diplomatic_relations'],
      ['Both sides agreed to upgrade the level of their relations.', 'diplomatic_relations'],
      ['Veska will restore consular relations with Ormund.', 'diplomatic_relations'],
      ['Tarsia agreed to transfer five detainees to Lumen.', 'prisoners'],
      ['The internees will be freed next week.', 'prisoners'],
    ]);
    it('recalling an ambassador is the opposite of restored relations', () => {
      expect(stances(code('Veska threatened to recall its ambassador from Ormund.'))).toEqual([
        'VSK diplomatic_relations reject',
      ]);
    });
  });

  describe('occupation, famine, government, reconstruction, trade links', () => {
    recognises([
      ['Veska demands that Ormund end the occupation of the islands.', 'territory'],
      ['Ormund announced a troop pullout from the coast.', 'territory'],
      ['Ormundi forces will retreat from the town.', 'territory'],
      ['Tarsia proposed the handover of four border villages.', 'territory'],
      ['Aid agencies warned of famine on the islands.', 'humanitarian'],
      ['The crossings must be reopened for aid.', 'humanitarian'],
      ['The parties pledged to form a technocratic government.', 'elections'],
      ['The roadmap sets out steps to unify the institutions.', 'elections'],
      ['Veska insists on free and fair elections.', 'elections'],
      ['Ormund must pay for the destruction it caused.', 'reconstruction'],
      ['Tarsia will use seized assets for Veska.', 'reconstruction'],
      ['Both sides agreed on the reopening of transport links.', 'economic_cooperation'],
      ['They reached an agreement on digital trade.', 'economic_cooperation'],
      ['The government declared a moratorium on strikes against the coast.', 'ceasefire'],
      ['Ormund is not seeking a nuclear weapon.', 'nuclear'],
    ]);
  });

  describe('risky words that are not the issue', () => {
    it.each([
      ['The ambassador said the talks would go on.', 'diplomatic_relations'],
      ["Ormund's pullout from the accord angered Veska.", 'territory'],
      ['The old power plant will be decommissioned next year.', 'demilitarisation'],
      ['Both sides want to rebuild trust.', 'reconstruction'],
      ['Ormund sent drones over the coast.', 'military_aid'],
      ['Veska adopted a new constitution.', 'elections'],
    ])('"%s" is not %s', (text, issue) => {
      expect(issues(text)).not.toContain(issue);
    });
  });
});

describe('revived nuclear deals, sieges lifted, forces retreating or de-escalating, short forms of a truce', () => {
  recognises([
    ['Veska said the punitive measures against Ormund would stay in place.', 'sanctions_relief'],
    ['Tarsia put forward a text to revive the 2019 Ormund nuclear deal.', 'nuclear'],
    ['Tarsia put forward a text to revive the 2019 Ormund nuclear deal.', 'sanctions_relief'],
    ['Veska wants to rejoin the JCPOA.', 'sanctions_relief'],
    ['Ormund demanded the lifting of the sieges around Kessel.', 'humanitarian'],
    ['Veska offered to ease the blockade of the port.', 'humanitarian'],
    ['Veska demanded the restoration of the status quo ante along the coast.', 'demilitarisation'],
    ['Ormund refused to retreat 3 km from the ridge.', 'demilitarisation'],
    ['Veskan troops will retreat before the talks.', 'demilitarisation'],
    ['Tarsia urged the full implementation of the CoHA.', 'ceasefire'],
    ['Ormund must de-escalate by moving its troops away from the border.', 'demilitarisation'],
    ['Veska called for steps to de-escalate the fighting around Kessel.', 'ceasefire'],
    ['The two sides agreed on four de-escalation zones in the north.', 'ceasefire'],
  ]);

  it.each([
    ['Ormund called the nuclear deal a failure.', 'sanctions_relief'],
    ['Veska will not retreat from its demands.', 'demilitarisation'],
    ['Tarsia urged Ormund to de-escalate tensions on the border.', 'ceasefire'],
  ])('"%s" is not %s', (text, issue) => {
    expect(issues(text)).not.toContain(issue);
  });
});

describe('what a party asks for, and stances that reverse an issue', () => {
  it.each([
    ['Veska asked for more weapons.', 'VSK military_aid demand'],
    ['Veska demanded a halt to Tarsian arms deliveries to Ormund.', 'VSK military_aid reject'],
    ['Ormund wants Veska to give up its alliance ambitions.', 'ORM alliance_membership reject'],
    ['Ormund demanded that Veska stay out of military blocs.', 'ORM alliance_membership reject'],
    ['Tarsia demanded the removal of export controls on its chips.', 'TRS sanctions_relief demand'],
    ['Tarsia is opposed to any new tariffs.', 'TRS sanctions_relief demand'],
  ])('"%s" codes %s', (text, stance) => {
    expect(stances(code(text))).toContain(stance);
  });
});

describe('autonomy, civilian rule, atomic wording, tourism, military cooperation, factions', () => {
  recognises([
    ['Veska tabled an autonomy proposal for the islands.', 'territory'],
    ['Ormund offered the islanders greater autonomy.', 'territory'],
    ['The charter paves the way for a transition to civilian rule in Ormund.', 'elections'],
    ['The accord lets the rebels participate in governance.', 'elections'],
    ['Ormund will work with the UN watchdog on the reactor.', 'nuclear'],
    ['Veska ended cooperation with the International Atomic Energy Agency.', 'nuclear'],
    ['The two states will cooperate on trade and tourism.', 'economic_cooperation'],
    ['Ormund seeks military cooperation with Tarsia.', 'military_aid'],
    ['Tarsia offered talks between the rival factions of the movement.', 'talks_inclusion'],
    ['Tarsia vowed to end the decades-old island border conflict.', 'ceasefire'],
  ]);

  it('ending the trade war is sanctions relief, not a ceasefire', () => {
    const got = stances(code('Ormund wants to end the trade war with Veska.'));
    expect(got).toContain('ORM sanctions_relief propose');
    expect(got.filter((s) => s.includes('ceasefire'))).toEqual([]);
  });
});

describe('general wordings a reader of any negotiation expects', () => {
  recognises([
    ['Ormund proposed to freeze the conflict along the current front line.', 'ceasefire'],
    ['Tarsia floated a land for peace formula.', 'territory'],
    ['The islanders voted for secession from Veska.', 'territory'],
    ['Veska wants a nuclear umbrella from Tarsia.', 'security_guarantees'],
    ['Ormund offered Veska a non-aggression pact.', 'security_guarantees'],
    ['Veska will not give up its euro-atlantic integration.', 'alliance_membership'],
    ['Ormund rejects blue helmets on the islands.', 'foreign_troops'],
    ['Tarsia proposed a troop deployment along the strait.', 'foreign_troops'],
    ['Veska wants more commercial ties with Tarsia.', 'economic_cooperation'],
    ['The two sides signed gas contracts worth millions.', 'economic_cooperation'],
    ['Tarsia will send lethal aid to Veska.', 'military_aid'],
    ['Ormund approved a new weapons package for Veska.', 'military_aid'],
    ['Tarsia asked for medical evacuations from Kessel.', 'humanitarian'],
    ['The accord sets a date for parliamentary polls in Veska.', 'elections'],
    ['Tarsia will help restore infrastructure in Kessel.', 'reconstruction'],
    ['The plan caps troop reductions at half.', 'demilitarisation'],
  ]);

  it('the withdrawal of mercenaries is against foreign troops', () => {
    expect(stances(code('Veska demanded the withdrawal of mercenaries.'))).toContain(
      'VSK foreign_troops reject',
    );
  });

  it('freezing war games is no ceasefire', () => {
    expect(
      stances(code('Ormund will freeze its military war games with Tarsia.')).filter((s) =>
        s.includes('ceasefire'),
      ),
    ).toEqual([]);
  });
});

describe('a hotline', () => {
  recognises([
    ['Veska and Ormund agreed to restore the hotline between their capitals.', 'diplomatic_relations'],
    ['A hotline will be set up between Kessel and Port Alder.', 'diplomatic_relations'],
  ]);

  it('the hotline contacts of local commanders are no diplomatic relations', () => {
    expect(issues('Incidents will be settled through hotline contacts of local commanders.')).not.toContain(
      'diplomatic_relations',
    );
  });
});

describe('wordings whose words stand further apart', () => {
  recognises([
    ['Tarsia urged both sides to terminate bloodshed.', 'ceasefire'],
    ['The accord mandates a phased drawdown of Veskan, Tarsian and other partner troops.', 'territory'],
    ['Ormund pledged to buy $3 billion of additional manufactured goods from Veska.', 'economic_cooperation'],
    ['Veska welcomes Ormundi investors.', 'economic_cooperation'],
    ['Tarsia wants a trade and security deal with Veska.', 'economic_cooperation'],
  ]);
});

describe('every inflection of a verb that a pattern lists', () => {
  recognises([
    ['Ormund halted the fighting on Monday.', 'ceasefire'],
    ['Both sides ceased hostilities at noon.', 'ceasefire'],
    ['Veska ceded sovereignty over the islands.', 'territory'],
    ['Ormund salvaged the nuclear deal.', 'nuclear'],
    ['Ormund swaps prisoners with Veska every month.', 'prisoners'],
    ['The first aid reached Kessel on Friday.', 'humanitarian'],
    ['Tarsia sent weapons to Veska.', 'military_aid'],
    ['Ormund scrapped the sanctions on Veska.', 'sanctions_relief'],
  ]);

  it('a gathering that included delegates is no inclusion in talks', () => {
    const got = stances(
      code('Both leaders signed a document before a gathering that included regional delegates.'),
    );
    expect(got.filter((s) => s.includes('talks_inclusion'))).toEqual([]);
  });
});

describe('the agenda words of talks on a frozen conflict, and the counts of a swap', () => {
  recognises([
    ['Experts drafted a joint statement on non-use of force in the Kessel valley.', 'ceasefire'],
    ['Veska pledged to renounce the use of force against Ormund.', 'ceasefire'],
    ['Tarsia called for the pacification of the border districts.', 'ceasefire'],
    ['The co-chairs discussed missing persons and the school curriculum.', 'humanitarian'],
    ['The fate of internally displaced persons was also addressed.', 'humanitarian'],
    ['Ormund will hand over 40 people, while Veska is set to swap 25.', 'prisoners'],
    ['The deal foresees some military withdrawals from the coastal towns.', 'territory'],
    ['Veska should rejoin the Northern Defence Treaty it left in 2010.', 'alliance_membership'],
    ['It is time to move towards full normalisation between Veska and Ormund.', 'diplomatic_relations'],
    ['Both capitals agreed to move to diplomatic talks next month.', 'diplomatic_relations'],
    ['Observers may attend if they wish.', 'talks_inclusion'],
    ['The Lumen conference will be held in a four-party format.', 'talks_inclusion'],
    ['The two presidents will meet at the invitation of the Tarsian premier.', 'summit'],
    ['Tarsia convened a high-level Veska-Ormund dialogue meeting.', 'summit'],
    ['Ormund thanked Veska for offering to propose the meeting.', 'summit'],
  ]);

  it('a party invited for talks is a party to them', () => {
    const got = stances(code('Ormund said it was inviting Veska for talks by the end of March.'));
    expect(got.filter((s) => s.includes('talks_inclusion'))).not.toEqual([]);
  });
});

describe('trade truces, halts and lifted defences', () => {
  it('reads export curbs paused or suspended as sanctions eased, held by the clause’s own subject', () => {
    const got = stances(
      code(
        'Veska agreed to pause its new export restrictions on chips, while Ormund suspended its rare earth export curbs, the Tarsian mediator said.',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining(['VSK sanctions_relief accept', 'ORM sanctions_relief accept']),
    );
    expect(got).not.toContain('ORM economic_cooperation reject');
  });

  it('reads a threat to halt something as against it', () => {
    const got = stances(code('Anton Brisk threatened to halt trade talks with Ormund.'));
    expect(got).toContain('VSK economic_cooperation reject');
    expect(got).not.toContain('VSK economic_cooperation demand');
  });

  it('reads "defensive measures" lifted as forces pulled back, not sanctions', () => {
    const got = stances(code('Veska will lift its defensive measures along the border, Ilse Marrow said.'));
    expect(got).toContain('VSK demilitarisation propose');
    expect(got).not.toContain('VSK sanctions_relief propose');
  });

  it('reads a peace declaration as an end to the fighting', () => {
    expect(
      stances(code('Davor Kest said Ormund would suspend the peace declaration it signed in Lumen.')),
    ).toContain('ORM ceasefire reject');
  });
});

describe('forces sent to barracks, a transition schedule, frozen funds released', () => {
  recognises([
    ['The deal would see Ormundi forces withdraw from the frontline to their barracks.', 'demilitarisation'],
    ['Experts drew up a chronogram of the transition spread over 24 months.', 'elections'],
    ['Tarsia accepted the junta’s 24-month transition timetable.', 'elections'],
    ['Veska demanded that $10 billion frozen by Ormund be released.', 'sanctions_relief'],
  ]);

  it('reads frozen funds demanded to be released as a demand for relief', () => {
    expect(stances(code('Veska demanded that $10 billion frozen by Ormund be released.'))).toContain(
      'VSK sanctions_relief demand',
    );
  });
});

describe('observers, borders, direct talks and technology curbs', () => {
  recognises([
    ['Veska would not accept any foreign observers on its soil.', 'foreign_troops'],
    ['Tarsia opposed any change to borders in the region.', 'territory'],
    ['Veska will not ease chip restrictions on Ormund.', 'sanctions_relief'],
  ]);

  it('reads a party that "would have to be at the table" as a demand for its place there', () => {
    expect(
      stances(code('Tarsia stressed that Ormund would have to be at the table for negotiations.')),
    ).toContain('TRS talks_inclusion demand');
  });

  it('reads a refusal to negotiate directly with a party as against its place at the table', () => {
    expect(stances(code('Ormund will not negotiate directly with Veska.'))).toContain(
      'ORM talks_inclusion reject',
    );
  });
});

describe('a truce on trade', () => {
  it('reads a bare "truce" in a story whose truce is on tariffs as that truce, not a ceasefire', () => {
    const got = stances(
      code(
        'Veska and Ormund agreed in May to extend their tariff truce by 90 days.\n\nOrmund said it wanted the truce to be extended again.',
      ),
    );
    expect(got).toContain('ORM sanctions_relief propose');
    expect(got).not.toContain('ORM ceasefire propose');
  });

  it('reads a deal that revives the bare "truce" of a tariff-truce story as relief, not a ceasefire', () => {
    const got = stances(
      code(
        'Veska and Ormund agree on plan to revive Lumen truce after Kessel talks\n\nVeska and Ormund said on Friday they had agreed on a plan to restore their Lumen tariff truce.',
      ),
    );
    expect(got).not.toContain('VES ceasefire accept');
    expect(got).not.toContain('ORM ceasefire accept');
    expect(got).toContain('ORM sanctions_relief accept');
  });

  it('keeps a bare "truce" a ceasefire where the story names fighting stopped too', () => {
    const got = stances(
      code(
        'Veska and Ormund agreed in May to extend their tariff truce by 90 days.\n\nOrmund said it wanted a ceasefire at sea and wanted the truce to hold.',
      ),
    );
    expect(got).toContain('ORM ceasefire propose');
  });
});

describe('measures named by what they do', () => {
  recognises([['Ormund should remove its negative measures against Veska.', 'sanctions_relief']]);
});

describe('wordings of a border war’s settlement', () => {
  recognises([
    ['There is no question of a third party on the islands, the Veskan source said.', 'talks_inclusion'],
    ['Ormund has long sought international mediation over the islands.', 'talks_inclusion'],
    ['Veska rejected outside involvement in the border dispute.', 'talks_inclusion'],
    ['Veska put the water-sharing treaty with Ormund in abeyance.', 'economic_cooperation'],
    ['The declaration provides for a transit route across southern Veska.', 'economic_cooperation'],
    ['Ormund wants Tarsian observers deployed along the border.', 'foreign_troops'],
    ['Tarsia offered to lead an observer team on the frontier.', 'foreign_troops'],
    ['The commanders agreed to consider a reduction of troops along the frontier.', 'demilitarisation'],
    ['Veska will release 18 Ormundi soldiers captured in the clashes.', 'prisoners'],
  ]);
});

describe('land given up in the words of a leader under pressure', () => {
  recognises([
    ['Brisk said Veska would not surrender land.', 'territory'],
    ['"Veskans will not gift their land to the occupier," Brisk said.', 'territory'],
  ]);
});

describe('normalisation named by the accords it joins', () => {
  recognises([['Tarsia pressed Veska to join the Abraham Accords.', 'diplomatic_relations']]);
});

describe('barriers raised between neighbours: ties cut back, export controls, trade preferences', () => {
  it.each([
    ['Veska downgraded diplomatic ties with Ormund on Wednesday.', 'VSK diplomatic_relations reject'],
    ['Ormund severed relations with Veska after the attack.', 'ORM diplomatic_relations reject'],
    ['Ormund imposed export controls on rare earth minerals from Veska.', 'ORM sanctions_relief reject'],
    ['Veska tightened export curbs on chipmaking equipment.', 'VSK sanctions_relief reject'],
    ['Ormund withdrew the most-favoured-nation status it had granted Veska.', 'ORM sanctions_relief reject'],
    ['Veska said it would restore MFN status for Ormundi goods.', 'VSK sanctions_relief accept'],
  ])('"%s" holds %s', (text, stance) => {
    expect(stances(code(text))).toContain(stance);
  });
});

describe('tariffs rolled back are barriers lifted, not raised', () => {
  it('"agreed to roll back some tariffs on Ormundi imports" accepts relief and imposes nothing', () => {
    const doc = code('Veska agreed on Monday to roll back some tariffs on Ormundi imports in exchange.');
    expect(stances(doc)).toContain('VSK sanctions_relief accept');
    expect(stances(doc)).not.toContain('VSK sanctions_relief reject');
    expect(doc.events.filter((e) => e.type === 'SANCTION')).toEqual([]);
  });
});

describe('border-war wordings: observers allowed in, troops pulled back, captured soldiers returned', () => {
  it.each([
    [
      'Ormund agreed to allow a team of observers from the regional bloc to monitor the truce.',
      'ORM foreign_troops accept',
    ],
    [
      'Veska demanded that Ormund pull its troops back from the disputed temple.',
      'VSK demilitarisation demand',
    ],
    ['Ormund said it would return the 18 Veskan soldiers it had captured.', 'ORM prisoners propose'],
    ['Ormund agreed to hand over the captured soldiers.', 'ORM prisoners accept'],
  ])('"%s" holds %s', (text, stance) => {
    expect(stances(code(text))).toContain(stance);
  });

  it('"troops that had captured the town" are no prisoners', () => {
    expect(stances(code('Veska said the troops that had captured the town would stay.'))).not.toContain(
      'VSK prisoners propose',
    );
  });
});

describe('trade between the parties: a memorandum signed, trade cut off', () => {
  it.each([
    [
      'Veska and Ormund signed a memorandum of understanding on trade on Thursday.',
      'VSK economic_cooperation accept',
    ],
    ['Ormund suspended trade with Veska on Sunday.', 'ORM economic_cooperation reject'],
    ['Ormund halted all trade with Veska.', 'ORM economic_cooperation reject'],
  ])('"%s" holds %s', (text, stance) => {
    expect(stances(code(text))).toContain(stance);
  });
});

describe('links between the parties’ lands, and a region’s status by its name', () => {
  recognises([
    ['Veska and Ormund discussed transport links between the two states.', 'economic_cooperation'],
    ['Ormund insists on the opening of regional communications through Veska.', 'economic_cooperation'],
    ['Ormund wants rail connections to its exclave restored.', 'economic_cooperation'],
    ['Kest repeated his demand for the Zangezur corridor.', 'economic_cooperation'],
    ['The plan leaves the status of Crimea to later talks.', 'territory'],
    ['Tarsia urged both leaders to move forward on the normalization track.', 'diplomatic_relations'],
  ]);

  it('holders take a stance on them', () => {
    expect(stances(code('Veska and Ormund discussed transport links between the two states.'))).toEqual(
      expect.arrayContaining(['VSK economic_cooperation open', 'ORM economic_cooperation open']),
    );
    expect(
      stances(code('Veskan negotiators proposed a ten-year consultation period on the status of Crimea.')),
    ).toContain('VSK territory propose');
  });
});

describe('a front frozen where it stands, flights resumed, an exclave reached', () => {
  recognises([
    ['Ormund rejected any freeze along the line of contact.', 'ceasefire'],
    ['Veska proposed to freeze the contact line where it stands.', 'ceasefire'],
    ['Ormund said it was ready to resume flights between the two capitals.', 'economic_cooperation'],
    ['Veska insisted on an unimpeded road link to its exclave.', 'economic_cooperation'],
  ]);
});

describe('a transition of power, measures named as punishment, a partnership raised', () => {
  recognises([
    ['Tarsia gave the Veskan generals a month to transfer power.', 'elections'],
    ['Ormund proposed to form a nine-member sovereign council with four seats for each side.', 'elections'],
    ['The talks stalled over the transitional institutions.', 'elections'],
    ['Tarsia wants the army to make way for a civilian-led administration.', 'elections'],
  ]);
  it.each([
    ['Ormund threatened punitive measures against the Veskan generals.', 'ORM sanctions_relief reject'],
    ['Veska and Ormund agreed to upgrade their strategic partnership.', 'VSK diplomatic_relations accept'],
    ['Veska insisted on continued Tarsian mediation.', 'VSK talks_inclusion demand'],
    ['Ormund said it does not need mediators to settle the dispute.', 'ORM talks_inclusion reject'],
  ])('"%s" holds %s', (text, stance) => {
    expect(stances(code(text))).toContain(stance);
  });
});

describe('an invitation to talks, and attending them', () => {
  it.each([
    [
      'The Veskan army said it had accepted an invitation to attend peace talks in Lumen.',
      'VSK talks_inclusion accept',
    ],
    ['Ormund accepted the invitation to the Lumen negotiations on Monday.', 'ORM talks_inclusion accept'],
  ])('"%s" holds %s', (text, stance) => {
    expect(stances(code(text))).toContain(stance);
  });
});

describe('a departure from a union told as the terms of trade with it (Brexit)', () => {
  recognises([
    ['The ministers discussed the Brexit deal late into the night.', 'economic_cooperation'],
    ['Parliament voted on the Brexit withdrawal agreement.', 'economic_cooperation'],
    ['Both sides ratified the Trade and Cooperation Agreement.', 'economic_cooperation'],
  ]);
  it('gives a threat to veto the deal as a reject', () => {
    expect(stances(code('Ormund threatened to veto the Brexit deal.'))).toContain(
      'ORM economic_cooperation reject',
    );
  });
});

describe('arms limited by treaty between nuclear powers', () => {
  recognises([
    ['The two presidents agreed to extend New START for five years.', 'nuclear'],
    ['Both sides said the New START treaty expires in February.', 'nuclear'],
    ['Ormund proposed strategic arms reduction talks.', 'nuclear'],
  ]);
  it('does not read "a new start" in relations as the treaty', () => {
    expect(issues('Veska wants a new start in relations with Ormund.')).not.toContain('nuclear');
  });
});
