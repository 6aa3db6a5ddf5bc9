export const id = 639;
export const ids = [639];
export const modules = {

/***/ 30639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processStreams: () => (/* binding */ processStreams)
/* harmony export */ });
function processStreams() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd(),
    };
}


/***/ })

};
