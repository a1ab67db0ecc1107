// console.group indents everything printed until console.groupEnd.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2 with\nmultiple lines');
console.log({ obj: 'indented', list: [1, 2, 3] });
console.groupEnd();
console.error('error in group');
console.groupEnd();
console.groupEnd();
console.log('back to 0');
console.groupCollapsed('Collapsed');
console.info('inside collapsed');
console.groupEnd();
