export const id = 1889;
export const ids = [1889,1281];
export const modules = {

/***/ 61889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadBaselineLogs: () => (/* binding */ downloadBaselineLogs),
/* harmony export */   downloadFailedJobLogs: () => (/* binding */ downloadFailedJobLogs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1281);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46316);




const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
/** The failed jobs' logs of a run, downloaded (GitHub redirects to blob storage) into `dir`. */
async function downloadFailedJobLogs(octokit, where) {
    const run = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__.getRun)(octokit, where).catch((error) => {
        if (error.status === 404)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Input run-id: no workflow run ${where.runId} in ${where.owner}/${where.repo} (GitHub answered 404 Not Found)`);
        throw error;
    });
    const jobs = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .listRunJobs */ .c4)(octokit, where);
    const failed = jobs.filter((j) => FAILED.has(j.conclusion ?? ''));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(where.dir, { recursive: true });
    const files = [];
    for (const job of failed) {
        const text = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadJobLog */ .Q6)(octokit, { ...where, jobId: job.id });
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(where.dir, `${job.id}_${safeName(job.name)}.txt`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
        const step = job.steps.find((s) => FAILED.has(s.conclusion ?? ''));
        files.push({
            path: file,
            displayName: `${job.name}.txt`,
            job: job.name,
            ...(step ? { step: step.name } : {}),
        });
    }
    return { run, files };
}
/**
 * `baseline: auto`: the logs of the same jobs in the last successful run of the same workflow on the
 * same branch. Jobs the passing run does not have get no baseline.
 */
async function downloadBaselineLogs(octokit, where) {
    const passing = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .findLastSuccessfulRun */ .DD)(octokit, {
        owner: where.owner,
        repo: where.repo,
        // The file name (`ci.yml`) names the workflow as well as its id and reads unambiguously as a path.
        workflow: where.run.path || where.run.workflowId,
        branch: where.run.headBranch,
        excludeRunId: where.run.id,
    });
    const baselines = new Map();
    if (!passing)
        return {
            baselines,
            note: `baseline: no successful run of this workflow on ${where.run.headBranch}`,
        };
    const jobs = await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .listRunJobs */ .c4)(octokit, {
        owner: where.owner,
        repo: where.repo,
        runId: passing.id,
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(where.dir, { recursive: true });
    for (const name of where.jobNames) {
        const job = jobs.find((j) => j.name === name && j.conclusion === 'success');
        if (!job)
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(where.dir, `baseline_${job.id}_${safeName(job.name)}.txt`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, await (0,_github_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadJobLog */ .Q6)(octokit, { owner: where.owner, repo: where.repo, jobId: job.id }));
        baselines.set(name, file);
    }
    return {
        baselines,
        note: `baseline: run ${passing.id} (${baselines.size} of ${where.jobNames.length} jobs)`,
    };
}
function safeName(name) {
    return name.replace(/[^\w.-]+/g, '_').slice(0, 80);
}


/***/ }),

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
