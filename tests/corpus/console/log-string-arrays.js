// Arrays of strings are grouped into left-aligned columns when short enough.
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log('the quick brown fox jumps over the lazy dog again and again'.split(' '));
console.log(Array.from({ length: 40 }, (_, i) => `item-${i}`));
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
console.log(['one long entry that is long enough to stop grouping', 'a', 'b', 'c', 'd', 'e', 'f']);
console.log([1, 'two', 3, 'four', 5, 'six', 7, 'eight']);
console.log(Array.from({ length: 9 }, (_, i) => 'x'.repeat(i + 1)));
console.log(['中文', '日本語', '한국어', 'abc', 'def', 'ghi', 'jkl']);
