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
/// The slots are raw memory, not an array: an array lends its buffer to one caller at a time, and threads
/// writing through it at once lost results.
private final class Slots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) {
        slots[index] = value
    }

    var values: [T] { (0..<count).map { slots[$0]! } }
}
