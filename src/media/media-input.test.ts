import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { checkAltText, originalNameOf } from './media-input.js';

describe('an uploaded file’s name', () => {
  it('keeps only its last segment, never a path', () => {
    expect(originalNameOf('C:\\Users\\ليلى\\صور\\ميناء.jpg')).toBe('ميناء.jpg');
    expect(originalNameOf('../../etc/passwd')).toBe('passwd');
  });

  it('drops what would disguise it: control characters and direction overrides', () => {
    expect(originalNameOf('photo\u202Egpj.exe')).toBe('photogpj.exe');
    expect(originalNameOf('a\u0000b\nc.png')).toBe('abc.png');
    expect(originalNameOf('\u2066\u2069 ')).toBeNull();
    expect(originalNameOf(null)).toBeNull();
  });

  it('is cut at 255 characters, never inside one', () => {
    expect([...(originalNameOf(`${'ص'.repeat(300)}.jpg`) ?? '')]).toHaveLength(255);
  });
});

describe('alt text', () => {
  it('describes the image: not empty, and not a file name', () => {
    expect(checkAltText('  ناقلة نفط في ميناء  ')).toBe('ناقلة نفط في ميناء');
    for (const [alt, rule] of [
      ['', 'required'],
      ['IMG_2041.JPG', 'alt_is_file_name'],
      ['freepik__a-neutral-conceptual-scene', 'alt_is_file_name'],
      ['ص'.repeat(501), 'too_long'],
    ] as const) {
      expect(() => checkAltText(alt), alt).toThrow(ValidationError);
      try {
        checkAltText(alt);
      } catch (error) {
        expect((error as ValidationError).fields[0]?.rule, alt).toBe(rule);
      }
    }
  });
});
