/**
 * patch's public surface: the self-heal pipeline, the demo and the upgrade mode call these as plain
 * functions (no action, no inputs).
 */
export { healFailure, DEFAULT_HEAL_SETTINGS, type HealOptions, type HealSettings } from './heal.js';
export { readDiagnosis, parseDiagnosis } from './diagnosis.js';
export {
  PATCH_SCHEMA_VERSION,
  pullRequestBody,
  type PatchReport,
  type PatchAttempt,
} from './report.js';
export {
  createCommandRunner,
  scrubEnvironment,
  detectIsolation,
  type CommandRunner,
  type Isolation,
} from './commands.js';
export {
  measureBaseline,
  validateCandidate,
  deriveValidationCommands,
  type Baseline,
  type CheckResult,
  type Verdict,
} from './validate.js';
export {
  checkPatch,
  pathRefusal,
  scoreRisk,
  ALWAYS_DENIED,
  type SafetyPolicy,
  type PatchRisk,
  type PatchSource,
} from './safety.js';
export { openWorkspace, resolveInside, type Workspace, type FileChange } from './workspace.js';
export { branchName, publishFix, type PullRequestHost, type BranchFile } from './publish.js';
export { githubPullRequestHost } from './github-host.js';
export {
  ownBranchRefusal,
  failedBranchOf,
  attemptsToday,
  recordAttempt,
  type DashboardEvents,
} from './loop-guard.js';
export { FIXERS, chooseFixers } from './fixers/registry.js';
export type { Fixer, FixerRun, FixerWorkspace } from './fixers/types.js';
export { applyEditToText, type SearchReplaceEdit, type TextEditResult } from './edits/apply.js';
export { applyEditsInMemory, proposeEdits, modelEditsSchema } from './model-edits.js';
