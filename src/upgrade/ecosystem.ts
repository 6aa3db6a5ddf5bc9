/** One dependency moving from one version to another. */
export interface Upgrade {
  name: string;
  from: string;
  to: string;
  bump: 'major' | 'minor' | 'patch' | 'prerelease';
  dev: boolean;
  /** Where the release notes are, when the registry says. */
  changelog?: string;
}

/** Upgrades that must move together (a framework and its plugins). */
export interface UpgradeGroup {
  id: string;
  upgrades: Upgrade[];
  /** Why these move together, when more than one. */
  reason?: string;
}

/**
 * What a package ecosystem must provide for scheduled upgrades. npm is implemented; pip, cargo and
 * go modules plug in here (their plan/apply map to `pip index versions` + requirements/lock files,
 * `cargo update --precise`, `go get mod@version`).
 */
export interface EcosystemAdapter {
  readonly id: 'npm' | 'pip' | 'cargo' | 'go';
  /** Files whose content is the dependency state; restored between test runs. */
  readonly stateFiles: string[];
  /** Throws a ConfigError when the project cannot be upgraded (no manifest, no lockfile). */
  check(workspace: string): Promise<void>;
  plan(workspace: string, options: { latest: boolean; only?: string[] }): Promise<Upgrade[]>;
  group(workspace: string, upgrades: Upgrade[]): Promise<UpgradeGroup[]>;
  /** Applies the upgrades on top of the current state files (already reset to the baseline). */
  apply(workspace: string, upgrades: Upgrade[]): Promise<void>;
}

/** Groups by a "must move with" relation: connected components. */
export function groupTogether(
  upgrades: Upgrade[],
  edges: [string, string, string][],
): UpgradeGroup[] {
  const parent = new Map(upgrades.map((u) => [u.name, u.name]));
  const reasons = new Map<string, string[]>();
  const find = (x: string): string => {
    const p = parent.get(x)!;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const [a, b, why] of edges) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
    reasons.set(a, [...(reasons.get(a) ?? []), why]);
  }
  const groups = new Map<string, Upgrade[]>();
  for (const u of upgrades) groups.set(find(u.name), [...(groups.get(find(u.name)) ?? []), u]);
  return [...groups.values()].map((members) => ({
    id: members.map((m) => m.name).join('+'),
    upgrades: members,
    reason:
      members.length > 1 ? members.flatMap((m) => reasons.get(m.name) ?? []).join('; ') : undefined,
  }));
}
