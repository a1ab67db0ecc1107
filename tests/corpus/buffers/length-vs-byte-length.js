// A string's length counts UTF-16 code units; its byte length depends on the encoding.
const samples = ['hello', 'café', 'cafe\u0301', '日本語', '😀', '👍🏽', '👨‍👩‍👧', 'Ⅻ'];
for (const s of samples) {
  console.log(
    JSON.stringify(s).padEnd(26),
    'length', String(s.length).padStart(2),
    'code points', String([...s].length).padStart(2),
    'utf8', String(Buffer.byteLength(s)).padStart(2),
    'utf16le', String(Buffer.byteLength(s, 'utf16le')).padStart(2),
  );
}
