// track.mjs: implementation tracking in a real browser (issue 7's bar): a
// focal point for KGZ (made by an admin with `accord user add` in
// t-browser.sh) logs in, scores a commitment for KGZ with evidence, cannot
// score it for UZB (403, nothing changes), logs out; the public compliance
// page then shows the new figure.  Prints "ok NAME" / "FAIL NAME: why".
//
// Environment: ACCORD_URL, CHROMIUM, ARTIFACTS, FOCAL_NAME, FOCAL_PASSWORD,
// CLAUSE (a commitment binding both KGZ and UZB).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = process.env.ACCORD_URL;
const artifacts = process.env.ARTIFACTS || 'artifacts';
const name = process.env.FOCAL_NAME;
const password = process.env.FOCAL_PASSWORD;
const clause = process.env.CLAUSE;
fs.mkdirSync(artifacts, { recursive: true });

let failed = 0;
const ok = (n) => console.log(`ok ${n}`);
const fail = (n, why) => { failed++; console.log(`FAIL ${n}: ${String(why).split('\n')[0]}`); };
async function check(n, fn) {
  try {
    const r = await fn();
    if (r === false) fail(n, 'condition not met'); else ok(n);
  } catch (e) {
    fail(n, e && e.message ? e.message : e);
  }
}

const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-chromium-'));
const ctx = await chromium.launchPersistentContext(userDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1200, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = ctx.pages()[0] || await ctx.newPage();
page.setDefaultTimeout(15000);
const shot = (n) => page.screenshot({ path: path.join(artifacts, `track-${n}.png`), fullPage: true });
const history = async () => {
  const r = await page.request.get(`${base}/api/v1/clauses/${clause}/assessments`);
  const j = await r.json();
  return Object.fromEntries(j.states.map((s) => [s.state, s]));
};

try {
  await check('track-anonymous-sees-no-form', async () => {
    await page.goto(`${base}/clauses/${clause}`);
    return (await page.locator('form.assess-form').count()) === 0 && (await page.locator('#state-KGZ').count()) === 1;
  });

  await check('track-focal-logs-in', async () => {
    await page.goto(base + '/login');
    await shot('login');
    await page.fill('#name', name);
    await page.fill('#password', password);
    await Promise.all([page.waitForURL(base + '/'), page.click('#login-form button[type=submit]')]);
    const cookies = await ctx.cookies(base);
    const c = cookies.find((x) => x.name === 'accord_session');
    if (!c || !c.httpOnly || c.sameSite !== 'Strict') throw new Error(`session cookie ${JSON.stringify(c)}`);
    return (await page.textContent('#whoami')) === name;
  });

  await check('track-focal-sees-own-form-only', async () => {
    await page.goto(`${base}/clauses/${clause}`);
    return (await page.locator('#assess-KGZ').count()) === 1 && (await page.locator('#assess-UZB').count()) === 0;
  });

  await check('track-focal-scores-kgz', async () => {
    await page.click('#state-KGZ details.assess summary');
    await page.selectOption('#score-KGZ', '1');
    await page.fill('#note-KGZ', 'The customs law was adopted and is in force.');
    await page.fill('#ev_date-KGZ', '2026-03-01');
    await page.fill('#ev_title-KGZ', 'Law No. 77 on customs');
    await page.fill('#ev_url-KGZ', 'https://example.org/kgz/law-77');
    await page.fill('#ev_excerpt-KGZ', 'The Law enters into force on 1 March 2026.');
    await shot('form');
    await Promise.all([page.waitForURL(new RegExp(`/clauses/${clause}#state-KGZ$`)),
      page.click('#assess-KGZ button[type=submit]')]);
    await shot('scored');
    const score = await page.textContent('#state-KGZ h2 .score');
    const ev = await page.textContent('#state-KGZ table.evidence');
    const hist = await page.locator('#state-KGZ table.history tbody tr').count();
    if (!/\+1/.test(score)) throw new Error(`score shown: ${score}`);
    if (!/Law No\. 77 on customs/.test(ev)) throw new Error('evidence not listed');
    return hist === 1;
  });

  await check('track-focal-cannot-score-uzb', async () => {
    const before = await history();
    // the KGZ form's own fields and CSRF token, with the state changed
    const status = await page.evaluate(async (url) => {
      const f = new FormData(document.querySelector('#assess-KGZ'));
      f.set('state', 'UZB');
      f.set('note', 'written by the wrong focal point');
      const r = await fetch(url, { method: 'POST', body: new URLSearchParams(f), redirect: 'manual' });
      return r.status;
    }, `${base}/clauses/${clause}`);
    const after = await history();
    if (status !== 403) throw new Error(`status ${status}`);
    return JSON.stringify(before.UZB) === JSON.stringify(after.UZB) && after.UZB.score === null && after.KGZ.score === 1;
  });

  await check('track-focal-logs-out', async () => {
    await page.goto(base + '/');
    await Promise.all([page.waitForURL(base + '/'), page.click('#logout')]);
    const cookies = await ctx.cookies(base);
    return (await page.locator('#login').count()) === 1 && !cookies.some((x) => x.name === 'accord_session');
  });

  await check('track-public-compliance-shows-figure', async () => {
    await page.goto(base + '/compliance');
    await shot('compliance');
    const avg = await page.textContent('#fig-state tr[data-key="KGZ"] td.avg');
    const cell = await page.textContent(`svg.heatmap g.cell[data-clause="${clause}"][data-state="KGZ"] text`);
    if (avg.trim() !== '+1.00') throw new Error(`KGZ average ${avg}`);
    return cell.trim() === '+1';
  });

  await check('track-report-prints-a4', async () => {
    const r = await page.goto(base + '/report/1');
    if (r.status() !== 200) throw new Error(`status ${r.status()}`);
    await page.emulateMedia({ media: 'print' });
    const navHidden = await page.evaluate(() => getComputedStyle(document.querySelector('header')).display === 'none');
    await page.pdf({ path: path.join(artifacts, 'report.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    return navHidden;
  });
} finally {
  await ctx.close();
  fs.rmSync(userDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
