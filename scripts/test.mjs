// npm test: first the browsers (found on the system, else installed: scripts/lib/getBrowsers.mjs;
// when none can be had it stops here with one message). Then three lanes side by side: type check,
// Biome and unit tests (vitest); the end-to-end tests in Chromium (Playwright, the built extension);
// and in Firefox (web-ext lint on its package, then vitest + puppeteer-core). Then the bundle size
// budgets (one test per budget). Ends with one line counting every test that ran.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './lib/getBrowsers.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;

/** Runs a command with its output (stdout and stderr, in order) handed to `print`; resolves to its exit status. */
function runAsync(command, args, print) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '1' },
    });
    child.stdout.on('data', (chunk) => print(chunk.toString()));
    child.stderr.on('data', (chunk) => print(chunk.toString()));
    child.on('error', (error) => {
      print(`${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (status) => resolve(status ?? 1));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

console.log('▶ browsers');
const browsers = await ensureBrowsers();
if (browsers.message) {
  console.error(`\n✗ ${browsers.message}`);
  process.exit(1);
}
for (const { label, path } of Object.values(browsers.found)) console.log(`  ${label}: ${path}`);
// Every suite below uses exactly these two (findChromium and findFirefox read the variables).
process.env.CHROME_PATH = browsers.found.chromium.path;
process.env.FIREFOX_PATH = browsers.found.firefox.path;

mkdirSync('test-results', { recursive: true });
for (const report of ['unit', 'e2e', 'firefox-lint', 'firefox']) rmSync(`test-results/${report}.json`, { force: true });
let passed = 0;
let failed = 0;
const problems = [];

/**
 * Output of lanes that run side by side, in lane order: a lane prints as it goes once every lane
 * before it has finished; until then what it prints is held, and comes out in one piece.
 */
function orderedOutput(laneCount) {
  const held = Array.from({ length: laneCount }, () => '');
  const finished = new Set();
  let printing = 0;
  return {
    printer: (lane) => (text) => {
      if (lane === printing) process.stdout.write(text);
      else held[lane] += text;
    },
    finish(lane) {
      finished.add(lane);
      while (finished.has(printing)) {
        printing += 1;
        if (printing < laneCount) process.stdout.write(held[printing]);
        held[printing] = '';
      }
    },
  };
}

// Three lanes side by side: the checks (types, Biome, unit tests), the Chromium end-to-end suite
// and the Firefox one. The browser suites spend most of their time waiting on their browser, so the
// machine has room for the checks beside them; each suite has its own build, replay server and port.
// With CAPLENS_REPLAY_PORT set both browser suites would share one port, so they take turns.
const output = orderedOutput(3);

async function checks(print) {
  print('\n▶ type check\n');
  if ((await runAsync(bin('tsc'), ['--noEmit', '--pretty', '-p', '.'], print)) !== 0)
    problems.push('type check failed');
  print('\n▶ lint and format (Biome)\n');
  if ((await runAsync(bin('biome'), ['check', '.'], print)) !== 0) problems.push('lint or format check failed');
  print('\n▶ unit tests\n');
  const unitStatus = await runAsync(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
    print,
  );
  const unit = readJson('test-results/unit.json');
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
  }
  if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) problems.push('unit test run failed');
}

async function chromiumSuite(print) {
  print('\n▶ end-to-end tests in Chromium\n');
  return runAsync(bin('playwright'), ['test'], print);
}

async function firefoxSuites(print) {
  print('\n▶ Firefox package: web-ext lint (one test: no errors)\n');
  const lintStatus = await runAsync(process.execPath, ['scripts/lintFirefox.mjs'], print);
  print('\n▶ end-to-end tests in Firefox\n');
  const firefoxStatus = await runAsync(bin('vitest'), ['run', '--config', 'vitest.firefox.config.ts'], print);
  return { lintStatus, firefoxStatus };
}

const inLane = async (lane, suite) => {
  try {
    return await suite(output.printer(lane));
  } finally {
    output.finish(lane);
  }
};
const takeTurns = Boolean(process.env.CAPLENS_REPLAY_PORT);
const checksRun = inLane(0, checks);
const chromiumRun = inLane(1, chromiumSuite);
const firefoxRun = takeTurns ? chromiumRun.then(() => inLane(2, firefoxSuites)) : inLane(2, firefoxSuites);
const [, e2eStatus, { lintStatus, firefoxStatus }] = await Promise.all([checksRun, chromiumRun, firefoxRun]);

const e2e = readJson('test-results/e2e.json');
if (e2e?.stats) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (e2eStatus !== 0 && (!e2e?.stats || e2e.stats.unexpected === 0)) problems.push('end-to-end run failed');
if (!e2e?.stats || e2e.stats.expected + e2e.stats.unexpected === 0) problems.push('no end-to-end test ran');

const lint = readJson('test-results/firefox-lint.json');
if (lint && lint.errors === 0 && lintStatus === 0) passed += 1;
else failed += 1;

const firefox = readJson('test-results/firefox.json');
if (firefox) {
  passed += firefox.numPassedTests;
  failed += firefox.numFailedTests;
}
if (firefoxStatus !== 0 && (!firefox || firefox.numFailedTests === 0)) problems.push('Firefox end-to-end run failed');
if (!firefox || firefox.numPassedTests + firefox.numFailedTests === 0) problems.push('no Firefox end-to-end test ran');

console.log('\n▶ bundle size budgets (one test per budgeted bundle)');
rmSync('test-results/sizes.json', { force: true });
const sizesStatus = run(bin('tsx'), ['scripts/bench/sizes.ts', '--check', '--json', 'test-results/sizes.json']);
const sizes = readJson('test-results/sizes.json');
if (sizes) {
  passed += sizes.passed;
  failed += sizes.failed;
}
if (sizesStatus !== 0 && (!sizes || sizes.failed === 0)) problems.push('bundle size check failed');

for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
