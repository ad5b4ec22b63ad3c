import Mustache

/// A value templates read by name. Its `MustacheParent.child(named:)` — a `switch` over every stored property — is
/// generated at build time by the GenerateTemplateLookups plugin, so templates look values up without `Mirror`
/// (which took about half of a build) and a new property is reachable from the plans' own templates at once.
protocol TemplateValue: MustacheParent {}
