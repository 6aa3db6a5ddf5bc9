export const id = 1531;
export const ids = [1531];
export const modules = {

/***/ 21531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  runRepoSync: () => (/* binding */ runRepoSync)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/context.ts
var platform_context = __webpack_require__(58708);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
;// CONCATENATED MODULE: ./src/actions/repo-sync/settings.ts




/** Reads every input into one frozen object; every mistake is a ConfigError naming the input. */
async function readSettings(io) {
    const { inputs, context } = io;
    const configName = inputs.optional('config', '.sync-config.yaml');
    const configPath = external_node_path_default().resolve(context.workspace, configName);
    let text;
    try {
        text = await (0,promises_.readFile)(configPath, 'utf8');
    }
    catch {
        throw new errors/* ConfigError */.xL(`Input config got ${JSON.stringify(configName)}; accepted: a YAML file in the source checkout (${configPath} does not exist)`);
    }
    // The config parser (yaml) and the sync code load only once there is a config to read (cold start).
    const [{ parseSyncConfig }, { filterTargets }, { ON_CONFLICT }] = await Promise.all([
        __webpack_require__.e(/* import() */ 9389).then(__webpack_require__.bind(__webpack_require__, 39389)),
        Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(2437)]).then(__webpack_require__.bind(__webpack_require__, 62437)),
        __webpack_require__.e(/* import() */ 4107).then(__webpack_require__.bind(__webpack_require__, 64107)),
    ]);
    const config = filterTargets(parseSyncConfig(text, configName), inputs.list('targets'));
    const appId = inputs.optional('app-id');
    const clientId = inputs.optional('client-id');
    const privateKey = inputs.optional('private-key');
    if ((appId || clientId) && !privateKey)
        throw new errors/* ConfigError */.xL('Input private-key is required with app-id or client-id');
    if (privateKey && !appId && !clientId)
        throw new errors/* ConfigError */.xL('Input app-id (or client-id) is required with private-key');
    const githubToken = inputs.optional('github-token');
    if (!privateKey && !githubToken)
        throw new errors/* ConfigError */.xL('No credentials: give app-id (or client-id) and private-key, or github-token');
    const branchPrefix = inputs.optional('branch-prefix', 'kintsugi/sync/');
    if (!/^[A-Za-z0-9._/-]*$/.test(branchPrefix) || branchPrefix.includes('..'))
        throw new errors/* ConfigError */.xL(`Input branch-prefix got ${JSON.stringify(branchPrefix)}; accepted: letters, digits, . _ - /`);
    const { owner, repo } = (0,platform_context/* requireRepository */.Cc)(context);
    return Object.freeze({
        configPath,
        config,
        app: privateKey ? { appId, clientId, privateKey } : undefined,
        githubToken,
        dryRun: inputs.bool('dry-run', false),
        rollback: inputs.bool('rollback', false),
        onConflict: inputs.oneOf('on-conflict', ON_CONFLICT, 'pr-with-markers'),
        branchPrefix,
        source: { repo: `${owner}/${repo}`, dir: context.workspace },
    });
}

;// CONCATENATED MODULE: ./src/actions/repo-sync/main.ts

function run(io) {
    return runRepoSync(io, {});
}
async function runRepoSync(io, deps) {
    const settings = await readSettings(io);
    const { execute } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(4006), __webpack_require__.e(4014), __webpack_require__.e(2437), __webpack_require__.e(6005)]).then(__webpack_require__.bind(__webpack_require__, 36005));
    return execute(io, settings, deps);
}


/***/ })

};
