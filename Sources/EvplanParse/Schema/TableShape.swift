import EvplanDocument

/// Recognises a table by its columns when its section heading names no known section
/// (`## 預算明細` holding a cost table, `## 甘特圖` holding the task table).
enum TableShape {
    static func has<Field>(_ table: Table, _ schema: ColumnSchema<Field>, _ required: Set<Field>, anyOf: Set<Field>) -> Bool {
        let fields = Set(table.header.compactMap { schema.field(forHeader: $0.text) })
        return required.isSubset(of: fields) && !fields.isDisjoint(with: anyOf)
    }
}
