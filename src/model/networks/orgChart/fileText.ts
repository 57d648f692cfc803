import type { Parsed } from './orgChart.ts';

/**
 * Text from file bytes. Only UTF-8 (with or without a byte-order mark) is
 * accepted; anything else is named, so accents never turn into garbage.
 */
export function decodeText(bytes: Uint8Array): Parsed<string> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000'))
      return { ok: false, errors: ['The file holds binary data (NUL bytes), not CSV text.'] };
    return { ok: true, value: text };
  } catch {
    return {
      ok: false,
      errors: [
        'The file is not UTF-8 text. Save it as “CSV UTF-8” (Excel) or with UTF-8 encoding, and import it again.',
      ],
    };
  }
}
