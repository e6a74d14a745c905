import Foundation

/// What a path is, following symbolic links, as the input walk needs to know it: a regular file or a folder
/// with its identity on disk, something that is not a file, or nothing readable.
enum FileKind {
    /// A file's or folder's identity: device and inode (two paths to one file have the same).
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Why a path leads to nothing.
    struct Missing {
        var code: IngestError.Code
        var message: String
    }

    /// What kind of special file.
    struct Special {
        var message: String
    }

    case file(Identity, size: Int)
    case folder(Identity)
    case special(Special)
    case missing(Missing)

    /// The kind of the file `path` leads to.
    static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            switch error {
            case ELOOP:
                return .missing(
                    Missing(code: .symlinkLoop, message: "symbolic links loop back on themselves here; nothing to read")
                )
            case EACCES:
                return .missing(Missing(code: .unreadable, message: "permission denied"))
            case ENOENT, ENOTDIR:
                var link = stat()
                if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                    return .missing(
                        Missing(code: .notFound, message: "a symbolic link to nothing (its target is gone)"))
                }
                return .missing(Missing(code: .notFound, message: "no such file or folder"))
            default:
                return .missing(Missing(code: .unreadable, message: String(cString: strerror(error))))
            }
        }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return .file(identity, size: Int(info.st_size))
        case S_IFDIR:
            return .folder(identity)
        case S_IFIFO:
            return .special(
                Special(message: "a FIFO (named pipe), not a file: send its contents with `khabar ingest -` instead"))
        case S_IFSOCK:
            return .special(Special(message: "a socket, not a file"))
        case S_IFCHR, S_IFBLK:
            return .special(Special(message: "a device, not a file"))
        default:
            return .special(Special(message: "not a regular file"))
        }
    }
}
