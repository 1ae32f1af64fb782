/**
 * The Chinese edition in Chromium: the language switch both ways, Chinese search (search page with filters and the
 * empty state, header box, a Chinese query typed on an English page), reading offline in Chinese, a Chinese embed
 * made by the snippet with data-lang="zh-CN", `lang=zh-CN` on an embed URL, the lookup in Chinese, and a Chinese
 * handout printed on A4.
 */
import { expect as baseExpect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.ts';

const ATLAS = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;
const repo = new URL('../..', import.meta.url).pathname;
const hanzi = /[\u4e00-\u9fff]/;
/** Search runs Pagefind in the browser; on a busy two-core machine a first search can take several seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

test.describe('the language switch', () => {
  test('goes to the same page in the other language and back', async ({ page }) => {
    await page.goto('/causes/hepatitis-b/');
    const h1 = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/causes\/hepatitis-b\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hanzi);
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '药物' })).toHaveAttribute('href', '/zh/medications/');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/causes\/hepatitis-b\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1!);
  });

  test('the Chinese home and indexes link within the Chinese edition, with Chinese dates on articles', async ({ page }) => {
    await page.goto('/zh/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('只有谷丙转氨酶高，是怎么回事？');
    await page.getByRole('link', { name: '全部原因' }).click();
    await expect(page).toHaveURL(/\/zh\/causes\/$/);
    await page.locator('.card-list a').first().click();
    await expect(page).toHaveURL(/\/zh\/causes\/[a-z0-9-]+\/$/);
    await expect(page.locator('.review-dates time').first()).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toMatch(/^"?PingFang SC"?,.*Microsoft YaHei.*Noto Sans CJK SC/);
  });

  test('an unknown Chinese address gets the Chinese 404', async ({ page }) => {
    const response = await page.goto('/zh/causes/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  });
});

test.describe('Chinese search', () => {
  test('the search page finds Chinese words, filters by type and offers a way on when nothing matches', async ({ page }) => {
    await page.goto(`/zh/search/?q=${encodeURIComponent('两对半')}`);
    await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', '/zh/tests/hepatitis-b-blood-tests/');
    await expect(page.locator('[data-status]')).toHaveText(/^找到 \d+ 条与“两对半”相关的结果$|^找到 1 条与“两对半”相关的结果$/);

    await page.goto(`/zh/search/?q=${encodeURIComponent('乙肝')}&type=medication`);
    const links = page.locator('[data-results] .result-link');
    await expect(links.first()).toBeVisible();
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/zh\/medications\//);
    await expect(page.getByRole('button', { name: /^药物 \(\d+\)$/ })).toHaveAttribute('aria-pressed', 'true');

    await page.goto(`/zh/search/?q=${encodeURIComponent('鑫淼犇')}`);
    await expect(page.locator('[data-status]')).toHaveText('没有找到与“鑫淼犇”相关的结果', { timeout: 15_000 });
    const empty = page.locator('[data-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: '药物' })).toHaveAttribute('href', '/zh/medications/');
    await expect(empty).toContainText('请立即就医');
  });

  test('the header box searches the Chinese edition', async ({ page }) => {
    await page.goto('/zh/causes/');
    await page.getByRole('searchbox', { name: '搜索 ALT Atlas' }).first().focus();
    await page.keyboard.type('感冒药');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('listbox').getByRole('link').first()).toHaveAttribute('href', '/zh/medications/paracetamol/');
    await expect(page.getByRole('listbox').getByRole('link').last()).toHaveAttribute('href', `/zh/search/?q=${encodeURIComponent('感冒药')}`);
  });

  test('a Chinese query on an English page finds the Chinese page', async ({ page }) => {
    // The English page loads its own index on focus, then the Chinese one for the Chinese query.
    test.setTimeout(90_000);
    const expect = baseExpect.configure({ timeout: 30_000 });
    await page.goto('/causes/');
    await page.getByRole('searchbox', { name: 'Search ALT Atlas' }).first().focus();
    await page.keyboard.type('大三阳');
    await expect(page.getByRole('listbox').getByRole('link').first()).toHaveAttribute('href', /^\/zh\/(causes\/hepatitis-b|tests\/hepatitis-b-blood-tests)\/$/);
    await page.goto(`/search/?q=${encodeURIComponent('脂肪肝怎么办')}`);
    await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', '/zh/causes/fatty-liver-disease/');
    await expect(page.locator('[data-other-edition]')).toBeVisible();
    // An English query stays in English.
    await page.goto('/search/?q=Baraclude');
    await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', '/medications/entecavir/');
    await expect(page.locator('[data-other-edition]')).toBeHidden();
  });
});

test('reading offline in Chinese: pages never visited, search, and the Chinese offline page', async ({ page, context }) => {
  test.setTimeout(180_000);
  const PORT = 4534;
  const origin = `http://127.0.0.1:${PORT}`;
  const work = mkdtempSync(join(tmpdir(), 'alt-atlas-zh-offline-'));
  cpSync(join(repo, 'dist'), work, { recursive: true });
  const server = await serve({ dir: work, host: '127.0.0.1', port: PORT });
  try {
    // A first visit on Save-Data caches only the Chinese shell; the reader then saves the Chinese edition with the
    // button (src/lib/offline-policy.ts), which is what makes the pages never visited readable offline.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(`${origin}/zh/`);
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'shell', { timeout: 60_000 });
    const cached = (path: string) => page.evaluate(async (p) => (await caches.match(p, { ignoreSearch: true })) !== undefined, path);
    expect(await cached('/zh/medications/lamivudine/')).toBe(false);
    const save = page.locator('[data-offline-all]');
    await expect(save).toBeVisible();
    await save.click();
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'edition', { timeout: 90_000 });
    // Only the Chinese edition was saved: no English article came with it.
    expect(await cached('/zh/medications/lamivudine/')).toBe(true);
    expect(await cached('/medications/lamivudine/')).toBe(false);
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await context.setOffline(true);

    await page.goto(`${origin}/zh/medications/lamivudine/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hanzi);
    await expect(page.getByRole('heading', { name: '参考资料' })).toBeVisible();
    await page.goto(`${origin}/zh/search/?q=${encodeURIComponent('两对半')}`);
    await expect(page.locator('[data-results] .result-link').first()).toHaveAttribute('href', '/zh/tests/hepatitis-b-blood-tests/');
    await page.goto(`${origin}/zh/causes/no-such-page/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('您现在处于离线状态');
    const list = page.locator('[data-offline-list]');
    await expect(list.getByRole('link').first()).toHaveAttribute('href', /^\/zh\//);
    expect(await list.getByRole('link').evaluateAll((as) => as.filter((a) => !a.getAttribute('href')!.startsWith('/zh/')).length)).toBe(0);
  } finally {
    await context.setOffline(false);
    server.closeAllConnections();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test.describe('Chinese embeds and lookup', () => {
  let portal: Server;
  let portalOrigin = '';
  test.beforeAll(async () => {
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head><body>
      <div id="zh" data-alt-atlas="causes/fatty-liver-disease" data-lang="zh-CN" data-theme="light"></div>
      <script src="${ATLAS}/embed.js"></script></body></html>`;
    portal = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((done) => portal.listen(0, '127.0.0.2', done));
    portalOrigin = `http://127.0.0.2:${(portal.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    portal.closeAllConnections();
    await new Promise((done) => portal.close(done));
  });

  test('the snippet with data-lang="zh-CN" embeds the Chinese page, sized to its content', async ({ page }) => {
    await page.goto(`${portalOrigin}/`);
    const iframe = page.locator('#zh iframe');
    await expect(iframe).toHaveAttribute('src', /\/embed\/zh\/causes\/fatty-liver-disease\/\?/);
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(frame.getByRole('link', { name: /打开完整页面/ })).toHaveAttribute('href', '/zh/causes/fatty-liver-disease/');
    await expect.poll(async () => (await iframe.evaluate((el) => el.getBoundingClientRect().height)) > 600, { timeout: 10_000 }).toBe(true);
  });

  test('lang=zh-CN on an English embed URL opens the Chinese embed page, keeping the theme', async ({ page }) => {
    await page.goto('/embed/tests/alt/?lang=zh-CN&theme=dark');
    await expect(page).toHaveURL(/\/embed\/zh\/tests\/alt\/\?lang=zh-CN&theme=dark$/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('the lookup honours the Infobutton language and the short form lang', async ({ page }) => {
    await page.goto('/lookup/?mainSearchCriteria.v.c=1742-6&mainSearchCriteria.v.cs=2.16.840.1.113883.6.1&informationRecipient.languageCode.c=zh');
    await expect(page).toHaveURL(/\/zh\/tests\/alt\/$/);
    await page.goto('/lookup/?system=icd10cm&code=K76.0&lang=zh-CN&embed=1');
    await expect(page).toHaveURL(/\/embed\/zh\/causes\/fatty-liver-disease\/(\?lang=zh-CN)?$/);
    await page.goto('/lookup/?system=icd10cm&code=K76.0');
    await expect(page).toHaveURL(/\/causes\/fatty-liver-disease\/$/);
  });
});

test('a Chinese handout prints on A4 without the site chrome', async ({ page }) => {
  await page.goto('/zh/causes/hepatitis-b/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 is 595 x 842 points; the PDF's media box says which paper the page was laid out on.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
