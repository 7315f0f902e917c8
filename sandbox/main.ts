import { startSandbox } from './server';

/** `npm run sandbox`: the local Blip stand-in on SANDBOX_PORT (default 8787). */
const port = Number(process.env.SANDBOX_PORT ?? 8787);
const sandbox = await startSandbox({ port });
type Keys = { name: string; authorization: string };
const numbers = (await (await fetch(`${sandbox.url}/_sandbox/numbers`)).json()) as {
  agentEmail: string;
  numbers: Array<Keys & { phone: string }>;
  routers: Array<{ name: string; phone: string; router: Keys; services: Array<Keys & { service: string }> }>;
};
console.log(`Blip sandbox on ${sandbox.url}  (commands: ${sandbox.url}/commands, desk page: ${sandbox.url}/desk)`);
console.log(`Agent e-mail: ${numbers.agentEmail}`);
for (const number of numbers.numbers) console.log(`  ${number.name.padEnd(16)} ${number.phone}  ${number.authorization}`);
for (const setup of numbers.routers) {
  console.log(`  ${setup.name.padEnd(16)} ${setup.phone}  router ${setup.router.authorization}`);
  for (const service of setup.services) console.log(`  ${''.padEnd(16)} ${''.padEnd(14)}  service "${service.service}" ${service.authorization}`);
}
process.on('SIGINT', () => void sandbox.close().then(() => process.exit(0)));
