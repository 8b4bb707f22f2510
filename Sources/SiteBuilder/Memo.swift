import Foundation

/// Values worked out once and shared by the threads rendering a site's pages.
/// `@unchecked Sendable` because every access to `values` holds the lock, and each stored value is only read
/// after it is stored; two threads making the same value at once both make it, and the results are equal.
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    func value(for key: Key, make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = make()
        lock.withLock { values[key] = made }
        return made
    }
}
