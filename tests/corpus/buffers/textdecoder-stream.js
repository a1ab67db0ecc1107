// TextDecoder with { stream: true } also holds incomplete characters back.
const bytes = Buffer.from('€😀!');
const decoder = new TextDecoder();
const parts = [];
for (let i = 0; i < bytes.length; i += 2) {
  parts.push(decoder.decode(bytes.subarray(i, i + 2), { stream: true }));
}
parts.push(decoder.decode());
console.log(JSON.stringify(parts));
console.log(JSON.stringify(new TextDecoder().decode(Buffer.from([0xe2, 0x82]))));
console.log(new TextEncoder().encode('é€'));
