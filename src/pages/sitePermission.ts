// Giving a site's permission back when its notes are turned off: least privilege, from the popup's
// switch and from the options page alike.
import { siteOrigins } from '../content/sites';
import { browser } from './browser';

/**
 * Removes the permission a site was granted when it was turned on. An origin the manifest asks for
 * (a replay build's loopback) is not the switch's to give back; a failure changes nothing the user
 * sees, since the site's switch is saved off first and its notes go with it.
 */
export async function giveBackSite(host: string): Promise<void> {
  const required = browser.runtime.getManifest().host_permissions ?? [];
  const mine = siteOrigins(host).filter((origin) => !required.includes(origin));
  await browser.permissions.remove({ origins: mine }).catch(() => false);
}
