import { describe, expect, it } from 'vitest';
import { parseSiteInput } from '../../../src/options/siteInput';

describe('a site typed or pasted on the options page', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM  ', 'news.example.com'],
    ['https://www.example.com/markets/bitcoin?x=1#top', 'www.example.com'],
    ['http://localhost:8787/article.html', 'localhost'],
    ['example.com/markets', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['example.com.', 'example.com'],
  ])('%s is the site %s', (text, host) => {
    expect(parseSiteInput(text)).toEqual({ host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a site', 'notASite'],
    ['file:///home/me/article.html', 'notASite'],
    ['chrome://extensions', 'notASite'],
    ['https://', 'notASite'],
    ['ex..ample.com', 'notASite'],
    ['<script>.com', 'notASite'],
  ])('%j is refused (%s)', (text, error) => {
    expect(parseSiteInput(text)).toEqual({ error });
  });
});
