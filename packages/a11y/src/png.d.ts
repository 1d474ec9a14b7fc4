export interface DecodedImage {
  width: number;
  height: number;
  data: Uint8Array;
}
export declare function decodePng(buffer: Uint8Array): DecodedImage;
export declare function countChangedPixels(a: DecodedImage, b: DecodedImage, options?: { tolerance?: number; minContrast?: number }): number;
