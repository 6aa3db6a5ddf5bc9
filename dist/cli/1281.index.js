export const id = 1281;
export const ids = [1281];
export const modules = {

/***/ 1281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ findLastSuccessfulRun),
/* harmony export */   Q6: () => (/* binding */ downloadJobLog),
/* harmony export */   c4: () => (/* binding */ listRunJobs),
/* harmony export */   getRun: () => (/* binding */ getRun)
/* harmony export */ });
function toRun(r) {
    return {
        id: r.id,
        name: r.name ?? '',
        workflowId: r.workflow_id,
        path: r.path,
        headBranch: r.head_branch ?? '',
        headSha: r.head_sha,
        event: r.event,
        status: r.status ?? '',
        conclusion: r.conclusion,
        attempt: r.run_attempt ?? 1,
        url: r.html_url,
    };
}
async function getRun(octokit, where) {
    const { data } = await octokit.rest.actions.getWorkflowRun({
        owner: where.owner,
        repo: where.repo,
        run_id: where.runId,
    });
    return toRun(data);
}
/** Jobs of a run (its latest attempt unless `attempt` is given), every page. */
async function listRunJobs(octokit, where) {
    const { owner, repo, runId } = where;
    const jobs = where.attempt
        ? await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
            owner,
            repo,
            run_id: runId,
            attempt_number: where.attempt,
            per_page: 100,
        })
        : await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
            owner,
            repo,
            run_id: runId,
            filter: 'latest',
            per_page: 100,
        });
    return jobs.map((j) => ({
        id: j.id,
        name: j.name,
        status: j.status,
        conclusion: j.conclusion,
        steps: (j.steps ?? []).map((s) => ({
            name: s.name,
            number: s.number,
            conclusion: s.conclusion,
        })),
        url: j.html_url ?? '',
    }));
}
/** A job's plain-text log. GitHub answers with a redirect to blob storage, which fetch follows. */
async function downloadJobLog(octokit, where) {
    const response = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
        owner: where.owner,
        repo: where.repo,
        job_id: where.jobId,
    });
    const data = response.data;
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data).toString('utf8');
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    throw new Error(`job ${where.jobId}: the log download returned ${typeof data}, not text`);
}
/**
 * The newest successful run of a workflow (id or file name such as `ci.yml`) on a branch, other
 * than `excludeRunId`; the passing log diagnose compares a failure against.
 */
async function findLastSuccessfulRun(octokit, where) {
    const workflow = typeof where.workflow === 'string' ? where.workflow.split('/').pop() : where.workflow;
    const { data } = await octokit.rest.actions.listWorkflowRuns({
        owner: where.owner,
        repo: where.repo,
        workflow_id: workflow,
        branch: where.branch,
        status: 'success',
        per_page: 10,
    });
    const run = data.workflow_runs.find((r) => r.id !== where.excludeRunId && r.conclusion === 'success');
    return run && toRun(run);
}


/***/ })

};
