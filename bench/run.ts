import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Bench } from './harness/bench-types';
import { formatTable, writeResult } from './harness/report';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

async function loadBenches(): Promise<Bench[]> {
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const benches: Bench[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: Bench };
    benches.push(module.default);
  }
  return benches;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const all = await loadBenches();
  const unknown = wanted.filter((name) => !all.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench: ${unknown.join(', ')}. Available: ${all.map((b) => b.name).join(', ')}`,
    );
    process.exit(2);
  }
  const chosen = wanted.length === 0 ? all : all.filter((b) => wanted.includes(b.name));
  for (const bench of chosen) {
    console.log(`running ${bench.name}: ${bench.description}`);
    const metrics = await bench.run();
    const result = { bench: bench.name, at: new Date().toISOString(), metrics };
    console.log(formatTable(result));
    console.log(`wrote ${writeResult(result)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
