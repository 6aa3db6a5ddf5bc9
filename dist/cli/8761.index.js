export const id = 8761;
export const ids = [8761];
export const modules = {

/***/ 41987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   warmDiagnoseWorkers: () => (/* binding */ warmDiagnoseWorkers)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);


/**
 * `kintsugi diagnose FILE...` scans a large log in worker threads (not against a baseline): they
 * start from this, first thing, while the CLI still loads, rather than when the scan does. Bad
 * arguments are left for the command itself to report.
 */
async function warmDiagnoseWorkers(argv, cwd) {
    let args;
    try {
        args = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArgs */ .Z)(argv);
    }
    catch {
        return;
    }
    if (args.help || args.positionals.length === 0)
        return;
    if (args.options['baseline-logs'] !== undefined || args.options.baseline === 'auto')
        return;
    const { warmScanWorkersFor } = await __webpack_require__.e(/* import() */ 1118).then(__webpack_require__.bind(__webpack_require__, 51118));
    await warmScanWorkersFor(args.positionals.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file)));
}


/***/ }),

/***/ 8761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diagnoseCommand: () => (/* binding */ diagnoseCommand)
/* harmony export */ });
/* harmony import */ var _actions_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19984);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29841);
/* harmony import */ var _platform_local_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73680);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63255);
/* harmony import */ var _action_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2126);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44258);
/* harmony import */ var _diagnose_workers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41987);








/**
 * `kintsugi diagnose [--baseline-logs PASS.log] [--max-excerpt-lines N] [--format json] FILE...`:
 * one diagnosis per file, in input order (json: one report per line). A file that cannot be read
 * gets its own clear error line and the exit status 1; the other files are still diagnosed. Without
 * FILEs it is the plain action (`--logs`, `--run-id`, ...).
 */
const diagnoseCommand = async (argv, streams) => {
    const entry = _actions_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIONS */ .k.find((a) => a.name === 'diagnose');
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseArgs */ .Z)(argv);
    if (args.help || args.positionals.length === 0)
        return (0,_run_action_js__WEBPACK_IMPORTED_MODULE_6__/* .runActionCommand */ .T)(entry, argv, streams);
    // The CLI's entry has started them already; not so a caller of main().
    await (0,_diagnose_workers_js__WEBPACK_IMPORTED_MODULE_7__.warmDiagnoseWorkers)(argv, streams.cwd);
    const metadata = await (0,_action_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionMetadata */ .Of)(entry.actionYml);
    const run = await entry.load();
    let failed = 0;
    for (const file of args.positionals) {
        const inputs = (0,_action_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInputs */ .eL)(metadata, { ...args.options, logs: file }, streams.env);
        const io = (0,_platform_local_io_js__WEBPACK_IMPORTED_MODULE_2__/* .localIO */ .w)('diagnose', {
            inputs,
            env: { ...streams.env, GITHUB_WORKSPACE: streams.env.GITHUB_WORKSPACE ?? streams.cwd },
            logger: (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleLogger */ .kS)({ stream: streams.stderr, verbose: streams.env.RUNNER_DEBUG === '1' }),
            echo: args.format === 'json' ? undefined : streams.stdout,
        });
        const outcome = await (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .executeAction */ .y)(run, io);
        if (outcome.status === 'failure') {
            failed++;
            const message = outcome.message ?? 'diagnose failed';
            streams.stderr.write(`error: ${file}: ${message}\n`);
            if (args.format === 'json')
                streams.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
            continue;
        }
        if (args.format === 'json')
            streams.stdout.write(`${JSON.stringify(outcome.report ?? { file, notice: outcome.message })}\n`);
    }
    return failed > 0 ? 1 : 0;
};


/***/ })

};
