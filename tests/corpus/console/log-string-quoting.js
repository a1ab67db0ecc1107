// Strings inside objects and arrays are quoted: single quotes, then double quotes when the
// string has a single quote, then backticks, and control characters are escaped.
console.log(['plain', "it's", 'say "hi"', "both ' and \"", "all ' \" `", "tpl ' \" ${x}"]);
console.log({ newline: 'a\nb', tab: 'a\tb', cr: 'a\rb', nul: 'a\0b', esc: '\x1b[31m', del: '\x7f' });
console.log({ backslash: 'C:\\path\\to', unicode: 'héllo wörld 中文 😀' });
console.log(['\x01\x02\x1f', '\x85', '\u2028', 'lone \ud800 high', 'lone \udfff low']);
console.log('top-level strings are printed raw:', 'a\nb', "it's");
console.log({ 'key with space': 1, 'dash-key': 2, valid_id: 3, $dollar: 4, '0': 5, "q'uote": 6 });
