// "Add a site" on the options page, in Firefox: the user pastes the address of the page they are
// reading, the browser grants the site (the profile answers permission prompts with Allow), and the
// background turns the site on: the open page gets its notes. Switched off and saved there, the site
// loses its notes and its permission.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { siteOrigins } from '../../src/sites/origins';
import { clickButton, OPTIONS_PATH, textOf } from './support/pages';
import { afterControlAnnotated, notesIn, siteRecord as siteRecordOf } from './support/sites';
import { useFirefoxExtension } from './support/suite';

const ARTICLE = readFileSync('tests/e2e/pages/article.html', 'utf8');
const HOST = 'localhost';

const suite = useFirefoxExtension();

const ORIGINS = siteOrigins(HOST);
const siteRecord = () => siteRecordOf(suite.extension, HOST);

/** The sites the options page lists, as "host: on|off". */
const listedSites = (options: Page) =>
  options.$$eval('ul.sites li input[type="checkbox"]', (inputs) =>
    inputs.map(
      (input) =>
        `${input.closest('label')?.textContent?.trim()}: ${(input as HTMLInputElement).checked ? 'on' : 'off'}`,
    ),
  );

test('a site added on the options page gets notes at once, and saved off loses them and its permission', async () => {
  const { extension, replay } = suite;
  replay.setPage('/article.html', ARTICLE);
  const url = `http://${HOST}:${replay.port}/article.html`;
  const article = await extension.visit(url);
  await afterControlAnnotated(extension, `${replay.origin}/article.html`, 5);
  expect(await notesIn(article)).toBe(0);

  const options = await extension.open(OPTIONS_PATH);
  await options.waitForSelector('#add-site', { timeout: 10_000 });
  // A typo first: a clear message beside the field, nothing asked for.
  await options.type('#add-site', 'not a site');
  await clickButton(options, 'Add');
  await expect.poll(() => textOf(options, 'error-add-site')).toMatch(/not a web site/);
  expect(await siteRecord()).toEqual({ on: undefined, permission: false, registered: [] });

  // The page's address, pasted as it is.
  await options.$eval('#add-site', (input) => {
    (input as HTMLInputElement).value = '';
  });
  await options.type('#add-site', url);
  await clickButton(options, 'Add');

  await expect.poll(() => textOf(options, 'add-site-status')).toBe('Notes are on for localhost.');
  expect(await textOf(options, 'error-add-site')).toBeNull();
  await expect.poll(() => listedSites(options)).toEqual(['localhost: on']);
  await expect.poll(() => notesIn(article), { timeout: 15_000 }).toBe(5);
  await expect.poll(siteRecord).toEqual({ on: true, permission: true, registered: [ORIGINS] });

  // Off, saved: the notes go and the permission is given back.
  await options.click('ul.sites li input[type="checkbox"]');
  await clickButton(options, 'Save');
  await expect.poll(() => textOf(options, 'status')).toBe('Saved.');
  await expect.poll(() => notesIn(article)).toBe(0);
  await expect.poll(siteRecord).toEqual({ on: false, permission: false, registered: [] });
}, 90_000);
