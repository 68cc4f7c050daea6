// A site's permission: asked for when its notes are turned on, given back when they are turned off
// (least privilege), from the popup's switch and from the options page alike.
import { browser } from '../pages/browser';
import { siteOrigins } from './origins';

/**
 * Asks for the permission a site needs for its notes. Call it in the click itself, with nothing
 * awaited before: browsers grant it only from a user gesture.
 */
export function askForSite(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: siteOrigins(host) });
}

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
