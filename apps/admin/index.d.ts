/**
 * Absolute path of the built admin SPA (`vite build` writes it). A server
 * serves this folder at `/` and returns its `index.html` for unknown
 * non-API paths, so deep links of the SPA's history router load.
 */
export declare const adminDistDir: string
