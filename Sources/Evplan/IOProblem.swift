import EvplanModel
import Foundation

/// Why a file operation failed, told in one line in the plan's language with what to do, instead of Foundation's
/// error dump (`Error Domain=NSCocoaErrorDomain Code=512 …`).
public enum IOProblem {
    /// `action` names what was being done to `path` (`無法寫入` / `Cannot write`).
    public static func message(_ error: Error, path: String, writing: Bool, language: Language) -> String {
        let (zhReason, enReason, zhFix, enFix) = reason(of: error, path: path)
        if language == .zhTW {
            return "\(writing ? "無法寫入" : "無法讀取") \(path)：\(zhReason)。\(zhFix)"
        }
        return "Cannot \(writing ? "write" : "read") \(path): \(enReason). \(enFix)"
    }

    static func posixCode(of error: Error) -> Int32? {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return posixCode(of: underlying)
        }
        switch nsError.code {
        case CocoaError.fileWriteNoPermission.rawValue, CocoaError.fileReadNoPermission.rawValue: return EACCES
        case CocoaError.fileWriteOutOfSpace.rawValue: return ENOSPC
        case CocoaError.fileWriteVolumeReadOnly.rawValue: return EROFS
        case CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue: return ENOENT
        case CocoaError.fileWriteFileExists.rawValue: return EEXIST
        default: return nil
        }
    }

    /// A file on the way to `path` that should be a folder, if any (`init notes.txt/plan`).
    static func fileInTheWay(of path: String) -> String? {
        var prefix = ""
        for component in (path as NSString).pathComponents.dropLast() {
            prefix = prefix.isEmpty ? component : (prefix as NSString).appendingPathComponent(component)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory), !isDirectory.boolValue { return prefix }
        }
        return nil
    }

    static func reason(of error: Error, path: String) -> (String, String, String, String) {
        if let file = fileInTheWay(of: path) {
            return ("\(file) 是檔案，不是資料夾", "\(file) is a file, not a folder",
                    "請改用其他路徑，或把這個檔案移走", "Choose another path, or move that file away")
        }
        switch posixCode(of: error) {
        case EACCES, EPERM:
            return ("沒有權限", "permission denied",
                    "請換一個你有寫入權限的資料夾，或用 chmod 調整權限", "Choose a folder you may write to, or change its permissions with chmod")
        case ENOSPC, EDQUOT:
            return ("磁碟空間不足", "the disk is full", "請清出空間後再試", "Free some space and try again")
        case EROFS:
            return ("磁碟是唯讀的", "the disk is read-only", "請換一個可寫入的位置", "Choose a place that can be written to")
        case ENOTDIR:
            return ("路徑中有一段是檔案，不是資料夾", "part of the path is a file, not a folder",
                    "請改用其他路徑", "Choose another path")
        case EEXIST:
            return ("那裡已經有同名的檔案", "a file of that name is already there",
                    "請改用其他名稱，或先把它移走", "Choose another name, or move it away first")
        case ENOENT:
            return ("找不到這個位置", "no such file or folder", "請確認路徑", "Check the path")
        case ENAMETOOLONG:
            return ("路徑太長", "the path is too long", "請改用較短的路徑", "Choose a shorter path")
        default:
            let nsError = error as NSError
            let detail = nsError.localizedFailureReason ?? "\(nsError.domain) \(nsError.code)"
            return ("系統回報錯誤（\(detail)）", "the system reported an error (\(detail))",
                    "請確認路徑與權限後再試", "Check the path and permissions and try again")
        }
    }
}
