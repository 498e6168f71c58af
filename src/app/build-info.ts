// Which build this page runs ("<commit> <date>"), written in by the bundler; shown on the accessibility page.
declare const __BUILD_ID__: string;
export const BUILD_ID: string = __BUILD_ID__;
