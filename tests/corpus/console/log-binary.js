// Typed arrays, ArrayBuffers and DataViews.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Uint8Array(0), new Float64Array([1.5, -0, NaN]));
console.log(new Int16Array(20).map((_, i) => (i - 10) * 100));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Uint8Array([1, 2, 255]).buffer);
console.log(new ArrayBuffer(0));
console.log(new DataView(new ArrayBuffer(4), 1, 2));
console.log(new Uint8Array(120));
console.log({ bytes: new Uint8ClampedArray([300, -5, 128]) });
