// The server is bundled by Vite: it may import files as text (`?raw`) and glob them at build time.
/// <reference types="vite/client" />

/** "<commit> <date>" of the build; absent when the server runs from source (tests). */
declare const __BUILD_ID__: string | undefined;
