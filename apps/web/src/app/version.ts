declare const __APP_VERSION__: string | undefined;

/**
 * This build's version (vite.config.ts: the app's version and the build's id, if it was given
 * one), shown in the footer so a bug report can say which version it was. "dev" in unit tests.
 */
export const APP_VERSION: string = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";
