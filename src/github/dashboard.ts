/**
 * The dashboard issue (label `kintsugi`): flaky registry, quarantine, healing history, spend ledger.
 * Placeholder until the GitHub layer lands: reports "not paused" so the env kill switch still works.
 */
export async function dashboardPauseProbe(_options: {
  token: string;
  repository: { owner: string; repo: string };
  apiUrl: string;
}): Promise<string | undefined> {
  return undefined;
}
