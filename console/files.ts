import { join } from 'node:path';

/** Where the console's builds go on this machine (gitignored). */
export const CONSOLE_BUILD_DIR = join(import.meta.dirname, '..', '.local', 'console');

/** The files the console and the operators' back office are made of, by the name they are served under. */
export const CONSOLE_FILES = ['app.js', 'app.css', 'operators.js', 'operators.css'] as const;
export type ConsoleFile = (typeof CONSOLE_FILES)[number];
