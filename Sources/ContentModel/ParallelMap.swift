import Foundation

extension Array where Element: Sendable {
    /// `map` across all cores, keeping the order of the input.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = Slots<T>(count: count)
        let chunk = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
            for index in (part * chunk)..<Swift.min(count, (part + 1) * chunk) {
                results.store(transform(self[index]), at: index)
            }
        }
        return results.values
    }
}

/// Result slots written by `parallelMap`. It is `@unchecked Sendable` because each slot is written by exactly
/// one iteration and read only after `concurrentPerform` has returned, so no two threads touch the same slot.
private final class Slots<T>: @unchecked Sendable {
    private var slots: [T?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [T] { slots.map { $0! } }
}
