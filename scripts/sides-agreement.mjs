// How often `mainParties(doc, ctx, true)` (what "both sides" stands for) agrees with the coder's
// sides, over parts A, B and C. Run after `npx tsc -p tsconfig.build.json`:
//   node scripts/sides-agreement.mjs [worktree] [--all]
const root = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : process.cwd();
const showAll = process.argv.includes('--all');
const core = await import(`${root}/dist/core/index.js`);
const { actorLexicon } = await import(`${root}/dist/core/code/actors/lexicon.js`);
const { createDocument, defaultPipeline, findGoldFiles, readGoldFile, mainParties } = core;
const parts = {
  A: [`${root}/eval/real-dev`, `${root}/.dev/real-dev`],
  B: [`${root}/eval/real-train`],
  C: [`${root}/eval/real-fresh`],
};
const pipeline = defaultPipeline();
const actors = actorLexicon(pipeline.ctx).actors;
const party = (c) => ['state', 'org', 'group'].includes(actors.get(c)?.kind);

// The coder's sides: who takes positions (a bare proposal counts half: mediators propose) and who
// is party to events (an accusation or an agreement between two is the sides' own business).
// An actor that takes no position but 'propose' and is never party to a two-actor event or an
// accusation is a mediator, not a side, unless nothing else is left.
function goldSides(gold) {
  const score = new Map();
  const add = (c, by) => {
    if (typeof c === 'string' && party(c)) score.set(c, (score.get(c) ?? 0) + by);
  };
  const sideEvidence = new Set();
  for (const p of gold.positions) {
    add(p.actor, p.stance === 'propose' ? 0.5 : 1);
    if (p.stance !== 'propose') sideEvidence.add(p.actor);
  }
  for (const e of gold.events) {
    const as = [...new Set(e.actors)];
    const w = as.length <= 2 ? 2 : 1;
    for (const a of as) add(a, w);
    if (as.length === 2 || e.type === 'ACCUSE' || e.type === 'SANCTION')
      for (const a of as) sideEvidence.add(a);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const sides = ranked.filter(([c]) => sideEvidence.has(c));
  const pick = (sides.length >= 2 ? sides : ranked).slice(0, 2).map(([c]) => c);
  return { pick, ranked };
}

// Where the counts above miss the story's sides (a broker that signs and meets everyone, ties),
// the pairs a reader of the article accepts.
const judged = {
  'eu-cyprus-cransmontana-2017-07-07': ['CYP+TRNC', 'CYP+TUR'],
  'me-gaza-unsc2735-2024-06-10': ['ISR+HAMAS', 'UN+USA'],
  'me-iran-vienna-2021-04-02': ['IRN+USA'],
  'ua-grain-extension-2022-11-17': ['RUS+UKR', 'RUS+UN'],
  'arm-aze-ceasefire-2020-11-10': ['ARM+AZE'],
  'drc-m23-luanda-2022-11-24': ['COD+RWA', 'COD+M23'],
  'drc-rwanda-luanda-2024-12-15': ['COD+RWA'],
  'jeddah-2023-08-03': ['UKR+RUS', 'UKR+SAU'],
  'lebanon-ceasefire-2024-11-27': ['ISR+LBN', 'ISR+HEZBOLLAH'],
  'minsk-2014-09-05': ['UKR+RUS', 'UKR+SEPARATISTS'],
  'syria-astana-2017-01-24': ['SYR+SYROPP'],
  'yemen-stockholm-2018-12-13': ['YEM+HOUTHI'],
  'yemen-truce-2022-04-03': ['SAU+HOUTHI', 'YEM+HOUTHI'],
  'taf-gerd-kinshasa-2021-04-06': ['EGY+ETH', 'ETH+SDN'],
  'tas-afg-moscow-2018-11-09': ['TALIBAN+AFG', 'TALIBAN+RUS'],
  'teu-armaze-granada-2023-10-05': ['ARM+AZE'],
  'teu-armaze-sochi-2022-11-01': ['ARM+AZE'],
  'teu-srbkos-plates-2022-11-22': ['SRB+XKX'],
  'tme-gaza-egypt-plan-2023-12-24': ['ISR+HAMAS'],
  'tme-iran-us-withdrawal-2018-05-09': ['USA+IRN'],
  'tme-leb-hochstein-beirut-2024-10-21': ['ISR+HEZBOLLAH', 'LBN+ISR', 'LBN+USA'],
  'tmx-afg-prisoners-2020-04-12': ['TALIBAN+AFG'],
  'tmx-syria-geneva-hnc-2016-01-31': ['SYR+SYROPP'],
  'tmx-yemen-kuwait-2016-07-14': ['HOUTHI+YEM'],
  'tmx-yemen-redsea-oman-2024-03-14': ['IRN+USA', 'USA+HOUTHI', 'USA+OMN'],
  'tua-minsk-tcg-video-2020-04-22': ['UKR+RUS', 'UKR+DPR'],
  'tua-normandy-advisers-paris-2022-01-27': ['UKR+RUS'],
  'tua-peace-formula-malta-2023-10-28': ['UKR+RUS', 'UKR+MLT'],
  'fa-iran-vienna-seventh-round-2021-11-29': ['IRN+USA', 'IRN+EU', 'IRN+GBR'],
  'fa-srb-kos-brussels-2022-08-18': ['SRB+XKX'],
  'fb-south-sudan-addis-2018-06-19': ['SSD+SPLM-IO'],
  'af-sudan-geneva-2024-08-02': ['USA+SDN', 'SDN+RSF'],
  'me-gaza-hamas-response-2024-07-04': ['USA+ISR', 'ISR+HAMAS'],
  'gaza-doha-2024-08-16': ['USA+QAT', 'ISR+HAMAS'],
  'gaza-paris-2024-02-25': ['ISR+USA', 'ISR+HAMAS'],
  'tmx-yemen-prisoner-swap-2023-04-15': ['SAU+HOUTHI', 'YEM+HOUTHI'],
  'fa-ukr-donbas-swap-2019-12-29': ['UKR+RUS', 'UKR+DPR'],
};
const samePair = (a, b) => a.length === 2 && b.length === 2 && a.every((c) => b.includes(c));
let total = 0,
  same = 0,
  one = 0;
const byPart = {};
for (const [name, paths] of Object.entries(parts)) {
  const files = findGoldFiles(paths);
  let n = 0,
    s = 0,
    o = 0;
  for (const file of files) {
    const { gold, text } = readGoldFile(file);
    const doc = pipeline.run(createDocument(text, { date: gold.date, source: file }));
    const pred = mainParties(doc, pipeline.ctx, true);
    const plain = mainParties(doc, pipeline.ctx, false);
    const { pick: counted, ranked } = goldSides(gold);
    const id = file.split('/').pop().replace('.gold.json', '');
    const accepted = judged[id]?.map((p) => p.split('+')) ?? [counted];
    const pick =
      accepted.find((p) => samePair(p, pred)) ??
      accepted.find((p) => pred.some((c) => p.includes(c))) ??
      accepted[0];
    if (pick.length < 2) continue;
    n++;
    const hits = pred.filter((c) => pick.includes(c)).length;
    if (hits === 2) s++;
    else if (hits === 1) o++;
    if (hits < 2 || showAll)
      console.log(
        `${name} ${id}: parley ${pred.join('+')} (plain ${plain.join('+')}) gold ${accepted.map((p) => p.join('+')).join(' | ')}  [${ranked
          .slice(0, 5)
          .map(([c, v]) => `${c}:${v}`)
          .join(' ')}]`,
      );
  }
  byPart[name] = `${s}/${n} (one of two: ${o})`;
  total += n;
  same += s;
  one += o;
}
console.log(byPart, `all ${same}/${total} (one of two: ${one})`);
