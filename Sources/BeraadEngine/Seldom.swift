/// What a `Seldom` box holds: parts a value seldom has, all of them absent in `init()`.
public protocol SeldomParts: Sendable, Equatable {
    init()
}

/// Parts a value seldom has, kept in a box of their own: one reference in the value however much they hold, and
/// none when they hold nothing (so that equal values are equal however they came to be). For what a long session
/// holds a hundred thousand times (entries, the minutes' contributions), where inline they would make each a third
/// to a half larger.
public struct Seldom<Parts: SeldomParts>: Sendable, Equatable {
    /// `indirect`: the parts live in a box, and the value holds a reference to it.
    private indirect enum Box: Sendable, Equatable {
        case boxed(Parts)
    }

    private var box: Box?

    public init(_ parts: Parts = Parts()) {
        box = parts == Parts() ? nil : .boxed(parts)
    }

    /// The parts; a change replaces the box (shared boxes are never changed in place).
    public var parts: Parts {
        get {
            guard case .boxed(let parts)? = box else { return Parts() }
            return parts
        }
        set { box = newValue == Parts() ? nil : .boxed(newValue) }
    }
}

/// A value kept in a box of its own, shared by the copies of what holds it and never changed in place: for a large
/// part of a value that is passed around often, one reference inline instead of the part's whole size.
final class Boxed<Value: Sendable & Equatable>: Sendable, Equatable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs === rhs || lhs.value == rhs.value }
}
