//! The virtual file system: files the program and the lab provide (huge ones are declared by
//! size and never materialised), and the fs operations the threadpool performs on them.

use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub enum Node {
    File {
        content: Vec<u8>,
        size: u64,
        mtime_ms: u64,
    },
    Dir {
        mtime_ms: u64,
    },
}

/// An argument of an fs operation, as passed from JS.
#[derive(Clone, Debug)]
pub enum FsArg {
    Str(String),
    Num(f64),
    Bytes(Vec<u8>),
    Null,
}

/// The result of an fs operation.
#[derive(Clone, Debug)]
pub enum FsValue {
    None,
    Num(f64),
    Bytes(Vec<u8>),
    Bool(bool),
    Names(Vec<String>),
    Stat {
        size: u64,
        is_file: bool,
        mtime_ms: u64,
        ino: u64,
    },
}

#[derive(Clone, Debug)]
pub struct FsError {
    pub code: &'static str,
    pub errno: i32,
    pub syscall: String,
    pub path: Option<String>,
    pub description: &'static str,
}

pub struct OpenFile {
    pub path: String,
    pub position: u64,
    pub append: bool,
}

pub struct Vfs {
    nodes: BTreeMap<String, Node>,
    fds: BTreeMap<i32, OpenFile>,
    next_fd: i32,
    cwd: String,
}

fn parent_of(path: &str) -> String {
    match path.rfind('/') {
        Some(0) | None => "/".to_string(),
        Some(i) => path[..i].to_string(),
    }
}

pub fn normalize(cwd: &str, path: &str) -> String {
    let full = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in full.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Filler for declared-but-unmaterialised bytes: readable text, so that a huge log file
/// printed partially looks like a log file.
fn filler_byte(offset: u64) -> u8 {
    const LINE: &[u8] = b"GET /index.html 200 1043 - simulated log line of a very large file\n";
    LINE[(offset % LINE.len() as u64) as usize]
}

impl Default for Vfs {
    fn default() -> Self {
        Self::new()
    }
}

impl Vfs {
    pub fn new() -> Self {
        let mut nodes = BTreeMap::new();
        for dir in ["/", "/tmp"] {
            nodes.insert(dir.to_string(), Node::Dir { mtime_ms: 0 });
        }
        Vfs {
            nodes,
            fds: BTreeMap::new(),
            next_fd: 20,
            cwd: "/".to_string(),
        }
    }

    pub fn set_cwd(&mut self, cwd: &str) {
        self.cwd = cwd.to_string();
        self.ensure_dirs(cwd);
    }

    pub fn cwd(&self) -> &str {
        &self.cwd
    }

    fn ensure_dirs(&mut self, dir: &str) {
        let mut path = String::new();
        for seg in dir.split('/').filter(|s| !s.is_empty()) {
            path.push('/');
            path.push_str(seg);
            self.nodes
                .entry(path.clone())
                .or_insert(Node::Dir { mtime_ms: 0 });
        }
    }

    pub fn add_file(&mut self, path: &str, content: Vec<u8>, size: Option<u64>) {
        let path = normalize(&self.cwd.clone(), path);
        self.ensure_dirs(&parent_of(&path));
        let size = size
            .unwrap_or(content.len() as u64)
            .max(content.len() as u64);
        self.nodes.insert(
            path,
            Node::File {
                content,
                size,
                mtime_ms: 0,
            },
        );
    }

    pub fn exists(&self, path: &str) -> bool {
        self.nodes.contains_key(&normalize(&self.cwd, path))
    }

    pub fn is_file(&self, path: &str) -> bool {
        matches!(
            self.nodes.get(&normalize(&self.cwd, path)),
            Some(Node::File { .. })
        )
    }

    /// The size of a file, for the threadpool's cost model.
    pub fn size_of(&self, path: &str) -> Option<u64> {
        match self.nodes.get(&normalize(&self.cwd, path)) {
            Some(Node::File { size, .. }) => Some(*size),
            _ => None,
        }
    }

    pub fn fd_size(&self, fd: i32) -> Option<u64> {
        self.fds.get(&fd).and_then(|f| self.size_of(&f.path))
    }

    fn error(
        code: &'static str,
        syscall: &str,
        path: Option<&str>,
        description: &'static str,
    ) -> FsError {
        let errno = match code {
            "ENOENT" => -2,
            "EEXIST" => -17,
            "EISDIR" => -21,
            "ENOTDIR" => -20,
            "EBADF" => -9,
            "ENOTEMPTY" => -39,
            "EINVAL" => -22,
            _ => -1,
        };
        FsError {
            code,
            errno,
            syscall: syscall.to_string(),
            path: path.map(str::to_string),
            description,
        }
    }

    fn read_range(content: &[u8], size: u64, start: u64, len: u64) -> Vec<u8> {
        let end = (start + len).min(size);
        (start..end)
            .map(|i| {
                content
                    .get(i as usize)
                    .copied()
                    .unwrap_or_else(|| filler_byte(i))
            })
            .collect()
    }

    /// Performs one fs operation. `now_ms` stamps modification times.
    pub fn perform(&mut self, op: &str, args: &[FsArg], now_ms: u64) -> Result<FsValue, FsError> {
        let s = |i: usize| -> String {
            match args.get(i) {
                Some(FsArg::Str(s)) => s.clone(),
                Some(FsArg::Num(n)) => n.to_string(),
                _ => String::new(),
            }
        };
        let n = |i: usize| -> Option<f64> {
            match args.get(i) {
                Some(FsArg::Num(n)) => Some(*n),
                _ => None,
            }
        };
        let bytes = |i: usize| -> Vec<u8> {
            match args.get(i) {
                Some(FsArg::Bytes(b)) => b.clone(),
                Some(FsArg::Str(s)) => s.as_bytes().to_vec(),
                _ => Vec::new(),
            }
        };
        let cwd = self.cwd.clone();
        match op {
            "open" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                let flags = s(1);
                let flags = if flags.is_empty() {
                    "r".to_string()
                } else {
                    flags
                };
                let exists = self.nodes.get(&path);
                match exists {
                    Some(Node::Dir { .. }) if flags != "r" => {
                        return Err(Self::error(
                            "EISDIR",
                            "open",
                            Some(&raw),
                            "illegal operation on a directory",
                        ))
                    }
                    None if flags.starts_with('r') => {
                        return Err(Self::error(
                            "ENOENT",
                            "open",
                            Some(&raw),
                            "no such file or directory",
                        ))
                    }
                    Some(Node::File { .. }) if flags.contains('x') => {
                        return Err(Self::error(
                            "EEXIST",
                            "open",
                            Some(&raw),
                            "file already exists",
                        ))
                    }
                    _ => {}
                }
                if !matches!(self.nodes.get(&parent_of(&path)), Some(Node::Dir { .. })) {
                    return Err(Self::error(
                        "ENOENT",
                        "open",
                        Some(&raw),
                        "no such file or directory",
                    ));
                }
                if flags.starts_with('w') || (exists.is_none() && !flags.starts_with('r')) {
                    self.nodes.insert(
                        path.clone(),
                        Node::File {
                            content: Vec::new(),
                            size: 0,
                            mtime_ms: now_ms,
                        },
                    );
                }
                let fd = self.next_fd;
                self.next_fd += 1;
                self.fds.insert(
                    fd,
                    OpenFile {
                        path,
                        position: 0,
                        append: flags.starts_with('a'),
                    },
                );
                Ok(FsValue::Num(fd as f64))
            }
            "close" => {
                let fd = n(0).unwrap_or(-1.0) as i32;
                match self.fds.remove(&fd) {
                    Some(_) => Ok(FsValue::None),
                    None => Err(Self::error("EBADF", "close", None, "bad file descriptor")),
                }
            }
            "fstat" => {
                let fd = n(0).unwrap_or(-1.0) as i32;
                let path = match self.fds.get(&fd) {
                    Some(f) => f.path.clone(),
                    None => return Err(Self::error("EBADF", "fstat", None, "bad file descriptor")),
                };
                self.stat_path(&path, "fstat", &path)
            }
            "stat" | "lstat" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                self.stat_path(&path, op, &raw)
            }
            "read" => {
                // read(fd, length, position|null) -> bytes
                let fd = n(0).unwrap_or(-1.0) as i32;
                let length = n(1).unwrap_or(0.0).max(0.0) as u64;
                let position = n(2);
                let file = match self.fds.get_mut(&fd) {
                    Some(f) => f,
                    None => return Err(Self::error("EBADF", "read", None, "bad file descriptor")),
                };
                let start = match position {
                    Some(p) if p >= 0.0 => p as u64,
                    _ => file.position,
                };
                let path = file.path.clone();
                let data = match self.nodes.get(&path) {
                    Some(Node::File { content, size, .. }) => {
                        Self::read_range(content, *size, start, length)
                    }
                    Some(Node::Dir { .. }) => {
                        return Err(Self::error(
                            "EISDIR",
                            "read",
                            None,
                            "illegal operation on a directory",
                        ))
                    }
                    None => Vec::new(),
                };
                if position.is_none() || position.is_some_and(|p| p < 0.0) {
                    if let Some(f) = self.fds.get_mut(&fd) {
                        f.position = start + data.len() as u64;
                    }
                }
                Ok(FsValue::Bytes(data))
            }
            "write" => {
                // write(fd, bytes, position|null) -> bytesWritten
                let fd = n(0).unwrap_or(-1.0) as i32;
                let data = bytes(1);
                // A negative position (JS passes -1 for null) writes at the fd's position.
                let position = n(2).filter(|p| *p >= 0.0);
                let (path, start) = match self.fds.get(&fd) {
                    Some(f) => {
                        let end = self.size_of(&f.path).unwrap_or(0);
                        let start = if f.append {
                            end
                        } else {
                            position.map(|p| p as u64).unwrap_or(f.position)
                        };
                        (f.path.clone(), start)
                    }
                    None => return Err(Self::error("EBADF", "write", None, "bad file descriptor")),
                };
                if let Some(Node::File {
                    content,
                    size,
                    mtime_ms,
                }) = self.nodes.get_mut(&path)
                {
                    let start = start as usize;
                    let end = start + data.len();
                    if content.len() < (*size as usize).min(end.max(content.len())) {
                        content.resize((*size as usize).min(end), 0);
                    }
                    if content.len() < end {
                        content.resize(end, 0);
                    }
                    content[start..end].copy_from_slice(&data);
                    *size = (*size).max(end as u64);
                    *mtime_ms = now_ms;
                }
                if position.is_none() {
                    if let Some(f) = self.fds.get_mut(&fd) {
                        f.position = start + data.len() as u64;
                    }
                }
                Ok(FsValue::Num(data.len() as f64))
            }
            "readFile" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                match self.nodes.get(&path) {
                    Some(Node::File { content, size, .. }) => {
                        Ok(FsValue::Bytes(Self::read_range(content, *size, 0, *size)))
                    }
                    Some(Node::Dir { .. }) => Err(Self::error(
                        "EISDIR",
                        "read",
                        None,
                        "illegal operation on a directory",
                    )),
                    None => Err(Self::error(
                        "ENOENT",
                        "open",
                        Some(&raw),
                        "no such file or directory",
                    )),
                }
            }
            "writeFile" | "appendFile" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                let data = bytes(1);
                if !matches!(self.nodes.get(&parent_of(&path)), Some(Node::Dir { .. })) {
                    return Err(Self::error(
                        "ENOENT",
                        "open",
                        Some(&raw),
                        "no such file or directory",
                    ));
                }
                if let Some(Node::Dir { .. }) = self.nodes.get(&path) {
                    return Err(Self::error(
                        "EISDIR",
                        "open",
                        Some(&raw),
                        "illegal operation on a directory",
                    ));
                }
                let append = op == "appendFile";
                let entry = self.nodes.entry(path).or_insert(Node::File {
                    content: Vec::new(),
                    size: 0,
                    mtime_ms: now_ms,
                });
                if let Node::File {
                    content,
                    size,
                    mtime_ms,
                } = entry
                {
                    if append {
                        content.resize(*size as usize, 0);
                        content.extend_from_slice(&data);
                    } else {
                        *content = data;
                    }
                    *size = content.len() as u64;
                    *mtime_ms = now_ms;
                }
                Ok(FsValue::None)
            }
            "unlink" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                match self.nodes.get(&path) {
                    Some(Node::File { .. }) => {
                        self.nodes.remove(&path);
                        Ok(FsValue::None)
                    }
                    Some(Node::Dir { .. }) => Err(Self::error(
                        "EISDIR",
                        "unlink",
                        Some(&raw),
                        "illegal operation on a directory",
                    )),
                    None => Err(Self::error(
                        "ENOENT",
                        "unlink",
                        Some(&raw),
                        "no such file or directory",
                    )),
                }
            }
            "mkdir" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                let recursive = matches!(args.get(1), Some(FsArg::Num(r)) if *r != 0.0);
                if self.nodes.contains_key(&path) {
                    if recursive {
                        return Ok(FsValue::None);
                    }
                    return Err(Self::error(
                        "EEXIST",
                        "mkdir",
                        Some(&raw),
                        "file already exists",
                    ));
                }
                if recursive {
                    self.ensure_dirs(&path);
                    return Ok(FsValue::None);
                }
                if !matches!(self.nodes.get(&parent_of(&path)), Some(Node::Dir { .. })) {
                    return Err(Self::error(
                        "ENOENT",
                        "mkdir",
                        Some(&raw),
                        "no such file or directory",
                    ));
                }
                self.nodes.insert(path, Node::Dir { mtime_ms: now_ms });
                Ok(FsValue::None)
            }
            "rmdir" | "rm" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                let recursive = matches!(args.get(1), Some(FsArg::Num(r)) if *r != 0.0);
                let prefix = format!("{path}/");
                let has_children = self.nodes.keys().any(|k| k.starts_with(&prefix));
                match self.nodes.get(&path) {
                    None => {
                        if op == "rm" && matches!(args.get(2), Some(FsArg::Num(f)) if *f != 0.0) {
                            return Ok(FsValue::None);
                        }
                        Err(Self::error(
                            "ENOENT",
                            op,
                            Some(&raw),
                            "no such file or directory",
                        ))
                    }
                    Some(Node::Dir { .. }) if has_children && !recursive => Err(Self::error(
                        "ENOTEMPTY",
                        op,
                        Some(&raw),
                        "directory not empty",
                    )),
                    _ => {
                        self.nodes
                            .retain(|k, _| k != &path && !k.starts_with(&prefix));
                        Ok(FsValue::None)
                    }
                }
            }
            "readdir" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                match self.nodes.get(&path) {
                    Some(Node::Dir { .. }) => {
                        let prefix = if path == "/" {
                            "/".to_string()
                        } else {
                            format!("{path}/")
                        };
                        let names = self
                            .nodes
                            .keys()
                            .filter(|k| {
                                k.starts_with(&prefix)
                                    && k.len() > prefix.len()
                                    && !k[prefix.len()..].contains('/')
                            })
                            .map(|k| k[prefix.len()..].to_string())
                            .collect();
                        Ok(FsValue::Names(names))
                    }
                    Some(Node::File { .. }) => Err(Self::error(
                        "ENOTDIR",
                        "scandir",
                        Some(&raw),
                        "not a directory",
                    )),
                    None => Err(Self::error(
                        "ENOENT",
                        "scandir",
                        Some(&raw),
                        "no such file or directory",
                    )),
                }
            }
            "rename" => {
                let (raw_from, raw_to) = (s(0), s(1));
                let from = normalize(&cwd, &raw_from);
                let to = normalize(&cwd, &raw_to);
                match self.nodes.remove(&from) {
                    Some(node) => {
                        self.nodes.insert(to, node);
                        Ok(FsValue::None)
                    }
                    None => Err(Self::error(
                        "ENOENT",
                        "rename",
                        Some(&raw_from),
                        "no such file or directory",
                    )),
                }
            }
            "access" | "exists" => {
                let raw = s(0);
                let path = normalize(&cwd, &raw);
                if self.nodes.contains_key(&path) {
                    Ok(FsValue::Bool(true))
                } else if op == "exists" {
                    Ok(FsValue::Bool(false))
                } else {
                    Err(Self::error(
                        "ENOENT",
                        "access",
                        Some(&raw),
                        "no such file or directory",
                    ))
                }
            }
            "truncate" | "ftruncate" => {
                let path = if op == "truncate" {
                    normalize(&cwd, &s(0))
                } else {
                    match self.fds.get(&(n(0).unwrap_or(-1.0) as i32)) {
                        Some(f) => f.path.clone(),
                        None => {
                            return Err(Self::error(
                                "EBADF",
                                "ftruncate",
                                None,
                                "bad file descriptor",
                            ))
                        }
                    }
                };
                let len = n(1).unwrap_or(0.0).max(0.0) as u64;
                match self.nodes.get_mut(&path) {
                    Some(Node::File {
                        content,
                        size,
                        mtime_ms,
                    }) => {
                        content.resize(len as usize, 0);
                        *size = len;
                        *mtime_ms = now_ms;
                        Ok(FsValue::None)
                    }
                    Some(Node::Dir { .. }) => Err(Self::error(
                        "EISDIR",
                        "open",
                        Some(&s(0)),
                        "illegal operation on a directory",
                    )),
                    None => Err(Self::error(
                        "ENOENT",
                        "open",
                        Some(&s(0)),
                        "no such file or directory",
                    )),
                }
            }
            "work" => Ok(FsValue::None),
            _ => Err(Self::error("ENOSYS", op, None, "function not implemented")),
        }
    }

    fn stat_path(&self, path: &str, syscall: &str, raw: &str) -> Result<FsValue, FsError> {
        let ino = self.nodes.keys().position(|k| k == path).unwrap_or(0) as u64 + 1000;
        match self.nodes.get(path) {
            Some(Node::File { size, mtime_ms, .. }) => Ok(FsValue::Stat {
                size: *size,
                is_file: true,
                mtime_ms: *mtime_ms,
                ino,
            }),
            Some(Node::Dir { mtime_ms }) => Ok(FsValue::Stat {
                size: 4096,
                is_file: false,
                mtime_ms: *mtime_ms,
                ino,
            }),
            None => Err(Self::error(
                "ENOENT",
                syscall,
                Some(raw),
                "no such file or directory",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_files_are_never_materialised() {
        let mut vfs = Vfs::new();
        vfs.add_file("/data/big.log", Vec::new(), Some(2 * 1024 * 1024 * 1024));
        let fd = match vfs
            .perform("open", &[FsArg::Str("/data/big.log".into())], 0)
            .unwrap()
        {
            FsValue::Num(fd) => fd,
            other => panic!("{other:?}"),
        };
        let read = vfs
            .perform(
                "read",
                &[FsArg::Num(fd), FsArg::Num(65536.0), FsArg::Num(1e9)],
                0,
            )
            .unwrap();
        match read {
            FsValue::Bytes(b) => assert_eq!(b.len(), 65536),
            other => panic!("{other:?}"),
        }
        assert_eq!(vfs.size_of("/data/big.log"), Some(2 * 1024 * 1024 * 1024));
    }

    #[test]
    fn write_then_read_round_trips() {
        let mut vfs = Vfs::new();
        vfs.set_cwd("/app");
        vfs.perform(
            "writeFile",
            &[FsArg::Str("a.txt".into()), FsArg::Bytes(b"hi".to_vec())],
            5,
        )
        .unwrap();
        match vfs
            .perform("readFile", &[FsArg::Str("/app/a.txt".into())], 5)
            .unwrap()
        {
            FsValue::Bytes(b) => assert_eq!(b, b"hi"),
            other => panic!("{other:?}"),
        }
        assert!(vfs
            .perform("readFile", &[FsArg::Str("nope".into())], 5)
            .is_err());
    }
}
