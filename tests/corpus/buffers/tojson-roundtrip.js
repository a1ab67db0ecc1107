// Buffers serialize to { type: 'Buffer', data: [...] } and come back with Buffer.from.
const original = Buffer.from('héllo');
const json = JSON.stringify({ file: 'greeting.txt', content: original });
console.log(json);
const parsed = JSON.parse(json);
const restored = Buffer.from(parsed.content);
console.log(restored, restored.equals(original), restored.toString());
console.log(original.toJSON());
