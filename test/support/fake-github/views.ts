import type {
  CheckRunRecord,
  CommentRecord,
  CommitRecord,
  IssueRecord,
  JobRecord,
  LabelRecord,
  PullRecord,
  RepoRecord,
  RunRecord,
} from './state.js';

/** The JSON GitHub answers with, trimmed to the fields callers read (plus ids and urls). */

export interface View {
  api: string;
  web: string;
}

export function userView(login: string) {
  return {
    login,
    id: login.length * 1000 + login.charCodeAt(0),
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
  };
}

export function repoView(v: View, r: RepoRecord) {
  return {
    id: r.id,
    node_id: `R_${r.id}`,
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: userView(r.owner),
    private: r.private,
    default_branch: r.defaultBranch,
    html_url: `${v.web}/${r.owner}/${r.name}`,
    url: `${v.api}/repos/${r.owner}/${r.name}`,
    clone_url: `${v.web}/${r.owner}/${r.name}.git`,
  };
}

export function labelView(l: LabelRecord) {
  return {
    id: l.id,
    node_id: `LA_${l.id}`,
    name: l.name,
    color: l.color,
    // Pull request labels are described with a non-null description; '' fits both schemas.
    description: l.description ?? '',
    default: false,
  };
}

export function issueView(v: View, r: RepoRecord, i: IssueRecord) {
  const base = `${r.owner}/${r.name}`;
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    locked: false,
    labels: i.labels.map((name) => labelView(r.labels.get(name.toLowerCase())!)),
    user: userView(i.user),
    assignees: i.assignees.map(userView),
    comments: [...r.comments.values()].filter((c) => c.issueNumber === i.number).length,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.state === 'closed' ? i.updatedAt : null,
    html_url: `${v.web}/${base}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
    url: `${v.api}/repos/${base}/issues/${i.number}`,
    ...(i.isPull ? { pull_request: { url: `${v.api}/repos/${base}/pulls/${i.number}` } } : {}),
  };
}

export function commentView(v: View, r: RepoRecord, c: CommentRecord) {
  const base = `${r.owner}/${r.name}`;
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userView(c.user),
    author_association: c.association,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: `${v.web}/${base}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    url: `${v.api}/repos/${base}/issues/comments/${c.id}`,
    issue_url: `${v.api}/repos/${base}/issues/${c.issueNumber}`,
  };
}

export function pullView(v: View, r: RepoRecord, p: PullRecord) {
  const issue = r.issues.get(p.number)!;
  const repo = repoView(v, r);
  return {
    ...issueView(v, r, issue),
    id: p.id,
    node_id: `PR_${p.id}`,
    html_url: `${v.web}/${r.owner}/${r.name}/pull/${p.number}`,
    url: `${v.api}/repos/${r.owner}/${r.name}/pulls/${p.number}`,
    head: { ref: p.head, sha: p.headSha, label: `${r.owner}:${p.head}`, repo },
    base: {
      ref: p.base,
      sha: r.refs.get(`refs/heads/${p.base}`) ?? '',
      label: `${r.owner}:${p.base}`,
      repo,
    },
    draft: p.draft,
    merged: p.merged,
    mergeable: true,
    maintainer_can_modify: p.maintainerCanModify,
    requested_reviewers: p.requestedReviewers.map(userView),
    requested_teams: p.requestedTeams.map((slug) => ({ slug, name: slug, id: slug.length })),
    auto_merge: p.autoMerge
      ? { merge_method: p.autoMerge.mergeMethod.toLowerCase(), enabled_by: userView('octocat') }
      : null,
  };
}

export function commitView(v: View, r: RepoRecord, c: CommitRecord) {
  return {
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: `${v.api}/repos/${r.owner}/${r.name}/git/commits/${c.sha}`,
    html_url: `${v.web}/${r.owner}/${r.name}/commit/${c.sha}`,
    message: c.message,
    author: c.author,
    committer: c.verified
      ? { name: 'GitHub', email: 'noreply@github.com', date: c.author.date }
      : c.author,
    tree: { sha: c.tree, url: `${v.api}/repos/${r.owner}/${r.name}/git/trees/${c.tree}` },
    parents: c.parents.map((sha) => ({
      sha,
      url: `${v.api}/repos/${r.owner}/${r.name}/git/commits/${sha}`,
    })),
    verification: {
      verified: c.verified,
      reason: c.verified ? 'valid' : 'unsigned',
      signature: c.verified
        ? '-----BEGIN PGP SIGNATURE-----\nfake\n-----END PGP SIGNATURE-----'
        : null,
      payload: null,
      verified_at: c.verified ? c.author.date : null,
    },
  };
}

export function refView(v: View, r: RepoRecord, ref: string, sha: string) {
  return {
    ref,
    node_id: `REF_${ref}`,
    url: `${v.api}/repos/${r.owner}/${r.name}/git/${ref}`,
    object: { sha, type: 'commit', url: `${v.api}/repos/${r.owner}/${r.name}/git/commits/${sha}` },
  };
}

export function checkRunView(v: View, r: RepoRecord, c: CheckRunRecord) {
  return {
    id: c.id,
    name: c.name,
    head_sha: c.headSha,
    status: c.status,
    conclusion: c.conclusion,
    details_url: c.detailsUrl ?? null,
    html_url: `${v.web}/${r.owner}/${r.name}/runs/${c.id}`,
    output: {
      title: c.output?.title ?? null,
      summary: c.output?.summary ?? null,
      text: c.output?.text ?? null,
    },
  };
}

export function runView(v: View, r: RepoRecord, run: RunRecord) {
  const base = `${r.owner}/${r.name}`;
  return {
    id: run.id,
    name: run.name,
    workflow_id: run.workflowId,
    path: run.path,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    run_attempt: run.runAttempt,
    run_number: run.id,
    created_at: run.createdAt,
    updated_at: run.createdAt,
    html_url: `${v.web}/${base}/actions/runs/${run.id}`,
    url: `${v.api}/repos/${base}/actions/runs/${run.id}`,
    jobs_url: `${v.api}/repos/${base}/actions/runs/${run.id}/jobs`,
    logs_url: `${v.api}/repos/${base}/actions/runs/${run.id}/logs`,
    repository: repoView(v, r),
  };
}

export function jobView(v: View, r: RepoRecord, run: RunRecord, j: JobRecord) {
  const base = `${r.owner}/${r.name}`;
  return {
    id: j.id,
    run_id: j.runId,
    run_attempt: run.runAttempt,
    name: j.name,
    workflow_name: run.name,
    head_sha: run.headSha,
    head_branch: run.headBranch,
    status: j.status,
    conclusion: j.conclusion,
    started_at: run.createdAt,
    completed_at: run.createdAt,
    steps: j.steps,
    html_url: `${v.web}/${base}/actions/runs/${run.id}/job/${j.id}`,
    url: `${v.api}/repos/${base}/actions/jobs/${j.id}`,
    labels: ['ubuntu-latest'],
  };
}
