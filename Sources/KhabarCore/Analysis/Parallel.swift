/// Data parallelism over arrays with structured concurrency.
public enum Parallel {
    /// `transform` applied to every element on up to `tasks` child tasks (contiguous chunks), results in
    /// input order, nils dropped.
    public static func compactMap<Element: Sendable, Output: Sendable>(
        _ elements: [Element],
        tasks: Int,
        _ transform: @escaping @Sendable (Element) -> Output?
    ) async -> [Output] {
        let chunks = max(1, min(tasks, elements.count))
        let size = (elements.count + chunks - 1) / chunks
        return await withTaskGroup(of: (Int, [Output]).self) { group in
            for chunk in 0..<chunks {
                let slice = Array(elements[min(chunk * size, elements.count)..<min((chunk + 1) * size, elements.count)])
                group.addTask { (chunk, slice.compactMap(transform)) }
            }
            var parts = [[Output]](repeating: [], count: chunks)
            for await (chunk, values) in group { parts[chunk] = values }
            return parts.flatMap { $0 }
        }
    }
}
