export const id = 3840;
export const ids = [3840,1118];
export const modules = {

/***/ 85945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ analyseLog)
});

// EXTERNAL MODULE: ./src/diagnose/line-reader.ts
var line_reader = __webpack_require__(36186);
// EXTERNAL MODULE: ./src/diagnose/normalise.ts
var normalise = __webpack_require__(93670);
;// CONCATENATED MODULE: ./src/diagnose/baseline.ts


/** Aligning two logs holds 4 bytes per line of each; past this many lines the diff is skipped. */
const MAX_ALIGNED_LINES = 4_000_000;
const ALIGNED = 1;
const MOVED = 2;
/**
 * Marks each line of the failing log: ALIGNED when the passing log has the same line (after removing
 * times, durations, ids, temp paths, hashes) at the matching place, MOVED when it has it elsewhere.
 * Index 0 is unused so marks[lineNo] reads naturally. Undefined when a log is too long to align.
 */
async function baselineMarks(failing, passing) {
    const a = await lineKeys(passing);
    const b = await lineKeys(failing);
    if (!a || !b)
        return undefined;
    const pairs = new Int32Array(b.length).fill(-1);
    alignRange(a, b, 0, a.length, 0, b.length, pairs, 0);
    const inPassing = new Set(a);
    const marks = new Uint8Array(b.length + 1);
    for (let j = 0; j < b.length; j++) {
        if (pairs[j] >= 0)
            marks[j + 1] = ALIGNED;
        else if (inPassing.has(b[j]))
            marks[j + 1] = MOVED;
    }
    return marks;
}
async function lineKeys(file) {
    let keys = new Uint32Array(1024);
    let n = 0;
    let tooLong = false;
    await (0,line_reader/* forEachLine */.F)(file, (line) => {
        if (n === MAX_ALIGNED_LINES) {
            tooLong = true;
            return false;
        }
        if (n === keys.length) {
            const bigger = new Uint32Array(keys.length * 2);
            bigger.set(keys);
            keys = bigger;
        }
        keys[n++] = hash((0,normalise/* comparisonKey */.tH)((0,normalise/* normaliseLine */.$M)(line).text));
        return true;
    });
    return tooLong ? undefined : keys.subarray(0, n);
}
/** FNV-1a, 32 bits: collisions only ever make a line look unchanged, and are rare at log sizes. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/**
 * Seed-and-extend (as CiDiff and patience diff): lines unique on both sides are seeds; the longest
 * in-order chain of seeds is kept, each seed is extended over equal neighbours, and the gaps between
 * seeds are aligned the same way. Gaps without unique lines match their equal ends.
 */
function alignRange(a, b, a0, a1, b0, b1, pairs, depth) {
    // Equal heads and tails first: cheap, and most of two runs of one build is identical.
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0])
        pairs[b0++] = a0++;
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1])
        pairs[--b1] = --a1;
    if (a0 >= a1 || b0 >= b1 || depth > 64)
        return;
    const seeds = chain(uniqueSeeds(a, b, a0, a1, b0, b1));
    if (seeds.length === 0)
        return;
    let prevA = a0;
    let prevB = b0;
    for (const [i, j] of seeds) {
        alignRange(a, b, prevA, i, prevB, j, pairs, depth + 1);
        pairs[j] = i;
        prevA = i + 1;
        prevB = j + 1;
    }
    alignRange(a, b, prevA, a1, prevB, b1, pairs, depth + 1);
}
function uniqueSeeds(a, b, a0, a1, b0, b1) {
    const inA = new Map();
    for (let i = a0; i < a1; i++)
        inA.set(a[i], inA.has(a[i]) ? -1 : i);
    const inB = new Map();
    for (let j = b0; j < b1; j++)
        inB.set(b[j], inB.has(b[j]) ? -1 : j);
    const seeds = [];
    for (const [key, j] of inB) {
        const i = inA.get(key);
        if (j >= 0 && i !== undefined && i >= 0)
            seeds.push([i, j]);
    }
    return seeds.sort((x, y) => x[1] - y[1]);
}
/** Longest chain of seeds increasing on both sides (seeds come sorted by their failing-log line). */
function chain(seeds) {
    const tails = [];
    const previous = new Int32Array(seeds.length).fill(-1);
    for (let k = 0; k < seeds.length; k++) {
        const i = seeds[k][0];
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (seeds[tails[mid]][0] < i)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            previous[k] = tails[lo - 1];
        tails[lo] = k;
    }
    const out = [];
    for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k])
        out.push(seeds[k]);
    return out.reverse();
}

;// CONCATENATED MODULE: ./src/diagnose/ranking.ts
/**
 * The root cause is the first block nearly as strong as the strongest one: tools print the cause
 * first and its consequences (summaries, `make: *** Error 1`, exit codes) after it. Further excerpts
 * are the next strongest blocks, in the order they were printed.
 */
function rankBlocks(blocks, options) {
    const candidates = blocks.filter((b) => b.score > 0);
    if (candidates.length === 0)
        return [];
    const best = Math.max(...candidates.map((b) => b.score));
    const rootCause = candidates.find((b) => b.score >= best * 0.8) ?? candidates[0];
    const others = candidates
        .filter((b) => b !== rootCause && b.score >= Math.max(best * 0.5, 1))
        .sort((a, b) => b.score - a.score || a.startLine - b.startLine)
        .slice(0, Math.max(0, options.maxExcerpts - 1))
        .sort((a, b) => a.startLine - b.startLine);
    return [rootCause, ...others];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/diagnose/scan-pool.ts
var scan_pool = __webpack_require__(51118);
// EXTERNAL MODULE: ./src/diagnose/scanner.ts + 2 modules
var scanner = __webpack_require__(4316);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/diagnose/blocks.ts
var blocks = __webpack_require__(9296);
// EXTERNAL MODULE: ./src/diagnose/parsers/registry.ts + 27 modules
var registry = __webpack_require__(73677);
;// CONCATENATED MODULE: ./src/diagnose/segments.ts




/** Lines a segment's parsers may read above its first line (eslint looks 60 lines up). */
const LOOKBEHIND_BYTES = 16 << 10;
/** How far past the aimed-at offset a cut is looked for before that cut is given up. */
const SEARCH_BYTES = 1 << 20;
const WINDOW_BYTES = 64 << 10;
/** Plain lines that close any open block, in a row: after them the block builder is closed. */
const CLOSING_RUN = 3;
let trigger;
/**
 * Where to aim the cuts of a log scanned by `threads` threads claiming segments one at a time: up
 * to `maxBytes` a segment, smaller towards the end (a share of what is left), so that the threads
 * run out of work at about the same time.
 */
function segmentAims(size, threads, maxBytes = 16 << 20) {
    const minBytes = maxBytes >> 3;
    const aims = [];
    let at = 0;
    for (;;) {
        const left = size - at;
        const next = Math.max(minBytes, Math.min(maxBytes, Math.floor(left / (threads * 2))));
        if (left - next < minBytes)
            return aims;
        at += next;
        aims.push(at);
    }
}
/**
 * Cuts a log into segments, one cut at or shortly after each of `aims` (ascending offsets), that
 * can be scanned on their own and merged into exactly what one scan gives. A segment starts after
 * three lines in a row that have no trigger match and cannot continue a block (not indented, not a
 * frame, a tag or a `Caused by`): whatever was open, the block builder is closed after them, and a
 * line without a trigger opens nothing. Where no such place is found near an aimed-at offset, the
 * neighbouring segments stay one.
 */
function segmentsOf(file, size, aims) {
    const handle = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const starts = [0];
        const window = Buffer.allocUnsafe(WINDOW_BYTES);
        for (const aimed of aims) {
            const aim = Math.max(aimed, starts[starts.length - 1] + 1);
            if (aim >= size)
                break;
            const cut = cutAfter(handle, window, aim, size);
            if (cut !== undefined && cut > starts[starts.length - 1] && cut < size)
                starts.push(cut);
        }
        return starts.map((start, i) => ({
            start,
            end: starts[i + 1] ?? size,
            lookbehind: start === 0 ? 0 : lookbehindOf(handle, start),
        }));
    }
    finally {
        (0,external_node_fs_.closeSync)(handle);
    }
}
/** The first place at or after `aim` where a segment can start, if one is near. */
function cutAfter(handle, window, aim, size) {
    trigger ??= new RegExp((0,registry/* triggerSource */.K1)());
    let position = aim;
    let run = 0;
    // Only whole lines count: the line `aim` falls in is skipped.
    let lineStart = -1;
    while (position < Math.min(size, aim + SEARCH_BYTES)) {
        const filled = (0,external_node_fs_.readSync)(handle, window, 0, window.length, position);
        if (filled === 0)
            return undefined;
        let p = 0;
        if (lineStart === -1) {
            const first = window.indexOf(10, 0);
            if (first === -1 || first >= filled) {
                position += filled;
                continue;
            }
            p = first + 1;
            lineStart = position + p;
        }
        for (;;) {
            const newline = window.indexOf(10, p);
            if (newline === -1 || newline >= filled)
                break;
            const raw = window.subarray(p, newline);
            run = closesAnyBlock(raw) ? run + 1 : 0;
            p = newline + 1;
            if (run === CLOSING_RUN)
                return position + p < size ? position + p : undefined;
        }
        if (p === 0)
            return undefined; // a line longer than the window: no cut here
        position += p;
    }
    return undefined;
}
function closesAnyBlock(raw) {
    if (trigger.test(raw.toString('latin1')))
        return false;
    return !(0,blocks/* mayContinueBlock */.Ou)((0,normalise/* normaliseLine */.$M)(raw.toString('utf8')).text);
}
/** A line start about LOOKBEHIND_BYTES before `start`. */
function lookbehindOf(handle, start) {
    const from = Math.max(0, start - LOOKBEHIND_BYTES);
    if (from === 0)
        return 0;
    const buffer = Buffer.allocUnsafe(start - from);
    const filled = (0,external_node_fs_.readSync)(handle, buffer, 0, buffer.length, from);
    const newline = buffer.subarray(0, filled).indexOf(10);
    return newline === -1 || from + newline + 1 > start ? start : from + newline + 1;
}

;// CONCATENATED MODULE: ./src/diagnose/scan-file.ts




/**
 * Scans a log for error blocks and findings. A large log without a baseline is cut into segments
 * that worker threads and this thread scan side by side; the merged result is what one scan gives.
 */
async function scanLogFile(file, options) {
    await (0,promises_.access)(file);
    const { size } = await (0,promises_.stat)(file);
    const threads = Math.min(options.threads ?? (0,scan_pool/* defaultThreads */.Z9)(), scan_pool/* MAX_THREADS */.J$);
    // Baseline marks are numbered for the whole log: its scan stays in one piece.
    if (threads > 1 &&
        !options.baselineMarks &&
        size >= (options.parallelFromBytes ?? scan_pool/* PARALLEL_FROM_BYTES */.lB)) {
        const segments = segmentsOf(file, size, segmentAims(size, threads, options.segmentBytes));
        if (segments.length > 1) {
            const { scans, byWorkers } = await scanInParallel(file, segments, threads, options);
            return (0,scanner/* mergeSegments */.$9)(scans, byWorkers);
        }
    }
    return (0,scanner/* mergeSegments */.$9)([(0,scanner/* scanSegment */.DL)(file, { start: 0, end: size, lookbehind: 0 }, options)]);
}
/** Numbers each parallel scan, so that a pooled worker's late messages are told apart. */
let lastScanId = 0;
async function scanInParallel(file, segments, threads, options) {
    const id = ++lastScanId;
    const task = {
        id,
        file,
        segments,
        options: { maxExcerptLines: options.maxExcerptLines, chunkBytes: options.chunkBytes },
        next: new Int32Array(new SharedArrayBuffer(4)),
    };
    const results = new Array(segments.length);
    let scanned = 0;
    let ownScans = 0;
    const workers = (0,scan_pool/* takeScanWorkers */.mn)(threads - 1);
    let running = workers.length;
    let allIn = () => undefined;
    const done = new Promise((resolve) => (allIn = resolve));
    const settle = () => {
        if (scanned === segments.length || running === 0)
            allIn();
    };
    const onMessage = (message) => {
        if (message.task !== id || !('scan' in message))
            return;
        results[message.index] = message.scan;
        scanned++;
        settle();
    };
    const onExit = () => {
        running--;
        settle();
    };
    for (const worker of workers) {
        worker.on('message', onMessage);
        worker.once('exit', onExit);
        worker.postMessage(task);
    }
    // This thread claims segments too, from the same counter, while the workers start.
    for (;;) {
        if (options.workersOnly && workers.length > 0)
            break;
        const index = Atomics.add(task.next, 0, 1);
        if (index >= segments.length)
            break;
        results[index] = (0,scanner/* scanSegment */.DL)(file, segments[index], options);
        scanned++;
        ownScans++;
    }
    settle();
    await done;
    // A worker still starting finds nothing left to claim when it reads this scan.
    for (const worker of workers) {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        (0,scan_pool/* releaseScanWorker */.J4)(worker);
    }
    const byWorkers = scanned - ownScans;
    return {
        scans: results.map((scan, i) => scan ?? (0,scanner/* scanSegment */.DL)(file, segments[i], options)),
        byWorkers,
    };
}

;// CONCATENATED MODULE: ./src/diagnose/analyse-log.ts



const FLAKY = /\b(?:timed? ?out|Timeout of \d+ms|ECONNRESET|socket hang up|flaky|deadlock|race condition|intermittent|EADDRINUSE)\b/i;
async function analyseLog(file, displayName, options) {
    const notes = [];
    let marks;
    if (options.baselineFile) {
        marks = await baselineMarks(file, options.baselineFile);
        if (!marks)
            notes.push(`baseline not used: ${displayName} or its baseline is too long to align`);
    }
    const scan = await scanLogFile(file, {
        maxExcerptLines: options.maxExcerptLines,
        baselineMarks: marks,
        threads: options.threads,
    });
    if (scan.invalidUtf8)
        notes.push(`${displayName} is not valid UTF-8; bad bytes are shown as U+FFFD`);
    const ranked = rankBlocks(scan.blocks, { maxExcerpts: options.maxExcerpts ?? 5 });
    const excerpts = ranked.map((b) => toExcerpt(displayName, b));
    const root = ranked[0];
    const tools = toolsByRelevance(scan.findings.toolWeights, root);
    const category = categoryOf(root, scan.findings.failingTests.length);
    const step = root?.step ?? scan.lastStep;
    return {
        file: displayName,
        category,
        confidence: confidenceOf(root, category, marks !== undefined),
        summary: summaryOf(category, root, tools, step),
        excerpts,
        failingTests: scan.findings.failingTests,
        locations: scan.findings.locations,
        tools,
        ...(step ? { failedStep: step, command: step.replace(/^Run /, '') } : {}),
        lineCount: scan.lineCount,
        bytes: scan.bytes,
        notes,
    };
}
function toExcerpt(file, block) {
    return {
        file,
        startLine: block.startLine,
        endLine: block.startLine + block.lines.length - 1,
        text: block.lines.join('\n'),
    };
}
/** Tools that found errors: the root cause's first, then by how much each found. */
function toolsByRelevance(weights, root) {
    const ordered = [...weights.entries()]
        .filter(([, w]) => w.weight >= 1)
        .sort((x, y) => y[1].weight - x[1].weight || x[1].firstLine - y[1].firstLine)
        .map(([tool]) => tool);
    const first = root?.tools ?? [];
    return [...first, ...ordered.filter((t) => !first.includes(t))];
}
function categoryOf(root, failingTests) {
    if (!root)
        return failingTests > 0 ? 'test' : 'unknown';
    if (root.category === 'test' && FLAKY.test(root.lines.join('\n')))
        return 'flaky-suspect';
    if (root.category === 'unknown' && failingTests > 0)
        return 'test';
    return root.category;
}
function confidenceOf(root, category, withBaseline) {
    if (!root || category === 'unknown')
        return root ? 0.3 : 0.1;
    let confidence = 0.3 + 0.1 * Math.min(root.strongest, 4);
    if (root.tools.length > 0)
        confidence += 0.1;
    if (withBaseline)
        confidence += 0.05;
    if (root.cascadeOnly)
        confidence -= 0.2;
    if (category === 'flaky-suspect')
        confidence -= 0.15;
    return Number(Math.max(0.1, Math.min(0.95, confidence)).toFixed(2));
}
function summaryOf(category, root, tools, step) {
    if (!root)
        return 'No error lines found in the log.';
    const headline = (root.headline ?? root.lines.find((l) => l.trim() !== '') ?? '').trim();
    const short = headline.length > 200 ? `${headline.slice(0, 197)}...` : headline;
    const tool = tools[0] ? ` (${tools[0]})` : '';
    const where = step ? ` in step "${step}"` : '';
    return `${category}${tool} failure${where} at line ${root.startLine}: ${short}`;
}


/***/ }),

/***/ 36186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ forEachLine)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);


/** Calls `onLine` for each line of a file split on `\n` only (as line numbers count them). */
async function forEachLine(file, onLine) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
        const buffer = Buffer.allocUnsafe(1 << 20);
        let rest = '';
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            const text = rest + decoder.write(buffer.subarray(0, bytesRead));
            let start = 0;
            let at = text.indexOf('\n');
            while (at !== -1) {
                if (onLine(text.slice(start, at)) === false)
                    return;
                start = at + 1;
                at = text.indexOf('\n', start);
            }
            rest = text.slice(start);
        }
        rest += decoder.end();
        if (rest !== '')
            onLine(rest);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 29512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ox: () => (/* binding */ DIAGNOSE_SCHEMA_VERSION),
/* harmony export */   R6: () => (/* binding */ CATEGORIES)
/* harmony export */ });
/* unused harmony export isCategory */
/**
 * The diagnose report: what patch and the self-heal pipeline read. Bump the version on any change
 * a reader could notice; readers check it before trusting the shape.
 */
const DIAGNOSE_SCHEMA_VERSION = 1;
const CATEGORIES = [
    'compile',
    'type-check',
    'test',
    'lint',
    'dependency',
    'config',
    'network',
    'infra',
    'timeout',
    'oom-or-disk',
    'permission',
    'flaky-suspect',
    'unknown',
];
function isCategory(value) {
    return typeof value === 'string' && CATEGORIES.includes(value);
}


/***/ }),

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


/***/ }),

/***/ 68809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a_: () => (/* binding */ writeJsonReport),
/* harmony export */   ly: () => (/* binding */ emptyUsage),
/* harmony export */   vk: () => (/* binding */ addUsage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function emptyUsage() {
    return { tokensIn: 0, tokensOut: 0, estimatedCostUsd: 0 };
}
function addUsage(a, b) {
    return {
        model: b.model ?? a.model,
        promptHash: b.promptHash ?? a.promptHash,
        tokensIn: a.tokensIn + b.tokensIn,
        tokensOut: a.tokensOut + b.tokensOut,
        estimatedCostUsd: Number((a.estimatedCostUsd + b.estimatedCostUsd).toFixed(6)),
    };
}
async function writeJsonReport(file, report) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    return file;
}


/***/ }),

/***/ 54487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ Summary),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export escapeHtml */
/** Builds the job summary as GitHub-flavoured markdown; the runner appends it, the CLI prints it. */
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(`${items.map((item) => `- ${item}`).join('\n')}\n`);
        return this;
    }
    /** A markdown table; cells are escaped so a `|` or newline in user data cannot break it. */
    table(header, rows) {
        if (rows.length === 0)
            return this;
        const line = (cells) => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
        this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') +
            '\n');
        return this;
    }
    code(text, language = '') {
        const fence = text.includes('```') ? '~~~~' : '```';
        this.parts.push(`${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`);
        return this;
    }
    /** A collapsible section. */
    details(title, body) {
        this.parts.push(`<details><summary>${escapeHtml(title)}</summary>\n\n${body.replace(/\n$/, '')}\n\n</details>\n`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return this;
    }
    isEmpty() {
        return this.parts.length === 0;
    }
    toMarkdown() {
        return this.parts.join('\n');
    }
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}


/***/ })

};
