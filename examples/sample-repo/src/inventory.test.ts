import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reserveStock } from './inventory.js';

// The warehouse is slow on the first call of the day (a cold cache) and fast afterwards. This test
// is flaky in exactly that way: its first run times out, re-runs pass. The "day" is a counter file,
// so the demo is deterministic.
function warehouseLatencyMs(): number {
  const counter = path.join(process.env.SAMPLE_STATE_DIR ?? '.', '.warehouse-calls');
  const calls = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0;
  writeFileSync(counter, String(calls + 1));
  return calls === 0 ? 400 : 5;
}

describe('inventory', () => {
  it('reserves stock before the checkout gives up', async () => {
    const reserved = await Promise.race([
      reserveStock('sku-1', 2, warehouseLatencyMs()),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 200)),
    ]);
    expect(reserved).toBe(true);
  });
});
