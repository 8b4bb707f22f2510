import Foundation

extension HTTPFetcher {
    /// `transform` of every element, at most `concurrency` at a time, in the order of `elements`: how a command asks
    /// many addresses of servers without opening more connections at once than one client should.
    public static func boundedMap<Element: Sendable, Result: Sendable>(_ elements: [Element], concurrency: Int,
                                                                       _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        let results = Slots<Result>(count: elements.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, concurrency)
        for (index, element) in elements.enumerated() {
            queue.addOperation { results.set(index, transform(element)) }
        }
        queue.waitUntilAllOperationsAreFinished()
        return results.values
    }
}

/// Results set from many threads, each at its own index.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
