/**
 * Finding which upgrades break the tests, with about log2(n) test runs per culprit.
 *
 * The model: a set of upgrade groups fails when it contains a culprit. The baseline (no upgrade) is
 * known to pass and the full set is known to fail before this starts. Each round binary-searches the
 * shortest failing prefix of what is left, on top of everything already known to be good; the last
 * group of that prefix is a culprit, the groups before it are good.
 *
 * Whether anything is left to find after a culprit is unknown. The second round searches at once and
 * tests its upper end only if the search reaches it (a framework and its plugin moving apart make two
 * culprits common); later rounds first test everything left, which is also the final check. With at
 * most two culprits among n groups this spends at most 2*ceil(log2 n)+1 runs after the full run.
 */
export interface BisectRun<T> {
  groups: T[];
  passed: boolean;
  purpose: 'search' | 'confirm';
}

export interface BisectResult<T> {
  culprits: T[];
  good: T[];
  runs: BisectRun<T>[];
  /** True when `good` was itself tested and passed: the set to propose. */
  goodVerified: boolean;
}

export type SetTest<T> = (groups: T[]) => Promise<boolean>;

export async function findCulprits<T>(
  groups: T[],
  test: SetTest<T>,
  options: { maxRuns?: number } = {},
): Promise<BisectResult<T>> {
  const runs: BisectRun<T>[] = [];
  const maxRuns = options.maxRuns ?? 4 * groups.length + 4;
  const run = async (set: T[], purpose: BisectRun<T>['purpose']) => {
    if (runs.length >= maxRuns)
      throw new Error(`bisect stopped after ${maxRuns} test runs without an answer`);
    const passed = await test(set);
    runs.push({ groups: set, passed, purpose });
    return passed;
  };

  const good: T[] = [];
  const culprits: T[] = [];
  let rest = [...groups];
  // Whether good ∪ rest is known to fail (true at the start: the full upgrade failed).
  let restKnownToFail = true;
  let goodVerified = false;

  for (let round = 0; rest.length > 0; round++) {
    if (round >= 2) {
      if (await run([...good, ...rest], 'confirm')) {
        good.push(...rest);
        return { culprits, good, runs, goodVerified: true };
      }
      restKnownToFail = true;
    }
    // Smallest k with good ∪ rest[0..k) failing; lo passes (good alone), hi is assumed to fail.
    let lo = 0;
    let hi = rest.length;
    let hiTested = restKnownToFail;
    while (hi - lo > 1 || !hiTested) {
      if (hi - lo <= 1) {
        // The search reached an upper end nobody tested: test it now.
        const passed = await run([...good, ...rest.slice(0, hi)], 'confirm');
        if (passed) {
          good.push(...rest.slice(0, hi));
          return { culprits, good, runs, goodVerified: true };
        }
        hiTested = true;
        break;
      }
      const mid = Math.floor((lo + hi) / 2);
      if (await run([...good, ...rest.slice(0, mid)], 'search')) {
        lo = mid;
        goodVerified = true;
      } else {
        hi = mid;
        hiTested = true;
      }
    }
    // rest[hi - 1] is a culprit; everything before it is good on top of `good`.
    good.push(...rest.slice(0, hi - 1));
    goodVerified = goodVerified || hi - 1 === 0;
    culprits.push(rest[hi - 1]!);
    rest = rest.slice(hi);
    restKnownToFail = false;
  }
  if (!goodVerified || runs.length === 0 || !lastRunWas(runs, good)) {
    goodVerified = await run([...good], 'confirm');
  }
  return { culprits, good, runs, goodVerified };
}

function lastRunWas<T>(runs: BisectRun<T>[], set: T[]): boolean {
  return runs.some(
    (r) => r.passed && r.groups.length === set.length && r.groups.every((g, i) => g === set[i]),
  );
}
