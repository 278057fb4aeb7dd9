// i18n.mjs: the interface in three languages, in a real browser.  On every
// page type it starts in English, switches language with the page's own
// switcher (ul.langs), and checks that the URL stays the same, that
// <html lang> follows, that a known translated word appears, and that no
// catalogue miss shows: the server runs with ACCORD_I18N_STRICT=1, which
// writes an untranslated message as ⟦msgid⟧.  Charts (SVG, no switcher)
// are opened under the cookie the switcher set.  Prints "ok NAME" or
// "FAIL NAME: why" per check.
//
// Environment: ACCORD_URL, CHROMIUM, ARTIFACTS, DOC (a document id),
// CLAUSE (a clause id), SUMMIT (a summit id), ENTITY (an entity id),
// VERSIONS (the English version of a work in three languages) and
// VERSION_ZH (its Chinese version).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = process.env.ACCORD_URL;
const artifacts = process.env.ARTIFACTS || 'artifacts';
fs.mkdirSync(artifacts, { recursive: true });
const { DOC = '1', CLAUSE = '1', SUMMIT = '1', ENTITY = '1', VERSIONS = DOC, VERSION_ZH = '' } = process.env;

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

// Every page type of src/web/routes.c that a browser shows, and the status
// it answers with.
const pages = [
  ['home', '/', 200], ['summits', '/summits', 200], ['summit', `/summits/${SUMMIT}`, 200],
  ['documents', '/documents', 200], ['document', `/documents/${DOC}`, 200],
  ['versions', `/documents/${VERSIONS}/versions`, 200], ['clause', `/clauses/${CLAUSE}`, 200],
  ['commitments', '/commitments', 200], ['commitments-filtered', '/commitments?area=trade&sort=modality', 200],
  ['entities', '/entities', 200], ['entity', `/entities/${ENTITY}`, 200], ['search', '/search?q=trade', 200],
  ['compliance', '/compliance', 200], ['report', `/report/${SUMMIT}`, 200], ['import', '/import', 200],
  ['login', '/login?next=/compliance', 200], ['not-found', '/no/such/page', 404], ['bad-request', '/compliance?summit=x', 400],
];
const charts = ['/charts/timeline.svg', '/charts/areas.svg', '/charts/actors.svg', '/charts/heatmap.svg'];
// A word of the navigation every page carries, and one of the page itself.
const nav = { ru: 'Документы', 'zh-Hans': '文件', en: 'Documents' };
const words = {
  home: ['Реестр в цифрах', '登记册概览'], summits: ['Саммиты', '峰会'], summit: ['Участники', '参加方'],
  documents: ['Название', '标题'], document: ['Структура', '目录'], versions: ['Языковые версии', '语言版本'], clause: ['В документе', '在文件中'],
  commitments: ['Сферы', '领域'], 'commitments-filtered': ['Сбросить все фильтры', '清除所有筛选'],
  entities: ['Упоминания', '提及'], entity: ['Упоминания', '提及'], search: ['Что искать', '搜索词'],
  compliance: ['Выполнение обязательств', '承诺履约情况'], report: ['Отчёт о выполнении', '落实情况报告'],
  import: ['Импорт документа', '导入文件'], login: ['Имя пользователя', '用户名'], 'not-found': ['Не найдено', '未找到'],
  'bad-request': ['Неверный запрос', '请求有误'],
};

// All the words a reader can meet: text, and the attributes read aloud or
// shown on hover.
const visible = () => page.evaluate(() => {
  const attrs = [...document.querySelectorAll('[alt], [title], [aria-label], [placeholder]')]
    .map((el) => ['alt', 'title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) || '').join(' '));
  return [document.title, document.body.innerText, ...attrs].join('\n');
});
const misses = (text) => [...new Set(text.match(/⟦[^⟧]*⟧/g) || [])];

const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-chromium-i18n-'));
const ctx = await chromium.launchPersistentContext(userDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  locale: 'en-US',
  viewport: { width: 1200, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = ctx.pages()[0] || await ctx.newPage();
page.setDefaultTimeout(15000);

try {
  for (const [name, url, status] of pages) {
    await check(`i18n-${name}`, async () => {
      await ctx.clearCookies();
      const r = await page.goto(base + url);
      if (r.status() !== status) throw new Error(`${url}: status ${r.status()}, expected ${status}`);
      if ((await page.getAttribute('html', 'lang')) !== 'en') throw new Error('not English to begin with');
      const where = new URL(page.url());
      for (const [lang, k] of [['ru', 0], ['zh-Hans', 1], ['en', -1]]) {
        await Promise.all([page.waitForNavigation(), page.click(`ul.langs a[data-lang="${lang}"]`)]);
        const now = new URL(page.url());
        if (now.pathname + now.search !== where.pathname + where.search)
          throw new Error(`${lang}: the switcher went to ${now.pathname + now.search}`);
        const got = await page.getAttribute('html', 'lang');
        if (got !== lang) throw new Error(`${lang}: <html lang="${got}">`);
        if ((await page.getAttribute(`ul.langs a[data-lang="${lang}"]`, 'aria-current')) !== 'true')
          throw new Error(`${lang}: the switcher does not mark its language`);
        const text = await visible();
        const m = misses(text);
        if (m.length) throw new Error(`${lang}: untranslated ${m.slice(0, 5).join(' ')}`);
        if (!text.includes(nav[lang])) throw new Error(`${lang}: no '${nav[lang]}'`);
        const w = k >= 0 ? words[name][k] : '';
        if (w && !text.includes(w)) throw new Error(`${lang}: no '${w}' on the page`);
        if (lang !== 'en') await page.screenshot({ path: path.join(artifacts, `i18n-${name}-${lang}.png`) });
      }
    });
  }

  await check('i18n-charts', async () => {
    for (const lang of ['ru', 'zh-Hans']) {
      await ctx.clearCookies();
      await page.goto(`${base}/lang?to=${lang}&next=/`);
      for (const url of charts) {
        const r = await page.goto(base + url);
        const body = await r.text();
        if (r.status() !== 200) throw new Error(`${url}: ${r.status()}`);
        const m = misses(body);
        if (m.length) throw new Error(`${lang} ${url}: untranslated ${m.slice(0, 5).join(' ')}`);
      }
      const areas = await (await page.goto(base + '/charts/areas.svg')).text();
      if (!areas.includes(lang === 'ru' ? 'Обязательства по сферам' : '按领域统计的承诺')) throw new Error(`${lang}: chart title`);
    }
  });

  // The reader shows two versions of one declaration side by side, clause
  // by clause: the English clause (with its attributes) beside the Russian
  // paragraph, then beside the Chinese one.
  await check('versions-side-by-side', async () => {
    await ctx.clearCookies();
    await page.goto(`${base}/documents/${VERSIONS}/versions`);
    const rows = page.locator('table.side-by-side tbody tr');
    const pairs = await rows.evaluateAll((trs) => trs.filter((tr) =>
      tr.querySelector('td[lang="en"]').innerText.trim().length > 1 &&
      tr.querySelector('td[lang="ru"]').innerText.trim().length > 1).length);
    if (pairs < 6) throw new Error(`${pairs} rows pair English with Russian`);
    const row = rows.filter({ hasText: 'business forum' });
    if (!(await row.locator('td[lang="ru"]').innerText()).includes('бизнес-форум')) throw new Error('part II, paragraph 2 not aligned');
    if (!(await row.locator('.badge').innerText()).trim()) throw new Error('no modality beside the clause');
    await page.screenshot({ path: path.join(artifacts, 'versions-en-ru.png') });
    if (VERSION_ZH) {
      await page.goto(`${base}/documents/${VERSIONS}/versions?with=${VERSION_ZH}`);
      const zh = page.locator('table.side-by-side tbody tr').filter({ hasText: 'business forum' }).locator('td[lang="zh-Hans"]');
      if (!(await zh.innerText()).includes('塔什干')) throw new Error('no Chinese beside the English');
      await page.goto(`${base}/lang?to=zh-Hans&next=/documents/${VERSIONS}/versions?with=${VERSION_ZH}`);
      await page.screenshot({ path: path.join(artifacts, 'versions-en-zh-ui-zh.png') });
    }
  });

  // A state's name in the reader's language, the English one on hover.
  await check('i18n-entity-names', async () => {
    await ctx.clearCookies();
    await page.goto(`${base}/lang?to=ru&next=/`);
    const span = page.locator('span[title="Kazakhstan"]').first();
    if ((await span.textContent()) !== 'Казахстан') throw new Error(`'${await span.textContent()}'`);
    await page.goto(`${base}/lang?to=zh-Hans&next=/`);
    return (await page.locator('span[title="Kazakhstan"]').first().textContent()) === '哈萨克斯坦';
  });

  // Dates for the language, the ISO form kept in datetime.
  await check('i18n-dates', async () => {
    await page.goto(`${base}/lang?to=ru&next=/documents/${DOC}`);
    const t = page.locator('p.muted time').first();
    const iso = await t.getAttribute('datetime');
    const text = await t.textContent();
    if (!/^\d{4}(-\d\d){0,2}$/.test(iso) || /^\d{4}-/.test(text)) throw new Error(`${iso} shown as ${text}`);
    await page.goto(`${base}/lang?to=zh-Hans&next=/documents/${DOC}`);
    return /年/.test(await page.locator('p.muted time').first().textContent());
  });

  // Accept-Language alone chooses, with no cookie (the browser's own header
  // follows its locale, so these requests set it themselves).
  await check('i18n-accept-language', async () => {
    await ctx.clearCookies();
    const lang = async (al) => {
      const body = await (await ctx.request.get(base + '/', { headers: { 'Accept-Language': al } })).text();
      return (body.match(/<html lang="([^"]*)">/) || [])[1];
    };
    const zh = await lang('zh-CN,zh;q=0.9,en;q=0.5'), ru = await lang('ru-RU,ru;q=0.9'), tw = await lang('zh-TW');
    if (zh !== 'zh-Hans' || ru !== 'ru' || tw !== 'en') throw new Error(`zh-CN -> ${zh}, ru-RU -> ${ru}, zh-TW -> ${tw}`);
  });
} finally {
  await ctx.close();
  fs.rmSync(userDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
