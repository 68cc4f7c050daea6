// npm run replay -- --port N [--scenario FILE]: the provider simulator on loopback, for replay
// builds (CAPLENS_API_ORIGIN=http://127.0.0.1:N npm run build) and for working offline.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startReplayServer } from './replay/server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8787' }, scenario: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log('usage: npm run replay -- --port N [--scenario FILE]');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`replay: --port must be a port number, got ${values.port}`);
  process.exit(2);
}
let scenario: unknown;
if (values.scenario) {
  try {
    scenario = JSON.parse(readFileSync(values.scenario, 'utf8'));
  } catch (error) {
    console.error(`replay: cannot read scenario ${values.scenario}: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
}
try {
  const server = await startReplayServer({ port, scenario });
  console.log(
    `replay: providers simulated at ${server.origin} (POST /__scenario to change, GET /__log to see requests)`,
  );
} catch (error) {
  console.error(`replay: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
