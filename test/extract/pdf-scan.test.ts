import { describe, expect, it } from 'vitest';
import { OPS } from '../../src/extract/pdf/pdfjs.js';
import { hasTextUnderImage, isUnreadable, ocrQuality } from '../../src/extract/pdf/scan.js';

describe('ocrQuality', () => {
  it.each([
    // school11-nakhodka-predpisanie-2016.pdf's OCR layer, as printed
    ['|ч{инистерство', 1],
    ['гражданскOй', 1],
    ['пос;.]е!ствий', 1],
    ['20jб', 1],
    ['l994', 1],
    ['M1IC', 1],
    // words a fair OCR layer or a text PDF prints
    ['Министерство', 0],
    ['(Протокол', 0],
    ['«Сетевой', 0],
    ['57-од', 0],
    ['10.01.2013г.', 0],
    ['ФГОС', 0],
    ['e-mail', 0],
  ])('counts %j as misread: %i', (word, misread) => {
    expect(ocrQuality(word)).toEqual({ words: 1, misread });
  });

  it('counts only words of three characters or more that hold a letter', () => {
    expect(ocrQuality('№ 5 от 2016 по 1-11 уч. с{а}')).toEqual({ words: 2, misread: 1 });
  });
});

describe('isUnreadable', () => {
  it.each([
    [{ words: 682, misread: 329 }, true],
    [{ words: 428, misread: 4 }, false],
    [{ words: 0, misread: 0 }, false],
  ])('%j is unreadable: %s', (quality, unreadable) => {
    expect(isUnreadable(quality)).toBe(unreadable);
  });
});

describe('hasTextUnderImage', () => {
  const { showText: text, paintImageXObject: image, constructPath: path } = OPS;
  it.each([
    // ussuriysk-centre-runaways-order-2020.pdf: the OCR text first, the page image painted over it
    [[text, text, path, image], true],
    // a text page with a logo or stamp painted before its text, or two images
    [[image, text, text], false],
    [[text, image, text], false],
    [[text, image, image], false],
    [[image], false],
  ])('%j: %s', (ops, under) => {
    expect(hasTextUnderImage(ops)).toBe(under);
  });
});
