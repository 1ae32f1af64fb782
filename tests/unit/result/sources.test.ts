import { describe, expect, it } from 'vitest';
import { RESULT_SOURCES } from '../../../src/lib/result/sources';

describe('RESULT_SOURCES', () => {
  it('lists the explainer\'s sources, each once', () => {
    expect(RESULT_SOURCES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(RESULT_SOURCES.map((s) => s.url)).size).toBe(RESULT_SOURCES.length);
    expect(new Set(RESULT_SOURCES.map((s) => s.label)).size).toBe(RESULT_SOURCES.length);
  });

  it.each(RESULT_SOURCES.map((s) => [s.label, s.url]))('%s: a label a reader can read and an https address of the page read (%s)', (label, url) => {
    // A bibliographic label: words, not an address.
    expect(label.trim().length).toBeGreaterThan(20);
    expect(label).toMatch(/[A-Za-z]{3,}/);
    expect(label).not.toMatch(/https?:/);
    // An absolute https address on a public host with a path to the page: never the site itself or a placeholder.
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('https:');
    expect(parsed.hostname).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(parsed.hostname).not.toMatch(/(^|\.)(example\.(org|com|net)|localhost|altatlas)/);
    expect(parsed.pathname.length).toBeGreaterThan(1);
  });

  it('names the ACG guideline, the FIB-4 papers and the All Wales urgent referral advice', () => {
    const labels = RESULT_SOURCES.map((s) => s.label).join('\n');
    expect(labels).toMatch(/ACG Clinical Guideline/);
    expect(labels).toMatch(/FIB-4 formula/);
    expect(labels).toMatch(/All Wales/);
  });
});
