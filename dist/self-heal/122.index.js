export const id = 122;
export const ids = [122];
export const modules = {

/***/ 87122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorkerTask: () => (/* binding */ runWorkerTask)
/* harmony export */ });
/* harmony import */ var _platform_worker_tasks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73290);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4316);


/**
 * A scan worker serves the scans it is sent, one after another: for each it claims segments until
 * none is left and posts each one's scan. Listening keeps it alive; the main thread decides when
 * it may exit (see scan-pool.ts).
 */
function runWorkerTask(_data, port) {
    port.on('message', (task) => {
        for (;;) {
            const index = Atomics.add(task.next, 0, 1);
            if (index >= task.segments.length)
                break;
            let message;
            try {
                const scan = (0,_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .scanSegment */ .DL)(task.file, task.segments[index], task.options);
                message = { task: task.id, index, scan };
            }
            catch (error) {
                message = {
                    task: task.id,
                    index,
                    error: error instanceof Error ? error.message : String(error),
                };
            }
            port.postMessage(message);
        }
    });
}
(0,_platform_worker_tasks_js__WEBPACK_IMPORTED_MODULE_0__/* .runIfStartedDirectly */ .w3)('scan', runWorkerTask);


/***/ })

};
