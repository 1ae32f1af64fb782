import { describe, expect, it, vi } from 'vitest';

// The list is a module-level constant, imported afresh inside each test (not at the top of the file) so that the
// mutation run sees each of these tests cover it.
const load = async () => {
  vi.resetModules();
  return (await import('../../../src/lib/result/sources')).RESULT_SOURCES;
};

describe('RESULT_SOURCES', () => {
  it('lists the explainer\'s sources, each once', async () => {
    const sources = await load();
    expect(sources.length).toBeGreaterThanOrEqual(10);
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
    expect(new Set(sources.map((s) => s.label)).size).toBe(sources.length);
  });

  it('gives each source a label a reader can read and the https address of the page read', async () => {
    for (const { label, url } of await load()) {
      // A bibliographic label: words, not an address.
      expect(label.trim().length, url).toBeGreaterThan(20);
      expect(label, url).toMatch(/[A-Za-z]{3,}/);
      expect(label, url).not.toMatch(/https?:/);
      // An absolute https address on a public host with a path to the page: never the site itself or a placeholder.
      const parsed = new URL(url);
      expect(parsed.protocol, label).toBe('https:');
      expect(parsed.hostname, label).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(parsed.hostname, label).not.toMatch(/(^|\.)(example\.(org|com|net)|localhost|altatlas)/);
      expect(parsed.pathname.length, label).toBeGreaterThan(1);
    }
  });

  it('names the ACG guideline, the FIB-4 papers and the All Wales urgent referral advice', async () => {
    const labels = (await load()).map((s) => s.label).join('\n');
    expect(labels).toMatch(/ACG Clinical Guideline/);
    expect(labels).toMatch(/FIB-4 formula/);
    expect(labels).toMatch(/All Wales/);
  });
});
