import Synchronization

/// Data parallelism over arrays with structured concurrency: `tasks` workers take the next element as they
/// finish the last, so one long document does not leave the other cores idle behind it.
public enum Parallel {
    /// `transform` applied to every element, results in input order.
    public static func map<Element: Sendable, Output: Sendable>(
        _ elements: [Element], tasks: Int, _ transform: @escaping @Sendable (Element) -> Output
    ) async -> [Output] {
        guard elements.count > 1, tasks > 1 else { return elements.map(transform) }
        let next = Counter()
        let workers = min(tasks, elements.count)
        return await withTaskGroup(of: [(Int, Output)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var done: [(Int, Output)] = []
                    while true {
                        let index = next.value.wrappingAdd(1, ordering: .relaxed).oldValue
                        guard index < elements.count else { return done }
                        done.append((index, transform(elements[index])))
                    }
                }
            }
            var parts: [(Int, Output)] = []
            parts.reserveCapacity(elements.count)
            for await part in group { parts += part }
            return parts.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}

/// A shared counter the workers take element numbers from.
private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}
