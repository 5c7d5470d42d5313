import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/extract/text/decode.js';
import { BinaryInputError } from '../../../src/extract/errors.js';
import { seedBytes } from '../../helpers/seeds.js';

const russian = seedBytes('khotynets', 'txt').toString('utf8');

describe('decodeText', () => {
  it.each([
    ['windows-1251', 'windows-1251'],
    ['cp866', 'cp866'],
    ['koi8-r', 'koi8-r'],
  ])('detects %s from the bytes and decodes every letter', (encoding, reported) => {
    const bytes = iconv.encode(russian, encoding);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(reported);
    // «», № and – do not exist in CP866 and KOI8-R; everything the encoding holds must come back.
    expect(decoded.text).toBe(iconv.decode(bytes, encoding));
    expect(decoded.text).toContain('ПРИКАЗЫВАЮ:');
    expect(decoded.text).toContain('Организационно-управленческие мероприятия');
  });

  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(Buffer.from('Срок: март 2023', 'utf8'))).toEqual({ text: 'Срок: март 2023', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Приказ', 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: 'Приказ', encoding: 'utf-8' });
  });

  it('reads UTF-16LE with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('План мероприятий', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'План мероприятий', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a byte order mark', () => {
    const little = Buffer.from('Ответственный', 'utf16le');
    const big = Buffer.from(little).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toEqual({ text: 'Ответственный', encoding: 'utf-16be' });
  });

  it('reads each line of a UTF-8 decree with windows-1251 rows pasted in, in its own encoding', () => {
    const head = Buffer.from('ПРИКАЗ\n8 декабря 2023 года\n№ п/п\tМероприятие\tСрок\n', 'utf8');
    const rows = iconv.encode('1.\tСовещание руководителей\tМарт 2023\n2.\tСеминар учителей\tАпрель 2023\n', 'windows-1251');
    const decoded = decodeText(Buffer.concat([head, rows]));
    expect(decoded.text).toBe('ПРИКАЗ\n8 декабря 2023 года\n№ п/п\tМероприятие\tСрок\n1.\tСовещание руководителей\tМарт 2023\n2.\tСеминар учителей\tАпрель 2023\n');
    // Three lines hold non-ASCII UTF-8, two windows-1251: the majority names the file.
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.mixed).toEqual({ utf8Lines: 3, otherLines: 2, otherEncoding: 'windows-1251', firstMinorityLine: 4 });
  });

  it('reads a UTF-8 file with one corrupt byte as UTF-8 but for that line, which it names', () => {
    const bytes = Buffer.concat([Buffer.from('Первая строка\nВторая ', 'utf8'), Buffer.from([0xff]), Buffer.from('\nТретья строка', 'utf8')]);
    const decoded = decodeText(bytes);
    // Before, one bad byte turned the whole file into windows-1251 mojibake; now only its line is.
    const lines = decoded.text.split('\n');
    expect([lines[0], lines[2]]).toEqual(['Первая строка', 'Третья строка']);
    expect(lines[1]).toBe(iconv.decode(Buffer.concat([Buffer.from('Вторая ', 'utf8'), Buffer.from([0xff])]), decoded.mixed!.otherEncoding));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.mixed).toMatchObject({ utf8Lines: 2, otherLines: 1, firstMinorityLine: 2 });
  });

  it('rejects bytes with NULs as binary', () => {
    expect(() => decodeText(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x02]))).toThrow(BinaryInputError);
  });
});
