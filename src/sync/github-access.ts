import { ConfigError, describeError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { mintInstallationToken } from '../github/app-token.js';
import { createOctokit, graphql, type Octokit } from '../github/octokit.js';
import type { SyncTarget } from './config.js';
import type { AccessProvider, PullRequestRef, TargetHost } from './host.js';

export interface AccessSettings {
  app?: { appId?: string; clientId?: string; privateKey: string };
  /** Used when no App is configured, or for a target the App is not installed on. */
  githubToken?: string;
  apiUrl: string;
  logger: Logger;
}

/**
 * Per target: an App installation token for that repository only, with only the permissions
 * asked for, revoked on release; else the github-token. A target the App is not installed on fails
 * alone (unless the github-token can stand in).
 */
export function githubAccess(settings: AccessSettings): AccessProvider {
  return async (target, permissions) => {
    const forToken = (token: string) =>
      octokitHost(
        createOctokit({ token, baseUrl: settings.apiUrl, logger: settings.logger }),
        target,
      );
    if (settings.app) {
      try {
        const minted = await mintInstallationToken({
          appId: settings.app.appId,
          clientId: settings.app.clientId,
          privateKey: settings.app.privateKey,
          owner: target.owner,
          repo: target.name,
          permissions,
          baseUrl: settings.apiUrl,
          logger: settings.logger,
        });
        return {
          via: 'app',
          token: minted.token,
          permissions,
          host: forToken(minted.token),
          release: async () => {
            await minted.revoke();
            return true;
          },
        };
      } catch (error) {
        const notInstalled = /not installed/.test(describeError(error));
        if (!settings.githubToken)
          throw notInstalled
            ? new ConfigError(
                `${describeError(error)} (or the repository does not exist); install the App there or remove the target`,
              )
            : error;
        settings.logger.warning(
          `${target.repo}: ${describeError(error)}; using the github-token instead`,
        );
      }
    }
    if (!settings.githubToken)
      throw new ConfigError(
        'no credentials: give app-id (or client-id) and private-key, or github-token',
      );
    return {
      via: 'github-token',
      token: settings.githubToken,
      permissions,
      host: forToken(settings.githubToken),
      release: async () => false,
    };
  };
}

/** The few GitHub calls repo-sync makes, named for what they do. */
export function octokitHost(
  octokit: Octokit,
  target: Pick<SyncTarget, 'owner' | 'name'>,
): TargetHost {
  const where = { owner: target.owner, repo: target.name };
  const ref = (pull: { number: number; html_url: string; node_id: string }): PullRequestRef => ({
    number: pull.number,
    url: pull.html_url,
    nodeId: pull.node_id,
  });
  return {
    async findOpenPull(head, base) {
      const { data } = await octokit.rest.pulls.list({
        ...where,
        state: 'open',
        head: `${target.owner}:${head}`,
        base,
        per_page: 10,
      });
      const pull = data.find((p) => p.head.ref === head);
      return pull && ref(pull);
    },
    async createPull(pull) {
      const { data } = await octokit.rest.pulls.create({
        ...where,
        ...pull,
        maintainer_can_modify: true,
      });
      return ref(data);
    },
    async updatePull(number, pull) {
      await octokit.rest.pulls.update({ ...where, pull_number: number, ...pull });
    },
    async closePull(number, comment) {
      await octokit.rest.issues.createComment({ ...where, issue_number: number, body: comment });
      await octokit.rest.pulls.update({ ...where, pull_number: number, state: 'closed' });
    },
    async addLabels(number, labels) {
      await octokit.rest.issues.addLabels({ ...where, issue_number: number, labels });
    },
    async requestReviewers(number, reviewers, teamReviewers) {
      await octokit.rest.pulls.requestReviewers({
        ...where,
        pull_number: number,
        reviewers,
        team_reviewers: teamReviewers,
      });
    },
    async enableAutoMerge(pull) {
      await graphql(
        octokit,
        `
          mutation ($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
            enablePullRequestAutoMerge(
              input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }
            ) {
              pullRequest {
                number
              }
            }
          }
        `,
        { pullRequestId: pull.nodeId, mergeMethod: 'SQUASH' },
      );
    },
    async upsertIssue(issue) {
      const { data } = await octokit.rest.issues.listForRepo({
        ...where,
        state: 'open',
        per_page: 100,
      });
      const existing = data.find((i) => i.title === issue.title && !i.pull_request);
      if (existing) {
        await octokit.rest.issues.update({
          ...where,
          issue_number: existing.number,
          body: issue.body,
        });
        return { number: existing.number, url: existing.html_url };
      }
      const { data: created } = await octokit.rest.issues.create({ ...where, ...issue });
      return { number: created.number, url: created.html_url };
    },
  };
}
