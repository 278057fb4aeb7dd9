// adapter.js: run one general NLP library over documents and map what it finds
// (people, places and countries, organisations, dates) to the `entities` and
// `dates` of the accord.extract/1 record (../shared/eval/SCHEMA.md), so that
// ../shared/eval/score scores every tool on the same gold.
//
// usage: node adapter.js wink|compromise|chrono [--output DIR] FILE|DIR...
// Without --output it processes everything and prints only a byte count (the
// throughput runs time the whole process).
'use strict';
const fs = require('fs');
const path = require('path');

const peer = process.argv[2];
let args = process.argv.slice(3), outdir = null;
if (args[0] === '--output') { outdir = args[1]; args = args.slice(2); }

// Country names from Debian's iso-codes, so that a place that is a country
// is typed `state` as the schema asks (the peers only say "place").
const countries = new Map();
try {
  const iso = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
  for (const c of iso)
    for (const n of [c.name, c.common_name, c.official_name])
      if (n) countries.set(n.toLowerCase(), c.alpha_3);
} catch (e) { /* without iso-codes every place stays a place */ }

function files(list) {
  const out = [];
  for (const p of list) {
    const st = fs.statSync(p);
    if (st.isDirectory()) out.push(...files(fs.readdirSync(p).sort().map(f => path.join(p, f))));
    else out.push(p);
  }
  return out;
}

const iso = d => d.toISOString().slice(0, 10);

function record(entities, dates) {
  const byKey = new Map();
  for (const [type, name] of entities) {
    const clean = name.replace(/[.,;:'’]+$/, '').replace(/^the /i, '').trim();
    if (!clean) continue;
    let t = type, code = null;
    if (t === 'place' && countries.has(clean.toLowerCase())) { t = 'state'; code = countries.get(clean.toLowerCase()); }
    const key = t + '\u0000' + clean.toLowerCase();
    const e = byKey.get(key);
    if (e) e.mentions++;
    else byKey.set(key, { type: t, name: clean, aliases: [], code, mentions: 1 });
  }
  return { schema: 'accord.extract/1',
           document: { title: null, kind: 'other', date: null, place: null, signatories: [] },
           summit: null, entities: [...byKey.values()], dates,
           events: [], agreements: [], clauses: [] };
}

let run;
if (peer === 'wink') {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  run = text => {
    const doc = nlp.readDoc(text);
    const ents = [], dates = [];
    // wink's English model types entities as DATE, TIME, CARDINAL, MONEY...;
    // it has no person/place/organisation types, so proper-noun runs are the
    // closest it offers: they are reported as organisations (unknown type).
    doc.entities().each(e => {
      const t = e.out(its.type), s = e.out();
      if (t === 'DATE') {
        const d = new Date(s);
        if (!isNaN(d)) dates.push({ text: s, value: /^\d{4}$/.test(s) ? s : iso(d), end: null });
      }
    });
    let run = [];
    const flush = () => { if (run.length) ents.push(['organization', run.join(' ')]); run = []; };
    doc.tokens().each(t => { if (t.out(its.pos) === 'PROPN') run.push(t.out()); else flush(); });
    flush();
    return record(ents, dates);
  };
} else if (peer === 'compromise') {
  const nlp = require('compromise');
  run = text => {
    const doc = nlp(text);
    const ents = [];
    for (const p of doc.people().out('array')) ents.push(['person', p]);
    for (const p of doc.places().out('array')) ents.push(['place', p]);
    for (const o of doc.organizations().out('array')) ents.push(['organization', o]);
    return record(ents, []);
  };
} else if (peer === 'chrono') {
  const chrono = require('chrono-node');
  run = text => {
    const dates = [];
    for (const r of chrono.parse(text, new Date(2025, 5, 17))) {
      const v = c => {
        const y = c.get('year'), m = c.get('month'), d = c.get('day');
        if (!c.isCertain('month')) return String(y);
        if (!c.isCertain('day')) return `${y}-${String(m).padStart(2, '0')}`;
        return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      };
      dates.push({ text: r.text, value: v(r.start), end: r.end ? v(r.end) : null });
    }
    return record([], dates);
  };
} else {
  console.error('usage: node adapter.js wink|compromise|chrono [--output DIR] FILE|DIR...');
  process.exit(2);
}

let bytes = 0;
for (const f of files(args)) {
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  const rec = run(text);
  if (outdir) fs.writeFileSync(path.join(outdir, path.basename(f).replace(/\.[^.]*$/, '') + '.json'),
                               JSON.stringify(rec, null, 1));
}
if (!outdir) console.log(`${bytes} bytes`);
