// Types for the two untyped libraries `npm run fonts` uses.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' },
  ): Promise<Uint8Array>;
}

declare module 'fontverter' {
  const fontverter: {
    convert(font: Uint8Array, format: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Uint8Array>;
  };
  export default fontverter;
}
