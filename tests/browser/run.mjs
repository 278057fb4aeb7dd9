// run.mjs: accord in a real browser: Playwright (playwright-core) driving
// Debian's chromium against a running `accord serve`.  Prints one line per
// check, "ok NAME" or "FAIL NAME: why"; screenshots go to $ARTIFACTS.
//
// Environment: ACCORD_URL (http://127.0.0.1:PORT), CHROMIUM (/usr/bin/chromium),
// ARTIFACTS (a directory), UPLOAD (a text file to import), UPLOAD_WORD (a
// word only that file has).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = process.env.ACCORD_URL;
const artifacts = process.env.ARTIFACTS || 'artifacts';
const upload = process.env.UPLOAD;
const uploadWord = process.env.UPLOAD_WORD || 'quokka';
fs.mkdirSync(artifacts, { recursive: true });

let failed = 0;
const ok = (name) => console.log(`ok ${name}`);
const fail = (name, why) => { failed++; console.log(`FAIL ${name}: ${String(why).split('\n')[0]}`); };
async function check(name, fn) {
  try {
    const r = await fn();
    if (r === false) fail(name, 'condition not met'); else ok(name);
  } catch (e) {
    fail(name, e && e.message ? e.message : e);
  }
}

// RFC 4180 records (quoted fields may hold commas, quotes and line ends).
function csvRecords(text) {
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') {}
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-chromium-'));
const ctx = await chromium.launchPersistentContext(userDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1200, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = ctx.pages()[0] || await ctx.newPage();
page.setDefaultTimeout(15000);
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: false });
const total = async () => Number(await page.getAttribute('#total', 'data-total'));

try {
  await check('home-opens', async () => {
    const r = await page.goto(base + '/');
    await shot('home');
    return r.status() === 200 && (await page.locator('h1').count()) === 1;
  });
  await check('home-keyboard-skip-link-first', async () => {
    await page.keyboard.press('Tab');
    return (await page.evaluate(() => document.activeElement && document.activeElement.className)) === 'skip';
  });

  // Home -> the declaration -> one of its clauses (two clicks), its
  // attribute's words, then back home.
  let eid = '';
  await check('home-to-clause-and-back', async () => {
    await page.goto(base + '/');
    await page.locator('a[href^="/documents/"]', { hasText: /declaration/i }).first().click();
    await page.waitForSelector('section.clause');
    await shot('document');
    const link = page.locator('nav.outline a[href*="__para_"]').nth(2);
    const href = await link.getAttribute('href');
    eid = href.slice(1);
    await link.click();
    await page.waitForFunction((h) => location.hash === h, href);
    const clause = page.locator(`section.clause[id="${eid}"]`);
    if (!(await clause.isVisible())) throw new Error(`clause ${eid} not visible`);
    await clause.screenshot({ path: path.join(artifacts, 'clause.png') });
    const why = clause.locator('a.why').first();
    const target = (await why.getAttribute('href')).slice(1);
    await why.click();
    const mark = page.locator(`mark[id="${target}"]`);
    if ((await mark.count()) !== 1 || !(await mark.textContent()).trim()) throw new Error(`no words for ${target}`);
    await page.goBack();
    await page.goBack();
    await page.goBack();
    return new URL(page.url()).pathname === '/';
  });

  await check('commitments-facet-counts', async () => {
    await page.goto(base + '/commitments');
    await shot('commitments');
    const all = await total();
    const facet = page.locator('fieldset:has(legend:text("Issue area")) li a[data-facet]').first();
    const want = Number(await facet.locator('xpath=following-sibling::span[@class="n"]').textContent());
    await facet.click();
    await page.waitForURL(/area=/);
    await shot('commitments-facet');
    const got = await total();
    const rows = await page.locator('#clauses tbody tr').count();
    if (got !== want) throw new Error(`facet said ${want}, table says ${got}`);
    if (rows !== Math.min(got, 50)) throw new Error(`${rows} rows for ${got}`);
    return got <= all;
  });

  await check('commitments-csv-download', async () => {
    const want = await total();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const file = path.join(artifacts, 'commitments.csv');
    await dl.saveAs(file);
    const recs = csvRecords(fs.readFileSync(file, 'utf8'));
    if (recs[0][0] !== 'id') throw new Error(`header ${recs[0].join(',')}`);
    const area = new URL(page.url()).searchParams.get('area');
    const col = recs[0].indexOf('areas');
    const bad = recs.slice(1).filter((r) => !r[col].split(' ').includes(area));
    if (bad.length) throw new Error(`${bad.length} rows without area ${area}`);
    if (recs.length - 1 !== want) throw new Error(`${recs.length - 1} rows, page says ${want}`);
  });

  await check('commitments-sort-and-page', async () => {
    await page.goto(base + '/commitments');
    await page.click('th a:text("Modality")');
    await page.waitForURL(/sort=modality/);
    const next = page.locator('a[rel="next"]');
    if (await next.count()) {
      await next.click();
      await page.waitForURL(/page=2/);
    }
    return (await page.locator('#clauses tbody tr').count()) > 0;
  });

  await check('search-highlights', async () => {
    await page.goto(base + '/');
    await page.fill('#q-top', 'trade');
    await page.press('#q-top', 'Enter');
    await page.waitForURL(/\/search\?q=trade/);
    await shot('search');
    const n = await page.locator('.snippet b').count();
    if (!n) throw new Error('no highlighted words');
    await page.locator('ol.results a').first().click();
    await page.waitForSelector('section.clause');
    return /#/.test(page.url());
  });

  await check('upload-and-find', async () => {
    await page.goto(base + '/import');
    await shot('import');
    await page.setInputFiles('#file', upload);
    await Promise.all([page.waitForURL(/\/documents\/\d+$/), page.click('#import-form button[type=submit]')]);
    await shot('imported');
    await page.goto(base + '/search?q=' + encodeURIComponent(uploadWord));
    const hits = await page.locator('.snippet b', { hasText: new RegExp(uploadWord, 'i') }).count();
    if (!hits) throw new Error(`'${uploadWord}' not found after import`);
  });

  for (const [name, url] of [['summits', '/summits'], ['summit', '/summits/1'], ['documents', '/documents'],
    ['entities', '/entities'], ['chart-timeline', '/charts/timeline.svg'], ['chart-areas', '/charts/areas.svg'],
    ['chart-actors', '/charts/actors.svg'], ['not-found', '/no/such/page']]) {
    await check(`page-${name}`, async () => {
      const r = await page.goto(base + url);
      await shot(name);
      return r.status() === (name === 'not-found' ? 404 : 200);
    });
  }
  await check('page-entity', async () => {
    await page.goto(base + '/entities');
    const a = page.locator('table a[href^="/entities/"]').first();
    if (!(await a.count())) return true; // no entities in this registry
    await a.click();
    await page.waitForSelector('h1');
    await shot('entity');
    return true;
  });

  await check('phone-width-no-horizontal-scroll', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(base + '/commitments');
    await shot('commitments-phone');
    return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  });

  await check('form-controls-labelled', async () => {
    for (const url of ['/', '/commitments', '/search?q=trade', '/import']) {
      await page.goto(base + url);
      const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map((el) => el.id || el.name));
      if (unlabelled.length) throw new Error(`${url}: ${unlabelled.join(', ')}`);
    }
  });
} finally {
  await ctx.close();
  fs.rmSync(userDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
