export const id = 299;
export const ids = [299];
export const modules = {

/***/ 80299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dashboardPauseProbe: () => (/* binding */ dashboardPauseProbe)
/* harmony export */ });
/**
 * The dashboard issue (label `kintsugi`): flaky registry, quarantine, healing history, spend ledger.
 * Placeholder until the GitHub layer lands: reports "not paused" so the env kill switch still works.
 */
async function dashboardPauseProbe(_options) {
    return undefined;
}


/***/ })

};
