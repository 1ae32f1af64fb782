/** Shared by the benchmark scripts: Debian's Chromium with the flags this machine needs. */
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}


/** The connections the offline policy tells apart, as Chromium's DevTools protocol sets them. */
export type ConnectionProfile = 'fast' | 'slow' | 'save-data';

/** Sets a page's connection: fast Wi-Fi, 3G-class, or Save-Data (navigator.connection reads what is set here). */
export async function emulateConnection(cdp: CDPSession, profile: ConnectionProfile): Promise<void> {
  if (profile === 'save-data') {
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    return;
  }
  await cdp.send('Network.enable');
  await cdp.send(
    'Network.overrideNetworkState',
    profile === 'fast'
      ? { offline: false, latency: 20, downloadThroughput: (30 * 1024 * 1024) / 8, uploadThroughput: (10 * 1024 * 1024) / 8, connectionType: 'wifi' }
      : { offline: false, latency: 300, downloadThroughput: (750 * 1024) / 8, uploadThroughput: (250 * 1024) / 8, connectionType: 'cellular3g' },
  );
}
