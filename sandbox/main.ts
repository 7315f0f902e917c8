import { startSandbox } from './server';

/** `npm run sandbox`: the local Blip stand-in on SANDBOX_PORT (default 8787). */
const port = Number(process.env.SANDBOX_PORT ?? 8787);
const sandbox = await startSandbox({ port });
const numbers = (await (await fetch(`${sandbox.url}/_sandbox/numbers`)).json()) as { agentEmail: string; numbers: Array<{ name: string; phone: string; authorization: string }> };
console.log(`Blip sandbox on ${sandbox.url}  (commands: ${sandbox.url}/commands, desk page: ${sandbox.url}/desk)`);
console.log(`Agent e-mail: ${numbers.agentEmail}`);
for (const number of numbers.numbers) console.log(`  ${number.name.padEnd(14)} ${number.phone}  ${number.authorization}`);
process.on('SIGINT', () => void sandbox.close().then(() => process.exit(0)));
