export const id = 1118;
export const ids = [1118];
export const modules = {

/***/ 51118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ MAX_THREADS),
/* harmony export */   J4: () => (/* binding */ releaseScanWorker),
/* harmony export */   Z9: () => (/* binding */ defaultThreads),
/* harmony export */   lB: () => (/* binding */ PARALLEL_FROM_BYTES),
/* harmony export */   mn: () => (/* binding */ takeScanWorkers),
/* harmony export */   warmScanWorkersFor: () => (/* binding */ warmScanWorkersFor)
/* harmony export */ });
/* unused harmony exports warmScanWorkers, idleScanWorkers */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46316);
/* harmony import */ var _platform_worker_tasks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73290);





/** Below this size a log is scanned in the calling thread alone (a worker takes ~0.1 s to start). */
const PARALLEL_FROM_BYTES = 32 << 20;
const MAX_THREADS = 4;
/** KINTSUGI_SCAN_THREADS caps the threads a scan uses (1: this thread only); else one per core. */
function defaultThreads() {
    const set = process.env.KINTSUGI_SCAN_THREADS?.trim();
    if (set) {
        if (!/^[1-9]\d*$/.test(set))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`KINTSUGI_SCAN_THREADS is "${set}": expected a whole number of threads, 1 or more`);
        return Number(set);
    }
    return typeof (node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism) === 'function'
        ? node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism()
        : node_os__WEBPACK_IMPORTED_MODULE_1___default().cpus().length;
}
/**
 * Scan workers outside a scan. A worker serves one scan at a time and stays for the next; waiting,
 * it is unreferenced, so an unused one never keeps the process alive. This module stays small: a
 * caller can start workers before it loads the scanner itself.
 */
const idle = [];
// Not written as new URL('./scan-worker.ts', import.meta.url): the bundler would copy the source.
const source = new URL(import.meta.url.replace(/scan-pool\.ts$/, 'scan-worker.ts'));
/**
 * Starts the workers a scan of a large log will want, ahead of it (while the caller still loads
 * modules or reads its settings). Does nothing for logs scanned in one thread; a bad
 * KINTSUGI_SCAN_THREADS is left for the scan itself to report.
 */
function warmScanWorkers(largestLogBytes) {
    if (largestLogBytes < PARALLEL_FROM_BYTES)
        return;
    let threads;
    try {
        threads = Math.min(defaultThreads(), MAX_THREADS);
    }
    catch {
        return;
    }
    while (idle.length < threads - 1) {
        const worker = spawn();
        if (!worker)
            break;
        idle.push(worker);
    }
}
/** warmScanWorkers for the largest of these log files (a path that cannot be read counts as empty). */
async function warmScanWorkersFor(paths) {
    const sizes = await Promise.all(paths.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then((s) => (s.isFile() ? s.size : 0), () => 0)));
    warmScanWorkers(Math.max(0, ...sizes));
}
/** How many workers wait for a scan (started ahead, or back from one). */
function idleScanWorkers() {
    return idle.length;
}
/** Up to `count` workers for one scan, waiting ones first; give each back with `releaseScanWorker`. */
function takeScanWorkers(count) {
    const taken = idle.splice(0, Math.max(0, count));
    while (taken.length < count) {
        const worker = spawn();
        if (!worker)
            break;
        taken.push(worker);
    }
    for (const worker of taken)
        worker.ref();
    return taken;
}
/** A worker back from a scan waits for the next (unless it has exited). */
function releaseScanWorker(worker) {
    if (worker.threadId < 0)
        return;
    worker.unref();
    idle.push(worker);
}
/**
 * A parallel scan keeps every core busy, and each thread's engine compiles its own optimised code:
 * TurboFan's background jobs then wait for a core while the scan runs unoptimised code (on the
 * bench log, a thread's first 17 MB took 250-350 ms instead of 50 ms). Without inlining TurboFan
 * spends half the time (552 -> 259 ms in one thread over three passes of half the bench log) for
 * the same steady speed. The flag is process-wide: set once, before the first worker starts, in
 * time for the scanner's first optimised code.
 */
let jitTuned = false;
function tuneJitForParallelScans() {
    if (jitTuned)
        return;
    jitTuned = true;
    try {
        node_v8__WEBPACK_IMPORTED_MODULE_2___default().setFlagsFromString('--no-turbo-inlining');
    }
    catch {
        // An engine without the flag scans as fast, only warms up slower.
    }
}
function spawn() {
    tuneJitForParallelScans();
    let worker;
    try {
        worker = (0,_platform_worker_tasks_js__WEBPACK_IMPORTED_MODULE_4__/* .startWorkerTask */ .AR)('scan', undefined, source);
    }
    catch {
        return undefined;
    }
    if (!worker)
        return undefined;
    const started = worker;
    started.unref();
    // A worker that fails leaves its segment unscanned: the scanning thread scans it after.
    started.on('error', () => undefined);
    started.once('exit', () => {
        const at = idle.indexOf(started);
        if (at >= 0)
            idle.splice(at, 1);
    });
    return started;
}


/***/ })

};
