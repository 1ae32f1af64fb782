import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../scripts/lib/build-args.ts';

describe('parseBuildArgs', () => {
  it('accepts no arguments', () => {
    expect(parseBuildArgs([])).toEqual({});
  });

  it.each([
    [['--outDir', '/tmp/site'], '/tmp/site'],
    [['--outDir=/tmp/site'], '/tmp/site'],
    [['--outDir', 'relative/dist'], 'relative/dist'],
  ])('reads the output folder from %j', (args, outDir) => {
    expect(parseBuildArgs(args)).toEqual({ outDir });
  });

  it.each([
    [['--force'], 'unknown argument "--force"'],
    [['dist'], 'unknown argument "dist"'],
    [['--outDir'], '--outDir needs a folder'],
    [['--outDir='], '--outDir needs a folder'],
    [['--outDir', '--force'], '--outDir needs a folder'],
    [['--outDir', 'a', '--outDir', 'b'], '--outDir given twice'],
  ])('rejects %j', (args, message) => {
    expect(parseBuildArgs(args)).toEqual({ error: expect.stringContaining(message) });
  });
});
