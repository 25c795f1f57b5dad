/// A JSON value that remembers where in the text it stood, for error messages with line and column.
public struct PositionedJSON: Sendable {
    /// The kinds of value.
    public indirect enum Value: Sendable {
        case object([Member])
        case array([PositionedJSON])
        case string(String)
        case number(Double, isInteger: Bool)
        case bool(Bool)
        case null
    }

    /// One key and value of an object, with the key's own position.
    public struct Member: Sendable {
        public var key: String
        public var line: Int
        public var column: Int
        public var value: PositionedJSON
    }

    public var value: Value
    /// 1-based line and column (in characters) of the value's first character.
    public var line: Int
    public var column: Int

    /// A parse failure at a position.
    public struct ParseError: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var text: LocalizedText
    }

    /// Parses `text` as one JSON document.
    public static func parse(_ text: String) throws(ParseError) -> PositionedJSON {
        var parser = Parser(Array(text.unicodeScalars))
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.atEnd else { throw parser.error(.json(.textAfterEnd)) }
        return value
    }

    /// The member `key` of an object.
    public subscript(key: String) -> PositionedJSON? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The node at a JSON path such as `$.rounds[2].accepts[0]`, or the nearest one above it that exists.
    public func node(at path: String) -> PositionedJSON {
        var node = self
        for component in Self.components(of: path) {
            switch (component, node.value) {
            case (.key(let key), .object(let members)):
                guard let member = members.last(where: { $0.key == key }) else { return node }
                node = member.value
            case (.index(let index), .array(let items)):
                guard items.indices.contains(index) else { return node }
                node = items[index]
            default:
                return node
            }
        }
        return node
    }

    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    static func components(of path: String) -> [PathComponent] {
        var result: [PathComponent] = []
        var rest = Substring(path.hasPrefix("$") ? String(path.dropFirst()) : path)
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let key = rest.prefix { $0 != "." && $0 != "[" }
                result.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else if first == "[" {
                let digits = rest.dropFirst().prefix { $0.isNumber }
                result.append(.index(Int(digits) ?? 0))
                rest = rest.dropFirst(digits.count + 2)
            } else {
                break
            }
        }
        return result
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }
        var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

        func error(_ key: Catalog.Key) -> ParseError {
            ParseError(line: line, column: column, text: Catalog.localized(key))
        }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        mutating func skipSpace() {
            while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
        }

        mutating func value(depth: Int) throws(ParseError) -> PositionedJSON {
            guard depth < 200 else { throw error(.json(.tooDeep)) }
            let (startLine, startColumn) = (line, column)
            guard let c = current else { throw error(.json(.unexpectedEnd)) }
            let value: Value
            switch c {
            case "{": value = try object(depth: depth)
            case "[": value = try array(depth: depth)
            case "\"": value = .string(try string())
            case "t": try literal("true"); value = .bool(true)
            case "f": try literal("false"); value = .bool(false)
            case "n": try literal("null"); value = .null
            case "-", "0"..."9": value = try number()
            default: throw error(.json(.unexpectedCharacter(character: String(c))))
            }
            return PositionedJSON(value: value, line: startLine, column: startColumn)
        }

        mutating func literal(_ word: String) throws(ParseError) {
            for expected in word.unicodeScalars {
                guard current == expected else { throw error(.json(.expectedWord(word: word))) }
                advance()
            }
        }

        mutating func object(depth: Int) throws(ParseError) -> Value {
            advance()
            skipSpace()
            var members: [Member] = []
            if current == "}" {
                advance()
                return .object(members)
            }
            while true {
                skipSpace()
                guard current == "\"" else { throw error(.json(.expectedFieldName)) }
                let (keyLine, keyColumn) = (line, column)
                let key = try string()
                // A key twice is ambiguous (which one counts differs between readers): refused, naming both.
                if let first = members.first(where: { $0.key == key }) {
                    throw ParseError(
                        line: keyLine, column: keyColumn,
                        text: Catalog.localized(
                            .json(
                                .duplicateKey(
                                    key: key, firstLine: String(first.line), firstColumn: String(first.column)))))
                }
                skipSpace()
                guard current == ":" else { throw error(.json(.expectedColon)) }
                advance()
                skipSpace()
                members.append(Member(key: key, line: keyLine, column: keyColumn, value: try value(depth: depth + 1)))
                skipSpace()
                if current == "," {
                    advance()
                    continue
                }
                guard current == "}" else { throw error(.json(.expectedCommaOrBrace)) }
                advance()
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(ParseError) -> Value {
            advance()
            skipSpace()
            var items: [PositionedJSON] = []
            if current == "]" {
                advance()
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                if current == "," {
                    advance()
                    continue
                }
                guard current == "]" else { throw error(.json(.expectedCommaOrBracket)) }
                advance()
                return .array(items)
            }
        }

        mutating func string() throws(ParseError) -> String {
            advance()
            var result = String.UnicodeScalarView()
            while true {
                guard let c = current else { throw error(.json(.stringNotClosed)) }
                if c == "\"" {
                    advance()
                    return String(result)
                }
                if c == "\n" || c.value < 0x20 {
                    throw error(.json(.controlCharacter))
                }
                if c == "\\" {
                    advance()
                    guard let escaped = current else { throw error(.json(.stringNotClosed)) }
                    switch escaped {
                    case "\"", "\\", "/": result.append(escaped)
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "b": result.append("\u{8}")
                    case "f": result.append("\u{C}")
                    case "u":
                        var code = try hexQuad()
                        // A UTF-16 surrogate pair spells one scalar over two escapes.
                        if (0xD800...0xDBFF).contains(code), index + 2 < scalars.count, scalars[index + 1] == "\\",
                            scalars[index + 2] == "u"
                        {
                            advance()
                            advance()
                            let low = try hexQuad()
                            if (0xDC00...0xDFFF).contains(low) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            }
                        }
                        result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                    default: throw error(.json(.unknownEscape(character: String(escaped))))
                    }
                    advance()
                    continue
                }
                result.append(c)
                advance()
            }
        }

        /// Four hex digits after `\u`; leaves the index on the last one.
        mutating func hexQuad() throws(ParseError) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                advance()
                guard let digit = current, digit.isASCII, let value = UInt32(String(digit), radix: 16) else {
                    throw error(.json(.expectedHex))
                }
                code = code * 16 + value
            }
            return code
        }

        mutating func number() throws(ParseError) -> Value {
            var text = ""
            var isInteger = true
            while let c = current, c == "-" || c == "+" || c == "." || c == "e" || c == "E" || ("0"..."9").contains(c) {
                if c == "." || c == "e" || c == "E" { isInteger = false }
                text.unicodeScalars.append(c)
                advance()
            }
            guard let value = Double(text) else { throw error(.json(.notANumber(text: text))) }
            return .number(value, isInteger: isInteger)
        }
    }
}
