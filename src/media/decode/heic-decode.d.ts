declare module 'heic-decode' {
  interface HeicImage {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  interface HeicHandle {
    width: number;
    height: number;
    decode(): Promise<HeicImage>;
  }
  type HeicAll = HeicHandle[] & { dispose(): void };
  function decode(input: { buffer: Uint8Array }): Promise<HeicImage>;
  namespace decode {
    function all(input: { buffer: Uint8Array }): Promise<HeicAll>;
  }
  export default decode;
}
