// Which build is running, for the staff pages; the bundler writes it in, source runs (tests) say "source".
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'source';
