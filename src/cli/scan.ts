// npm run scan -- <file.html|file.txt|->: prints the chain mentions found in a saved page or a text file as JSON.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { scanHtml, scanText } from './scanDocument';

const USAGE = 'usage: npm run scan -- <file.html|file.txt|-> (use - to read standard input)';
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const LOOKS_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

class CliError extends Error {}

function readInput(path: string): Buffer {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new CliError(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`);
  }
}

/** Text means valid UTF-8 (a BOM is fine) without NUL bytes; anything else is refused rather than guessed at. */
function decode(bytes: Buffer, path: string): string {
  const name = path === '-' ? 'standard input' : path;
  if (bytes.includes(0)) throw new CliError(`${name} is not a text file (it contains binary data)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not a text file (it is not valid UTF-8)`);
  }
}

function main(args: string[]): number {
  const files = args.filter((a) => a !== '--');
  if (files.length !== 1 || files[0] === '--help' || files[0] === '-h') {
    process.stderr.write(`${USAGE}\n`);
    return files[0] === '--help' || files[0] === '-h' ? 0 : 2;
  }
  const path = files[0]!;
  try {
    const text = decode(readInput(path), path);
    const ext = extname(path).toLowerCase();
    const html = HTML_EXTENSIONS.has(ext) || (path === '-' && LOOKS_HTML.test(text));
    const result = html ? scanHtml(text) : scanText(text);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`scan: ${error.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
