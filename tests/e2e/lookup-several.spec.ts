/**
 * /lookup/ with a code that several pages really carry: a copy of the real content is built, with the jaundice page
 * also carrying the ALT test's SNOMED CT code 409673008 (a finding both pages are about), and served by
 * scripts/serve.ts. No lookup file is mocked: the page reads the built /codes/snomed/409673008.json and lists both.
 */
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuild } from '../../scripts/lib/build-site.ts';
import { serve } from '../../scripts/serve.ts';

const repo = new URL('../..', import.meta.url).pathname;
let work: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'alt-atlas-lookup-'));
  cpSync(join(repo, 'content'), join(work, 'content'), { recursive: true });
  const jaundice = join(work, 'content/symptoms/jaundice.mdx');
  writeFileSync(jaundice, readFileSync(jaundice, 'utf8').replace(/^reviewed:/m, "codes:\n  snomed: ['409673008']\nreviewed:"));
  const { code, stderr } = await startBuild(join(work, 'dist'), { ALT_ATLAS_CONTENT: join(work, 'content') }).finished;
  expect(code, stderr).toBe(0);
  server = await serve({ dir: join(work, 'dist'), host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  if (server) await new Promise((done) => server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

test('lists the pages when several carry the code', async ({ page }) => {
  const file = JSON.parse(readFileSync(join(work, 'dist/codes/snomed/409673008.json'), 'utf8')) as { pages: { path: string }[] };
  expect(file.pages.map((p) => p.path).sort()).toEqual(['/symptoms/jaundice/', '/tests/alt/']);
  await page.goto(`${origin}/lookup/?system=snomed&code=409673008`);
  await expect(page.getByRole('heading', { name: 'Several pages fit SNOMED CT code 409673008' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ALT blood test' })).toBeVisible();
  await page.getByRole('link', { name: 'Yellow skin or eyes (jaundice)' }).click();
  await expect(page).toHaveURL(`${origin}/symptoms/jaundice/`);
});
