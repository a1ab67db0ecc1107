// Lone surrogates: how they encode and decode.
const lone = 'a\ud83db';
console.log(Buffer.from(lone), Buffer.from(lone).toString() === lone);
console.log(Buffer.from(lone, 'utf16le').toString('utf16le') === lone);
console.log(JSON.stringify(lone), encodeURIComponent('ok'));

console.log(new TextEncoder().encode(lone));
