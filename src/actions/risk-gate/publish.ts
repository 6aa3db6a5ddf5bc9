import type { Octokit } from '../../github/octokit.js';
import type { ActionIO } from '../../platform/action.js';
import { describeError } from '../../platform/errors.js';
import type { RiskReport } from '../../risk/assess.js';
import {
  createDeployment,
  publishRiskComment,
  setRiskLabel,
  type PullRequestRef,
} from '../../risk/github.js';
import type { PullRequestFacts } from '../../risk/types.js';
import type { RiskGateSettings } from './settings.js';

/**
 * Comment, label, deployment. Each is its own step and a failure of one (a fork PR's read-only
 * token, a missing permission) is a warning: the score and the decision are the result, and the
 * step's outcome must not depend on whether the token may write.
 */
export async function publishResult(
  io: ActionIO,
  octokit: Octokit,
  where: PullRequestRef,
  settings: Readonly<RiskGateSettings>,
  report: RiskReport,
  pr: PullRequestFacts,
): Promise<void> {
  const needsAttention = report.decision === 'review' || report.decision === 'block';
  if (settings.comment === 'always' || (settings.comment === 'on-failure' && needsAttention)) {
    await attempt(io, 'post the PR comment', async () => {
      const comment = await publishRiskComment(octokit, where, report);
      io.logger.info(`${comment.created ? 'posted' : 'updated'} the risk comment: ${comment.url}`);
    });
  }
  if (settings.labels)
    await attempt(io, 'set the risk label', () =>
      setRiskLabel(octokit, where, report.level, pr.labels),
    );
  if (
    settings.deployEnvironment &&
    (report.decision === 'approve' || report.decision === 'deploy')
  ) {
    const environment = settings.deployEnvironment;
    await attempt(io, `create a deployment to ${environment}`, async () => {
      const deployment = await createDeployment(octokit, where, {
        sha: pr.headSha,
        environment,
        score: report.score,
      });
      io.logger.info(
        `created deployment ${deployment.id} of ${pr.headSha.slice(0, 7)} to ${environment}`,
      );
    });
  }
}

async function attempt(io: ActionIO, what: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    io.logger.warning(`risk-gate could not ${what}: ${describeError(error)}`);
  }
}
