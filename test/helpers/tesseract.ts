import { spawnSync } from 'node:child_process';

/** Tesseract with its Russian model, as .ci/run installs it (tesseract-ocr, tesseract-ocr-rus). */
export const TESSERACT_INSTALLED = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.split('\n').includes('rus') ?? false;
